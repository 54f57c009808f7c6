"""Budgets read as people of each language write them (Babel, CLDR): the symbol's place, separators, cents."""

import pytest
from django.utils import translation

from innoprocure.opportunities.money import format_amount

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("language", "amount", "currency", "expected"),
    [
        ("en", 2500000, "EUR", "€2,500,000"),
        ("en", "2000000.50", "eur", "€2,000,000.50"),
        ("de", "1234.50", "EUR", f"1.234,50{NBSP}€"),
        ("de", 2500000, "EUR", f"2.500.000{NBSP}€"),
        ("fr", "1234.50", "EUR", f"1{NNBSP}234,50{NBSP}€"),
        ("fr", 1200000, "SEK", f"1{NNBSP}200{NNBSP}000{NBSP}SEK"),
        ("en", "1234.5", "", "1,234.50"),
        ("de", 1000, "", "1.000"),
    ],
)
def test_amounts_follow_the_readers_language(language, amount, currency, expected):
    with translation.override(language):
        assert format_amount(amount, currency) == expected


def test_no_amount_says_nothing():
    assert format_amount(None, "EUR") == ""


def test_a_language_babel_does_not_know_falls_back_to_english():
    with translation.override("xx"):
        assert format_amount(1500, "EUR") == "€1,500"
