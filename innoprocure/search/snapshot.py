"""An in-memory picture of the indexed documents for facets and sorting, kept per process per index version.

Every facet value and every document type is a bitset (a Python int, bit i for the document with id i), so a
facet count is an AND and a popcount: a hundred values over 100,000 documents take well under a millisecond.
The picture is rebuilt from IndexedDocument (one query) the first time a search sees a new index version.
"""

import threading
from array import array
from dataclasses import dataclass, field
from itertools import compress

from innoprocure.search.indexer import current_version
from innoprocure.search.models import IndexedDocument, parse_facets
from innoprocure.search.registry import AUDIENCE  # the facet of restricted documents: who may find them

# format(bits, "b") gives the bits as ASCII digits, highest first; this turns the digits into bytes 0 and 1.
_DIGIT_FLAGS = bytes.maketrans(b"01", b"\x00\x01")
_FLAG_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def bit_flags(bits, size):
    """Bytes with 1 at each set bit's position and 0 elsewhere, at least `size` long: `flags[rid]` tests membership
    without shifts, and `compress` walks it in C (the binary digits of an int come from C at once; a loop over the
    bitset's bytes costs three times as much at 100,000 documents)."""
    flags = format(bits, "b").encode("ascii").translate(_DIGIT_FLAGS)[::-1] if bits else b""
    return flags + bytes(size - len(flags)) if len(flags) < size else flags


def bit_positions(bits, size):
    """The positions of the set bits, ascending (`size`: at least the highest position + 1)."""
    if not bits:
        return []
    flags = bit_flags(bits, 0)
    return list(compress(range(len(flags)), flags))


def bits_from_positions(positions, size):
    """The bitset of these positions (each below `size`): one byte per position set in a plain loop, then turned
    into the int by parsing it as binary digits in C, four times faster than setting bits with shifts."""
    if not size:
        return 0
    flags = bytearray(size)
    for position in positions:
        flags[position] = 1
    return int(flags.translate(_FLAG_DIGITS)[::-1], 2)


@dataclass
class Snapshot:
    """Bit i of every bitset stands for the document with id i (so matches from SQL need no translation)."""

    version: str
    count: int = 0  # indexed documents
    width: int = 1  # bits per bitset: the highest document id + 1
    everything: int = 0  # bitset of every indexed document
    types: dict = field(default_factory=dict)  # document type -> bitset
    analysers: dict = field(default_factory=dict)  # analyser code -> bitset
    values: dict = field(default_factory=dict)  # facet -> {value: bitset}
    newest_rank: array = field(default_factory=lambda: array("l"))  # id -> rank, newest first
    title_rank: array = field(default_factory=lambda: array("l"))
    newest_order: list = field(default_factory=list)  # ids, newest first
    title_order: list = field(default_factory=list)
    restricted: int = 0  # documents only some may find (an "audience" facet: a private forum group's threads)
    public: int = 0  # everything but the restricted documents
    derived: dict = field(default_factory=dict)  # what other modules compute once per snapshot (site search's sections)
    object_ids: array = field(default_factory=lambda: array("q"))  # id -> the indexed item's id (0: no document)
    type_numbers: array = field(default_factory=lambda: array("H"))  # id -> 1 + index in type_keys (0: no document)
    type_keys: list = field(default_factory=list)

    def item(self, rid):
        """(document type, object id) of the document with this id, or None (no such document in this version)."""
        if rid >= self.width or not self.type_numbers[rid]:
            return None
        return self.type_keys[self.type_numbers[rid] - 1], self.object_ids[rid]

    def visible_to(self, audiences=()):
        """The documents someone in these audiences may find: the public ones and those of their audiences."""
        bits = self.public
        for audience in audiences:
            bits |= self.value_bits(AUDIENCE, audience)
        return bits

    def value_bits(self, facet, value):
        return self.values.get(facet, {}).get(value, 0)

    def type_bits(self, doc_types):
        bits = 0
        for doc_type in doc_types:
            bits |= self.types.get(doc_type, 0)
        return bits

    def type_count(self, doc_types):
        return self.type_bits(doc_types).bit_count()

    def rank(self, sort):
        return self.title_rank if sort == "title" else self.newest_rank

    def order(self, sort):
        return self.title_order if sort == "title" else self.newest_order


def _year(values):
    years = [int(value) for value in values.get("year", ()) if value.isdigit()]
    return max(years, default=0)


def build(version):
    rows = list(
        IndexedDocument.objects.order_by("pk").values_list(
            "pk", "doc_type", "analyser", "published", "title_sort", "facets", "object_id"
        )
    )
    snapshot = Snapshot(version=version, count=len(rows))
    width = snapshot.width = (rows[-1][0] + 1) if rows else 1
    size = (width + 7) // 8
    flags, type_flags, analyser_flags = {}, {}, {}  # key -> bytearray
    every = bytearray(size)

    def mark(table, key, rid):
        bucket = table.get(key)
        if bucket is None:
            bucket = table[key] = bytearray(size)
        bucket[rid >> 3] |= 1 << (rid & 7)

    years = {}
    object_ids, type_numbers, type_index = array("q", [0]) * width, array("H", [0]) * width, {}
    for rid, doc_type, analyser, _published, _title, facet_text, object_id in rows:
        object_ids[rid] = object_id
        number = type_index.get(doc_type)
        if number is None:
            number = type_index[doc_type] = len(type_index) + 1
        type_numbers[rid] = number
        every[rid >> 3] |= 1 << (rid & 7)
        mark(type_flags, doc_type, rid)
        mark(analyser_flags, analyser, rid)
        values = parse_facets(facet_text)
        years[rid] = _year(values)
        for facet, items in values.items():
            for item in items:
                mark(flags, (facet, item), rid)
    snapshot.everything = int.from_bytes(every, "little")
    snapshot.object_ids, snapshot.type_numbers, snapshot.type_keys = object_ids, type_numbers, list(type_index)
    for (facet, value), bucket in flags.items():
        snapshot.values.setdefault(facet, {})[value] = int.from_bytes(bucket, "little")
    snapshot.types = {key: int.from_bytes(bucket, "little") for key, bucket in type_flags.items()}
    for bits in snapshot.values.get(AUDIENCE, {}).values():
        snapshot.restricted |= bits
    snapshot.public = snapshot.everything & ~snapshot.restricted
    snapshot.analysers = {code: int.from_bytes(bucket, "little") for code, bucket in analyser_flags.items()}
    # Newest: latest year (a "year" facet) first, then latest published; ties by id for a stable order.
    snapshot.newest_order = [
        row[0] for row in sorted(rows, key=lambda r: (-years[r[0]], -(r[3].timestamp() if r[3] else 0), -r[0]))
    ]
    snapshot.title_order = [row[0] for row in sorted(rows, key=lambda r: (r[4], r[0]))]
    for name in ("newest", "title"):
        rank = array("l", [len(rows)]) * width
        for index, rid in enumerate(getattr(snapshot, f"{name}_order")):
            rank[rid] = index
        setattr(snapshot, f"{name}_rank", rank)
    return snapshot


_lock = threading.Lock()
_current = None


def get_snapshot(version=None):
    """The snapshot of the current index version, building it if this process has not seen that version yet."""
    global _current
    version = version or current_version()
    snapshot = _current
    if snapshot is not None and snapshot.version == version:
        return snapshot
    with _lock:
        if _current is None or _current.version != version:
            _current = build(version)
        return _current
