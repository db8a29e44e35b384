"""Flags on agreements and on what has none: end dates, notice, reviews, findings, gaps.

Dates come from ``oversight.flags.deadlines``; the SQL windows are exact or a little wider,
and the exact rule is applied in Python.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core import datum, months_nl
from oversight.flags.coverage import uncovered_usages
from oversight.flags.deadlines import (
    in_review_deadline,
    last_anchor_with_review_by,
    last_end_with_notice_by,
    local_day,
    next_review_date,
    notice_deadline,
    objection_deadline,
)
from oversight.flags.engine import FlagContext, Sql, as_date, as_datetime
from oversight.flags.types import Flag, Severity

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


def _name(title: str, supplier_name: str) -> str:
    return f"\u201c{title}\u201d met {supplier_name}"


async def dated_agreement_flags(ctx: FlagContext) -> list[Flag]:
    """End dates, notice deadlines and periodic reviews of signed agreements.

    The SQL windows are exact: ``oversight.flags.deadlines`` turns "the notice deadline (or
    the next review) is within the horizon" into a bound on the end date (or on the
    last review) per notice period (or interval), so rows without a flag are not
    fetched. The flags themselves are built from a few precomputed pieces per distinct
    (date, months) pair; a national register repeats those pairs many times.
    """
    terms = await ctx.scoped(
        Sql("SELECT DISTINCT a.notice_period_months AS notice, a.review_interval_months AS review"
            " FROM agreement a WHERE a.status = 'signed'"),
        "a.scope",
    ).tuples()
    if not terms:
        return []
    on, horizon = ctx.on, ctx.horizon
    last_due = on + dt.timedelta(days=horizon)
    sql = Sql(
        f"SELECT a.id, a.scope, a.title, s.name AS supplier_name, a.end_date, {_NOTICE} AS notice_months,"  # noqa: S608 (module constants)
        f" {_INTERVAL} AS review_months, {_ANCHOR} AS anchor"
        " FROM agreement a JOIN supplier s ON s.id = a.supplier WHERE a.status = 'signed'"
        " AND (a.end_date <= {}",
        last_due,
    )
    for notice in sorted({int(notice or 0) for notice, _ in terms}):
        sql.add(f"OR ({_NOTICE} = {{}} AND a.end_date >= {{}} AND a.end_date <= {{}})",
                notice, on, last_end_with_notice_by(last_due, notice))
    review_by = on + dt.timedelta(days=REVIEW_WARNING_DAYS)
    for interval in sorted({int(review or 12) for _, review in terms}):
        sql.add(f"OR ({_INTERVAL} = {{}} AND {_ANCHOR} <= {{}})",
                interval, last_anchor_with_review_by(review_by, interval))
    sql.add(")")
    ctx.scoped(sql, "a.scope")

    end_specs: dict[tuple[Any, int], tuple[_Spec, ...]] = {}
    review_specs: dict[tuple[Any, int], tuple[_Spec, ...]] = {}
    flags: list[Flag] = []
    append = flags.append
    for agreement_id, scope, title, supplier_name, end, notice, interval, anchor in await sql.tuples():
        specs: tuple[_Spec, ...] = ()
        if end is not None:
            key = (end, notice)
            specs = end_specs.get(key)  # type: ignore[assignment]
            if specs is None:
                specs = end_specs[key] = _end_specs(as_date(end), int(notice), ctx)
        key = (anchor, interval)
        more = review_specs.get(key)
        if more is None:
            more = review_specs[key] = _review_specs(as_date(anchor), int(interval), on)
        if not specs and not more:
            continue
        name = f"\u201c{title}\u201d met {supplier_name}"  # _name(), inline: the hot loop
        link = f"/agreements/{agreement_id}"
        for uid_prefix, uid_suffix, kind, severity, due, before, after in (*specs, *more):
            append(Flag(
                uid=f"{uid_prefix}{agreement_id}{uid_suffix}", kind=kind, severity=severity,
                subject_type="agreement", subject_id=agreement_id, controller=scope, due=due,
                message=before + name + after, link=link,
            ))
    return flags


#: SQL: the terms of agreement ``a`` as the rules read them (unset: no notice, yearly review).
_NOTICE = "COALESCE(a.notice_period_months, 0)"
_INTERVAL = "COALESCE(NULLIF(a.review_interval_months, 0), 12)"
#: SQL: what the next review counts from: the last review, else the start, else the signing.
_ANCHOR = "COALESCE(a.last_review_date, a.start_date, a.signing_date)"

#: A flag of an agreement short of the agreement: uid around its id, kind, severity,
#: due, and the message around the agreement's name.
_Spec = tuple[str, str, str, Severity, dt.date, str, str]


def _end_specs(end: dt.date | None, months: int, ctx: FlagContext) -> tuple[_Spec, ...]:
    """The agreement_ending and notice_deadline flags of an agreement with this end date."""
    on, out = ctx.on, []
    if end is None:
        return ()
    left = (end - on).days
    if left <= ctx.horizon:
        severity: Severity = "critical" if left <= ENDING_CRITICAL_DAYS else "warning"
        if left < 0:
            before = "De verwerkersovereenkomst "
            after = f" liep af op {datum(end)} maar staat nog als ondertekend; leg de beëindiging of verlenging vast."
        else:
            before = "De verwerkersovereenkomst "
            after = f" loopt af op {datum(end)}; besluit over verlengen of beëindigen."
        out.append(("agreement-ending:agreement:", f":{end}", "agreement_ending", severity, end, before, after))
    deadline = notice_deadline(end, months)
    left = (deadline - on).days
    if on <= end and left <= ctx.horizon:
        severity = "critical" if left <= NOTICE_CRITICAL_DAYS else "warning"
        if left < 0:
            before = "De opzegtermijn van "
            after = (f" ({months_nl(months)}) is verstreken op {datum(deadline)}; "
                     f"de overeenkomst loopt tot {datum(end)}.")
        else:
            before = "Zeg "
            after = (f" uiterlijk {datum(deadline)} op als zij niet door moet lopen na "
                     f"{datum(end)} (opzegtermijn {months_nl(months)}).")
        out.append(("notice-deadline:agreement:", f":{deadline}", "notice_deadline", severity, deadline,
                    before, after))
    return tuple(out)


def _review_specs(anchor: dt.date | None, interval: int, on: dt.date) -> tuple[_Spec, ...]:
    """The review_due or review_overdue flag of an agreement last reviewed (or started) then."""
    review = next_review_date(anchor, None, interval)
    if review is None:
        return ()
    left = (review - on).days
    if left < 0:
        return (("review:agreement:", f":{review}", "review_overdue", "critical", review,
                 "De periodieke herziening van ",
                 f" was uiterlijk {datum(review)} nodig (elke {months_nl(interval)}); "
                 "plan haar en leg de datum vast."),)
    if left <= REVIEW_WARNING_DAYS:
        return (("review:agreement:", f":{review}", "review_due", "warning", review,
                 "De periodieke herziening van ",
                 f" staat gepland voor {datum(review)} (elke {months_nl(interval)})."),)
    return ()


def _flag(agreement_id: int, scope: str, uid: str, kind: str, severity: Severity, due: dt.date | None,
          message: str) -> Flag:
    return Flag(
        uid=uid, kind=kind, severity=severity, subject_type="agreement", subject_id=agreement_id,
        controller=scope, due=due, message=message, link=f"/agreements/{agreement_id}",
    )


async def stalled_review_flags(ctx: FlagContext) -> list[Flag]:
    """Agreements waiting in review longer than 30 days since they last entered it."""
    sql = Sql(
        "SELECT a.id, a.scope, a.title, s.name AS supplier_name, MAX(t.at) AS entered, a.updated_at"
        " FROM agreement a JOIN supplier s ON s.id = a.supplier"
        " LEFT JOIN agreement_transition t ON t.agreement = a.id AND t.to_status = 'in_review'"
        " WHERE a.status = 'in_review'"
    )
    ctx.scoped(sql, "a.scope").add("GROUP BY a.id, a.scope, a.title, a.updated_at, s.name")
    flags = []
    for agreement_id, scope, title, supplier_name, entered_at, updated_at in await sql.tuples():
        moment = as_datetime(entered_at) or as_datetime(updated_at)
        if moment is None:
            continue
        entered = local_day(moment)
        due = in_review_deadline(entered)
        if ctx.on > due:
            flags.append(_flag(
                agreement_id, scope, f"review-stalled:agreement:{agreement_id}:{entered}", "review_stalled",
                "warning", due,
                f"De verwerkersovereenkomst {_name(title, supplier_name)} wacht sinds {datum(entered)} op "
                f"beoordeling, {(ctx.on - entered).days} dagen; de FG wordt gevraagd haar af te ronden.",
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
    for agreement_id, scope, title, supplier_name, open_count, mandatory_count in await sql.tuples():
        count, mandatory = int(open_count), int(mandatory_count or 0)
        flags.append(_flag(
            agreement_id, scope, f"open-findings:agreement:{agreement_id}", "open_findings",
            "critical" if mandatory else "warning", None,
            f"De ondertekende verwerkersovereenkomst {_name(title, supplier_name)} heeft {count} open "
            f"{'bevinding' if count == 1 else 'bevindingen'} uit de clausulecontrole"
            f"{f', waarvan {mandatory} verplicht' if mandatory else ''}; de FG beslist erover.",
        ))
    return flags


async def missing_agreement_flags(ctx: FlagContext) -> list[Flag]:
    """Products in use by a controller that nothing covers (``oversight.flags.coverage``)."""
    sql = ctx.scoped(uncovered_usages(ctx.on, sqlite=ctx.is_sqlite), "u.used_by")
    return [
        Flag(
            uid=f"missing-agreement:product:{product_id}:{used_by}", kind="missing_agreement",
            severity="critical", subject_type="product", subject_id=product_id, controller=used_by,
            due=None,
            message=(
                f"{used_by} gebruikt {product_name} van {supplier_name} zonder "
                "ondertekende, lopende verwerkersovereenkomst die het product dekt."
            ),
            link=f"/suppliers/{supplier_id}",
        )
        for used_by, product_id, product_name, _, supplier_id, supplier_name in await sql.tuples()
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
    for link_id, notified_on, supplier_id, scope, supplier_name, subprocessor_name, notice_days in await sql.tuples():
        notified = as_date(notified_on)
        assert notified is not None
        deadline = objection_deadline(notified, notice_days)
        left = (deadline - ctx.on).days
        if left < 0:
            continue
        flags.append(Flag(
            uid=f"subprocessor-objection:subprocessor:{link_id}:{deadline}", kind="subprocessor_objection",
            severity="critical" if left <= OBJECTION_CRITICAL_DAYS else "warning",
            subject_type="subprocessor", subject_id=link_id, controller=scope, due=deadline,
            message=(
                f"{supplier_name} meldde op {datum(notified)} een nieuwe subverwerker, "
                f"{subprocessor_name}; bezwaar maken kan tot en met {datum(deadline)}."
            ),
            link=f"/suppliers/{supplier_id}",
        ))
    return flags


RULES = [
    (frozenset({"agreement_ending", "notice_deadline", "review_due", "review_overdue"}), dated_agreement_flags),
    (frozenset({"review_stalled"}), stalled_review_flags),
    (frozenset({"open_findings"}), open_finding_flags),
    (frozenset({"missing_agreement"}), missing_agreement_flags),
    (frozenset({"subprocessor_objection"}), objection_flags),
]
