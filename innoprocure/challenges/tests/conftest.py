import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from innoprocure.accounts.tests.factories import UserFactory, activate_totp
from innoprocure.challenges.models import (
    Challenge,
    ChallengeStatus,
    Organisation,
    OrganisationKind,
    OrganisationMember,
    OrganisationSize,
    Response,
    ResponseAttachment,
    Verification,
)
from innoprocure.core.models import Country, Language

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SECRET_SUMMARY = "Our confidential sensor-fusion approach with cobalt-free cells"


@pytest.fixture(autouse=True)
def _no_lockout_log(settings):
    # force_login's bare request has no client address, which PostgreSQL's inet column of django-axes refuses.
    settings.AXES_ENABLED = False


def organisation(kind, name, country="DE", **fields):
    defaults = {"verification": Verification.VERIFIED} if kind == OrganisationKind.BUYER else {"size": OrganisationSize.SME}
    defaults.update(fields)
    return Organisation.objects.create(
        kind=kind, name=name, slug=name.lower().replace(" ", "-"), country=Country.objects.get(code=country), **defaults
    )


def member_of(org, **fields):
    user = UserFactory(**fields)
    OrganisationMember.objects.create(user=user, organisation=org)
    return user


def pdf(name="idea.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


@pytest.fixture(autouse=True)
def opportunities_page(db):
    """The opportunities section the challenges are listed in, as a fresh install has it."""
    from innoprocure.opportunities.tests.factories import opportunities_index

    return opportunities_index()


@pytest.fixture
def buyer_org(db):
    return organisation(OrganisationKind.BUYER, "City of Exampleburg", email_domain="exampleburg.example")


@pytest.fixture
def buyer(buyer_org):
    return member_of(buyer_org, email="buyer@exampleburg.example")


@pytest.fixture
def buyer_colleague(buyer_org):
    return member_of(buyer_org, email="colleague@exampleburg.example")


@pytest.fixture
def supplier_org(db):
    return organisation(OrganisationKind.SUPPLIER, "Sensorik Start", country="AT")


@pytest.fixture
def supplier(supplier_org):
    return member_of(supplier_org, email="one@sensorik.example")


@pytest.fixture
def rival_org(db):
    return organisation(OrganisationKind.SUPPLIER, "Rival Robotics", country="FR")


@pytest.fixture
def rival(rival_org):
    return member_of(rival_org, email="two@rival.example")


@pytest.fixture
def stranger(db):
    return UserFactory(email="stranger@example.org")


@pytest.fixture
def platform_team(db):
    from innoprocure.core.roles import MODERATORS, setup_roles

    setup_roles()
    user = UserFactory(email="moderator@platform.example", roles=[MODERATORS])
    activate_totp(user)
    return user


def make_challenge(org, status=ChallengeStatus.PUBLISHED, days=30, **fields):
    now = timezone.now()
    values = {
        "organisation": org,
        "title": "Quiet night-time street cleaning",
        "slug": "quiet-night-time-street-cleaning",
        "need": "Clean streets at night without waking residents.",
        "questions_deadline": now + datetime.timedelta(days=days - 10),
        "response_deadline": now + datetime.timedelta(days=days),
        "deadline_timezone": "Europe/Berlin",
        "country": org.country,
        "status": status,
        "published_at": now if status == ChallengeStatus.PUBLISHED else None,
    }
    values.update(fields)
    challenge = Challenge.objects.create(**values)
    challenge.languages.set(Language.objects.filter(code__in=["en", "de"]))
    if status == ChallengeStatus.PUBLISHED:
        from innoprocure.challenges import listing

        listing.sync(challenge)
    return challenge


@pytest.fixture
def challenge(buyer_org):
    return make_challenge(buyer_org)


@pytest.fixture
def response(challenge, supplier):
    response = Response.objects.create(
        challenge=challenge,
        organisation=supplier.challenge_membership.organisation,
        submitted_by=supplier,
        summary=SECRET_SUMMARY,
        trl=6,
        references="Pilot in a fictional town.",
    )
    ResponseAttachment.objects.create(response=response, file=pdf("secret-plan.pdf"), filename="secret-plan.pdf", size=len(PDF))
    return response
