"""Exports of what residents sent, safe to open in a spreadsheet program."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

# A cell starting with one of these runs as a formula when the secretary opens a CSV file (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value, export_format):
    """Residents' text as plain text: an apostrophe before what would start a formula in CSV.

    XLSX needs nothing: Wagtail writes text into it as text cells, where an apostrophe would show.
    """
    if (
        export_format == SpreadsheetExportMixin.FORMAT_CSV
        and isinstance(value, str)
        and value.startswith(FORMULA_START)
    ):
        return f"'{value}"
    return value
