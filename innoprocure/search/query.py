"""The query side of the engine: from what a visitor typed to scored documents of any registered type.

- Words combine with AND; a document matches a word when the word, analysed in the document's language
  (stemming, accent folding), is one of its terms. Score = sum over words of idf x weight.
- Question and filler words ("how do I …") are dropped; stop words too, unless nothing else is left.
- A word or words found in the glossary become a group: the document matches the group when it contains any
  of the concept's names, in any language ("TCO" finds "life-cycle costing", "vorkommerzielle Auftragsvergabe"
  finds "pre-commercial procurement").
- "Quoted phrases" must also appear as consecutive words (checked on positions).
- A word that matches nothing is replaced by the closest vocabulary word (one or two edits); a likelier
  spelling is offered as "did you mean", never a word rarer than the one typed when that one exists.
- When no document in scope contains every word, those that match most of them are returned, ranked by how
  many and which words they match (`TextMatch.partial`).
"""

import heapq
import math
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection

from innoprocure.search import analysis, glossary
from innoprocure.search.indexer import chunks, unpack
from innoprocure.search.models import Posting, Term, Word, WordVariant
from innoprocure.search.snapshot import bit_flags, bit_positions, bits_from_positions
from innoprocure.search.stopwords import QUESTION_WORDS, TASK_VERBS

MAX_QUERY_WORDS = 32
RESTRICT_LIMIT = 5000  # below this many candidates, phrase positions are read for the candidates only
PARTIAL_RANK = 1_000_000.0  # a document matching one more word always ranks above (scores stay far below)
RARITY_RANK = 1_000.0  # then the rarer the words matched, the better
TOP_NARROWING = 2000  # above this many candidates, a top-k first narrows them to those above a sampled threshold
TYPED_BOOST = 1.25  # in a glossary group, the name as typed weighs a little more than its equivalents
# An item with a facet value of a glossary concept (approach=ppi, sector=health-care) names the concept as
# much as a mention in a field of weight 3 (the Resource Centre's countries and sectors) would.
FACET_WEIGHT = 3.0 * analysis.WEIGHT_SCALE

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‟": '"', "″": '"', "＂": '"'})


