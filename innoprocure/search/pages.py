"""Document types built from Wagtail's own declarations: a model's `search_fields` say what is indexed.

    registry.register(PageDocuments(StoryPage, section="stories"))      # live, public pages only
    registry.register(IndexedModelDocuments(CompetenceCentre, section="network", visible=…))

A SearchField's boost multiplies its weight; the title counts most, then teasers and summaries, then the body.
"""

from datetime import date, datetime

from django.utils.encoding import force_str
from django.utils.text import capfirst
from wagtail.search import index

from innoprocure.search.registry import DEFAULT_WEIGHTS, DocumentType, Field, get_section

NAME_WEIGHTS = {
    **DEFAULT_WEIGHTS,
    "name": 10.0,
    "teaser": 4.0,
    "introduction": 4.0,
    "search_description": 4.0,
    "description": 3.0,
    "organisation": 3.0,
    "parent_organisation": 3.0,
}
SUMMARY_FIELDS = ("teaser", "summary", "introduction", "description", "search_description")


def fields_of(model, weights=None):
    """[Field] from the model's search_fields (SearchField only; filters and autocomplete are Wagtail's business)."""
    weights = {**NAME_WEIGHTS, **(weights or {})}
    found = {}
    for search_field in model.get_search_fields():
        if type(search_field) is not index.SearchField:
            continue
        name = search_field.field_name
        weight = weights[name] if name in weights else 2.0 * (search_field.boost or 1)
        model_field = next((f for f in model._meta.get_fields() if f.name == name), None)
        rich = model_field is not None and type(model_field).__name__ == "RichTextField"
        found[name] = Field(name, weight, html=rich)
    return list(found.values())


class IndexedModelDocuments(DocumentType):
    """Any model with Wagtail `search_fields`; `visible` (a function giving the queryset) says what may be found."""

    def __init__(
        self, model, section, visible=None, key=None, weights=None, teaser=None, language=None, facets=None, extra_fields=()
    ):
        super().__init__(model)
        self.key = key or model._meta.label_lower
        self.section = section
        self.fields = fields_of(model, weights) + list(extra_fields)
        self.title_field = next((f.name for f in self.fields if f.name in ("title", "name")), "title")
        self.body_field = next((f.name for f in self.fields if f.name in ("body", "description", "text")), "")
        self._visible, self._teaser, self._language, self._facets = visible, teaser, language, facets

    def visible(self):
        return self._visible() if self._visible else super().visible()

    def teaser(self, item):
        return self._teaser(item) if self._teaser else super().teaser(item)

    def language(self, item):
        return self._language(item) if self._language else super().language(item)

    def facets(self, item):
        return self._facets(item) if self._facets else {}


class PageDocuments(IndexedModelDocuments):
    """Live pages without a view restriction, in the language of their locale."""

    def __init__(self, model, section, **options):
        super().__init__(model, section, **options)

    def visible(self):
        queryset = self.model.objects.live().public()
        return self._visible(queryset) if self._visible else queryset

    def prepare(self, queryset):
        return queryset.select_related("locale")

    def teasers(self, ids):
        # Live ones only; privacy is the index's business (a view restriction removes the pages from it at once).
        # Unordered: the teasers are looked up by id, and leaving out Wagtail's ORDER BY path saves compiling it.
        return {page.pk: self.teaser(page) for page in self.model.objects.live().filter(pk__in=list(ids)).order_by()}

    def language(self, item):
        return self._language(item) if self._language else item.locale.language_code[:2]

    def published(self, item):
        return item.first_published_at

    def is_instance(self, instance):
        return type(instance) is self.model

    def teaser(self, page):
        if self._teaser:
            return self._teaser(page)
        summary = next(
            (force_str(v) for name in SUMMARY_FIELDS if isinstance(v := getattr(page, name, ""), str) and v.strip()), ""
        )
        when = next((v for name in ("date", "start") if isinstance(v := getattr(page, name, None), (date, datetime))), None)
        return {
            "title": page.title,
            "url": page.url or "",
            "summary": summary,
            "date": when,
            "kicker": self.kicker(page),
        }

    def kicker(self, page):
        """The label above a result: the page's own `search_kicker`, else its section's name — never a CMS type
        name such as "Network index page", which means nothing to a visitor."""
        own = getattr(page, "search_kicker", None)
        if own:
            return capfirst(force_str(own))
        section = get_section(self.section)
        return force_str(section.title) if section else ""

    def connect_signals(self, reindex):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction

        def restriction_changed(sender, instance, raw=False, **kwargs):
            """A view restriction hides (or, removed, shows again) the page and everything below it."""
            if raw:
                return
            pages = self.model.objects.descendant_of(instance.page, inclusive=True)
            reindex(list(pages.values_list("pk", flat=True)))

        self._restriction_handler = restriction_changed  # signals keep weak references
        uid = f"sitesearch-{self.key}-restriction"
        post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-saved")
        post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-deleted")


def register_pages(app_label, section, exclude=(), **options):
    """Register every page model of an app (but `exclude`) for one section; returns the types registered."""
    from django.apps import apps
    from wagtail.models import Page

    from innoprocure.search import registry

    registered = []
    for model in apps.get_app_config(app_label).get_models():
        if issubclass(model, Page) and model not in exclude and not model._meta.abstract:
            registered.append(registry.register(PageDocuments(model, section, **options)))
    return registered
