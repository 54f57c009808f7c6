"""What the P2I Network gives the search engine: competence centres, knowledge-exchange meetings and their
published papers, confirmed declaration signatories, and the network's pages."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.teasers import Teaser
from innoprocure.network.models import (
    CentreStatus,
    CompetenceCentre,
    ExpertOpinionPaper,
    KnowledgeExchangeMeeting,
    Signatory,
    SignatoryStatus,
    declaration_url,
)
from innoprocure.search import registry
from innoprocure.search.pages import IndexedModelDocuments, register_pages
from innoprocure.search.registry import DocumentType, Field, Section


def centre_teaser(centre):
    return Teaser(
        title=centre.name,
        url=centre.get_absolute_url(),
        summary=centre.description,
        kicker=str(_("Competence centre")),
        meta=[str(centre.country)] if centre.country_id else [],
    )


class MeetingDocuments(DocumentType):
    key = "network.knowledgeexchangemeeting"
    section = "network"
    fields = [Field("topic", 10), Field("summary", 4)]
    title_field = "topic"
    body_field = "summary"

    def published(self, item):
        return None

    def teaser(self, meeting):
        return Teaser(title=f"{meeting.title}: {meeting.topic}", url=meeting.get_absolute_url(), summary=meeting.summary,
                      kicker=str(_("Knowledge-exchange meeting")), date=meeting.date)  # fmt: skip


class PaperDocuments(DocumentType):
    key = "network.expertopinionpaper"
    section = "network"
    fields = [Field("title", 10), Field("summary", 4), Field("authors", 3)]
    body_field = "summary"

    def visible(self):
        return ExpertOpinionPaper.objects.filter(is_published=True).select_related("meeting")

    def published(self, item):
        return None

    def teaser(self, paper):
        return Teaser(title=paper.title, url=paper.get_absolute_url(), summary=paper.summary,
                      kicker=str(_("Expert opinion paper")), date=paper.publication_date)  # fmt: skip


class SignatoryDocuments(DocumentType):
    """Confirmed signatories only: requests being checked and declined ones are nobody's business."""

    key = "network.signatory"
    section = "network"
    fields = [Field("ministry", 10), Field("country", 3)]
    title_field = "ministry"

    def visible(self):
        return Signatory.objects.filter(status=SignatoryStatus.CONFIRMED).select_related("country")

    def published(self, item):
        return item.decided_at

    def teaser(self, signatory):
        return Teaser(title=signatory.ministry, url=declaration_url(), kicker=str(_("Declaration signatory")),
                      meta=[str(signatory.country)])  # fmt: skip


registry.register_section(Section("network", _("P2I Network"), "/network/", order=50))
registry.register(
    IndexedModelDocuments(
        CompetenceCentre,
        section="network",
        visible=lambda: CompetenceCentre.objects.exclude(status=CentreStatus.FORMER).select_related("country"),
        teaser=centre_teaser,
        facets=lambda centre: {"country": [centre.country_id] if centre.country_id else []},
        extra_fields=[Field("country", 3)],  # its name: "competence centre Austria"
    )
)
registry.register(MeetingDocuments(KnowledgeExchangeMeeting))
registry.register(PaperDocuments(ExpertOpinionPaper))
registry.register(SignatoryDocuments(Signatory))
register_pages("network", "network")
