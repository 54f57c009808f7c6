"""Who may do what, proved through the server's own answers (HTTP views and services), one capability at a time.

Each test tries one capability as every role and compares the outcome with the matrix below (docs/roles.md
explains the same matrix to people). A role "can" when the attempt has the effect (a page saved, a vote stored …);
a refusal is a redirect to sign in, a 403/404, or a page without the effect.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from innoprocure.accounts.tests.factories import PASSWORD, UserFactory, activate_totp
from innoprocure.core.models import Country, StandardPage
from innoprocure.core.roles import (
    ADMINISTRATORS,
    EDITORS,
    FORUM_MODERATORS,
    MODERATORS,
    REPRESENTATIVES,
    SECRETARIAT,
    setup_roles,
)

pytestmark = pytest.mark.django_db

VISITOR, PRACTITIONER, REPRESENTATIVE = "visitor", "practitioner", "representative"
SECRETARY, EDITOR, MODERATOR, ADMINISTRATOR = "secretariat", "editor", "moderator", "administrator"
FORUM_MODERATOR = "forum-moderator"
ROLES = [VISITOR, PRACTITIONER, REPRESENTATIVE, SECRETARY, EDITOR, MODERATOR, ADMINISTRATOR, FORUM_MODERATOR]
GROUPS = {
    SECRETARY: SECRETARIAT,
    EDITOR: EDITORS,
    MODERATOR: MODERATORS,
    ADMINISTRATOR: ADMINISTRATORS,
    FORUM_MODERATOR: FORUM_MODERATORS,
}
REGISTERED = set(ROLES) - {VISITOR}
STAFF = {SECRETARY, EDITOR, MODERATOR, ADMINISTRATOR}  # the roles that work on the site's pages

# capability: the roles that may do it
MATRIX = {
    "see drafts": STAFF,
    "edit pages": STAFF,
    "publish pages": {MODERATOR, ADMINISTRATOR},
    "submit a membership application": REGISTERED,
    "see a ballot tally before the close": set(),
    # A closed ballot's result is public (membership overview).
    "see a ballot tally after the close": set(ROLES),
    "vote": {REPRESENTATIVE},
    "open a ballot": {SECRETARY},
    "close a ballot": {SECRETARY},
    "export own data": REGISTERED,
    "delete own account": REGISTERED,
    "delete another person's account": {ADMINISTRATOR},
    "export the newsletter subscribers": {SECRETARY, EDITOR, ADMINISTRATOR},
    "read the audit log": {ADMINISTRATOR},
    "post in an open forum group": REGISTERED,
    "moderate an open forum group": {FORUM_MODERATOR},
    # Not even forum moderators or administrators: a private group is for its members only.
    "read a private forum group": set(),
    "create a forum group": {FORUM_MODERATOR, ADMINISTRATOR},
    # A group's own moderators too (a role within the group, not a platform role).
    "schedule an event in an open forum group": {FORUM_MODERATOR},
    "see a private forum group's event": set(),
    # The platform team of the challenges (docs/challenges.md); buyers and suppliers are organisations, not roles.
    "moderate challenges and read their responses": {MODERATOR, ADMINISTRATOR},
}


@pytest.fixture
def world(home_page):
    """Roles, a member centre with its representative, an applicant and the secretariat's tools."""
    from innoprocure.membership.tests.factories import CompetenceCentreFactory, RepresentativeFactory

    cache.clear()
    setup_roles()
    users = {}
    for role in ROLES[1:]:
        user = UserFactory(email=f"{role}@example.org")
        if role in GROUPS:
            user.groups.add(Group.objects.get(name=GROUPS[role]))
            activate_totp(user)
        users[role] = user
    centre = CompetenceCentreFactory(country=Country.objects.get(code="AT"))
    RepresentativeFactory(user=users[REPRESENTATIVE], centre=centre)
    users[REPRESENTATIVE].groups.add(Group.objects.get(name=REPRESENTATIVES))
    # A second member centre votes too, so that a tally exists before the close.
    other_voter = RepresentativeFactory(centre=CompetenceCentreFactory(country=Country.objects.get(code="SE"))).user
    return {"users": users, "centre": centre, "other_voter": other_voter, "home": home_page}


