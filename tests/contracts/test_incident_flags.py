"""The incident register's flags: the Art. 33 clock, and the warning to the other users of
the same supplier (without any trace of the controller that reported it)."""

from __future__ import annotations

import json

import pytest

from core import AuditEvent, Settings, today
from oversight.flags import Flag, compute_flags
from tests.contracts import incident_world as iw


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    return await iw.build(admin, make_caller)


async def flags(scopes: frozenset[str] | None, kind: str) -> list[Flag]:
    return await compute_flags(scopes, today(), settings=Settings(), kinds={kind})


@pytest.mark.parametrize(
    ("aware_hours_ago", "severity", "overdue"),
    [(10, "warning", False), (47, "warning", False), (49, "critical", False), (71, "critical", False),
     (73, "critical", True)],
)
async def test_authority_clock_warns_then_is_critical_then_overdue(  # type: ignore[no-untyped-def]
    world, aware_hours_ago, severity, overdue
) -> None:
    body = await iw.record(world, discovered_at=iw.ago(hours=80), supplier_reported_at=iw.ago(hours=80),
                           aware_at=iw.ago(hours=aware_hours_ago))
    found = await flags(frozenset({"GM0363"}), "incident_authority_due")
    assert [(f.kind, f.severity, f.subject_id) for f in found] == [("incident_authority_due", severity, body["id"])]
    assert found[0].link == f"/incidents/{body['id']}"
    assert found[0].due.isoformat() == body["authority_due_at"][:10]
    assert ("Te laat" in found[0].message) is overdue


@pytest.mark.parametrize("risk", ["risk", "high_risk", "undetermined"])
async def test_clock_runs_while_notification_is_required_or_undecided(world, risk) -> None:  # type: ignore[no-untyped-def]
    await iw.record(world, risk=risk)
    assert len(await flags(None, "incident_authority_due")) == 1


async def test_clock_leaves_on_notification_or_a_decision_not_to_notify(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    notified = await iw.record(world)
    decided = await iw.record(world, risk="undetermined")
    assert len(await flags(None, "incident_authority_due")) == 2
    response = await fg.patch(f"/api/v1/incidents/{notified['id']}", etag='"1"',
                              json={"authority_notified_at": iw.ago(hours=1), "authority_reference": "AP-1"})
    assert response.status_code == 200, response.text
    response = await fg.patch(f"/api/v1/incidents/{decided['id']}", etag='"1"', json={
        "risk": "none", "decision_remark": "Versleuteld bestand; geen risico voor betrokkenen."})
    assert response.status_code == 200 and response.json()["authority_notification"] == "not_required"
    assert await flags(None, "incident_authority_due") == []
    assert await flags(None, "supplier_incident") != []  # the warning to others stays


async def test_clock_is_on_the_flags_api_and_only_in_scope(world) -> None:  # type: ignore[no-untyped-def]
    await iw.record(world)
    mine = await world["board"].get("/api/v1/flags?kind=incident_authority_due")
    assert mine.status_code == 200 and mine.json()["total"] == 1  # the board sees the flag, not the incident
    theirs = await world["fg2"].get("/api/v1/flags?kind=incident_authority_due")
    assert theirs.json()["total"] == 0


async def test_second_user_of_the_supplier_is_warned_without_trace_of_the_first(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world, consequences="Vertrouwelijk: 12 dossiers van de afdeling Jeugd")
    found = await flags(None, "supplier_incident")
    assert [(f.controller, f.severity, f.subject_id) for f in found] == [
        ("GM0599", "critical", world["second_supplier"])  # GM0599 has a product "zaaksysteem" of it
    ]
    flag = found[0]
    assert flag.due is None and flag.link == "/incident-warnings?controller=GM0599"
    assert "Zaakwijs Nederland" in flag.message and "Zaaksysteem" in flag.message
    assert "datalek" in flag.message and "Een verkeerd ingestelde opslagbucket" in flag.message
    response = await world["fg2"].get("/api/v1/flags?kind=supplier_incident")
    warnings = await world["fg2"].get("/api/v1/incident-warnings")
    for text in (response.text, warnings.text, json.dumps(flag.message)):
        for trace in ("GM0363", "Gemeente GM0363", "Teststad", "Jeugd", "Zaakwijs B.V.", "identiteitsfraude"):
            assert trace not in text
    assert warnings.json()[0]["shared_summary"] == "Een verkeerd ingestelde opslagbucket bij de leverancier"
    # the third municipality, without that supplier, gets nothing; nor does the reporter
    assert await flags(frozenset({"GM0344"}), "supplier_incident") == []
    assert await flags(frozenset({"GM0363"}), "supplier_incident") == []
    assert (await world["fg3"].get("/api/v1/incident-warnings")).json() == []
    # and the FG of the second gets 404 on the incident itself
    assert (await world["fg2"].get(f"/api/v1/incidents/{body['id']}")).status_code == 404


async def test_warning_without_shared_summary_or_used_product_is_a_warning(world) -> None:  # type: ignore[no-untyped-def]
    await iw.record(world, share_with_other_users=False, product_ids=[])
    [flag] = await flags(None, "supplier_incident")
    assert flag.severity == "warning" and "opslagbucket" not in flag.message


async def test_product_usage_makes_the_warning_critical(world) -> None:  # type: ignore[no-untyped-def]
    other = await iw.product(world["supplier"], "Portaal")
    await iw.usage(other, "GM0599")
    await iw.record(world, product_ids=[other])
    [flag] = await flags(None, "supplier_incident")
    assert flag.severity == "critical" and "Portaal" in flag.message


async def test_supplier_without_kvk_matches_on_name_and_country(world) -> None:  # type: ignore[no-untyped-def]
    admin = world["admin"]
    mine = await admin.post("/api/v1/suppliers", json={"name": "Cloud Ltd", "country": "IE", "scope": "GM0363"})
    assert mine.status_code == 201, mine.text
    await admin.post("/api/v1/suppliers", json={"name": "cloud ltd", "country": "IE", "scope": "GM0599"})
    await admin.post("/api/v1/suppliers", json={"name": "Cloud Ltd", "country": "US", "scope": "GM0344"})
    await iw.record(world, supplier_id=mine.json()["id"], product_ids=[])
    assert [f.controller for f in await flags(None, "supplier_incident")] == ["GM0599"]


async def test_warned_controller_marks_the_warning_handled(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world)
    url = f"/api/v1/incident-warnings/{body['id']}/handled"
    # the reporter has no warning to handle, a stranger sees none
    assert (await world["privacy_officer"].post(url, json={"controller": "GM0363"})).status_code == 404
    assert (await world["fg3"].post(url, json={"controller": "GM0599"})).status_code == 404
    assert (await world["fg2"].post(url, json={"controller": "GM0599"})).status_code == 204
    assert await flags(None, "supplier_incident") == []
    listed = (await world["fg2"].get("/api/v1/incident-warnings?handled=true")).json()
    assert [w["handled"] for w in listed] == [True]
    events = await AuditEvent.select(AuditEvent.scope).where(
        AuditEvent.entity == "incident_warning", AuditEvent.actor == world["fg2"].principal.email
    )
    assert [e["scope"] for e in events] == ["GM0599"]
