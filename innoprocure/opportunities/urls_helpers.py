"""Where an opportunity lives: under the opportunities index page, which routes /<slug>/ to the detail view."""

DEFAULT_INDEX_PATH = "/opportunities/"


def index_url():
    from innoprocure.opportunities.models import OpportunityIndexPage

    page = OpportunityIndexPage.objects.live().first()
    return (page.url if page is not None else None) or DEFAULT_INDEX_PATH


def opportunity_url(opportunity, base=None):
    """The detail address; pass `base` (the index URL) when building many to save a query each."""
    return f"{base or index_url()}{opportunity.slug}/"