def client_for(world, role):
    client = Client(REMOTE_ADDR="203.0.113.10")
    if role != VISITOR:
        client.force_login(world["users"][role])
    return client


def outcome(world, attempt):
    """{role: True/False} for one capability."""
    return {role: bool(attempt(client_for(world, role), role)) for role in ROLES}


def allowed(capability):
    return {role: role in MATRIX[capability] for role in ROLES}


def draft_page(world, title="Working draft"):
    page = world["home"].add_child(instance=StandardPage(title=title, slug=f"draft-{Page.objects.count()}", live=False))
    page.save_revision()
    return page


def page_form(page, title, **extra):
    return nested_form_data(
        {"title": title, "slug": page.slug, "introduction": "", "body": streamfield([]), "comments": inline_formset([]), **extra}
    )


def submitted_application(world, applicant=None):
    from innoprocure.membership import services
    from innoprocure.membership.tests.factories import ApplicationFactory

    application = ApplicationFactory(applicant=applicant or UserFactory(), country=Country.objects.get(code="HR"))
    return services.submit(application, application.applicant, notify=False)


def open_ballot(world, votes=()):
    from innoprocure.membership import services

    ballot = services.open_ballot(submitted_application(world), world["users"][SECRETARY], notify=False)
    for user, choice in votes:
        services.cast_vote(ballot, user, choice)
    return ballot


# Pages --------------------------------------------------------------------------------------------------------


def test_see_drafts(world):
    page = draft_page(world, "Unpublished guidance")

    def attempt(client, role):
        public = client.get(page.url or f"/{page.slug}/")
        assert public.status_code == 404  # a draft is never public
        response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        return response.status_code == 200 and "Unpublished guidance" in response.content.decode()

    assert outcome(world, attempt) == allowed("see drafts")


def test_edit_pages(world):
    page = draft_page(world)

    def attempt(client, role):
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form(page, f"Edited by {role}"))
        page.refresh_from_db()
        return page.get_latest_revision().content["title"] == f"Edited by {role}"

    assert outcome(world, attempt) == allowed("edit pages")


def test_publish_pages(world):
    def attempt(client, role):
        page = draft_page(world)
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form(page, "Published", **{"action-publish": "1"}))
        page.refresh_from_db()
        return page.live

    assert outcome(world, attempt) == allowed("publish pages")


# Membership ---------------------------------------------------------------------------------------------------


def test_submit_a_membership_application(world):
    from innoprocure.membership.models import ApplicationStatus, MembershipApplication
    from innoprocure.membership.tests.factories import ApplicationFactory

    complete = ApplicationFactory.build(country=Country.objects.get(code="HR"))
    fields = {
        name: getattr(complete, name)
        for name in [
            "organisation",
            "parent_organisation",
            "established_year",
            "contact_name",
            "contact_phone",
            "mandate_evidence",
            "resources_evidence",
            "investment_evidence",
            "commitment_evidence",
        ]
    }

    def attempt(client, role):
        email = f"{role}@example.org"
        data = {**fields, "country": "HR", "contact_email": email, "submit": "1"}
        client.post(reverse("membership:apply"), data)
        return MembershipApplication.objects.filter(applicant__email=email, status=ApplicationStatus.SUBMITTED).exists()

    assert outcome(world, attempt) == allowed("submit a membership application")


def tally_shown(html, ballot):
    """The count of votes: the tally table of the ballot page, or the published outcome sentence."""
    return f"Votes on {ballot.application.organisation}" in html or bool(re.search(r"\d+ in favour, \d+ against", html))


def test_nobody_sees_a_tally_before_the_close(world):
    ballot = open_ballot(world, votes=[(world["other_voter"], "yes")])

    def attempt(client, role):
        urls = [reverse("membership:ballot", args=[ballot.pk]), reverse("membership:ballots"), reverse("membership:overview")]
        pages = [client.get(url) for url in urls]
        return any(tally_shown(page.content.decode(), ballot) for page in pages)

    assert outcome(world, attempt) == allowed("see a ballot tally before the close")


