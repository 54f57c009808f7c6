"""The forum's search: words (the site's search engine) and filters over the discussions a reader may read.

    found = ThreadSearch(request.GET, reader=request.user)   # the search page
    found.ranked()                                            # matching discussions, best match (or latest) first
    found.problems                                            # what was not understood (ignored, shown as a notice)

The alerts read a saved forum search with the same class (`alerts/matching.py`): `unrestricted=True` looks through
every group's discussions, because one saved search is matched once for everybody who saved it; each recipient then
gets only what `policy.can_see_thread` lets them read (`forum.search.readers_of`).
"""

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from innoprocure.forum.indexing import ThreadDocuments, group_audience
from innoprocure.forum.models import ForumGroup, GroupKind, Thread, ThreadKind
from innoprocure.forum.search import readable_group_ids, readable_threads
from innoprocure.search.query import clean_query

MAX_QUERY_LENGTH = 200
MAX_VALUE_LENGTH = 100  # a group's slug has at most 80 characters
ANSWERED, UNANSWERED = "yes", "no"
ANSWERED_CHOICES = [(ANSWERED, gettext_lazy("Answered questions")), (UNANSWERED, gettext_lazy("Questions not answered yet"))]
KEY = ThreadDocuments.key
PARAMETERS = ("q", "group", "type", "answered")


def word_scores(q, audiences=None, among=None):
    """{thread id: score} of the discussions whose title or visible posts have every word of `q` (stemmed, typos
    corrected, the glossary applied), or None when `q` has no word to look for.

    `audiences`: the closed and private groups' discussions that may be found besides the open groups' (the reader's
    groups); None finds every group's (the alerts only, which check each recipient). `among`: only these thread ids."""
    from innoprocure.search.indexer import chunks
    from innoprocure.search.models import IndexedDocument
    from innoprocure.search.query import match_bits, match_text, parse_query
    from innoprocure.search.snapshot import bit_positions, get_snapshot

    clauses = parse_query(q)
    if not clauses:
        return None
    snapshot = get_snapshot()
    scope = snapshot.types.get(KEY, 0)
    if audiences is not None:
        scope &= snapshot.visible_to(audiences)
    text = match_text(clauses, snapshot, scope=scope, fill=False)
    bits = match_bits(text, snapshot, visible=scope)
    documents = IndexedDocument.objects.filter(doc_type=KEY)
    found = {}
    if among is not None:
        for batch in chunks(sorted(among)):
            for pk, object_id in documents.filter(object_id__in=batch).values_list("pk", "object_id"):
                if bits >> pk & 1:
                    found[object_id] = text.scores[pk]
        return found
    for batch in chunks(bit_positions(bits, snapshot.width)):
        for pk, object_id in documents.filter(pk__in=batch).values_list("pk", "object_id"):
            found[object_id] = text.scores[pk]
    return found


class ThreadSearch(django_filters.FilterSet):
    q = django_filters.CharFilter(label=gettext_lazy("Words"), method="search_words")
    group = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Group"),
        field_name="group",
        to_field_name="slug",
        queryset=ForumGroup.objects.none(),
        empty_label=gettext_lazy("All groups"),
        error_messages={"invalid_choice": gettext_lazy("“%(value)s” is not a group whose discussions you may read.")},
    )
    type = django_filters.ChoiceFilter(
        label=gettext_lazy("Type"),
        field_name="kind",
        choices=ThreadKind.choices,
        empty_label=gettext_lazy("Discussions and questions"),
        error_messages={"invalid_choice": gettext_lazy("There is no type of discussion “%(value)s”.")},
    )
    answered = django_filters.ChoiceFilter(
        label=gettext_lazy("Answer"),
        choices=ANSWERED_CHOICES,
        method="filter_answered",
        empty_label=gettext_lazy("Answered or not"),
        error_messages={"invalid_choice": gettext_lazy("“%(value)s” is neither “yes” (answered) nor “no” (not answered yet).")},
    )

    class Meta:
        model = Thread
        fields = []
        form = forms.Form

    def __init__(self, data=None, queryset=None, *, reader=None, unrestricted=False, among=None):
        """`reader`: whose search it is (their closed and private groups are searched besides the open ones);
        `unrestricted`: every group's discussions, for the alerts only (see the module's docstring); `among`: only
        these thread ids."""
        self.among = among
        self.notes = []  # problems the page works around (a search shortened)
        if unrestricted:
            self.group_ids, self.audiences = None, None
            groups = ForumGroup.objects.all()
        else:
            self.group_ids = readable_group_ids(reader)
            self.audiences = [group_audience(pk) for pk in sorted(self.group_ids)]
            groups = ForumGroup.objects.filter(kind=GroupKind.OPEN) | ForumGroup.objects.filter(pk__in=sorted(self.group_ids))
        if queryset is None:
            queryset = Thread.objects.filter(hidden=False) if unrestricted else readable_threads(reader, self.group_ids)
        self.scores = None
        super().__init__(self._tidy(data), queryset)
        self.filters["group"].queryset = groups.order_by("name")

    def _tidy(self, data):
        """The parameters without control characters and surplus spaces; a search too long is shortened."""
        if data is None:
            return None
        tidy = QueryDict(mutable=True)
        for name in PARAMETERS:
            value = clean_query(str(data.get(name) or ""))
            if name == "q" and len(value) > MAX_QUERY_LENGTH:
                self.notes.append(_("Your search was shortened to its first %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH})
                value = value[:MAX_QUERY_LENGTH]
            elif name != "q":
                value = value[:MAX_VALUE_LENGTH]
            if value:
                tidy[name] = value
        return tidy

    @property
    def problems(self):
        """What was not understood, one sentence each: the page ignores it, the alerts refuse to save it."""
        return [*self.notes, *(str(message) for errors in self.errors.values() for message in errors)]

    def search_words(self, queryset, name, value):
        scores = word_scores(value, self.audiences, self.among)
        if scores is None:
            return queryset
        self.scores = scores
        return queryset.filter(pk__in=sorted(scores))

    def filter_answered(self, queryset, name, value):
        return queryset.filter(kind=ThreadKind.QUESTION, accepted_answer__isnull=value == UNANSWERED)

    def cleaned(self):
        self.errors  # noqa: B018 - validates the form
        return getattr(self.form, "cleaned_data", {})

    def canonical(self):
        """The search as a query string's pairs in a fixed order, without what was not understood."""
        data = self.cleaned()
        group = data.get("group")
        pairs = [
            ("q", data.get("q") or ""),
            ("group", group.slug if group is not None else ""),
            ("type", data.get("type") or ""),
            ("answered", data.get("answered") or ""),
        ]
        return [(name, value) for name, value in pairs if value]

    @property
    def is_filtered(self):
        return bool(self.canonical())

    def ids(self):
        """The ids of the matching discussions (for the alerts: a set)."""
        return set(self.qs.order_by().values_list("pk", flat=True))

    def ranked(self):
        """The ids of the matching discussions, the best match first when words were given (a list), else the latest
        activity first (a query, which a paginator counts and slices in the database)."""
        rows = self.qs.order_by("-last_activity_at", "-pk").values_list("pk", flat=True)
        if not self.scores:
            return rows
        return sorted(rows, key=lambda pk: -self.scores[pk])  # stable: equal scores stay latest first
