"""The opportunities section on the home page: open ones, soonest deadline first."""

from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from innoprocure.core.teasers import Teaser
from innoprocure.core.timezones import get_zone
from innoprocure.opportunities.models import Opportunity, index_url, opportunity_url
from innoprocure.opportunities.money import format_amount

SECTION = (40, _("Opportunities"), "/opportunities/")


def teaser(opportunity, base, now=None):
    status = opportunity.status_at(now)
    meta = [str(status.label)]
    if opportunity.deadline:
        local = timezone.localtime(opportunity.deadline, get_zone(opportunity.deadline_timezone, timezone.get_default_timezone()))
        meta.append(gettext("Deadline %(date)s") % {"date": date_format(local, "j F Y, H:i T")})
    if opportunity.country:
        meta.append(str(opportunity.country))
    if opportunity.budget is not None:
        meta.append(format_amount(opportunity.budget, opportunity.currency))
    return Teaser(
        title=opportunity.title,
        url=opportunity_url(opportunity, base),
        summary=opportunity.summary,
        kicker=str(opportunity.get_opportunity_type_display()),
        meta=meta,
        illustrative=opportunity.illustrative,
        language=opportunity.language_of(opportunity.title, opportunity.titles) or "",
    )


def latest(limit=3, request=None):
    now = timezone.now()
    opportunities = Opportunity.objects.live().current(now).by_deadline().select_related("country")[:limit]
    base = index_url()
    return [teaser(opportunity, base, now) for opportunity in opportunities]
