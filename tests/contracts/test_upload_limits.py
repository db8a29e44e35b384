"""Hostile uploads to the clause analysis and the agreement documents: refused, never stalling.

Scans (``POST /api/v1/scans``), signed copies and generation from an uploaded template
run untrusted input through a worker process with a time and page budget; what the
reader refuses is a 4xx in the API's error shape and nothing is stored; the slow part of
a signed-copy upload holds no write lock.
"""

from __future__ import annotations

import asyncio
import io
import time
import zipfile
import zlib

import docx
import pytest

from tests.clauses.clauses_pdf_factory import make_pdf
from tests.contracts.test_agreements import agreement
from tests.factories import seed_scope, seed_supplier


def pdf_with_stream(stream: bytes, pages: int) -> bytes:
    """A PDF whose pages all draw the same deflated content stream (small file, heavy reading)."""
    data = zlib.compress(stream, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects += [page] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def heavy_pdf(pages: int, operators: int = 20_000) -> bytes:
    """Each page takes pypdf about a second or two (the probe's file: 200 pages, 9 s each)."""
    return pdf_with_stream(b"BT /F1 1 Tf " + b"(x) Tj 1 0 Td " * operators + b"ET", pages)


def word_document(text: str = "Verwerker verwerkt persoonsgegevens uitsluitend op schriftelijke instructie.") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, name: str, payload: bytes, compresslevel: int | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info.filename, src.read(info.filename))
        dst.writestr(name, payload, compresslevel=compresslevel)
    return out.getvalue()


def corrupt_docx() -> bytes:
    """A Word file whose directory is intact but whose document.xml data is damaged."""
    data = bytearray(_rezip(word_document(), "word/document.xml", b"<w:document>" + b"tekst " * 5000 + b"</w:document>"))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + info.compress_size - 10, 7):
        data[offset] ^= 0x5A
    return bytes(data)


def doctype_docx() -> bytes:
    data = word_document()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").split(b"?>", 1)[1]
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + xml
    return _rezip(data, "word/document.xml", evil)


def unpacks_too_large() -> bytes:
    return _rezip(word_document(), "word/document.xml", b" " * (60 * 1024 * 1024), compresslevel=9)


HOSTILE = [
    ("rommel.docx", b"PK\x03\x04 dit is geen zip"),
    ("beschadigd.docx", corrupt_docx()),
    ("afgebroken.docx", word_document()[:-200]),
    ("doctype.docx", doctype_docx()),
    ("zipbom.docx", unpacks_too_large()),
    ("pakt-uit.pdf", pdf_with_stream(b"BT /F1 1 Tf (x) Tj ET " + b" " * 80_000_000, 1)),
]
HOSTILE_IDS = ["garbage-docx", "corrupt-docx", "truncated-docx", "doctype-docx", "unpacks-too-large", "pdf-decompression-limit"]


@pytest.fixture
async def approved(admin, make_caller):  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    supplier = await seed_supplier(admin, "GM0363")
    procurement = await make_caller("procurement", ["GM0363"])
    fg = await make_caller("privacy_officer", ["GM0363"])
    created = (await procurement.post("/api/v1/agreements", json=agreement("GM0363", supplier["id"]))).json()
    url = f"/api/v1/agreements/{created['id']}"
    await procurement.post(f"{url}/transitions", json={"to": "in_review"})
    await fg.post(f"{url}/transitions", json={"to": "approved"})
    return {"url": url, "procurement": procurement, "admin": admin, "id": created["id"]}


def assert_refused(response, statuses: tuple[int, ...] = (400, 413, 422), case: str = "") -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert response.status_code in statuses, (case, response.text)
    body = response.json()
    assert body["status_code"] == response.status_code and body["detail"]
    assert body["errors"] and body["errors"][0]["field"] == "file" and body["errors"][0]["message"]
    return body  # type: ignore[no-any-return]


async def test_unreadable_scan_uploads_are_a_4xx_not_a_500(admin) -> None:  # type: ignore[no-untyped-def]
    for case, (name, content) in zip(HOSTILE_IDS, HOSTILE, strict=True):
        response = await admin.post("/api/v1/scans", files={"file": (name, content, "application/octet-stream")})
        assert_refused(response, case=case)


