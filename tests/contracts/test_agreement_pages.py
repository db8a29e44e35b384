"""The agreement pages as procurement, the FG and the board see and use them."""

from __future__ import annotations

import asyncio
import html
import io
import re
from pathlib import Path

import docx
import httpx
import pytest

from contracts.tables import Agreement
from core.users import add_user
from tests.contracts.test_agreements import agreement
from tests.factories import seed_scope, seed_supplier

WITHOUT_AUDIT = (Path(__file__).parents[1] / "clauses" / "data" / "vwo_zorg_zonder_audit.txt").read_text()
PASSWORD = "een-lang-wachtwoord"  # noqa: S105 (a test user)


async def login(client: httpx.AsyncClient, email: str) -> None:
    client.cookies.clear()
    await client.get("/login")
    response = await client.post(
        "/login", data={"email": email, "password": PASSWORD, "_csrf_token": client.cookies.get("csrftoken")},
    )
    assert response.status_code == 303, response.text


async def submit(client: httpx.AsyncClient, url: str, data: dict[str, object] | None = None, **kw: object) -> httpx.Response:
    """A form post as the browser sends it, with the CSRF token; redirects are followed."""
    kw.setdefault("follow_redirects", True)
    return await client.post(url, data={**(data or {}), "_csrf_token": client.cookies.get("csrftoken")}, **kw)  # type: ignore[arg-type]


def error_for(page: str, input_id: str) -> str:
    """The error message linked to an input by aria-describedby (empty if the input is fine)."""
    tag = re.search(rf'<(?:input|select|textarea)[^>]*\bid="{re.escape(input_id)}"[^>]*>', page)
    assert tag, f"no input {input_id}"
    if 'aria-invalid="true"' not in tag.group(0):
        return ""
    described = re.search(r'aria-describedby="([^"]*)"', tag.group(0))
    assert described
    error_id = next(i for i in described.group(1).split() if i.endswith("-error"))
    message = re.search(rf'id="{error_id}">([^<]*)<', page)
    assert message
    return html.unescape(message.group(1))


@pytest.fixture
async def world(admin, app_client):  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    supplier = await seed_supplier(admin, "GM0363", name="Zaakwijs B.V.")
    product = (await admin.post(f"/api/v1/suppliers/{supplier['id']}/products",
                                json={"name": "Zaakwijs Suite", "kind": "saas"})).json()
    for role, email in [("procurement", "inkoop@gemeente.test"), ("privacy_officer", "fg@gemeente.test"),
                        ("board", "bestuur@gemeente.test")]:
        await add_user(email, role, ["GM0363"], password=PASSWORD)
    yield {"admin": admin, "supplier": supplier, "product": product, "client": app_client}
    app_client.cookies.clear()


async def seeded(world, status: str = "draft") -> int:  # type: ignore[no-untyped-def]
    """An agreement made through the API, moved on to `status`."""
    admin = world["admin"]
    created = (await admin.post("/api/v1/agreements", json=agreement("GM0363", world["supplier"]["id"]))).json()
    url = f"/api/v1/agreements/{created['id']}"
    for step in ["in_review", "approved"][: ["draft", "in_review", "approved"].index(status)]:
        assert (await admin.post(f"{url}/transitions", json={"to": step})).status_code == 201
    return int(created["id"])


