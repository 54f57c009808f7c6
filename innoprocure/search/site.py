"""Site-wide search: one query over every registered document type, one ranking, results grouped by section.

Every section is ranked by the same scoring (innoprocure.search.query); a section's count and its best items
come from the same match, so a page costs a fixed number of queries: the text lookup, then one query per
section shown for its teasers.
"""

from dataclasses import dataclass, field

from django.utils.http import urlencode

from innoprocure.search import query, registry
from innoprocure.search.indexer import chunks
from innoprocure.search.models import IndexedDocument
from innoprocure.search.snapshot import get_snapshot


@dataclass
class Section:
    key: str
    title: str
    count: int
    items: list = field(default_factory=list)  # teasers
    more_url: str = ""  # where "see all" leads


@dataclass
class SiteResults:
    sections: list  # [Section] with results, in the sections' order
    did_you_mean: str = ""
    partial: bool = False  # nothing has every word: these match most of them
    concepts: list = field(default_factory=list)  # glossary concepts the words were read as


def _section_bits(snapshot, key):
    return snapshot.type_bits([kind.key for kind in registry.types_of_section(key)])


def _teasers(document_ids):
    """(ids, teasers) of those of these documents whose items still exist, in order: one query, then one per type."""
    rows = {}
    for batch in chunks(document_ids):
        rows.update(
            (pk, (doc_type, object_id))
            for pk, doc_type, object_id in IndexedDocument.objects.filter(pk__in=batch).values_list("pk", "doc_type", "object_id")
        )
    by_type = {}
    for doc_type, object_id in rows.values():
        by_type.setdefault(doc_type, []).append(object_id)
    found = {}
    for doc_type, object_ids in by_type.items():
        kind = registry.get(doc_type)
        if kind is not None:
            found.update({(doc_type, pk): teaser for pk, teaser in kind.teasers(object_ids).items()})
    kept = [pk for pk in document_ids if pk in rows and rows[pk] in found]
    return kept, [found[rows[pk]] for pk in kept]


def _match(q, snapshot):
    clauses = query.parse_query(q)
    if not clauses:
        return None
    return query.match_text(clauses, snapshot)


def section_url(q, key):
    section = registry.get_section(key)
    if section and section.full_search_url:
        return section.full_search_url() + "?" + urlencode({"q": q})
    return "?" + urlencode({"q": q, "section": key})


def site_search(q, limit=5, only=()):
    """SiteResults for `q`: each section with results (or only those in `only`), `limit` best items each."""
    snapshot = get_snapshot()
    text = _match(q, snapshot)
    if text is None:
        return SiteResults([])
    matched = query.match_bits(text, snapshot)
    found = []  # (section, count, ids)
    for section in registry.sections():
        if only and section.key not in only:
            continue
        bits = matched & _section_bits(snapshot, section.key)
        count = bits.bit_count()
        if count:
            found.append((section, count, query.page_ids(snapshot, bits, count, 0, limit, "relevance", text.scores)))
    teasers = dict(zip(*_teasers([pk for _s, _c, ids in found for pk in ids]), strict=True))  # all sections at once
    sections = [
        Section(
            section.key,
            str(section.title),
            count,
            [teasers[pk] for pk in ids if pk in teasers],
            more_url=section_url(q, section.key) if count > limit or section.full_search_url else "",
        )
        for section, count, ids in found
    ]
    return SiteResults(
        sections,
        did_you_mean=query.corrected_query(q, text.suggestions),
        partial=text.partial and bool(sections),
        concepts=text.concepts,
    )


def section_search(q, key, offset, limit):
    """One section's results, ranked: (count, [teaser])."""
    snapshot = get_snapshot()
    text = _match(q, snapshot)
    if text is None:
        return 0, []
    bits = query.match_bits(text, snapshot) & _section_bits(snapshot, key)
    count = bits.bit_count()
    ids = query.page_ids(snapshot, bits, count, offset, offset + limit, "relevance", text.scores)
    return count, _teasers(ids)[1]