async def test_unreadable_signed_copies_are_a_4xx_and_store_nothing(approved) -> None:  # type: ignore[no-untyped-def]
    procurement, url = approved["procurement"], approved["url"]
    for case, (name, content) in zip(HOSTILE_IDS, HOSTILE, strict=True):
        response = await procurement.post(f"{url}/signed-copy", files={"file": (name, content, "application/octet-stream")})
        assert_refused(response, case=case)
    assert (await procurement.get(f"{url}/documents")).json() == []
    assert (await procurement.get(f"{url}/scans")).json() == []


async def test_pdf_with_pages_sharing_a_heavy_stream_is_stopped_within_the_budget(approved, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VWO_SCAN_SECONDS", "2")
    procurement, url = approved["procurement"], approved["url"]
    hostile = heavy_pdf(pages=200)
    assert len(hostile) < 60_000
    for target in ("/api/v1/scans", f"{url}/signed-copy"):
        started = time.perf_counter()
        response = await procurement.post(target, files={"file": ("klein.pdf", hostile, "application/pdf")})
        assert time.perf_counter() - started < 8
        body = assert_refused(response, (422,))
        assert "afgebroken" in body["detail"] and "seconden" in body["detail"]
    assert (await procurement.get(f"{url}/documents")).json() == []


async def test_pdf_over_the_page_budget_is_refused_with_413(admin, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VWO_SCAN_MAX_PAGES", "5")
    pdf = make_pdf([["Artikel 1. De verwerker verwerkt persoonsgegevens."]] * 6)
    body = assert_refused(await admin.post("/api/v1/scans", files={"file": ("lang.pdf", pdf, "application/pdf")}), (413,))
    assert "pagina" in body["detail"]
    monkeypatch.setenv("VWO_SCAN_MAX_PAGES", "6")
    assert (await admin.post("/api/v1/scans", files={"file": ("lang.pdf", pdf, "application/pdf")})).status_code == 200


async def test_signed_copy_scan_holds_no_write_lock(approved, engine_name, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While a slow signed copy is being read, an unrelated write goes through at once."""
    procurement, url, admin = approved["procurement"], approved["url"], approved["admin"]
    # about 3 s of reading on a quiet machine (1 page took 1 s: too close to the bound below);
    # the budget is raised so that a busy machine does not turn the slow read into a refusal
    monkeypatch.setenv("VWO_SCAN_SECONDS", "120")
    monkeypatch.setenv("VWO_SCAN_CPU_SECONDS", "120")
    slow = heavy_pdf(pages=3, operators=20_000)

    async def upload() -> tuple[int, float, float]:
        started = time.perf_counter()
        response = await procurement.post(f"{url}/signed-copy", files={"file": ("getekend.pdf", slow, "application/pdf")})
        return response.status_code, time.perf_counter() - started, time.perf_counter()

    uploading = asyncio.create_task(upload())
    await asyncio.sleep(0.4)
    await seed_supplier(admin, "GM0363", name="Andere Leverancier B.V.")
    written = time.perf_counter()
    status, upload_seconds, uploaded = await uploading
    assert status == 201
    assert upload_seconds > 1.0, "the scan was too quick for this test to mean anything"
    # Had the upload held the write lock while scanning, the write would end with it.
    assert uploaded - written > 0.3, f"{engine_name}: the write waited for the upload"


async def test_uploaded_template_that_loops_too_long_is_stopped_when_generating(approved, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A template stored before today's checks (or costly only on real data) is still contained."""
    from core import crud
    from templates.tables import Template

    monkeypatch.setenv("VWO_TEMPLATE_SECONDS", "1.5")
    loops = (
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(50) %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    )
    content = word_document(loops)
    row = Template(
        name="Oud model", language="nl", version=1, scope="GM0363", sha256="0" * 64, filename="oud.docx",
        size=len(content), clause_keys=[], variables=[], uploaded_by="test", uploaded_at=crud.now(), content=content,
    )
    await Template.insert(row)
    procurement, url = approved["procurement"], approved["url"]
    started = time.perf_counter()
    response = await procurement.post(f"{url}/documents", json={"template_id": row.id})
    assert time.perf_counter() - started < 8
    assert response.status_code == 422 and "seconden" in response.json()["detail"]
    assert (await procurement.get(f"{url}/documents")).json() == []
