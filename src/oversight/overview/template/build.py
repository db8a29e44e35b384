"""Build the docxtpl template of the board report with python-docx.

Run ``python -m oversight.overview.template.build`` to rewrite ``bestuursrapportage.docx``
beside this file. The output is byte-for-byte reproducible (fixed core properties and zip
timestamps). The template sees ``overview`` (:class:`oversight.overview.reads.Overview`),
``figures`` (its figures), ``gaps`` (open gaps per clause), ``generated_at`` and ``base``
(the service's address, which makes links absolute). ``oversight.overview.export`` adds
the chart as a picture after the summary table.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from core import reproducible_zip

HERE = Path(__file__).parent
TEMPLATE = HERE / "bestuursrapportage.docx"
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)
ACCENT = RGBColor(0x0B, 0x4F, 0x8A)
SHADE = "DCE3EC"


def _styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 22), ("Heading 1", 13)):
        style = doc.styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
        style.font.bold = True
    doc.styles["Heading 1"].paragraph_format.keep_with_next = True


def _shade(cell: object) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), SHADE)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _loop_table(
    doc: DocxDocument,
    head: tuple[str, ...],
    loop: str,
    cells: tuple[str, ...],
    widths: tuple[float, ...],
) -> Table:
    """A header row, then ``{%tr for … %}``, one template row and ``{%tr endfor %}``."""
    table = doc.add_table(rows=0, cols=len(head))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.add_row().cells
    for cell, label in zip(header, head, strict=True):
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell)
    table.add_row().cells[0].text = "{%tr for " + loop + " %}"
    for cell, value in zip(table.add_row().cells, cells, strict=True):
        cell.text = value
    table.add_row().cells[0].text = "{%tr endfor %}"
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return table


def build() -> bytes:
    doc = Document()
    _styles(doc)
    props = doc.core_properties
    props.title = "Bestuursrapportage verwerkersovereenkomsten"
    props.author = props.last_modified_by = "vwo-register"
    props.language = "nl-NL"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1

    doc.add_paragraph("Bestuursrapportage verwerkersovereenkomsten", style="Title")
    doc.add_paragraph("{{ overview.name }}").runs[0].bold = True
    doc.add_paragraph(
        "Stand van zaken op {{ overview.on | datum }}; opgesteld op {{ generated_at | datum }}."
    )
    doc.add_paragraph("Totaaloordeel: {{ overview.light_nl }}.").runs[0].bold = True
    doc.add_paragraph("{{ overview.coverage_note }}")
    doc.add_paragraph(
        "Een overeenkomst loopt binnenkort af als de einddatum of de laatste dag om op te "
        "zeggen binnen {{ overview.ending_within_days }} dagen valt."
    )

    doc.add_heading("Samenvatting", level=1)
    _loop_table(
        doc, ("Onderdeel", "Aantal", "Stoplicht"), "figure in figures",
        ("{{ figure.label }}", "{{ figure.count }} van {{ figure.total }} {{ figure.unit }}", "{{ figure.light_nl }}"),
        (8.5, 4.5, 3.0),
    )

    doc.add_paragraph("{%p if gaps %}")
    doc.add_heading("Open hiaten per verplichte bepaling", level=1)
    _loop_table(
        doc, ("Bepaling", "Aantal"), "group in gaps", ("{{ group.title }}", "{{ group.count }}"),
        (13.0, 3.0),
    )
    doc.add_paragraph("{%p endif %}")

    doc.add_paragraph("{%p for figure in figures %}")
    doc.add_heading(
        "{{ figure.label }}: {{ figure.count }} van {{ figure.total }} {{ figure.unit }} ({{ figure.light_nl }})",
        level=1,
    )
    doc.add_paragraph("{{ figure.rule }}").runs[0].italic = True
    doc.add_paragraph("{%p if figure.items %}")
    _loop_table(
        doc, ("Naam", "Leverancier", "Datum", "Toelichting"), "item in figure.items",
        ("{{ item.name }}", "{{ item.supplier_name }}", "{{ item.date | datum('') }}",
         "{{ item.note }} {{ base }}{{ item.link }}"),
        (4.5, 3.5, 2.5, 5.5),
    )
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("Geen.")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")

    raw = io.BytesIO()
    doc.save(raw)
    return reproducible_zip(raw.getvalue())


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE
    target.write_bytes(build())
    print(target)
