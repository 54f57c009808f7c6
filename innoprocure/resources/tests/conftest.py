import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a fresh folder per test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def resource_centre(home_page):
    """The Resource Centre page at /resources/, which serves every resource page below it."""
    from innoprocure.core.site import ensure_child_page
    from innoprocure.resources.models import ResourceIndexPage

    return ensure_child_page(home_page, ResourceIndexPage, "resources", title="Resource Centre")
