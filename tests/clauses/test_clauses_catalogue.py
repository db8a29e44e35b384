"""The catalogue is the public contract: keys, tiers and texts."""

from __future__ import annotations

import json
from pathlib import Path

from clauses import load_catalogue

README_KEYS = [
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
]
MUNICIPAL_KEYS = [
    "breach-deadline",
    "processing-location",
    "security-standard",
    "assurance-report",
    "exit",
]


def test_catalogue_lists_readme_keys_then_municipal_keys_in_order() -> None:
    assert list(load_catalogue().keys) == README_KEYS + MUNICIPAL_KEYS


def test_first_nineteen_keys_are_mandatory_and_the_rest_recommended() -> None:
    catalogue = load_catalogue()
    assert list(catalogue.mandatory_keys()) == README_KEYS[:19]
    assert all(c.tier == "recommended" for c in catalogue.clauses[19:])


def test_every_clause_has_reference_titles_and_explanations_in_both_languages() -> None:
    for clause in load_catalogue().clauses:
        for text in (
            clause.reference,
            clause.title_nl,
            clause.title_en,
            clause.explanation_nl,
            clause.explanation_en,
        ):
            assert text.strip(), clause.key
        assert len(clause.explanation_nl) < 400


def test_catalogue_file_carries_a_version() -> None:
    path = Path(__file__).parents[2] / "src/clauses/catalogue.json"
    assert json.loads(path.read_text("utf-8"))["version"] == load_catalogue().version
