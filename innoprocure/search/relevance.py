"""Relevance you can measure: realistic queries with what a procurer expects among the first three results.

relevance.json holds the queries (English and other languages, questions, typos, acronyms). Each says where
it is asked ("resources": the Resource Centre; "site": the whole site) and what counts as a right answer: any
result matching one of its `expect` patterns — words in the title (folded: case and accents do not matter),
facet values (country, language, type), a section. Patterns name topics, terms and places, never an
organisation, so that renaming demo content keeps the set valid.

    hit rate = share of queries with a right answer in the top 3
    MRR      = mean of 1 / rank of the first right answer in the top 10 (0 when there is none)
"""

import json
from dataclasses import dataclass
from pathlib import Path

from innoprocure.search import query, registry
from innoprocure.search.analysis import fold
from innoprocure.search.models import IndexedDocument, parse_facets
from innoprocure.search.snapshot import get_snapshot

SET = Path(__file__).with_name("relevance.json")
TOP = 3
DEPTH = 10


def load_set(path=SET):
    return json.loads(Path(path).read_text(encoding="utf-8"))


@dataclass
class Outcome:
    q: str
    scope: str
    rank: int  # of the first right answer, 0 if none in the first DEPTH
    top: list  # titles of the first TOP results

    @property
    def hit(self):
        return 0 < self.rank <= TOP


def _matches(pattern, row):
    doc_type, title, facets = row
    if "section" in pattern:
        kind = registry.get(doc_type)
        if kind is None or kind.section != pattern["section"]:
            return False
    if "title" in pattern and not any(fold(words) in title for words in _listed(pattern["title"])):
        return False
    return all(value in facets.get(facet, []) for facet, value in pattern.items() if facet not in ("section", "title"))


def _listed(value):
    return value if isinstance(value, list) else [value]


def ranked(q, scope):
    """Document ids for `q`, best first (DEPTH of them), in the Resource Centre or across the site."""
    snapshot = get_snapshot()
    clauses = query.parse_query(q, version=snapshot.version)
    if not clauses:
        return []
    bits = snapshot.types.get("resources.resource", 0) if scope == "resources" else snapshot.public
    text = query.match_text(clauses, snapshot, scope=bits)
    matched = query.match_bits(text, snapshot) & bits
    return query.page_ids(snapshot, matched, matched.bit_count(), 0, DEPTH, "relevance", text.scores)


def evaluate(entries):
    outcomes = []
    for entry in entries:
        ids = ranked(entry["q"], entry.get("scope", "resources"))
        rows = {
            pk: (doc_type, title, parse_facets(facets))
            for pk, doc_type, title, facets in IndexedDocument.objects.filter(pk__in=ids).values_list(
                "pk", "doc_type", "title_sort", "facets"
            )
        }
        rank = next(
            (position for position, pk in enumerate(ids, start=1) if any(_matches(p, rows[pk]) for p in entry["expect"])),
            0,
        )
        outcomes.append(Outcome(entry["q"], entry.get("scope", "resources"), rank, [rows[pk][1] for pk in ids[:TOP]]))
    return outcomes


def figures(outcomes):
    """(hit rate, MRR) of a list of outcomes."""
    if not outcomes:
        return 0.0, 0.0
    hit_rate = sum(outcome.hit for outcome in outcomes) / len(outcomes)
    mrr = sum(1 / outcome.rank for outcome in outcomes if outcome.rank) / len(outcomes)
    return hit_rate, mrr
