"""RSS 2.0 feed of open opportunities (/opportunities/feed/), optionally filtered like the listing.

A filtered feed says so: its title names the filters and its links (the channel's link, the atom:link to itself)
keep them. Every address is on BASE_URL, whatever Host the request came with.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from innoprocure.core import seo
from innoprocure.core.models import Country, Sector
from innoprocure.opportunities.flags import flag_label
from innoprocure.opportunities.models import OpportunityType
from innoprocure.opportunities.money import format_amount
from innoprocure.opportunities.status import STATUSES

FEED_LIMIT = 100


class OpportunityFeed(Feed):
    feed_type = Rss201rev2Feed
    ttl = 60

    def __init__(self, index_page, selected):
        """`selected`: the OpportunityFilter of the request, its values checked."""
        super().__init__()
        self.index_page = index_page
        self.selected = selected

    def title(self):
        title = _("Open opportunities: funding calls, tenders and market consultations")
        described = describe(self.selected)
        return f"{title} – {described}" if described else title

    def link(self):
        return seo.absolute(self.index_page.url) + self.selected.querystring()

    def feed_url(self):
        return seo.absolute(self.index_page.url + self.index_page.reverse_subpage("feed")) + self.selected.querystring()

    def description(self):
        return _("Funding and procurement opportunities for innovation in Europe, soonest deadline first.")

    def items(self):
        return self.selected.qs[:FEED_LIMIT]

    def item_title(self, item):
        return item.title  # the feed writer escapes it; escaping here too would show "&amp;" to readers

    def item_description(self, item):
        facts = [str(item.get_opportunity_type_display())]
        if item.organisation:
            facts.append(item.organisation)
        if item.country:
            facts.append(str(item.country))
        if item.deadline:
            local = timezone.localtime(item.deadline, _zone(item))
            facts.append(
                _("Deadline: %(deadline)s") % {"deadline": f"{date_format(local, 'j F Y, H:i')} ({item.deadline_timezone})"}
            )
        if item.budget is not None:
            facts.append(_("Budget: %(amount)s") % {"amount": format_amount(item.budget, item.currency)})
        return " · ".join(facts) + ("\n\n" + item.summary if item.summary else "")

    def item_link(self, item):
        return seo.absolute(f"{self.index_page.url}{item.slug}/")

    def item_pubdate(self, item):
        if item.dispatch_date:
            return item.dispatch_date
        if item.publication_date:
            return datetime.combine(item.publication_date, time.min, tzinfo=timezone.get_default_timezone())
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [str(item.get_opportunity_type_display())]


def describe(selected):
    """The filters in words, for a feed's title: "Tender; Germany; Health; “sensors”"."""
    parts = []
    if selected.opportunity_type:
        parts.append(str(OpportunityType(selected.opportunity_type).label))
    if selected.country:
        country = Country.objects.filter(code=selected.country).values_list("name", flat=True).first()
        parts.append(str(country or selected.country))
    if selected.status:
        parts.append(str(STATUSES[selected.status].label))
    if selected.sector:
        parts.append(str(Sector.objects.filter(slug=selected.sector).values_list("name", flat=True).first() or selected.sector))
    if selected.innovation:
        parts.append(_("innovation procurement only"))
    parts.extend(str(flag_label(code)) for code in selected.flags)
    if selected.query:
        parts.append(f"“{selected.query}”")
    return "; ".join(parts)


def _zone(item):
    from innoprocure.core.timezones import get_zone

    return get_zone(item.deadline_timezone, timezone.get_default_timezone())
