"""Background work as production runs it: tasks stored in the database, done by `manage.py db_worker`.

The rest of the suite runs tasks at once (settings/test.py); these tests use the real database backend and the real
worker command, which is what `make run` and `make worker` start.
"""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory

# The worker manages its own database connections and transactions, as in production: the test commits for real
# (serialized rollback restores the migrated state afterwards).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def run_worker():
    """What the worker beside `make run` does every second: everything waiting, then stop (--batch)."""
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def waiting_tasks():
    return DBTaskResult.objects.filter(status="READY").count()


def test_a_published_story_is_found_by_site_search_once_the_worker_has_run(client, home_page, database_tasks):
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=stories, title="Quokkas inspire a zero-emission fleet tender", slug="quokkas")
    assert waiting_tasks() > 0  # publishing queued the search index update instead of doing it in the request

    run_worker()

    assert waiting_tasks() == 0
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
    html = client.get("/search/", {"q": "quokkas"}).content.decode()
    assert "Quokkas inspire a zero-emission fleet tender" in html
    assert 'href="/stories/quokkas/"' in html