def clean_query(value):
    """The query without control characters (NUL included) and surplus spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


@dataclass
class Clause:
    """A word; a quoted phrase (words in order; None for a word that only holds a place, like "of"); or a
    glossary group (`alternatives`: the concept's names, each a list of words, the words as typed first;
    `facets`: the (facet, value) pairs whose items count as naming the concept)."""

    words: list
    phrase: bool = False
    alternatives: list = field(default_factory=list)
    concept: str = ""
    facets: list = field(default_factory=list)

    @property
    def label(self):
        return " ".join(word for word in self.words if word)


def _droppable(word):
    folded = analysis.fold(word)
    return folded in analysis.ANY_STOPWORD or folded in QUESTION_WORDS


def parse_query(q, expand=True, version=None):
    """Clauses of a query: quoted parts are phrases, an unmatched quote is ignored, the rest are words.

    `version`: the index version the caller has read (its snapshot's), so the glossary need not read it again.
    """
    parts = clean_query(q).translate(_QUOTES).split('"')
    if len(parts) % 2 == 0:  # odd number of quotes: the last one opens nothing
        parts[-2:] = [parts[-2] + " " + parts[-1]]
    clauses, count = [], 0
    for index, part in enumerate(parts):
        # Words too short or too long to be indexed would match nothing; in a phrase they still hold a place.
        words = [word if 2 <= len(analysis.fold(word)) <= analysis.MAX_TOKEN else None for word in analysis.tokens(part)]
        if not index % 2:
            words = [word for word in words if word is not None]
        words = words[: MAX_QUERY_WORDS - count]
        count += len(words)
        if index % 2 and len(words) > 1:
            clauses.append(Clause(words=words, phrase=True))
        else:
            clauses.extend(Clause(words=[word]) for word in words if word is not None)
    # Stop words and question words are dropped, unless the query has nothing else; in a phrase they hold a place.
    # In a question, so are the verbs that say what to do ("how do I run …").
    question = any(not c.phrase and analysis.fold(c.words[0]) in QUESTION_WORDS for c in clauses)
    meaningful = [
        c for c in clauses if c.phrase or not (_droppable(c.words[0]) or (question and analysis.fold(c.words[0]) in TASK_VERBS))
    ]
    if meaningful:
        clauses = meaningful
    for clause in clauses:
        if clause.phrase:
            clause.words = [
                None if word is None or analysis.fold(word) in analysis.ANY_STOPWORD else word for word in clause.words
            ]
            if sum(word is not None for word in clause.words) < 2:
                clause.phrase = False
                clause.words = [word for word in clause.words if word is not None][:1] or clause.words[:1]
    clauses = [clause for clause in clauses if clause.words]
    return glossary.group(clauses, Clause, version) if expand else clauses


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _q(name):
    return connection.ops.quote_name(name)


def fetch_postings(term_ids, document_ids=None, columns="document_id, weight"):
    """Rows of postings of `term_ids` (optionally for `document_ids` only)."""
    term_marks = ", ".join(["%s"] * len(term_ids))
    base = f"SELECT {columns} FROM {_table(Posting)} WHERE term_id IN ({term_marks})"  # noqa: S608 - no user text
    rows = []
    with connection.cursor() as cursor:
        if document_ids is None:
            cursor.execute(base, list(term_ids))
            return cursor.fetchall()
        for batch in chunks(sorted(document_ids), 900 - len(term_ids)):
            marks = ", ".join(["%s"] * len(batch))
            cursor.execute(f"{base} AND document_id IN ({marks})", [*term_ids, *batch])
            rows.extend(cursor.fetchall())
    return rows


@dataclass(frozen=True)
class TermInfo:
    pk: int
    df: int
    analyser: str


@contextmanager
def result_cursor():
    """A cursor for the index's reads. On PostgreSQL its results come in the binary format: a common word's
    packed posting list (50,000–80,000 postings, 400–650 KB) then arrives as it is stored, instead of as hex text
    twice its size that the server encodes and psycopg decodes (about 15 ms a search at 100,000 documents).
    Binary results need server-side parameter binding, hence a plain psycopg cursor, wrapped like Django's own
    (query logging, execute wrappers and error translation apply)."""
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            yield cursor
        return
    import psycopg

    connection.ensure_connection()
    connection.validate_thread_sharing()
    raw = psycopg.Cursor(connection.connection)
    raw.format = psycopg.pq.Format.BINARY
    wrapped = connection.make_debug_cursor(raw) if connection.queries_logged else connection.make_cursor(raw)
    with wrapped as cursor:
        yield cursor


def _marks(values):
    return ", ".join(["%s"] * len(values))


def read_terms(words, analysers, vocabulary=(), postings=True):
    """({word: [TermInfo]}, {term id: packed postings}, the `vocabulary` words that are Word rows) in one query
    (one more for every further 500 keys): the terms of each word that occur in at least one document, with their
    packed posting lists when `postings`, and which of the folded words typed are indexed words as they are."""
    keys_of = {word: analysis.query_terms(word, analysers) for word in words}
    all_keys = sorted(set().union(*keys_of.values())) if keys_of else []
    vocabulary = sorted(set(vocabulary))
    # Table and column names and placeholders only: every value is a parameter.
    key_column, column = _q("key"), "postings" if postings else "NULL"
    terms_sql = f"SELECT 1, id, {key_column}, df, {column} FROM {_table(Term)} WHERE df > 0 AND {key_column} IN "  # noqa: S608
    words_sql = f"SELECT 2, 0, text, 0, NULL FROM {_table(Word)} WHERE text IN "  # noqa: S608
    found, data, seen = {}, {}, set()
    batches = list(chunks(all_keys)) or [[]]
    with result_cursor() as cursor:
        for number, batch in enumerate(batches):
            parts, params = [], []
            if batch:
                parts.append(f"{terms_sql}({_marks(batch)})")
                params += batch
            if number == 0 and vocabulary:
                parts.append(f"{words_sql}({_marks(vocabulary)})")
                params += vocabulary
            if not parts:
                continue
            cursor.execute(" UNION ALL ".join(parts), params)  # no user text in the SQL
            for kind, pk, key, df, packed in cursor.fetchall():
                if kind == 2:
                    seen.add(key)
                    continue
                found[key] = TermInfo(pk, df, key.split(":", 1)[0])
                if postings:
                    data[pk] = packed
    return {word: [found[key] for key in sorted(keys) if key in found] for word, keys in keys_of.items()}, data, seen


def lookup_terms(words, analysers):
    """{word: [TermInfo]} for the terms of each word that occur in at least one document."""
    return read_terms(words, analysers, postings=False)[0]


def df_of(infos):
    return sum(info.df for info in infos)


def _packed(term_ids):
    """{term id: packed postings} of these terms, in as few queries as there are 500 terms."""
    data = {}
    with result_cursor() as cursor:
        for batch in chunks(sorted(set(term_ids))):
            cursor.execute(f"SELECT id, postings FROM {_table(Term)} WHERE id IN ({_marks(batch)})", batch)  # noqa: S608
            data.update(cursor.fetchall())
    return data


def _weights(infos, data):
    """{document id: weight} of a word, from its terms' packed posting lists."""
    weights, seen = {}, set()
    for info in sorted(infos, key=lambda info: info.pk):
        ids, values = unpack(data.get(info.pk))
        if not weights:
            weights = dict(zip(ids, values, strict=True))
        elif info.analyser not in seen:  # every document has one analyser: the lists of two languages are disjoint
            weights.update(zip(ids, values, strict=True))
        else:  # two forms of the word in one language: a document counts the better one
            for rid, weight in zip(ids, values, strict=True):
                if weight > weights.get(rid, 0):
                    weights[rid] = weight
        seen.add(info.analyser)
    return weights


def suggest_word(word, analysers, at_least=0):
    """The vocabulary word closest to `word` (one or two edits), preferring the most frequent; or None.

    `at_least`: the suggestion must occur in at least as many documents (the typed word's own count): a likelier
    spelling is never a rarer word.
    """
    return _suggestion(word, analysers, at_least)[0]


def _suggestion(word, analysers, at_least=0):
    """(suggest_word's word or None, its [TermInfo])."""
    folded = analysis.fold(word)
    limit = analysis.max_typos(folded)
    if not limit or not folded.isalpha():
        return None, []
    keys = sorted(analysis.variants(folded))
    candidates = set()
    for batch in chunks(keys):
        candidates.update(WordVariant.objects.filter(variant__in=batch).values_list("word__text", flat=True))
    scored = []
    for candidate in candidates:
        if candidate == folded:
            continue
        distance = analysis.edit_distance(folded, candidate, limit)
        if distance <= limit:
            scored.append((distance, candidate))
    if not scored:
        return None, []
    terms = lookup_terms([candidate for _d, candidate in scored], analysers)
    best = min(
        (
            (distance, -df_of(terms[candidate]), candidate)
            for distance, candidate in scored
            if terms[candidate] and df_of(terms[candidate]) >= at_least
        ),
        default=None,
    )
    return (best[2], terms[best[2]]) if best else (None, [])


@dataclass
class TextMatch:
    scores: dict  # document id -> score
    corrections: dict  # query word -> the word searched instead (the word itself matched nothing)
    suggestions: dict  # query word -> a likelier spelling, offered as "did you mean" (corrections included)
    words: list  # the words searched for (after corrections and glossary expansion), for highlighting
    partial: bool = False  # no document in scope had every word: these match most of them
    complete: int = 0  # documents in scope with every word (they come first)
    concepts: list = field(default_factory=list)  # glossary concepts the query was expanded with


def _clause_words(clause):
    if clause.alternatives:
        return [word for alternative in clause.alternatives for word in alternative]
    return [word for word in clause.words if word is not None]


def match_text(clauses, snapshot, scope=None, fill=True):
    """Documents matching every clause, with scores; corrects words that match nothing.

    `scope` (a bitset) is where results are wanted: when nothing there matches every clause, the documents
    there that match most clauses are returned instead (partial). A word that matches through its stem but
    never occurs as typed ("procurment" stems like "procurement") is searched as it is, and the likelier
    spelling is offered as "did you mean" when it is more frequent.
    """
    analysers = [code for code in analysis.ANALYSERS if snapshot.analysers.get(code)]
    words = list(dict.fromkeys(word for clause in clauses for word in _clause_words(clause)))
    typed = list(dict.fromkeys(word for clause in clauses if not clause.alternatives for word in clause.words if word))
    folded = {word: analysis.fold(word) for word in typed}
    # One query: the words' terms with their posting lists, and which typed words are indexed as they are.
    terms, data, seen = read_terms(words, analysers, vocabulary=folded.values())
    corrections, suggestions = {}, {}
    for word in typed:
        if terms[word] and (folded[word] in seen or not folded[word].isalpha()):
            continue
        suggestion, infos = _suggestion(word, analysers, at_least=df_of(terms[word]))
        if suggestion:
            suggestions[word] = suggestion
            if not terms[word]:
                corrections[word] = suggestion
                terms[word] = infos
    missing = {info.pk for infos in terms.values() for info in infos} - data.keys()
    if missing:  # the corrections' posting lists
        data.update(_packed(missing))
    searched = [corrections.get(word, word) for word in words]
    total = snapshot.count or 1
    weights_of = {}

    def word_weights(word):
        if word not in weights_of:
            weights_of[word] = _weights(terms[word], data)
        return weights_of[word]

    def idf(word):
        return math.log(1 + total / max(df_of(terms[word]), 1)) / analysis.WEIGHT_SCALE

    def score_all(clause_words):
        """{document: score} of the documents holding every word of the list."""
        present = [word for word in clause_words if word is not None]
        if not present or any(not terms[word] for word in present):
            return {}
        present = sorted(dict.fromkeys(present), key=lambda w: df_of(terms[w]))
        factor = idf(present[0])
        scores = {rid: factor * weight for rid, weight in word_weights(present[0]).items()}
        for word in present[1:]:
            weights, factor = word_weights(word), idf(word)
            scores = {rid: score + factor * weights[rid] for rid, score in scores.items() if rid in weights}
            if not scores:
                break
        return scores

    per_clause = []  # [(clause, {document: score})]
    for clause in clauses:
        if clause.alternatives:
            best = _group_scores(clause.alternatives, terms, word_weights, total, _facet_ids(clause.facets, snapshot))
            per_clause.append((clause, best))
        else:
            found = score_all(clause.words)  # a corrected word's terms are those of its correction
            if clause.phrase and found:
                found = _check_phrase(clause.words, terms, found)
            per_clause.append((clause, found))
    concepts = [clause.concept for clause in clauses if clause.concept]
    scores = _all_of(per_clause)
    partial, complete = False, len(scores)
    if fill and len(per_clause) > 1 and scope is not None:  # counted only where a fallback could follow
        complete = _count_in(scores, scope, snapshot)
    if fill and len(per_clause) > 1 and not complete:
        most = _most_of(per_clause, scope, snapshot)
        if most:
            scores, partial = most, not complete
    return TextMatch(scores, corrections, suggestions, searched, partial=partial, concepts=concepts, complete=complete)


def _facet_ids(pairs, snapshot):
    """The ids of the documents having any of these (facet, value) pairs; the facet "document" names a
    document type ("document=network.competencecentre": every centre names the concept "competence centre")."""
    bits = 0
    for facet, value in pairs:
        bits |= snapshot.types.get(value, 0) if facet == "document" else snapshot.value_bits(facet, value)
    return bit_positions(bits, snapshot.width) if bits else []


def _group_scores(alternatives, terms, word_weights, total, facet_ids=()):
    """{document: score} for a glossary group: one concept, whatever the language of its name.

    A document's weight is that of the concept's name it contains best (the mean weight of the name's words),
    the name as typed counting a little more, or FACET_WEIGHT if it has one of the concept's facet values and
    names it less; the idf is the concept's (how many documents name it at all), so a rare German word does
    not outrank the common English name of the same idea.
    """
    best = dict.fromkeys(facet_ids, FACET_WEIGHT)
    for index, alternative in enumerate(alternatives):
        if any(not terms[word] for word in alternative):
            continue
        words = sorted(set(alternative), key=lambda w: df_of(terms[w]))
        factor = (TYPED_BOOST if index == 0 else 1.0) / len(words)
        means = word_weights(words[0])
        for word in words[1:-1]:
            weights = word_weights(word)
            means = {rid: value + weights[rid] for rid, value in means.items() if rid in weights}
        last = word_weights(words[-1]) if len(words) > 1 else None
        if not best:
            if last is None:
                best = {rid: value * factor for rid, value in means.items()}
            else:
                best = {rid: (value + last[rid]) * factor for rid, value in means.items() if rid in last}
            continue
        # A document keeps the better of the two, merged in one pass over the name's documents (no dictionary of
        # the name's own, no intersection): the glossary's common names have 40,000–50,000 documents each.
        get = best.get
        if last is None:
            for rid, value in means.items():
                value *= factor
                if get(rid, -1.0) < value:
                    best[rid] = value
        else:
            for rid, value in means.items():
                if rid in last:
                    value = (value + last[rid]) * factor
                    if get(rid, -1.0) < value:
                        best[rid] = value
    if not best:
        return {}
    idf = math.log(1 + total / len(best)) / analysis.WEIGHT_SCALE
    return {rid: idf * value for rid, value in best.items()}


def _all_of(per_clause):
    if not per_clause or any(not found for _clause, found in per_clause):
        return {}
    ordered = sorted((found for _clause, found in per_clause), key=len)
    scores = dict(ordered[0])
    for found in ordered[1:]:
        scores = {rid: score + found[rid] for rid, score in scores.items() if rid in found}
        if not scores:
            break
    return scores


def _count_in(scores, scope, snapshot):
    """How many of the scored documents are in scope."""
    if not scores or scope is None:
        return len(scores)
    width = max(snapshot.width, max(scores) + 1)
    return (bits_from_positions(scores, width) & scope).bit_count()


def _most_of(per_clause, scope, snapshot):
    """Documents in scope matching at least half the clauses (and at least one): the most clauses first, then
    the rarer clauses (a rare word says more about what is wanted), then the score."""
    needed = max(1, math.ceil(len(per_clause) / 2))
    total = snapshot.count or 1
    matched, rarity, scores = {}, {}, {}
    for _clause, found in per_clause:
        if not found:
            continue
        idf = math.log(1 + total / len(found))
        for rid, score in found.items():
            matched[rid] = matched.get(rid, 0) + 1
            rarity[rid] = rarity.get(rid, 0.0) + idf
            scores[rid] = scores.get(rid, 0.0) + score
    if scope is None:
        best = max(matched.values(), default=0)
    else:
        flags = bit_flags(scope, max(snapshot.width, max(matched, default=0) + 1))
        best = max((count for rid, count in matched.items() if flags[rid]), default=0)
    if best < needed:
        return {}
    return {
        rid: count * PARTIAL_RANK + rarity[rid] * RARITY_RANK + min(scores[rid], RARITY_RANK - 1)
        for rid, count in matched.items()
        if count >= needed
    }


def _check_phrase(words, terms, scores):
    """Keep the documents where the phrase's words stand next to each other (stop words hold their places)."""
    placed = [(offset, word) for offset, word in enumerate(words) if word is not None]
    word_of = {}
    for _offset, word in placed:
        for info in terms[word]:
            word_of[info.pk] = word
    restrict = scores.keys() if len(scores) <= RESTRICT_LIMIT else None
    positions = {}
    for rid, term_id, text in fetch_postings(list(word_of), restrict, columns="document_id, term_id, positions"):
        if rid in scores:
            positions.setdefault(rid, {}).setdefault(word_of[term_id], set()).update(analysis.decode_positions(text))
    kept = {}
    first_offset, first_word = placed[0]
    for rid, by_word in positions.items():
        for start in by_word.get(first_word, ()):
            if all(start - first_offset + offset in by_word.get(word, ()) for offset, word in placed[1:]):
                kept[rid] = scores[rid]
                break
    return kept


def match_bits(text, snapshot, visible=None):
    """The matched documents as a bitset, of those `visible` (default: the public documents; ids beyond the
    snapshot, indexed after it was taken, fall away)."""
    width = max(snapshot.width, max(text.scores, default=0) + 1)
    return bits_from_positions(text.scores, width) & (snapshot.public if visible is None else visible)


def corrected_query(q, corrections):
    """The query as typed, with each corrected word replaced in place."""
    if not corrections:
        return ""
    pieces, cursor = [], 0
    for match in analysis.WORD.finditer(q):
        replacement = corrections.get(analysis.normalise(match.group()))
        if replacement:
            pieces += [q[cursor : match.start()], replacement]
            cursor = match.end()
    pieces.append(q[cursor:])
    return "".join(pieces)


def estimated_threshold(values, wanted):
    """A score that about `wanted` of `values` reach, estimated on a sample (all of them when there are few)."""
    if len(values) <= wanted:
        return float("-inf")
    step = max(1, len(values) // 4096)
    sample = sorted(values[::step], reverse=True)
    return sample[min(len(sample) - 1, wanted * len(sample) // len(values))]


def top_ids(candidates, scores, newest, start, wanted):
    """Ids `start` to `wanted` of `candidates` by score, equal scores newest first (`newest`: id -> rank)."""
    if len(candidates) > TOP_NARROWING:
        # One pass keeps the candidates reaching a threshold that, on a sample, a few times `wanted` of them reach.
        # When at least `wanted` do, the best `wanted` and every tie of the last are among them, so the result is
        # the same, at a quarter of the cost of heapq.nlargest's key call per match and a second pass for ties.
        step = max(1, len(candidates) // 4096)
        threshold = estimated_threshold([scores[rid] for rid in candidates[::step]], max(1, wanted * 4 // step))
        narrowed = [rid for rid in candidates if scores[rid] >= threshold]
        if len(narrowed) >= wanted:
            candidates = narrowed
    top = heapq.nlargest(wanted, candidates, key=scores.__getitem__)
    if not top:
        return []
    # Take every tie of the last score so the order is total.
    threshold = scores[top[-1]]
    width = len(newest)
    pool = [rid for rid in candidates if scores[rid] >= threshold] if len(top) == wanted else top
    pool.sort(key=lambda rid: (-scores[rid], newest[rid] if rid < width else 0))
    return pool[start:wanted]


def page_ids(snapshot, bits, total, start, wanted, sort="relevance", scores=None):
    """Document ids `start` to `wanted` of the documents in `bits`, best match (with scores) or in a sort order."""
    if start >= total:
        return []
    width = snapshot.width
    if sort == "relevance" and scores is not None:
        if total * 4 < len(scores):  # filters left few: walk them rather than every match
            candidates = bit_positions(bits, width)
        elif total < len(scores):  # the matches that pass the filters: one byte lookup each, no shifts
            flags = bit_flags(bits, max(width, max(scores) + 1))
            candidates = [rid for rid in scores if flags[rid]]
        else:
            candidates = list(scores)
        return top_ids(candidates, scores, snapshot.newest_rank, start, wanted)
    rank = snapshot.rank(sort)
    if total * 20 >= snapshot.count:  # dense: walk the precomputed order until the page is full
        flags = bits.to_bytes((width + 7) // 8, "little")
        found = []
        for rid in snapshot.order(sort):
            if flags[rid >> 3] >> (rid & 7) & 1:
                found.append(rid)
                if len(found) >= wanted:
                    break
        return found[start:wanted]
    return heapq.nsmallest(wanted, bit_positions(bits, width), key=rank.__getitem__)[start:wanted]


def matching_ids(doc_type, q, snapshot=None):
    """{object id: score} of the items of one type matching `q` (typos corrected, glossary applied, AND only).

    For listings that filter by their own fields and add the keyword box: they keep their own order.
    """
    from innoprocure.search.models import IndexedDocument
    from innoprocure.search.snapshot import get_snapshot

    snapshot = snapshot or get_snapshot()
    clauses = parse_query(q, version=snapshot.version)
    if not clauses:
        return None
    scope = snapshot.types.get(doc_type, 0)
    text = match_text(clauses, snapshot, scope=scope, fill=False)
    ids = bit_positions(match_bits(text, snapshot) & scope, snapshot.width)
    found = {}
    for batch in chunks(ids):
        for pk, object_id in IndexedDocument.objects.filter(pk__in=batch).values_list("pk", "object_id"):
            found[object_id] = text.scores[pk]
    return found
