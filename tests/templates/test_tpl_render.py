import io
import zipfile

import msgspec
import pytest

from templates import SAMPLE_CONTEXT, TemplateRenderError, render_docx, render_many
from templates.render import compiled_template
from tests.templates.conftest import all_text, make_docx, open_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_special_characters_come_out_exactly_as_typed() -> None:
    template = make_docx(
        "{{ supplier.name }}|{{ agreement.title }}|{{ controller.represented_by }}",
        "{% for s in subprocessors %}{{ s.service }};{% endfor %}",
    )
    paragraphs = [p.text for p in open_docx(render_docx(template, SAMPLE_CONTEXT)).paragraphs]
    assert paragraphs[0] == (
        'Rekenwerk & Zonen B.V.|Verwerkersovereenkomst "Zaakgericht werken" Sociaal Domein|'
        "de burgemeester, mr. A.B. de Vries-O'Neill"
    )
    assert "Hosting van het zaaksysteem <productie & uitwijk>;" in paragraphs[1]


def test_line_breaks_become_real_word_line_breaks() -> None:
    rendered = open_docx(render_docx(make_docx("Adres: {{ controller.address }}"), SAMPLE_CONTEXT))
    paragraph = rendered.paragraphs[0]
    assert paragraph.text == "Adres: Raadhuisplein 1\n9901 AB Dijkstede"
    assert len(paragraph._p.findall(f".//{W}br")) == 1
    assert len(rendered.paragraphs) == 1  # a line break, not a new paragraph


def test_control_characters_cannot_break_the_document() -> None:
    context = msgspec.structs.replace(
        SAMPLE_CONTEXT,
        supplier=msgspec.structs.replace(SAMPLE_CONTEXT.supplier, name="Foo\x01\x0bBar\r\nBV"),
    )
    rendered = open_docx(render_docx(make_docx("{{ supplier.name }}"), context))
    assert rendered.paragraphs[0].text == "FooBar\nBV"


def test_header_footer_and_table_rows_are_rendered() -> None:
    template = make_docx(
        "x",
        header="{{ controller.name }}",
        footer="Kenmerk {{ agreement.reference }}",
        table=[
            ["{%tr for s in subprocessors %}", ""],
            ["{{ s.name }}", "{{ s.country|land }}"],
            ["{%tr endfor %}", ""],
        ],
    )
    rendered = open_docx(render_docx(template, SAMPLE_CONTEXT))
    assert rendered.sections[0].header.paragraphs[0].text == "Gemeente Dijkstede"
    assert rendered.sections[0].footer.paragraphs[0].text == "Kenmerk VWO-2027-014"
    rows = [[c.text for c in row.cells] for row in rendered.tables[0].rows]
    assert rows == [["NordCloud Hosting GmbH", "Duitsland"], ["Mailwise Inc.", "Verenigde Staten"]]


def test_the_sandbox_refuses_internals_at_render_time() -> None:
    template = make_docx("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateRenderError) as caught:
        render_docx(template, SAMPLE_CONTEXT)
    assert caught.value.part == "word/document.xml"


def test_the_sandbox_refuses_to_mutate_the_context() -> None:
    template = make_docx("{{ processing.purposes.append('x') }}")
    with pytest.raises(TemplateRenderError):
        render_docx(template, SAMPLE_CONTEXT)
    assert "x" not in SAMPLE_CONTEXT.processing.purposes


def test_runtime_errors_name_the_part_and_line() -> None:
    template = make_docx("een", "twee", "{{ agreement.title|datum }}")
    with pytest.raises(TemplateRenderError) as caught:
        render_docx(template, SAMPLE_CONTEXT)
    assert caught.value.part == "word/document.xml" and caught.value.line == 4


def test_cached_render_gives_identical_output() -> None:
    template = make_docx("{{ supplier.name }}", footer="{{ agreement.reference }}")
    first = render_docx(template, SAMPLE_CONTEXT)
    assert compiled_template(template) is compiled_template(template)
    assert render_docx(template, SAMPLE_CONTEXT) == first


def test_a_dict_context_from_json_renders_like_the_struct() -> None:
    template = make_docx("{{ agreement.start_date|datum }} {{ supplier.name }}")
    as_json = msgspec.json.decode(msgspec.json.encode(SAMPLE_CONTEXT))
    assert render_docx(template, as_json) == render_docx(template, SAMPLE_CONTEXT)


def test_an_invalid_context_is_refused() -> None:
    with pytest.raises(ValueError, match="Ongeldige context"):
        render_docx(make_docx("x"), {"agreement": {"title": 3}})


def test_render_many_zips_every_document_and_reports_progress() -> None:
    template = make_docx("{{ supplier.name }}")
    seen: list[tuple[int, int]] = []
    archive = render_many(template, [SAMPLE_CONTEXT] * 3, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with zipfile.ZipFile(io.BytesIO(archive)) as bundle:
        names = bundle.namelist()
        assert len(set(names)) == 3
        for name in names:
            assert all_text(bundle.read(name)).startswith("Rekenwerk & Zonen B.V.")
