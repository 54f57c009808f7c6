"""The benchmark's parts work (its figures come from `make bench`, never from tests)."""

import pytest

from innoprocure.resources import bench
from innoprocure.resources.models import Resource
from innoprocure.search import indexer
from innoprocure.search.models import IndexedDocument

pytestmark = pytest.mark.django_db


def test_a_small_synthetic_catalogue_is_indexed_and_searched():
    catalogue = bench.Catalogue(seed=7)
    catalogue.grow(60, batch=25)
    assert Resource.objects.count() == 60
    assert indexer.rebuild(fast=True) == Resource.objects.filter(live=True).count() == IndexedDocument.objects.count()
    engine = bench.time_engine(repeats=1)
    assert {category: len(samples) for category, samples in engine.items()} == {
        "keyword": 4,
        "keyword + 2 facets": 4,
        "facets only": 4,
        "typo": 4,
    }
    baseline = bench.time_baseline(1, per_category=1)
    assert all(len(samples) == 1 for samples in baseline.values())
    summary = bench.percentiles([3.0, 1.0, 2.0])
    assert summary == {"p50": 2.0, "p95": 3.0, "max": 3.0, "n": 3}


def test_the_naive_baseline_agrees_with_the_engine_on_plain_words():
    from innoprocure.resources.search import parse_params, search

    bench.Catalogue(seed=3).grow(40)
    indexer.rebuild()
    request, _errors = parse_params({"q": "tender", "sector": "energy"})
    total, _page, counts = bench.naive_search("tender", {"sector": ["energy"]}, {"sector": ["energy", "mobility"]})
    # The synthetic texts only have the word itself (no plural, no longer word containing it): both agree.
    assert search(request).total == total > 0
    assert counts[("sector", "energy")] == total
