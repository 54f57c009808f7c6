"""Every published resource in /sitemap.xml (the Resource Centre page itself is a Wagtail page, listed already)."""

from django.contrib.sitemaps import Sitemap

from innoprocure.resources.models import Resource


class ResourceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = 5000

    def items(self):
        return Resource.objects.filter(live=True).only("slug", "last_published_at", "updated_at").order_by("pk")

    def location(self, item):
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.last_published_at or item.updated_at


sitemaps = {"resources": ResourceSitemap}
