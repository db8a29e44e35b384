"""The flag engine: each kind on both sides of its thresholds, scoping, filters, the API."""

from __future__ import annotations

import datetime as dt

import pytest

from core.settings import Settings
from oversight.flags.compute import compute_flags
from oversight.flags.types import Flag
from tests.oversight.flags import flag_world as w

D = dt.date
SETTINGS = Settings()


async def flags(on: dt.date, scopes: frozenset[str] | None = None, **kw: object) -> list[Flag]:
    return await compute_flags(scopes, on, settings=kw.pop("settings", SETTINGS), **kw)  # type: ignore[arg-type]


def kinds(found: list[Flag]) -> list[tuple[str, str, dt.date | None]]:
    return [(f.kind, f.severity, f.due) for f in found]


ON = D(2027, 6, 1)


@pytest.mark.parametrize(
    ("valid_until", "expected"),
    [
        (ON + dt.timedelta(days=91), []),
        (ON + dt.timedelta(days=90), [("certificate_expiring", "warning")]),
        (ON, [("certificate_expiring", "warning")]),  # counts through its last day
        (ON - dt.timedelta(days=1), [("certificate_expired", "critical")]),
    ],
)
async def test_certificate_expiry_around_the_horizon(clean, valid_until, expected) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, "nen7510", valid_until=valid_until)
    found = await flags(ON)
    assert [(f.kind, f.severity) for f in found] == expected
    if found:
        assert found[0].due == valid_until and found[0].subject_type == "evidence"
        assert found[0].controller == "GM0363" and found[0].link == f"/suppliers/{sid}"


async def test_horizon_follows_the_setting(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, valid_until=ON + dt.timedelta(days=40))
    assert await flags(ON, settings=Settings(expiry_horizon_days=30)) == []
    assert len(await flags(ON, settings=Settings(expiry_horizon_days=40))) == 1


async def test_renewed_certificate_is_not_flagged(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, valid_until=D(2027, 3, 1))
    await w.evidence(sid, valid_until=D(2030, 3, 1))
    other = await w.supplier(name="Ander B.V.")
    await w.evidence(other, valid_until=D(2027, 3, 1))
    assert [f.message.split(" van ")[1].split(" ")[0] for f in await flags(ON)] == ["Ander"]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (D(2025, 8, 1), []),  # 91 days before the sunset
        (D(2025, 8, 2), [("iso27001_2013", "warning", D(2025, 10, 31))]),
        (D(2025, 10, 31), [("iso27001_2013", "warning", D(2025, 10, 31))]),
        (D(2025, 11, 1), [("iso27001_2013", "critical", D(2025, 10, 31))]),
    ],
)
async def test_iso27001_2013_certificate_stops_counting_after_october_2025(clean, on, expected) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, "iso27001", standard_version="2013", valid_until=D(2027, 6, 1))
    found = await flags(on)
    assert kinds(found) == expected
    if found:
        assert "ISO 27001:2022" in found[0].message


async def test_iso27001_2013_replaced_by_a_2022_certificate_is_not_flagged(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, "iso27001", standard_version="2013", valid_until=D(2027, 6, 1))
    await w.evidence(sid, "iso27001", standard_version="2022", valid_until=D(2026, 9, 1))
    assert await flags(D(2025, 12, 1)) == []


@pytest.mark.parametrize(
    ("period_end", "on", "expected"),
    [
        (D(2026, 2, 28), D(2026, 12, 29), []),  # stale on 28-02-2027: 61 days ahead
        (D(2026, 2, 28), D(2026, 12, 30), [("report_stale", "warning", D(2027, 2, 28))]),
        (D(2026, 2, 28), D(2027, 2, 28), [("report_stale", "warning", D(2027, 2, 28))]),
        (D(2026, 2, 28), D(2027, 3, 1), [("report_stale", "critical", D(2027, 2, 28))]),
        (D(2024, 2, 29), D(2025, 2, 28), [("report_stale", "warning", D(2025, 2, 28))]),  # leap day
        (D(2024, 2, 29), D(2025, 3, 1), [("report_stale", "critical", D(2025, 2, 28))]),
    ],
)
async def test_type_ii_report_goes_stale_twelve_months_after_its_period(clean, period_end, on, expected) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, "isae3402_type2", period_start=period_end - dt.timedelta(days=365), period_end=period_end)
    assert kinds(await flags(on)) == expected


