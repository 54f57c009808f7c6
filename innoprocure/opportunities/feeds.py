"""RSS 2.0 feed of open opportunities (/opportunities/feed/), optionally filtered like the listing."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from innoprocure.opportunities import filters
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.money import format_amount

FEED_LIMIT = 100


class OpportunityFeed(Feed):
    feed_type = Rss201rev2Feed
    ttl = 60

    def __init__(self, index_page, selected):
        super().__init__()
        self.index_page = index_page
        self.selected = selected

    def title(self):
        return _("Open opportunities: funding calls, tenders and market consultations")

    def link(self):
        return self.index_page.url

    def description(self):
        return _("Funding and procurement opportunities for innovation in Europe, soonest deadline first.")

    def items(self):
        queryset = Opportunity.objects.select_related("country")
        return filters.apply(queryset, self.selected)[:FEED_LIMIT]

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
        return f"{self.index_page.url}{item.slug}/"

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


def _zone(item):
    from innoprocure.events.timezones import get_zone

    return get_zone(item.deadline_timezone, timezone.get_default_timezone())
