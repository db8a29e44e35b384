"""The template registry's page: versions, the upload form with its validation report, the context."""

from __future__ import annotations

import re

import pytest

from core.auth import SYSTEM
from core.users import add_user
from suppliers import registry
from suppliers.schemas import MunicipalityCreate
from templates.tables import Template
from tests.suppliers.test_register_pages import PASSWORD, login, token
from tests.templates.conftest import make_docx


@pytest.fixture
async def web(clean, app_client):  # type: ignore[no-untyped-def]
    await registry.create_municipality(MunicipalityCreate(name="Gemeente Teststad", cbs_code="GM0363"), SYSTEM)
    await add_user("inkoop@test.vwo", "procurement", ["GM0363"], password=PASSWORD)
    await add_user("lezer@test.vwo", "viewer", ["GM0363"], password=PASSWORD)
    yield app_client
    app_client.cookies.clear()


async def own_templates() -> int:
    return await Template.count().where(Template.scope == "GM0363")


def upload(client, content: bytes, name: str = "Eigen model"):  # type: ignore[no-untyped-def]
    return client.post(
        "/templates", data={"name": name, "language": "nl", "scope": "GM0363", "_csrf_token": token(client)},
        files={"file": ("model.docx", content, "application/octet-stream")}, follow_redirects=False,
    )


async def test_list_shows_shipped_templates_and_the_context_as_a_table(web) -> None:  # type: ignore[no-untyped-def]
    await login(web, "lezer@test.vwo")
    page = await web.get("/templates")
    assert page.status_code == 200
    assert "Standaardmodel verwerkersovereenkomst (NL)" in page.text and "nieuwste" in page.text
    assert re.search(r'<a href="/templates/\d+/download">', page.text)
    row = re.search(r"<tr>\s*<td><code>agreement.reference</code></td>.*?</tr>", page.text, re.S)
    assert row is not None and "Eigen kenmerk van de overeenkomst." in row.group(0) and "VWO-2027-014" in row.group(0)
    assert "| --- |" not in page.text
    assert "Sjabloon uploaden" not in page.text


async def test_refused_upload_lists_every_problem_next_to_the_file_field(web) -> None:  # type: ignore[no-untyped-def]
    await login(web, "inkoop@test.vwo")
    refused = await upload(web, make_docx("Beste {{ gemeente.naam }},", header="{{ wethouder.naam }}"))
    assert refused.status_code == 400
    field = re.search(r'<div class="field-error" id="f-file-error">.*?</div>', refused.text, re.S)
    assert field is not None
    items = re.findall(r"<li>(.*?)</li>", field.group(0), re.S)
    assert len(items) >= 2 and any("gemeente" in i for i in items) and any("wethouder" in i for i in items)
    assert 'aria-invalid="true"' in refused.text and 'value="Eigen model"' in refused.text
    assert await own_templates() == 0

    not_docx = await upload(web, b"gewoon tekst")
    assert not_docx.status_code == 400 and 'id="f-file-error"' in not_docx.text
    assert await own_templates() == 0


async def test_upload_is_stored_and_a_second_makes_a_new_version(web) -> None:  # type: ignore[no-untyped-def]
    await login(web, "inkoop@test.vwo")
    content = make_docx("{#p clauses: instructions, audits #}", "Verwerkersovereenkomst voor {{ controller.name }}")
    first = await upload(web, content)
    assert first.status_code == 303, first.text
    page = (await web.get("/templates")).text
    assert "Sjabloon Eigen model is opgeslagen als versie 1." in page
    assert "2 clausules" in page
    second = await upload(web, content)
    assert second.status_code == 303
    page = (await web.get("/templates")).text
    assert "versie 2" in page and "vervangen" in page
    assert await own_templates() == 2
    template_id = await Template.select(Template.id).where(Template.scope == "GM0363").first()
    download = await web.get(f"/templates/{template_id['id']}/download")  # type: ignore[index]
    assert download.status_code == 200 and download.content == content


async def test_viewer_cannot_upload(web) -> None:  # type: ignore[no-untyped-def]
    await login(web, "lezer@test.vwo")
    refused = await upload(web, make_docx("Hallo {{ controller.name }}"))
    assert refused.status_code == 403
    assert await own_templates() == 0
