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


def load_seed(concept_model, term_model):
    """Create the seeded concepts and terms that are missing; editors' changes and additions stay. Idempotent."""
    created = 0
    for entry in seed_data():
        concept, new = concept_model.objects.get_or_create(
            slug=entry["slug"], defaults={"definition": entry.get("definition", ""), "source": entry.get("source", "")}
        )
        created += new
        order = term_model.objects.filter(concept=concept).count()
        for language, names in entry["terms"].items():
            for name in names:
                abbreviation = name.isupper() and len(name) <= 6
                _term, new = term_model.objects.get_or_create(
                    concept=concept, language=language, text=name, defaults={"abbreviation": abbreviation, "sort_order": order}
                )
                order += new
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
    """Lookup from a name (analysed in its language) to its concepts, and from a concept to all its names."""

    def __init__(self, rows):
        self.keys = {}  # (analyser, key tuple) -> {concept slug}
        self.names = {}  # concept slug -> [[words]]
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

    def concepts(self, words):
        found = set()
        for code in analysis.ANALYSERS:
            key = _key(words, code)
            if key:
                found |= self.keys.get((code, key), set())
        return found


_lock = threading.Lock()
_cache = {}


def lexicon():
    """The lexicon of the current index version (editing the glossary changes the version)."""
    from innoprocure.search.indexer import current_version
    from innoprocure.search.models import GlossaryTerm

    version = current_version()
    found = _cache.get(version)
    if found is None:
        with _lock:
            rows = GlossaryTerm.objects.values_list("concept__slug", "language", "text").order_by(
                "concept__slug", "sort_order", "pk"
            )
            found = Lexicon(rows)
            _cache.clear()
            _cache[version] = found
    return found


def group(clauses, clause_class):
    """Replace runs of words that name a glossary concept by one clause matching any name of the concept.

    The longest run wins ("public procurement of innovation" before "public procurement"); phrases in quotes
    are left as they are.
    """
    lex = lexicon()
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
        grouped.append(clause_class(words=words, alternatives=alternatives, concept=concepts[0]))
        index += size
    return grouped


def public_concepts(q=""):
    """The public concepts as [{concept, names: [(language name, [terms])]}], those naming `q` if given."""
    from django.utils.translation import get_language_info

    from innoprocure.search.models import GlossaryConcept

    wanted = analysis.fold(q).split() if q else []
    found = []
    for concept in GlossaryConcept.objects.filter(public=True).prefetch_related("terms"):
        terms = sorted(concept.terms.all(), key=lambda term: (term.language != "en", term.language, term.sort_order))
        text = analysis.fold(" ".join([concept.definition] + [term.text for term in terms]))
        if wanted and not all(word in text for word in wanted):
            continue
        names = {}
        for term in terms:
            names.setdefault(term.language, []).append(term.text)
        labelled = []
        for code, texts in names.items():
            try:
                label = get_language_info(code)["name_translated"]
            except KeyError:
                label = code
            labelled.append({"code": code, "language": label, "terms": texts})
        english = names.get("en", [concept.slug])
        found.append({"concept": concept, "title": english[0], "others": english[1:], "names": labelled})
    return sorted(found, key=lambda item: item["title"].casefold())
