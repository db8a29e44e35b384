"""The default templates shipped with the product (built by ``build.py``)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

#: language -> file name of the shipped template
DEFAULT_TEMPLATES: dict[str, str] = {
    "nl": "verwerkersovereenkomst-nl.docx",
    "en": "data-processing-agreement-en.docx",
}


def default_template_bytes(language: str = "nl") -> bytes:
    """The bytes of a shipped default template (``nl`` or ``en``)."""
    return (HERE / DEFAULT_TEMPLATES[language]).read_bytes()
