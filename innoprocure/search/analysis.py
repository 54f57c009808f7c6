"""Text analysis shared by the indexer and the query side: the same function turns a word into index terms.

A term is "<analyser>:<form>". Each document is analysed with the analyser of its main language (Snowball
stemming for en, de, fr, es, it, nl, el and pt; folding only for any other language). A query word is analysed
with every analyser, and a document matches when the query word, analysed in the document's language, gives one
of the document's terms: exactly what the indexer produced for the same word in that document.

Folding: case-folded, accents dropped (NFKD without combining marks) and a few letters NFKD keeps (ø, ł, æ …)
spelled out. A word gives up to two forms per language, fold(stem(word)) and stem(fold(word)), because Snowball
stemmers recognise some endings only with their accents (Portuguese "-ção"): a query typed without accents
("inovacao") then still meets the text written with them ("inovação").
"""

import math
import re
import threading
import unicodedata

import snowballstemmer

from innoprocure.search.stopwords import STOPWORDS

# ISO 639-1 code -> Snowball algorithm.
STEMMED_LANGUAGES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "el": "greek",
    "pt": "portuguese",
}
SIMPLE = "xx"  # analyser for every other language: folding, no stemming, no stop words
ANALYSERS = (*STEMMED_LANGUAGES, SIMPLE)

FIELD_GAP = 10  # positions left between fields, so that a quoted phrase never spans two of them
MAX_TOKEN = 40  # longer "words" (hashes, URLs run together) are not indexed
MAX_POSITIONS = 200  # positions kept per term and document, for phrase matching
WEIGHT_SCALE = 100  # weights are stored as integers: round(weight * WEIGHT_SCALE)

WORD = re.compile(r"[^\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_LETTERS_KEPT_BY_NFKD = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def fold(text):
    """Lower case without accents: "Innovación" -> "innovacion", "Προμήθεια" -> "προμηθεια"."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold())).translate(_LETTERS_KEPT_BY_NFKD)


def normalise(text):
    """Composed (NFC) and case-folded, so that the word pattern sees whole words."""
    return unicodedata.normalize("NFC", text).casefold()


def tokens(text):
    """The words of a text, normalised, in order (every one takes a position, indexed or not)."""
    return WORD.findall(normalise(text))


_FOLDED_STOPWORDS = {code: frozenset(fold(word) for word in words) for code, words in STOPWORDS.items()}
ANY_STOPWORD = frozenset().union(*_FOLDED_STOPWORDS.values())


class Analyser:
    """Word -> index terms for one language, with a cache (stemming costs ~25 µs a word in pure Python)."""

    CACHE_SIZE = 200_000

    def __init__(self, code):
        self.code = code
        self.algorithm = STEMMED_LANGUAGES.get(code)
        self.stopwords = _FOLDED_STOPWORDS.get(code, frozenset())
        self._cache = {}
        self._local = threading.local()  # Snowball stemmer objects keep state while they work

    def _stemmer(self):
        stemmer = getattr(self._local, "stemmer", None)
        if stemmer is None:
            stemmer = self._local.stemmer = snowballstemmer.stemmer(self.algorithm)
        return stemmer

    def analyse(self, token):
        """(terms, vocabulary word or None) for a normalised token; no terms for stop words and junk."""
        cached = self._cache.get(token)
        if cached is None:
            cached = self._analyse(token)
            if len(self._cache) >= self.CACHE_SIZE:
                self._cache.clear()
            self._cache[token] = cached
        return cached

    def terms(self, token):
        return self.analyse(token)[0]

    def _analyse(self, token):
        folded = fold(token)
        if len(folded) < 2 or len(folded) > MAX_TOKEN or folded in self.stopwords:
            return (), None
        word = folded if 4 <= len(folded) <= 30 and folded.isalpha() else None
        if self.algorithm is None:
            return (f"{self.code}:{folded}",), word
        stemmer = self._stemmer()
        stem = stemmer.stemWord(folded)
        # Without accents to fold the two forms are one; stemming costs ~25 µs, so skip the second.
        forms = {stem} if folded == token else {stem, fold(stemmer.stemWord(token))}
        return tuple(sorted(f"{self.code}:{form}" for form in forms if form)), word


_ANALYSERS = {code: Analyser(code) for code in ANALYSERS}


def analyser_for(language_code):
    """The analyser code for a language (ISO 639-1): its own if stemmed, the simple one otherwise."""
    return language_code if language_code in STEMMED_LANGUAGES else SIMPLE


def get_analyser(code):
    return _ANALYSERS[code]


def query_terms(token, analysers=ANALYSERS):
    """Every term a query word can match: its analysis in each language."""
    terms = set()
    for code in analysers:
        terms.update(_ANALYSERS[code].terms(token))
    return terms


def analyse_document(fields, analyser_code):
    """Index entries of one document: ({term: (weight, positions)}, vocabulary words, token count).

    `fields` is [(field name, text, weight)]. Per field a term counts weight * (1 + ln tf); the weight of a term
    in the document is the sum over fields. Every word takes a position, indexed or not.
    """
    analyse = _ANALYSERS[analyser_code].analyse
    weights = {}
    positions = {}
    words = set()
    position = 0
    for _name, text, field_weight in fields:
        if not text:
            continue
        tokens = WORD.findall(normalise(text))
        # Occurrences per distinct word first (one dictionary step a word), then terms per distinct word.
        occurrences = {}
        for index, token in enumerate(tokens, start=position + 1):
            found = occurrences.get(token)
            if found is None:
                occurrences[token] = [index]
            else:
                found.append(index)
        position += len(tokens)
        field_counts = {}
        for token, where in occurrences.items():
            terms, word = analyse(token)
            if not terms:
                continue
            if word is not None:
                words.add(word)
            for term in terms:
                field_counts[term] = field_counts.get(term, 0) + len(where)
                kept = positions.get(term)
                if kept is None:
                    positions[term] = where[:MAX_POSITIONS]
                elif len(kept) < MAX_POSITIONS:
                    positions[term] = kept + where
        for term, count in field_counts.items():
            weights[term] = weights.get(term, 0.0) + field_weight * (1.0 + math.log(count))
        position += FIELD_GAP
    entries = {}
    for term, weight in weights.items():
        kept = positions[term]
        if len(kept) > 1:
            kept = sorted(kept)[:MAX_POSITIONS]
        entries[term] = (round(weight * WEIGHT_SCALE), kept)
    return entries, words, position


def encode_positions(positions):
    return " ".join(map(str, positions))


def decode_positions(text):
    return {int(part) for part in text.split()} if text else set()


# --- spelling -----------------------------------------------------------------------------------------------------


def deletes(word):
    """The word without one of its letters, every way: the keys of the typo index (symmetric delete)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def variants(word):
    return deletes(word) | {word}


def max_typos(word):
    """Edits tolerated: none for short words, one up to 7 letters, two beyond."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


def edit_distance(a, b, limit=2):
    """Optimal string alignment distance (a swap of two neighbours counts 1); limit + 1 once above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[len(b)], limit + 1)
