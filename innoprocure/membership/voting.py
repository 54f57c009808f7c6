"""The network's admission rules in one plain module: quorum, majority and the balance guidelines.

Nothing here touches the database, so every rule can be tested with plain numbers. A ballot stores the
rules in force when it opened (`Rules.from_snapshot(GovernanceSettings.snapshot())`); closing it feeds that
stored snapshot back in, so a later change of the governance settings never changes a running ballot.

Quorum: the votes cast (yes + no + abstain) must reach `quorum_percent` % of the centres entitled to vote
when the ballot opened, rounded up to a whole vote.
Majority: the yes votes must be strictly more than `majority_percent` % of the votes expressed (yes + no);
abstentions count towards the quorum but not towards the majority. A tie fails, and so does a ballot in
which nobody said yes or no.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

YES = "yes"
NO = "no"
ABSTAIN = "abstain"

# Used only when a snapshot lacks a value (for instance one stored before a rule was introduced).
DEFAULTS: dict[str, Any] = {
    "quorum_percent": Decimal("50"),
    "majority_percent": Decimal("50"),
    "voting_window_days": 14,
    "reminder_days_before_close": 2,
    "new_centres_target_percent": Decimal("30"),
    "max_members_per_country": 1,
    "experienced_after_years": 5,
}


def _decimal(value: object, default: Decimal) -> Decimal:
    if value is None or value == "":
        return default
    return Decimal(str(value))


def _integer(value: Any, default: int) -> int:
    if value is None or value == "":
        return default
    return int(value)


@dataclass(frozen=True)
class Rules:
    quorum_percent: Decimal
    majority_percent: Decimal
    voting_window_days: int
    reminder_days_before_close: int
    new_centres_target_percent: Decimal
    max_members_per_country: int
    experienced_after_years: int

    @classmethod
    def from_snapshot(cls, snapshot: Mapping[str, Any] | None) -> "Rules":
        """Rules from a governance snapshot (a dict, possibly read back from JSON with numbers as strings)."""
        snapshot = snapshot or {}
        return cls(
            quorum_percent=_decimal(snapshot.get("quorum_percent"), DEFAULTS["quorum_percent"]),
            majority_percent=_decimal(snapshot.get("majority_percent"), DEFAULTS["majority_percent"]),
            voting_window_days=_integer(snapshot.get("voting_window_days"), DEFAULTS["voting_window_days"]),
            reminder_days_before_close=_integer(
                snapshot.get("reminder_days_before_close"), DEFAULTS["reminder_days_before_close"]
            ),
            new_centres_target_percent=_decimal(
                snapshot.get("new_centres_target_percent"), DEFAULTS["new_centres_target_percent"]
            ),
            max_members_per_country=_integer(snapshot.get("max_members_per_country"), DEFAULTS["max_members_per_country"]),
            experienced_after_years=_integer(snapshot.get("experienced_after_years"), DEFAULTS["experienced_after_years"]),
        )


def required_turnout(electorate_size: int, quorum_percent: Decimal | int) -> int:
    """The smallest number of votes that reaches the quorum: quorum_percent % of the electorate, rounded up."""
    exact = Decimal(electorate_size) * Decimal(quorum_percent) / 100
    return int(exact.to_integral_value(rounding=ROUND_CEILING))


def percent(part: int, whole: int) -> Decimal | None:
    """part / whole as a percentage with one decimal, or None when there is nothing to divide."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Tally:
    yes: int = 0
    no: int = 0
    abstain: int = 0

    @classmethod
    def of(cls, choices: Iterable[str]) -> "Tally":
        choices = list(choices)
        return cls(yes=choices.count(YES), no=choices.count(NO), abstain=choices.count(ABSTAIN))

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain

    @property
    def expressed(self) -> int:
        return self.yes + self.no


@dataclass(frozen=True)
class Outcome:
    tally: Tally
    electorate_size: int
    required_turnout: int
    quorum_met: bool
    majority_met: bool

    @property
    def admitted(self) -> bool:
        return self.quorum_met and self.majority_met

    @property
    def turnout_percent(self) -> Decimal | None:
        return percent(self.tally.cast, self.electorate_size)

    @property
    def yes_percent(self) -> Decimal | None:
        """Share of yes among the votes expressed (yes + no)."""
        return percent(self.tally.yes, self.tally.expressed)


