"""The innovation showcase: what is public (only approved profiles, on every path), what the supplier and the
platform team can do (and nobody else), the moderation and its audit trail, the filters and the forms."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from innoprocure.audit.models import AuditEvent
from innoprocure.search import site
from innoprocure.showcase.models import ProfileStatus, SolutionProfile
from innoprocure.showcase.tests.conftest import make_profile

pytestmark = pytest.mark.django_db

HIDDEN = [
    ProfileStatus.DRAFT,
    ProfileStatus.PENDING,
    ProfileStatus.CHANGES_REQUESTED,
    ProfileStatus.REJECTED,
    ProfileStatus.WITHDRAWN,
]


def text(response):
    return response.content.decode()


def found_in_search(q):
    return [item.title for section in site.site_search(q).sections for item in section.items]


def sitemap(client):
    return text(client.get("/sitemap-showcase.xml"))


def profile_form(**overrides):
    data = {
        "name": "Solar pothole detector",
        "problem": "Potholes are found only when someone complains.",
        "description": "A camera on refuse lorries maps road damage every week.",
        "sectors": ["mobility"],
        "trl": "6",
        "countries": ["AT", "DE"],
        "website": "https://detector.example",
        "references-TOTAL_FORMS": "2",
        "references-INITIAL_FORMS": "0",
        "references-MIN_NUM_FORMS": "0",
        "references-MAX_NUM_FORMS": "8",
        "references-0-title": "Fictional city of Talheim",
        "references-0-description": "All 300 km of streets, every week.",
        "references-0-year": "2025",
        "references-0-url": "https://talheim.example/roads",
        "references-1-title": "",
        "references-1-description": "",
        "references-1-year": "",
        "references-1-url": "",
    }
    data.update(overrides)
    return data


# What is public ----------------------------------------------------------------------------------------------------


def test_an_approved_profile_is_on_the_listing_its_page_in_search_and_in_the_sitemap(client, profile):
    listing = text(client.get("/showcase/"))
    assert "Silent snow sweeper" in listing and "Sensorik Start" in listing
    page = client.get(profile.get_absolute_url())
    assert page.status_code == 200
    body = text(page)
    assert "Snow clearing at night wakes residents." in body and "Fictional town of Schneeberg" in body
    assert "Austria" in body and "TRL 7" in body
    assert found_in_search("snow sweeper") == ["Silent snow sweeper"]
    assert found_in_search("schneeberg") == ["Silent snow sweeper"]  # its references are searched too
    assert "/showcase/silent-snow-sweeper/" in sitemap(client)


@pytest.mark.parametrize("status", HIDDEN)
def test_a_profile_that_is_not_approved_is_nowhere_public(client, supplier_org, rival, buyer, status):
    hidden = make_profile(supplier_org, status=status)
    assert "Silent snow sweeper" not in text(client.get("/showcase/"))
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert found_in_search("snow sweeper") == []
    assert "silent-snow-sweeper" not in sitemap(client)
    assert "silent-snow-sweeper" not in text(client.get("/search/", {"q": "snow sweeper"}))
    for person in (rival, buyer):
        client.force_login(person)
        assert "Silent snow sweeper" not in text(client.get("/showcase/", {"q": "snow"}))
        assert client.get(hidden.get_absolute_url()).status_code == 404
        assert client.get(hidden.get_manage_url()).status_code == 404


def test_an_approved_profile_that_is_withdrawn_leaves_listing_search_and_sitemap(client, profile, supplier):
    client.force_login(supplier)
    response = client.post(f"/showcase/yours/{profile.pk}/withdraw/")
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == ProfileStatus.WITHDRAWN
    assert AuditEvent.objects.filter(action="showcase.profile_withdrawn", target_id=str(profile.pk)).exists()
    client.logout()
    assert client.get(profile.get_absolute_url()).status_code == 404
    assert found_in_search("snow sweeper") == []
    assert "silent-snow-sweeper" not in sitemap(client)


# The supplier's side -----------------------------------------------------------------------------------------------


def test_a_supplier_creates_a_draft_submits_it_and_sees_its_status(
    client, supplier, platform_team, django_capture_on_commit_callbacks
):
    client.force_login(supplier)
    response = client.post("/showcase/yours/new/", profile_form())
    created = SolutionProfile.objects.get(name="Solar pothole detector")
    assert response.status_code == 302 and response["Location"] == created.get_manage_url()
    assert created.status == ProfileStatus.DRAFT and created.organisation.name == "Sensorik Start"
    assert [ref.title for ref in created.references.all()] == ["Fictional city of Talheim"]
    assert sorted(created.countries.values_list("code", flat=True)) == ["AT", "DE"]
    page = text(client.get(created.get_manage_url()))
    assert "Status: Draft" in page and "Submit for approval" in page
    assert client.get(created.get_manage_url())["Cache-Control"].count("no-store") == 1

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/showcase/yours/{created.pk}/submit/")
    created.refresh_from_db()
    assert created.status == ProfileStatus.PENDING
    assert AuditEvent.objects.filter(action="showcase.profile_submitted", target_id=str(created.pk)).exists()
    assert [message.to for message in mail.outbox] == [["moderator@platform.example"]]
    assert "Waiting for approval" in text(client.get("/showcase/yours/"))
    client.logout()
    assert client.get(created.get_absolute_url()).status_code == 404


def test_the_form_keeps_what_was_typed_and_shows_each_error_at_its_field(client, supplier):
    client.force_login(supplier)
    response = client.post(
        "/showcase/yours/new/",
        profile_form(name="", trl="12", website="not a website", **{"references-0-url": "nope", "references-0-year": "1066"}),
    )
    assert response.status_code == 400
    body = text(response)
    assert "Potholes are found only when someone complains." in body  # kept
    assert "Fictional city of Talheim" in body
    errors = ("id_name_error", "id_trl_error", "id_website_error", "id_references-0-url_error", "id_references-0-year_error")
    for anchor in errors:
        assert anchor in body, anchor
    assert not SolutionProfile.objects.exists()


def test_editing_an_approved_profile_sends_it_back_to_the_platform_team(client, profile, supplier, platform_team):
    client.force_login(supplier)
    data = profile_form(
        name="Silent snow sweeper",
        **{
            "references-TOTAL_FORMS": "1",
            "references-INITIAL_FORMS": "1",
            "references-0-id": str(profile.references.get().pk),
            "references-0-title": "Fictional town of Schneeberg",
        },
    )
    response = client.post(f"/showcase/yours/{profile.pk}/edit/", data)
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == ProfileStatus.PENDING
    assert profile.problem == "Potholes are found only when someone complains."
    assert AuditEvent.objects.get(action="showcase.profile_submitted").details["reopened"] is True
    client.logout()
    assert client.get(profile.get_absolute_url()).status_code == 404
    assert found_in_search("snow sweeper") == []
    assert "Silent snow sweeper" not in text(client.get("/showcase/"))


def test_a_buyer_and_a_person_without_organisation_cannot_present_solutions(client, buyer, stranger):
    client.force_login(buyer)
    assert client.get("/showcase/yours/new/").status_code == 403
    assert client.post("/showcase/yours/new/", profile_form()).status_code == 403
    assert "a public buyer" in text(client.get("/showcase/yours/"))
    client.force_login(stranger)
    assert client.get("/showcase/yours/new/").status_code == 403
    assert "Register your company" in text(client.get("/showcase/yours/"))
    assert not SolutionProfile.objects.exists()


def test_visitors_are_sent_to_sign_in_for_every_private_path(client, profile):
    for path in (
        "/showcase/yours/",
        "/showcase/yours/new/",
        f"/showcase/yours/{profile.pk}/",
        f"/showcase/yours/{profile.pk}/edit/",
        "/showcase/moderation/",
    ):
        response = client.get(path)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], path
    for path in (
        f"/showcase/yours/{profile.pk}/submit/",
        f"/showcase/yours/{profile.pk}/withdraw/",
        f"/showcase/moderation/{profile.pk}/",
        f"/showcase/{profile.slug}/contact/",
    ):
        response = client.post(path, {"decision": "approve", "message": "Hello there, we are interested."})
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], path
    profile.refresh_from_db()
    assert profile.status == ProfileStatus.APPROVED


def test_another_supplier_can_do_nothing_with_a_profile_not_theirs(client, profile, draft, rival):
    client.force_login(rival)
    for item in (profile, draft):
        assert client.get(item.get_manage_url()).status_code == 404
        assert client.get(f"/showcase/yours/{item.pk}/edit/").status_code == 404
        assert client.post(f"/showcase/yours/{item.pk}/edit/", profile_form(name="Hijacked")).status_code == 404
        assert client.post(f"/showcase/yours/{item.pk}/submit/").status_code == 404
        assert client.post(f"/showcase/yours/{item.pk}/withdraw/").status_code == 404
        assert client.post(f"/showcase/moderation/{item.pk}/", {"decision": "approve"}).status_code == 404
    assert client.get("/showcase/moderation/").status_code == 403
    assert "Secret glacier drone" not in text(client.get("/showcase/yours/"))
    assert set(SolutionProfile.objects.values_list("name", "status")) == {
        ("Silent snow sweeper", ProfileStatus.APPROVED),
        ("Secret glacier drone", ProfileStatus.DRAFT),
    }


def test_a_rejected_profile_cannot_be_edited_or_submitted_again(client, supplier_org, supplier):
    rejected = make_profile(supplier_org, status=ProfileStatus.REJECTED, moderation_note="Not an innovation.")
    client.force_login(supplier)
    page = text(client.get(rejected.get_manage_url()))
    assert "Not accepted" in page and "Not an innovation." in page and "Edit the profile" not in page
    assert client.get(f"/showcase/yours/{rejected.pk}/edit/").status_code == 403
    assert client.post(f"/showcase/yours/{rejected.pk}/submit/").status_code == 403
    rejected.refresh_from_db()
    assert rejected.status == ProfileStatus.REJECTED


# The platform team -------------------------------------------------------------------------------------------------


def test_the_platform_team_approves_a_profile_and_it_is_public_at_once(
    client, supplier_org, supplier, platform_team, django_capture_on_commit_callbacks
):
    pending = make_profile(supplier_org, status=ProfileStatus.PENDING, submitted_at=timezone.now())
    client.force_login(platform_team)
    queue = text(client.get("/showcase/moderation/"))
    assert "Silent snow sweeper" in queue
    assert "Record the decision" in text(client.get(pending.get_manage_url()))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/showcase/moderation/{pending.pk}/", {"decision": "approve", "note": ""})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == ProfileStatus.APPROVED and pending.approved_at is not None
    event = AuditEvent.objects.get(action="showcase.profile_approved")
    assert event.actor == platform_team and event.target_id == str(pending.pk)
    assert [message.to for message in mail.outbox] == [[supplier.email]]
    client.logout()
    assert client.get(pending.get_absolute_url()).status_code == 200
    assert found_in_search("sweeper") == ["Silent snow sweeper"]


@pytest.mark.parametrize(
    ("decision", "status", "shown"),
    [("changes", ProfileStatus.CHANGES_REQUESTED, "Changes requested"), ("reject", ProfileStatus.REJECTED, "Not accepted")],
)
def test_asking_for_changes_or_rejecting_needs_a_reason_the_supplier_then_reads(
    client, supplier_org, supplier, platform_team, decision, status, shown, django_capture_on_commit_callbacks
):
    pending = make_profile(supplier_org, status=ProfileStatus.PENDING, submitted_at=timezone.now())
    client.force_login(platform_team)
    refused = client.post(f"/showcase/moderation/{pending.pk}/", {"decision": decision, "note": "  "})
    assert refused.status_code == 400 and "id_note_error" in text(refused)
    pending.refresh_from_db()
    assert pending.status == ProfileStatus.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/showcase/moderation/{pending.pk}/", {"decision": decision, "note": "Name a deployment, please."})
    pending.refresh_from_db()
    assert pending.status == status
    assert AuditEvent.objects.get(action=f"showcase.profile_{status}").details["note"] == "Name a deployment, please."
    assert "Name a deployment, please." in mail.outbox[-1].body
    client.force_login(supplier)
    for page in (text(client.get("/showcase/yours/")), text(client.get(pending.get_manage_url()))):
        assert shown in page and "Name a deployment, please." in page


def test_only_the_platform_team_decides_and_only_on_profiles_waiting(client, supplier_org, supplier, buyer, platform_team):
    pending = make_profile(supplier_org, status=ProfileStatus.PENDING)
    for person in (supplier, buyer):
        client.force_login(person)
        assert client.get("/showcase/moderation/").status_code == 403
        assert client.post(f"/showcase/moderation/{pending.pk}/", {"decision": "approve"}).status_code in (403, 404)
    pending.refresh_from_db()
    assert pending.status == ProfileStatus.PENDING
    draft = make_profile(supplier_org, status=ProfileStatus.DRAFT, slug="another-one")
    client.force_login(platform_team)
    assert client.post(f"/showcase/moderation/{draft.pk}/", {"decision": "approve"}).status_code == 403
    draft.refresh_from_db()
    assert draft.status == ProfileStatus.DRAFT
    assert not AuditEvent.objects.filter(action="showcase.profile_approved").exists()


# Contact through the platform --------------------------------------------------------------------------------------


def test_a_signed_in_buyer_writes_to_the_supplier_without_seeing_their_address(client, profile, supplier, buyer):
    page = text(client.get(profile.get_absolute_url()))
    assert "Sign in to contact the supplier" in page and supplier.email not in page
    client.force_login(buyer)
    page = text(client.get(profile.get_absolute_url()))
    assert 'name="message"' in page and supplier.email not in page
    short = client.post(f"/showcase/{profile.slug}/contact/", {"message": "Hi"})
    assert short.status_code == 400 and "id_message_error" in text(short) and not mail.outbox
    response = client.post(f"/showcase/{profile.slug}/contact/", {"message": "Could you demonstrate it in March?"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == [supplier.email] and message.reply_to == [buyer.email]
    assert "Could you demonstrate it in March?" in message.body and "City of Exampleburg" in message.body


def test_nobody_writes_about_a_profile_that_is_not_public_or_to_themselves(client, draft, profile, supplier, buyer):
    client.force_login(buyer)
    assert client.post(f"/showcase/{draft.slug}/contact/", {"message": "Tell me about the drone."}).status_code == 404
    client.force_login(supplier)
    assert client.post(f"/showcase/{profile.slug}/contact/", {"message": "Writing to myself here."}).status_code == 403
    assert not mail.outbox


# Filters, pagination, caching --------------------------------------------------------------------------------------


@pytest.fixture
def several(supplier_org, rival_org):
    make_profile(supplier_org, name="Leak listening sensors", slug="leaks", trl=9, sectors=["water"], countries=["PT", "ES"])
    make_profile(supplier_org, name="Tunnel crack camera", slug="tunnels", trl=5, sectors=["mobility"], countries=["PT"])
    make_profile(rival_org, name="Lab-grown insulation", slug="insulation", trl=3, sectors=["construction"], countries=[])
    make_profile(rival_org, name="Hidden water robot", slug="hidden", trl=9, sectors=["water"], status=ProfileStatus.PENDING)


def names(response):
    return re.findall(r'<h3><a href="/showcase/[^"]+/">([^<]+)</a></h3>', text(response))


def test_filters_by_sector_country_maturity_and_words(client, several):
    assert names(client.get("/showcase/")) == ["Lab-grown insulation", "Leak listening sensors", "Tunnel crack camera"]
    assert names(client.get("/showcase/", {"sector": "water"})) == ["Leak listening sensors"]
    assert names(client.get("/showcase/", {"country": "PT"})) == ["Leak listening sensors", "Tunnel crack camera"]
    assert names(client.get("/showcase/", {"maturity": "market"})) == ["Leak listening sensors"]
    assert names(client.get("/showcase/", {"maturity": "demonstrated"})) == ["Tunnel crack camera"]
    assert names(client.get("/showcase/", {"maturity": "research"})) == ["Lab-grown insulation"]
    assert names(client.get("/showcase/", {"q": "tunel"})) == ["Tunnel crack camera"]  # a typo
    assert names(client.get("/showcase/", {"q": "water robot"})) == []  # waiting for approval
    assert names(client.get("/showcase/", {"sector": "water", "country": "ES", "maturity": "market"})) == [
        "Leak listening sensors"
    ]
    assert "No solution matches these filters." in text(client.get("/showcase/", {"sector": "water", "country": "FI"}))


def test_a_filter_value_not_understood_is_ignored_and_said(client, several):
    response = client.get("/showcase/", {"sector": "no-such-sector", "country": "XX", "maturity": "ancient", "page": "99"})
    assert response.status_code == 200
    body = text(response)
    assert "Some filters were not understood" in body
    assert names(response) == ["Lab-grown insulation", "Leak listening sensors", "Tunnel crack camera"]


def test_the_listing_pages_ten_at_a_time(client, supplier_org):
    for number in range(12):
        make_profile(supplier_org, name=f"Solution {number:02d}", slug=f"solution-{number}")
    first, second = client.get("/showcase/"), client.get("/showcase/", {"page": "2"})
    assert len(names(first)) == 10 and names(second) == ["Solution 10", "Solution 11"]
    assert "12 solutions" in text(first) and 'rel="next"' in text(first)


def test_public_pages_are_cached_for_visitors_and_private_ones_never_stored(client, settings, profile, supplier):
    from django.db import connection

    from innoprocure.core.pagecache import _PendingWrites

    # The test's writes count as committed for the page cache (as in core/tests/test_pagecache.py).
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _PendingWrites) and not callback.done:
            callback()
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "ENABLED": True}
    for path in ("/showcase/", profile.get_absolute_url()):
        client.get(path)
        again = client.get(path)
        assert again["X-Page-Cache"] == "hit", path
    client.force_login(supplier)
    for path in ("/showcase/", profile.get_absolute_url(), "/showcase/yours/", profile.get_manage_url(), "/showcase/yours/new/"):
        response = client.get(path)
        assert "no-store" in response["Cache-Control"], path


def test_the_listing_costs_the_same_with_more_profiles(client, supplier_org, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_profile(supplier_org, countries=["AT", "DE"])
    with CaptureQueriesContext(connection) as before:
        client.get("/showcase/")
    for number in range(9):
        make_profile(supplier_org, name=f"Solution {number}", slug=f"solution-{number}", countries=["FR", "IT"])
    with django_assert_max_num_queries(len(before)):
        assert len(names(client.get("/showcase/"))) == 10
