"""A scanned supplier agreement side by side with our model, and the negotiation letter.

Per clause of the catalogue: what our model agreement says (filled in for this agreement),
what the supplier's text says (the sentences the detector took as evidence), and for the
four values an FG negotiates (breach notice, sub-processor notice, deletion term, audit
frequency) the supplier's value against ours and against policy.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any, Literal

import docx
import msgspec
from docx.shared import Pt

from clauses import load_catalogue, scan_text
from contracts.context import build_context
from contracts.services import AGREEMENT
from contracts.tables import Scan
from core import NotFound, Principal, crud, datum
from suppliers import Supplier
from templates import ModelArticle, model_articles

#: Audit frequencies as the detector names them, most frequent first.
FREQUENCIES = ("quarterly", "twice yearly", "yearly", "every two years", "every three years")
FREQUENCY_NL = {
    "quarterly": "elk kwartaal", "twice yearly": "twee keer per jaar", "yearly": "jaarlijks",
    "every two years": "eens per twee jaar", "every three years": "eens per drie jaar",
}
Verdict = Literal["ok", "short", "not_stated"]


class Value(msgspec.Struct, kw_only=True):
    name: str
    #: Dutch label, e.g. "Termijn melding datalek".
    label: str
    #: What the supplier's text says (hours, days, a frequency), or None when it says nothing.
    supplier: int | str | None
    #: What our agreement asks.
    ours: int | str | None
    #: The policy bound the value is held against, in words.
    policy: str
    verdict: Verdict


class Evidence(msgspec.Struct):
    text: str
    location: str


class ComparedClause(msgspec.Struct, kw_only=True):
    key: str
    title: str
    tier: str
    reference: str
    #: present, weak or missing in the supplier's text.
    status: str
    reason: str
    supplier_text: list[Evidence]
    #: Our model's wording: "Artikel 7.2: ..." per paragraph.
    model_text: list[str]


class Comparison(msgspec.Struct, kw_only=True):
    agreement_id: int
    scan_id: int
    document: str
    language: str
    scanned_at: dt.datetime
    clauses: list[ComparedClause]
    values: list[Value]

    @property
    def points(self) -> list[ComparedClause]:
        """The clauses to negotiate: missing or weak, mandatory ones first."""
        open_ = [c for c in self.clauses if c.status in {"missing", "weak"}]
        return sorted(open_, key=lambda c: c.tier != "mandatory")


async def _latest_scan(agreement_id: int) -> dict[str, Any]:
    """The newest readable scan of a supplier's draft, else of any uploaded copy."""
    rows = await Scan.select(
        Scan.id, Scan.report, Scan.language, Scan.created_at, Scan.document.kind.as_alias("kind"),
        Scan.document.filename.as_alias("filename"),
    ).where(Scan.agreement == agreement_id, Scan.status == "scanned").order_by(Scan.id, ascending=False)
    row = next((r for r in rows if r["kind"] == "supplier_draft"), rows[0] if rows else None)
    if row is None:
        raise NotFound("Gescande overeenkomst van de leverancier")
    if isinstance(row["report"], str):
        row["report"] = json.loads(row["report"])
    return row


def _wording(articles: list[ModelArticle], key: str) -> list[str]:
    """Our model's paragraphs for a clause: those of the articles claiming it that state it,
    as the detector reads them; all of the articles' paragraphs when none does alone."""
    claiming = [a for a in articles if key in a.keys]
    stating = [
        f"{a.label.split()[0]} {number}: {text}"
        for a in claiming for number, text in a.paragraphs
        if any(f.key == key and f.status != "missing" for f in scan_text(text).findings)
    ]
    return stating or [f"{a.label.split()[0]} {n}: {t}" for a in claiming for n, t in a.paragraphs]


def _values(found: dict[str, Any], agreement: dict[str, Any], breach_hours_limit: int) -> list[Value]:
    hours, notice = found.get("breach_deadline_hours"), found.get("subprocessor_notice_days")
    deletion, frequency = found.get("deletion_term_days"), found.get("audit_frequency")
    our_hours = agreement["breach_notification_hours"]
    our_notice = agreement["subprocessor_notice_days"] or 30
    our_days = agreement["return_days"]

    def bound(value: int | None, ok: bool) -> Verdict:
        return "not_stated" if value is None else ("ok" if ok else "short")

    rank = FREQUENCIES.index(frequency) if frequency in FREQUENCIES else None
    return [
        Value(name="breach_notification_hours", label="Termijn melding datalek (uren)", supplier=hours,
              ours=our_hours, policy=f"hoogstens {breach_hours_limit} uur",
              verdict=bound(hours, hours is not None and hours <= min(our_hours, breach_hours_limit))),
        Value(name="subprocessor_notice_days", label="Aankondiging nieuwe subverwerker (dagen vooraf)",
              supplier=notice, ours=our_notice, policy=f"minstens {our_notice} dagen",
              verdict=bound(notice, notice is not None and notice >= our_notice)),
        Value(name="deletion_term_days", label="Termijn teruggeven of verwijderen (dagen)", supplier=deletion,
              ours=our_days, policy=f"hoogstens {our_days} dagen",
              verdict=bound(deletion, deletion is not None and deletion <= our_days)),
        Value(name="audit_frequency", label="Frequentie audit of assurance",
              supplier=FREQUENCY_NL.get(frequency, frequency) if frequency else None, ours="jaarlijks",
              policy="minstens jaarlijks (BIO 5.20.03)",
              verdict="not_stated" if frequency is None else ("ok" if rank is not None and rank <= 2 else "short")),
    ]


