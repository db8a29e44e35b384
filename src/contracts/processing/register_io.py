"""The verwerkingsregister as a spreadsheet: one row per activity, the columns Art. 30(1)
names (with the legal ground Dutch municipalities add), and the same columns read back.

Export: a workbook or CSV (UTF-8 with byte order mark, ``;`` separated, what Dutch Excel
expects); lists are joined with ``; ``; no cell starts a formula (``incident_export``).
Reading an upload runs in a worker process (``read_sheet_isolated``) under a time and
memory budget, after the zip checks of ``core.files``: a workbook is hostile input.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Any

from openpyxl import load_workbook

from contracts.incident_export import CSV, MEDIA_TYPES, XLSX
from contracts.processing.rules import DPIA_NL, LEGAL_BASIS_NL
from contracts.processing.schemas import ActivityOut
from contracts.web.forms import TRANSFER_LABELS
from core import (
    MB,
    Limits,
    UploadError,
    WorkerLimitExceeded,
    ZipLimits,
    csv_bytes,
    formula_safe,
    open_zip,
    preload,
    run_isolated,
    xlsx_bytes,
)

preload(__name__, "openpyxl")

#: Most rows an import reads; a register of a large municipality has a few hundred.
MAX_ROWS = 2000
MAX_BYTES = 5 * MB
SHEET_LIMITS = ZipLimits(max_compressed=MAX_BYTES, max_uncompressed=50 * MB, max_entries=200)
SEPARATOR = "; "


def _list(values: list[str]) -> str:
    return SEPARATOR.join(values)


def _processors(a: ActivityOut, role: str) -> str:
    return _list([f"{p.name} ({p.country})" for p in a.processors if p.role == role])


#: (heading, field name for the import or "", value of an activity) per column.
COLUMNS: list[tuple[str, str, Callable[[ActivityOut], Any]]] = [
    ("Id", "id", lambda a: a.id),
    ("Verwerkingsverantwoordelijke", "", lambda a: f"{a.controller_name} ({a.controller})"),
    ("Naam verwerking", "name", lambda a: a.name),
    ("Doel", "purpose", lambda a: a.purpose),
    ("Grondslag", "legal_basis", lambda a: a.legal_basis),
    ("Wet en artikel", "legal_basis_detail", lambda a: a.legal_basis_detail),
    ("Categorieën betrokkenen", "data_subject_categories", lambda a: _list(a.data_subject_categories)),
    ("Categorieën persoonsgegevens", "data_categories", lambda a: _list(a.data_categories)),
    ("Bijzondere of strafrechtelijke gegevens", "special_categories", lambda a: _list(a.special_categories)),
    ("BSN", "uses_bsn", lambda a: "ja" if a.uses_bsn else "nee"),
    ("Ontvangers", "recipients", lambda a: _list(a.recipients)),
    ("Verwerkers", "", lambda a: _processors(a, "processor")),
    ("Subverwerkers", "", lambda a: _processors(a, "subprocessor")),
    ("Doorgifte buiten de EER", "", lambda a: "ja" if a.outside_eea else "nee"),
    ("Waarborgen bij doorgifte", "", lambda a: _list([TRANSFER_LABELS.get(t, t) for t in a.transfer_safeguards])),
    ("Bewaartermijn", "retention", lambda a: a.retention),
    ("Bewaartermijn (jaren)", "retention_years", lambda a: "" if a.retention_years is None else a.retention_years),
    ("Herkomst", "source", lambda a: a.source),
    ("Overeenkomsten", "agreement_ids", lambda a: _list([str(i) for i in a.agreement_ids])),
    ("DPIA", "dpia", lambda a: a.dpia),
    ("DPIA-datum", "dpia_date", lambda a: a.dpia_date.isoformat() if a.dpia_date else ""),
    ("Beveiligingsmaatregelen", "", lambda a: _list([f"volgens de verwerkersovereenkomst ({s})"
                                                     for s in a.security_standards])),
]
HEADINGS = {heading.casefold(): name for heading, name, _ in COLUMNS if name}
#: Dutch words a spreadsheet may use for the legal ground, besides the codes.
LEGAL_BASIS_WORDS = {
    **{label.casefold(): code for code, label in LEGAL_BASIS_NL.items()},
    "toestemming": "consent", "overeenkomst": "contract", "wettelijke verplichting": "legal_obligation",
    "vitaal belang": "vital_interests", "algemeen belang": "public_task", "publieke taak": "public_task",
    "taak van algemeen belang": "public_task", "gerechtvaardigd belang": "legitimate_interests",
}
DPIA_WORDS = {**{label: code for code, label in DPIA_NL.items()}, "nee": "not_needed", "ja": "done"}


def rows(items: list[ActivityOut]) -> list[list[Any]]:
    return [[formula_safe(value(item)) for _, _, value in COLUMNS] for item in items]


def to_csv(items: list[ActivityOut]) -> bytes:
    return csv_bytes(rows(items), [heading for heading, _, _ in COLUMNS])


def to_xlsx(items: list[ActivityOut]) -> bytes:
    return xlsx_bytes(rows(items), [heading for heading, _, _ in COLUMNS], "Verwerkingsregister")


def filename(controller: str | None, extension: str, on: dt.date) -> str:
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", controller or "").strip("-") or "alle"
    return f"verwerkingsregister-{stem}-{on.isoformat()}.{extension}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _records(table: list[list[Any]]) -> list[dict[str, str]]:
    """Rows as {field: text}, by the export's headings (unknown columns are ignored)."""
    if not table:
        raise UploadError("Het bestand is leeg.", field="file")
    fields = [HEADINGS.get(_text(h).casefold(), "") for h in table[0]]
    if "name" not in fields:
        raise UploadError("Er is geen kolom 'Naam verwerking'; gebruik de kolommen van de export.", field="file")
    if len(table) - 1 > MAX_ROWS:
        raise UploadError(f"Het bestand heeft meer dan {MAX_ROWS} rijen.", status=413, field="file")
    records = []
    for row in table[1:]:
        values = {f: _text(v) for f, v in zip(fields, row, strict=False) if f}
        if any(values.values()):
            records.append(values)
    return records


