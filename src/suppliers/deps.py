"""Providers and small helpers the register's handlers share (API and pages)."""

from __future__ import annotations

from core import Settings
from suppliers.evidence_rules import EvidencePolicy


def evidence_policy(settings: Settings) -> EvidencePolicy:
    """When evidence counts as expiring or stale, from the service's settings."""
    return EvidencePolicy(
        certificate_warning_days=settings.expiry_horizon_days,
        report_valid_months=settings.report_valid_months,
    )


def download_name(name: str) -> str:
    """A file name safe for a Content-Disposition header."""
    return "".join(c for c in name if c.isalnum() or c in "-_. ")[:120] or "bewijsstuk.pdf"
