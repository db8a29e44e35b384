"""Products, sub-processors and evidence kept from the supplier's page, without the API."""

from __future__ import annotations

import datetime as dt

from core.auth import SYSTEM
from suppliers import services
from suppliers.schemas import EvidenceCreate
from suppliers.tables import Evidence, EvidenceFile, Product, ProductUsage, SubprocessorLink
from tests.suppliers.test_register_forms import field_error
from tests.suppliers.test_register_pages import login, supplier, token, web  # noqa: F401 - the fixture

PDF = b"%PDF-1.4\n%test\n"


async def test_product_is_added_with_its_users_changed_and_deleted(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    supplier_id = await supplier()
    await login(web, "inkoop@test.vwo")
    empty = await web.post(f"/suppliers/{supplier_id}/products", data={"name": "", "kind": "saas",
                                                                      "_csrf_token": token(web)})
    assert empty.status_code == 400 and field_error(empty.text, "p-name")
    added = await web.post(f"/suppliers/{supplier_id}/products", data={
        "name": "Zaaksysteem", "kind": "saas", "used_by": ["GM0363", "isd-test"], "_csrf_token": token(web)},
        follow_redirects=False)
    assert added.status_code == 303
    product = await Product.select().first()
    page = await web.get(f"/suppliers/{supplier_id}")
    assert "Zaaksysteem" in page.text and "Gemeente Teststad, ISD Test" in page.text

    elsewhere = await web.post(f"/suppliers/{supplier_id}/products/{product['id']}/edit", data={
        "name": "Zaaksysteem", "kind": "saas", "used_by": ["GM0599"], "version": "1", "_csrf_token": token(web)})
    assert elsewhere.status_code == 400  # a municipality outside the user's scope is "not in the register"
    assert "GM0599 is geen gemeente" in elsewhere.text
    changed = await web.post(f"/suppliers/{supplier_id}/products/{product['id']}/edit", data={
        "name": "Zaaksysteem 2", "kind": "saas", "used_by": "GM0363", "version": "1", "_csrf_token": token(web)},
        follow_redirects=False)
    assert changed.status_code == 303
    assert [r["used_by"] for r in await ProductUsage.select(ProductUsage.used_by)] == ["GM0363"]
    stale = await web.post(f"/suppliers/{supplier_id}/products/{product['id']}/delete",
                           data={"version": "1", "_csrf_token": token(web)})
    assert stale.status_code == 412, stale.text[:3000]
    assert await Product.count() == 1  # changed meanwhile: nothing deleted
    gone = await web.post(f"/suppliers/{supplier_id}/products/{product['id']}/delete",
                          data={"version": "2", "_csrf_token": token(web)}, follow_redirects=False)
    assert gone.status_code == 303 and await Product.count() == 0


async def test_subprocessor_from_the_same_register_is_added_and_removed(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    main = await supplier()
    hosting = await supplier(name="Wolk GmbH", kvk="61234568")
    await login(web, "inkoop@test.vwo")
    page = await web.get(f"/suppliers/{main}")
    assert f'<option value="{hosting}">Wolk GmbH</option>' in page.text
    wrong = await web.post(f"/suppliers/{main}/subprocessors", data={
        "subprocessor_id": str(hosting), "country": "ZZ", "notified_on": "gisteren", "_csrf_token": token(web)})
    assert wrong.status_code == 400
    assert field_error(wrong.text, "s-country") and field_error(wrong.text, "s-notified_on")
    added = await web.post(f"/suppliers/{main}/subprocessors", data={
        "subprocessor_id": str(hosting), "country": "de", "service": "Hosting", "_csrf_token": token(web)},
        follow_redirects=False)
    assert added.status_code == 303
    link = await SubprocessorLink.select().first()
    assert link["country"] == "DE"
    edit = await web.get(f"/suppliers/{main}/subprocessors/{link['id']}/edit")
    assert edit.status_code == 200 and 'value="DE"' in edit.text
    wrong_edit = await web.post(f"/suppliers/{main}/subprocessors/{link['id']}/edit", data={
        "service": "Hosting", "country": "QQ", "notified_on": "31-02", "version": "1", "_csrf_token": token(web)})
    assert wrong_edit.status_code == 400
    assert field_error(wrong_edit.text, "f-country") and field_error(wrong_edit.text, "f-notified_on")
    changed = await web.post(f"/suppliers/{main}/subprocessors/{link['id']}/edit", data={
        "service": "Hosting en back-up", "country": "NL", "notified_on": "2026-11-01", "version": "1",
        "_csrf_token": token(web)}, follow_redirects=False)
    assert changed.status_code == 303
    link = await SubprocessorLink.select().first()
    assert (link["country"], link["service"], link["version"]) == ("NL", "Hosting en back-up", 2)
    removed = await web.post(f"/suppliers/{main}/subprocessors/{link['id']}/delete",
                             data={"version": "2", "_csrf_token": token(web)}, follow_redirects=False)
    assert removed.status_code == 303 and await SubprocessorLink.count() == 0


async def test_expired_certificate_needs_acknowledging_then_edit_with_file_and_delete(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    supplier_id = await supplier()
    await login(web, "inkoop@test.vwo")
    form = {"kind": "iso27001", "standard_version": "2022", "auditor": "Keur B.V.", "issued_on": "2021-01-01",
            "valid_until": "2024-01-01", "_csrf_token": token(web)}
    warned = await web.post(f"/suppliers/{supplier_id}/evidence", data=form)
    assert warned.status_code == 422 and "Let op: Deze geldigheid is al verstreken" in warned.text
    assert 'name="acknowledge_warnings"' in warned.text and await Evidence.count() == 0
    stored = await web.post(f"/suppliers/{supplier_id}/evidence", data={**form, "acknowledge_warnings": "1"},
                            follow_redirects=False)
    assert stored.status_code == 303 and await Evidence.count() == 1
    evidence_id = (await Evidence.select(Evidence.id).first())["id"]

    edit = await web.get(f"/suppliers/{supplier_id}/evidence/{evidence_id}/edit")
    assert 'value="Keur B.V."' in edit.text
    fields = {**{k: v for k, v in form.items()}, "valid_until": "2029-01-01", "version": "1"}
    not_pdf = await web.post(f"/suppliers/{supplier_id}/evidence/{evidence_id}/edit", data=fields,
                             files={"file": ("scan.pdf", b"MZ not a pdf", "application/pdf")})
    assert not_pdf.status_code == 400 and "Alleen PDF" in not_pdf.text
    assert (await Evidence.select(Evidence.valid_until).first())["valid_until"] == dt.date(2024, 1, 1)
    saved = await web.post(f"/suppliers/{supplier_id}/evidence/{evidence_id}/edit", data=fields,
                           files={"file": ("certificaat.pdf", PDF, "application/pdf")}, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    row = await Evidence.select().first()
    assert row["valid_until"] == dt.date(2029, 1, 1) and row["file_name"] == "certificaat.pdf"
    gone = await web.post(f"/suppliers/{supplier_id}/evidence/{evidence_id}/delete",
                          data={"version": str(row["version"]), "_csrf_token": token(web)}, follow_redirects=False)
    assert gone.status_code == 303 and await Evidence.count() == 0 and await EvidenceFile.count() == 0


async def test_a_reader_sees_no_forms_and_may_not_delete(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    supplier_id = await supplier()
    await services.create_evidence(supplier_id, EvidenceCreate(kind="pentest", period_end=dt.date(2026, 6, 1)), SYSTEM)
    await login(web, "bestuur@test.vwo")
    page = await web.get(f"/suppliers/{supplier_id}")
    assert "Product toevoegen" not in page.text and "/delete" not in page.text
    refused = await web.post(f"/suppliers/{supplier_id}/evidence/1/delete", data={"version": "1",
                                                                                 "_csrf_token": token(web)})
    assert refused.status_code == 403 and await Evidence.count() == 1


async def test_product_names_for_advisories_and_ensia_domains_are_kept_from_the_page(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    supplier_id = await supplier()
    await login(web, "inkoop@test.vwo")
    wrong = await web.post(f"/suppliers/{supplier_id}/products", data={
        "name": "Burgerzaken", "kind": "saas", "cpe": "geen-cpe", "purl": "ook geen purl", "_csrf_token": token(web)})
    assert wrong.status_code == 400 and field_error(wrong.text, "p-cpe") and field_error(wrong.text, "p-purl")
    assert await Product.count() == 0
    cpe = "cpe:2.3:a:testleverancier:burgerzaken:5.1:*:*:*:*:*:*:*"
    added = await web.post(f"/suppliers/{supplier_id}/products", data={
        "name": "Burgerzaken", "kind": "saas", "product_version": "5.1", "cpe": cpe,
        "ensia_domains": ["brp", "pun"], "used_by": "GM0363", "_csrf_token": token(web)}, follow_redirects=False)
    assert added.status_code == 303
    product = await Product.select().output(load_json=True).first()
    assert (product["cpe"], sorted(product["ensia_domains"])) == (cpe, ["brp", "pun"])
    form = await web.get(f"/suppliers/{supplier_id}/products/{product['id']}/edit")
    assert f'value="{cpe}"' in form.text and 'value="brp" checked' in form.text and 'value="bag" checked' not in form.text
    cleared = await web.post(f"/suppliers/{supplier_id}/products/{product['id']}/edit", data={
        "name": "Burgerzaken", "kind": "saas", "product_version": "5.1", "cpe": "", "ensia_domains": "digid",
        "used_by": "GM0363", "version": "1", "_csrf_token": token(web)}, follow_redirects=False)
    assert cleared.status_code == 303
    product = await Product.select().output(load_json=True).first()
    assert (product["cpe"], product["ensia_domains"]) == (None, ["digid"])
