"""The admission rules as plain arithmetic: quorum, majority, ties and the balance guidelines."""

from decimal import Decimal

import pytest

from innoprocure.membership import voting
from innoprocure.membership.voting import (
    AWAY,
    TOWARD,
    WITHIN,
    CentreFacts,
    Rules,
    Tally,
    balance_report,
    decide,
    required_turnout,
)


def rules(**overrides):
    snapshot = {
        "quorum_percent": 50,
        "majority_percent": 50,
        "voting_window_days": 14,
        "reminder_days_before_close": 2,
        "new_centres_target_percent": 30,
        "max_members_per_country": 1,
        "experienced_after_years": 5,
    }
    snapshot.update(overrides)
    return Rules.from_snapshot(snapshot)


@pytest.mark.parametrize(
    ("electorate", "quorum", "needed"),
    [(10, 50, 5), (11, 50, 6), (3, 50, 2), (12, 66, 8), (7, 100, 7), (0, 50, 0), (9, 33, 3)],
)
def test_quorum_is_the_share_of_the_electorate_rounded_up(electorate, quorum, needed):
    assert required_turnout(electorate, quorum) == needed


def test_quorum_missed_rejects_even_a_unanimous_yes():
    outcome = decide(Tally(yes=4), electorate_size=10, rules=rules())
    assert not outcome.quorum_met
    assert outcome.majority_met
    assert not outcome.admitted


def test_abstentions_count_towards_the_quorum_but_not_the_majority():
    outcome = decide(Tally(yes=2, no=1, abstain=2), electorate_size=10, rules=rules())
    assert outcome.quorum_met
    assert outcome.majority_met
    assert outcome.admitted
    assert outcome.yes_percent == Decimal("66.7")


def test_majority_missed():
    outcome = decide(Tally(yes=2, no=3), electorate_size=6, rules=rules())
    assert outcome.quorum_met
    assert not outcome.majority_met
    assert not outcome.admitted


def test_a_tie_fails():
    outcome = decide(Tally(yes=3, no=3), electorate_size=6, rules=rules())
    assert outcome.quorum_met
    assert not outcome.majority_met


def test_only_abstentions_fail():
    outcome = decide(Tally(abstain=6), electorate_size=6, rules=rules())
    assert outcome.quorum_met
    assert not outcome.admitted


def test_a_qualified_majority_needs_more_than_its_share():
    two_thirds = rules(majority_percent=66)
    assert decide(Tally(yes=2, no=1), 3, two_thirds).admitted  # 66.7 % is more than 66 %
    assert not decide(Tally(yes=66, no=34), 100, two_thirds).admitted  # exactly 66 % is not more than 66 %
    assert decide(Tally(yes=67, no=33), 100, two_thirds).admitted


def test_rules_read_back_from_json_strings_and_fill_gaps():
    parsed = Rules.from_snapshot({"quorum_percent": "60", "majority_percent": "50.5"})
    assert parsed.quorum_percent == Decimal("60")
    assert parsed.majority_percent == Decimal("50.5")
    assert parsed.voting_window_days == voting.DEFAULTS["voting_window_days"]


def test_outcome_statement_names_the_reason():
    quorum_missed = decide(Tally(yes=1), 10, rules())
    assert "quorum of 5 votes (50% of member centres) was not reached" in voting.outcome_statement("X", quorum_missed, rules())
    admitted = decide(Tally(yes=5, no=1), 10, rules())
    statement = voting.outcome_statement("Centre X", admitted, rules())
    assert statement.startswith("The network admits Centre X as a member.")
    assert "5 in favour, 1 against, 0 abstaining, out of 10 member centres" in statement


def test_balance_report_today_and_if_admitted():
    members = [
        CentreFacts("AT", "Austria", True),
        CentreFacts("DE", "Germany", True),
        CentreFacts("NL", "Netherlands", True),
        CentreFacts("EE", "Estonia", False),
    ]
    report = balance_report(members, CentreFacts("DE", "Germany", False), rules())
    assert (report.now.total, report.now.experienced, report.now.new) == (4, 3, 1)
    assert (report.after.total, report.after.experienced, report.after.new) == (5, 3, 2)
    assert report.now.new_percent == Decimal("25.0")
    assert report.after.new_percent == Decimal("40.0")
    assert not report.meets_new_target_now
    assert report.meets_new_target_after
    germany = report.applicant_country
    assert (germany.country_name, germany.now, germany.after, germany.over_limit_after) == ("Germany", 1, 2, True)
    assert report.countries[0] is germany
    assert report.verdict("new-centres").direction == "toward"  # 25 % -> 40 %: the target is reached
    assert [warning for warning in report.warnings if warning.startswith("Members per country")] == [
        "Members per country: admitting this applicant moves the network away from the guideline of at most 1 per "
        "country; Germany would have 2 member centres instead of 1."
    ]