def decide(tally: Tally, electorate_size: int, rules: Rules) -> Outcome:
    """The outcome of a ballot under `rules`."""
    needed = required_turnout(electorate_size, rules.quorum_percent)
    # Same as votes cast × 100 ≥ electorate × quorum_percent (GovernanceSettings' wording), with no rounding error.
    quorum_met = tally.cast >= needed
    # yes / (yes + no) > majority_percent / 100, compared exactly in whole numbers.
    majority_met = tally.expressed > 0 and tally.yes * 100 > rules.majority_percent * tally.expressed
    return Outcome(
        tally=tally,
        electorate_size=electorate_size,
        required_turnout=needed,
        quorum_met=quorum_met,
        majority_met=bool(majority_met),
    )


def outcome_statement(organisation: object, outcome: Outcome, rules: Rules) -> str:
    """The published sentence that explains a decision, in the words of the rules."""
    tally = outcome.tally
    counts = _("%(yes)d in favour, %(no)d against, %(abstain)d abstaining, out of %(electorate)d member centres.") % {
        "yes": tally.yes,
        "no": tally.no,
        "abstain": tally.abstain,
        "electorate": outcome.electorate_size,
    }
    if outcome.admitted:
        verdict = _("The network admits %(organisation)s as a member.") % {"organisation": organisation}
    elif not outcome.quorum_met:
        verdict = _(
            "%(organisation)s is not admitted: the quorum of %(needed)d votes (%(quorum)s%% of member centres) was not reached."
        ) % {"organisation": organisation, "needed": outcome.required_turnout, "quorum": _plain(rules.quorum_percent)}
    else:
        verdict = _(
            "%(organisation)s is not admitted: the votes in favour did not exceed %(majority)s%% of the yes and no votes."
        ) % {"organisation": organisation, "majority": _plain(rules.majority_percent)}
    return f"{verdict} {counts}"


def _plain(number: Decimal | int | str) -> str:
    """50.00 -> "50", 66.67 -> "66.67"."""
    text = format(Decimal(number).normalize(), "f")
    return text


# Balance guidelines -------------------------------------------------------------------------------------------
#
# The report compares the network today with the network if the applicant is admitted, and says for each
# guideline whether the admission moves the network toward it or away from it (docs/membership.md):
# * newly established centres: their share against the target (at least `new_centres_target_percent` %);
# * members per country: at most `max_members_per_country` in the applicant's country;
# * spread across the four European regions (membership/regions.py): the spread is more even when the regions'
#   shares are closer to an equal share each; the report compares the squared gaps to that equal share.

TOWARD = "toward"  # moves the network toward the guideline (it may still fall short of it)
AWAY = "away"  # moves it away from the guideline, or keeps it outside
WITHIN = "within"  # the guideline is kept, today and after
UNCHANGED = "unchanged"  # no change either way (and the guideline is not met)


@dataclass(frozen=True)
class CentreFacts:
    """What the balance report needs to know about one member centre (or the applicant)."""

    country_code: str
    country_name: str
    experienced: bool


@dataclass(frozen=True)
class Composition:
    total: int
    experienced: int
    new: int

    @property
    def new_percent(self) -> Decimal | None:
        return percent(self.new, self.total)


@dataclass(frozen=True)
class CountryRow:
    country_code: str
    country_name: str
    now: int
    after: int
    is_applicant_country: bool
    over_limit_after: bool


@dataclass(frozen=True)
class RegionRow:
    region: str
    name: str
    now: int
    now_percent: Decimal
    after: int
    after_percent: Decimal
    is_applicant_region: bool


@dataclass(frozen=True)
class Verdict:
    """What admitting the applicant does to one guideline."""

    guideline: str  # "new-centres", "per-country" or "regions"
    direction: str  # TOWARD, AWAY, WITHIN or UNCHANGED
    met_after: bool
    text: str

    @property
    def is_concern(self) -> bool:
        """The guideline would not be met and the admission does not bring the network closer to it."""
        return not self.met_after and self.direction != TOWARD


