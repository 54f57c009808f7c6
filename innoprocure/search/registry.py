"""The engine's contract: an app declares what it indexes, the way a Wagtail model declares `search_fields`.

    # innoprocure/<app>/indexing.py (found at start-up, like admin.py)
    from innoprocure.search import registry
    from innoprocure.search.registry import DocumentType, Field

    class OpportunityDocuments(DocumentType):
        key = "opportunities.opportunity"
        section = "opportunities"
        fields = [Field("title", 10), Field("summary", 4), Field("organisation", 3), Field("description", 2, html=True)]

        def visible(self):                       # what may be found: never drafts or private items
            return Opportunity.objects.filter(live=True)

        def teasers(self, objects): ...          # how a hit looks in site search

    registry.register(OpportunityDocuments(Opportunity))

A type may also say which language an item is in (`language`), its facet values (`facets`), when it was
published (`published`), its main text for snippets (`body_field`), and which other models' changes concern it
(`watch`). The engine keeps the index current through signals on the model and the watched models, and treats
every type alike: one ranking, one typo index, one glossary. It imports nothing from the apps that use it.
"""

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.encoding import force_str
from django.utils.text import capfirst

AUDIENCE = "audience"  # the facet naming who may find a restricted document (innoprocure.search.snapshot)

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")

# How much an occurrence counts by default, by field name: a title match outweighs any number of body matches
# (the body's 1 + ln(tf) stays below 5 up to tf = 50).
DEFAULT_WEIGHTS = {"title": 10.0, "tags": 6.0, "summary": 4.0, "publisher": 3.0, "body": 2.0, "attachments": 1.0}


def html_to_text(value):
    """Plain text of rich-text HTML: tags become spaces, entities are decoded."""
    if not value:
        return ""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", str(value)))).strip()


@dataclass(frozen=True)
class Field:
    """A text of an item and how much a word in it counts. `name` is an attribute or a method of the item."""

    name: str
    weight: float = 2.0
    html: bool = False

    def text(self, item):
        value = getattr(item, self.name, "")
        if callable(value):
            value = value()
        if value is None:
            return ""
        if hasattr(value, "stream_block"):  # a StreamField: its searchable text, as Wagtail's backends take it
            value = " ".join(force_str(part) for part in value.stream_block.get_searchable_content(value))
            return html_to_text(value)
        if isinstance(value, (list, tuple)):
            value = " · ".join(force_str(part) for part in value)
        value = force_str(value)
        return html_to_text(value) if self.html else value


@dataclass
class Document:
    """One visible item as the index sees it."""

    doc_type: str
    object_id: int
    analyser: str
    fields: list = field(default_factory=list)  # [(field name, text, weight)]
    facets: dict = field(default_factory=dict)  # {facet: [values]} (slugs, codes: no spaces)
    published: datetime | None = None
    title: str = ""
    body_text: str = ""

    @property
    def fingerprint(self):
        digest = hashlib.sha1(usedforsecurity=False)
        digest.update(self.analyser.encode())
        for name, text, weight in self.fields:
            digest.update(b"\x00" + f"{name}:{weight}".encode() + b"\x00" + text.encode("utf-8", "replace"))
        return digest.hexdigest()

    @property
    def restricted(self):
        """Only some may find it (its audiences); its words stay out of the "did you mean" vocabulary."""
        return bool(self.facets.get(AUDIENCE))

    def facet_text(self):
        return " ".join(
            f"{name}={value}" for name in sorted(self.facets) for value in sorted({str(v) for v in self.facets[name] if v})
        )