def test_everybody_sees_the_result_after_the_close(world):
    from innoprocure.membership import services

    ballot = open_ballot(world, votes=[(world["other_voter"], "yes"), (world["users"][REPRESENTATIVE], "yes")])
    services.close_ballot(ballot, world["users"][SECRETARY], note="Every centre has voted.", notify=False)

    def attempt(client, role):
        return tally_shown(client.get(reverse("membership:overview")).content.decode(), ballot)

    assert outcome(world, attempt) == allowed("see a ballot tally after the close")


def test_vote(world):
    from innoprocure.membership.models import Vote

    ballot = open_ballot(world)

    def attempt(client, role):
        before = Vote.objects.filter(ballot=ballot).count()
        client.post(reverse("membership:ballot", args=[ballot.pk]), {"choice": "yes"})
        return Vote.objects.filter(ballot=ballot).count() == before + 1

    assert outcome(world, attempt) == allowed("vote")
    assert Vote.objects.get(ballot=ballot).centre == world["centre"]


def test_open_a_ballot(world):
    from innoprocure.membership.models import Ballot

    def attempt(client, role):
        application = submitted_application(world)
        client.post(reverse("membership:open_ballot", args=[application.pk]))
        return Ballot.objects.filter(application=application).exists()

    assert outcome(world, attempt) == allowed("open a ballot")


def test_close_a_ballot(world):
    def attempt(client, role):
        ballot = open_ballot(world)
        client.post(reverse("membership:close_ballot", args=[ballot.pk]), {"note": "Closing early for the test."})
        ballot.refresh_from_db()
        return ballot.is_closed

    assert outcome(world, attempt) == allowed("close a ballot")


# Personal data ------------------------------------------------------------------------------------------------


def test_export_own_data(world):
    def attempt(client, role):
        response = client.post(reverse("account_export"))
        return response.status_code == 200 and response["Content-Type"].startswith("application/json")

    assert outcome(world, attempt) == allowed("export own data")


def test_delete_own_account(world):
    def attempt(client, role):
        user = world["users"].get(role)
        if user is not None:
            user.refresh_from_db()
        before = get_user_model().objects.count()
        client.post(reverse("account_delete"), {"password": PASSWORD, "confirm": "on"})
        return get_user_model().objects.count() == before - 1 and not get_user_model().objects.filter(
            pk=getattr(user, "pk", None)
        )

    assert outcome(world, attempt) == allowed("delete own account")


def test_delete_another_persons_account(world):
    def attempt(client, role):
        victim = UserFactory()
        client.post(reverse("wagtailusers_users:delete", args=[victim.pk]))
        return not get_user_model().objects.filter(pk=victim.pk).exists()

    assert outcome(world, attempt) == allowed("delete another person's account")


def test_export_the_newsletter_subscribers(world):
    from innoprocure.newsletter import services

    services.subscribe("reader@example.org", source="form", confirmed=True)

    def attempt(client, role):
        response = client.get(reverse("newsletter_subscribers:index"), {"export": "csv"})
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response.status_code == 200 and b"reader@example.org" in body

    assert outcome(world, attempt) == allowed("export the newsletter subscribers")


def test_read_the_audit_log(world):
    def attempt(client, role):
        return client.get(reverse("audit_log:index")).status_code == 200

    assert outcome(world, attempt) == allowed("read the audit log")


# Procurement Forum ------------------------------------------------------------------------------------------


@pytest.fixture
def forum(world):
    from innoprocure.forum import services
    from innoprocure.forum.models import ForumGroup, GroupKind, Membership

    open_group = ForumGroup.objects.create(name="Open group", slug="open-group", summary="Anyone")
    private_group = ForumGroup.objects.create(name="Private group", slug="private-group", kind=GroupKind.PRIVATE, summary="Few")
    insider = UserFactory(email="insider@example.org")
    Membership.objects.create(group=private_group, user=insider)
    secret = services.start_thread(private_group, insider, "Private plans", "Only for the members of the private group.")
    return {"open": open_group, "private": private_group, "secret": secret, "insider": insider}


