"""Register forms show every error of a submit at once, next to its field."""

from __future__ import annotations

import re

from suppliers.tables import Supplier
from tests.suppliers.test_register_pages import login, token, web  # noqa: F401 - the fixture


def field_error(html: str, field_id: str) -> str:
    match = re.search(rf'id="{re.escape(field_id)}-error">([^<]*)<', html)
    return match.group(1) if match else ""


async def test_supplier_form_shows_kvk_contact_country_website_and_email_errors_in_one_submit(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await login(web, "inkoop@test.vwo")
    form = {"scope": "GM0363", "name": "Rekenwerk B.V.", "country": "Nederland", "kvk_number": "1234",
            "website": "www.rekenwerk.example", "contact_name": ["", "Servicedesk"],
            "contact_email": ["privacy@", "geen-adres"], "_csrf_token": token(web)}
    response = await web.post("/suppliers/new", data=form)
    assert response.status_code == 400
    assert "acht cijfers" in field_error(response.text, "f-kvk_number")
    assert field_error(response.text, "f-country")
    assert "https://" in field_error(response.text, "f-website")
    assert field_error(response.text, "f-contact-0-name")  # an e-mail without a name
    assert "e-mailadres" in field_error(response.text, "f-contact-1-email")
    assert await Supplier.count() == 0


async def test_supplier_edit_shows_every_error_too(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await login(web, "inkoop@test.vwo")
    created = await web.post("/suppliers/new", data={"scope": "GM0363", "name": "Goed B.V.", "country": "NL",
                                                     "kvk_number": "12345678", "_csrf_token": token(web)},
                             follow_redirects=False)
    supplier_id = int(created.headers["location"].rsplit("/", 1)[1])
    response = await web.post(f"/suppliers/{supplier_id}/edit", data={
        "name": "", "country": "XX", "kvk_number": "12", "website": "ftp://x", "version": "1",
        "_csrf_token": token(web)})
    assert response.status_code == 400
    for field in ("f-name", "f-country", "f-kvk_number", "f-website"):
        assert field_error(response.text, field), field