@dataclass(frozen=True)
class BalanceReport:
    now: Composition
    after: Composition
    new_centres_target_percent: Decimal
    max_members_per_country: int
    applicant_experienced: bool
    countries: list[CountryRow] = field(default_factory=list)
    regions: list[RegionRow] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def meets_new_target_now(self) -> bool:
        return (self.now.new_percent or 0) >= self.new_centres_target_percent

    @property
    def meets_new_target_after(self) -> bool:
        return (self.after.new_percent or 0) >= self.new_centres_target_percent

    @property
    def applicant_country(self) -> CountryRow | None:
        return next((row for row in self.countries if row.is_applicant_country), None)

    @property
    def applicant_region(self) -> RegionRow | None:
        return next((row for row in self.regions if row.is_applicant_region), None)

    @property
    def warnings(self) -> list[str]:
        """The verdicts that speak against the admission."""
        return [verdict.text for verdict in self.verdicts if verdict.is_concern]

    def verdict(self, guideline: str) -> Verdict | None:
        return next((verdict for verdict in self.verdicts if verdict.guideline == guideline), None)


def _composition(centres: Sequence[CentreFacts]) -> Composition:
    experienced = sum(1 for centre in centres if centre.experienced)
    return Composition(total=len(centres), experienced=experienced, new=len(centres) - experienced)


def _country_rows(members: Sequence[CentreFacts], applicant: CentreFacts, rules: Rules) -> list[CountryRow]:
    per_country: dict[str, list[Any]] = {}
    for centre in members:
        per_country.setdefault(centre.country_code, [centre.country_name, 0])[1] += 1
    per_country.setdefault(applicant.country_code, [applicant.country_name, 0])
    rows = []
    for code, (name, count) in per_country.items():
        is_applicant = code == applicant.country_code
        after_count = count + 1 if is_applicant else count
        rows.append(
            CountryRow(
                country_code=code,
                country_name=name,
                now=count,
                after=after_count,
                is_applicant_country=is_applicant,
                over_limit_after=after_count > rules.max_members_per_country,
            )
        )
    rows.sort(key=lambda row: (not row.is_applicant_country, row.country_name))
    return rows


def _region_rows(members: Sequence[CentreFacts], applicant: CentreFacts) -> list[RegionRow]:
    from innoprocure.membership.regions import REGION_NAMES, region_of

    now = dict.fromkeys(REGION_NAMES, 0)
    for centre in members:
        region = region_of(centre.country_code)
        if region:
            now[region] += 1
    applicant_region = region_of(applicant.country_code)
    after = {region: count + (1 if region == applicant_region else 0) for region, count in now.items()}
    total_now, total_after = sum(now.values()), sum(after.values())
    return [
        RegionRow(
            region=region,
            name=str(name),
            now=now[region],
            now_percent=percent(now[region], total_now) or Decimal("0.0"),
            after=after[region],
            after_percent=percent(after[region], total_after) or Decimal("0.0"),
            is_applicant_region=region == applicant_region,
        )
        for region, name in REGION_NAMES.items()
    ]


def _gap_to_even(counts: Sequence[int]) -> Fraction | None:
    """How far the regions' shares are from an equal share each: the sum of (share - 1/n)², which grows as
    members concentrate in fewer regions (it is the concentration index Σ share² less 1/n). Exact fractions."""
    total = sum(counts)
    if not total:
        return None
    even = Fraction(1, len(counts))
    return sum(((Fraction(count, total) - even) ** 2 for count in counts), Fraction(0))


