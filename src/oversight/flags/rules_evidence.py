"""Flags on assurance evidence: certificates, type II / TPM reports, required assurance.

Which evidence counts and until when is decided by ``suppliers.evidence_rules``;
this module only selects candidates and turns their dates into flags. Evidence that
a newer item of the same supplier and kind outlasts is not flagged: an expired
certificate that was renewed is history, not a problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta

from core import datum, months_nl
from oversight.flags.deadlines import first_base_counting_on
from oversight.flags.engine import FlagContext, Sql, as_date
from oversight.flags.types import Flag, Severity
from suppliers import (
    CERTIFICATES,
    DESIGN_REPORTS,
    EVIDENCE_KINDS,
    ISO27001_2013_SUNSET,
    OPERATING_REPORTS,
    EvidencePolicy,
    counts_until,
)

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
    untils: dict[tuple[Any, ...], dt.date | None] = {}  # counts_until per distinct dates (month arithmetic)
    for row in await sql.tuples():
        flag = _evidence_flag(_EvidenceRow(*row), ctx, policy, untils)
        if flag is not None:
            flags.append(flag)
    return flags


class _EvidenceRow(NamedTuple):
    """A row of the evidence query, in its column order (dates as ``Sql.tuples()`` gives them)."""

    id: int
    kind: str
    standard_version: str | None
    issued_on: Any
    period_end: Any
    valid_until: Any
    supplier_id: int
    scope: str
    supplier_name: str


def _evidence_flag(
    row: _EvidenceRow, ctx: FlagContext, policy: EvidencePolicy,
    untils: dict[tuple[Any, ...], dt.date | None] | None = None,
) -> Flag | None:
    kind, version = row.kind, row.standard_version
    valid_until = as_date(row.valid_until)
    key = (kind, row.issued_on, row.period_end, valid_until, version)
    if untils is not None and key in untils:
        until = untils[key]
    else:
        until = counts_until(
            kind, issued_on=as_date(row.issued_on), period_end=as_date(row.period_end),
            valid_until=valid_until, standard_version=version, policy=policy,
        )
        if untils is not None:
            untils[key] = until
    if until is None:
        return None
    left = (until - ctx.on).days
    supplier = row.supplier_name
    severity: Severity
    if kind in CERTIFICATES:
        sunset_bound = kind == "iso27001" and version == "2013" and until == ISO27001_2013_SUNSET \
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
        uid=f"evidence-expiry:evidence:{row.id}:{until.isoformat()}", kind=flag_kind, severity=severity,
        subject_type="evidence", subject_id=row.id, controller=row.scope, due=until,
        message=message, link=f"/suppliers/{row.supplier_id}",
    )


def _date_param(ctx: FlagContext) -> str:
    """A date placeholder whose type PostgreSQL can tell inside a CASE (SQLite compares ISO text)."""
    return "{}" if ctx.is_sqlite else "CAST({} AS DATE)"


def _required_kinds(ctx: FlagContext) -> str:
    """SQL (FROM clause): the agreement joined to each kind in its JSON list ``assurance_required``."""
    if ctx.is_sqlite:
        return (
            " JOIN json_each(CASE WHEN json_valid(a.assurance_required)"
            " AND json_type(a.assurance_required) = 'array' THEN a.assurance_required ELSE '[]' END) k"
        )
    return (
        " CROSS JOIN LATERAL json_array_elements_text(CASE WHEN json_typeof(CAST(a.assurance_required AS JSON))"
        " = 'array' THEN CAST(a.assurance_required AS JSON) ELSE CAST('[]' AS JSON) END) AS k(value)"
    )


#: SQL: the assurance frequency of agreement ``a`` as the rule reads it (unset: 12 months).
_FREQUENCY = "COALESCE(NULLIF(a.assurance_frequency_months, 0), 12)"


def _base_from(sql: Sql, ctx: FlagContext, valid_months: Callable[[int], int]) -> Sql:
    """SQL: per assurance frequency, the first base date that still counts on ``on`` (``counts_until``
    adds ``valid_months(frequency)`` months to it). Frequencies from ``top`` on share one value."""
    top = max(ctx.settings.report_valid_months, 12, 1)
    param = _date_param(ctx)
    sql.add(f"CASE WHEN {_FREQUENCY} >= {{}} THEN {param}", top,
            first_base_counting_on(ctx.on, valid_months(top)))
    for months in range(1, top):
        sql.add(f"WHEN {_FREQUENCY} = {{}} THEN {param}", months, first_base_counting_on(ctx.on, valid_months(months)))
    return sql.add("END")


async def assurance_flags(ctx: FlagContext) -> list[Flag]:
    """Signed agreements whose required kinds of evidence no valid evidence covers.

    Evidence covers a kind when ``counts_until`` (with the report and pentest validity
    capped at the agreement's assurance frequency) reaches ``on``; that test is done in
    SQL as date comparisons against bounds computed here with the same month
    arithmetic, so only the uncovered (agreement, kind) pairs are fetched.
    """
    on, settings = ctx.on, ctx.settings
    param = _date_param(ctx)
    sql = Sql(
        f"SELECT a.id, a.scope, a.title, {_FREQUENCY} AS months, s.name AS supplier_name, k.value AS kind"  # noqa: S608 (module constants)
        " FROM agreement a JOIN supplier s ON s.id = a.supplier" + _required_kinds(ctx)
        + " WHERE a.status = 'signed'"
    )
    ctx.scoped(sql, "a.scope")
    # Evidence considered at all: still valid, or with a base date recent enough (a DigiD
    # assessment counts up to two years).
    oldest_base = on - relativedelta(months=max(settings.report_valid_months, 24)) - SLACK
    sql.add(
        "AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.supplier = a.supplier AND e.kind = k.value"
        " AND (e.valid_until >= {} OR COALESCE(e.period_end, e.issued_on) >= {}) AND (",
        on, oldest_base,
    )
    # Certificates (and "other" with an end date): valid through ``valid_until``; a 2013
    # ISO 27001 certificate at most through the sunset.
    certificates = f"e.kind IN ({_in_list(CERTIFICATES)})"
    if on > ISO27001_2013_SUNSET:
        certificates += " AND (e.kind <> 'iso27001' OR COALESCE(e.standard_version, '') <> '2013')"
    sql.add(f"(e.valid_until >= {{}} AND ({certificates} OR e.kind = 'other'))", on)
    # Reports (and "other" without an end date): period end (else issue date) plus the months.
    reports = (
        f"e.kind IN ({_in_list(OPERATING_REPORTS | DESIGN_REPORTS)}) OR (e.kind = 'other' AND e.valid_until IS NULL)"
    )
    sql.add(f"OR (({reports}) AND COALESCE(e.period_end, e.issued_on) >=")
    _base_from(sql, ctx, lambda months: min(settings.report_valid_months, months)).add(")")
    # Penetration tests: issue date (else period end) plus at most 12 months.
    sql.add("OR (e.kind = 'pentest' AND COALESCE(e.issued_on, e.period_end) >=")
    _base_from(sql, ctx, lambda months: min(12, months)).add(")")
    # DigiD assessments: until 31 December of the year after the base date.
    sql.add(f"OR (e.kind = 'digid_assessment' AND COALESCE(e.period_end, e.issued_on) >= {param})))",
            dt.date(on.year - 1, 1, 1))

    flags: dict[str, Flag] = {}  # a kind listed twice is one flag
    labels: dict[str, str] = {}
    frequencies: dict[int, str] = {}
    for agreement_id, scope, title, months, supplier_name, kind in await sql.tuples():
        uid = f"assurance-missing:agreement:{agreement_id}:{kind}"
        if uid in flags:
            continue
        label = labels.get(kind) or labels.setdefault(kind, _label(kind))
        every = frequencies.get(months) or frequencies.setdefault(months, months_nl(int(months)))
        flags[uid] = Flag(
            uid=uid, kind="assurance_missing", severity="critical", subject_type="agreement",
            subject_id=agreement_id, controller=scope, due=None,
            message=(
                f"Voor \u201c{title}\u201d ontbreekt een geldig {label} van {supplier_name}"
                f" (elke {every} vereist); vraag het op bij de leverancier."
            ),
            link=f"/agreements/{agreement_id}",
        )
    return list(flags.values())


RULES = [
    (EVIDENCE_KINDS_FLAGGED, evidence_flags),
    (frozenset({"assurance_missing"}), assurance_flags),
]
