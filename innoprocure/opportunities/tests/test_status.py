"""Status is derived from the deadline when asked: open, closing soon (within 14 days), closed (passed or awarded)."""

from datetime import UTC, datetime, timedelta

import pytest

from innoprocure.opportunities import status as status_rules
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.factories import OpportunityFactory

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
FORTNIGHT = timedelta(days=14)

CASES = [
    ("no deadline", None, False, "open"),
    ("a second more than 14 days", NOW + FORTNIGHT + SECOND, False, "open"),
    ("exactly 14 days", NOW + FORTNIGHT, False, "closing-soon"),
    ("a second to go", NOW + SECOND, False, "closing-soon"),
    ("deadline is now", NOW, False, "closed"),
    ("a second ago", NOW - SECOND, False, "closed"),
    ("awarded before the deadline", NOW + timedelta(days=60), True, "closed"),
    ("awarded, no deadline", None, True, "closed"),
]


@pytest.mark.parametrize(("case", "deadline", "awarded", "expected"), CASES, ids=[case[0] for case in CASES])
def test_status_of(case, deadline, awarded, expected):
    status = status_rules.status_of(Opportunity(deadline=deadline, awarded=awarded), NOW)

    assert status.code == expected
    assert status.badge_class == {"open": "badge--open", "closing-soon": "badge--closing", "closed": "badge--closed"}[expected]


@pytest.mark.django_db
def test_database_filters_agree_with_status_of():
    created = {case: OpportunityFactory(title=case, deadline=deadline, awarded=awarded) for case, deadline, awarded, _ in CASES}
    expected = {case: code for case, _deadline, _awarded, code in CASES}

    for code in status_rules.STATUSES:
        found = set(Opportunity.objects.filter(status_rules.status_q(code, NOW)).values_list("title", flat=True))
        assert found == {case for case in created if expected[case] == code}, code
    not_closed = set(Opportunity.objects.filter(status_rules.open_q(NOW)).values_list("title", flat=True))
    assert not_closed == {case for case in created if expected[case] != "closed"}


def test_status_labels_are_in_the_users_words():
    assert [str(label) for _code, label in status_rules.STATUS_CHOICES] == ["Open", "Closing soon", "Closed"]