async def test_report_validity_follows_the_setting(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.evidence(sid, "isae3000_tpm", period_end=D(2026, 8, 31))
    six = Settings(report_valid_months=6)
    assert kinds(await flags(D(2027, 3, 1), settings=six)) == [("report_stale", "critical", D(2027, 2, 28))]
    assert await flags(D(2027, 3, 1)) == []


async def test_missing_assurance_of_a_signed_agreement(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    aid = await w.agreement("GM0363", sid, assurance_required=["isae3000_tpm"], assurance_frequency_months=12,
                            last_review_date=ON)
    await w.agreement("GM0363", sid, status="draft", assurance_required=["isae3402_type2"], last_review_date=ON)
    found = await flags(ON, kinds={"assurance_missing"})
    assert [(f.kind, f.severity, f.subject_id) for f in found] == [("assurance_missing", "critical", aid)]
    assert "TPM" in found[0].message

    await w.evidence(sid, "isae3000_tpm", period_end=D(2026, 6, 1))  # counts until 1 June 2027
    assert await flags(ON, kinds={"assurance_missing"}) == []
    assert len(await flags(ON + dt.timedelta(days=1), kinds={"assurance_missing"})) == 1


async def test_assurance_frequency_shortens_what_counts(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.agreement("GM0363", sid, assurance_required=["isae3000_tpm"], assurance_frequency_months=6,
                      last_review_date=ON)
    await w.evidence(sid, "isae3000_tpm", period_end=D(2026, 12, 1))  # 6 months before ON
    assert await flags(ON, kinds={"assurance_missing"}) == []
    assert len(await flags(D(2027, 6, 2), kinds={"assurance_missing"})) == 1


@pytest.mark.parametrize(
    ("days_left", "severity"),
    [(91, None), (90, "warning"), (31, "warning"), (30, "critical"), (0, "critical"), (-1, "critical")],
)
async def test_agreement_ending(clean, days_left, severity) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    end = ON + dt.timedelta(days=days_left)
    await w.agreement("GM0363", sid, end_date=end, notice_period_months=0, last_review_date=ON)
    found = await flags(ON, kinds={"agreement_ending"})
    assert [(f.severity, f.due) for f in found] == ([(severity, end)] if severity else [])


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (D(2027, 7, 2), None),  # 91 days before 1 October
        (D(2027, 7, 3), "warning"),
        (D(2027, 9, 16), "warning"),  # 15 days before
        (D(2027, 9, 17), "critical"),  # 14 days before
        (D(2027, 10, 2), "critical"),  # the Saturday: passed, and still flagged
        (D(2028, 1, 2), "critical"),  # the end date
    ],
)
async def test_notice_deadline_on_a_weekend_moves_to_friday(clean, on, expected) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.agreement("GM0363", sid, end_date=D(2028, 1, 2), notice_period_months=3, last_review_date=on)
    found = await flags(on, kinds={"notice_deadline"})
    assert [(f.severity, f.due) for f in found] == ([(expected, D(2027, 10, 1))] if expected else [])
    if found:
        assert "1 oktober 2027" in found[0].message


async def test_notice_deadline_is_gone_after_the_end_date(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.agreement("GM0363", sid, end_date=D(2028, 1, 2), notice_period_months=3)
    assert await flags(D(2028, 1, 3), kinds={"notice_deadline"}) == []


async def test_notice_deadline_from_31_march_minus_one_month(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.agreement("GM0363", sid, end_date=D(2027, 3, 31), notice_period_months=1, last_review_date=ON)
    found = await flags(D(2027, 2, 1), kinds={"notice_deadline"})
    assert [f.due for f in found] == [D(2027, 2, 26)]  # 28 Feb is a Sunday


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (D(2027, 1, 28), None),  # 31 days before 28 February
        (D(2027, 1, 29), ("review_due", "warning")),
        (D(2027, 2, 28), ("review_due", "warning")),
        (D(2027, 3, 1), ("review_overdue", "critical")),
    ],
)
async def test_monthly_review_from_31_january(clean, on, expected) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    aid = await w.agreement("GM0363", sid, last_review_date=D(2027, 1, 31), review_interval_months=1)
    found = await flags(on, kinds={"review_due", "review_overdue"})
    assert [(f.kind, f.severity) for f in found] == ([expected] if expected else [])
    if found:
        assert found[0].due == D(2027, 2, 28)
        assert found[0].uid == f"review:agreement:{aid}:2027-02-28"  # same uid when it escalates


async def test_yearly_review_from_a_leap_day(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.agreement("GM0363", sid, last_review_date=None, start_date=D(2024, 2, 29))
    found = await flags(D(2025, 3, 1), kinds={"review_overdue"})
    assert [f.due for f in found] == [D(2025, 2, 28)]


async def test_agreement_waiting_in_review_longer_than_thirty_days(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    aid = await w.agreement("GM0363", sid, status="in_review")
    await w.transition(aid, "in_review", dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC))
    await w.transition(aid, "draft", dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC), frm="in_review")
    # 23:30 UTC on 1 January is 2 January in Amsterdam: the wait starts then.
    await w.transition(aid, "in_review", dt.datetime(2027, 1, 1, 23, 30, tzinfo=dt.UTC))
    assert await flags(D(2027, 2, 1), kinds={"review_stalled"}) == []
    found = await flags(D(2027, 2, 2), kinds={"review_stalled"})
    assert kinds(found) == [("review_stalled", "warning", D(2027, 2, 1))]
    assert "2 januari 2027" in found[0].message


async def test_open_findings_of_signed_agreements(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    mandatory = await w.agreement("GM0363", sid, title="A", last_review_date=ON)
    await w.finding(mandatory, "mandatory")
    await w.finding(mandatory, "recommended")
    recommended = await w.agreement("GM0363", sid, title="B", last_review_date=ON)
    await w.finding(recommended, "recommended")
    settled = await w.agreement("GM0363", sid, title="C", last_review_date=ON)
    await w.finding(settled, "mandatory", decision="accepted_risk")
    await w.finding(settled, "mandatory", superseded=True)
    draft = await w.agreement("GM0363", sid, status="draft", title="D")
    await w.finding(draft, "mandatory")
    found = await flags(ON, kinds={"open_findings"})
    assert [(f.subject_id, f.severity) for f in found] == [(mandatory, "critical"), (recommended, "warning")]
    assert "2 open bevindingen" in found[0].message and "1 verplicht" in found[0].message


async def test_missing_agreement_per_controller(clean) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    pid = await w.product(sid, "Zaaksysteem", used_by=("GM0363", "GM0599", "isd-test"))
    signed = await w.agreement("GM0363", sid, last_review_date=ON)
    await w.cover(signed, pid)
    draft = await w.agreement("GM0599", sid, status="draft")
    await w.cover(draft, pid)
    found = await flags(ON, kinds={"missing_agreement"})
    assert sorted((f.controller, f.severity, f.subject_id) for f in found) == [
        ("GM0599", "critical", pid), ("isd-test", "critical", pid)
    ]
    assert all(f.due is None and "Zaaksysteem" in f.message for f in found)


@pytest.mark.parametrize(
    ("on", "notice_days", "expected"),
    [
        (D(2027, 1, 30), None, None),  # before the notice
        (D(2027, 1, 31), None, ("warning", D(2027, 3, 2))),
        (D(2027, 2, 22), None, ("warning", D(2027, 3, 2))),  # 8 days left
        (D(2027, 2, 23), None, ("critical", D(2027, 3, 2))),  # 7 days left
        (D(2027, 3, 2), None, ("critical", D(2027, 3, 2))),
        (D(2027, 3, 3), None, None),
        (D(2027, 2, 14), 14, ("critical", D(2027, 2, 14))),
        (D(2027, 2, 15), 14, None),
    ],
)
async def test_subprocessor_objection_deadline(clean, on, notice_days, expected) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    sub = await w.supplier(name="NordCloud GmbH")
    link = await w.subprocessor(sid, sub, D(2027, 1, 31))
    if notice_days:
        await w.agreement("GM0363", sid, subprocessor_authorisation="general", subprocessor_notice_days=notice_days,
                          last_review_date=on)
    found = await flags(on, kinds={"subprocessor_objection"})
    assert [(f.severity, f.due) for f in found] == ([expected] if expected else [])
    if found:
        assert found[0].subject_id == link and "NordCloud GmbH" in found[0].message


async def scoped_world() -> None:
    for scope in ("GM0363", "GM0599"):
        sid = await w.supplier(scope, name=f"Leverancier {scope}")
        await w.evidence(sid, valid_until=ON - dt.timedelta(days=3))
        await w.agreement(scope, sid, end_date=ON + dt.timedelta(days=60), last_review_date=ON)
        await w.product(sid, used_by=(scope,))


async def test_a_user_never_sees_another_scopes_flags(clean) -> None:  # type: ignore[no-untyped-def]
    await scoped_world()
    everything = await flags(ON)
    assert {f.controller for f in everything} == {"GM0363", "GM0599"}
    mine = await flags(ON, frozenset({"GM0363"}))
    assert mine and {f.controller for f in mine} == {"GM0363"}
    assert len(mine) * 2 == len(everything)
    assert await flags(ON, frozenset()) == []
    assert {f.controller for f in await flags(ON, None, controller="GM0599")} == {"GM0599"}
    assert await flags(ON, frozenset({"GM0363"}), controller="GM0599") == []


async def test_sorted_by_severity_then_due_and_filtered(clean) -> None:  # type: ignore[no-untyped-def]
    await scoped_world()
    found = await flags(ON, frozenset({"GM0363"}))
    ranks = [("critical", "warning", "info").index(f.severity) for f in found]
    assert ranks == sorted(ranks)
    # Critical first, the longest overdue first; an undated flag counts as due today.
    assert [(f.kind, f.due) for f in found if f.severity == "critical"] == [
        ("notice_deadline", D(2027, 4, 30)), ("certificate_expired", ON - dt.timedelta(days=3)),
        ("missing_agreement", None),
    ]
    assert [f.kind for f in found if f.severity == "warning"] == ["agreement_ending"]
    assert {f.severity for f in await flags(ON, severities={"warning"})} == {"warning"}
    # Within 30 days: the certificate (overdue) and the undated gap stay, the end date (60 days) goes.
    near = await flags(ON, frozenset({"GM0363"}), within_days=30)
    assert {f.kind for f in near} == {"missing_agreement", "certificate_expired", "notice_deadline"}
    assert {f.kind for f in await flags(ON, frozenset({"GM0363"}), due_before=ON - dt.timedelta(days=3))} == {
        "missing_agreement", "notice_deadline"
    }


async def test_api_lists_flags_in_scope_with_filters(make_caller) -> None:  # type: ignore[no-untyped-def]
    await scoped_world()
    admin = await make_caller("admin")
    viewer = await make_caller("viewer", ["GM0363"])
    everything = await admin.get("/api/v1/flags", params={"on": ON.isoformat()})
    assert everything.status_code == 200, everything.text
    body = everything.json()
    assert body["on"] == "2027-06-01" and body["total"] == len(body["items"]) == 8
    assert set(body["items"][0]) == {"uid", "kind", "severity", "subject_type", "subject_id", "controller", "due",
                                     "message", "link", "controller_name"}
    mine = (await viewer.get("/api/v1/flags", params={"on": ON.isoformat()})).json()["items"]
    assert {f["controller"] for f in mine} == {"GM0363"} and len(mine) == 4
    other = await viewer.get("/api/v1/flags", params={"on": ON.isoformat(), "controller": "GM0599"})
    assert other.status_code == 200 and other.json()["items"] == []
    critical = await admin.get("/api/v1/flags", params={"on": ON.isoformat(), "severity": "critical",
                                                         "kind": ["missing_agreement", "certificate_expired"]})
    assert {(f["kind"], f["severity"]) for f in critical.json()["items"]} == {
        ("missing_agreement", "critical"), ("certificate_expired", "critical")
    }
    within = await admin.get("/api/v1/flags", params={"on": ON.isoformat(), "within": 0})
    assert "agreement_ending" not in {f["kind"] for f in within.json()["items"]}
    bad = await admin.get("/api/v1/flags", params={"kind": "weather"})
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "kind"
    assert (await admin.client.get("/api/v1/flags")).status_code == 401


@pytest.mark.parametrize(
    ("kind", "dates", "on", "covered"),
    [
        # A DigiD assessment counts until 31 December of the year after its reference date.
        ("digid_assessment", {"period_end": D(2026, 2, 28)}, D(2027, 11, 29), True),
        ("digid_assessment", {"period_end": D(2025, 12, 31)}, D(2027, 1, 1), False),
        # A pentest counts twelve months from its issue date, whatever period it looked at.
        ("pentest", {"issued_on": D(2027, 3, 1), "period_end": D(2026, 1, 31)}, D(2027, 11, 29), True),
        ("pentest", {"issued_on": D(2026, 11, 1)}, D(2027, 11, 29), False),
    ],
)
async def test_assurance_coverage_follows_the_evidence_rules(clean, kind, dates, on, covered) -> None:  # type: ignore[no-untyped-def]
    sid = await w.supplier()
    await w.agreement("GM0363", sid, assurance_required=[kind], assurance_frequency_months=24, last_review_date=on)
    await w.evidence(sid, kind, **dates)
    found = await flags(on, kinds={"assurance_missing"})
    assert (found == []) is covered, found
