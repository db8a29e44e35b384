"""The supplier's own draft: scanned into findings before approval, compared with our model,
and turned into a letter of negotiation points."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest

from core.tables import AuditEvent
from tests.contracts.test_agreements import agreement
from tests.factories import seed_scope, seed_supplier

# A supplier's draft in our own words: no audit clause, a 72-hour breach notice, a general
# authorisation with 7 days' notice, deletion within 90 days.
DRAFT = [
    "Verwerkersovereenkomst van Voorbeeldsoft B.V.",
    "De verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van "
    "de verwerkingsverantwoordelijke.",
    "De verwerker stelt de verwerkingsverantwoordelijke onverwijld in kennis indien een instructie naar "
    "zijn oordeel inbreuk maakt op de AVG.",
    "Indien een wettelijke verplichting de verwerker tot een andere verwerking dwingt, stelt hij de "
    "verwerkingsverantwoordelijke daarvan vooraf in kennis, tenzij die wet dat verbiedt.",
    "De verwerker zorgt ervoor dat de personen die de persoonsgegevens verwerken tot geheimhouding "
    "zijn verplicht.",
    "De verwerker neemt passende technische en organisatorische maatregelen om de persoonsgegevens te "
    "beveiligen, rekening houdend met de risico's van vernietiging, verlies, wijziging en ongeoorloofde "
    "toegang of verstrekking.",
    "De verwerker staat de verwerkingsverantwoordelijke bij bij het beantwoorden van verzoeken van "
    "betrokkenen om hun rechten uit te oefenen.",
    "De verwerker helpt de verwerkingsverantwoordelijke bij het nakomen van de verplichtingen uit de "
    "artikelen 32 tot en met 36 AVG.",
    "De verwerker meldt een inbreuk in verband met persoonsgegevens binnen 72 uur na ontdekking aan de "
    "verwerkingsverantwoordelijke en beschrijft daarbij de aard van de inbreuk, de betrokkenen, de "
    "waarschijnlijke gevolgen en de genomen maatregelen.",
    "De verwerkingsverantwoordelijke geeft de verwerker algemene schriftelijke toestemming om "
    "subverwerkers in te schakelen.",
    "De verwerker informeert de verwerkingsverantwoordelijke 7 dagen vooraf over een nieuwe subverwerker; "
    "de verwerkingsverantwoordelijke kan daartegen bezwaar maken.",
    "De verwerker legt aan iedere subverwerker dezelfde verplichtingen op als in deze overeenkomst en "
    "blijft volledig aansprakelijk voor diens nakoming.",
    "Na afloop van de dienstverlening verwijdert de verwerker alle persoonsgegevens binnen 90 dagen of "
    "geeft hij ze terug, naar keuze van de verwerkingsverantwoordelijke.",
    "De verwerker stelt alle informatie beschikbaar die nodig is om aan te tonen dat hij zijn "
    "verplichtingen nakomt.",
    "De verwerker verwerkt gegevens van inwoners, namelijk naam, adres en BSN, voor het doel van de "
    "hoofdovereenkomst en zolang die loopt.",
]


def draft_docx(paragraphs: list[str] = DRAFT) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
async def draft_agreement(admin, make_caller) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    supplier = await seed_supplier(admin, "GM0363")
    procurement = await make_caller("procurement", ["GM0363"])
    fg = await make_caller("privacy_officer", ["GM0363"])
    created = (await procurement.post("/api/v1/agreements", json=agreement("GM0363", supplier["id"]))).json()
    return {"url": f"/api/v1/agreements/{created['id']}", "procurement": procurement, "fg": fg, "id": created["id"]}


async def upload(caller: Any, url: str, content: bytes, name: str = "concept-leverancier.docx") -> Any:
    return await caller.post(f"{url}/supplier-draft", files={"file": (name, content, "application/octet-stream")})


async def test_a_draft_is_scanned_into_findings_at_any_status(draft_agreement) -> None:  # type: ignore[no-untyped-def]
    procurement, fg, url = draft_agreement["procurement"], draft_agreement["fg"], draft_agreement["url"]
    response = await upload(procurement, url, draft_docx())
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "scanned" and body["language"] == "nl"
    assert "audits" in body["missing"] and "breach-notification" in body["weak"]
    findings = (await fg.get(f"{url}/findings")).json()
    assert {f["key"] for f in findings} >= {"audits", "breach-notification"}
    assert body["findings"] == len(findings)
    documents = (await procurement.get(f"{url}/documents")).json()
    assert [d["kind"] for d in documents] == ["supplier_draft"]
    events = await AuditEvent.select().where(AuditEvent.entity == "agreement", AuditEvent.action == "scan")
    assert any(e["entity_id"] == str(draft_agreement["id"]) for e in events)


async def test_bad_drafts_are_refused_and_nothing_is_stored(draft_agreement) -> None:  # type: ignore[no-untyped-def]
    procurement, url = draft_agreement["procurement"], draft_agreement["url"]
    assert (await upload(procurement, url, b"not a word file")).status_code == 400
    assert (await upload(procurement, url, b"%PDF-1.4", name="concept.txt")).status_code == 400
    assert (await procurement.get(f"{url}/documents")).json() == []
    assert (await procurement.get(f"{url}/findings")).json() == []


async def test_board_may_not_upload_and_other_scopes_see_nothing(draft_agreement, make_caller) -> None:  # type: ignore[no-untyped-def]
    board = await make_caller("board", ["GM0363"])
    stranger = await make_caller("procurement", ["GM0344"])
    url = draft_agreement["url"]
    assert (await upload(board, url, draft_docx())).status_code == 403
    assert (await upload(stranger, url, draft_docx())).status_code == 404
    await upload(draft_agreement["procurement"], url, draft_docx())
    assert (await stranger.get(f"{url}/comparison")).status_code == 404
    assert (await stranger.get(f"{url}/negotiation-letter")).status_code == 404


async def test_approval_waits_for_decisions_on_mandatory_findings(draft_agreement) -> None:  # type: ignore[no-untyped-def]
    procurement, fg, url = draft_agreement["procurement"], draft_agreement["fg"], draft_agreement["url"]
    await upload(procurement, url, draft_docx())
    assert (await procurement.post(f"{url}/transitions", json={"to": "in_review"})).status_code == 201
    refused = await fg.post(f"{url}/transitions", json={"to": "approved"})
    assert refused.status_code == 409, refused.text
    message = refused.json()["errors"][0]["message"]
    assert refused.json()["errors"][0]["field"] == "findings" and "Audits en inspecties (ontbreekt)" in message
    for finding in (await fg.get(f"{url}/findings")).json():
        if finding["tier"] == "mandatory":
            decided = await fg.post(
                f"{url}/findings/{finding['id']}/decision", json={"decision": "negotiate", "remark": "Opnemen"}
            )
            assert decided.status_code == 200
    assert (await fg.post(f"{url}/transitions", json={"to": "approved"})).status_code == 201


async def test_comparison_sets_the_supplier_text_beside_our_model(draft_agreement) -> None:  # type: ignore[no-untyped-def]
    procurement, url = draft_agreement["procurement"], draft_agreement["url"]
    assert (await procurement.get(f"{url}/comparison")).status_code == 404  # nothing scanned yet
    await upload(procurement, url, draft_docx())
    body = (await procurement.get(f"{url}/comparison")).json()
    clauses = {c["key"]: c for c in body["clauses"]}
    audits = clauses["audits"]
    assert audits["status"] == "missing" and audits["supplier_text"] == []
    assert audits["model_text"] and all(t.startswith("Artikel ") for t in audits["model_text"])
    assert any("audit" in t.lower() or "inspectie" in t.lower() for t in audits["model_text"])
    breach = clauses["breach-notification"]
    assert breach["status"] == "weak" and any("72 uur" in e["text"] for e in breach["supplier_text"])
    values = {v["name"]: v for v in body["values"]}
    assert values["breach_notification_hours"]["supplier"] == 72
    assert values["breach_notification_hours"]["verdict"] == "short"
    assert values["subprocessor_notice_days"]["supplier"] == 7
    assert values["subprocessor_notice_days"]["verdict"] == "short"
    assert values["deletion_term_days"]["supplier"] == 90
    assert values["audit_frequency"]["verdict"] == "not_stated"


async def test_negotiation_letter_lists_each_missing_or_weak_clause_with_our_wording(draft_agreement) -> None:  # type: ignore[no-untyped-def]
    procurement, url = draft_agreement["procurement"], draft_agreement["url"]
    await upload(procurement, url, draft_docx())
    response = await procurement.get(f"{url}/negotiation-letter")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    letter = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in letter.paragraphs if p.style.name.startswith("Heading")]
    text = "\n".join(p.text for p in letter.paragraphs)
    comparison = (await procurement.get(f"{url}/comparison")).json()
    points = [c for c in comparison["clauses"] if c["status"] in {"missing", "weak"}]
    assert len(headings) == len(points) + 1  # plus "Termijnen en frequenties"
    assert any("Audit" in h or "audit" in h for h in headings)
    assert "Onderhandelpunten verwerkersovereenkomst" in text and "Wij stellen voor:" in text
    assert "uw tekst noemt 72" in text


# --- pages ------------------------------------------------------------------------------------


async def test_pages_upload_a_draft_compare_it_and_block_approval(world) -> None:  # type: ignore[no-untyped-def]
    from tests.contracts.test_agreement_pages import error_for, login, seeded, submit

    client = world["client"]
    record_id = await seeded(world, "in_review")
    await login(client, "inkoop@gemeente.test")
    detail = (await client.get(f"/agreements/{record_id}")).text
    assert "Concept van de leverancier laten controleren" in detail

    refused = await submit(client, f"/agreements/{record_id}/supplier-draft",
                           files={"file": ("concept.docx", b"geen word", "application/octet-stream")})
    assert refused.status_code == 400 and "Word" in error_for(refused.text, "draft-file")

    uploaded = await submit(client, f"/agreements/{record_id}/supplier-draft",
                            files={"file": ("concept.docx", draft_docx(), "application/octet-stream")})
    assert uploaded.status_code == 200 and str(uploaded.url).endswith(f"/agreements/{record_id}/comparison")
    page = uploaded.text
    assert "Vergelijking met ons model" in page and "Audits en inspecties" in page
    assert "Tekst van de leverancier" in page and "Ons model" in page and "72" in page

    await login(client, "fg@gemeente.test")
    detail = (await client.get(f"/agreements/{record_id}")).text
    assert "Goedkeuren en ondertekenen kan pas als de FG heeft beslist" in detail
    assert "Audits en inspecties (ontbreekt)" in detail
    blocked = await submit(client, f"/agreements/{record_id}/transitions", {"to": "approved"})
    assert blocked.status_code == 400 and 'id="findings-approved-error">De FG beslist eerst over' in blocked.text

    letter = await client.get(f"/agreements/{record_id}/negotiation-letter")
    assert letter.status_code == 200
    assert "Onderhandelpunten" in "\n".join(p.text for p in docx.Document(io.BytesIO(letter.content)).paragraphs)


async def test_board_cannot_post_a_draft_page(world) -> None:  # type: ignore[no-untyped-def]
    from tests.contracts.test_agreement_pages import login, seeded, submit

    client = world["client"]
    record_id = await seeded(world)
    await login(client, "bestuur@gemeente.test")
    response = await submit(client, f"/agreements/{record_id}/supplier-draft",
                            files={"file": ("concept.docx", draft_docx(), "application/octet-stream")})
    assert response.status_code == 403
