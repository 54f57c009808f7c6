"""The story filters by category, year and tag (one FilterSet for the listing, the feeds, the API and saved searches).

The listing page ignores a value it cannot use and says so by the field; feeds and the API answer 400 for a
malformed one, because a program that sends a malformed parameter should hear about it rather than receive the
wrong data. A well-formed year or tag no story has is, for them, a question with an empty answer
(core/filtering.py: `program=True`).
"""

import re

from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from innoprocure.core.filtering import ListingFilter, ValueFilter, problem
from innoprocure.stories.models import StoryCategory

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")


def four_digit_year(value):
    if value.isascii() and value.isdigit() and len(value) == 4 and 1900 <= int(value) <= 2100:
        return int(value)
    raise problem(_("The year must be a four-digit number between 1900 and 2100."), value)


def tag_slug(value):
    if SLUG.match(value):
        return value
    raise problem(_("A tag is written with letters, digits and hyphens only."), value)


class Selected:
    """The usable values under the names the templates and feeds use (the FilterSet's own names are its filters)."""

    category = property(lambda self: self.value("category"))
    year = property(lambda self: self.value("year"))

    @property
    def tag(self):
        """The Tag, or for a program's tag nobody used, an unsaved one that matches no story; None without a tag."""
        slug = self.value("tag")
        return self.find_tag(slug) if slug else None

    @property
    def category_label(self):
        return StoryCategory(self.category).label if self.category else ""

    @property
    def active(self):
        return bool(self.category or self.year or self.tag)

    @property
    def ignored(self):
        return self.notices


class StoryFilter(Selected, ListingFilter):
    """The stories of `queryset` (published ones, newest first) in the category, year and tag asked for."""

    category = ValueFilter(
        known=StoryCategory.values,
        message=_("Unknown category “%(value)s”. Use one of: %(choices)s."),
        params={"choices": ", ".join(StoryCategory.values)},
    )
    year = ValueFilter(
        field_name="date__year",
        normalise=four_digit_year,
        known=(),  # set for the stories at hand
        unknown=True,
        message=_("No story was published in %(value)s."),
    )
    tag = ValueFilter(
        field_name="tagged_items__tag__slug",
        normalise=tag_slug,
        known=(),  # set below: tags are looked up once
        unknown=True,
        message=_("There is no tag “%(value)s”."),
    )

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["year"].extra["known"] = lambda year: self.queryset.filter(date__year=year).exists()
        self.filters["tag"].extra["known"] = lambda slug: self.find_tag(slug).pk is not None
        self.tags = {}

    def find_tag(self, slug):
        if slug not in self.tags:
            self.tags[slug] = Tag.objects.filter(slug=slug).first() or Tag(name=slug, slug=slug)
        return self.tags[slug]
