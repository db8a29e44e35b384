"""Fixture .docx files built in code (python-docx + docxtpl tags); no binaries committed."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
import pytest

from templates import clear_cache


def make_docx(
    *paragraphs: str,
    header: str | None = None,
    footer: str | None = None,
    table: list[list[str]] | None = None,
) -> bytes:
    """A small Word document whose paragraphs (and header, footer, table) carry template tags."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    if footer is not None:
        document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_member(data: bytes, name: str, payload: bytes) -> bytes:
    """The same zip with one member's content replaced (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info.filename))
        dst.writestr(name, payload)
    return out.getvalue()


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def all_text(data: bytes) -> str:
    """Paragraph and table text of body, headers and footers, plus the core title."""
    document = open_docx(data)
    chunks = [p.text for p in document.paragraphs]
    for table in document.tables:
        chunks += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        chunks += [p.text for p in section.header.paragraphs]
        chunks += [p.text for p in section.footer.paragraphs]
    chunks.append(document.core_properties.title or "")
    return "\n".join(chunks)


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    clear_cache()


@pytest.fixture
def docx_factory() -> Callable[..., bytes]:
    return make_docx
