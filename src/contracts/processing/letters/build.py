"""Build the shipped letter templates of rights requests with python-docx.

Run ``python -m contracts.processing.letters.build`` to rewrite the three .docx files next
to this module. Their tags are docxtpl's (``{{ }}``, ``{%p %}``), filled by the sandboxed
environment of ``templates``. The output is byte-for-byte reproducible: fixed core
properties and fixed zip timestamps. The wording is our own.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt

from contracts.processing.letters import HERE, LETTERS
from core import reproducible_zip

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def _start(title: str) -> DocxDocument:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    props = doc.core_properties
    props.title = re.sub(r"\s*\{\{.*?\}\}", "", title)  # document properties are not filled in
    props.author = props.last_modified_by = "vwo-register"
    props.language = "nl-NL"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    doc.add_paragraph("{{ controller.name }}")
    doc.add_paragraph("Ons kenmerk: {{ request.reference }}")
    doc.add_paragraph("Datum: {{ today|datum }}")
    doc.add_heading(title, level=1)
    return doc


def access_reply() -> DocxDocument:
    doc = _start("Uw verzoek om inzage")
    doc.add_paragraph("Geachte heer, mevrouw,")
    doc.add_paragraph(
        "Op {{ request.received_on|datum }} ontvingen wij uw verzoek om te laten weten welke persoonsgegevens "
        "{{ controller.name }} van u verwerkt. Hieronder leest u per verwerking waarvoor wij uw gegevens "
        "gebruiken, om welke gegevens het gaat, op welke wettelijke grond wij dat doen, wie ze ontvangt, welke "
        "leveranciers ze in onze opdracht verwerken, hoe lang wij ze bewaren en waar ze vandaan komen."
    )
    doc.add_paragraph("{%p for a in activities %}")
    doc.add_heading("{{ loop.index }}. {{ a.name }}", level=2)
    for label, value in (
        ("Doel", "{{ a.purpose }}"),
        ("Gegevens", "{{ a.categories }}"),
        ("Wettelijke grondslag",
         "{{ a.legal_basis }}{% if a.legal_basis_detail %}; {{ a.legal_basis_detail }}{% endif %}"),
        ("Ontvangers", "{{ a.recipients }}"),
        ("Verwerkers", "{{ a.processor_names }}"),
        ("Bewaartermijn", "{{ a.retention }}"),
        ("Herkomst", "{{ a.source }}"),
    ):
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    doc.add_paragraph("{%p if a.outside_eea %}")
    doc.add_paragraph(
        "Een van deze verwerkers of hun onderaannemers verwerkt gegevens buiten de Europese Economische "
        "Ruimte. Dat mag alleen met de waarborgen uit hoofdstuk V van de AVG; u kunt ons vragen welke."
    )
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p if not activities %}")
    doc.add_paragraph("Wij vonden geen verwerkingen van {{ controller.name }} die u betreffen.")
    doc.add_paragraph("{%p endif %}")
    _closing(doc)
    return doc


def _closing(doc: DocxDocument) -> None:
    doc.add_paragraph(
        "U mag ons vragen gegevens te verbeteren, te verwijderen of het gebruik ervan te beperken, en u kunt "
        "bezwaar maken. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u contact opnemen met "
        "onze functionaris gegevensbescherming of een klacht indienen bij de Autoriteit Persoonsgegevens."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph("{{ controller.name }}")


def erasure_processor() -> DocxDocument:
    doc = _start("Verzoek om verwijdering van persoonsgegevens")
    doc.add_paragraph("Aan: {{ supplier.name }}")
    doc.add_paragraph(
        "Betreft: {{ agreement.title }}{% if agreement.reference %} ({{ agreement.reference }}){% endif %}"
    )
    doc.add_paragraph(
        "Een inwoner heeft ons op {{ request.received_on|datum }} gevraagd zijn of haar persoonsgegevens te "
        "verwijderen (artikel 17 AVG). Wij verwerken deze gegevens mede via u. Op grond van onze "
        "verwerkersovereenkomst, de bepaling over bijstand bij verzoeken van betrokkenen (artikel 28 lid 3 "
        "onder e AVG), vragen wij u de gegevens van deze inwoner te verwijderen. Om welke inwoner het gaat, "
        "laten wij u apart en beveiligd weten onder ons kenmerk {{ request.reference }}."
    )
    doc.add_paragraph("{%p if erase %}")
    doc.add_paragraph("Verwijder de gegevens die u voor ons verwerkt bij:")
    doc.add_paragraph("{%p for a in erase %}")
    doc.add_paragraph("{{ a.name }}: {{ a.categories }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if keep %}")
    doc.add_paragraph(
        "Verwijder niet, maar bewaar afgeschermd tot het einde van de wettelijke bewaartermijn, de gegevens bij:"
    )
    doc.add_paragraph("{%p for a in keep %}")
    doc.add_paragraph("{{ a.name }}: {{ a.retention }}{% if a.legal_basis_detail %} ({{ a.legal_basis_detail }})"
                      "{% endif %}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if subprocessors %}")
    doc.add_paragraph("Geef dit verzoek door aan uw subverwerkers die deze gegevens verwerken:")
    doc.add_paragraph("{%p for s in subprocessors %}")
    doc.add_paragraph("{{ s.name }} ({{ s.country|land }}){% if not s.in_eea %}, buiten de EER{% endif %}",
                      style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph(
        "Wij moeten de inwoner uiterlijk {{ request.due_on|datum }} antwoorden. Bevestig daarom zo snel "
        "mogelijk, en in elk geval binnen twee weken, schriftelijk wat u verwijderd of afgeschermd heeft."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph("{{ controller.name }}")
    return doc


def erasure_reply() -> DocxDocument:
    doc = _start("Uw verzoek om verwijdering van gegevens")
    doc.add_paragraph("Geachte heer, mevrouw,")
    doc.add_paragraph(
        "Op {{ request.received_on|datum }} vroeg u ons uw persoonsgegevens te verwijderen. Hieronder leest u "
        "wat wij met uw verzoek hebben gedaan."
    )
    doc.add_paragraph("{%p if erased %}")
    doc.add_paragraph("Wij hebben uw gegevens verwijderd, en onze leveranciers gevraagd dat ook te doen, bij:")
    doc.add_paragraph("{%p for a in erased %}")
    doc.add_paragraph("{{ a.name }}{% if a.processors %} (ook bij {{ a.processors }}){% endif %}",
                      style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if kept %}")
    doc.add_paragraph(
        "Een deel van uw gegevens moeten wij volgens de wet nog bewaren (artikel 17 lid 3 onder b AVG). Die "
        "gegevens gebruiken wij niet meer voor iets anders dan waarvoor de wet het bewaren eist, en wij "
        "verwijderen ze zodra de bewaartermijn voorbij is:"
    )
    doc.add_paragraph("{%p for a in kept %}")
    doc.add_paragraph("{{ a.name }}: {{ a.retention }}{% if a.legal_basis_detail %} ({{ a.legal_basis_detail }})"
                      "{% endif %}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    _closing(doc)
    return doc


def processor_request() -> DocxDocument:
    """To a processor, for access, rectification, restriction or objection (Art. 19, 28(3)(e))."""
    doc = _start("Verzoek van een inwoner om {{ request.kind }}")
    doc.add_paragraph("Aan: {{ supplier.name }}")
    doc.add_paragraph(
        "Betreft: {{ agreement.title }}{% if agreement.reference %} ({{ agreement.reference }}){% endif %}"
    )
    doc.add_paragraph(
        "Een inwoner heeft ons op {{ request.received_on|datum }} om {{ request.kind }} gevraagd "
        "({{ request.article }}). Wij verwerken zijn of haar gegevens mede via u. Op grond van onze "
        "verwerkersovereenkomst, de bepaling over bijstand bij verzoeken van betrokkenen (artikel 28 lid 3 "
        "onder e AVG), vragen wij u {{ request.action }}. Om welke inwoner het gaat, laten wij u apart en "
        "beveiligd weten onder ons kenmerk {{ request.reference }}."
    )
    doc.add_paragraph("Het gaat om de gegevens die u voor ons verwerkt bij:")
    doc.add_paragraph("{%p for a in served %}")
    doc.add_paragraph("{{ a.name }}: {{ a.categories }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p if subprocessors %}")
    doc.add_paragraph("Betrek hierbij uw subverwerkers die deze gegevens verwerken:")
    doc.add_paragraph("{%p for s in subprocessors %}")
    doc.add_paragraph("{{ s.name }} ({{ s.country|land }}){% if not s.in_eea %}, buiten de EER{% endif %}",
                      style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph(
        "Wij moeten de inwoner uiterlijk {{ request.due_on|datum }} antwoorden. Bevestig daarom zo snel "
        "mogelijk, en in elk geval binnen twee weken, schriftelijk wat u gedaan heeft."
    )
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph("{{ controller.name }}")
    return doc


BUILDERS: dict[str, Callable[[], DocxDocument]] = {
    "access_reply": access_reply, "erasure_processor": erasure_processor, "erasure_reply": erasure_reply,
    "processor_request": processor_request,
}


def build(letter: str) -> bytes:
    """One letter template as reproducible .docx bytes."""
    raw = io.BytesIO()
    BUILDERS[letter]().save(raw)
    return reproducible_zip(raw.getvalue())


def build_all(target: Path = HERE) -> dict[str, Path]:
    written = {}
    for letter, name in LETTERS.items():
        (target / name).write_bytes(build(letter))
        written[letter] = target / name
    return written


if __name__ == "__main__":
    for key, path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE).items():
        print(f"{key}: {path}")
