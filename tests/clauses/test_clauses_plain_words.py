"""Plain-language agreements (issue 12, set 5's false gaps by class): "we" is the processor,
"you" the controller, duties stated without a modal and in everyday words. Sentences written
for these tests; negations stay refusals."""

from __future__ import annotations

import pytest

from clauses import scan_text


def _status(text: str, key: str) -> str:
    return scan_text(text, model=None).status_of(key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("instructions", "We use the files only for what you tell us to do."),
        ("instructions", "Wij gebruiken uw gegevens alleen voor wat u ons vraagt."),
        (
            "unlawful-instruction-notice",
            "If something you tell us to do goes against privacy law, we tell you at once.",
        ),
        (
            "unlawful-instruction-notice",
            "Als een opdracht van u volgens ons tegen de AVG ingaat, laten wij u dat direct weten.",
        ),
        ("confidentiality", "All our staff have promised to keep your data secret."),
        ("confidentiality", "Iedereen die bij ons met de gegevens werkt, moet die geheim houden."),
        (
            "legal-requirement-notice",
            "If a law makes us use your data differently, we will tell you beforehand.",
        ),
        ("data-subject-rights", "When someone asks for a copy of their data, we help you answer."),
        (
            "data-subject-rights",
            "We help you deal with requests from your staff who want to see their records.",
        ),
        (
            "assist-breach-authority",
            "If anything goes wrong with the data we hold, we will help you inform the regulator.",
        ),
        (
            "assist-breach-authority",
            "Gaat er iets mis met uw gegevens, dan helpen wij u dat te melden bij de Autoriteit "
            "Persoonsgegevens.",
        ),
        ("breach-notification", "Als er iets mis gaat met uw gegevens, laten wij u dat binnen een dag weten."),
        ("audits", "You may check how we look after your data."),
        (
            "compliance-information",
            "We give you the information you need to check that we keep to these terms.",
        ),
        (
            "subprocessor-authorisation",
            "We only let other firms work on your data once you have agreed in writing.",
        ),
        (
            "subprocessor-authorisation",
            "Wij laten alleen een ander bedrijf met uw gegevens werken als u daar vooraf ja op zegt.",
        ),
        (
            "subprocessor-authorisation",
            "Wij schakelen geen andere partijen in zonder dat u daarmee vooraf instemt.",
        ),
        ("subprocessor-flow-down", "Those firms must keep to the same rules as we do."),
        ("subprocessor-flow-down", "Opdrachtnemer legt iedere subverwerker dezelfde plichten op."),
        ("subprocessor-liability", "If one of these firms makes a mistake, we are answerable to you."),
        (
            "subprocessor-liability",
            "Opdrachtnemer zal voor het werk van subverwerkers aansprakelijk blijven.",
        ),
    ],
)
def test_plain_wording_of_a_duty_is_found(key: str, text: str) -> None:
    assert _status(text, key) == "present"


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("confidentiality", "Our staff are not bound to keep the data secret."),
        ("data-subject-rights", "We do not help you when someone asks for a copy of their data."),
        ("audits", "You may not check how we look after your data."),
        # a breach notice that mentions some legal requirement is no legal-requirement notice
        (
            "legal-requirement-notice",
            "If a data breach occurs, we will notify you promptly and meet any requirement of "
            "our internal legal rules.",
        ),
        # the processor checking its own contract is no audit by the controller
        ("audits", "The supplier must check that its contract allows it to hire a subcontractor."),
    ],
)
def test_plain_words_keep_refusals_and_other_topics_apart(key: str, text: str) -> None:
    assert _status(text, key) == "missing"


# security measures weighed against the risk (Art. 32(1)), in other words than "appropriate"
@pytest.mark.parametrize(
    "text",
    [
        "Our safeguards are chosen to match the risks of the work we do for you.",
        "The Supplier applies the security measures of Annex 3, designed for the risks of "
        "this processing.",
        "Technical and organisational measures are put in place by the Supplier having regard "
        "to the risk for the pupils concerned.",
        "The Vendor keeps safeguards that fit the harm a leak of these records could cause.",
        "Verwerker neemt beveiligingsmaatregelen, rekening houdend met het risico voor de "
        "betrokkenen.",
        "De Leverancier kiest de beveiligingsmaatregelen op basis van de risico's van de "
        "verwerking.",
    ],
)
def test_measures_weighed_against_the_risk_are_risk_based_security(text: str) -> None:
    assert _status(text, "security-risk-assessment") == "present"