async def compare(agreement_id: int, principal: Principal, breach_hours_limit: int) -> Comparison:
    """The latest scanned supplier agreement beside the model of its language."""
    return await _compare(await crud.fetch(AGREEMENT, agreement_id, principal), breach_hours_limit)


async def _compare(agreement: dict[str, Any], breach_hours_limit: int) -> Comparison:
    agreement_id = agreement["id"]
    scan = await _latest_scan(agreement_id)
    report = scan["report"]
    language = report.get("language") if report.get("language") in {"nl", "en"} else "nl"
    articles = model_articles(language, await build_context(agreement))
    catalogue = load_catalogue()
    clauses = []
    for found in report.get("clauses", []):
        clause = catalogue.get(found["key"])
        clauses.append(ComparedClause(
            key=clause.key, title=clause.title_nl, tier=clause.tier, reference=clause.reference,
            status=found["status"], reason=found.get("reason") or "",
            supplier_text=[Evidence(e["text"], str(e.get("location") or "")) for e in found.get("evidence", [])],
            model_text=_wording(articles, clause.key),
        ))
    return Comparison(
        agreement_id=agreement_id, scan_id=scan["id"], document=scan["filename"], language=language,
        scanned_at=scan["created_at"], clauses=clauses,
        values=_values(report.get("values", {}), agreement, breach_hours_limit),
    )


def negotiation_letter(comparison: Comparison, agreement: dict[str, Any], supplier_name: str, on: dt.date) -> bytes:
    """The Dutch "onderhandelpunten" letter: each missing or weak clause with our wording."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(11)
    document.add_heading("Onderhandelpunten verwerkersovereenkomst", level=0)
    document.add_paragraph(f"Aan: {supplier_name}")
    reference = f" ({agreement['reference']})" if agreement["reference"] else ""
    document.add_paragraph(f"Betreft: {agreement['title']}{reference}")
    document.add_paragraph(f"Datum: {datum(on)}")
    points = comparison.points
    document.add_paragraph(
        f"Wij hebben uw concept-verwerkersovereenkomst ({comparison.document}) naast ons model gelegd. "
        + (f"Op {len(points)} {'punt' if len(points) == 1 else 'punten'} vragen wij u de tekst aan te passen. "
           "Per punt staat hieronder wat ontbreekt of tekortschiet, en de tekst die wij voorstellen."
           if points else "Wij vonden geen ontbrekende of te zwakke bepalingen.")
    )
    short = [v for v in comparison.values if v.verdict == "short"]
    if short:
        document.add_heading("Termijnen en frequenties", level=1)
        for value in short:
            document.add_paragraph(
                f"{value.label}: uw tekst noemt {value.supplier}; wij vragen {value.ours} ({value.policy}).",
                style="List Bullet",
            )
    for number, point in enumerate(points, start=1):
        document.add_heading(f"{number}. {point.title} ({point.reference})", level=1)
        what = "ontbreekt in uw concept" if point.status == "missing" else "is in uw concept te zwak"
        document.add_paragraph(
            f"Deze bepaling {what}" + (f": {point.reason}" if point.reason else ".")
            + (" Het gaat om een verplicht onderdeel van artikel 28 AVG." if point.tier == "mandatory" else "")
        )
        for evidence in point.supplier_text[:2]:
            document.add_paragraph(f"Uw tekst: \u201c{evidence.text}\u201d", style="Intense Quote")
        document.add_paragraph("Wij stellen voor:")
        for text in point.model_text:
            document.add_paragraph(text, style="Quote")
    document.add_paragraph(
        "Wij horen graag binnen twee weken of u met deze aanpassingen kunt instemmen, of welk "
        "alternatief u voorstelt."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


async def letter_for(
    agreement_id: int, principal: Principal, breach_hours_limit: int, on: dt.date
) -> tuple[str, bytes]:
    """(file name, .docx) of the negotiation letter for the latest scanned supplier agreement."""
    agreement = await crud.fetch(AGREEMENT, agreement_id, principal)
    comparison = await _compare(agreement, breach_hours_limit)
    supplier = await Supplier.select(Supplier.name).where(Supplier.id == agreement["supplier"]).first()
    name = supplier["name"] if supplier else ""
    return f"onderhandelpunten-{agreement_id}.docx", negotiation_letter(comparison, agreement, name, on)