async def test_procurement_creates_an_agreement_after_fixing_a_wrong_country(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    supplier_id = world["supplier"]["id"]
    form = await client.get("/agreements/new", params={"supplier_id": supplier_id})
    assert form.status_code == 200 and "Zaakwijs Suite" in form.text  # the supplier's products to tick
    fields = {
        "controller": "GM0363", "supplier_id": str(supplier_id), "title": "VWO Zaaksysteem",
        "reference": "VWO-2027-014", "start_date": "2027-01-01", "notice_period_months": "3",
        "review_interval_months": "12", "return_days": "30", "breach_notification_hours": "24",
        "assurance_frequency_months": "12", "purposes": "Uitvoering Participatiewet\nSchuldhulp",
        "locations": "NL, XX", "subprocessor_authorisation": "specific", "security_standard": "BIO",
        "product_ids": str(world["product"]["id"]), "assurance_required": ["isae3000_tpm", "iso27001"],
        "bsn": "on",
    }
    refused = await submit(client, "/agreements/new", fields)
    assert refused.status_code == 400
    assert error_for(refused.text, "locations").startswith("XX: Gebruik een landcode")
    assert error_for(refused.text, "title") == ""
    assert 'value="VWO Zaaksysteem"' in refused.text  # what was typed is kept
    assert await Agreement.count() == 0

    created = await submit(client, "/agreements/new", {**fields, "locations": "nl, de"}, follow_redirects=False)
    assert created.status_code == 303, created.text
    detail = await client.get(created.headers["location"])
    assert "De verwerkersovereenkomst is vastgelegd als concept." in detail.text
    assert "VWO Zaaksysteem" in detail.text and "NL, DE" in detail.text and "Zaakwijs Suite" in detail.text
    assert "Ter beoordeling aanbieden" in detail.text
    listing = await client.get("/agreements", params={"status": "draft"})
    assert "VWO Zaaksysteem" in listing.text and "concept" in listing.text


async def test_outside_the_eea_needs_a_transfer_mechanism_next_to_that_field(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    record_id = await seeded(world)
    form = await client.get(f"/agreements/{record_id}/edit")
    version = re.search(r'name="version" value="(\d+)"', form.text).group(1)  # type: ignore[union-attr]
    values = dict(re.findall(r'<input id="([a-z_]+)" name="\1" type="(?:text|number|date)" value="([^"]*)"', form.text))
    values = {k: html.unescape(v) for k, v in values.items()}
    refused = await submit(client, f"/agreements/{record_id}/edit",
                           {**values, "version": version, "locations": "NL, US", "security_standard": "BIO"})
    assert refused.status_code == 400
    assert "buiten de EER (US)" in error_for(refused.text, "transfer_mechanism")
    saved = await submit(client, f"/agreements/{record_id}/edit",
                         {**values, "version": version, "locations": "NL, US", "transfer_mechanism": "scc",
                          "security_standard": "BIO"}, follow_redirects=False)
    assert saved.status_code == 303
    assert "modelcontractbepalingen" in (await client.get(f"/agreements/{record_id}")).text


async def test_procurement_generates_and_downloads_a_word_document(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    record_id = await seeded(world)
    detail = (await client.get(f"/agreements/{record_id}")).text
    template_id = re.search(r'<option value="(\d+)"[^>]*>Standaardmodel verwerkersovereenkomst', detail).group(1)  # type: ignore[union-attr]
    generated = await submit(client, f"/agreements/{record_id}/documents", {"template_id": template_id})
    assert generated.status_code == 200 and "Het document is gegenereerd." in generated.text
    link = re.search(rf'href="(/agreements/{record_id}/documents/\d+/download)">([^<]+\.docx)<', generated.text)
    assert link, generated.text
    download = await client.get(link.group(1))
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(download.content)).paragraphs)
    assert "Zaakwijs B.V." in text


async def test_fg_sends_back_with_a_remark_and_decides_on_a_finding(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    in_review = await seeded(world, "in_review")
    await login(client, "fg@gemeente.test")
    queue = await client.get("/review")
    assert queue.status_code == 200 and f'href="/agreements/{in_review}"' in queue.text
    refused = await submit(client, f"/agreements/{in_review}/transitions", {"to": "draft", "remark": " "})
    assert refused.status_code == 400 and error_for(refused.text, "remark-draft") == "Geef uw opmerkingen mee."
    sent_back = await submit(client, f"/agreements/{in_review}/transitions",
                             {"to": "draft", "remark": "Bewaartermijn ontbreekt in bijlage 1"})
    assert sent_back.status_code == 200 and "Bewaartermijn ontbreekt in bijlage 1" in sent_back.text
    assert "ter beoordeling → concept" in sent_back.text and "fg@gemeente.test" in sent_back.text

    approved = await seeded(world, "approved")
    await login(client, "inkoop@gemeente.test")
    bad = await client.post(f"/agreements/{approved}/signed-copy",
                            data={"_csrf_token": client.cookies.get("csrftoken")},
                            files={"file": ("getekend.docx", b"geen word", "application/octet-stream")}, follow_redirects=True)
    assert bad.status_code == 400 and error_for(bad.text, "signed-file")
    document = docx.Document()
    for paragraph in WITHOUT_AUDIT.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    uploaded = await client.post(f"/agreements/{approved}/signed-copy",
                                 data={"_csrf_token": client.cookies.get("csrftoken")},
                                 files={"file": ("getekend.docx", buffer.getvalue(), "application/octet-stream")},
                                 follow_redirects=True)
    assert uploaded.status_code == 200 and "Audits en inspecties</strong> — ontbreekt" in uploaded.text
    assert "Besluit vastleggen" not in uploaded.text  # procurement does not decide

    await login(client, "fg@gemeente.test")
    detail = (await client.get(f"/agreements/{approved}")).text
    finding_id = re.search(r'name="finding_ids" value="(\d+)"', detail).group(1)  # type: ignore[union-attr]
    decided = await submit(client, f"/agreements/{approved}/findings/decisions",
                           {"finding_ids": [finding_id], "decision": "negotiate", "remark": "Opnemen bij verlenging"})
    assert decided.status_code == 200, decided.text[-3000:]
    assert "Besluit: heronderhandelen" in decided.text and "Opnemen bij verlenging" in decided.text
    assert f'name="finding_ids" value="{finding_id}"' not in decided.text


async def test_board_sees_no_steps_and_cannot_post_one(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    record_id = await seeded(world)
    await login(client, "bestuur@gemeente.test")
    detail = await client.get(f"/agreements/{record_id}")
    assert detail.status_code == 200 and "U kunt nu geen statusstap zetten." in detail.text
    assert "/transitions" not in detail.text and "Wijzigen" not in detail.text
    refused = await submit(client, f"/agreements/{record_id}/transitions", {"to": "in_review"})
    assert refused.status_code == 403 and "Geen toegang" in refused.text
    assert (await Agreement.select(Agreement.status).first())["status"] == "draft"  # type: ignore[index]


async def test_review_queue_is_only_for_the_fg(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    response = await client.get("/review")
    assert response.status_code == 403 and "Geen toegang" in response.text


async def test_bulk_generation_shows_progress_then_the_zip(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await seeded(world)
    await seeded(world)
    await login(client, "inkoop@gemeente.test")
    listing = (await client.get("/agreements")).text
    template_id = re.search(r'<option value="(\d+)"[^>]*>Standaardmodel', listing).group(1)  # type: ignore[union-attr]
    started = await submit(client, "/agreements/bulk-documents", {"controller": "GM0363", "template_id": template_id},
                           follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"].startswith("/jobs/")
    for _ in range(100):
        job = await client.get(started.headers["location"])
        if "Zip downloaden" in job.text:
            break
        assert '<meta http-equiv="refresh" content="2">' in job.text and "<progress" in job.text
        await asyncio.sleep(0.05)
    assert "Klaar: 2 van 2 documenten gegenereerd." in job.text
    archive = await client.get(started.headers["location"] + "/download")
    assert archive.status_code == 200 and archive.content[:2] == b"PK"


async def test_an_arrangement_agreement_names_the_members_it_acts_for(world) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import arrangement

    admin, client = world["admin"], world["client"]
    await seed_scope(admin, "GM0599")
    made = await admin.post("/api/v1/arrangements", json=arrangement("isd-test", ["GM0363", "GM0599"]))
    assert made.status_code == 201, made.text
    supplier = await seed_supplier(admin, "isd-test", name="Inkomenswijs B.V.")
    await add_user("inkoop-isd@gemeente.test", "procurement", ["isd-test"], password=PASSWORD)
    await login(client, "inkoop-isd@gemeente.test")

    form = await client.get("/agreements/new", params={"controller": "isd-test", "supplier_id": supplier["id"]})
    assert 'id="on_behalf_of-GM0363"' in form.text and 'id="on_behalf_of-GM0599"' in form.text
    fields = {
        "controller": "isd-test", "supplier_id": str(supplier["id"]), "title": "VWO Inkomensregie",
        "start_date": "2027-01-01", "notice_period_months": "3", "review_interval_months": "12",
        "return_days": "30", "breach_notification_hours": "24", "assurance_frequency_months": "12",
        "locations": "NL", "subprocessor_authorisation": "specific", "security_standard": "BIO",
    }
    refused = await submit(client, "/agreements/new", {**fields, "on_behalf_of": ["GM0599", "GM0518"]})
    assert refused.status_code == 400
    assert "GM0518 is geen lid van isd-test." in refused.text
    assert 'aria-invalid="true"' in re.search(r'<input[^>]*id="on_behalf_of-GM0599"[^>]*>', refused.text).group(0)  # type: ignore[union-attr]
    assert await Agreement.count() == 0

    created = await submit(client, "/agreements/new", {**fields, "on_behalf_of": "GM0599"}, follow_redirects=False)
    assert created.status_code == 303, created.text
    row = await Agreement.select(Agreement.id, Agreement.on_behalf_of).first()
    assert row is not None and row["on_behalf_of"] in (["GM0599"], '["GM0599"]')
    detail = await client.get(created.headers["location"])
    assert re.search(r"Namens</th><td>Gemeente GM0599</td>", detail.text)
    edit = await client.get(f"/agreements/{row['id']}/edit")
    assert re.search(r'<input[^>]*id="on_behalf_of-GM0599"[^>]*checked', edit.text)
    assert not re.search(r'<input[^>]*id="on_behalf_of-GM0363"[^>]*checked', edit.text)
