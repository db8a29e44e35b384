"""Generic framings of a duty: list items under a lead-in, fragments, scoped assistance,
and mentions of a topic that impose no duty. Sentences written for these tests."""

from __future__ import annotations

import pytest

from clauses import scan_text, split_sentences

ASSIST_KEYS = (
    "assist-security",
    "assist-prior-consultation",
    "assist-breach-authority",
    "assist-breach-subjects",
    "assist-dpia",
)


def _present(text: str, key: str) -> bool:
    return scan_text(text).status_of(key) != "missing"


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # a list item inherits actor and duty from its lead-in; the scope names topics
        (
            "assist-security",
            "The Supplier shall: keep a record of all processing; assist the Customer in "
            "meeting its obligations under the GDPR regarding the security of processing "
            "and impact assessments; delete its logs after a year.",
        ),
        (
            "assist-dpia",
            "The Supplier shall: keep a record of all processing; assist the Customer in "
            "meeting its obligations under the GDPR regarding the security of processing "
            "and impact assessments; delete its logs after a year.",
        ),
        # items after a lead-in that ends in "with respect to:"
        (
            "assist-breach-authority",
            "The Supplier shall provide such co-operation as the Customer requires in "
            "ensuring compliance with the Customer's obligations under data protection "
            "law, including with respect to: records of processing; "
            "and any notification of a personal data breach to the supervisory authority.",
        ),
        # the Art. 28(3)(f) wording makes a duty general despite its list of examples
        (
            "assist-security",
            "The Supplier shall give the Customer reasonable assistance (taking into "
            "account the nature of processing and the information available to the "
            "Supplier) in ensuring compliance with the Customer's obligations under the "
            "GDPR, including impact assessments and prior consultations.",
        ),
        (
            "legal-requirement-notice",
            "Where the Supplier is required by Union or Member State law to process the "
            "data otherwise, it shall inform the Customer of that legal requirement before "
            "processing.",
        ),
        (
            "legal-requirement-notice",
            # the exception alone is no notice (set 6): it must warn of the requirement
            "The Supplier follows the Customer's instructions, unless it is under a "
            "mandatory legal obligation to act otherwise, of which it will first notify the Customer.",
        ),
        (
            "unlawful-instruction-notice",
            "If the Supplier believes that an instruction infringes the GDPR, it shall "
            "inform the Customer immediately.",
        ),
        (
            "security-risk-assessment",
            "The Supplier shall take measures appropriate to the risks of accidental or "
            "unlawful destruction, loss or alteration of the data.",
        ),
        (
            "confidentiality",
            "The Supplier shall keep the personal data confidential and shall oblige its employees to do the same.",
        ),
        (
            "compliance-information",
            "The Supplier will be able to demonstrate its compliance with these obligations.",
        ),
        (
            "subprocessor-changes",
            "The Supplier will engage a subprocessor only after it has informed the Customer in advance.",
        ),
    ],
)
def test_duty_in_a_generic_framing_is_found(key: str, text: str) -> None:
    assert _present(text, key)


def test_fragment_continues_in_the_next_paragraph() -> None:
    text = (
        "The Supplier shall assist the Customer in ensuring compliance with\n\n"
        "the Customer's obligations under applicable data protection law."
    )
    report = scan_text(text)
    assert all(report.status_of(key) != "missing" for key in ASSIST_KEYS)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # "as required by law" qualifies a duty; the notice in the next sentence is
        # about something else
        (
            "legal-requirement-notice",
            "If required by law, the Supplier shall appoint a data protection officer. "
            "The Supplier shall notify the Customer of the officer's contact details.",
        ),
        # a violation of the instructions by the processor is not an unlawful instruction
        (
            "unlawful-instruction-notice",
            "The Supplier shall notify the Customer without delay of any violation of "
            "data protection law, of this agreement or of the Customer's instructions.",
        ),
        # one harm word ("destroy") is not the Art. 32(2) list
        (
            "security-risk-assessment",
            "On termination the Supplier shall destroy all carrier media in compliance "
            "with data protection requirements.",
        ),
        # "reliability" and "carefully" are no liability
        (
            "subprocessor-liability",
            "The Supplier must carefully select each subprocessor and check its reliability.",
        ),
        # remediation is not help with the controller's notifications
        (
            "assist-breach-authority",
            "The Supplier shall take steps in order to remediate the cause of a personal "
            "data breach. Notification and incident management are described in Annex 2.",
        ),
        # a notice to the commissioner without a duty to help
        (
            "assist-breach-authority",
            "Monitoring compliance of the Support Unit with the Customer's requirements. "
            "It has reviewed its notification to the Information Commissioner this year.",
        ),
    ],
)
def test_topic_mentioned_without_the_duty_is_not_found(key: str, text: str) -> None:
    assert not _present(text, key)


def test_sentence_may_start_in_lower_case_after_a_full_word() -> None:
    text = "The report is provided on request. supplier shall notify the customer. See approx. the annex."
    assert split_sentences(text) == [
        "The report is provided on request.",
        "supplier shall notify the customer.",
        "See approx. the annex.",
    ]


@pytest.mark.parametrize(
    ("key", "text"),
    [
        (
            "assist-security",
            "Verwerker zal: een register bijhouden; de gemeente ondersteunen bij het "
            "nakomen van haar verplichtingen uit de AVG inzake de beveiliging van de "
            "verwerking; logbestanden na een jaar verwijderen.",
        ),
        (
            "assist-dpia",
            "Verwerker verleent bijstand, rekening houdend met de aard van de verwerking en "
            "de hem ter beschikking staande informatie, bij het nakomen van haar "
            "verplichtingen uit de AVG, waaronder effectbeoordelingen.",
        ),
        (
            "confidentiality",
            "Verwerker zal de persoonsgegevens vertrouwelijk behandelen.",
        ),
        (
            "subprocessor-changes",
            "Verwerker schakelt een subverwerker pas in nadat hij de gemeente vooraf heeft geïnformeerd.",
        ),
    ],
)
def test_dutch_mirror_of_the_generic_framings(key: str, text: str) -> None:
    assert _present(text, key)
