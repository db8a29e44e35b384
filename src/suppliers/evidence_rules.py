"""When assurance evidence stops counting (DOMAIN.md, 'Assurance evidence and when it goes stale')."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

CERTIFICATES = frozenset({"iso27001", "nen7510"})
OPERATING_REPORTS = frozenset({"isae3402_type2", "soc2_type2", "isae3000_tpm"})
DESIGN_REPORTS = frozenset({"isae3402_type1", "soc2_type1"})
#: Certificates against ISO/IEC 27001:2013 are invalid after this day.
ISO27001_2013_SUNSET = dt.date(2025, 10, 31)


@dataclass(frozen=True)
class EvidencePolicy:
    certificate_warning_days: int = 90
    report_valid_months: int = 12
    report_warning_days: int = 60
    pentest_valid_months: int = 12


@dataclass(frozen=True)
class EvidenceStatus:
    state: str  # valid, expiring, expired, stale, design_only, incomplete
    counts_until: dt.date | None
    reason: str


def counts_until(
    kind: str,
    *,
    issued_on: dt.date | None,
    period_end: dt.date | None,
    valid_until: dt.date | None,
    standard_version: str | None,
    policy: EvidencePolicy = EvidencePolicy(),
) -> dt.date | None:
    """The last day the evidence counts, or None when the record lacks the date to tell."""
    if kind in CERTIFICATES or (kind == "other" and valid_until):
        if valid_until is None:
            return None
        if kind == "iso27001" and standard_version == "2013":
            return min(valid_until, ISO27001_2013_SUNSET)
        return valid_until
    if kind in OPERATING_REPORTS or kind in DESIGN_REPORTS or kind == "other":
        base = period_end or issued_on
        return base + relativedelta(months=policy.report_valid_months) if base else None
    if kind == "pentest":
        base = issued_on or period_end
        return base + relativedelta(months=policy.pentest_valid_months) if base else None
    if kind == "digid_assessment":
        base = period_end or issued_on
        # Counts until the next ENSIA reference date (31 December of the following year).
        return dt.date(base.year + 1, 12, 31) if base else None
    return None


def evidence_status(
    kind: str,
    *,
    issued_on: dt.date | None,
    period_end: dt.date | None,
    valid_until: dt.date | None,
    standard_version: str | None,
    on: dt.date,
    policy: EvidencePolicy = EvidencePolicy(),
) -> EvidenceStatus:
    until = counts_until(
        kind,
        issued_on=issued_on,
        period_end=period_end,
        valid_until=valid_until,
        standard_version=standard_version,
        policy=policy,
    )
    if until is None:
        return EvidenceStatus("incomplete", None, "Datum ontbreekt om de geldigheid te bepalen.")
    is_certificate = kind in CERTIFICATES or (kind == "other" and valid_until is not None)
    if on > until:
        if is_certificate:
            if kind == "iso27001" and standard_version == "2013" and until == ISO27001_2013_SUNSET:
                return EvidenceStatus(
                    "expired", until, "Certificaat tegen ISO 27001:2013 geldt niet meer na 31-10-2025."
                )
            return EvidenceStatus("expired", until, "Certificaat is verlopen.")
        return EvidenceStatus("stale", until, "Rapport is ouder dan toegestaan.")
    if kind in DESIGN_REPORTS:
        return EvidenceStatus("design_only", until, "Type I toont alleen de opzet, niet de werking.")
    warning = policy.certificate_warning_days if is_certificate else policy.report_warning_days
    if (until - on).days <= warning:
        return EvidenceStatus("expiring", until, "Loopt binnenkort af.")
    return EvidenceStatus("valid", until, "Geldig.")


def evidence_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """What the register refuses in an evidence item's values (also raw form values), per field."""
    errors: dict[str, str] = {}
    kind = values.get("kind")
    start, end, issued, until = (
        value if isinstance(value := values.get(name), dt.date) else None
        for name in ("period_start", "period_end", "issued_on", "valid_until")
    )
    if start and end and end < start:
        errors["period_end"] = "Het einde van de periode ligt voor het begin."
    if issued and until and until < issued:
        errors["valid_until"] = "De geldigheid eindigt voor de uitgiftedatum."
    if kind in CERTIFICATES and not values.get("valid_until"):
        errors["valid_until"] = "Een certificaat heeft een einddatum van de geldigheid."
    if kind in OPERATING_REPORTS and not values.get("period_end"):
        errors["period_end"] = "Een type II- of TPM-rapport beschrijft een periode; geef het einde op."
    if values.get("standard_version") and kind not in CERTIFICATES:
        errors["standard_version"] = "Alleen voor ISO 27001- en NEN 7510-certificaten."
    if kind == "iso27001" and not values.get("standard_version"):
        errors["standard_version"] = "Geef aan tegen welke versie (2013 of 2022) is gecertificeerd."
    return errors


def evidence_warnings(values: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    """What is allowed but worth a second look before it is stored: a certificate or report
    that no longer counts on the day it is entered. A page asks to acknowledge these."""
    warnings: dict[str, str] = {}
    until = values.get("valid_until")
    if isinstance(until, dt.date) and until < today:
        warnings["valid_until"] = (
            f"Deze geldigheid is al verstreken ({until:%d-%m-%Y}): het stuk telt niet als bewijs."
        )
    end = values.get("period_end")
    if isinstance(end, dt.date) and values.get("kind") in OPERATING_REPORTS and end + relativedelta(months=12) < today:
        warnings["period_end"] = (
            "Deze rapportageperiode is meer dan een jaar geleden geëindigd: het rapport is verouderd."
        )
    return warnings
