import pytest

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.forum.models import GroupKind
from innoprocure.forum.tests.factories import GroupFactory, member, moderator, trusted


@pytest.fixture(autouse=True)
def _no_lockout_log(settings):
    # force_login's bare request has no client address, which PostgreSQL's inet column of django-axes refuses.
    settings.AXES_ENABLED = False


@pytest.fixture
def open_group(db):
    return GroupFactory(name="PCP practitioners", slug="pcp-practitioners")


@pytest.fixture
def closed_group(db):
    return GroupFactory(
        name="Hospital procurers",
        slug="hospital-procurers",
        kind=GroupKind.CLOSED,
        entry_requirements="Buyers of hospitals only.",
    )


@pytest.fixture
def private_group(db):
    return GroupFactory(name="Project consortium", slug="project-consortium", kind=GroupKind.PRIVATE, summary="Secret plans.")


@pytest.fixture
def author(open_group):
    return trusted(member(open_group, first_name="Marta", last_name="Kowal"))


@pytest.fixture
def outsider(db):
    return UserFactory(first_name="Olaf", last_name="Berg")


@pytest.fixture
def group_moderator(open_group):
    return moderator(open_group, first_name="Ines", last_name="Duarte")