def _new_centres_verdict(now: Composition, after: Composition, rules: Rules) -> Verdict:
    share_now, share_after = now.new_percent or Decimal("0.0"), after.new_percent or Decimal("0.0")
    target = rules.new_centres_target_percent
    values = {"now": share_now, "after": share_after, "target": _plain(target)}
    met_now, met_after = share_now >= target, share_after >= target
    if met_now and met_after:
        direction = WITHIN
        text = _(
            "Newly established centres: the network stays within the guideline (at least %(target)s%%); their share "
            "goes from %(now)s%% to %(after)s%%."
        )
    elif met_after:
        direction = TOWARD
        text = _(
            "Newly established centres: admitting this applicant reaches the target of at least %(target)s%%; their "
            "share goes from %(now)s%% to %(after)s%%."
        )
    elif share_after > share_now:
        direction = TOWARD
        text = _(
            "Newly established centres: admitting this applicant moves the network toward the target of at least "
            "%(target)s%%, though it stays below it; their share goes from %(now)s%% to %(after)s%%."
        )
    elif share_after < share_now:
        direction = AWAY
        text = (
            _(
                "Newly established centres: admitting this applicant takes the network below the target of at least "
                "%(target)s%%; their share goes from %(now)s%% to %(after)s%%."
            )
            if met_now
            else _(
                "Newly established centres: admitting this applicant moves the network away from the target of at "
                "least %(target)s%%; their share goes from %(now)s%% to %(after)s%%."
            )
        )
    else:
        direction = UNCHANGED
        text = _(
            "Newly established centres: admitting this applicant leaves their share at %(now)s%%, below the target "
            "of at least %(target)s%%."
        )
    return Verdict("new-centres", direction, met_after, text % values)


def _country_verdict(row: CountryRow, applicant: CentreFacts, rules: Rules) -> Verdict:
    values = {"country": applicant.country_name, "now": row.now, "after": row.after, "max": rules.max_members_per_country}
    if not row.over_limit_after:
        return Verdict(
            "per-country",
            WITHIN,
            True,
            ngettext(
                "Members per country: %(country)s would have %(after)d member centre, within the guideline of at "
                "most %(max)d per country.",
                "Members per country: %(country)s would have %(after)d member centres, within the guideline of at "
                "most %(max)d per country.",
                row.after,
            )
            % values,
        )
    return Verdict(
        "per-country",
        AWAY,
        False,
        _(
            "Members per country: admitting this applicant moves the network away from the guideline of at most "
            "%(max)d per country; %(country)s would have %(after)d member centres instead of %(now)d."
        )
        % values,
    )


def _region_verdict(regions: Sequence[RegionRow]) -> Verdict:
    row = next((row for row in regions if row.is_applicant_region), None)
    if row is None:
        return Verdict(
            "regions",
            UNCHANGED,
            True,
            _("Regions: the applicant's country is not in one of the four European regions; the spread is unchanged."),
        )
    gap_now = _gap_to_even([region.now for region in regions])
    gap_after = _gap_to_even([region.after for region in regions])
    values = {"region": row.name, "now": row.now_percent, "after": row.after_percent, "even": percent(1, len(regions))}
    if gap_now is None or gap_after is None or gap_after < gap_now:
        direction = TOWARD
        text = _(
            "Regions: admitting this applicant moves the network toward an even spread across Europe's regions; "
            "%(region)s goes from %(now)s%% to %(after)s%% of the members (an equal share is %(even)s%%)."
        )
    elif gap_after > gap_now:
        direction = AWAY
        text = _(
            "Regions: admitting this applicant moves the network away from an even spread across Europe's regions; "
            "%(region)s goes from %(now)s%% to %(after)s%% of the members (an equal share is %(even)s%%)."
        )
    else:
        direction = UNCHANGED
        text = _(
            "Regions: admitting this applicant leaves the spread across Europe's regions as even as it is; "
            "%(region)s goes from %(now)s%% to %(after)s%% of the members (an equal share is %(even)s%%)."
        )
    # The regions are a view of the spread, not a numeric guideline: it counts as met unless it gets worse.
    return Verdict("regions", direction, direction != AWAY, text % values)


def balance_report(members: Iterable[CentreFacts], applicant: CentreFacts, rules: Rules) -> BalanceReport:
    """Experienced versus new centres, members per country and per region, today and if `applicant` is admitted,
    with a verdict per guideline in `rules`. `members` are the centres entitled to vote today."""
    members = list(members)
    now, after = _composition(members), _composition(members + [applicant])
    countries = _country_rows(members, applicant, rules)
    regions = _region_rows(members, applicant)
    verdicts = [
        _new_centres_verdict(now, after, rules),
        _country_verdict(countries[0], applicant, rules),
        _region_verdict(regions),
    ]
    return BalanceReport(
        now=now,
        after=after,
        new_centres_target_percent=rules.new_centres_target_percent,
        max_members_per_country=rules.max_members_per_country,
        applicant_experienced=applicant.experienced,
        countries=countries,
        regions=regions,
        verdicts=verdicts,
    )
