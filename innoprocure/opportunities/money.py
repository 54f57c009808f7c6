"""Amounts of money as people read them: "€2,500,000", "1,200,000 SEK", in the active language's format."""

from decimal import Decimal

from django.utils.formats import number_format

SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "US$"}


def format_amount(amount, currency=""):
    if amount is None:
        return ""
    amount = Decimal(amount)
    decimals = 0 if amount == amount.to_integral_value() else 2
    number = number_format(amount, decimal_pos=decimals, force_grouping=True)
    currency = (currency or "").upper()
    if currency in SYMBOLS:
        return f"{SYMBOLS[currency]}{number}"
    return f"{number} {currency}".strip()
