"""The detector recognises obligations, not keywords: one test per error class of issue 12.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clauses import scan_bytes, scan_text, split_sentences
from clauses.text import Block, normalise_blocks

sys.path.insert(0, str(Path(__file__).parent))
from clauses_pdf_factory import make_pdf

ASSIST = (
    "assist-security",
    "assist-prior-consultation",
    "assist-breach-authority",
    "assist-breach-subjects",
    "assist-dpia",
)


def evidence_of(text: str, key: str) -> list[str]:
    report = scan_text(text)
    return [s.text for f in report.findings if f.key == key for s in f.evidence]


# -- keywords without the obligation --------------------------------------------------
def test_a_heading_alone_is_no_assistance_clause() -> None:
    text = "Assistance with impact assessments and prior consultation\n\nThe parties meet twice a year."
    report = scan_text(text)
    assert report.status_of("assist-dpia") == "missing"
    assert report.status_of("assist-prior-consultation") == "missing"


def test_a_definition_of_an_incident_is_no_risk_based_security() -> None:
    text = (
        "Beveiligingsincident: een voorval waarbij de beveiligingsmaatregelen tekortschieten en "
        "gegevens door vernietiging, verlies of wijziging, of door onbevoegde toegang, in gevaar komen."
    )
    assert scan_text(text).status_of("security-risk-assessment") == "missing"


def test_help_with_requests_of_individuals_is_not_evidence_for_other_assistance() -> None:
    text = (
        "The supplier will support the customer in meeting its obligations under the GDPR when "
        "handling requests of individuals exercising their rights."
    )
    report = scan_text(text)
    assert report.status_of("data-subject-rights") == "present"
    for key in ("assist-security", "assist-dpia", "assist-breach-authority"):
        assert report.status_of(key) == "missing", key


def test_a_notice_to_the_controller_under_a_party_name_is_no_unlawful_instruction_notice() -> None:
    # "Opdrachtnemer" is a party, not an "opdracht" (instruction); "inbreuk" is the breach
    text = "Opdrachtnemer meldt iedere inbreuk binnen 24 uur aan Opdrachtgever."
    report = scan_text(text)
    assert report.status_of("unlawful-instruction-notice") == "missing"
    assert report.values["breach_deadline_hours"] == 24


# -- negation and exceptions ------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The customer may not inspect the supplier's premises or audit its systems.",
        "De opdrachtgever mag de locaties van de opdrachtnemer niet bezoeken of controleren.",
        "The supplier is not obliged to allow audits or on-site inspections.",
    ],
)
def test_a_negated_audit_is_no_audit_clause(sentence: str) -> None:
    assert scan_text(sentence).status_of("audits") == "missing"


def test_a_limited_audit_right_is_still_an_audit_clause_with_its_frequency() -> None:
    report = scan_text("The customer may not audit the supplier more than once per calendar year.")
    assert report.status_of("audits") == "present"
    assert report.values["audit_frequency"] == "yearly"


def test_a_proviso_does_not_cancel_the_duty_before_it() -> None:
    text = (
        "The supplier shall tell the customer at once if, in its view, an instruction breaches the "
        "GDPR, provided that the supplier has no obligation to check every instruction."
    )
    assert scan_text(text).status_of("unlawful-instruction-notice") == "present"


def test_unless_the_law_forbids_it_inside_a_secrecy_clause_is_no_legal_requirement_notice() -> None:
    text = "Each party keeps the terms of this agreement secret, unless a statute forbids such secrecy."
    assert scan_text(text).status_of("legal-requirement-notice") == "missing"


# -- general wording ------------------------------------------------------------------
def test_an_umbrella_over_articles_32_to_36_covers_every_assist_key() -> None:
    text = "De leverancier staat de klant bij in het nakomen van de plichten uit de artikelen 32 tot en met 36 AVG."
    report = scan_text(text)
    for key in ASSIST:
        assert report.status_of(key) == "present", key


def test_list_items_inherit_the_verb_of_their_lead_in_and_are_their_own_evidence() -> None:
    text = (
        "De verwerker staat de verantwoordelijke bij in:\n"
        "a. het beveiligen van de verwerking;\n"
        "b. het melden van een datalek aan de Autoriteit Persoonsgegevens;\n"
        "c. het meedelen van een datalek aan de betrokkenen;\n"
        "d. het uitvoeren van een gegevensbeschermingseffectbeoordeling;\n"
        "e. een voorafgaande raadpleging van de toezichthouder."
    )
    report = scan_text(text)
    for key in ASSIST:
        assert report.status_of(key) == "present", key
    assert any("meedelen" in s for s in evidence_of(text, "assist-breach-subjects"))
    assert any("raadpleging" in s for s in evidence_of(text, "assist-prior-consultation"))


def test_a_sentence_pointing_back_is_read_with_the_one_before() -> None:
    text = (
        "De verantwoordelijke meldt een datalek zo nodig aan de Autoriteit Persoonsgegevens.\n\n"
        "De verwerker verleent daarbij alle medewerking."
    )
    assert scan_text(text).status_of("assist-breach-authority") == "present"
    assert evidence_of(text, "assist-breach-authority") == ["De verwerker verleent daarbij alle medewerking."]


# -- other vocabularies ---------------------------------------------------------------
def test_a_defined_term_for_the_measures_is_read_with_its_definition() -> None:
    text = (
        "In deze overeenkomst wordt verstaan onder Beschermingsnormen: de technische en "
        "organisatorische maatregelen uit bijlage 3.\n\n"
        "De opdrachtnemer treft de Beschermingsnormen en houdt ze actueel."
    )
    assert evidence_of(text, "security-measures") == [
        "De opdrachtnemer treft de Beschermingsnormen en houdt ze actueel."
    ]


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        (
            "legal-requirement-notice",
            "De leverancier staat ervoor in dat de gemeente vooraf wordt ingelicht als een "
            "wettelijk voorschrift haar tot een andere verwerking dwingt.",
        ),
        (
            "legal-requirement-notice",
            "Schrijft lidstatelijk recht een andere verwerking voor, dan wordt de gemeente daarvan "
            "vooraf in kennis gesteld, behalve wanneer dat recht die mededeling verbiedt.",
        ),
        (
            "subprocessor-liability",
            "De leverancier staat jegens de gemeente in voor zijn subverwerkers als ware het zijn "
            "eigen handelen.",
        ),
        (
            "return-or-delete",
            "De leverancier garandeert dat twee maanden na het einde van de overeenkomst geen "
            "persoonsgegevens van de gemeente meer bij hem zijn opgeslagen.",
        ),
        (
            "unlawful-instruction-notice",
            "Vindt de leverancier dat een opdracht van de gemeente in strijd is met de AVG, dan laat "
            "hij dat de gemeente meteen weten.",
        ),
        (
            "security-risk-assessment",
            "De verwerker kiest een beveiligingsniveau dat past bij het risico van de verwerking.",
        ),
        (
            "audits",
            "Opdrachtnemer maakt controles door of namens opdrachtgever mogelijk en draagt daaraan bij.",
        ),
    ],
)
def test_dutch_guarantee_passive_and_present_tense_duties(key: str, sentence: str) -> None:
    assert scan_text(sentence).status_of(key) == "present"


# -- text from PDFs -------------------------------------------------------------------
def test_inline_hyphenation_is_joined_but_suspended_compounds_are_kept() -> None:
    assert split_sentences("De verwer- king volgt wet- en regelgeving en assis- tance rules.") == [
        "De verwerking volgt wet- en regelgeving en assistance rules."
    ]


def test_page_furniture_is_dropped_and_a_sentence_runs_on_across_pages() -> None:
    header = "Verwerkersovereenkomst gemeente - concept 3"
    blocks = [
        Block(f"{header}\nDe verwerker vernietigt na het einde van de\nPagina 1 van 3", "pagina 1"),
        Block(f"{header}\novereenkomst alle persoonsgegevens.\nPagina 2 van 3", "pagina 2"),
        Block(f"{header}\nSlotbepaling.\nPagina 3 van 3", "pagina 3"),
    ]
    texts = [b.text for b in normalise_blocks(blocks)]
    assert all(header not in t and "Pagina" not in t for t in texts)
    assert any("einde van de\novereenkomst alle persoonsgegevens." in t for t in texts)


def test_a_pdf_with_hyphenation_and_page_breaks_is_read_whole() -> None:
    pages = [
        ["Concept - vertrouwelijk", "De verwerker verwijdert na afloop van de dienstver-", "Pagina 1 van 3"],
        ["Concept - vertrouwelijk", "lening alle persoonsgegevens binnen dertig (30)", "Pagina 2 van 3"],
        ["Concept - vertrouwelijk", "dagen.", "Pagina 3 van 3"],
    ]
    report = scan_bytes(make_pdf(pages), "gebroken.pdf")
    assert report.status_of("return-or-delete") == "present"
    assert report.values["deletion_term_days"] == 30


# -- values ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("De verwerker meldt een datalek binnen 36 (zesendertig) uur aan de gemeente.", "breach_deadline_hours", 36),
        ("The supplier notifies a breach to the customer within 24 (twenty-four) hours.", "breach_deadline_hours", 24),
        (
            "The supplier gives thirty (30) days' notice before it engages a new sub-processor.",
            "subprocessor_notice_days",
            30,
        ),
        (
            "The supplier updates its published list of sub-processors 30 (thirty) days before a new "
            "sub-processor starts.",
            "subprocessor_notice_days",
            30,
        ),
        ("De gemeente mag eens per kalenderjaar een audit laten uitvoeren.", "audit_frequency", "yearly"),
    ],
)
def test_values_with_number_words_and_frequencies(text: str, name: str, value: object) -> None:
    assert scan_text(text).values[name] == value


# -- evidence -------------------------------------------------------------------------
def test_missing_says_what_was_looked_for_and_present_quotes_where() -> None:
    report = scan_text("De verwerker verwerkt de persoonsgegevens alleen op schriftelijke instructie van de gemeente.")
    entries = {entry["key"]: entry for entry in report.to_dict()["clauses"]}
    assert entries["audits"]["status"] == "missing"
    assert entries["audits"]["evidence"] == []
    assert "audit" in entries["audits"]["looked_for"]["en"].lower()
    assert entries["audits"]["looked_for"]["nl"]
    assert entries["instructions"]["evidence"][0]["location"] == "paragraaf 1"
