"""Error classes found on held-out set 4, each with wording written for these tests:
an agreement's own words for sub-processors and breaches, generic assistance, refusals,
breach help towards the authority only, and negated sentences as evidence for the model."""

from __future__ import annotations

import pytest

from clauses import scan_text, shipped_model

ASSIST_32_36 = (
    "assist-security",
    "assist-prior-consultation",
    "assist-breach-authority",
    "assist-breach-subjects",
    "assist-dpia",
)


def _status(text: str, key: str, *, rules_only: bool = True) -> str:
    return scan_text(text, model=None if rules_only else shipped_model()).status_of(key)


# (a) the agreement's own word for a sub-processor, defined once, then used alone
OWN_SUBPROCESSOR_NL = (
    "Begrippen. Ketenpartner: een derde die de Leverancier inschakelt om Gegevens te "
    "verwerken. De Gemeente geeft de Leverancier hierbij algemene toestemming om "
    "Ketenpartners in te schakelen. De Leverancier informeert de Gemeente ten minste acht "
    "weken vooraf over iedere nieuwe Ketenpartner. De Leverancier legt iedere "
    "Ketenpartner schriftelijk dezelfde verplichtingen op als die in deze overeenkomst staan."
)
OWN_SUBPROCESSOR_EN = (
    "Definitions. 'Delivery Partner' means a third party the Vendor engages to handle "
    "Client Data. The Vendor shall not engage a Delivery Partner without the Client's prior "
    "written consent. The Vendor shall impose on each Delivery Partner written terms that "
    "are no less protective than this Schedule."
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (OWN_SUBPROCESSOR_NL, "subprocessor-authorisation"),
        (OWN_SUBPROCESSOR_NL, "subprocessor-changes"),
        (OWN_SUBPROCESSOR_NL, "subprocessor-flow-down"),
        (OWN_SUBPROCESSOR_EN, "subprocessor-authorisation"),
        (OWN_SUBPROCESSOR_EN, "subprocessor-flow-down"),
    ],
)
def test_an_own_word_for_sub_processors_is_read_as_one(text: str, key: str) -> None:
    assert _status(text, key) != "missing"


def test_an_own_word_for_a_party_of_the_agreement_is_no_sub_processor() -> None:
    text = (
        "Leverancier: de partij die in opdracht van de Gemeente de gegevens verwerkt. "
        "De Gemeente geeft de Leverancier opdracht de gegevens te verwerken."
    )
    assert _status(text, "subprocessor-authorisation") == "missing"


def test_an_own_word_for_a_breach_defined_by_its_harms() -> None:
    text = (
        "Storing: ieder voorval waardoor Gegevens verloren gaan of onbevoegd worden ingezien. "
        "De Leverancier ondersteunt de Gemeente bij het informeren van de betrokkenen over "
        "een Storing."
    )
    assert _status(text, "assist-breach-subjects") != "missing"


# (b) the umbrella (issue 12): help with the controller's obligations or duties under data
# protection law covers all five assist-* keys; help with mere "compliance with the law"
# names no obligation of the controller and covers none
@pytest.mark.parametrize("key", ASSIST_32_36)
@pytest.mark.parametrize(
    "text",
    [
        "The Supplier shall assist the Buyer in ensuring compliance with its obligations "
        "under the GDPR.",
        "The Vendor will give the Council every reasonable help with the duties that the data "
        "protection rules place on the Council.",
        "We help you meet your responsibilities under privacy law.",
        "De Leverancier ondersteunt de Gemeente bij het nakomen van haar verplichtingen op "
        "grond van de privacywetgeving.",
        "Opdrachtnemer verleent bijstand bij de verplichtingen van de "
        "verwerkingsverantwoordelijke uit de AVG.",
    ],
)
def test_help_with_the_controllers_obligations_covers_every_assist_key(key: str, text: str) -> None:
    assert _status(text, key) != "missing"


