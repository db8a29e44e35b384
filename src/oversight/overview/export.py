"""The overview as a Word report, a workbook and a CSV file.

- Word: our own docxtpl template (``template/bestuursrapportage.docx``, built by
  ``template/build.py``), compiled and rendered by the same sandboxed machinery as
  the agreement templates (``templates.render``: autoescaping, ``StrictUndefined``, the
  ``datum`` filter, compiled once and cached).
- .xlsx: a summary sheet and one sheet per figure's list.
- .csv: UTF-8 with a byte order mark and ``;`` as separator (what Dutch Excel expects); one
  rectangular table, one row per item (a figure without items gets one row of its own).

Spreadsheets hold no formulas from user data: a text starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is prefixed with ``'`` (:func:`cell_text`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import struct
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import docx
from docx.shared import Cm
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from core import formula_safe
from oversight.flags.deadlines import AMSTERDAM
from oversight.overview.chart_png import caption, overview_png
from oversight.overview.reads import LIGHT_NL, Figure, Item, Overview
from templates import compiled_template, render_part

TEMPLATE = Path(__file__).parent / "template" / "bestuursrapportage.docx"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"  # Litestar adds "; charset=utf-8"
MEDIA_TYPES = {"docx": DOCX, "xlsx": XLSX, "csv": CSV}
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
ITEM_COLUMNS = ("Soort", "Id", "Naam", "Leverancier", "Datum", "Toelichting", "Link")
TYPE_NL = {"agreement": "overeenkomst", "supplier": "leverancier", "product": "product",
           "finding": "hiaat"}
LIGHT_FILL = {"green": "1D6B2F", "orange": "8A5A00", "red": "A4161A"}


#: A value safe for a spreadsheet cell (core's one formula rule).
cell_text = formula_safe


def filename(overview: Overview, extension: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", overview.scope).strip("-") or "overzicht"
    return f"bestuursrapportage-{stem}-{overview.on.isoformat()}.{extension}"


# --- Word ---------------------------------------------------------------------------------


@cache
def _template_bytes() -> bytes:
    return TEMPLATE.read_bytes()


def to_docx(overview: Overview, generated_at: dt.datetime | None = None, base: str = "") -> bytes:
    """The report rendered from our template in the sandboxed Word environment, with the
    chart as a picture after the summary table and links made absolute with ``base``."""
    template = compiled_template(_template_bytes())
    gaps = next((f.groups for f in overview.figures if f.key == "gaps"), [])
    namespace = {
        "overview": overview,
        "figures": overview.figures,
        "gaps": gaps,
        "generated_at": generated_at or dt.datetime.now(AMSTERDAM),
        "base": base,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, blob in template.members:
            part = template.parts.get(name)
            payload = render_part(part, namespace) if part is not None else blob
            archive.writestr(zipfile.ZipInfo(name, date_time=_FIXED_TIME), payload,
                             compress_type=zipfile.ZIP_DEFLATED)
    return _with_chart(out.getvalue(), overview)


def _with_chart(report: bytes, overview: Overview) -> bytes:
    """The report with the chart (PNG) and its caption right after the summary table."""
    document = docx.Document(io.BytesIO(report))
    picture = document.add_paragraph()
    picture.add_run().add_picture(io.BytesIO(overview_png(overview)), width=Cm(15))
    words = document.add_paragraph(caption(overview))
    words.runs[0].italic = True
    counts = [document.add_paragraph(line) for line in count_lines(overview)]
    if document.tables:
        anchor = document.tables[0]._tbl
        for paragraph in reversed(counts):
            anchor.addnext(paragraph._p)
        anchor.addnext(words._p)
        anchor.addnext(picture._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- rows shared by the spreadsheets ----------------------------------------------------


def count_lines(overview: Overview) -> list[str]:
    """The counts beside the figures (incidents, residents' requests, advisories) as sentences."""
    lines = []
    if (i := overview.incidents) is not None:
        lines.append(f"Incidenten bij leveranciers in {i.year}: {i.recorded}, waarvan {i.reported_late} te laat "
                     f"gemeld door de leverancier. Nog te melden bij de Autoriteit Persoonsgegevens: {i.to_notify}.")
    if (r := overview.rights) is not None:
        lines.append(f"Verzoeken van inwoners in {r.year}: {r.received}, waarvan {r.answered_on_time} op tijd en "
                     f"{r.answered_late} te laat afgehandeld. Nu over de termijn: {r.overdue}.")
    if (a := overview.advisories) is not None:
        lines.append(f"Gebruikte producten met een open beveiligingsadvies: {a.critical} kritiek, "
                     f"{a.warning} met waarschuwing, {a.info} ter info.")
    return lines


def item_row(item: Item, base: str = "") -> list[Any]:
    return [
        TYPE_NL.get(item.type, item.type), item.id, item.name, item.supplier_name,
        item.date, item.note, base + item.link,
    ]


def summary_rows(overview: Overview) -> list[list[Any]]:
    return [[f.label, f.count, f.total, LIGHT_NL[f.light], f.rule] for f in overview.figures]


# --- .xlsx ------------------------------------------------------------------------------


#: Sheet names whole (a sheet name holds at most 31 characters; the labels can be longer).
SHEET_NAMES = {
    "signed": "Ondertekend", "missing": "Ontbrekend", "ending": "Lopen binnenkort af",
    "expired": "Verlopen of beëindigd", "assurance": "Zonder geldig bewijs", "gaps": "Open hiaten",
}


def _sheet_title(figure: Figure, used: set[str]) -> str:
    title = SHEET_NAMES.get(figure.key) or re.sub(r"[\[\]:*?/\\']", "", figure.label)[:31]
    while title in used:
        title = title[:28] + f" {len(used)}"
    used.add(title)
    return title


class PngImage(XlImage):
    """A PNG for a sheet, from its bytes: openpyxl's own Image reads size and data through
    Pillow, which the service does not need otherwise; a PNG states its size in its header."""

    def __init__(self, png: bytes) -> None:
        self.ref = png
        self.width, self.height = struct.unpack(">II", png[16:24])
        self.format = "png"

    def _data(self) -> bytes:
        return bytes(self.ref)


def _widths(sheet: Any, widths: tuple[int, ...]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def to_xlsx(overview: Overview, base: str = "") -> bytes:
    """A summary sheet with the chart and one sheet per figure; every text cell through
    :func:`cell_text`; links absolute with ``base``."""
    book = Workbook()
    summary = book.active
    summary.title = "Samenvatting"
    bold = Font(bold=True)
    summary.append([cell_text(f"Bestuursrapportage {overview.name}")])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["Stand op", overview.on])
    summary["B2"].number_format = "DD-MM-YYYY"
    summary.append(["Totaaloordeel", LIGHT_NL[overview.light]])
    summary.append([cell_text(overview.coverage_note)])
    for line in count_lines(overview):
        summary.append([cell_text(line)])
    summary.append([])
    summary.append(["Onderdeel", "Aantal", "Van", "Stoplicht", "Toelichting"])
    for cell in summary[summary.max_row]:
        cell.font = bold
    for figure, row in zip(overview.figures, summary_rows(overview), strict=True):
        summary.append([cell_text(v) for v in row])
        light = summary.cell(row=summary.max_row, column=4)
        light.font = Font(bold=True, color="FFFFFF")
        light.fill = PatternFill("solid", fgColor=LIGHT_FILL[figure.light])
    _widths(summary, (42, 10, 10, 12, 90))
    summary.append([])
    summary.append([cell_text(caption(overview))])
    summary.add_image(PngImage(overview_png(overview)), f"A{summary.max_row + 2}")
    used = {"Samenvatting"}
    for figure in overview.figures:
        sheet = book.create_sheet(_sheet_title(figure, used))
        sheet.append(list(ITEM_COLUMNS))
        for cell in sheet[1]:
            cell.font = bold
        for item in figure.items:
            sheet.append([cell_text(v) for v in item_row(item, base)])
            sheet.cell(row=sheet.max_row, column=5).number_format = "DD-MM-YYYY"
        sheet.freeze_panes = "A2"
        _widths(sheet, (14, 8, 48, 32, 12, 60, 22))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- .csv -------------------------------------------------------------------------------


CSV_COLUMNS = ("Onderdeel", "Aantal", "Stoplicht", *ITEM_COLUMNS)


def to_csv(overview: Overview, base: str = "") -> bytes:
    """UTF-8 with BOM, ``;``-separated, one row per item; dates as ISO 8601."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for figure in overview.figures:
        head = [figure.label, figure.count, LIGHT_NL[figure.light]]
        rows = [item_row(item, base) for item in figure.items] or [[""] * len(ITEM_COLUMNS)]
        for row in rows:
            values = [*head, *row]
            writer.writerow([
                cell_text(v.isoformat() if isinstance(v, dt.date) else v) for v in values
            ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export(overview: Overview, fmt: str, base: str = "") -> bytes:
    """The overview as ``docx``, ``xlsx`` or ``csv``; links absolute with ``base``."""
    if fmt == "docx":
        return to_docx(overview, base=base)
    if fmt == "xlsx":
        return to_xlsx(overview, base)
    if fmt == "csv":
        return to_csv(overview, base)
    raise ValueError(fmt)


__all__ = ["MEDIA_TYPES", "cell_text", "export", "filename", "to_csv", "to_docx", "to_xlsx"]
