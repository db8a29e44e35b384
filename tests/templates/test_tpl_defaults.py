import re

import msgspec
import pytest

from templates import (
    CLAUSE_KEYS,
    SAMPLE_CONTEXT,
    allowed_variables,
    context_markdown,
    context_schema,
    default_template_bytes,
    render_docx,
    validate_template,
)
from templates.defaults import DEFAULT_TEMPLATES
from templates.defaults.build import build_all
from templates.validation import sample_variants
from tests.templates.conftest import all_text, open_docx

LANGUAGES = ["nl", "en"]
LEFTOVER = re.compile(r"\{\{|\{%|\}\}|%\}|\{#|#\}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_default_template_validates_and_claims_every_clause_key(language: str) -> None:
    info = validate_template(default_template_bytes(language), DEFAULT_TEMPLATES[language])
    assert set(info.clause_keys) == set(CLAUSE_KEYS)
    assert set(info.variables) == allowed_variables()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("variant", [0, 1])
def test_default_template_renders_without_leftover_tags(language: str, variant: int) -> None:
    context = sample_variants()[variant]
    text = all_text(render_docx(default_template_bytes(language), context))
    assert not LEFTOVER.search(text)
    assert "Rekenwerk & Zonen B.V." in text
    assert "Raadhuisplein 1\n9901 AB Dijkstede" in text
    assert "24 uur" in text or "24 hours" in text


def test_dutch_default_reads_as_an_agreement() -> None:
    document = open_docx(render_docx(default_template_bytes("nl"), SAMPLE_CONTEXT))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Artikel 7. Datalekken" in headings
    assert any(h.startswith("Bijlage IV") for h in headings)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "1 januari 2027" in body and "31 december 2030" in body
    footer = document.sections[0].footer.paragraphs[0]
    assert "VWO-2027-014" in footer.text
    assert 'w:instr="PAGE"' in footer._p.xml
    subprocessors = document.tables[-1]
    assert [row.cells[0].text for row in subprocessors.rows] == [
        "Naam",
        "NordCloud Hosting GmbH",
        "Mailwise Inc.",
    ]


def test_without_subprocessors_the_annex_says_so() -> None:
    context = msgspec.structs.replace(SAMPLE_CONTEXT, subprocessors=[])
    document = open_docx(render_docx(default_template_bytes("nl"), context))
    rows = [row.cells[0].text for row in document.tables[-1].rows]
    assert rows == ["Naam", "Er zijn geen subverwerkers."]


def test_build_script_reproduces_the_committed_files(tmp_path) -> None:
    written = build_all(tmp_path)
    for language, path in written.items():
        assert path.read_bytes() == default_template_bytes(language)


def test_context_schema_documents_every_variable_in_two_languages() -> None:
    variables = context_schema()["variables"]
    assert {v["path"].split(".")[0].removesuffix("[]") for v in variables} == allowed_variables()
    missing = [v["path"] for v in variables if not (v["description_nl"] and v["description_en"])]
    assert missing == []
    markdown = context_markdown()
    assert all(f"`{v['path']}`" in markdown for v in variables)
    assert "`datum`" in markdown
