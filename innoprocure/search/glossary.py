"""The multilingual glossary: innovation-procurement terms and their equivalents, used to expand queries.

Seeded from glossary.json (official terms of Directives 2014/24/EU and 2014/25/EU, the Commission's PCP
communication COM(2007) 799 and IATE) by a migration and `manage.py sync_glossary`; editors add concepts and
synonyms in the admin. A query's words that name a concept, in any language, match any of its names.
"""

import json
import threading
from pathlib import Path

from innoprocure.search import analysis

SEED = Path(__file__).with_name("glossary.json")
MAX_TERM_WORDS = 6


def seed_data():
    return json.loads(SEED.read_text(encoding="utf-8"))


def load_seed(concept_model, term_model, source_model=None):
    """Create the seeded concepts, terms, sources, facet values and narrower concepts that are missing; editors'
    changes and additions stay. Idempotent. Also runs in migrations, with the models of their time."""
    fields = {field.name for field in concept_model._meta.get_fields()}
    created = 0
    concepts = {}
    for entry in seed_data():
        defaults = {"definition": entry.get("definition", ""), "public": entry.get("public", True)}
        if "source" in fields:  # the schema before sources had their own table
            defaults["source"] = next((source.get("url", "") for source in entry.get("sources", [])), "")
        facets = " ".join(entry.get("facets", []))
        if "facets" in fields:
            defaults["facets"] = facets
        concept, new = concept_model.objects.get_or_create(slug=entry["slug"], defaults=defaults)
        concepts[entry["slug"]] = concept
        created += new
        if not new and "facets" in fields and facets and not concept.facets:
            concept_model.objects.filter(pk=concept.pk).update(facets=facets)
        order = term_model.objects.filter(concept=concept).count()
        for language, names in entry["terms"].items():
            for name in names:
                abbreviation = name.isupper() and len(name) <= 6
                _term, new = term_model.objects.get_or_create(
                    concept=concept, language=language, text=name, defaults={"abbreviation": abbreviation, "sort_order": order}
                )
                order += new
                created += new
        if source_model is not None:
            order = source_model.objects.filter(concept=concept).count()
            for source in entry.get("sources", []):
                _source, new = source_model.objects.get_or_create(
                    concept=concept,
                    title=source["title"],
                    defaults={
                        "url": source.get("url", ""),
                        "languages": " ".join(source.get("languages", [])),
                        "sort_order": order,
                    },
                )
                order += new
                created += new
    if "narrower" in fields:
        through = concept_model._meta.get_field("narrower").remote_field.through
        for entry in seed_data():
            for slug in entry.get("narrower", []):
                if slug in concepts:
                    _link, new = through.objects.get_or_create(
                        from_glossaryconcept_id=concepts[entry["slug"]].pk, to_glossaryconcept_id=concepts[slug].pk
                    )
                    created += new
    return created


def _key(words, analyser):
    """A name as a tuple of its analysed words in one language (stop words left out), or None."""
    get = analysis.get_analyser(analyser).terms
    key = []
    for word in words:
        terms = get(word)
        if terms:
            key.append(terms[0])
    return tuple(key) or None


def searchable_words(text):
    """The words of a name that a query can match: one-letter words left out, and stop words of any language in
    names of several words (a one-word name is kept whole: "AI" is an Italian stop word, "ai")."""
    words = [word for word in analysis.tokens(text) if 2 <= len(analysis.fold(word)) <= analysis.MAX_TOKEN]
    if len(words) > 1:
        words = [word for word in words if analysis.fold(word) not in analysis.ANY_STOPWORD]
    return words


class Lexicon:
    """Lookup from a name (analysed in its language) to its concepts, and from a concept to all its names (those
    of its narrower concepts included) and the facet values that count as naming it."""

    def __init__(self, rows, facets=None, narrower=None):
        self.keys = {}  # (analyser, key tuple) -> {concept slug}
        self.names = {}  # concept slug -> [[words]]
        self.facets = {}  # concept slug -> [(facet, value)]
        for slug, language, text in rows:
            words = searchable_words(text)
            if not words or len(words) > MAX_TERM_WORDS:
                continue
            self.names.setdefault(slug, [])
            if words not in self.names[slug]:
                self.names[slug].append(words)
            analyser = analysis.analyser_for(language)
            key = _key(words, analyser)
            if key:
                self.keys.setdefault((analyser, key), set()).add(slug)
        own_facets = facets or {}
        narrower = narrower or {}
        for slug in set(self.names) | set(own_facets):
            included = _closure(slug, narrower)
            names, pairs = list(self.names.get(slug, [])), list(own_facets.get(slug, []))
            for other in included:
                names += [name for name in self.names.get(other, []) if name not in names]
                pairs += [pair for pair in own_facets.get(other, []) if pair not in pairs]
            self.names[slug] = names
            self.facets[slug] = pairs

    def concepts(self, words):
        found = set()
        for code in analysis.ANALYSERS:
            key = _key(words, code)
            if key:
                found |= self.keys.get((code, key), set())
        return found