def test_measures_without_a_risk_are_no_risk_based_security() -> None:
    text = "The Supplier takes the security measures listed in Annex 3, designed by its own team."
    assert _status(text, "security-risk-assessment") == "missing"


def test_a_term_defined_right_after_a_heading_is_read_as_its_meaning() -> None:
    text = (
        "Schedule 4 - Privacy Terms \"Helper Firm\" means any third party the Supplier engages "
        "to process the Client's data. The Client allows the Supplier to use Helper Firms; the "
        "Supplier will tell the Client in advance about any new Helper Firm."
    )
    report = scan_text(text, model=None)
    assert report.status_of("subprocessor-authorisation") == "present"
    assert report.status_of("subprocessor-changes") != "missing"


def test_an_own_word_for_a_breach_keeps_the_help_towards_data_subjects_together() -> None:
    text = (
        "\"Data Mishap\" means any unauthorised disclosure or accidental loss of the Client's "
        "records. The Supplier will help the Client report a Data Mishap to the regulator and "
        "to the people whose records were affected."
    )
    assert _status(text, "assist-breach-subjects") == "present"


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("instructions", "The Lab processes the samples' data only under the Sponsor's written directions."),
        (
            "unlawful-instruction-notice",
            "The Lab warns the Sponsor at once if a direction seems to it to infringe the GDPR.",
        ),
        (
            "data-subject-rights",
            "The Lab helps the Sponsor answer requests from trial participants who wish to use "
            "their rights.",
        ),
        (
            "data-subject-rights",
            "Wij helpen je als iemand zijn gegevens wil inzien of laten verbeteren.",
        ),
        (
            "data-subject-rights",
            "Wij ondersteunen u bij verzoeken van uw klanten om hun gegevens te wissen.",
        ),
        (
            "assist-breach-authority",
            "We tell you about any data breach and give you what you need to report it to the "
            "regulator.",
        ),
        (
            "subprocessor-flow-down",
            "Wij schakelen subverwerkers in. Met ieder van hen maken wij afspraken die niet minder "
            "streng zijn dan deze overeenkomst.",
        ),
    ],
)
def test_other_words_for_instructions_requests_and_equal_terms(key: str, text: str) -> None:
    assert _status(text, key) == "present"


def test_requests_from_staff_are_no_evidence_for_breach_help_towards_data_subjects() -> None:
    text = "The Lab helps the Sponsor answer requests from trial participants."
    assert _status(text, "assist-breach-subjects") == "missing"


@pytest.mark.parametrize(
    ("key", "text"),
    [
        (
            "security-risk-assessment",
            "De Leverancier neemt een op de risico's afgestemde set beveiligingsmaatregelen.",
        ),
        (
            "security-risk-assessment",
            "Er worden passende beveiligingsmaatregelen genomen, waarbij rekening wordt gehouden "
            "met de risico's voor de leerlingen.",
        ),
        (
            "security-risk-assessment",
            "Beveiligingsmaatregelen worden gekozen met inachtneming van de risico's van de "
            "verwerking.",
        ),
        (
            "security-risk-assessment",
            "The Lab keeps security controls calibrated to the risks of the study data.",
        ),
        (
            "confidentiality",
            "Each technician who handles the samples has agreed in writing to keep them confidential.",
        ),
        ("return-or-delete", "When the service ends we erase the data we hold for you."),
        ("return-or-delete", "Na de looptijd verwijdert de Leverancier alle gegevens."),
        (
            "subprocessor-changes",
            "Een nieuwe subverwerker kondigen wij twee maanden van tevoren aan op onze website.",
        ),
    ],
)
def test_more_plain_wordings_of_risk_secrecy_deletion_and_notice(key: str, text: str) -> None:
    assert _status(text, key) != "missing"


def test_wij_states_a_duty_without_a_modal() -> None:
    text = "Wij helpen u bij het nakomen van uw verplichtingen op grond van de AVG."
    for key in ("assist-security", "assist-dpia", "assist-breach-subjects"):
        assert _status(text, key) != "missing", key


def test_wij_with_a_negation_is_still_a_refusal() -> None:
    text = "Wij helpen u niet bij het nakomen van uw verplichtingen op grond van de AVG."
    assert _status(text, "assist-dpia") == "missing"
