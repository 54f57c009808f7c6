"""How balanced the membership is today against the governance guidelines (shown on the governance page).

Ballot outcomes (quorum and majority) are computed by the membership app, innoprocure/membership/voting.py, exactly
as GovernanceSettings and docs/network.md define them.
"""

from collections import Counter
from dataclasses import dataclass, field

from innoprocure.network.models import VOTING_STATUSES, CompetenceCentre


@dataclass
class Balance:
    members: int
    experienced: int
    new: int
    new_share_percent: float
    target_new_percent: int
    per_country: list = field(default_factory=list)  # [(country, count)] by country name
    max_per_country: int = 1
    countries_over_limit: list = field(default_factory=list)

    @property
    def new_share_below_target(self):
        return self.new_share_percent < self.target_new_percent


def balance(rules, *, extra_country=None, extra_is_new=None):
    """Voting members today (plus one centre in `extra_country` if given) against the balance guidelines."""
    centres = list(CompetenceCentre.objects.filter(status__in=VOTING_STATUSES).select_related("country"))
    threshold = rules["experienced_after_years"]
    new = sum(1 for centre in centres if not _experienced(centre, threshold))
    countries = Counter(centre.country for centre in centres)
    members = len(centres)
    if extra_country is not None:
        members += 1
        new += 1 if extra_is_new else 0
        countries[extra_country] += 1
    per_country = sorted(countries.items(), key=lambda item: item[0].name)
    limit = rules["max_members_per_country"]
    return Balance(
        members=members,
        experienced=members - new,
        new=new,
        new_share_percent=round(new * 100 / members, 1) if members else 0.0,
        target_new_percent=rules["new_centres_target_percent"],
        per_country=per_country,
        max_per_country=limit,
        countries_over_limit=[country for country, count in per_country if count > limit],
    )


def _experienced(centre, threshold):
    centre._experienced_after_years = threshold
    return centre.is_experienced
