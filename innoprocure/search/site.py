"""Site-wide search: one query over every registered document type, one ranking, results grouped by section.

Every section is ranked by the same scoring (innoprocure.search.query); a section's count and its best items
come from the same match, so a page costs a fixed number of queries: the text lookup, then one query per
section shown for its teasers.
"""

from dataclasses import dataclass, field
from itertools import compress

from django.utils.http import urlencode

from innoprocure.search import query, registry
from innoprocure.search.snapshot import bit_positions, get_snapshot


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


def _section_of(snapshot):
    """(section keys, bytearray id -> 1 + index of the section of the public document with that id, else 0,
    {id of a restricted document: 1 + index of its section}), computed once per snapshot."""
    found = snapshot.derived.get("sections")
    if found is None:
        keys = [section.key for section in registry.sections()]
        of, restricted = bytearray(snapshot.width), {}
        for number, key in enumerate(keys, start=1):
            bits = _section_bits(snapshot, key)
            for rid in bit_positions(bits & snapshot.public, snapshot.width):
                of[rid] = number
            for rid in bit_positions(bits & snapshot.restricted, snapshot.width):
                restricted[rid] = number
        found = snapshot.derived["sections"] = (keys, of, restricted)
    return found


def _section_bits(snapshot, key):
    return snapshot.type_bits([kind.key for kind in registry.types_of_section(key)])


def _findable(snapshot, scores, audiences):
    """(section number of each matched id, {restricted id the viewer may find: section number})."""
    keys, of, restricted = _section_of(snapshot)
    own = {}
    if audiences:  # the restricted documents this viewer may find (a member's private forum threads)
        bits = snapshot.visible_to(audiences) & snapshot.restricted
        own = {rid: number for rid, number in restricted.items() if rid in scores and bits >> rid & 1}
    return keys, of, own


# For each section number, a bytes.translate table that maps it to 1 and every other byte to 0.
_ONLY = [bytes(int(value == number) for value in range(256)) for number in range(256)]


def _numbered(of, scores):
    """(the matched ids a section may hold, in the matches' order; bytes: the section number of each)."""
    width = len(of)
    ids = list(scores) if not scores or max(scores) < width else [rid for rid in scores if rid < width]
    return ids, bytes(map(of.__getitem__, ids))  # C-level: no Python code runs per match


def _section_members(ids, numbers, own, number):
    """The matched ids of one section, in the matches' order: `numbers` translated to 1 where the section's number
    is and 0 elsewhere selects them, in C (a comprehension costs 5–6 times as much)."""
    members = list(compress(ids, numbers.translate(_ONLY[number])))
    return members + [rid for rid, n in own.items() if n == number]


def _best_by_section(snapshot, scores, audiences, limit, only=()):
    """{section key: (count, best `limit` ids)} of the sections with matches the viewer may find.

    Counted in one pass; the best of each section come from the matches scoring at least a threshold chosen so
    that a few hundred do (estimated on a sample of the scores): every other match scores less, so a section
    with `limit` of them there has its best there. A section with fewer gets a pass over its own matches.
    """
    keys, of, own = _findable(snapshot, scores, audiences)
    width = len(of)
    ids, numbers = _numbered(of, scores)  # the section number of each match (0: nobody's to find here)
    counts = {number: numbers.count(number) for number in range(1, len(keys) + 1)}
    for number in own.values():
        counts[number] += 1
    wanted = [number for number, key in enumerate(keys, start=1) if counts[number] and (not only or key in only)]
    if not wanted:
        return {}
    newest, get = snapshot.newest_rank, scores.__getitem__
    threshold = query.estimated_threshold(list(scores.values()), limit * len(wanted) * 8)
    prefix = [rid for rid, score in scores.items() if score >= threshold]
    prefix.sort(key=get, reverse=True)
    taken = {number: [] for number in wanted}
    for rid in prefix:
        number = (of[rid] if rid < width else 0) or own.get(rid, 0)
        if number in taken:
            taken[number].append(rid)
    found = {}
    for number in wanted:
        count, mine = counts[number], taken[number]
        if len(mine) >= min(limit, count):
            last = get(mine[min(limit, count) - 1])
            pool = [rid for rid in mine if get(rid) >= last]
            pool.sort(key=lambda rid: (-get(rid), newest[rid] if rid < len(newest) else 0))
            ids_shown = pool[:limit]
        else:
            ids_shown = query.top_ids(_section_members(ids, numbers, own, number), scores, newest, 0, limit)
        found[keys[number - 1]] = (count, ids_shown)
    return found


def _teasers(snapshot, document_ids):
    """(ids, teasers) of those of these documents whose items still exist, in order: one query per document type
    (the snapshot knows each document's type and item)."""
    rows = {pk: item for pk in document_ids if (item := snapshot.item(pk)) is not None}
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


def _match(q, snapshot, visible):
    clauses = query.parse_query(q, version=snapshot.version)
    if not clauses:
        return None
    return query.match_text(clauses, snapshot, scope=visible)


def section_url(q, key):
    section = registry.get_section(key)
    if section and section.full_search_url:
        return section.full_search_url() + "?" + urlencode({"q": q})
    return "?" + urlencode({"q": q, "section": key})


def site_search(q, limit=5, only=(), audiences=()):
    """SiteResults for `q`: each section with results (or only those in `only`), `limit` best items each.

    `audiences` (registry.audiences_for(user)): the restricted documents the viewer may find besides the public.
    """
    snapshot = get_snapshot()
    text = _match(q, snapshot, snapshot.visible_to(audiences))
    if text is None:
        return SiteResults([])
    best = _best_by_section(snapshot, text.scores, audiences, limit, only)
    found = [(section, *best[section.key]) for section in registry.sections() if section.key in best]  # (section, count, ids)
    teasers = dict(zip(*_teasers(snapshot, [pk for _s, _c, ids in found for pk in ids]), strict=True))  # all sections at once
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


def section_search(q, key, offset, limit, audiences=()):
    """One section's results, ranked: (count, [teaser])."""
    snapshot = get_snapshot()
    text = _match(q, snapshot, snapshot.visible_to(audiences))
    if text is None:
        return 0, []
    keys, of, own = _findable(snapshot, text.scores, audiences)
    candidates = _section_members(*_numbered(of, text.scores), own, keys.index(key) + 1) if key in keys else []
    if offset >= len(candidates):
        return len(candidates), []
    ids = query.top_ids(candidates, text.scores, snapshot.newest_rank, offset, offset + limit)
    return len(candidates), _teasers(snapshot, ids)[1]
