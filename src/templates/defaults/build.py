"""Build the shipped default templates with python-docx.

Run ``python -m templates.defaults.build`` (or this file) to rewrite
``verwerkersovereenkomst-nl.docx`` and ``data-processing-agreement-en.docx``. The output
is byte-for-byte reproducible: fixed core properties and fixed zip timestamps.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from core import reproducible_zip
from templates.defaults import DEFAULT_TEMPLATES, content_en, content_nl

HERE = Path(__file__).parent
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
SHADE = "DCE3EC"


def _styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:eastAsia", "w:cs"):
        fonts.set(qn(attr), "Arial")
    for name, size in (("Title", 24), ("Heading 1", 13), ("Heading 2", 11)):
        style = doc.styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
        style.font.bold = True
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(14)
    doc.styles["Heading 1"].paragraph_format.keep_with_next = True


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A simple field such as PAGE or NUMPAGES (Word and LibreOffice update it when shown)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _header_footer(doc: DocxDocument, content: ModuleType) -> None:
    section = doc.sections[0]
    section.top_margin = section.bottom_margin = Cm(2.2)
    section.left_margin = section.right_margin = Cm(2.5)
    header = section.header.paragraphs[0]
    header.text = content.HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, between = content.FOOTER
    footer.add_run(before).font.size = Pt(8)
    _field(footer, "PAGE")
    footer.add_run(between).font.size = Pt(8)
    _field(footer, "NUMPAGES")


def _shade(cell_paragraph_cell: object) -> None:
    tc_pr = cell_paragraph_cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), SHADE)
    tc_pr.append(shd)


def _table(
    doc: DocxDocument,
    rows: Sequence[tuple[str, ...]],
    head: tuple[str, ...] | None = None,
    widths: tuple[float, ...] = (5.0, 11.0),
) -> Table:
    columns = len(head or rows[0])
    table = doc.add_table(rows=0, cols=columns)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if head:
        cells = table.add_row().cells
        for cell, label in zip(cells, head, strict=True):
            cell.text = label
            cell.paragraphs[0].runs[0].bold = True
            _shade(cell)
    for row in rows:
        cells = table.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, row, strict=True)):
            cell.text = value
            if head is None and index == 0:
                cell.paragraphs[0].runs[0].bold = True
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Cm(width)
    return table


def _loop_rows(table: Table, start: str, cells: tuple[str, ...], end: str) -> None:
    """Rows for ``{%tr for … %}``: one marker row, one template row, one end row."""
    table.add_row().cells[0].text = start
    row = table.add_row().cells
    for cell, value in zip(row, cells, strict=True):
        cell.text = value
    table.add_row().cells[0].text = end


def _numbered(doc: DocxDocument, number: str, text: str) -> None:
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.left_indent = Cm(1.0)
    fmt.first_line_indent = Cm(-1.0)
    fmt.tab_stops.add_tab_stop(Cm(1.0))
    paragraph.add_run(f"{number}\t{text}")


def _cover(doc: DocxDocument, content: ModuleType) -> None:
    doc.add_paragraph(content.DOC_TITLE, style="Title")
    subtitle = doc.add_paragraph()
    run = subtitle.add_run("{{ agreement.title }}")
    run.font.size = Pt(14)
    run.font.color.rgb = ACCENT
    doc.add_paragraph()
    _table(doc, content.COVER_ROWS)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _annexes(doc: DocxDocument, c: ModuleType) -> None:
    def heading(number: str, title: str) -> None:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(f"{c.ANNEX} {number} – {title}", level=1)

    heading("I", c.ANNEX_I)
    ctrl, supp = c.ANNEX_I_ROWS
    doc.add_heading(c.SIGNATURE_COLUMNS[0].split(" ", 2)[-1].capitalize(), level=2)
    _table(
        doc,
        list(
            zip(
                ctrl,
                (
                    "{{ controller.name }}",
                    c.CONTROLLER_KIND,
                    "{{ controller.cbs_code or '—' }}",
                    "{{ controller.kvk_number or controller.oin or '—' }}",
                    "{{ controller.address }}",
                    "{{ controller.represented_by }}",
                ),
                strict=True,
            )
        ),
    )
    doc.add_heading(c.SIGNATURE_COLUMNS[1].split(" ", 2)[-1].capitalize(), level=2)
    _table(
        doc,
        list(
            zip(
                supp,
                (
                    "{{ supplier.name }}",
                    c.SUPPLIER_COUNTRY,
                    "{{ supplier.kvk_number or '—' }}",
                    "{{ supplier.address }}",
                    "{{ supplier.website or '—' }}",
                    "{{ supplier.contact.name }}, {{ supplier.contact.email }}",
                ),
                strict=True,
            )
        ),
    )
    doc.add_paragraph("{%p if members %}")
    doc.add_heading(c.MEMBERS_HEADING, level=2)
    members = _table(doc, [], head=("Naam" if c.LANGUAGE == "nl" else "Name", "CBS"))
    _loop_rows(
        members,
        "{%tr for m in members %}",
        ("{{ m.name }}", "{{ m.cbs_code or '—' }}"),
        "{%tr endfor %}",
    )
    doc.add_paragraph("{%p endif %}")

    heading("II", c.ANNEX_II)
    _table(doc, c.ANNEX_II_ROWS)

    heading("III", c.ANNEX_III)
    doc.add_paragraph(c.ANNEX_III_INTRO)
    _table(doc, c.ANNEX_III_ROWS, head=c.ANNEX_III_HEAD, widths=(4.0, 12.0))

    heading("IV", c.ANNEX_IV)
    subs = _table(doc, [], head=c.ANNEX_IV_HEAD, widths=(4.5, 6.5, 3.0, 2.0))
    _loop_rows(subs, "{%tr for s in subprocessors %}", c.ANNEX_IV_ROW, "{%tr endfor %}")
    _loop_rows(subs, "{%tr if not subprocessors %}", (c.ANNEX_IV_NONE, "", "", ""), "{%tr endif %}")


def _signatures(doc: DocxDocument, c: ModuleType) -> None:
    doc.add_heading(c.SIGNATURE_HEADING, level=1)
    doc.add_paragraph(c.SIGNATURE_INTRO)
    values = {
        "controller": (
            "{{ signatories.controller.name }}",
            "{{ signatories.controller.role }}",
            "{{ signatories.controller.place }}",
            c.SIGNING_DATE,
            "\n\n",
        ),
        "processor": (
            "{{ signatories.processor.name }}",
            "{{ signatories.processor.role }}",
            "{{ signatories.processor.place }}",
            c.SIGNING_DATE,
            "\n\n",
        ),
    }
    rows = [
        (f"{label}: {left}", f"{label}: {right}")
        for label, left, right in zip(
            c.SIGNATURE_LABELS, values["controller"], values["processor"], strict=True
        )
    ]
    _table(doc, rows, head=c.SIGNATURE_COLUMNS, widths=(8.0, 8.0))


def build(content: ModuleType) -> bytes:
    """The template for one language, as reproducible .docx bytes."""
    doc = Document()
    _styles(doc)
    _header_footer(doc, content)
    props = doc.core_properties
    props.title = content.CORE_TITLE
    props.author = props.last_modified_by = "vwo-register"
    props.language = content.LANGUAGE
    props.keywords = "verwerkersovereenkomst; AVG art. 28"
    props.created = props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    keys = sorted({key for _title, claimed, _paras in content.ARTICLES for key in claimed})
    doc.add_paragraph("{#p clauses: " + ", ".join(keys) + " #}")
    _cover(doc, content)
    doc.add_heading(content.PARTIES_HEADING, level=1)
    for index, text in enumerate(content.PARTIES[:-1], start=1):
        _numbered(doc, f"{index}.", text)
    doc.add_paragraph(content.PARTIES[-1])
    doc.add_paragraph("{%p if members %}")
    doc.add_paragraph(content.MEMBERS)
    doc.add_paragraph("{%p endif %}")
    doc.add_heading(content.RECITALS_HEADING, level=1)
    for letter, text in zip("ABCDEFG", content.RECITALS, strict=False):
        _numbered(doc, f"{letter}.", text)
    for number, (title, _keys, paragraphs) in enumerate(content.ARTICLES, start=1):
        doc.add_heading(f"{content.ARTICLE} {number}. {title}", level=1)
        for sub, text in enumerate(paragraphs, start=1):
            _numbered(doc, f"{number}.{sub}", text)
    _signatures(doc, content)
    _annexes(doc, content)
    _ = WD_SECTION  # sections are not split: one header/footer for the whole agreement
    raw = io.BytesIO()
    doc.save(raw)
    return reproducible_zip(raw.getvalue())


def build_all(target: Path = HERE) -> dict[str, Path]:
    """Write both default templates into ``target``."""
    written = {}
    for language, module in (("nl", content_nl), ("en", content_en)):
        path = target / DEFAULT_TEMPLATES[language]
        path.write_bytes(build(module))
        written[language] = path
    return written


if __name__ == "__main__":
    for lang, path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE).items():
        print(f"{lang}: {path}")
