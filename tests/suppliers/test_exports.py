"""Every register list exports as filtered, as CSV and xlsx, through one helper."""

from __future__ import annotations

import csv
import io

import openpyxl

from core.auth import SYSTEM
from suppliers import services
from suppliers.schemas import EvidenceCreate, ProductCreate
from tests.suppliers.test_register_pages import login, supplier, web  # noqa: F401 - the fixture


def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


async def test_supplier_export_follows_the_filter_and_defuses_formulas(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await supplier(name="Civitas B.V.")
    await supplier(name="=HYPERLINK(\"x\")", kvk="61234568")
    await supplier("GM0599", "Elders B.V.", "61234569")
    await login(web, "inkoop@test.vwo")
    listing = await web.get("/suppliers?q=civ")
    assert 'href="/suppliers/export?q=civ&amp;format=csv"' in listing.text
    filtered = read_csv((await web.get("/suppliers/export?format=csv&q=civ")).content)
    assert filtered[0][:3] == ["Naam", "KvK-nummer", "Land"] and [r[0] for r in filtered[1:]] == ["Civitas B.V."]
    everything = read_csv((await web.get("/suppliers/export?format=csv")).content)
    names = [r[0] for r in everything[1:]]
    assert "Elders B.V." not in names  # outside the user's scope
    assert "'=HYPERLINK(\"x\")" in names
    xlsx = await web.get("/suppliers/export?format=xlsx&scope=GM0363")
    assert xlsx.headers["content-disposition"] == 'attachment; filename="leveranciers.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.title == "Leveranciers" and sheet.max_row == 3
    assert (await web.get("/suppliers/export?format=pdf")).status_code == 400


async def test_products_evidence_municipalities_arrangements_and_agreements_export(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    supplier_id = await supplier()
    await services.create_product(supplier_id, ProductCreate(name="Zaaksysteem", kind="saas", used_by=["GM0363"]),
                                  SYSTEM)
    await services.create_evidence(supplier_id, EvidenceCreate(kind="pentest", auditor="Tester"), SYSTEM)
    await login(web, "inkoop@test.vwo")
    products = read_csv((await web.get("/suppliers/products/export?format=csv&scope=GM0363")).content)
    assert products[1][:2] == ["Civitas B.V.", "Zaaksysteem"] and "Gemeente Teststad" in products[1]
    evidence = read_csv((await web.get("/suppliers/evidence/export?format=csv")).content)
    assert evidence[1][0] == "Civitas B.V." and "Penetratietest" in evidence[1] and "Tester" in evidence[1]
    municipalities = read_csv((await web.get("/municipalities/export?format=csv")).content)
    assert [r[0] for r in municipalities[1:]] == ["Gemeente Teststad"]  # GM0599 is not in scope
    arrangements = openpyxl.load_workbook(io.BytesIO((await web.get("/arrangements/export?format=xlsx")).content))
    assert arrangements.active.title == "Samenwerkingsverbanden" and arrangements.active["A2"].value == "ISD Test"
    agreements = read_csv((await web.get("/agreements/export?format=csv&status=draft")).content)
    assert agreements[0][0] == "Kenmerk" and len(agreements) == 1
