"""The incident register: recording, the 72-hour clock, the supplier's term, validation,
access, the audit trail and the Art. 33(5) exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest

from core import AuditEvent
from tests.contracts import incident_world as iw


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    return await iw.build(admin, make_caller)


async def test_due_time_is_72_elapsed_hours_across_the_change_to_winter_time(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(
        world, discovered_at="2026-10-24T08:00:00+02:00", supplier_reported_at="2026-10-24T09:30:00+02:00",
        aware_at="2026-10-24T10:00:00+02:00",
    )
    assert body["aware_at"] == "2026-10-24T10:00:00+02:00"
    assert body["authority_due_at"] == "2026-10-27T09:00:00+01:00"
    # shown in Europe/Amsterdam whatever offset came in
    other = await iw.record(world, discovered_at="2026-10-24T06:00:00Z", supplier_reported_at="2026-10-24T06:00:00Z",
                            aware_at="2026-10-24T06:00:00Z")
    assert other["discovered_at"] == "2026-10-24T08:00:00+02:00"


@pytest.mark.parametrize(
    ("term", "hours_after_discovery", "on_time"),
    [(24, 30, False), (48, 30, True), (24, 20, True), (48, 50, False), (24, 24, True)],
)
async def test_supplier_report_against_the_agreements_term(world, term, hours_after_discovery, on_time) -> None:  # type: ignore[no-untyped-def]
    agreement_id = await iw.agreement("GM0363", world["supplier"], term, signing_date=None, title="Ander")
    start = "2026-11-01T00:00:00+01:00"
    body = await iw.record(
        world, agreement_id=agreement_id, discovered_at=start,
        supplier_reported_at=_plus_hours(start, hours_after_discovery), aware_at=_plus_hours(start, hours_after_discovery),
    )
    assert body["supplier_term_hours"] == term and body["agreement_id"] == agreement_id
    assert body["supplier_on_time"] is on_time


def _plus_hours(moment: str, hours: int) -> str:
    return (dt.datetime.fromisoformat(moment) + dt.timedelta(hours=hours)).isoformat()


async def test_current_agreement_is_the_default_and_no_agreement_means_no_term(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world)
    assert body["agreement_id"] == world["agreement"] and body["supplier_term_hours"] == 24
    assert body["supplier_on_time"] is True  # reported 10 hours after discovery
    assert body["supplier_name"] == "Zaakwijs B.V." and body["product_names"] == ["Zaaksysteem"]
    loose = await world["admin"].post("/api/v1/suppliers", json={
        "name": "Los B.V.", "country": "NL", "kvk_number": "87654321", "scope": "GM0363"})
    without = await iw.record(world, supplier_id=loose.json()["id"], product_ids=[])
    assert without["agreement_id"] is None and without["supplier_term_hours"] is None
    assert without["supplier_on_time"] is None


@pytest.mark.parametrize(
    ("risk", "authority", "subjects"),
    [
        ("none", "not_required", "not_required"),
        ("risk", "required", "not_required"),
        ("high_risk", "required", "required"),
        ("undetermined", "undetermined", "undetermined"),
    ],
)
async def test_notifications_follow_the_risk(world, risk, authority, subjects) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world, risk=risk)
    assert (body["authority_notification"], body["subjects_notification"]) == (authority, subjects)


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"supplier_reported_at": iw.ago(hours=40)}, "supplier_reported_at"),  # before the discovery
        ({"aware_at": iw.ago(hours=40)}, "aware_at"),  # before the discovery
        ({"aware_at": iw.ago(hours=-2)}, "aware_at"),  # in the future
        ({"discovered_at": iw.ago(hours=-1), "supplier_reported_at": iw.ago(hours=-1),
          "aware_at": iw.ago(hours=-1)}, "discovered_at"),
        ({"product_ids": ["other_product"]}, "product_ids[0]"),  # a product of another supplier
        ({"agreement_id": "second_agreement"}, "agreement_id"),  # an agreement of another controller
        ({"kind": "hack"}, "kind"),
        ({"risk": "enormous"}, "risk"),
        ({"aware_at": "2026-10-24T10:00:00"}, "aware_at"),  # no offset
        ({"supplier_id": "second_supplier"}, "supplier_id"),  # another register's supplier
    ],
)
async def test_bad_input_names_the_field(world, over, field) -> None:  # type: ignore[no-untyped-def]
    resolved = {
        k: ([world[x] for x in v] if isinstance(v, list) and v and isinstance(v[0], str) and v[0] in world
            else world[v] if isinstance(v, str) and v in world else v)
        for k, v in over.items()
    }
    response = await world["privacy_officer"].post("/api/v1/incidents", json=iw.incident(world, **resolved))
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) == {"status_code", "detail", "errors"}
    assert field in [e["field"] for e in body["errors"]]
    assert (await world["admin"].get("/api/v1/incidents")).json() == []


async def test_board_and_viewer_get_403_and_other_scopes_404(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world, caller="procurement")
    url = f"/api/v1/incidents/{body['id']}"
    for role in ("board", "viewer"):
        assert (await world[role].get("/api/v1/incidents")).status_code == 403
        assert (await world[role].get(url)).status_code == 403
        assert (await world[role].post("/api/v1/incidents", json=iw.incident(world))).status_code == 403
    assert (await world["fg2"].get(url)).status_code == 404
    assert (await world["fg2"].patch(url, etag='"1"', json={"authority_reference": "x"})).status_code == 404
    assert (await world["fg2"].get("/api/v1/incidents")).json() == []
    assert (await world["privacy_officer"].get(url)).status_code == 200


async def test_fg_records_the_notification_with_if_match_and_it_is_audited(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world)
    url = f"/api/v1/incidents/{body['id']}"
    fg = world["privacy_officer"]
    change = {"authority_notified_at": iw.ago(hours=2), "authority_reference": "AP-2026-123"}
    assert (await fg.patch(url, json=change)).status_code == 428
    assert (await fg.patch(url, etag='"7"', json=change)).status_code == 412
    response = await fg.patch(url, etag=f'"{body["version"]}"', json=change)
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["authority_reference"] == "AP-2026-123" and updated["version"] == 2
    assert updated["authority_notified_at"].endswith("+01:00")
    too_early = await fg.patch(url, etag='"2"', json={"subjects_notified_at": iw.ago(hours=25)})
    assert too_early.status_code == 400 and too_early.json()["errors"][0]["field"] == "subjects_notified_at"
    future = await fg.patch(url, etag='"2"', json={"closed_on": "2999-01-01"})
    assert future.status_code == 400
    events = await AuditEvent.select(AuditEvent.action, AuditEvent.actor).where(
        AuditEvent.entity == "incident", AuditEvent.entity_id == str(body["id"]),
        AuditEvent.actor == fg.principal.email,  # ids come back after a clean; users do not
    ).order_by(AuditEvent.seq)
    assert [e["action"] for e in events] == ["create", "links", "update"]


async def test_register_exports_one_row_per_incident(world) -> None:  # type: ignore[no-untyped-def]
    await iw.record(world, summary="=HYPERLINK(\"x\")")
    await iw.record(world, risk="none")
    fg = world["privacy_officer"]
    xlsx = await fg.get("/api/v1/incidents?controller=GM0363&format=xlsx")
    assert xlsx.status_code == 200 and "incidentenregister-GM0363" in xlsx.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[0][0] == "Id"
    assert {r[12] for r in rows[1:]} == {"'=HYPERLINK(\"x\")", iw.incident(world)["summary"]}
    text = (await fg.get("/api/v1/incidents?controller=GM0363&format=csv")).content.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(lines) == 3 and "Uiterste melding AP" in lines[0]
    assert len((await fg.get("/api/v1/incidents?controller=GM0363")).json()) == 2


async def test_supplier_record_counts_late_and_timely_reports_per_year(world) -> None:  # type: ignore[no-untyped-def]
    await iw.record(world)  # 10 hours: in time
    await iw.record(world, discovered_at="2026-03-01T00:00:00+01:00", supplier_reported_at="2026-03-03T00:00:00+01:00",
                    aware_at="2026-03-03T00:00:00+01:00")  # 48 hours against 24: late
    await iw.record(world, discovered_at="2025-03-01T00:00:00+01:00", supplier_reported_at="2025-03-01T05:00:00+01:00",
                    aware_at="2025-03-01T06:00:00+01:00")
    response = await world["procurement"].get(f"/api/v1/incidents/suppliers/{world['supplier']}")
    assert response.status_code == 200
    by_year = {r["year"]: (r["incidents"], r["reported_late"], r["reported_in_time"]) for r in response.json()}
    assert by_year[2025] == (1, 0, 1)
    assert sum(v[1] for v in by_year.values()) == 1 and sum(v[0] for v in by_year.values()) == 3
    assert (await world["fg2"].get(f"/api/v1/incidents/suppliers/{world['supplier']}")).status_code == 404


async def test_board_sees_counts_in_the_overview_not_the_incidents(world) -> None:  # type: ignore[no-untyped-def]
    this_year = dt.datetime.now(iw.AMSTERDAM).year
    await iw.record(world)  # in time, to notify
    await iw.record(world, discovered_at=iw.ago(hours=60), supplier_reported_at=iw.ago(hours=2),
                    aware_at=iw.ago(hours=2), risk="none")  # 58 hours against 24: late; nothing to notify
    response = await world["board"].get("/api/v1/municipalities/GM0363/overview")
    assert response.status_code == 200, response.text
    assert response.json()["incidents"] == {"year": this_year, "recorded": 2, "reported_late": 1, "to_notify": 1}
    assert "summary" not in response.text and "opslagbucket" not in response.text
