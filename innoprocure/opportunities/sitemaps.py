"""Opportunity pages for /sitemap.xml (open and archived alike: closed ones stay online for reference)."""

from django.contrib.sitemaps import Sitemap

from innoprocure.opportunities.models import Opportunity, index_url, opportunity_url


class OpportunitySitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Opportunity.objects.live().only("slug", "updated_at").order_by("pk")

    def location(self, item):
        if not hasattr(self, "_base"):
            self._base = index_url()
        return opportunity_url(item, self._base)

    def lastmod(self, item):
        return item.updated_at


sitemaps = {"opportunities": OpportunitySitemap}
