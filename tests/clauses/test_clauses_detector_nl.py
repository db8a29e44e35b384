
"""Dutch: the own-words sentence set per clause, and whole agreements with gaps."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from clauses import load_catalogue, scan_bytes, scan_text
from tests.clauses.clauses_nl_sentences import NL_SENTENCES

DATA = Path(__file__).parent / "data"
CASES = [(key, sentence) for key, sentences in NL_SENTENCES.items() for sentence in sentences]


def test_dutch_sentence_set_covers_every_catalogue_key_with_several_phrasings() -> None:
    assert set(NL_SENTENCES) == set(load_catalogue().keys)
    assert all(len(sentences) >= 3 for sentences in NL_SENTENCES.values())


@pytest.mark.parametrize(
    ("key", "sentence"), CASES, ids=[f"{k}-{i % 3}" for i, (k, _) in enumerate(CASES)]
)
def test_dutch_sentence_is_recognised_as_its_clause(key: str, sentence: str) -> None:
    assert scan_text(sentence).status_of(key) != "missing"


def test_unrelated_dutch_sentence_matches_no_mandatory_clause() -> None:
    report = scan_text("De vergadering begint om negen uur in het gemeentehuis aan de Markt.")
    assert set(load_catalogue().mandatory_keys()) <= set(report.missing)


def test_care_agreement_without_audit_clause_is_flagged_where_it_has_gaps() -> None:
    report = scan_bytes((DATA / "vwo_zorg_zonder_audit.txt").read_bytes(), "zorg.txt")
    assert report.language == "nl"
    for key in (
        "audits",
        "subprocessor-liability",
        "unlawful-instruction-notice",
        "assist-dpia",
        "exit",
        "security-standard",
        "assurance-report",
        "breach-deadline",
    ):
        assert report.status_of(key) == "missing", key
    for key in (
        "instructions",
        "legal-requirement-notice",
        "confidentiality",
        "security-measures",
        "security-risk-assessment",
        "subprocessor-authorisation",
        "subprocessor-flow-down",
        "data-subject-rights",
        "assist-security",
        "assist-breach-authority",
        "assist-breach-subjects",
        "assist-prior-consultation",
        "compliance-information",
        "processing-purpose",
        "personal-data-types",
        "data-subject-categories",
        "processing-duration",
        "termination",
    ):
        assert report.status_of(key) == "present", key
    assert report.status_of("breach-notification") == "weak"
    assert report.status_of("return-or-delete") == "weak"


def test_tax_agreement_without_deletion_clause_is_flagged_where_it_has_gaps() -> None:
    report = scan_bytes((DATA / "vwo_belasting_zonder_teruggave.txt").read_bytes(), "b.txt")
    for key in (
        "confidentiality",
        "return-or-delete",
        "subprocessor-flow-down",
        "international-transfers",
        "exit",
    ):
        assert report.status_of(key) == "missing", key
    for key in (
        "instructions",
        "legal-requirement-notice",
        "unlawful-instruction-notice",
        "security-measures",
        "security-risk-assessment",
        "assist-security",
        "assist-dpia",
        "assist-prior-consultation",
        "assist-breach-authority",
        "assist-breach-subjects",
        "subprocessor-authorisation",
        "subprocessor-changes",
        "subprocessor-objection",
        "subprocessor-liability",
        "audits",
        "data-subject-rights",
        "breach-notification",
        "breach-information",
        "breach-deadline",
        "processing-location",
        "security-standard",
        "assurance-report",
    ):
        assert report.status_of(key) == "present", key
    assert report.values == {
        "breach_deadline_hours": 24,
        "subprocessor_notice_days": 30,
        "deletion_term_days": None,
        "audit_frequency": "yearly",
    }


@pytest.fixture
def dutch_docx_without_subprocessor_rules() -> bytes:
    document = docx.Document()
    document.add_heading("Verwerkersovereenkomst leerlingenvervoer", level=1)
    document.add_paragraph("Verwerker verwerkt de gegevens alleen in opdracht van de gemeente.")
    document.add_paragraph("Alle medewerkers van Verwerker zijn gebonden aan geheimhouding.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Beveiliging"
    table.cell(0, 1).text = (
        "Verwerker neemt passende technische en organisatorische "
        "maatregelen om de gegevens te beveiligen."
    )
    table.cell(1, 0).text = "Audit"
    table.cell(1, 1).text = "De gemeente mag jaarlijks een audit laten uitvoeren."
    document.add_paragraph(
        "Na het einde van de overeenkomst verwijdert Verwerker alle "
        "persoonsgegevens binnen veertien dagen."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_dutch_docx_agreement_without_subprocessor_rules(
    dutch_docx_without_subprocessor_rules: bytes,
) -> None:
    report = scan_bytes(dutch_docx_without_subprocessor_rules, "vervoer.docx")
    assert report.language == "nl"
    for key in (
        "instructions",
        "confidentiality",
        "security-measures",
        "audits",
        "return-or-delete",
    ):
        assert report.status_of(key) == "present", key
    for key in (
        "subprocessor-authorisation",
        "subprocessor-changes",
        "subprocessor-flow-down",
        "subprocessor-liability",
        "breach-notification",
    ):
        assert report.status_of(key) == "missing", key
    assert report.values["deletion_term_days"] == 14
    assert report.values["audit_frequency"] == "yearly"
    audit = next(c for c in report.to_dict()["clauses"] if c["key"] == "audits")
    assert audit["evidence"][0]["location"] == "tabel 1, rij 2"
