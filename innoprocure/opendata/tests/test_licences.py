"""Licences: a list of IRIs; free text migrated to it; shown on resources and on the open-data page."""

import importlib

import pytest

from innoprocure.demo.loaders.resources import demo_entries
from innoprocure.opendata import licences

migration = importlib.import_module("innoprocure.resources.migrations.0005_licence_from_list")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CC BY 4.0", "cc-by-4.0"),
        ("  cc  by 4.0 ", "cc-by-4.0"),
        ("© European Union, reuse authorised", "com-reuse"),
        ("Licence Ouverte 2.0", "etalab-2.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "cc0"),
        ("", "all-rights-reserved"),
        ("Ask us", "all-rights-reserved"),
    ],
)
def test_free_text_licences_become_codes(text, code):
    assert migration.to_code(text) == code


def test_every_licence_has_an_iri_and_open_ones_a_page_to_read():
    for licence in licences.LICENCES:
        assert licences.iri_of(licence.code).startswith(("http://", "https://"))
        assert bool(licence.url) == licence.open
    assert licences.iri_of("cc-by-4.0") == "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"


def test_every_demo_resource_has_a_licence_from_the_list_and_eu_texts_the_commission_notice():
    entries = {item["slug"]: item for item in demo_entries()}
    assert all(item["licence"] in licences.BY_CODE for item in entries.values())
    assert entries["directive-2014-24-eu-public-procurement"]["licence"] == "com-reuse"
    assert entries["aanbestedingswet-2012"]["licence"] == "public-domain"


@pytest.mark.django_db
def test_the_migration_maps_free_text_of_resources_and_their_revisions(demo_database):
    from django.apps import apps

    from innoprocure.resources.models import Resource

    eu, french = Resource.objects.filter(live=True)[:2]
    # The column already has its new length here (PostgreSQL enforces it), so the row holds a short free text …
    Resource.objects.filter(pk=eu.pk).update(licence="© European Union")
    Resource.objects.filter(pk=french.pk).update(licence="Licence Ouverte 2.0")
    revision = eu.save_revision()
    revision.content["licence"] = "© European Union, reuse authorised"  # … and the revision a long one
    revision.save()
    migration.forwards(apps, None)
    assert Resource.objects.get(pk=eu.pk).licence == "com-reuse"
    assert Resource.objects.get(pk=french.pk).licence == "etalab-2.0"
    revision.refresh_from_db()
    assert revision.content["licence"] == "com-reuse"


@pytest.mark.django_db
def test_a_resource_page_names_its_licence_with_a_link(demo_database, client):
    from innoprocure.resources.models import Resource

    resource = Resource.objects.get(slug="directive-2014-24-eu-public-procurement")
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "European Commission reuse notice (Decision 2011/833/EU)" in page
    assert 'href="https://eur-lex.europa.eu/eli/dec/2011/833/oj"' in page
    assert f'href="/catalog/resources/{resource.pk}.ttl"' in page


@pytest.mark.django_db
def test_the_open_data_page_states_the_metadata_licence(client, settings):
    page = client.get("/open-data/").content.decode()
    assert "is published under Creative Commons Attribution 4.0 (CC BY 4.0)" in page
    assert 'id="licence-all-rights-reserved"' in page
    settings.OPEN_DATA_LICENCE = "cc0"
    assert "is published under Creative Commons Zero" in client.get("/open-data/").content.decode()


def test_an_unknown_metadata_licence_stops_the_site_from_starting(settings):
    from innoprocure.opendata.checks import metadata_licence

    assert metadata_licence(None) == []
    settings.OPEN_DATA_LICENCE = "cc-by"
    assert [error.id for error in metadata_licence(None)] == ["opendata.E001"]
