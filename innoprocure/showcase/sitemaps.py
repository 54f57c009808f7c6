"""Approved solution profiles for /sitemap.xml (nothing that waits for approval, was returned, rejected or withdrawn)."""

from django.contrib.sitemaps import Sitemap

from innoprocure.showcase.models import SolutionProfile


class SolutionSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return SolutionProfile.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


sitemaps = {"showcase": SolutionSitemap}
