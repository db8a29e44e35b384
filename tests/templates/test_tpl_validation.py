import io
import os
import time
import zipfile

import pytest

from templates import TemplateValidationError, validate_template
from tests.templates.conftest import make_docx, replace_member

OK = "Verwerker: {{ supplier.name }}"


def refused(data: bytes, filename: str = "sjabloon.docx") -> TemplateValidationError:
    with pytest.raises(TemplateValidationError) as caught:
        validate_template(data, filename)
    return caught.value


def test_a_valid_template_reports_hash_variables_claims_and_parts() -> None:
    data = make_docx("{#p clauses: instructions, audits #}", OK, footer="{{ agreement.reference }}")
    info = validate_template(data, "sjabloon.docx")
    assert len(info.sha256) == 64
    assert info.variables == ["agreement", "supplier"]
    assert info.clause_keys == ["audits", "instructions"]
    assert info.parts[0] == "word/document.xml" and "word/footer1.xml" in info.parts
    assert info.part_count == len(info.parts)


def test_not_a_zip_is_refused_with_400() -> None:
    error = refused(b"dit is geen Word-document")
    assert error.status == 400 and "zip" in error.message


def test_wrong_extension_is_refused() -> None:
    assert refused(make_docx(OK), "sjabloon.pdf").status == 400


def test_zip_without_document_xml_is_refused_with_400() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/other.xml", "<x/>")
    error = refused(out.getvalue())
    assert error.status == 400 and "word/document.xml" in error.message


def test_too_large_upload_is_refused_with_413() -> None:
    assert refused(b"PK" + os.urandom(11 * 1024 * 1024)).status == 413


def test_too_many_entries_is_refused_with_413() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index in range(1001):
            archive.writestr(f"word/media/{index}.txt", "")
    assert refused(out.getvalue()).status == 413


def test_zip_bomb_is_refused_fast_before_unpacking() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    bomb = out.getvalue()
    assert len(bomb) < 200_000
    started = time.perf_counter()
    error = refused(bomb)
    assert error.status == 413
    assert time.perf_counter() - started < 0.5


def test_entity_and_doctype_are_refused_with_400() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    error = refused(replace_member(make_docx(OK), "word/document.xml", evil))
    assert error.status == 400 and "DOCTYPE" in error.message


def test_syntax_error_names_part_line_and_text() -> None:
    error = refused(make_docx("Eerste alinea", "Tweede alinea {{ agreement.title | }}"))
    detail = error.details[0]
    assert "word/document.xml, regel" in detail and "Tweede alinea" in detail


def test_syntax_error_in_footer_names_the_footer() -> None:
    error = refused(make_docx(OK, footer="Pagina {% if %}"))
    assert any(d.startswith("word/footer1.xml") for d in error.details)


def test_unknown_variables_are_listed() -> None:
    error = refused(make_docx("{{ leverancier.naam }} {{ gemeente }}", OK))
    assert any("gemeente" in d and "leverancier" in d for d in error.details)


def test_unknown_fields_are_listed_also_inside_loops() -> None:
    error = refused(
        make_docx(
            "{{ agreement.titel }}",
            "{% for s in subprocessors %}{{ s.naem }}{% endfor %}",
        )
    )
    text = " ".join(error.details)
    assert "agreement.titel" in text and "s.naem" in text


@pytest.mark.parametrize(
    "attack",
    [
        "{{ agreement.__class__ }}",
        "{{ ''.__class__.__mro__ }}",
        "{{ supplier.name.mro }}",
        "{{ agreement['__class__'] }}",
        "{{ agreement|attr('__class__') }}",
        "{{ agreement._private }}",
        "{{ generated_at.__init__.__globals__ }}",
        "{% include 'andere.docx' %}",
    ],
)
def test_attempts_to_reach_python_internals_are_refused_at_upload(attack: str) -> None:
    error = refused(make_docx(attack))
    assert error.status == 400 and error.details


def test_disguised_attack_is_caught_by_the_sandbox_in_the_trial_render() -> None:
    error = refused(make_docx("{{ agreement|attr('_' ~ '_class__') }}"))
    assert "voorbeeldgegevens" in error.message


