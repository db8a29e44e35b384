"""Clause keys a template may claim to cover.

The first 29 keys are the public clause catalogue (``shared/corpora/README.md``); the
last five are the municipal keys of the catalogue in ``contracts.clauses``.
"""

from __future__ import annotations

CATALOGUE_KEYS: tuple[str, ...] = (
    "subprocessor-authorisation",
    "subprocessor-changes",
    "instructions",
    "legal-requirement-notice",
    "confidentiality",
    "security-measures",
    "data-subject-rights",
    "assist-security",
    "assist-prior-consultation",
    "assist-breach-authority",
    "assist-breach-subjects",
    "assist-dpia",
    "return-or-delete",
    "unlawful-instruction-notice",
    "compliance-information",
    "audits",
    "subprocessor-flow-down",
    "subprocessor-liability",
    "security-risk-assessment",
    "processing-duration",
    "processing-purpose",
    "personal-data-types",
    "data-subject-categories",
    "breach-notification",
    "breach-information",
    "international-transfers",
    "subprocessor-objection",
    "liability",
    "termination",
)
MUNICIPAL_KEYS: tuple[str, ...] = (
    "breach-deadline",  # a concrete deadline in hours for notifying the controller
    "processing-location",  # the countries where data are processed
    "security-standard",  # BIO, ISO 27001 or NEN 7510
    "assurance-report",  # yearly TPM / ISAE 3402 / SOC 2 report
    "exit",  # exit strategy and cooperation on migration
)
CLAUSE_KEYS: frozenset[str] = frozenset(CATALOGUE_KEYS + MUNICIPAL_KEYS)
