"""Expert opinion papers in the Resource Centre: every published paper has a live Resource that points back to it.

`sync_resource(paper)` is called whenever a paper is saved (see signals.py); it creates the Resource on first
publication, keeps title, summary, year and attachment in step afterwards, and unpublishes the Resource when the
paper is unpublished. Editors may enrich the Resource (sectors, stages, related resources); those fields are left
alone.
"""

from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape, format_html
from django.utils.text import slugify
from django.utils.translation import gettext as _

from innoprocure.core.models import Language
from innoprocure.core.taxonomies import Approach
from innoprocure.resources.models import Resource, ResourceAttachment, ResourceType

PUBLISHER = "P2I Network"
TAG = "expert opinion paper"


def _unique_slug(base, exclude_pk=None):
    slug = base[:240]
    candidate, number = slug, 2
    while Resource.objects.filter(slug=candidate).exclude(pk=exclude_pk).exists():
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def _body(paper):
    meeting = paper.meeting
    parts = [
        format_html(
            "<p>{}</p>",
            _("Expert Opinion Paper of the P2I Network, written after %(meeting)s on “%(topic)s”.")
            % {"meeting": meeting.title, "topic": meeting.topic},
        )
    ]
    if paper.authors:
        parts.append(format_html("<p>{}: {}</p>", _("Authors"), paper.authors))
    parts.append(f'<p><a href="{escape(meeting.get_absolute_url())}">{escape(_("About the meeting"))}</a></p>')
    return "".join(str(part) for part in parts)


def _attachment_name(paper):
    return PurePath(paper.document.file.name).name if paper.document else ""


def _sync_attachment(resource, paper):
    """One attachment: a copy of the paper's document, replaced when the document changes."""
    wanted = _attachment_name(paper)
    existing = list(resource.attachments.all())
    if not wanted:
        for attachment in existing:
            attachment.delete()
        return
    current = next((a for a in existing if PurePath(a.file.name).name == wanted or a.title == paper.title), None)
    if current is not None and PurePath(current.file.name).name == wanted:
        if current.title != paper.title:
            current.title = paper.title
            current.save(update_fields=["title"])
        return
    for attachment in existing:
        attachment.delete()
    with paper.document.file.open("rb") as source:
        content = ContentFile(source.read(), name=wanted)
    ResourceAttachment.objects.create(resource=resource, title=paper.title, file=content, sort_order=0)


@transaction.atomic
def sync_resource(paper):
    """Create or update the paper's Resource Centre entry; return it (None if the paper was never published)."""
    resource = paper.resource
    if resource is None and not paper.is_published:
        return None
    fields = {
        "title": paper.title,
        "summary": paper.summary,
        "body": _body(paper),
        "resource_type": ResourceType.REPORT,
        "publisher": PUBLISHER,
        "publication_year": paper.publication_date.year,
    }
    if resource is None:
        resource = Resource(
            slug=_unique_slug(slugify(f"expert-opinion-paper-{paper.meeting.number}-{paper.title}")),
            approach=Approach.BOTH,
            main_language=Language.objects.get(code="en"),
            **fields,
        )
        resource.save()
        resource.languages.add(resource.main_language)
        type(paper).objects.filter(pk=paper.pk).update(resource=resource)
        paper.resource = resource
    else:
        for name, value in fields.items():
            setattr(resource, name, value)
    resource.tags.add(TAG)
    _sync_attachment(resource, paper)
    if paper.is_published:
        resource.save()
        resource.save_revision(log_action=False).publish(log_action=False)
    elif resource.live:
        resource.save()
        resource.unpublish(log_action=False)
    else:
        resource.save()
    return resource
