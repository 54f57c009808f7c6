"""The P2I Network on the home page: its latest knowledge-exchange meetings and their expert opinion papers."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.teasers import Teaser
from innoprocure.network.models import KnowledgeExchangeMeeting

SECTION = (50, _("P2I Network"), "/network/")


def teaser(meeting):
    paper = getattr(meeting, "paper", None)
    if paper is not None and paper.is_published:
        return Teaser(
            title=paper.title,
            url=meeting.get_absolute_url(),
            summary=paper.summary,
            date=paper.publication_date,
            kicker=str(_("Expert Opinion Paper")),
            meta=[str(meeting.title)],
        )
    return Teaser(
        title=f"{meeting.title}: {meeting.topic}",
        url=meeting.get_absolute_url(),
        summary=meeting.summary,
        date=meeting.date,
        kicker=str(_("Knowledge exchange")),
        meta=[meeting.host.name] if meeting.host else [],
    )


def latest(limit=3, request=None):
    meetings = KnowledgeExchangeMeeting.objects.select_related("host", "paper").order_by("-date", "-number")[:limit]
    return [teaser(meeting) for meeting in meetings]
