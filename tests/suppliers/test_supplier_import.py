"""Suppliers imported from a spreadsheet: a dry run with a report per row, then all or nothing."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from core.tables import AuditEvent
from suppliers.tables import Supplier
from tests.suppliers.test_register_pages import login, supplier, token, web  # noqa: F401 - the fixture

CSV = (
    "naam;kvk-nummer;land;website;e-mail\n"
    "Rekenwerk B.V.;12345678;NL;https://rekenwerk.example;privacy@rekenwerk.example\n"
    "Wolk GmbH;;DE;;\n"
    "Kapot B.V.;123;NL;www.kapot.example;geen-adres\n"
    "Dubbel B.V.;61234567;NL;;\n"
)


async def upload(web, content: bytes, name: str, **fields: str):  # type: ignore[no-untyped-def]  # noqa: F811
    return await web.post("/suppliers/import", data={"_csrf_token": token(web), **fields},
                          files={"file": (name, content, "text/csv")})


async def test_dry_run_reports_every_wrong_row_and_stores_nothing(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await supplier()  # KvK 61234567 is already in GM0363
    await login(web, "inkoop@test.vwo")
    assert (await web.get("/suppliers/import")).status_code == 200
    report = await upload(web, CSV.encode(), "leveranciers.csv", scope="GM0363", dry_run="1")
    assert report.status_code == 400
    assert "2 van 4 rijen kloppen niet; er is niets opgeslagen." in report.text, report.text[report.text.find("<main"):][:3000]
    row4 = report.text[report.text.index("<td>4</td>"):report.text.index("<td>5</td>")]
    assert "kvk_number" in row4 and "website" in row4 and "contacts[0].email" in row4
    assert "al in dit register" in report.text
    assert await Supplier.count() == 1
    # Not a dry run, but a wrong row: still nothing stored.
    assert (await upload(web, CSV.encode(), "leveranciers.csv", scope="GM0363")).status_code == 400
    assert await Supplier.count() == 1

    good = "\n".join(CSV.splitlines()[:3]).encode("utf-8-sig")
    checked = await upload(web, good, "leveranciers.csv", scope="GM0363", dry_run="1")
    assert checked.status_code == 200 and "Alle 2 rijen kloppen." in checked.text and await Supplier.count() == 1
    audited = await AuditEvent.count().where(AuditEvent.entity == "supplier", AuditEvent.action == "create")
    stored = await upload(web, good, "leveranciers.csv", scope="GM0363")
    assert stored.status_code == 200 and "2 leveranciers geïmporteerd." in stored.text
    assert {r["name"] for r in await Supplier.select(Supplier.name)} == {"Civitas B.V.", "Rekenwerk B.V.", "Wolk GmbH"}
    assert await AuditEvent.count().where(AuditEvent.entity == "supplier", AuditEvent.action == "create") == audited + 2


async def test_xlsx_is_read_and_a_register_outside_scope_is_refused(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    book = openpyxl.Workbook()
    book.active.append(["Naam", "KvK", "Land", "Register"])
    book.active.append(["Excel B.V.", 87654321, "NL", "GM0363"])
    book.active.append(["Elders B.V.", 87654322, "NL", "GM0599"])
    out = io.BytesIO()
    book.save(out)
    await login(web, "inkoop@test.vwo")
    report = await upload(web, out.getvalue(), "lijst.xlsx", dry_run="1")
    assert report.status_code == 400 and "GM0599 is geen gemeente" in report.text
    assert report.text.count("in orde") == 1


async def test_hostile_files_are_refused_before_parsing(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await login(web, "inkoop@test.vwo")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<" + b" " * (30 * 1024 * 1024) + b">")
    too_big = await upload(web, bomb.getvalue(), "bom.xlsx", dry_run="1")
    assert too_big.status_code == 413
    doctype = io.BytesIO()
    with zipfile.ZipFile(doctype, "w") as archive:
        archive.writestr("xl/workbook.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    refused = await upload(web, doctype.getvalue(), "entiteit.xlsx", dry_run="1")
    assert refused.status_code == 400 and "DOCTYPE" in refused.text
    assert (await upload(web, b"x" * (3 * 1024 * 1024), "groot.csv", dry_run="1")).status_code == 413
    assert (await upload(web, b"naam\nA\n", "lijst.exe", dry_run="1")).status_code == 400
    assert await Supplier.count() == 0


async def test_a_board_member_may_not_import(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await login(web, "bestuur@test.vwo")
    assert (await web.get("/suppliers/import")).status_code == 403
    assert (await upload(web, CSV.encode(), "leveranciers.csv", scope="GM0363")).status_code == 403
    assert await Supplier.count() == 0
