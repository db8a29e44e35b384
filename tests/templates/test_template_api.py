"""The template registry over HTTP: refused uploads store nothing, versions, scope, context."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from tests.factories import seed_scope

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def word(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
async def procurement(admin, make_caller):  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    await seed_scope(admin, "GM0599")
    return await make_caller("procurement", ["GM0363"])


async def upload(caller, content: bytes, name: str = "Eigen model", filename: str = "model.docx", **data: str):  # type: ignore[no-untyped-def]
    return await caller.post(
        "/api/v1/templates",
        files={"file": (filename, content, DOCX)},
        data={"name": name, "language": "nl", **data},
    )


async def own_templates(caller) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    return [t for t in (await caller.get("/api/v1/templates")).json() if t["scope"]]


async def test_valid_upload_is_stored_with_hash_and_claims(procurement) -> None:  # type: ignore[no-untyped-def]
    content = word("{#p clauses: instructions, audits #}", "Tussen {{ controller.name }} en {{ supplier.name }}.")
    response = await upload(procurement, content)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["scope"] == "GM0363" and body["version"] == 1
    assert body["clause_keys"] == ["audits", "instructions"] or sorted(body["clause_keys"]) == ["audits", "instructions"]
    import hashlib

    assert body["sha256"] == hashlib.sha256(content).hexdigest()
    assert body["uploaded_by"] == procurement.principal.email


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "status", "needle"),
    [
        (b"plain text, not a zip", 400, "zip"),
        (_bomb(), 413, "MB"),
        (word("{{ controller.name "), 400, "word/document.xml"),
        (word("{{ gemeente.naam }}"), 400, "gemeente"),
        (word("{{ controller.__class__ }}"), 400, ""),
        (word("{{ ''.__class__.__mro__ }}"), 400, ""),
    ],
    ids=["not-docx", "zip-bomb", "syntax", "unknown-variable", "dunder", "mro"],
)
async def test_refused_upload_says_why_and_stores_nothing(procurement, content, status, needle) -> None:  # type: ignore[no-untyped-def]
    response = await upload(procurement, content)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["errors"] and body["errors"][0]["field"] == "file"
    assert needle in (body["detail"] + " ".join(e["message"] for e in body["errors"]))
    assert await own_templates(procurement) == []


async def test_xml_entities_are_refused(procurement) -> None:  # type: ignore[no-untyped-def]
    source = io.BytesIO(word("Hallo"))
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data.split(b"?>", 1)[1]
            dst.writestr(item, data)
    response = await upload(procurement, out.getvalue())
    assert response.status_code == 400
    assert await own_templates(procurement) == []


async def test_template_for_another_scope_is_refused(procurement) -> None:  # type: ignore[no-untyped-def]
    response = await upload(procurement, word("{{ controller.name }}"), scope="GM0599")
    assert response.status_code == 403


async def test_same_name_makes_a_new_version(procurement) -> None:  # type: ignore[no-untyped-def]
    first = await upload(procurement, word("Versie een {{ controller.name }}"))
    second = await upload(procurement, word("Versie twee {{ controller.name }}"))
    assert (first.json()["version"], second.json()["version"]) == (1, 2)
    listed = {t["version"]: t["latest"] for t in await own_templates(procurement)}
    assert listed == {1: False, 2: True}


async def test_other_scopes_templates_are_invisible(procurement, make_caller) -> None:  # type: ignore[no-untyped-def]
    created = (await upload(procurement, word("{{ controller.name }}"))).json()
    stranger = await make_caller("procurement", ["GM0599"])
    assert (await stranger.get(f"/api/v1/templates/{created['id']}")).status_code == 404
    assert await own_templates(stranger) == []


async def test_context_is_published(procurement) -> None:  # type: ignore[no-untyped-def]
    response = await procurement.get("/api/v1/templates/context")
    assert response.status_code == 200
    text = response.text
    for name in ("agreement", "controller", "members", "supplier", "subprocessors", "processing", "signatories"):
        assert name in text


async def test_shipped_defaults_are_listed(procurement) -> None:  # type: ignore[no-untyped-def]
    shipped = [t for t in (await procurement.get("/api/v1/templates")).json() if t["scope"] == ""]
    assert {t["language"] for t in shipped} == {"nl", "en"}
    assert all(len(t["clause_keys"]) >= 34 for t in shipped)
