"""Background work of the search engine (run by `make worker`; at once in tests)."""

from django_tasks import task

from innoprocure.search import indexer


@task()
def refresh_index():
    """Index what is missing or stale and drop what should not be there (after bulk loads or restores).

    Saving an item indexes it at once through signals; this catches changes made without them.
    """
    return indexer.sync()
