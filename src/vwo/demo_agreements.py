"""Demo agreements in every status, some with generated documents (part of ``vwo demo``)."""

from __future__ import annotations

import io

import docx
from dateutil.relativedelta import relativedelta

from contracts import (
    Agreement,
    AgreementCreate,
    Document,
    Signatories,
    Signatory,
    Status,
    TransitionIn,
    documents,
    drafts,
    services,
)
from core import SYSTEM, clock
from suppliers import Product, Supplier
from templates import Template

# (scope, supplier, title, reference, status to reach, generate a document)
PLAN: list[tuple[str, str, str, str, Status, bool]] = [
    ("GM9901", "Civitas Software B.V.", "Verwerkersovereenkomst Burgerzaken Online", "VWO-BKD-001", "signed", True),
    ("GM9901", "Polder Hosting B.V.", "Verwerkersovereenkomst Private cloud", "VWO-BKD-002", "approved", True),
    (
        "GM9901", "Atlantic Analytics Inc.", "Verwerkersovereenkomst Klanttevredenheid", "VWO-BKD-003",
        "in_review", False,
    ),
    ("GM9902", "Zaakwijs B.V.", "Verwerkersovereenkomst Zaaksysteem", "VWO-HGV-001", "draft", False),
    (
        "isd-beekdal-hoogveen", "Inkomensregie B.V.", "Verwerkersovereenkomst Participatie Suite", "VWO-ISD-001",
        "in_review", True,
    ),
    (
        "isd-beekdal-hoogveen", "Jeugdzorg Connect B.V.", "Verwerkersovereenkomst Wmo-portaal", "VWO-ISD-002",
        "ended", False,
    ),
    (
        "belastingen-zuidrand", "Taxatie & Heffing B.V.", "Verwerkersovereenkomst WOZ-taxatie", "VWO-BSZ-001",
        "signed", False,
    ),
]
ORDER: list[Status] = ["draft", "in_review", "approved", "signed", "ended"]


async def load_demo_agreements() -> None:
    existing = {r["reference"] for r in await Agreement.select(Agreement.reference)}
    suppliers = {
        (r["scope"], r["name"]): r["id"] for r in await Supplier.select(Supplier.id, Supplier.scope, Supplier.name)
    }
    template = await Template.select(Template.id).where(Template.scope == "", Template.language == "nl").order_by(
        Template.version, ascending=False
    ).first()
    today = clock.today()
    for index, (scope, supplier, title, reference, target, generate) in enumerate(PLAN):
        if reference in existing or (scope, supplier) not in suppliers:
            continue
        supplier_id = suppliers[(scope, supplier)]
        products = [p["id"] for p in await Product.select(Product.id).where(Product.supplier == supplier_id)]
        health = "Jeugdzorg" in supplier
        start = today - relativedelta(years=2, months=index)
        record_id = await services.create_agreement(
            AgreementCreate(
                controller=scope, supplier_id=supplier_id, title=title, reference=reference,
                main_contract=f"Hoofdovereenkomst {supplier}",
                start_date=start,
                end_date=(today + relativedelta(months=2 + index * 3)) if index % 2 == 0 else None,
                notice_period_months=3, review_interval_months=12,
                last_review_date=start + relativedelta(months=6),
                subject_matter="Levering en beheer van de applicatie, inclusief hosting en support.",
                purposes=["Uitvoering van wettelijke taken van de gemeente"],
                nature=["verzamelen", "opslaan", "raadplegen", "wissen"],
                personal_data=["NAW-gegevens", "contactgegevens", "BSN"]
                + (["gegevens over gezondheid"] if health else []),
                special_categories=health, bsn=True,
                data_subjects=["inwoners", "medewerkers"],
                retention="Zolang de hoofdovereenkomst loopt; daarna binnen 30 dagen verwijderd.",
                locations=["US", "NL"] if "Atlantic" in supplier else ["NL"],
                transfer_mechanism="scc" if "Atlantic" in supplier else None,
                subprocessor_authorisation="general", subprocessor_notice_days=30,
                breach_notification_hours=24 if index % 3 else 48,
                assurance_required=["isae3000_tpm"] if index % 2 == 0 else ["iso27001"],
                security_standard="NEN 7510" if health else "BIO",
                product_ids=products,
                signatories=Signatories(
                    # the municipality's or arrangement's own signatory (suppliers.registry) signs
                    controller=Signatory(place="Beekdal"),
                    processor=Signatory(name="P. Directeur", role="algemeen directeur", place="Utrecht"),
                ),
            ),
            SYSTEM,
        )
        if generate and template:
            await documents.generate(record_id, template["id"], SYSTEM)
        if reference == "VWO-ISD-001":  # the supplier sent its own text: the FG decides in review
            await drafts.upload_supplier_draft(record_id, "concept-leverancier.docx", _supplier_written_docx(), SYSTEM)
        for step in ORDER[1 : ORDER.index(target) + 1]:
            if step == "signed":
                await _attach_signed_copy(record_id)
            remark = "Looptijd verstreken, dienst overgezet" if step == "ended" else ""
            await services.transition(
                record_id,
                TransitionIn(
                    to=step, remark=remark,
                    signing_date=today - relativedelta(months=20) if step == "signed" else None,
                ),
                SYSTEM,
            )


#: A draft as a supplier might write it: short, and without audit, exit and deletion
#: terms, so the FG finds something to decide on in the demo.
SUPPLIER_WRITTEN = [
    "Verwerkersovereenkomst Participatie Suite",
    "Artikel 1. De verwerker verwerkt persoonsgegevens uitsluitend op schriftelijke instructie van de "
    "verwerkingsverantwoordelijke.",
    "Artikel 2. Medewerkers van de verwerker zijn tot geheimhouding verplicht.",
    "Artikel 3. De verwerker neemt passende technische en organisatorische maatregelen om de gegevens "
    "te beveiligen.",
    "Artikel 4. De verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke "
    "vertraging aan de verwerkingsverantwoordelijke.",
    "Artikel 5. Het doel van de verwerking is de uitvoering van de Participatiewet. De soorten "
    "persoonsgegevens zijn naam, adres, BSN en inkomensgegevens. De categorieën betrokkenen zijn "
    "aanvragers van een uitkering.",
    "Artikel 6. De overeenkomst loopt zolang de hoofdovereenkomst loopt.",
]


def _supplier_written_docx() -> bytes:
    document = docx.Document()
    for paragraph in SUPPLIER_WRITTEN:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


async def _attach_signed_copy(record_id: int) -> None:
    generated = await Document.select(Document.content).where(
        Document.agreement == record_id, Document.kind == "generated"
    ).first()
    if generated:
        await documents.upload_signed(record_id, "ondertekend.docx", bytes(generated["content"]), SYSTEM)
    else:
        await documents.upload_signed(record_id, "ondertekend.pdf", _tiny_pdf(), SYSTEM)


def _tiny_pdf() -> bytes:
    return b"%PDF-1.4\n% vwo-register demo: ondertekend exemplaar\n%%EOF\n"
