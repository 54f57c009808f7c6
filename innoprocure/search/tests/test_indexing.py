"""The index follows the resources: saves, attachments (and their extraction), tags, facets, publishing, rebuilds."""

from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count

from innoprocure.core.models import Sector
from innoprocure.resources.models import Resource, ResourceAttachment
from innoprocure.resources.search import parse_params, search
from innoprocure.search.indexer import current_version, deferred
from innoprocure.search.models import IndexedDocument, Posting, Term
from innoprocure.search.tests.factories import ResourceFactory, add_attachment

pytestmark = pytest.mark.django_db


def titles(q="", **params):
    request, errors = parse_params({"q": q, **params})
    assert not errors
    return sorted(hit.resource.title for hit in search(request).hits)


def assert_document_frequencies_are_exact():
    actual = dict(Posting.objects.values("term_id").annotate(n=Count("document_id")).values_list("term_id", "n"))
    for term_id, df in Term.objects.values_list("pk", "df"):
        assert df == actual.get(term_id, 0)


def test_an_uploaded_attachment_is_extracted_in_the_background_and_indexed():
    resource = ResourceFactory(title="Pilot report")
    attachment = ResourceAttachment(
        resource=resource, title="Minutes", file=ContentFile(b"The quokka committee met twice.", name="m.txt")
    )
    attachment.save()  # the extraction task runs at once in tests and saves the text
    assert titles("quokka") == ["Pilot report"]
    attachment.delete()
    assert titles("quokka") == []
    assert_document_frequencies_are_exact()


def test_renaming_a_tag_reindexes_its_resources():
    resource = ResourceFactory(title="Pilot report", tags=["telemedicine"])
    tag = resource.tags.get()
    tag.name = "telehealth"
    tag.save()
    assert titles("telehealth") == ["Pilot report"]
    assert titles("telemedicine") == []


def test_facets_changed_from_the_other_side_are_counted():
    resource = ResourceFactory(title="Pilot report")
    Sector.objects.get(slug="water").resource_set.add(resource)
    assert titles(sector="water") == ["Pilot report"]


def test_a_new_sector_can_be_filtered_on_at_once():
    Sector.objects.create(slug="oceans", name="Oceans")
    request, errors = parse_params({"sector": "oceans"})
    assert not errors
    assert search(request).total == 0


def test_unpublishing_removes_and_republishing_restores():
    resource = ResourceFactory(title="Wave energy tender")
    resource.save_revision().publish()
    assert titles("wave") == ["Wave energy tender"]
    resource.unpublish()
    assert titles("wave") == []
    resource.refresh_from_db()
    resource.get_latest_revision().publish()
    assert titles("wave") == ["Wave energy tender"]


def test_a_draft_edit_of_a_live_resource_does_not_leak():
    resource = ResourceFactory(title="Wave energy tender")
    resource.save_revision().publish()
    resource.title = "Secret new title"
    resource.save_revision()  # a draft: the live resource keeps its title
    assert titles("secret") == []
    assert titles("wave") == ["Wave energy tender"]


def test_every_change_gives_a_new_index_version():
    before = current_version()
    resource = ResourceFactory(title="Wave energy tender")
    after_create = current_version()
    resource.save()  # nothing changed
    assert current_version() == after_create != before


def test_rebuild_gives_the_same_results_as_the_signals():
    first = ResourceFactory(title="Hydrogen buses", summary="Fuel cells.", sectors=["energy"], tags=["zero emission"])
    add_attachment(first, "An annex on electrolysers.")
    ResourceFactory(title="Beschaffung von Wasserstoffbussen", language="de", countries=["DE"])
    ResourceFactory(title="Draft", live=False)
    queries = [("hydrogen", {}), ("electrolysers", {}), ("beschaffungen", {}), ("", {"sector": "energy"}), ("", {})]
    before = [titles(q, **params) for q, params in queries]
    postings = Posting.objects.count()
    call_command("rebuild_search_index", stdout=StringIO())
    assert [titles(q, **params) for q, params in queries] == before
    assert Posting.objects.count() == postings
    assert_document_frequencies_are_exact()


def test_changed_only_rebuild_picks_up_what_signals_missed():
    ResourceFactory(title="Seen by signals")
    Resource.objects.filter(title="Seen by signals").update(title="Changed behind the index's back")
    IndexedDocument.objects.update(fingerprint="stale")
    out = StringIO()
    call_command("rebuild_search_index", "--changed", stdout=out)
    assert "Checked 1 items" in out.getvalue()
    assert titles("behind") == ["Changed behind the index's back"]
    assert titles("seen") == []
    assert_document_frequencies_are_exact()


def test_deleting_a_resource_removes_its_postings():
    resource = ResourceFactory(title="Short lived")
    resource.delete()
    assert not Posting.objects.exists()
    assert not IndexedDocument.objects.exists()
    assert_document_frequencies_are_exact()


def test_deferred_writes_the_index_once_at_the_end_of_the_block_with_the_same_result():
    kept = ResourceFactory(title="Hydrogen buses", summary="Fuel cells for public transport.")
    gone = ResourceFactory(title="Short lived electrolysers")
    with deferred():
        created = [ResourceFactory(title=f"Electrolysers batch {n}", summary="Green hydrogen.") for n in range(3)]
        kept.title = "Hydrogen ferries"
        kept.save()
        gone.delete()
        with deferred():  # a nested block joins the outer one
            ResourceFactory(title="Nested electrolysers")
        assert IndexedDocument.objects.count() == 2  # nothing written yet: the two from before the block
        assert titles("ferries") == []
    assert titles("electrolysers") == sorted([*(r.title for r in created), "Nested electrolysers"])
    assert titles("ferries") == ["Hydrogen ferries"]
    assert titles("buses") == []
    assert_document_frequencies_are_exact()
    indexed = Posting.objects.count()
    call_command("rebuild_search_index", stdout=StringIO())
    assert Posting.objects.count() == indexed  # what a full rebuild writes, no more, no less
    assert titles("hydrogen") == sorted([*(r.title for r in created), "Hydrogen ferries"])


def test_a_deferred_block_that_fails_writes_nothing():
    with pytest.raises(ZeroDivisionError), transaction.atomic(), deferred():
        ResourceFactory(title="Rolled back electrolysers")
        1 / 0  # noqa: B018
    ResourceFactory(title="Later electrolysers")
    assert titles("electrolysers") == ["Later electrolysers"]
