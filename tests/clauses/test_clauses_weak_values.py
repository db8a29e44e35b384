
"""Weak clauses and the values an FG wants to see."""

from __future__ import annotations

import pytest

from clauses import scan_text


@pytest.mark.parametrize(
    "text",
    [
        "The processor shall notify the controller of a personal data breach without undue delay.",
        "Verwerker meldt een datalek onverwijld aan de gemeente.",
    ],
)
def test_breach_notice_without_hours_is_weak(text: str) -> None:
    report = scan_text(text)
    assert report.status_of("breach-notification") == "weak"
    assert report.status_of("breach-deadline") == "missing"
    reason = next(f.reason for f in report.findings if f.key == "breach-notification")
    assert reason and "uren" in reason


def test_breach_notice_over_the_limit_is_weak_and_names_the_hours() -> None:
    report = scan_text(
        "Processor shall notify Controller of any Personal Data Breach within 72 hours."
    )
    assert report.values["breach_deadline_hours"] == 72
    assert report.status_of("breach-notification") == "weak"
    assert report.status_of("breach-deadline") == "weak"
    assert "72 uur" in (next(f.reason for f in report.findings if f.key == "breach-deadline") or "")


def test_breach_hours_limit_is_a_parameter() -> None:
    text = "Verwerker meldt een datalek binnen 36 uur aan de gemeente."
    assert scan_text(text).status_of("breach-deadline") == "present"
    assert scan_text(text, breach_hours_limit=24).status_of("breach-deadline") == "weak"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "The processor will inform the controller of a security incident within twenty-four (24) hours.",
            24,
        ),
        ("Verwerker meldt een datalek binnen achtenveertig uur aan de gemeente.", 48),
        (
            "Processor shall notify controller of a data breach within one business day and no later than 36 hours.",
            36,
        ),
    ],
)
def test_breach_deadline_hours_are_extracted(text: str, hours: int) -> None:
    assert scan_text(text).values["breach_deadline_hours"] == hours


def test_authority_deadline_of_72_hours_is_not_taken_as_the_processor_deadline() -> None:
    text = (
        "Processor shall notify controller of a personal data breach without undue delay so that "
        "controller can inform the supervisory authority within 72 hours."
    )
    report = scan_text(text)
    assert report.values["breach_deadline_hours"] is None
    assert report.status_of("breach-notification") == "weak"


def test_general_subprocessor_authorisation_without_notice_or_objection_is_weak() -> None:
    report = scan_text(
        "Controller hereby grants a general authorisation to Processor to engage sub-processors."
    )
    assert report.status_of("subprocessor-authorisation") == "weak"
    reason = next(f.reason for f in report.findings if f.key == "subprocessor-authorisation")
    assert reason and "meldtermijn" in reason and "bezwaar" in reason


def test_general_authorisation_with_notice_period_and_objection_is_present() -> None:
    text = (
        "Controller hereby grants a general authorisation to Processor to engage sub-processors. "
        "Processor shall inform Controller of any intended new sub-processor at least 30 days in advance. "
        "Controller may object to the new sub-processor."
    )
    report = scan_text(text)
    assert report.status_of("subprocessor-authorisation") == "present"
    assert report.status_of("subprocessor-changes") == "present"
    assert report.values["subprocessor_notice_days"] == 30


def test_subprocessor_notice_in_weeks_is_converted_to_days() -> None:
    text = "Verwerker informeert de gemeente vier weken vooraf over een nieuwe subverwerker."
    assert scan_text(text).values["subprocessor_notice_days"] == 28


def test_deletion_at_the_end_without_a_term_is_weak() -> None:
    report = scan_text(
        "Upon termination of the Agreement, the processor shall delete all personal data."
    )
    assert report.status_of("return-or-delete") == "weak"
    assert report.values["deletion_term_days"] is None


def test_deletion_term_is_extracted_in_days() -> None:
    report = scan_text(
        "Na beëindiging van de overeenkomst verwijdert Verwerker alle gegevens binnen drie maanden."
    )
    assert report.status_of("return-or-delete") == "present"
    assert report.values["deletion_term_days"] == 90


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("Controller may conduct an audit once per year.", "yearly"),
        ("De gemeente mag jaarlijks een audit laten uitvoeren.", "yearly"),
        ("Customer may carry out an audit every two years.", "every two years"),
        ("The controller may request an inspection, which the processor shall allow.", None),
    ],
)
def test_audit_frequency_is_extracted(text: str, frequency: str | None) -> None:
    assert scan_text(text).values["audit_frequency"] == frequency


def test_negated_liability_for_subprocessors_does_not_count() -> None:
    text = "The processor accepts no liability whatsoever for the services of its sub-processors."
    assert scan_text(text).status_of("subprocessor-liability") == "missing"


def test_controller_warranting_lawful_instructions_is_not_a_notice_duty() -> None:
    text = "The controller warrants that its instructions will not infringe the GDPR."
    assert scan_text(text).status_of("unlawful-instruction-notice") == "missing"