def test_balance_report_warns_when_new_centres_stay_below_target():
    members = [CentreFacts("AT", "Austria", True), CentreFacts("NL", "Netherlands", True)]
    report = balance_report(members, CentreFacts("PL", "Poland", True), rules(max_members_per_country=2))
    assert report.applicant_country.now == 0
    assert report.applicant_country.after == 1
    assert [warning for warning in report.warnings if "below the target of at least 30%" in warning]


def test_a_move_toward_the_new_centres_target_is_called_toward_not_against():
    # 3 of 13 members are newly established (23.1 %); a new applicant makes it 4 of 14 (28.6 %): closer to 30 %.
    members = [CentreFacts("AT", "Austria", True)] * 10 + [CentreFacts("EE", "Estonia", False)] * 3
    report = balance_report(members, CentreFacts("HR", "Croatia", False), rules())
    assert (report.now.new_percent, report.after.new_percent) == (Decimal("23.1"), Decimal("28.6"))
    verdict = report.verdict("new-centres")
    assert verdict.direction == TOWARD and not verdict.met_after
    assert "moves the network toward the target of at least 30%" in verdict.text
    assert "from 23.1% to 28.6%" in verdict.text
    assert report.warnings == []


def test_a_move_away_from_each_guideline_is_called_away():
    members = [CentreFacts("AT", "Austria", True), CentreFacts("EE", "Estonia", False), CentreFacts("DE", "Germany", True)]
    report = balance_report(members, CentreFacts("AT", "Austria", True), rules())
    assert report.verdict("new-centres").direction == AWAY  # 33.3 % -> 25.0 %
    assert "below the target of at least 30%" in report.verdict("new-centres").text
    assert report.verdict("per-country").direction == AWAY
    assert "Austria would have 2 member centres instead of 1" in report.verdict("per-country").text
    assert report.verdict("regions").direction == AWAY  # Western Europe already holds two thirds
    assert len(report.warnings) == 3


def test_reaching_and_keeping_the_target_and_the_country_limit():
    members = [CentreFacts("AT", "Austria", True), CentreFacts("NL", "Netherlands", True), CentreFacts("EE", "Estonia", False)]
    reaching = balance_report(members[:2], CentreFacts("PL", "Poland", False), rules())
    assert reaching.verdict("new-centres").direction == TOWARD and reaching.verdict("new-centres").met_after
    assert "reaches the target" in reaching.verdict("new-centres").text
    keeping = balance_report(members, CentreFacts("PT", "Portugal", False), rules())
    assert keeping.verdict("new-centres").direction == WITHIN
    assert keeping.verdict("per-country").direction == WITHIN
    assert "Portugal would have 1 member centre, within the guideline" in keeping.verdict("per-country").text


def test_regions_show_each_share_before_and_after_admission():
    members = [
        CentreFacts("NL", "Netherlands", True),
        CentreFacts("DE", "Germany", True),
        CentreFacts("FI", "Finland", True),
        CentreFacts("EE", "Estonia", True),
    ]
    report = balance_report(members, CentreFacts("GR", "Greece", False), rules(max_members_per_country=2))
    shares = {row.name: (row.now, row.now_percent, row.after, row.after_percent) for row in report.regions}
    assert shares == {
        "Northern Europe": (2, Decimal("50.0"), 2, Decimal("40.0")),
        "Western Europe": (2, Decimal("50.0"), 2, Decimal("40.0")),
        "Southern Europe": (0, Decimal("0.0"), 1, Decimal("20.0")),
        "Eastern Europe": (0, Decimal("0.0"), 0, Decimal("0.0")),
    }
    assert report.applicant_region.name == "Southern Europe"
    verdict = report.verdict("regions")
    assert verdict.direction == TOWARD
    assert "Southern Europe goes from 0.0% to 20.0% of the members (an equal share is 25.0%)" in verdict.text


def test_every_listed_country_belongs_to_one_region():
    from innoprocure.core.taxonomies import COUNTRIES, EU_WIDE
    from innoprocure.membership.regions import REGION_OF_COUNTRY

    assert {code for code, _name, _eu in COUNTRIES if code != EU_WIDE} == set(REGION_OF_COUNTRY)
