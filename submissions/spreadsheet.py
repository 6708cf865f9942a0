"""Exports of what residents sent, safe to open in a spreadsheet program, whatever a resident typed."""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.admin.views.mixins import SpreadsheetExportMixin

# A cell starting with one of these runs as a formula when the secretary opens a CSV file (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# XLSX (XML 1.0) cannot hold these control characters at all: openpyxl refuses the whole file.
XLSX_ILLEGAL = ILLEGAL_CHARACTERS_RE
REPLACEMENT = "\ufffd"


def safe_cell(value, export_format):
    """Residents' text as plain text.

    CSV: an apostrophe before what would start a formula. XLSX: Wagtail writes text as text cells (never a
    formula), and control characters XLSX cannot hold become "\ufffd", so one odd character never breaks the export.
    """
    if not isinstance(value, str):
        return value
    if export_format == SpreadsheetExportMixin.FORMAT_XLSX:
        return XLSX_ILLEGAL.sub(REPLACEMENT, value)
    if value.startswith(FORMULA_START):
        return f"'{value}"
    return value


class SafeExportMixin:
    """For a view with Wagtail's SpreadsheetExportMixin: every cell and heading through `safe_cell`."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format), export_format)

    def get_heading(self, queryset, field):
        return XLSX_ILLEGAL.sub(REPLACEMENT, super().get_heading(queryset, field))
