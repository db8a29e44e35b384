
"""Reading uploads: formats, locations, and refusals with the right HTTP status."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from clauses import DocumentError, read_document, scan_bytes
from core.files import UploadError
from tests.clauses.clauses_pdf_factory import make_pdf


def _docx_with_table() -> bytes:
    document = docx.Document()
    document.add_paragraph(
        "Artikel 1. Verwerker verwerkt uitsluitend op schriftelijke instructies."
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Onderwerp"
    table.cell(0, 1).text = "Afspraak"
    table.cell(1, 0).text = "Datalek"
    table.cell(1, 1).text = "Verwerker meldt een datalek binnen 24 uur aan de gemeente."
    document.add_paragraph("Slotbepaling na de tabel.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_reads_paragraphs_and_table_cells_in_document_order() -> None:
    document = read_document(_docx_with_table(), "vwo.docx")
    texts = [block.text for block in document.blocks]
    assert texts[0].startswith("Artikel 1.")
    assert "Verwerker meldt een datalek binnen 24 uur aan de gemeente." in texts
    assert texts[-1] == "Slotbepaling na de tabel."
    table_cell = next(b for b in document.blocks if "datalek binnen" in b.text)
    assert table_cell.location == "tabel 1, rij 2"
    assert document.blocks[0].location == "paragraaf 1"


def test_docx_table_cell_counts_as_evidence_with_its_location() -> None:
    report = scan_bytes(_docx_with_table(), "vwo.docx")
    assert report.values["breach_deadline_hours"] == 24
    evidence = next(c for c in report.to_dict()["clauses"] if c["key"] == "breach-deadline")
    assert evidence["evidence"][0]["location"] == "tabel 1, rij 2"


def test_pdf_text_layer_is_read_with_page_numbers() -> None:
    data = make_pdf(
        [["Eerste pagina over de verwerking."], ["De gemeente mag een audit laten uitvoeren."]]
    )
    document = read_document(data, "vwo.pdf")
    assert [b.location for b in document.blocks] == ["pagina 1", "pagina 2"]
    assert "audit" in document.blocks[1].text


def test_pdf_without_text_layer_is_refused_with_422_in_dutch() -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(make_pdf([[]]), "scan.pdf")
    assert caught.value.status == 422
    assert "geen tekst" in caught.value.message


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"", "leeg.txt"), (b"   \n\n  ", "spaties.md"), (b"", "leeg.docx")],
)
def test_empty_document_is_refused(data: bytes, name: str) -> None:
    with pytest.raises(UploadError) as caught:
        read_document(data, name)
    assert caught.value.status in (400, 422)
    if name.endswith((".txt", ".md")):
        assert caught.value.status == 422


def test_empty_word_document_gives_422() -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(DocumentError) as caught:
        read_document(buffer.getvalue(), "leeg.docx")
    assert caught.value.status == 422


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"Dit is gewone tekst, geen PDF.", "nep.pdf"),
        (b"%PDF-1.4 maar verder niets bruikbaars", "kapot.pdf"),
        (b"gewone tekst", "nep.docx"),
        (make_pdf([["tekst"]]), "pdf-met-docx-naam.docx"),
    ],
)
def test_content_that_does_not_match_the_extension_gives_400(data: bytes, name: str) -> None:
    with pytest.raises(UploadError) as caught:
        read_document(data, name)
    assert caught.value.status == 400


def test_zip_without_word_document_part_gives_400() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("iets.txt", "geen word")
    with pytest.raises(UploadError) as caught:
        read_document(buffer.getvalue(), "vwo.docx")
    assert caught.value.status == 400


def test_unknown_extension_gives_400() -> None:
    with pytest.raises(UploadError) as caught:
        read_document(b"tekst", "vwo.odt")
    assert caught.value.status == 400
    assert ".odt" in caught.value.message


def test_zip_bomb_gives_413() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    with pytest.raises(UploadError) as caught:
        read_document(buffer.getvalue(), "bom.docx")
    assert caught.value.status == 413


def test_input_over_twenty_megabytes_gives_413() -> None:
    with pytest.raises(UploadError) as caught:
        read_document(b"a" * (20 * 1024 * 1024 + 1), "groot.txt")
    assert caught.value.status == 413


def test_doctype_in_word_xml_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boem">]><x>&e;</x>',
        )
    with pytest.raises(UploadError) as caught:
        read_document(buffer.getvalue(), "vwo.docx")
    assert caught.value.status == 400


def test_markdown_headings_are_read_as_text() -> None:
    document = read_document(
        b"# Artikel 3\n\nVerwerker neemt **passende** maatregelen.", "a.md"
    )
    assert document.blocks[0].text == "Artikel 3"
    assert document.blocks[1].text == "Verwerker neemt passende maatregelen."