def test_post_in_an_open_forum_group(world, forum):
    from innoprocure.forum.models import Thread

    def attempt(client, role):
        title = f"Question from {role}"
        client.post(reverse("forum:new_thread", args=[forum["open"].slug]), {"title": title, "kind": "question", "body": "How?"})
        return Thread.objects.filter(group=forum["open"], title=title).exists()

    assert outcome(world, attempt) == allowed("post in an open forum group")


def test_moderate_an_open_forum_group(world, forum):
    from innoprocure.forum import services

    author = UserFactory(email="forum-author@example.org")

    def attempt(client, role):
        thread = services.start_thread(forum["open"], author, f"To hide for {role}", "Off topic.")
        client.post(reverse("forum:moderate_thread", args=[forum["open"].slug, thread.pk]), {"action": "hide"})
        thread.refresh_from_db()
        return thread.hidden

    assert outcome(world, attempt) == allowed("moderate an open forum group")


def test_schedule_an_event_in_an_open_forum_group(world, forum):
    from innoprocure.forum.models import GroupEvent

    def attempt(client, role):
        title = f"Workshop by {role}"
        values = {"title": title, "starts_at": "2031-05-04T10:00", "ends_at": "2031-05-04T12:00", "time_zone": "UTC"}
        values |= {"event_format": "online", "online_url": "https://meet.example.org/w", "location": "", "description": ""}
        client.post(reverse("forum:new_event", args=[forum["open"].slug]), values)
        return GroupEvent.objects.filter(group=forum["open"], title=title).exists()

    assert outcome(world, attempt) == allowed("schedule an event in an open forum group")


def test_see_a_private_forum_groups_event(world, forum):
    from datetime import timedelta

    from django.utils import timezone

    from innoprocure.forum.models import GroupEvent

    starts = timezone.now() + timedelta(days=2)
    event = GroupEvent.objects.create(
        group=forum["private"], title="Private workshop", starts_at=starts, ends_at=starts + timedelta(hours=1)
    )

    def attempt(client, role):
        response = client.get(event.get_absolute_url())
        return response.status_code == 200 and "Private workshop" in response.content.decode()

    assert outcome(world, attempt) == allowed("see a private forum group's event")


def test_read_a_private_forum_group(world, forum):
    def attempt(client, role):
        pages = [
            client.get(forum["secret"].get_absolute_url()),
            client.get(forum["private"].get_absolute_url()),
            client.get(reverse("site_search"), {"q": "private plans"}),
            client.get("/api/v1/forum/threads"),
            client.get(reverse("forum:queue")),
        ]
        return any(
            "Only for the members of the private group." in page.content.decode() or "Private plans" in page.content.decode()
            for page in pages
        )

    assert outcome(world, attempt) == allowed("read a private forum group")


def test_create_a_forum_group(world):
    from innoprocure.forum.models import ForumGroup

    def attempt(client, role):
        slug = f"group-of-{role}"
        client.post(
            reverse("forum_groups:add"),
            {
                "name": f"Group of {role}",
                "slug": slug,
                "kind": "open",
                "summary": "New",
                "description": "",
                "entry_requirements": "",
            },
        )
        return ForumGroup.objects.filter(slug=slug).exists()

    assert outcome(world, attempt) == allowed("create a forum group")


def test_moderate_challenges_and_read_their_responses(world):
    from innoprocure.challenges.models import Response
    from innoprocure.challenges.tests.conftest import OrganisationKind, make_challenge, organisation

    challenge = make_challenge(organisation(OrganisationKind.BUYER, "Matrix City"), status="submitted")
    supplier = organisation(OrganisationKind.SUPPLIER, "Matrix Supplier")
    published = make_challenge(challenge.organisation, slug="published-matrix")
    response = Response.objects.create(challenge=published, organisation=supplier, summary="Matrix idea", trl=4)

    def attempt(client, role):
        desk = client.get(reverse("challenges:moderation")).status_code == 200
        reads = client.get(response.get_absolute_url()).status_code == 200
        sees_draft = client.get(challenge.get_absolute_url()).status_code == 200
        return desk and reads and sees_draft

    assert outcome(world, attempt) == allowed("moderate challenges and read their responses")