def read_sheet(content: bytes, name: str) -> list[dict[str, str]]:
    """Runs inside the worker: the records of an .xlsx or .csv upload."""
    if name.lower().endswith(".xlsx"):
        open_zip(content, SHEET_LIMITS, what="werkblad").close()
        try:
            book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
            sheet = book.worksheets[0]
            table = [list(r) for _, r in zip(range(MAX_ROWS + 2), sheet.iter_rows(values_only=True), strict=False)]
        except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
            raise UploadError(f"Het werkblad kan niet worden gelezen ({type(exc).__name__}).", field="file") from None
        return _records(table)
    if name.lower().endswith(".csv"):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = content.decode("cp1252", errors="replace")
        delimiter = ";" if text.split("\n", 1)[0].count(";") >= text.split("\n", 1)[0].count(",") else ","
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        return _records([row for _, row in zip(range(MAX_ROWS + 2), reader, strict=False)])
    raise UploadError("Lever een .xlsx- of .csv-bestand aan.", field="file")


async def read_sheet_isolated(content: bytes, name: str) -> list[dict[str, str]]:
    if len(content) > MAX_BYTES:
        raise UploadError(f"Het bestand is groter dan {MAX_BYTES // MB} MB.", status=413, field="file")
    try:
        return await run_isolated(read_sheet, content, name, limits=Limits.from_env(
            "VWO_SHEET", seconds=10.0, cpu_seconds=10, memory_mb=512))
    except WorkerLimitExceeded as exc:
        raise UploadError(f"Het lezen van het bestand {exc.reason} en is afgebroken.", status=exc.status,
                          field="file") from None


__all__ = ["CSV", "MEDIA_TYPES", "XLSX", "filename", "read_sheet_isolated", "to_csv", "to_xlsx"]
