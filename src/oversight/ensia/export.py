"""The ENSIA overview as a workbook for the IT auditor (one row per domain and product) and
as a paragraph for the annual report to the council, in our own words."""

from __future__ import annotations

import io
from typing import Any, ClassVar

from docx import Document
from litestar.openapi.spec import Operation
from openpyxl import Workbook
from openpyxl.styles import Font

from core import datum, formula_safe
from oversight.ensia.state import EnsiaOut, EvidenceRef
from suppliers import EVIDENCE_KINDS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class FileOperation(Operation):
    """An operation whose 200 answer may also be a file (the ``format`` parameter)."""

    media_types: ClassVar[tuple[str, ...]] = ()

    def to_schema(self) -> dict[str, Any]:
        schema = super().to_schema()
        content = schema.get("responses", {}).get("200", {}).setdefault("content", {})
        for media_type in self.media_types:
            content[media_type] = {"schema": {"type": "string", "format": "binary"}}
        return schema


class EnsiaOperation(FileOperation):
    media_types = (XLSX, DOCX)


class CsvOperation(FileOperation):
    media_types = ("text/csv",)


VERDICT_NL = {"in_order": "op orde", "gaps": "tekortkomingen", "no_products": "geen producten vastgelegd"}
HEADINGS = ("Domein", "Oordeel", "Leverancier", "Product", "Versie", "Gebruikt door", "Overeenkomst van kracht",
            "Geldig bewijs op peildatum", "Verlopen op peildatum", "Tekortkomingen")


def _evidence(items: list[EvidenceRef]) -> str:
    return ", ".join(f"{EVIDENCE_KINDS.get(e.kind, e.kind)} (tot {datum(e.counts_until)})" for e in items)


def to_xlsx(state: EnsiaOut) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "ENSIA"
    sheet.append([f"ENSIA-overzicht {state.name} ({state.cbs_code}), peildatum {datum(state.reference_date)}"])
    sheet.append(list(HEADINGS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for domain in state.domains:
        if not domain.products:
            sheet.append([domain.label, VERDICT_NL[domain.verdict]])
        for p in domain.products:
            agreements = ", ".join(f"{a.title} ({a.id})" for a in p.agreements) or "geen"
            row = [domain.label, VERDICT_NL[domain.verdict], p.supplier_name, p.product_name, p.product_version,
                   ", ".join(p.used_by), agreements, _evidence(p.assurance), _evidence(p.expired), " ".join(p.gaps)]
            sheet.append([formula_safe(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def paragraph(state: EnsiaOut) -> list[str]:
    """The sentences of the annual report's paragraph."""
    on = datum(state.reference_date)
    used = [d for d in state.domains if d.products]
    in_order = [d.label for d in used if d.verdict == "in_order"]
    with_gaps = [d for d in used if d.verdict == "gaps"]
    sentences = [f"Voor de ENSIA-verantwoording met peildatum {on} is nagegaan welke leveranciers de gemeente "
                 f"{state.name} ondersteunen bij {len(used)} van de {len(state.domains)} domeinen."]
    if in_order:
        sentences.append(f"Voor {', '.join(in_order)} was op de peildatum met elke leverancier een ondertekende "
                         "verwerkersovereenkomst van kracht en lag er geldig bewijs van beveiliging.")
    for d in with_gaps:
        gaps = sorted({g for p in d.products for g in p.gaps})
        sentences.append(f"Voor {d.label} waren er tekortkomingen: {' '.join(gaps)}")
    expired = sorted({f"{EVIDENCE_KINDS.get(e.kind, e.kind)} van {p.supplier_name}"
                      for d in used for p in d.products for e in p.expired})
    if expired:
        sentences.append(f"Op de peildatum verlopen of verouderd bewijs: {', '.join(expired)}.")
    if state.rights.received:
        r = state.rights
        sentences.append(f"In {r.year} ontving de gemeente {r.received} verzoek(en) van inwoners over hun gegevens "
                         f"(inzage, verbetering, verwijdering, beperking of bezwaar); {r.answered_on_time} daarvan "
                         f"werden binnen de wettelijke termijn beantwoord en {r.answered_late} later.")
    if state.advisories_open:
        sentences.append(f"Er staan {len(state.advisories_open)} beveiligingsadvies(en) open voor producten die de "
                         f"gemeente gebruikt ({', '.join(state.advisories_open)}).")
    else:
        sentences.append("Er staan geen beveiligingsadviezen open voor producten die de gemeente gebruikt.")
    return sentences


def to_docx(state: EnsiaOut) -> bytes:
    document = Document()
    document.add_heading(f"Informatiebeveiliging: ENSIA {state.reference_date.year}", level=2)
    document.add_paragraph(" ".join(paragraph(state)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
