"""Issue 12, set 6: refusals, exclusions and controller duties are no evidence of a duty.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from clauses import scan_text


def status(text: str, key: str) -> str:
    return scan_text(text, model=None).status_of(key)


# -- 1. refusals and exclusions read as negations ------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Because we are a two-person firm we can't host visits from clients, and we don't accept "
        "inspections of our systems by anyone they send.",
        "Een controle of inspectie bij de Leverancier door de Klant of een door haar ingeschakelde "
        "auditor is uitgesloten.",
        "Met het oog op het gezamenlijke toezicht via het bestuur zien de deelnemers af van het recht "
        "om zelf audits bij de verwerker te houden.",
        "The customer waives any right to audit or inspect the supplier's data centres.",
    ],
)
def test_a_refused_or_excluded_audit_is_no_audit_clause(sentence: str) -> None:
    assert status(sentence, "audits") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "On-site audits by the customer are not permitted unless a regulator asks for one.",
        "The customer may audit the supplier once a year; further audits are not permitted.",
    ],
)
def test_an_exclusion_with_an_exception_or_of_its_own_clause_leaves_the_audit_clause(
    sentence: str,
) -> None:
    assert status(sentence, "audits") == "present"


def test_an_exclusion_without_exception_is_no_audit_clause() -> None:
    assert status("On-site audits by the customer are not permitted.", "audits") == "missing"


def test_no_obligation_to_support_a_consultation_left_to_the_customer_is_no_assistance() -> None:
    text = (
        "Whether to consult the supervisory authority before risky processing is for the customer "
        "alone to decide, and the supplier has no obligation to take part in or help with it."
    )
    assert status(text, "assist-prior-consultation") == "missing"


def test_sub_processors_engaged_without_consent_or_notice_are_no_authorisation_clause() -> None:
    text = (
        "The supplier may hand any part of the hosting to subcontractors it picks itself and need "
        "not ask the customer's consent or inform the customer before it does so."
    )
    assert status(text, "subprocessor-authorisation") == "missing"
    assert status(text, "subprocessor-changes") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "The supplier may not engage another sub-processor without the customer's prior written consent.",
        "De leverancier mag geen andere subverwerker inschakelen, tenzij de klant daar vooraf "
        "schriftelijk mee instemt.",
    ],
)
def test_a_ban_lifted_by_consent_is_still_an_authorisation_clause(sentence: str) -> None:
    assert status(sentence, "subprocessor-authorisation") == "present"


def test_a_report_sent_is_compliance_information_even_next_to_a_refused_audit() -> None:
    text = "Each year we send you our latest ISO 27001 audit report; we don't accept visits to our office."
    assert status(text, "compliance-information") == "present"
    assert status(text, "audits") == "missing"


# -- 2. duties of the controller are no evidence for the processor's -------------------
def test_a_duty_of_the_party_stated_to_be_the_controller_is_not_the_processors() -> None:
    text = (
        "De Hogeschool is verwerkingsverantwoordelijke; de Leverancier is verwerker.\n\n"
        "De Hogeschool zorgt dat haar medewerkers die toegang hebben tot de persoonsgegevens tot "
        "geheimhouding verplicht zijn."
    )
    assert status(text, "confidentiality") == "missing"


def test_a_duty_of_the_other_party_of_the_preamble_is_not_the_processors() -> None:
    text = (
        'Between the Museum of Westholm ("the Museum") and Arkive Imaging Ltd ("the Supplier").\n\n'
        "The Museum shall maintain records sufficient to demonstrate its own compliance with the "
        "data protection legislation."
    )
    assert status(text, "compliance-information") == "missing"


def test_the_customer_solely_responsible_for_requests_is_no_help_with_requests() -> None:
    text = (
        "The customer is solely responsible for answering requests from data subjects, and the "
        "supplier has no obligation to search its archives for that purpose."
    )
    assert status(text, "data-subject-rights") == "missing"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the processor named in the same sentence
        (
            "The Museum shall answer requests from data subjects and the Supplier shall help it do so.",
            "data-subject-rights",
        ),
        # a passive: the controller receives what the processor gives
        (
            "The customer shall be given all information needed to demonstrate compliance with "
            "Article 28.",
            "compliance-information",
        ),
    ],
)
def test_a_controller_subject_with_the_processors_duty_still_counts(text: str, key: str) -> None:
    assert status(text, key) == "present"


# -- 3. an exception is no notice -------------------------------------------------------
def test_processing_only_on_instructions_unless_the_law_requires_it_is_no_notice() -> None:
    text = (
        "De Leverancier verwerkt de gegevens uitsluitend op schriftelijke opdracht van de Klant, "
        "tenzij een wettelijk voorschrift de Leverancier tot verwerking verplicht."
    )
    assert status(text, "legal-requirement-notice") == "missing"


def test_the_exception_with_a_notice_of_the_requirement_is_a_notice() -> None:
    text = (
        "The supplier processes the data only on the customer's documented instructions, unless "
        "Union or Member State law requires otherwise, in which case it shall inform the customer "
        "of that requirement first."
    )
    assert status(text, "legal-requirement-notice") == "present"


# -- 4. an umbrella counts for the articles it cites -----------------------------------
ASSIST_BY_ARTICLE = {
    32: "assist-security",
    33: "assist-breach-authority",
    34: "assist-breach-subjects",
    35: "assist-dpia",
    36: "assist-prior-consultation",
}


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("De Leverancier helpt de Klant bij het nakomen van haar verplichtingen uit artikel 35 AVG.", {35}),
        (
            "The supplier shall help the customer meet its obligations under Articles 33 and 34 of "
            "the GDPR.",
            {33, 34},
        ),
        (
            "De Leverancier helpt de Klant bij het nakomen van haar verplichtingen uit de artikelen "
            "32 tot en met 36 AVG.",
            {32, 33, 34, 35, 36},
        ),
        (
            "The supplier shall help the customer meet its obligations under data protection law.",
            {32, 33, 34, 35, 36},
        ),
    ],
)
def test_an_umbrella_counts_for_the_articles_it_cites(text: str, articles: set[int]) -> None:
    for number, key in ASSIST_BY_ARTICLE.items():
        assert (status(text, key) == "present") == (number in articles), key


# -- 5. plain and other wordings --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("You agree that we may use outside helpers to host and support Quillbox.", "subprocessor-authorisation"),
        (
            "Opdrachtnemer besteedt geen deel van het werk uit aan een derde zonder voorafgaande "
            "schriftelijke toestemming van Opdrachtgever.",
            "subprocessor-authorisation",
        ),
        (
            "Should a helper of ours mishandle your data, we remain responsible to you for it as if "
            "we had done it ourselves.",
            "subprocessor-liability",
        ),
        (
            "If a court order should force us to disclose your data, we'll warn you beforehand unless "
            "the order forbids it.",
            "legal-requirement-notice",
        ),
    ],
)
def test_plain_wordings_are_found(text: str, key: str) -> None:
    assert status(text, key) == "present"


def test_help_to_report_to_the_ico_and_tell_the_people_affected_is_breach_assistance() -> None:
    text = (
        "Should we find a data breach affecting your account, we'll let you know the same day.\n\n"
        "We'll set out what we know so far, and we'll help you report it to the ICO and tell the "
        "people affected where that is needed."
    )
    assert status(text, "assist-breach-authority") == "present"
    assert status(text, "assist-breach-subjects") == "present"


def test_doubting_what_one_is_asked_to_do_is_an_unlawful_instruction_notice() -> None:
    text = (
        "Where the Contractor thinks that something it is asked to do would infringe the GDPR, it "
        "shall notify the Council straight away."
    )
    assert status(text, "unlawful-instruction-notice") == "present"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "When you have to run a data protection impact assessment or talk to the regulator "
            "first about a risky project, we'll give you whatever facts about our service you need.",
            ("assist-dpia", "assist-prior-consultation"),
        ),
        (
            "At the customer's request the supplier will explain its safeguards in enough depth for "
            "the customer to meet its own duties under Article 32 GDPR.",
            ("assist-security",),
        ),
    ],
)
def test_help_in_plain_words_counts_for_the_assistance_it_names(text: str, keys: tuple[str, ...]) -> None:
    for key in keys:
        assert status(text, key) == "present", key


def test_list_items_about_each_third_party_and_access_for_an_inspection() -> None:
    text = (
        "5.2 Opdrachtnemer zal:\n\n"
        "a. elke derde bij schriftelijke overeenkomst aan dezelfde verplichtingen binden als die "
        "uit deze overeenkomst;\n\n"
        "b. jegens Opdrachtgever volledig aansprakelijk blijven voor wat die derde doet of nalaat.\n\n"
        "6.1 Opdrachtnemer zal Opdrachtgever op ieder redelijk moment toegang geven tot het "
        "depot voor een inspectie."
    )
    report = scan_text(text, model=None)
    for key in ("subprocessor-flow-down", "subprocessor-liability", "audits"):
        assert report.status_of(key) == "present", key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Contractor shall deal with the Personal Data solely as Schedule 2 describes.",
            "instructions",
        ),
        (
            "The vendor's processing is limited to what the Council has specified in the order form.",
            "instructions",
        ),
        (
            "The vendor answers to the Council for every sub-processor's work as fully as for its own.",
            "subprocessor-liability",
        ),
    ],
)
def test_processing_bound_to_a_written_brief_and_answering_for_sub_processors(text: str, key: str) -> None:
    assert status(text, key) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier shall ensure that every courier has signed a confidentiality undertaking "
        "before handling any parcel with patient records.",
        "De Leverancier en iedere monteur zijn verplicht tot geheimhouding van de gegevens die zij "
        "bij de installatie zien.",
    ],
)
def test_each_worker_named_by_trade_bound_to_confidentiality(text: str) -> None:
    assert status(text, "confidentiality") == "present"


def test_each_others_confidential_information_is_not_a_worker() -> None:
    text = "The parties shall not misuse each other's confidential business plans."
    assert status(text, "confidentiality") == "missing"


def test_a_client_who_asks_to_see_their_data_is_a_data_subject_request() -> None:
    text = (
        "When one of your customers asks to see or fix what you hold on them, we'll send the "
        "message on to you and help you sort it out."
    )
    assert status(text, "data-subject-rights") == "present"
