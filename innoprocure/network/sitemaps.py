"""The network's pages that are not Wagtail pages: the directory, governance, meetings and each centre."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from innoprocure.network.models import CURRENT_STATUSES, CompetenceCentre, KnowledgeExchangeMeeting


class NetworkSectionSitemap(Sitemap):
    def items(self):
        return ["network:directory", "network:governance", "network:knowledge_exchange"]

    def location(self, item):
        return reverse(item)


class CentreSitemap(Sitemap):
    def items(self):
        return CompetenceCentre.objects.filter(status__in=CURRENT_STATUSES).order_by("slug")


class MeetingSitemap(Sitemap):
    def items(self):
        return KnowledgeExchangeMeeting.objects.order_by("number")

    def lastmod(self, meeting):
        return meeting.date


sitemaps = {"network": NetworkSectionSitemap, "network-centres": CentreSitemap, "network-meetings": MeetingSitemap}