class DocumentType:
    """What one model contributes to the index. Subclass it, set `key`, `section` and `fields`, and register it."""

    key = ""  # unique, "<app>.<model>"
    section = ""  # the site search section its items are listed in
    fields = ()  # [Field]
    body_field = ""  # the field whose text snippets are taken from
    title_field = "title"
    watch = ()  # [(model, function(instance) -> ids of this type's items concerned)]

    def __init__(self, model):
        self.model = model

    def visible(self):
        """The items that are indexed: live, published, not withdrawn. Items that only some may read are in it
        only with `audiences`."""
        return self.model._default_manager.all()

    def audiences(self, item):
        """Who may find the item, as keys such as "forum-group-7"; empty (the default): everybody."""
        return []

    def viewer_audiences(self, user):
        """The audiences of this type's items that `user` belongs to (the user may be anonymous)."""
        return []

    def language(self, item):
        """The ISO 639-1 code of the item's language (its text is stemmed in it)."""
        return "en"

    def facets(self, item):
        return {}

    def published(self, item):
        return getattr(item, "first_published_at", None) or getattr(item, "created_at", None)

    def prepare(self, queryset):
        """The queryset documents are built from (add select_related / prefetch_related here)."""
        return queryset

    def documents(self, ids):
        """{id: Document} for those of `ids` that are visible; override for speed with very many items."""
        from innoprocure.search.analysis import analyser_for

        found = {}
        for item in self.prepare(self.visible().filter(pk__in=list(ids))):
            texts = [(f.name, f.text(item), f.weight) for f in self.fields]
            body = next((text for name, text, _w in texts if name == self.body_field), "")
            facets = self.facets(item)
            audiences = self.audiences(item)
            if audiences:
                facets = {**facets, AUDIENCE: list(audiences)}
            found[item.pk] = Document(
                doc_type=self.key,
                object_id=item.pk,
                analyser=analyser_for(self.language(item)),
                fields=texts,
                facets=facets,
                published=self.published(item),
                title=force_str(getattr(item, self.title_field, "") or ""),
                body_text=body,
            )
        return found

    def visible_ids(self):
        return self.visible().values_list("pk", flat=True)

    def teasers(self, ids):
        """{id: teaser} of these items for site search: anything with title, url, summary (kicker, meta, date)."""
        return {item.pk: self.teaser(item) for item in self.visible().filter(pk__in=list(ids)).order_by()}

    def teaser(self, item):
        url = item.get_absolute_url() if hasattr(item, "get_absolute_url") else getattr(item, "url", "")
        return {
            "title": force_str(getattr(item, self.title_field, "") or item),
            "url": url or "",
            "summary": next((f.text(item) for f in self.fields if f.name in ("summary", "introduction", "teaser")), ""),
            "kicker": capfirst(force_str(self.model._meta.verbose_name)),
        }

    def is_instance(self, instance):
        return isinstance(instance, self.model)

    def senders(self):
        """The models whose saves and deletions concern this type (a model and its concrete subclasses)."""
        return [self.model]

    def connect_signals(self, reindex):
        """Connect further signals (many-to-many changes, …); `reindex(ids)` re-indexes items of this type."""


@dataclass(frozen=True)
class Section:
    """A group of site search results, e.g. "Stories"; types name their section by key."""

    key: str
    title: str
    url: str  # the section's own page, for "see all"
    order: int = 50
    full_search_url: object = None  # () -> path of a page with a richer search of this section (Resource Centre)


_types = {}
_sections = {}


def register(document_type):
    if document_type.key in _types and type(_types[document_type.key]) is not type(document_type):
        raise ValueError(f"Two document types are registered as {document_type.key}")
    _types[document_type.key] = document_type
    return document_type


def register_section(section):
    _sections[section.key] = section
    return section


def types():
    return dict(_types)


def get(key):
    return _types.get(key)


def sections():
    return sorted(_sections.values(), key=lambda section: (section.order, section.key))


def get_section(key):
    return _sections.get(key)


def types_of_section(key):
    return [doc_type for doc_type in _types.values() if doc_type.section == key]


def audiences_for(user):
    """Every audience `user` belongs to, over all types: what site search may show them beyond the public."""
    found = set()
    for doc_type in _types.values():
        found.update(doc_type.viewer_audiences(user))
    return sorted(found)


def types_for(instance):
    """The registered types an object belongs to (a specific page may match a type registered for its class)."""
    return [doc_type for doc_type in _types.values() if doc_type.is_instance(instance)]
