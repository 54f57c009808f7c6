"""Amounts of money as people read them in the active language, by the Unicode CLDR's rules (Babel): "€2,500,000" in
English, "2.500.000 €" in German, "2 500 000 €" in French; cents only when there are some."""

from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal
from django.utils.translation import get_language, to_locale


def _locale():
    try:
        return Locale.parse(to_locale(get_language() or "en"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_amount(amount, currency=""):
    if amount is None:
        return ""
    amount = Decimal(amount)
    locale = _locale()
    cents = amount != amount.to_integral_value()
    currency = (currency or "").upper()
    if not currency:
        return format_decimal(amount, format="#,##0.00" if cents else "#,##0", locale=locale)
    pattern = locale.currency_formats["standard"].pattern
    if not cents:
        pattern = pattern.replace(".00", "")
    return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
