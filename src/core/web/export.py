"""One export of any list, as filtered on its page: CSV (Excel's Dutch dialect) or xlsx.

A list page hands :func:`export` its rows (every page, see :func:`every_page`) and its
columns; what a cell shows is the same on every list (dates, yes/no, lists). Cells that a
spreadsheet would read as a formula are written as text (CSV/formula injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

from litestar import Response
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from core.crud import Page
from core.errors import Invalid

#: (key in the row, Dutch column heading); the key may be a function of the row.
Column = tuple[str | Callable[[Mapping[str, Any]], Any], str]
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: Rows of one export at most; a register is far smaller.
MAX_ROWS = 50_000
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe; other
    values pass unchanged (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def cell(value: Any) -> Any:
    """A value as a spreadsheet cell: dates stay dates, lists are joined, yes/no in Dutch."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, list | tuple | set):
        return ", ".join(str(cell(v)) for v in value)
    return formula_safe(value)


def _rows(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> list[list[Any]]:
    return [[cell(key(row) if callable(key) else row.get(key)) for key, _ in columns] for row in rows]


def csv_bytes(table: list[list[Any]], headings: Sequence[str]) -> bytes:
    """``;``-separated UTF-8 with a byte order mark, as Dutch Excel opens it."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(headings)
    for row in table:
        writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM tells Excel it is UTF-8


def xlsx_bytes(table: list[list[Any]], headings: Sequence[str], title: str) -> bytes:
    """One sheet named ``title``: headings frozen, widths to fit, dates as dates."""
    book = Workbook()
    sheet = book.active
    sheet.title = re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Lijst"
    sheet.append(headings)
    for row in table:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for index, heading in enumerate(headings, start=1):
        width = max([len(heading), *(len(str(r[index - 1])) for r in table[:200])])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
        if table and isinstance(table[0][index - 1], dt.date):
            for (value,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                value.number_format = "dd-mm-yyyy"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[Column], fmt: str, name: str, title: str
) -> Response[bytes]:
    """The rows as a download ``name.csv`` or ``name.xlsx`` (400 for another format)."""
    if fmt not in FORMATS:
        raise Invalid({"format": "Kies csv of xlsx."})
    table, headings = _rows(rows, columns), [heading for _, heading in columns]
    content = csv_bytes(table, headings) if fmt == "csv" else xlsx_bytes(table, headings, title)
    return Response(content, media_type=FORMATS[fmt], headers={
        "Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


async def every_page(fetch: Callable[[int, int], Awaitable[Page]], page_size: int = 200) -> list[dict[str, Any]]:
    """All rows of a paged list, as filtered (up to :data:`MAX_ROWS`)."""
    rows: list[dict[str, Any]] = []
    number = 1
    while len(rows) < MAX_ROWS:
        page = await fetch(number, page_size)
        rows += page.items
        if len(page.items) < page_size or len(rows) >= page.total:
            break
        number += 1
    return rows[:MAX_ROWS]