@pytest.mark.parametrize(
    "expensive",
    [
        "{{ 'x' * 100000000 }}",
        "{% for i in range(1000000) %}x{% endfor %}",
        "{{ 9 ** 999999 }}",
        "{{ (((9**99)**99)**99)**99 }}",
        "{{ 'x'|center(1500000000) }}",
        "{% set ns = namespace(s='x') %}{% for i in range(30) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "{% set ns = namespace(s='x') %}{% for i in range(30) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "{% set ns = namespace(n=9**99) %}{% for i in range(30) %}{% set ns.n = ns.n * ns.n %}{% endfor %}",
        "{{ '%999999999s'|format('x') }}",
        "{{ '%*s'|format(999999999, 'x') }}",
        "{{ '%999999999s' % 'x' }}",
        "{{ '{:>999999999}'.format('x') }}",
        "{{ '{:{}}'.format('x', 999999999) }}",
        "{{ '{a:>{w}}'.format_map({'a': 'x', 'w': 999999999}) }}",
        "{{ 'x'.ljust(999999999) }}",
        "{{ ('x' * 10000)|replace('', 'y' * 10000) }}",
        "{{ [1]|batch(999999999, 0)|list|length }}",
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    ],
)
def test_resource_hungry_expressions_are_refused_with_422(expensive: str) -> None:
    started = time.perf_counter()
    error = refused(make_docx(expensive))
    assert error.status == 422 and error.details
    assert time.perf_counter() - started < 2


def test_modest_sizes_still_render() -> None:
    source = "{{ 'ab'|center(20) }}{{ '{:>5}'.format('x') }}{{ 3 ** 4 }}{{ 'x' * 3 }}{{ '%05d' % 42 }}"
    assert validate_template(make_docx(source), "sjabloon.docx").variables == []


def test_unknown_clause_key_is_refused() -> None:
    error = refused(make_docx("{#p clauses: instructions, bestaat-niet #}", OK))
    assert any("bestaat-niet" in d for d in error.details)


def test_macro_enabled_document_is_refused() -> None:
    data = make_docx(OK)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").replace(
            b"document.main+xml", b"document.macroEnabled.main+xml"
        )
    assert refused(replace_member(data, "[Content_Types].xml", types)).status == 400


def test_branch_not_taken_by_the_sample_is_still_rendered_in_trial() -> None:
    template = make_docx(
        "{% if processing.subprocessor_authorisation == 'specific' %}{{ 1 / 0 }}{% endif %}"
    )
    assert refused(template).status == 400


_BODY = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>{}</w:body></w:document>"
)


def _with_document(xml: str, encoding: str = "utf-8") -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
    return replace_member(make_docx(OK), "word/document.xml", (declaration + xml).encode(encoding))


def test_doctype_after_a_long_comment_is_refused() -> None:
    late = "<!--" + "x" * 3000 + '--><!DOCTYPE w:document SYSTEM "http://169.254.169.254/x.dtd">'
    error = refused(_with_document(late + _BODY.format("<w:p/>")))
    assert error.status == 400 and "DOCTYPE" in error.message


def test_doctype_in_a_utf16_part_is_refused() -> None:
    evil = '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    error = refused(_with_document(evil + _BODY.format("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"), "utf-16"))
    assert error.status == 400 and "DOCTYPE" in error.message


def _with_relationship(kind: str, target: str, part: str = "word/_rels/document.xml.rels") -> bytes:
    data = make_docx(OK)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read(part).decode()
    link = (
        f'<Relationship Id="rIdX" TargetMode="External" Target="{target}" '
        f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"/>'
    )
    return replace_member(data, part, rels.replace("</Relationships>", link + "</Relationships>").encode())


@pytest.mark.parametrize("kind", ["image", "attachedTemplate", "oleObject"])
def test_external_relationships_are_refused_with_422_naming_the_part(kind: str) -> None:
    error = refused(_with_relationship(kind, "https://evil.example/beacon"))
    assert error.status == 422
    assert any("word/_rels/document.xml.rels" in d and kind in d for d in error.details)


def test_external_hyperlinks_are_allowed() -> None:
    validate_template(_with_relationship("hyperlink", "https://www.autoriteitpersoonsgegevens.nl/"), "a.docx")


def test_fields_that_fetch_files_are_refused_even_split_over_runs() -> None:
    field = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDE</w:instrText></w:r>'
        '<w:r><w:instrText>PICTURE "https://evil.example/x.png" \\d</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/link&quot; "/></w:p>'
    )
    error = refused(_with_document(_BODY.format(field)))
    assert error.status == 422 and error.details == ["word/document.xml: veld INCLUDEPICTURE haalt een ander bestand op"]
