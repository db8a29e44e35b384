
"""Language detection and sentence splitting."""

from __future__ import annotations

from clauses import detect_language, scan_text, split_sentences


def test_dutch_agreement_text_is_detected_as_dutch() -> None:
    text = "De verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de gemeente."
    assert detect_language(text) == "nl"


def test_english_agreement_text_is_detected_as_english() -> None:
    text = "The processor shall process the personal data only on behalf of the controller."
    assert detect_language(text) == "en"


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "Zie art. 28 AVG en o.a. de BIO, bijv. hoofdstuk 5. Volgende zin. "
        "See e.g. the annex, i.e. Annex II. Last one."
    )
    assert split_sentences(text) == [
        "Zie art. 28 AVG en o.a. de BIO, bijv. hoofdstuk 5.",
        "Volgende zin.",
        "See e.g. the annex, i.e. Annex II.",
        "Last one.",
    ]


def test_clause_numbering_stays_with_its_sentence() -> None:
    text = "1.2 De verwerker meldt lekken. 2. De gemeente mag controleren.\n3.1 Slot."
    assert split_sentences(text) == [
        "1.2 De verwerker meldt lekken.",
        "2. De gemeente mag controleren.",
        "3.1 Slot.",
    ]


def test_hard_wrapped_lines_are_joined_but_list_items_are_not() -> None:
    text = "De verwerker neemt passende\nmaatregelen om gegevens te beschermen.\n- eerste punt\n- tweede punt"
    assert split_sentences(text) == [
        "De verwerker neemt passende maatregelen om gegevens te beschermen.",
        "- eerste punt",
        "- tweede punt",
    ]


def test_evidence_location_names_the_paragraph() -> None:
    report = scan_text("Inleiding.\n\nVerwerker meldt een datalek binnen 24 uur aan de gemeente.")
    found = next(c for c in report.to_dict()["clauses"] if c["key"] == "breach-notification")
    assert found["evidence"][0]["location"] == "paragraaf 2"
    assert report.language == "nl"
