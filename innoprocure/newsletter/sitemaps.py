from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class NewsletterSitemap(Sitemap):
    """The sign-up page; the confirmation and unsubscribe pages are personal and stay out."""

    changefreq = "yearly"
    priority = 0.3

    def items(self):
        return ["newsletter:signup"]

    def location(self, item):
        return reverse(item)


sitemaps = {"newsletter": NewsletterSitemap}
