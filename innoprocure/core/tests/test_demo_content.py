import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db


def counts():
    """How many rows every project model and the page tree hold."""
    result = {"pages": Page.objects.count(), "revisions": Revision.objects.count()}
    for model in apps.get_models():
        if model.__module__.startswith("innoprocure."):
            result[model._meta.label] = model._default_manager.count()
    return result


def test_loading_the_demo_content_twice_changes_nothing():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == first
    assert first["pages"] > 5


def test_demo_content_serves_every_section(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    paths = [
        "/",
        "/get-started/",
        "/resources/",
        "/stories/",
        "/events/",
        "/opportunities/",
        "/network/",
        "/contact/",
        "/search/?q=procurement",
        "/api/v1/openapi.json",
        "/accounts/login/",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, f"{path} answered {response.status_code}"
    # Where an account is needed, visitors are sent to sign in.
    assert client.get("/admin/").status_code == 302
    assert client.get("/accounts/profile/").status_code == 302


def test_taxonomies_exist_after_migrate():
    from innoprocure.core.models import Country, Language, ProcurementStage, Sector

    assert Country.objects.get(code="EU").name == "EU-wide"
    assert Country.objects.filter(is_eu_member=True).count() == 27
    assert Language.objects.filter(code__in=["en", "de", "fr", "es", "it", "nl", "el", "pt"]).count() == 8
    assert Sector.objects.count() >= 10
    assert list(ProcurementStage.objects.values_list("slug", flat=True)) == [
        "needs-assessment",
        "market-engagement",
        "tender-design",
        "award",
        "contract-management",
        "impact",
    ]
