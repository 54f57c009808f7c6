"""The public membership pages (the rest needs an account and stays out of search engines)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class MembershipSitemap(Sitemap):
    def items(self):
        return ["membership:overview", "membership:self_check"]

    def location(self, item):
        return reverse(item)


sitemaps = {"membership": MembershipSitemap}
