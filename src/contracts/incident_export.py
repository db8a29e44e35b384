"""The incident register as Art. 33(5) documentation: a workbook or a CSV file, one row per
incident, times in Europe/Amsterdam.

CSV is UTF-8 with a byte order mark and ``;`` as separator (what Dutch Excel expects).
No cell holds a formula from user data: text starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return gets a leading apostrophe.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from contracts.incident_rules import KIND_NL, NOTIFICATION_NL, RISK_NL
from contracts.incident_schemas import IncidentOut
from core import csv_bytes, formula_safe, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
MEDIA_TYPES = {"xlsx": XLSX, "csv": CSV}


def _moment(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M (%z)") if value else ""


def _on_time(value: bool | None) -> str:
    return "" if value is None else ("op tijd" if value else "te laat")


#: (heading, value of an incident) per column.
COLUMNS: list[tuple[str, Callable[[IncidentOut], Any]]] = [
    ("Id", lambda i: i.id),
    ("Verwerkingsverantwoordelijke", lambda i: i.controller),
    ("Leverancier", lambda i: i.supplier_name),
    ("Producten", lambda i: ", ".join(i.product_names)),
    ("Overeenkomst", lambda i: i.agreement_id or ""),
    ("Soort", lambda i: KIND_NL[i.kind]),
    ("Ontdekt door leverancier", lambda i: _moment(i.discovered_at)),
    ("Gemeld door leverancier", lambda i: _moment(i.supplier_reported_at)),
    ("Meldtermijn leverancier (uren)", lambda i: i.supplier_term_hours if i.supplier_term_hours is not None else ""),
    ("Leverancier meldde", lambda i: _on_time(i.supplier_on_time)),
    ("Kennisname", lambda i: _moment(i.aware_at)),
    ("Uiterste melding AP", lambda i: _moment(i.authority_due_at)),
    ("Omschrijving", lambda i: i.summary),
    ("Persoonsgegevens", lambda i: ", ".join(i.data_categories)),
    ("Betrokkenen", lambda i: ", ".join(i.data_subject_categories)),
    ("Aantal betrokkenen (schatting)", lambda i: i.subjects_estimate if i.subjects_estimate is not None else ""),
    ("Gevolgen", lambda i: i.consequences),
    ("Maatregelen", lambda i: i.measures),
    ("Risico", lambda i: RISK_NL[i.risk]),
    ("Melding AP", lambda i: NOTIFICATION_NL[i.authority_notification]),
    ("Gemeld bij AP", lambda i: _moment(i.authority_notified_at)),
    ("Kenmerk AP", lambda i: i.authority_reference),
    ("Melding betrokkenen", lambda i: NOTIFICATION_NL[i.subjects_notification]),
    ("Betrokkenen ingelicht", lambda i: _moment(i.subjects_notified_at)),
    ("Motivering besluit", lambda i: i.decision_remark),
    ("Gedeeld met andere gebruikers", lambda i: "ja" if i.share_with_other_users else "nee"),
    ("Gedeelde samenvatting", lambda i: i.shared_summary if i.share_with_other_users else ""),
    ("Afgesloten op", lambda i: i.closed_on.isoformat() if i.closed_on else ""),
]




def rows(items: list[IncidentOut]) -> list[list[Any]]:
    return [[formula_safe(value(item)) for _, value in COLUMNS] for item in items]


def to_csv(items: list[IncidentOut]) -> bytes:
    return csv_bytes(rows(items), [heading for heading, _ in COLUMNS])


def to_xlsx(items: list[IncidentOut]) -> bytes:
    return xlsx_bytes(rows(items), [heading for heading, _ in COLUMNS], "Incidentenregister")


def filename(controller: str | None, extension: str, on: dt.date) -> str:
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", controller or "").strip("-") or "alle"
    return f"incidentenregister-{stem}-{on.isoformat()}.{extension}"
