"""Read an uploaded agreement (.docx, .pdf, .txt, .md) into located text blocks."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import PurePath

from lxml import etree

from clauses.errors import (
    DocumentTooLarge,
    NoReadableText,
    UnsupportedFormat,
)
from clauses.text import Block
from core import MB, ZipLimits, open_zip, parse_xml, read_member

MAX_BYTES = 20 * MB
MAX_PDF_PAGES = 1000
MAX_TEXT_CHARS = 5_000_000
DOCX_LIMITS = ZipLimits(max_compressed=MAX_BYTES, max_uncompressed=100 * MB)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXTENSIONS = (".docx", ".pdf", ".txt", ".md")


@dataclass(frozen=True, slots=True)
class Document:
    """The readable text of one file, in reading order."""

    filename: str
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


def read_document(data: bytes, filename: str) -> Document:
    """Read ``data`` according to the extension of ``filename``; refuse what does not fit."""
    if len(data) > MAX_BYTES:
        raise DocumentTooLarge(f"Het bestand is groter dan {MAX_BYTES // MB} MB.")
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".docx":
        blocks = _read_docx(data)
    elif suffix == ".pdf":
        blocks = _read_pdf(data)
    elif suffix in (".txt", ".md"):
        blocks = _read_plain(data, markdown=suffix == ".md")
    else:
        raise UnsupportedFormat(
            f"Bestandstype {suffix or '(geen extensie)'!r} wordt niet ondersteund; "
            "gebruik .docx, .pdf, .txt of .md."
        )
    kept = tuple(b for b in blocks if b.text.strip())
    if not kept:
        raise NoReadableText("Het document bevat geen tekst om te lezen.")
    if sum(len(b.text) for b in kept) > MAX_TEXT_CHARS:
        raise DocumentTooLarge("Het document bevat te veel tekst om te beoordelen.")
    return Document(filename=filename, blocks=kept)


# -- Word -----------------------------------------------------------------------------
def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts).strip()


def _read_docx(data: bytes) -> list[Block]:
    if not data.startswith(b"PK"):
        raise UnsupportedFormat("Het bestand is geen Word-document (.docx), al zegt de naam dat.")
    archive = open_zip(data, DOCX_LIMITS, what="Word-document")
    if "word/document.xml" not in archive.namelist():
        raise UnsupportedFormat("Het bestand is geen Word-document: word/document.xml ontbreekt.")
    root = parse_xml(read_member(archive, "word/document.xml"), "word/document.xml")
    body = root.find(f"{_W}body")
    blocks: list[Block] = []
    counters = {"paragraph": 0, "table": 0}

    def walk(element: etree._Element) -> None:
        for child in element:
            if child.tag == f"{_W}p":
                counters["paragraph"] += 1
                text = _paragraph_text(child)
                # Word's automatic numbering is not in the text: mark the list item
                if text and child.find(f"{_W}pPr/{_W}numPr") is not None:
                    text = f"• {text}"
                blocks.append(Block(text, f"paragraaf {counters['paragraph']}"))
            elif child.tag == f"{_W}tbl":
                counters["table"] += 1
                table = counters["table"]
                for row_no, row in enumerate(child.iterfind(f"{_W}tr"), start=1):
                    for cell in row.iterfind(f"{_W}tc"):
                        text = "\n".join(_paragraph_text(p) for p in cell.iter(f"{_W}p"))
                        blocks.append(Block(text, f"tabel {table}, rij {row_no}"))
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                walk(child)

    if body is not None:
        walk(body)
    return blocks


# -- PDF ------------------------------------------------------------------------------
def _read_pdf(data: bytes) -> list[Block]:
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnsupportedFormat("Het bestand is geen PDF, al zegt de naam dat.")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedFormat("De PDF is beveiligd met een wachtwoord.")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentTooLarge(f"De PDF heeft meer dan {MAX_PDF_PAGES} pagina's.")
        blocks = [
            Block(page.extract_text() or "", f"pagina {number}")
            for number, page in enumerate(reader.pages, start=1)
        ]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        if isinstance(exc, UnsupportedFormat | DocumentTooLarge):
            raise
        raise UnsupportedFormat(
            f"De PDF is beschadigd en kan niet worden gelezen ({exc})."
        ) from exc
    if not any(block.text.strip() for block in blocks):
        raise NoReadableText(
            "De PDF bevat geen tekst om te lezen: waarschijnlijk een scan. "
            "Lever een PDF met tekstlaag of een Word-bestand aan."
        )
    return blocks


# -- plain text -----------------------------------------------------------------------
def _read_plain(data: bytes, *, markdown: bool) -> list[Block]:
    if b"\x00" in data[:8192]:
        raise UnsupportedFormat("Het bestand is geen platte tekst.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    blocks: list[Block] = []
    for number, chunk in enumerate(text.replace("\r\n", "\n").split("\n\n"), start=1):
        if markdown:
            chunk = "\n".join(line.lstrip("#>").strip() for line in chunk.splitlines())
            chunk = chunk.replace("**", "").replace("__", "")
        blocks.append(Block(chunk, f"paragraaf {number}"))
    return blocks