@pytest.mark.parametrize("key", ASSIST_32_36)
@pytest.mark.parametrize(
    "text",
    [
        "The Supplier will give the Buyer reasonable assistance with compliance with the GDPR.",
        "We will help you comply with privacy legislation.",
        "De Leverancier ondersteunt de Gemeente bij de naleving van de AVG.",
        "Wij helpen u redelijkerwijs bij het naleven van de privacywet.",
    ],
)
def test_help_with_mere_compliance_covers_no_assist_key(key: str, text: str) -> None:
    assert _status(text, key) == "missing"


@pytest.mark.parametrize("key", ASSIST_32_36)
@pytest.mark.parametrize(
    "text",
    [
        "The Supplier will help the Buyer meet its obligations under the GDPR in dealing with "
        "requests from data subjects.",
        "De Leverancier ondersteunt de Gemeente bij haar verplichtingen uit de AVG om "
        "verzoeken van betrokkenen te beantwoorden.",
    ],
)
def test_help_with_obligations_scoped_to_requests_covers_no_assist_key(
    key: str, text: str
) -> None:
    assert _status(text, key) == "missing"


@pytest.mark.parametrize("key", ASSIST_32_36)
def test_help_citing_articles_32_to_36_covers_every_assist_key(key: str) -> None:
    text = (
        "De Leverancier staat de Gemeente bij in het nakomen van haar plichten uit de "
        "artikelen 32 tot en met 36 van de AVG."
    )
    assert _status(text, key) != "missing"


# (c) a refusal of help is no duty to help, for the rules and for the model
@pytest.mark.parametrize(
    "text",
    [
        "De Leverancier verleent geen bijstand bij verzoeken van betrokkenen.",
        "Privacyrechten De Leverancier werkt niet mee aan verzoeken van burgers om inzage.",
        "The Vendor does not assist the Client with requests from data subjects.",
    ],
)
def test_refused_help_is_no_duty(text: str) -> None:
    assert _status(text, "data-subject-rights") == "missing"


def test_a_negated_sentence_is_no_evidence_for_the_model() -> None:
    text = (
        "Audits The Customer may not carry out audits or on-site inspections of the "
        "Supplier's premises or systems."
    )
    assert _status(text, "audits", rules_only=False) == "missing"


# (d) help with telling the authority of a breach is not help with telling the people
def test_breach_help_towards_the_authority_only_is_not_towards_data_subjects() -> None:
    text = (
        "De Leverancier helpt de Gemeente bij de melding van een datalek aan de "
        "toezichthoudende autoriteit."
    )
    assert _status(text, "assist-breach-authority") != "missing"
    assert _status(text, "assist-breach-subjects") == "missing"


def test_breach_help_towards_both_counts_for_both() -> None:
    text = (
        "The Vendor will help the Client notify a personal data breach to the regulator "
        "and to the individuals affected."
    )
    assert _status(text, "assist-breach-authority") != "missing"
    assert _status(text, "assist-breach-subjects") != "missing"


# (e) guarantees, passive and plain-language wordings
@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("security-measures", "De Leverancier staat in voor een beveiligingsniveau dat past bij het risico."),
        ("security-measures", "The Supplier guarantees a level of security appropriate to the risk."),
        (
            "subprocessor-liability",
            "If one of our sub-processors gets it wrong, we are responsible to you for it.",
        ),
        (
            "subprocessor-flow-down",
            "Our sub-processors are bound by written terms that protect your data as well as "
            "these terms do.",
        ),
    ],
)
def test_guarantee_passive_and_plain_wordings(key: str, text: str) -> None:
    assert _status(text, key) != "missing"


def test_liability_to_you_needs_the_sub_processor_in_the_same_sentence() -> None:
    text = (
        "We use sub-processors for hosting. We are responsible to you for paying the "
        "invoice on time."
    )
    assert _status(text, "subprocessor-liability") == "missing"
