"""Weak-clause judgements and extracted values, on top of the raw rule hits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from clauses import values as v

Verdict = tuple[Literal["present", "weak", "missing"], str | None, list[int]]

_GENERAL_AUTH = re.compile(
    r"(?:general (?:written )?(?:authori[sz]ation|consent|approval)|generally authori[sz]|"
    r"hereby (?:authori[sz]|consent|approv|agree)|algemene (?:schriftelijke )?toestemming|"
    r"geeft .{0,40}(?:hierbij|bij deze) toestemming|stemt .{0,40}in met (?:de )?inschakeling)"
)
_NOTICE_PERIOD = re.compile(
    rf"{v._NUM}{v._PAREN}[\s-]*(?:(?:calendar|business|working|kalender|werk)[\s-]?)?"
    r"(days?|dagen|dag|weeks?|weken|week|months?|maanden|maand)['’]?\s*"
    r"(?:(?:prior|advance|written|schriftelijke?)\s+)*"
    r"(?:notice|notification|in advance|before|prior to|vooraf|van tevoren|"
    r"voor(?:afgaand|dat)?|voor de)"
)
_NOTICE_PERIOD_LEAD = re.compile(
    rf"(?:at least|no less than|not less than|minimum of|minimaal|ten minste|tenminste|"
    rf"uiterlijk)\s+{v._NUM}{v._PAREN}[\s-]*(?:(?:calendar|business|working|werk)[\s-]?)?"
    r"(days?|dagen|dag|weeks?|weken|week|months?|maanden|maand)"
)
_UNIT_DAYS = {"w": 7, "m": 30}


def _notice_days(text: str) -> int | None:
    for pattern in (_NOTICE_PERIOD, _NOTICE_PERIOD_LEAD):
        match = pattern.search(text)
        if match:
            unit = match.group(2)
            return v._number(match.group(1)) * _UNIT_DAYS.get(unit[0], 1)
    return None


def _first(items: Sequence[int | None]) -> int | None:
    return next((item for item in items if item is not None), None)


def judge(
    hits: dict[str, list[int]], lowered: Sequence[str], *, breach_hours_limit: int
) -> tuple[dict[str, Verdict], dict[str, Any]]:
    """Verdicts for keys that need more than "found or not", and the values read."""
    verdicts: dict[str, Verdict] = {}
    breach = hits.get("breach-notification", [])
    hour_hits = [(i, h) for i in breach for h in v.hours_in(lowered[i])]
    hours = min((h for _, h in hour_hits), default=None)
    notice = _first([_notice_days(lowered[i]) for i in hits.get("subprocessor-changes", [])])
    deletion = _first([_first(v.days_in(lowered[i])) for i in hits.get("return-or-delete", [])])
    audit_texts = hits.get("audits", []) + hits.get("assurance-report", [])
    frequency = next((f for f in (v.audit_frequency(lowered[i]) for i in audit_texts) if f), None)
    values: dict[str, Any] = {
        "breach_deadline_hours": hours,
        "subprocessor_notice_days": notice,
        "deletion_term_days": deletion,
        "audit_frequency": frequency,
    }

    hour_evidence = [i for i, h in hour_hits if h == hours]
    if breach and hours is None:
        verdicts["breach-notification"] = (
            "weak",
            "Er staat geen concrete termijn in uren; alleen 'zonder onredelijke "
            "vertraging' of iets vergelijkbaars.",
            breach,
        )
    elif breach and hours is not None and hours > breach_hours_limit:
        verdicts["breach-notification"] = (
            "weak",
            f"De meldtermijn van {hours} uur is langer dan {breach_hours_limit} uur.",
            hour_evidence + breach,
        )
    if hours is None:
        verdicts["breach-deadline"] = ("missing", None, [])
    elif hours > breach_hours_limit:
        verdicts["breach-deadline"] = (
            "weak",
            f"De meldtermijn van {hours} uur is langer dan {breach_hours_limit} uur.",
            hour_evidence,
        )
    else:
        verdicts["breach-deadline"] = ("present", None, hour_evidence)

    changes = hits.get("subprocessor-changes", [])
    if changes and notice is None:
        verdicts["subprocessor-changes"] = (
            "weak",
            "Nieuwe subverwerkers worden gemeld, maar zonder termijn in dagen vooraf.",
            changes,
        )
    authorisation = hits.get("subprocessor-authorisation", [])
    general = [i for i in authorisation if _GENERAL_AUTH.search(lowered[i])]
    if general:
        gaps = []
        if notice is None:
            gaps.append("geen meldtermijn voor nieuwe subverwerkers")
        if not hits.get("subprocessor-objection"):
            gaps.append("geen recht om bezwaar te maken")
        if gaps:
            verdicts["subprocessor-authorisation"] = (
                "weak",
                "Algemene toestemming voor subverwerkers, maar " + " en ".join(gaps) + ".",
                general + authorisation,
            )
    deletes = hits.get("return-or-delete", [])
    if deletes and deletion is None:
        verdicts["return-or-delete"] = (
            "weak",
            "Teruggeven of verwijderen is geregeld, maar zonder concrete termijn.",
            deletes,
        )
    reports = hits.get("assurance-report", [])
    if reports and not any(v.audit_frequency(lowered[i]) for i in reports):
        verdicts["assurance-report"] = (
            "weak",
            "Er wordt een verklaring genoemd, maar niet hoe vaak die wordt vernieuwd.",
            reports,
        )
    return verdicts, values
