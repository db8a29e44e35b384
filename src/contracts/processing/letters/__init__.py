"""The letters of rights requests, shipped as Word templates (built by ``build.py``)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

#: letter -> file name of the shipped template
LETTERS: dict[str, str] = {
    "access_reply": "inzage-antwoord.docx",
    "erasure_processor": "verwijdering-verwerker.docx",
    "erasure_reply": "verwijdering-antwoord.docx",
    "processor_request": "verzoek-verwerker.docx",
}


def letter_template(letter: str) -> bytes:
    return (HERE / LETTERS[letter]).read_bytes()
