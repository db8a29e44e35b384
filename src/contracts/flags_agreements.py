"""Flags on agreements and on what has none: end dates, notice, reviews, findings, gaps.

Dates come from ``contracts.deadlines``; the SQL windows are a few days wider than
exact and the exact rule is applied in Python.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta

from contracts.deadlines import (
    in_review_deadline,
    local_day,
    next_review_date,
    notice_deadline,
    objection_deadline,
)
from contracts.flag_types import Flag, Severity
from contracts.flags import FlagContext, Sql, as_date, as_datetime, datum, months_nl

SLACK = dt.timedelta(days=4)
#: Days before its end date from which an ending agreement is critical.
ENDING_CRITICAL_DAYS = 30
#: Days before the last day to give notice from which the flag is critical.
NOTICE_CRITICAL_DAYS = 14
#: Days before a periodic review that it is announced.
REVIEW_WARNING_DAYS = 30
#: Days before an objection deadline from which the flag is critical.
OBJECTION_CRITICAL_DAYS = 7
#: Objection terms are at most a year (the API allows 1-365 days).
MAX_OBJECTION_DAYS = 366


def _name(row: dict[str, Any]) -> str:
    return f"\u201c{row['title']}\u201d met {row['supplier_name']}"


async def dated_agreement_flags(ctx: FlagContext) -> list[Flag]:
    """End dates, notice deadlines and periodic reviews of signed agreements."""
    terms = await ctx.scoped(
        Sql("SELECT DISTINCT a.notice_period_months AS notice, a.review_interval_months AS review"
            " FROM agreement a WHERE a.status = 'signed'"),
        "a.scope",
    ).rows()
    if not terms:
        return []
    sql = Sql(
        "SELECT a.id, a.scope, a.title, a.end_date, a.notice_period_months, a.review_interval_months,"
        " a.start_date, a.last_review_date, a.signing_date, s.name AS supplier_name"
        " FROM agreement a JOIN supplier s ON s.id = a.supplier WHERE a.status = 'signed'"
        " AND (a.end_date <= {}",
        ctx.on + dt.timedelta(days=ctx.horizon),
    )
    for notice in sorted({int(t["notice"] or 0) for t in terms}):
        last_end = ctx.on + dt.timedelta(days=ctx.horizon) + relativedelta(months=notice) + SLACK
        sql.add("OR (a.notice_period_months = {} AND a.end_date <= {})", notice, last_end)
    for interval in sorted({int(t["review"] or 12) for t in terms}):
        last_anchor = ctx.on + dt.timedelta(days=REVIEW_WARNING_DAYS) - relativedelta(months=interval) + SLACK
        sql.add(
            "OR (a.review_interval_months = {} AND COALESCE(a.last_review_date, a.start_date, a.signing_date) <= {})",
            interval, last_anchor,
        )
    sql.add(")")
    ctx.scoped(sql, "a.scope")
    flags: list[Flag] = []
    for row in await sql.rows():
        flags.extend(_dated(row, ctx))
    return flags


def _flag(row: dict[str, Any], uid: str, kind: str, severity: Severity, due: dt.date | None, message: str) -> Flag:
    return Flag(
        uid=uid, kind=kind, severity=severity, subject_type="agreement", subject_id=row["id"],
        controller=row["scope"], due=due, message=message, link=f"/agreements/{row['id']}",
    )


def _dated(row: dict[str, Any], ctx: FlagContext) -> list[Flag]:
    on, out = ctx.on, []
    end = as_date(row["end_date"])
    if end is not None:
        left = (end - on).days
        if left <= ctx.horizon:
            severity: Severity = "critical" if left <= ENDING_CRITICAL_DAYS else "warning"
            message = (
                f"De verwerkersovereenkomst {_name(row)} liep af op {datum(end)} maar staat nog als "
                "ondertekend; leg de beëindiging of verlenging vast."
                if left < 0 else
                f"De verwerkersovereenkomst {_name(row)} loopt af op {datum(end)}; besluit over verlengen "
                "of beëindigen."
            )
            out.append(_flag(row, f"agreement-ending:agreement:{row['id']}:{end}", "agreement_ending",
                             severity, end, message))
        months = int(row["notice_period_months"] or 0)
        deadline = notice_deadline(end, months)
        left = (deadline - on).days
        if on <= end and left <= ctx.horizon:
            severity = "critical" if left <= NOTICE_CRITICAL_DAYS else "warning"
            message = (
                f"De opzegtermijn van {_name(row)} ({months_nl(months)}) is verstreken op {datum(deadline)}; "
                f"de overeenkomst loopt tot {datum(end)}."
                if left < 0 else
                f"Zeg {_name(row)} uiterlijk {datum(deadline)} op als zij niet door moet lopen na "
                f"{datum(end)} (opzegtermijn {months_nl(months)})."
            )
            out.append(_flag(row, f"notice-deadline:agreement:{row['id']}:{deadline}", "notice_deadline",
                             severity, deadline, message))
    interval = int(row["review_interval_months"] or 12)
    review = next_review_date(
        as_date(row["last_review_date"]), as_date(row["start_date"]) or as_date(row["signing_date"]), interval
    )
    if review is not None:
        left = (review - on).days
        uid = f"review:agreement:{row['id']}:{review}"
        if left < 0:
            out.append(_flag(row, uid, "review_overdue", "critical", review,
                             f"De periodieke herziening van {_name(row)} was uiterlijk {datum(review)} nodig "
                             f"(elke {months_nl(interval)}); plan haar en leg de datum vast."))
        elif left <= REVIEW_WARNING_DAYS:
            out.append(_flag(row, uid, "review_due", "warning", review,
                             f"De periodieke herziening van {_name(row)} staat gepland voor {datum(review)} "
                             f"(elke {months_nl(interval)})."))
    return out


async def stalled_review_flags(ctx: FlagContext) -> list[Flag]:
    """Agreements waiting in review longer than 30 days since they last entered it."""
    sql = Sql(
        "SELECT a.id, a.scope, a.title, a.updated_at, s.name AS supplier_name, MAX(t.at) AS entered"
        " FROM agreement a JOIN supplier s ON s.id = a.supplier"
        " LEFT JOIN agreement_transition t ON t.agreement = a.id AND t.to_status = 'in_review'"
        " WHERE a.status = 'in_review'"
    )
    ctx.scoped(sql, "a.scope").add("GROUP BY a.id, a.scope, a.title, a.updated_at, s.name")
    flags = []
    for row in await sql.rows():
        moment = as_datetime(row["entered"]) or as_datetime(row["updated_at"])
        if moment is None:
            continue
        entered = local_day(moment)
        due = in_review_deadline(entered)
        if ctx.on > due:
            flags.append(_flag(
                row, f"review-stalled:agreement:{row['id']}:{entered}", "review_stalled", "warning", due,
                f"De verwerkersovereenkomst {_name(row)} wacht sinds {datum(entered)} op beoordeling, "
                f"{(ctx.on - entered).days} dagen; de FG wordt gevraagd haar af te ronden.",
            ))
    return flags


async def open_finding_flags(ctx: FlagContext) -> list[Flag]:
    """Signed agreements with clause findings nobody decided on."""
    sql = Sql(
        "SELECT a.id, a.scope, a.title, s.name AS supplier_name, COUNT(*) AS open_count,"
        " SUM(CASE WHEN f.tier = 'mandatory' THEN 1 ELSE 0 END) AS mandatory_count"
        " FROM agreement_finding f JOIN agreement a ON a.id = f.agreement JOIN supplier s ON s.id = a.supplier"
        " WHERE a.status = 'signed' AND f.decision IS NULL AND f.superseded = {}",
        False,
    )
    ctx.scoped(sql, "a.scope").add("GROUP BY a.id, a.scope, a.title, s.name")
    flags = []
    for row in await sql.rows():
        count, mandatory = int(row["open_count"]), int(row["mandatory_count"] or 0)
        flags.append(_flag(
            row, f"open-findings:agreement:{row['id']}", "open_findings",
            "critical" if mandatory else "warning", None,
            f"De ondertekende verwerkersovereenkomst {_name(row)} heeft {count} open "
            f"{'bevinding' if count == 1 else 'bevindingen'} uit de clausulecontrole"
            f"{f', waarvan {mandatory} verplicht' if mandatory else ''}; de FG beslist erover.",
        ))
    return flags


async def missing_agreement_flags(ctx: FlagContext) -> list[Flag]:
    """Products in use by a controller that no signed agreement of that controller covers."""
    sql = Sql(
        "SELECT u.id AS usage_id, u.used_by, p.id AS product_id, p.name AS product_name,"
        " s.id AS supplier_id, s.name AS supplier_name"
        " FROM product_usage u JOIN product p ON p.id = u.product JOIN supplier s ON s.id = p.supplier"
        " WHERE NOT EXISTS (SELECT 1 FROM agreement_product ap JOIN agreement a ON a.id = ap.agreement"
        " WHERE ap.product = u.product AND a.status = 'signed' AND a.scope = u.used_by)"
    )
    ctx.scoped(sql, "u.used_by")
    return [
        Flag(
            uid=f"missing-agreement:product:{row['product_id']}:{row['used_by']}", kind="missing_agreement",
            severity="critical", subject_type="product", subject_id=row["product_id"], controller=row["used_by"],
            due=None,
            message=(
                f"{row['used_by']} gebruikt {row['product_name']} van {row['supplier_name']} zonder "
                "ondertekende verwerkersovereenkomst die het product dekt."
            ),
            link=f"/suppliers/{row['supplier_id']}",
        )
        for row in await sql.rows()
    ]


async def objection_flags(ctx: FlagContext) -> list[Flag]:
    """Newly announced sub-processors whose objection term still runs."""
    sql = Sql(
        "SELECT l.id, l.notified_on, l.supplier AS supplier_id, s.scope, s.name AS supplier_name,"
        " sub.name AS subprocessor_name,"
        " (SELECT MIN(a.subprocessor_notice_days) FROM agreement a WHERE a.supplier = l.supplier"
        "  AND a.subprocessor_authorisation = 'general' AND a.status IN ('approved', 'signed')) AS notice_days"
        " FROM subprocessor_link l JOIN supplier s ON s.id = l.supplier JOIN supplier sub ON sub.id = l.subprocessor"
        " WHERE l.notified_on >= {} AND l.notified_on <= {}",
        ctx.on - dt.timedelta(days=MAX_OBJECTION_DAYS), ctx.on,
    )
    ctx.scoped(sql, "s.scope")
    flags = []
    for row in await sql.rows():
        notified = as_date(row["notified_on"])
        assert notified is not None
        deadline = objection_deadline(notified, row["notice_days"])
        left = (deadline - ctx.on).days
        if left < 0:
            continue
        flags.append(Flag(
            uid=f"subprocessor-objection:subprocessor:{row['id']}:{deadline}", kind="subprocessor_objection",
            severity="critical" if left <= OBJECTION_CRITICAL_DAYS else "warning",
            subject_type="subprocessor", subject_id=row["id"], controller=row["scope"], due=deadline,
            message=(
                f"{row['supplier_name']} meldde op {datum(notified)} een nieuwe subverwerker, "
                f"{row['subprocessor_name']}; bezwaar maken kan tot en met {datum(deadline)}."
            ),
            link=f"/suppliers/{row['supplier_id']}",
        ))
    return flags


RULES = [
    (frozenset({"agreement_ending", "notice_deadline", "review_due", "review_overdue"}), dated_agreement_flags),
    (frozenset({"review_stalled"}), stalled_review_flags),
    (frozenset({"open_findings"}), open_finding_flags),
    (frozenset({"missing_agreement"}), missing_agreement_flags),
    (frozenset({"subprocessor_objection"}), objection_flags),
]
