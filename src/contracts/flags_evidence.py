"""Flags on assurance evidence: certificates, type II / TPM reports, required assurance.

Which evidence counts and until when is decided by ``suppliers.evidence_rules``;
this module only selects candidates and turns their dates into flags. Evidence that
a newer item of the same supplier and kind outlasts is not flagged: an expired
certificate that was renewed is history, not a problem.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from dateutil.relativedelta import relativedelta

from contracts.flag_types import Flag, Severity
from contracts.flags import FlagContext, Sql, as_date, datum, months_nl
from suppliers.evidence_rules import (
    CERTIFICATES,
    ISO27001_2013_SUNSET,
    OPERATING_REPORTS,
    EvidencePolicy,
    counts_until,
)
from suppliers.labels import EVIDENCE_KINDS

#: Slack on SQL date windows: the exact month arithmetic is done in Python.
SLACK = dt.timedelta(days=4)
EVIDENCE_KINDS_FLAGGED = frozenset({"certificate_expiring", "certificate_expired", "iso27001_2013", "report_stale"})


def _in_list(values: frozenset[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))  # constants of this module, not input


def _effective_until(alias: str) -> str:
    """SQL: the last day a certificate counts (a 2013 ISO 27001 certificate: the sunset at most)."""
    return (
        f"(CASE WHEN {alias}.kind = 'iso27001' AND {alias}.standard_version = '2013' "
        f"AND {alias}.valid_until > {{}} THEN {{}} ELSE {alias}.valid_until END)"
    )


#: SQL: no other evidence of the same supplier and kind counts longer than ``e``.
_NOT_OUTLASTED = " ".join((
    "AND NOT EXISTS (SELECT 1 FROM evidence n WHERE n.supplier = e.supplier AND n.kind = e.kind AND n.id <> e.id",
    "AND (", _effective_until("n"), ">", _effective_until("e"),
    "OR COALESCE(n.period_end, n.issued_on) > COALESCE(e.period_end, e.issued_on)))",
))


def _label(kind: str) -> str:
    return EVIDENCE_KINDS.get(kind, kind)


async def evidence_flags(ctx: FlagContext) -> list[Flag]:
    """Certificates that expire or expired, 2013 certificates, reports that go stale."""
    policy = EvidencePolicy(report_valid_months=ctx.settings.report_valid_months)
    cert_cutoff = ctx.on + dt.timedelta(days=ctx.horizon)
    report_cutoff = (
        ctx.on + dt.timedelta(days=policy.report_warning_days)
        - relativedelta(months=policy.report_valid_months) + SLACK
    )
    sunset = ISO27001_2013_SUNSET
    sql = Sql(
        "SELECT e.id, e.kind, e.standard_version, e.issued_on, e.period_end, e.valid_until,"
        " e.supplier AS supplier_id, s.scope AS scope, s.name AS supplier_name"
        " FROM evidence e JOIN supplier s ON s.id = e.supplier WHERE ("
    )
    sql.add(f"(e.kind IN ({_in_list(CERTIFICATES)}) AND (e.valid_until <= {{}}", cert_cutoff)
    if sunset <= cert_cutoff:
        sql.add("OR (e.kind = 'iso27001' AND e.standard_version = '2013' AND e.valid_until IS NOT NULL)")
    sql.add(f")) OR (e.kind IN ({_in_list(OPERATING_REPORTS)}) AND COALESCE(e.period_end, e.issued_on) <= {{}}))",
            report_cutoff)
    # Not outlasted by a newer item of the same supplier and kind.
    sql.add(_NOT_OUTLASTED, sunset, sunset, sunset, sunset)
    ctx.scoped(sql, "s.scope")
    flags = []
    for row in await sql.rows():
        flag = _evidence_flag(row, ctx, policy)
        if flag is not None:
            flags.append(flag)
    return flags


def _evidence_flag(row: dict[str, Any], ctx: FlagContext, policy: EvidencePolicy) -> Flag | None:
    kind = row["kind"]
    valid_until = as_date(row["valid_until"])
    until = counts_until(
        kind, issued_on=as_date(row["issued_on"]), period_end=as_date(row["period_end"]),
        valid_until=valid_until, standard_version=row["standard_version"], policy=policy,
    )
    if until is None:
        return None
    left = (until - ctx.on).days
    supplier = row["supplier_name"]
    severity: Severity
    if kind in CERTIFICATES:
        sunset_bound = kind == "iso27001" and row["standard_version"] == "2013" and until == ISO27001_2013_SUNSET \
            and valid_until is not None and valid_until > ISO27001_2013_SUNSET
        if left < 0:
            severity = "critical"
            flag_kind = "iso27001_2013" if sunset_bound else "certificate_expired"
        elif left <= ctx.horizon:
            severity = "warning"
            flag_kind = "iso27001_2013" if sunset_bound else "certificate_expiring"
        else:
            return None
        if sunset_bound:
            message = (
                f"Het ISO 27001:2013-certificaat van {supplier} geldt niet meer na {datum(until)}; "
                "vraag een certificaat tegen ISO 27001:2022 op."
            )
        elif left < 0:
            message = (
                f"Het {_label(kind)} van {supplier} is verlopen (geldig tot en met {datum(until)}); "
                "vraag een geldig certificaat op."
            )
        else:
            message = (
                f"Het {_label(kind)} van {supplier} geldt tot en met {datum(until)}; "
                "vraag tijdig het nieuwe certificaat op."
            )
    else:
        if left < 0:
            severity = "critical"
            message = (
                f"Het {_label(kind)} van {supplier} is verouderd sinds {datum(until + dt.timedelta(days=1))}; "
                "vraag het rapport over de volgende periode op."
            )
        elif left <= policy.report_warning_days:
            severity = "warning"
            message = (
                f"Het {_label(kind)} van {supplier} telt tot en met {datum(until)}; "
                "vraag tijdig het rapport over de volgende periode op."
            )
        else:
            return None
        flag_kind = "report_stale"
    return Flag(
        uid=f"evidence-expiry:evidence:{row['id']}:{until.isoformat()}", kind=flag_kind, severity=severity,
        subject_type="evidence", subject_id=row["id"], controller=row["scope"], due=until,
        message=message, link=f"/suppliers/{row['supplier_id']}",
    )


def _signed_requiring(sql: Sql, ctx: FlagContext) -> Sql:
    sql.add("a.status = 'signed' AND CAST(a.assurance_required AS TEXT) NOT IN ('[]', '', 'null')")
    return ctx.scoped(sql, "a.scope")


async def assurance_flags(ctx: FlagContext) -> list[Flag]:
    """Signed agreements whose required kinds of evidence no valid evidence covers."""
    agreements = await _signed_requiring(
        Sql(
            "SELECT a.id, a.scope, a.title, a.supplier AS supplier_id, a.assurance_required,"
            " a.assurance_frequency_months, s.name AS supplier_name"
            " FROM agreement a JOIN supplier s ON s.id = a.supplier WHERE"
        ),
        ctx,
    ).rows()
    if not agreements:
        return []
    # Evidence that may still count on `on` (a DigiD assessment counts up to two years).
    oldest_base = ctx.on - relativedelta(months=max(ctx.settings.report_valid_months, 24)) - SLACK
    evidence_sql = Sql(
        "SELECT e.supplier AS supplier_id, e.kind, e.standard_version, e.issued_on, e.period_end,"
        " e.valid_until FROM evidence e WHERE (e.valid_until >= {} OR COALESCE(e.period_end, e.issued_on) >= {})"
        " AND e.supplier IN (SELECT a.supplier FROM agreement a WHERE",
        ctx.on, oldest_base,
    )
    _signed_requiring(evidence_sql, ctx).add(")")
    evidence: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for row in await evidence_sql.rows():
        evidence[(row["supplier_id"], row["kind"])].append(row)

    covered_cache: dict[tuple[int, str, int], bool] = {}

    def covered(supplier_id: int, kind: str, months: int) -> bool:
        key = (supplier_id, kind, months)
        if key not in covered_cache:
            policy = EvidencePolicy(
                report_valid_months=min(ctx.settings.report_valid_months, months),
                pentest_valid_months=min(12, months),
            )
            covered_cache[key] = any(
                (until := counts_until(
                    kind, issued_on=as_date(e["issued_on"]), period_end=as_date(e["period_end"]),
                    valid_until=as_date(e["valid_until"]), standard_version=e["standard_version"],
                    policy=policy,
                )) is not None and until >= ctx.on
                for e in evidence.get((supplier_id, kind), ())
            )
        return covered_cache[key]

    flags = []
    for row in agreements:
        required = row["assurance_required"]
        if isinstance(required, str):
            required = json.loads(required or "[]")
        months = int(row["assurance_frequency_months"] or 12)
        for kind in sorted(set(required or ())):
            if covered(row["supplier_id"], kind, months):
                continue
            flags.append(Flag(
                uid=f"assurance-missing:agreement:{row['id']}:{kind}", kind="assurance_missing",
                severity="critical", subject_type="agreement", subject_id=row["id"], controller=row["scope"],
                due=None,
                message=(
                    f"Voor \u201c{row['title']}\u201d ontbreekt een geldig {_label(kind)} van "
                    f"{row['supplier_name']} (elke {months_nl(months)} vereist); vraag het op bij de leverancier."
                ),
                link=f"/agreements/{row['id']}",
            ))
    return flags


RULES = [
    (EVIDENCE_KINDS_FLAGGED, evidence_flags),
    (frozenset({"assurance_missing"}), assurance_flags),
]
