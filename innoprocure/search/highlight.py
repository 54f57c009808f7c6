"""Snippets that show why a result matched: the words are found by analysing the text as the index did, then the
text is escaped piece by piece and only the matched words are wrapped in <mark>."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from innoprocure.search.analysis import WORD, get_analyser, normalise

SCAN_LIMIT = 200_000  # characters of a long attachment looked at for a snippet


def _hits(text, terms, analyser):
    analyse = get_analyser(analyser).terms
    matches = list(WORD.finditer(text[:SCAN_LIMIT]))
    hits = [index for index, match in enumerate(matches) if terms.intersection(analyse(normalise(match.group())))]
    return matches, hits


def _render(text, matches, hits, start, end):
    """Escaped text from word `start` to word `end` (exclusive), matched words marked."""
    begin = matches[start].start() if start > 0 else 0
    finish = matches[end - 1].end() if end < len(matches) else len(text)
    pieces = ["…"] if start > 0 else []
    cursor = begin
    for index in hits:
        if start <= index < end:
            match = matches[index]
            pieces += [escape(text[cursor : match.start()]), "<mark>", escape(match.group()), "</mark>"]
            cursor = match.end()
    pieces.append(escape(text[cursor:finish]))
    if end < len(matches):
        pieces.append("…")
    return mark_safe("".join(pieces))  # every piece of the text is escaped above


def mark_all(text, terms, analyser):
    """The whole (short) text, escaped, with every matched word marked."""
    if not text:
        return ""
    matches, hits = _hits(text, terms, analyser) if terms else ([], [])
    if not hits:
        return escape(text)
    return _render(text, matches, hits, 0, len(matches))


def snippet(text, terms, analyser, words=36):
    """The passage of about `words` words with the most different matched words, or None if nothing matches."""
    if not text or not terms:
        return None
    matches, hits = _hits(text, terms, analyser)
    if not hits:
        return None
    analyse = get_analyser(analyser).terms
    best_start, best_score = 0, -1
    for hit in hits[:200]:
        start = max(0, hit - words // 4)
        found = {analyse(normalise(matches[index].group())) for index in hits if start <= index < start + words}
        if len(found) > best_score:
            best_start, best_score = start, len(found)
    return _render(text, matches, hits, best_start, min(len(matches), best_start + words))


def excerpt(text, words=36):
    """The beginning of a text, escaped, for results that matched on something else (or when browsing)."""
    if not text:
        return ""
    matches = list(WORD.finditer(text[:SCAN_LIMIT]))
    if len(matches) <= words:
        return escape(text)
    return mark_safe(escape(text[: matches[words - 1].end()]) + "…")  # escaped
