"""An in-memory picture of the indexed resources for facets and sorting, kept per process per index version.

Every facet value is a bitset (a Python int, bit i for the resource with id i), so a facet count is an AND and
a popcount: a hundred values over 100,000 resources take well under a millisecond. The picture is rebuilt from
IndexedResource (one query) the first time a search sees a new index version.
"""

import threading
from array import array
from dataclasses import dataclass, field

from innoprocure.search.indexer import current_version
from innoprocure.search.models import IndexedResource

# Facet name -> IndexedResource column; multi-valued columns hold space-separated values.
FACET_COLUMNS = {
    "type": ("resource_type", False),
    "sector": ("sectors", True),
    "approach": ("approach", False),
    "stage": ("stages", True),
    "country": ("countries", True),
    "language": ("languages", True),
    "year": ("year", False),
    "tag": ("tags", True),
}

# Bit positions of each byte value, to turn a bitset into resource positions quickly.
_BYTE_BITS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]


def bit_positions(bits, size):
    """The positions of the set bits, ascending (`size`: at least the highest position + 1)."""
    if not bits:
        return []
    positions = []
    extend = positions.extend
    for offset, value in enumerate(bits.to_bytes((size + 7) // 8, "little")):
        if value:
            base = offset * 8
            extend(base + bit for bit in _BYTE_BITS[value])
    return positions


def bits_from_positions(positions, size):
    flags = bytearray((size + 7) // 8)
    for position in positions:
        flags[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(flags, "little")


@dataclass
class Snapshot:
    """Bit i of every bitset stands for the resource with id i (so matches from SQL need no translation)."""

    version: str
    count: int = 0  # indexed (live) resources
    width: int = 1  # bits per bitset: the highest indexed id + 1
    everything: int = 0  # bitset of every indexed resource
    analysers: dict = field(default_factory=dict)  # analyser code -> bitset
    values: dict = field(default_factory=dict)  # facet -> {value: bitset}
    newest_rank: array = field(default_factory=lambda: array("l"))  # id -> rank, newest first
    title_rank: array = field(default_factory=lambda: array("l"))
    newest_order: list = field(default_factory=list)  # ids, newest first
    title_order: list = field(default_factory=list)
    labels: dict = field(default_factory=dict)  # facet -> {value: name} for facets kept in tables
    stage_order: dict = field(default_factory=dict)  # stage slug -> position in the procurement cycle

    def value_bits(self, facet, value):
        return self.values.get(facet, {}).get(value, 0)

    def rank(self, sort):
        return self.title_rank if sort == "title" else self.newest_rank

    def order(self, sort):
        return self.title_order if sort == "title" else self.newest_order


def build(version):
    columns = ["resource_id", "analyser", "published", "title_sort"] + [column for column, _multi in FACET_COLUMNS.values()]
    rows = list(IndexedResource.objects.order_by("resource_id").values_list(*columns))
    snapshot = Snapshot(version=version, count=len(rows))
    width = snapshot.width = (rows[-1][0] + 1) if rows else 1
    flags = {}  # (facet, value) -> bytearray
    analyser_flags = {}
    every = bytearray((width + 7) // 8)

    def mark(table, key, rid):
        bucket = table.get(key)
        if bucket is None:
            bucket = table[key] = bytearray((width + 7) // 8)
        bucket[rid >> 3] |= 1 << (rid & 7)

    facets = list(FACET_COLUMNS.items())
    year = 4 + list(FACET_COLUMNS).index("year")
    for row in rows:
        rid = row[0]
        every[rid >> 3] |= 1 << (rid & 7)
        mark(analyser_flags, row[1], rid)
        for offset, (facet, (_column, multi)) in enumerate(facets, start=4):
            value = row[offset]
            if value is None or value == "":
                continue
            if multi:
                for item in value.split():
                    mark(flags, (facet, item), rid)
            else:
                mark(flags, (facet, str(value)), rid)
    snapshot.everything = int.from_bytes(every, "little")
    for (facet, value), bucket in flags.items():
        snapshot.values.setdefault(facet, {})[value] = int.from_bytes(bucket, "little")
    snapshot.analysers = {code: int.from_bytes(bucket, "little") for code, bucket in analyser_flags.items()}
    # Newest: latest publication year first, then latest on the platform; ties by id for a stable order.
    snapshot.newest_order = [
        row[0] for row in sorted(rows, key=lambda r: (-(r[year] or 0), -(r[2].timestamp() if r[2] else 0), -r[0]))
    ]
    snapshot.title_order = [row[0] for row in sorted(rows, key=lambda r: (r[3], r[0]))]
    for name in ("newest", "title"):
        rank = array("l", [len(rows)]) * width
        for index, rid in enumerate(getattr(snapshot, f"{name}_order")):
            rank[rid] = index
        setattr(snapshot, f"{name}_rank", rank)
    _load_labels(snapshot)
    return snapshot


def _load_labels(snapshot):
    """Names of the values kept in tables; also the list of values a filter may ask for."""
    from innoprocure.core.models import Country, Language, ProcurementStage, Sector
    from innoprocure.resources.models import ResourceTag

    snapshot.labels = {
        "sector": dict(Sector.objects.values_list("slug", "name")),
        "stage": dict(ProcurementStage.objects.values_list("slug", "name")),
        "country": dict(Country.objects.values_list("code", "name")),
        "language": dict(Language.objects.values_list("code", "name")),
        "tag": dict(ResourceTag.objects.values_list("tag__slug", "tag__name").distinct()),
    }
    snapshot.stage_order = dict(ProcurementStage.objects.values_list("slug", "order"))


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
