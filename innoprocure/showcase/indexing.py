"""What the showcase gives the search engine: approved solution profiles only (never drafts, those waiting for
approval, returned, rejected or withdrawn ones: saving a profile out of "approved" removes it from the index)."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.teasers import Teaser
from innoprocure.search import registry
from innoprocure.search.registry import DocumentType, Field, Section
from innoprocure.showcase.models import Reference, SolutionProfile


class SolutionDocuments(DocumentType):
    key = "showcase.solutionprofile"
    section = "showcase"
    fields = [
        Field("name", 10),
        Field("problem", 4),
        Field("supplier_name", 3),
        Field("description", 2),
        Field("references_text", 1),
    ]
    title_field = "name"
    body_field = "description"
    watch = [(Reference, lambda reference: [reference.profile_id])]

    def visible(self):
        return SolutionProfile.objects.public()

    def prepare(self, queryset):
        return queryset.select_related("organisation").prefetch_related("sectors", "countries", "references")

    def published(self, item):
        return item.approved_at

    def facets(self, item):
        return {
            "sector": [sector.slug for sector in item.sectors.all()],
            "country": [country.code for country in item.countries.all()],
        }

    def teasers(self, ids):
        found = self.visible().filter(pk__in=list(ids)).select_related("organisation")
        return {item.pk: self.teaser(item) for item in found}

    def teaser(self, item):
        return Teaser(
            title=item.name,
            url=item.get_absolute_url(),
            summary=item.problem,
            kicker=str(_("Solution")),
            meta=[item.organisation.name],
            illustrative=item.illustrative,
        )


registry.register(SolutionDocuments(SolutionProfile))
registry.register_section(Section("showcase", _("Innovation showcase"), "/showcase/", order=45))
