"""The edge's refusals on the web pages (issue 13, findings 4 and 6): the form comes back
with the error next to the input, nothing is stored."""

from __future__ import annotations

from contracts.tables import Agreement
from core.edge import DATE_MESSAGE
from tests.contracts.test_agreement_pages import error_for, login, submit, world  # noqa: F401 - the fixture


def _fields(world) -> dict[str, object]:  # type: ignore[no-untyped-def]  # noqa: F811
    return {
        "controller": "GM0363", "supplier_id": str(world["supplier"]["id"]), "title": "VWO Zaaksysteem",
        "start_date": "2027-01-01", "notice_period_months": "3", "review_interval_months": "12",
        "return_days": "30", "breach_notification_hours": "24", "assurance_frequency_months": "12",
        "purposes": "Uitvoering Participatiewet", "locations": "NL", "subprocessor_authorisation": "specific",
        "security_standard": "BIO",
    }


async def test_a_far_future_end_date_comes_back_next_to_its_input(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    refused = await submit(client, "/agreements/new", {**_fields(world), "end_date": "9999-12-31"})
    assert refused.status_code == 400
    assert error_for(refused.text, "end_date") == DATE_MESSAGE
    assert await Agreement.count() == 0
    created = await submit(client, "/agreements/new", {**_fields(world), "end_date": "2200-12-31"},
                           follow_redirects=False)
    assert created.status_code == 303, created.text


async def test_a_nul_in_a_form_field_is_refused(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    refused = await submit(client, "/agreements/new", {**_fields(world), "title": "VWO\x00Zaaksysteem"})
    assert refused.status_code == 400 and "title" in refused.text
    assert await Agreement.count() == 0