def _closure(slug, narrower):
    """The concepts below `slug`, at any depth (a cycle made in the admin stops where it closes)."""
    seen, stack = [], list(narrower.get(slug, ()))
    while stack:
        other = stack.pop()
        if other != slug and other not in seen:
            seen.append(other)
            stack.extend(narrower.get(other, ()))
    return seen


_lock = threading.Lock()
_cache = {}


def lexicon(version=None):
    """The lexicon of the current index version (editing the glossary changes the version); `version`: the one
    the caller has just read (a search reads it once, for its snapshot), saving a query."""
    from innoprocure.search.indexer import current_version
    from innoprocure.search.models import GlossaryConcept, GlossaryTerm, parse_facet_list

    version = version or current_version()
    found = _cache.get(version)
    if found is None:
        with _lock:
            rows = GlossaryTerm.objects.values_list("concept__slug", "language", "text").order_by(
                "concept__slug", "sort_order", "pk"
            )
            facets = {
                slug: parse_facet_list(text)
                for slug, text in GlossaryConcept.objects.exclude(facets="").values_list("slug", "facets")
            }
            narrower = {}
            links = GlossaryConcept.narrower.through.objects.values_list("from_glossaryconcept__slug", "to_glossaryconcept__slug")
            for broader, slug in links:
                narrower.setdefault(broader, []).append(slug)
            found = Lexicon(rows, facets, narrower)
            _cache.clear()
            _cache[version] = found
    return found


def group(clauses, clause_class, version=None):
    """Replace runs of words that name a glossary concept by one clause matching any name of the concept.

    The longest run wins ("public procurement of innovation" before "public procurement"); phrases in quotes
    are left as they are. `version`: the index version the caller has read (see lexicon).
    """
    lex = lexicon(version)
    if not lex.keys:
        return clauses
    grouped, index = [], 0
    while index < len(clauses):
        clause = clauses[index]
        match = None
        if not clause.phrase:
            longest = 0
            while longest < MAX_TERM_WORDS and index + longest < len(clauses) and not clauses[index + longest].phrase:
                longest += 1
            for size in range(longest, 0, -1):
                words = [c.words[0] for c in clauses[index : index + size]]
                concepts = lex.concepts(words)
                if concepts:
                    match = (size, words, sorted(concepts))
                    break
        if match is None:
            grouped.append(clause)
            index += 1
            continue
        size, words, concepts = match
        alternatives = [words]
        for slug in concepts:
            alternatives += [name for name in lex.names[slug] if name not in alternatives]
        facets = list(dict.fromkeys(pair for slug in concepts for pair in lex.facets.get(slug, [])))
        grouped.append(clause_class(words=words, alternatives=alternatives, concept=concepts[0], facets=facets))
        index += size
    return grouped


def _language_label(code):
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def public_concepts(q=""):
    """The public concepts as [{concept, title, others, names: [{code, language, terms}], includes: [titles],
    sources: [{title, url, languages}]}], those naming `q` if given."""
    from django.db.models import Prefetch

    from innoprocure.search.models import GlossaryConcept

    wanted = analysis.fold(q).split() if q else []
    found = []
    concepts = GlossaryConcept.objects.filter(public=True).prefetch_related(
        "terms", "sources", Prefetch("narrower", queryset=GlossaryConcept.objects.prefetch_related("terms"))
    )
    for concept in concepts:
        terms = sorted(concept.terms.all(), key=lambda term: (term.language != "en", term.language, term.sort_order))
        text = analysis.fold(" ".join([concept.definition] + [term.text for term in terms]))
        if wanted and not all(word in text for word in wanted):
            continue
        names = {}
        for term in terms:
            names.setdefault(term.language, []).append(term.text)
        labelled = [{"code": code, "language": _language_label(code), "terms": texts} for code, texts in names.items()]
        english = names.get("en", [concept.slug])
        sources = [
            {"title": source.title, "url": source.url, "languages": [_language_label(code) for code in source.language_codes()]}
            for source in concept.sources.all()
        ]
        includes = sorted(str(other) for other in concept.narrower.all())
        found.append(
            {
                "concept": concept,
                "title": english[0],
                "others": english[1:],
                "names": labelled,
                "includes": includes,
                "sources": sources,
            }
        )
    return sorted(found, key=lambda item: item["title"].casefold())
