"""The flag engine: what is wrong or due in the register, for whom, by when.

``compute_flags()`` runs one rule per group of kinds (``rules_evidence``,
``rules_agreements``). Every rule selects its candidate rows in SQL, filtered by
date windows a little wider than exact (month arithmetic differs per engine), with
only the columns it needs and no per-row queries; exact dates and severities are
computed in Python with the calculators of ``oversight.flags.deadlines`` (see there for
the weekend and month-end conventions).

Kinds, severities and when a flag exists (``on`` is the reference date, "horizon"
is ``settings.expiry_horizon_days``, 90 by default):

========================  ======================================================
certificate_expiring      warning: an ISO 27001 / NEN 7510 certificate stops
                          counting within the horizon
certificate_expired       critical: it stopped counting (and no newer certificate
                          of that kind replaced it)
iso27001_2013             warning within the horizon before 31-10-2025, critical
                          after: a 2013 certificate that would otherwise still count
report_stale              warning 60 days before a type II / TPM report goes stale
                          (period end + ``report_valid_months``), critical after
assurance_missing         critical: a signed agreement requires a kind of evidence
                          and no evidence of the supplier covers it on ``on``
agreement_ending          warning within the horizon before the end date, critical
                          from 30 days before (and after, while still signed)
notice_deadline           warning within the horizon before the last day to give
                          notice, critical from 14 days before until the end date
review_due / review_overdue  warning 30 days before the periodic review, critical after
review_stalled            warning: in review for more than 30 days
open_findings             signed with undecided clause findings: critical when a
                          mandatory clause is among them, otherwise warning
missing_agreement         critical: a product is used by a controller that has no
                          signed agreement covering it
subprocessor_objection    warning from the notice of a new sub-processor until the
                          objection deadline, critical in its last 7 days
incident_authority_due    an incident to notify to the authority (required or not
                          yet decided, not done): warning while its 72 hours run,
                          critical in the last 24 and after ("te laat")
supplier_incident         warning to another controller of the same supplier,
                          critical when it uses a named product; until handled
rights_request_due        an open rights request: warning 7 days before its due
                          date, critical after ("te laat")
rights_task_unconfirmed   a processor's task unconfirmed 14 days after receipt:
                          warning, critical once the request is overdue
annex_mismatch            warning: linked activities process data categories the
                          agreement's description does not name
advisory                  a security advisory names a product the controller uses:
                          critical at CVSS 9.0+, warning from 7.0, info below; until
                          the version is past the range or the advisory says fixed
========================  ======================================================

A flag's ``uid`` names the rule, the subject and, for deadlines, the date it is
about: stable across runs and severity changes, new when the date itself moves (a
new end date is a new deadline, to be mailed again).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from operator import attrgetter

import msgspec
from piccolo.engine.postgres import PostgresEngine

from core import Settings, engine
from oversight.flags import rules_advisories, rules_agreements, rules_evidence, rules_incidents, rules_rights
from oversight.flags.engine import FlagContext, Rule
from oversight.flags.types import SEVERITY_RANK, Flag
from suppliers import queries as supplier_queries


def _rules() -> list[tuple[frozenset[str], Rule]]:
    return [
        *rules_evidence.RULES, *rules_agreements.RULES, *rules_incidents.RULES, *rules_rights.RULES,
        *rules_advisories.RULES,
    ]


ALL_KINDS = frozenset(
    {
        "certificate_expiring", "certificate_expired", "iso27001_2013", "report_stale",
        "assurance_missing", "agreement_ending", "notice_deadline", "review_due",
        "review_overdue", "review_stalled", "open_findings", "missing_agreement",
        "subprocessor_objection", "incident_authority_due", "supplier_incident", "advisory",
        "rights_request_due", "rights_task_unconfirmed", "annex_mismatch",
    }
)
SEVERITIES = frozenset(SEVERITY_RANK)


def _concurrent() -> bool:
    """Whether the rules can run side by side: outside a transaction, where each query has
    a connection of its own (PostgreSQL: from the pool; SQLite: see ``_sqlite_rows``)."""

    db = engine()
    if db.current_transaction.get() is not None:
        return False
    return not isinstance(db, PostgresEngine) or db.pool is not None


def sort_key(flag: Flag, on: dt.date) -> tuple[int, dt.date, str]:
    return (-SEVERITY_RANK[flag.severity], flag.due or on, flag.uid)


async def compute_flags(
    scopes: frozenset[str] | None,
    on: dt.date,
    *,
    settings: Settings,
    within_days: int | None = None,
    controller: str | None = None,
    kinds: set[str] | None = None,
    severities: set[str] | None = None,
    due_before: dt.date | None = None,
) -> list[Flag]:
    """Every flag on ``on`` in the given scopes (None: all), most severe and soonest first.

    ``within_days`` and ``due_before`` keep flags due by then; flags without a due
    date (a missing agreement, open findings) are due now and always kept.
    """
    if scopes is not None and not scopes:
        return []
    ctx = FlagContext(on=on, settings=settings, scopes=scopes, controller=controller)
    rules = [rule for rule_kinds, rule in _rules() if kinds is None or rule_kinds & kinds]
    flags: list[Flag] = []
    if _concurrent():
        # The rules' queries run side by side, each on its own connection, while Python
        # builds the flags of the ones that are done.
        for found in await asyncio.gather(*(rule(ctx) for rule in rules)):
            flags.extend(found)
    else:  # inside a transaction: one connection, one query at a time
        for rule in rules:
            flags.extend(await rule(ctx))
    last_day = None
    if within_days is not None:
        last_day = on + dt.timedelta(days=within_days)
    if due_before is not None:  # strictly before that day
        before = due_before - dt.timedelta(days=1)
        last_day = min(last_day, before) if last_day else before
    kept = [
        f for f in flags
        if (kinds is None or f.kind in kinds)
        and (severities is None or f.severity in severities)
        and (last_day is None or f.due is None or f.due <= last_day)
    ]
    # The order of ``sort_key``, as three stable sorts on plain keys (least significant
    # first): several times faster than comparing key tuples on a national register.
    kept.sort(key=attrgetter("uid"))
    kept.sort(key=lambda f: f.due or on)
    kept.sort(key=lambda f: _RANK_DESC[f.severity])
    return await with_names(kept)


async def with_names(flags: list[Flag]) -> list[Flag]:
    """The flags with the names of their controllers: people read "Gemeente Beekdal", not
    "GM9901" (two queries)."""
    names = await supplier_queries.controller_names({f.controller for f in flags})
    out = []
    for flag in flags:
        name = names.get(flag.controller)
        if name is None:
            out.append(flag)
            continue
        out.append(msgspec.structs.replace(
            flag, controller_name=name, message=flag.message.replace(flag.controller, name),
        ))
    return out


_RANK_DESC = {severity: -rank for severity, rank in SEVERITY_RANK.items()}
