"""When assurance evidence stops counting (DOMAIN.md, 'Assurance evidence and when it goes stale')."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
