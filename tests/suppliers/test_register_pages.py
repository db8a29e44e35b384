"""The register's pages as a person uses them: logged in through the form, reading what is shown."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest
from dateutil.relativedelta import relativedelta

from core.auth import SYSTEM
from core.users import add_user
from suppliers import registry, services
from suppliers.schemas import (
    ArrangementCreate,
    EvidenceCreate,
    MemberIn,
    MunicipalityCreate,
    ProductCreate,
    SupplierCreate,
)
from suppliers.tables import Evidence, Supplier
from templates.filters import datum

PASSWORD = "een-lang-wachtwoord"  # noqa: S105 - a test user's password


async def login(client: httpx.AsyncClient, email: str, next_path: str = "/") -> httpx.Response:
    client.cookies.clear()
    await client.get("/login")
    response = await client.post(
        "/login",
        data={"email": email, "password": PASSWORD, "next": next_path, "_csrf_token": client.cookies.get("csrftoken")},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return response


def token(client: httpx.AsyncClient) -> str:
    return client.cookies.get("csrftoken") or ""


@pytest.fixture
async def web(clean, app_client):  # type: ignore[no-untyped-def]
    """Two municipalities and an arrangement; users of each role with a known password."""
    for code, name in (("GM0363", "Gemeente Teststad"), ("GM0599", "Gemeente Elders")):
        await registry.create_municipality(MunicipalityCreate(name=name, cbs_code=code), SYSTEM)
    await registry.create_arrangement(
        ArrangementCreate(name="ISD Test", slug="isd-test", kind="sociale_dienst", legal_form="openbaar_lichaam",
                          kvk_number="70000001", members=[MemberIn(cbs_code="GM0363", joined_on=dt.date(2020, 1, 1),
                                                                   left_on=dt.date(2030, 6, 30))]),
        SYSTEM,
    )
    for email, role, scopes in (
        ("inkoop@test.vwo", "procurement", ["GM0363", "isd-test"]),
        ("bestuur@test.vwo", "board", ["GM0363"]),
        ("fg@test.vwo", "privacy_officer", ["GM0363"]),
    ):
        await add_user(email, role, scopes, password=PASSWORD)
    yield app_client
    app_client.cookies.clear()


async def supplier(scope: str = "GM0363", name: str = "Civitas B.V.", kvk: str = "61234567") -> int:
    return await services.create_supplier(SupplierCreate(name=name, country="NL", scope=scope, kvk_number=kvk), SYSTEM)


async def test_logged_out_visit_goes_to_login_and_lands_back(web) -> None:  # type: ignore[no-untyped-def]
    web.cookies.clear()
    response = await web.get("/suppliers?q=civ", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fsuppliers%3Fq%3Dciv"
    landed = await login(web, "inkoop@test.vwo", "/suppliers?q=civ")
    assert landed.headers["location"] == "/suppliers?q=civ"
    page = await web.get("/suppliers?q=civ")
    assert page.status_code == 200 and "<h1>Leveranciers</h1>" in page.text
    assert 'value="civ"' in page.text


async def test_wrong_kvk_is_shown_next_to_the_field_and_nothing_is_stored(web) -> None:  # type: ignore[no-untyped-def]
    await login(web, "inkoop@test.vwo")
    form = {"scope": "GM0363", "name": "Rekenwerk B.V.", "country": "NL", "kvk_number": "1234",
            "contact_name": "Servicedesk", "contact_email": "privacy@rekenwerk.example", "_csrf_token": token(web)}
    wrong = await web.post("/suppliers/new", data=form)
    assert wrong.status_code == 400
    field = re.search(r'<div class="field">\s*<label for="f-kvk_number">.*?</div>', wrong.text, re.S)
    assert field is not None
    assert 'id="f-kvk_number-error">Een KvK-nummer bestaat uit precies acht cijfers.' in field.group(0)
    assert 'aria-invalid="true" aria-describedby="f-kvk_number-error f-kvk_number-hint"' in field.group(0)
    assert 'value="Rekenwerk B.V."' in wrong.text and 'value="privacy@rekenwerk.example"' in wrong.text
    assert await Supplier.count() == 0

    stored = await web.post("/suppliers/new", data={**form, "kvk_number": "12345678"}, follow_redirects=False)
    assert stored.status_code == 303
    detail = await web.get(stored.headers["location"])
    assert "Leverancier Rekenwerk B.V. is toegevoegd." in detail.text
    assert "<h1>Rekenwerk B.V.</h1>" in detail.text and "privacy@rekenwerk.example" in detail.text
    assert await Supplier.count() == 1


async def test_duplicate_kvk_in_the_same_register_is_refused_on_the_field(web) -> None:  # type: ignore[no-untyped-def]
    await supplier()
    await login(web, "inkoop@test.vwo")
    response = await web.post("/suppliers/new", data={"scope": "GM0363", "name": "Kopie", "country": "NL",
                                                      "kvk_number": "61234567", "_csrf_token": token(web)})
    assert response.status_code == 409
    assert 'id="f-kvk_number-error">Een leverancier met dit KvK-nummer staat al in dit register.' in response.text


async def test_supplier_outside_the_users_scope_is_not_found(web) -> None:  # type: ignore[no-untyped-def]
    elsewhere = await supplier("GM0599", "Elders B.V.")
    await login(web, "inkoop@test.vwo")
    for path in (f"/suppliers/{elsewhere}", f"/suppliers/{elsewhere}/edit", "/municipalities/GM0599"):
        response = await web.get(path)
        assert response.status_code == 404, path
        assert "Niet gevonden" in response.text and "Elders" not in response.text
        # The error page keeps the menu and the way out, as any page of a logged-in user.
        assert 'aria-label="Hoofdmenu"' in response.text and 'href="/suppliers"' in response.text, path
        assert "inkoop@test.vwo" in response.text and 'action="/logout"' in response.text, path
    listing = await web.get("/suppliers")
    assert "Elders B.V." not in listing.text


async def test_board_sees_no_write_actions_and_a_post_is_refused(web) -> None:  # type: ignore[no-untyped-def]
    supplier_id = await supplier()
    await login(web, "bestuur@test.vwo")
    listing = await web.get("/suppliers")
    assert listing.status_code == 200 and "Civitas B.V." in listing.text
    assert "Nieuwe leverancier" not in listing.text
    detail = await web.get(f"/suppliers/{supplier_id}")
    assert "Gegevens wijzigen" not in detail.text and "Bewijsstuk toevoegen" not in detail.text
    refused = await web.post("/suppliers/new", data={"scope": "GM0363", "name": "Stiekem B.V.", "country": "DE",
                                                     "_csrf_token": token(web)})
    assert refused.status_code == 403 and "mag niets wijzigen" in refused.text
    assert await Supplier.count() == 1


async def test_evidence_states_are_shown_in_words_and_colour(web) -> None:  # type: ignore[no-untyped-def]
    supplier_id = await supplier()
    today = dt.date.today()
    d = relativedelta
    for item in (
        EvidenceCreate(kind="iso27001", standard_version="2022", issued_on=today - d(years=1), valid_until=today + d(years=2)),
        EvidenceCreate(kind="nen7510", standard_version="2022", issued_on=today - d(years=3), valid_until=today + d(days=30)),
        EvidenceCreate(kind="iso27001", standard_version="2022", issued_on=today - d(years=3), valid_until=today - d(days=20)),
        EvidenceCreate(kind="soc2_type2", period_start=today - d(months=26), period_end=today - d(months=14)),
        EvidenceCreate(kind="isae3402_type1", period_end=today - d(months=2)),
        EvidenceCreate(kind="pentest"),
    ):
        await services.create_evidence(supplier_id, item, SYSTEM)
    await login(web, "bestuur@test.vwo")
    page = (await web.get(f"/suppliers/{supplier_id}")).text
    for state, words in (("valid", "geldig"), ("expiring", "verloopt binnenkort"), ("expired", "verlopen"),
                         ("stale", "verouderd"), ("design_only", "alleen opzet"), ("incomplete", "onvolledig")):
        assert f'<span class="badge state-{state}">{words}</span>' in page, state
    assert f"telt tot {datum(today + d(years=2))}" in page


async def test_evidence_form_error_then_stored_then_pdf_attached_and_downloaded(web) -> None:  # type: ignore[no-untyped-def]
    supplier_id = await supplier()
    await login(web, "inkoop@test.vwo")
    form = {"kind": "iso27001", "standard_version": "2022", "auditor": "Cert B.V.", "issued_on": "2026-01-15",
            "_csrf_token": token(web)}
    wrong = await web.post(f"/suppliers/{supplier_id}/evidence", data=form)
    assert wrong.status_code == 400
    assert 'id="e-valid_until-error">Een certificaat heeft een einddatum van de geldigheid.' in wrong.text
    assert 'value="Cert B.V."' in wrong.text
    assert await Evidence.count() == 0

    stored = await web.post(f"/suppliers/{supplier_id}/evidence", data={**form, "valid_until": "2029-01-15"},
                            follow_redirects=False)
    assert stored.status_code == 303
    evidence = await Evidence.select(Evidence.id, Evidence.version).first()
    assert evidence is not None
    url = f"/suppliers/{supplier_id}/evidence/{evidence['id']}/file"
    data = {"version": str(evidence["version"]), "_csrf_token": token(web)}
    not_pdf = await web.post(url, data=data, files={"file": ("rapport.docx", b"PK\x03\x04", "application/octet-stream")})
    assert not_pdf.status_code == 400 and "Alleen PDF-bestanden" in not_pdf.text
    pdf = b"%PDF-1.4\n% certificaat\n%%EOF\n"
    attached = await web.post(url, data=data, files={"file": ("certificaat.pdf", pdf, "application/pdf")},
                              follow_redirects=False)
    assert attached.status_code == 303
    page = (await web.get(f"/suppliers/{supplier_id}")).text
    assert f'href="{url}"' in page and "certificaat.pdf" in page and "15 januari 2029" in page
    download = await web.get(url)
    assert download.status_code == 200 and download.content == pdf
    stale = await web.post(url, data=data, files={"file": ("nieuw.pdf", pdf, "application/pdf")})
    assert stale.status_code == 412 and "intussen gewijzigd" in stale.text


async def test_edit_saves_and_a_stale_version_says_so(web) -> None:  # type: ignore[no-untyped-def]
    supplier_id = await supplier()
    await login(web, "inkoop@test.vwo")
    form_page = (await web.get(f"/suppliers/{supplier_id}/edit")).text
    version = re.search(r'name="version" value="(\d+)"', form_page).group(1)  # type: ignore[union-attr]
    form = {"name": "Civitas Software B.V.", "country": "NL", "kvk_number": "61234567", "website": "https://civitas.example",
            "version": version, "_csrf_token": token(web)}
    saved = await web.post(f"/suppliers/{supplier_id}/edit", data=form, follow_redirects=False)
    assert saved.status_code == 303
    assert "Civitas Software B.V." in (await web.get(f"/suppliers/{supplier_id}")).text
    stale = await web.post(f"/suppliers/{supplier_id}/edit", data={**form, "name": "Oud"})
    assert stale.status_code == 412 and "intussen gewijzigd" in stale.text and 'value="Oud"' in stale.text
    assert (await Supplier.select(Supplier.name).first())["name"] == "Civitas Software B.V."  # type: ignore[index]


async def test_arrangement_page_shows_members_suppliers_and_uncovered_products(web) -> None:  # type: ignore[no-untyped-def]
    supplier_id = await supplier("isd-test", "Inkomensregie B.V.")
    await services.create_product(supplier_id, ProductCreate(name="Participatie Suite", kind="saas", used_by=["isd-test"]), SYSTEM)
    await login(web, "inkoop@test.vwo")
    listing = await web.get("/arrangements")
    assert 'href="/arrangements/isd-test"' in listing.text
    page = (await web.get("/arrangements/isd-test")).text
    assert "<h1>ISD Test</h1>" in page
    assert "Gemeente Teststad" in page and "1 januari 2020" in page and "30 juni 2030" in page
    assert f'href="/suppliers/{supplier_id}"' in page
    uncovered = page.split('id="zonder"')[1]
    assert "Participatie Suite" in uncovered
    municipality = (await web.get("/municipalities/GM0363")).text
    assert 'href="/arrangements/isd-test"' in municipality and "1 januari 2020" in municipality
    assert "Participatie Suite" not in municipality


async def test_uncovered_products_leave_out_those_under_a_signed_agreement(web) -> None:  # type: ignore[no-untyped-def]
    from contracts.tables import Agreement, AgreementProduct
    from oversight.flags.coverage import uncovered_products
    from suppliers.tables import Product

    supplier_id = await supplier()
    covered = await services.create_product(supplier_id, ProductCreate(name="Gedekt", kind="saas", used_by=["GM0363"]), SYSTEM)
    await services.create_product(supplier_id, ProductCreate(name="Open", kind="saas", used_by=["GM0363"]), SYSTEM)
    await services.create_product(supplier_id, ProductCreate(name="Niet gebruikt", kind="saas"), SYSTEM)
    now = dt.datetime.now(dt.UTC)
    for status, end in (("signed", None), ("draft", None), ("signed", dt.date(2020, 1, 1))):
        agreement = Agreement(scope="GM0363", controller_kind="municipality", supplier=supplier_id, title=status,
                              status=status, end_date=end, created_at=now, updated_at=now)
        await Agreement.insert(agreement)
        if status == "signed" and end is None:
            await AgreementProduct.insert(AgreementProduct(agreement=agreement.id, product=covered))
    names = [p["name"] for p in await uncovered_products("GM0363", dt.date.today())]
    assert names == ["Open"]
    assert await Product.count() == 3


async def test_audit_trail_is_for_fg_and_admin_only(web) -> None:  # type: ignore[no-untyped-def]
    await supplier(name="Gevolgd B.V.")
    await supplier("GM0599", "Elders B.V.", "61234568")
    await login(web, "inkoop@test.vwo")
    refused = await web.get("/audit")
    assert refused.status_code == 403 and "Alleen beheerders en de FG" in refused.text
    await login(web, "fg@test.vwo")
    page = await web.get("/audit?entity=supplier&action=create")
    assert page.status_code == 200
    assert "Gevolgd B.V." in page.text and "Elders B.V." not in page.text
    assert "— → Gevolgd B.V." in page.text


async def test_the_register_filter_offers_every_municipality_to_an_admin(web, app_client) -> None:  # type: ignore[no-untyped-def]
    from suppliers.tables import Municipality

    await Municipality.insert(*(Municipality(name=f"Gemeente Reeks {n:03d}", cbs_code=f"GM9{n:03d}") for n in range(250)))
    await add_user("beheer@test.vwo", "admin", [], password=PASSWORD)
    await login(app_client, "beheer@test.vwo")
    page = (await app_client.get("/suppliers")).text
    offered = re.findall(r'<option value="(GM\d{4})"', page)
    assert len(offered) == 252 and "GM9249" in offered and "isd-test" in page
    await login(app_client, "inkoop@test.vwo")  # a scoped user is offered only their registers
    page = (await app_client.get("/suppliers")).text
    assert re.findall(r'<option value="(GM\d{4}|isd-test)"', page) == ["GM0363", "isd-test"]
