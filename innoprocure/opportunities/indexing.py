"""What opportunities give the search engine: published calls and tenders, imported TED notices included."""

from django.utils.translation import gettext_lazy as _

from innoprocure.opportunities.models import Opportunity, index_url
from innoprocure.opportunities.teasers import teaser
from innoprocure.search import registry
from innoprocure.search.pages import register_pages
from innoprocure.search.registry import DocumentType, Field, Section


class OpportunityDocuments(DocumentType):
    key = "opportunities.opportunity"
    section = "opportunities"
    fields = [Field("title", 10), Field("organisation", 3), Field("summary", 4), Field("place_of_performance", 2)]
    body_field = "summary"

    def visible(self):
        return Opportunity.objects.filter(live=True)

    def prepare(self, queryset):
        return queryset.prefetch_related("sectors")

    def language(self, item):
        return item.notice_language or "en"

    def published(self, item):
        return item.created_at

    def facets(self, item):
        return {
            "type": [item.opportunity_type],
            "country": [item.country_id] if item.country_id else [],
            "sector": [sector.slug for sector in item.sectors.all()],
        }

    def connect_signals(self, reindex):
        from django.db.models.signals import m2m_changed

        def sectors_changed(sender, instance, action, reverse, pk_set, **kwargs):
            if action in ("post_add", "post_remove", "post_clear"):
                reindex(list(pk_set or []) if reverse else [instance.pk])

        self._handler = sectors_changed  # signals keep weak references
        m2m_changed.connect(sectors_changed, sender=Opportunity.sectors.through, dispatch_uid="sitesearch-opportunity-sectors")

    def teasers(self, ids):
        base = index_url()
        return {item.pk: teaser(item, base) for item in self.visible().filter(pk__in=list(ids)).select_related("country")}


registry.register(OpportunityDocuments(Opportunity))
registry.register_section(Section("opportunities", _("Opportunities"), "/opportunities/", order=40))
register_pages("opportunities", "opportunities")
