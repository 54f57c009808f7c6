"""The shortcuts of ranking at scale give exactly what a plain sort gives: the same page, ties newest first."""

import random

from innoprocure.search.query import TOP_NARROWING, top_ids
from innoprocure.search.snapshot import bit_flags, bit_positions, bits_from_positions


def plain_top(candidates, scores, newest, start, wanted):
    return sorted(candidates, key=lambda rid: (-scores[rid], newest[rid]))[start:wanted]


def test_every_page_of_many_matches_is_the_plain_sort_ties_newest_first():
    rng = random.Random(12)
    size = TOP_NARROWING * 20
    # Few distinct scores, so every page ends inside a run of ties that the order by newest must break.
    scores = {rid: float(rng.choice([10, 20, 20, 30, 40, 40, 40, 55])) for rid in rng.sample(range(1, size * 2), size)}
    newest = list(range(size * 2))
    rng.shuffle(newest)
    candidates = list(scores)
    for start in (0, 20, 980, size - 20):
        assert top_ids(candidates, scores, newest, start, start + 20) == plain_top(candidates, scores, newest, start, start + 20)
    spread = {rid: rng.random() for rid in candidates}
    assert top_ids(candidates, spread, newest, 0, 20) == plain_top(candidates, spread, newest, 0, 20)


def test_bitsets_round_trip_through_positions_and_flags():
    positions = sorted(random.Random(3).sample(range(100_000), 30_000))
    bits = bits_from_positions(positions, 100_000)
    assert bits == sum(1 << position for position in positions)
    assert bit_positions(bits, 100_000) == positions
    flags = bit_flags(bits, 100_001)
    assert len(flags) == 100_001 and [rid for rid in range(100_001) if flags[rid]] == positions
    assert bit_positions(0, 10) == [] and bits_from_positions([], 0) == 0
