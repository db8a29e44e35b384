"""Flags of the incident register: the Art. 33 clock and the warnings to other users.

- ``incident_authority_due``: an incident whose notification to the Autoriteit
  Persoonsgegevens is required or not yet decided, and not done. Warning while the 72
  hours run, critical in the last 24, critical and "te laat" after. It leaves when the
  notification is recorded or the risk is assessed as none (no notification needed; the
  reason goes in the decision remark).
- ``supplier_incident``: for every other controller with the same supplier, until it
  marks the warning handled (``contracts.incident_warnings``). Warning; critical when a
  product it uses is named. Nothing of the reporting controller is in it. It has no
  deadline (due now, like a missing agreement), so it is not a calendar event.

The clock is measured at the moment of the reference date: now when it is today, the
start of that day (Europe/Amsterdam) otherwise.
"""

from __future__ import annotations

import datetime as dt

from contracts import incident_rules, incident_warnings
from core import AMSTERDAM, datum, today
from oversight.flags.engine import FlagContext, Sql, as_datetime
from oversight.flags.types import Flag


def reference_moment(on: dt.date) -> dt.datetime:
    if on == today():
        return dt.datetime.now(dt.UTC)
    return dt.datetime.combine(on, dt.time(0), AMSTERDAM)


def _clock_flag(incident_id: int, scope: str, kind: str, supplier_name: str, aware: dt.datetime,
                moment: dt.datetime) -> Flag:
    due = incident_rules.authority_due(aware)
    state = incident_rules.clock_state(due, moment)
    what = f"Het {incident_rules.KIND_NL.get(kind, 'incident')} bij {supplier_name} (incident {incident_id})"
    when = f"{datum(due.date())} {due:%H:%M}"
    if state == "overdue":
        message = (f"Te laat: {what} had uiterlijk {when} bij de Autoriteit Persoonsgegevens gemeld moeten "
                   "worden (72 uur na kennisname); meld het nu of leg vast waarom niet.")
    else:
        message = (f"{what} moet uiterlijk {when} bij de Autoriteit Persoonsgegevens gemeld worden "
                   "(72 uur na kennisname), of leg vast waarom niet.")
    return Flag(
        uid=f"incident-authority:incident:{incident_id}", kind="incident_authority_due",
        severity="warning" if state == "running" else "critical", subject_type="incident",
        subject_id=incident_id, controller=scope, due=due.date(), message=message,
        link=f"/incidents/{incident_id}",
    )


async def authority_due_flags(ctx: FlagContext) -> list[Flag]:
    """Incidents whose 72 hours to notify the authority run or ran out without a notification."""
    sql = Sql(
        "SELECT i.id, i.scope, i.kind, s.name, i.aware_at, i.risk FROM incident i"
        " JOIN supplier s ON s.id = i.supplier WHERE i.authority_notified_at IS NULL AND i.risk <> 'none'"
    )
    ctx.scoped(sql, "i.scope")
    moment = reference_moment(ctx.on)
    flags = []
    for incident_id, scope, kind, supplier_name, aware_at, risk in await sql.tuples():
        aware = as_datetime(aware_at)
        if aware is None or not incident_rules.clock_open(risk, None):
            continue
        if aware.tzinfo is None:  # SQLite text without Piccolo's converter: stored in UTC
            aware = aware.replace(tzinfo=dt.UTC)
        flags.append(_clock_flag(incident_id, scope, kind, supplier_name, aware, moment))
    return flags


async def supplier_incident_flags(ctx: FlagContext) -> list[Flag]:
    """Incidents at a supplier the controller shares with the one that reported it."""
    flags = []
    for w in await incident_warnings.warnings(ctx.scopes, ctx.controller):
        kind = incident_rules.KIND_NL.get(w.kind, "incident")
        products = f" ({', '.join(w.products)})" if w.products else ""
        shared = f" Toelichting van de melder: {w.shared_summary}" if w.shared_summary else ""
        uses = " U gebruikt een genoemd product." if w.uses_product else ""
        flags.append(Flag(
            uid=f"supplier-incident:supplier:{w.supplier_id}:{w.incident_id}", kind="supplier_incident",
            severity="critical" if w.uses_product else "warning", subject_type="supplier",
            subject_id=w.supplier_id, controller=w.controller, due=None,  # no deadline: due now
            message=(f"{w.supplier_name} had op {datum(w.discovered_on)} een {kind}{products} bij een andere "
                     f"gebruiker van de leverancier.{uses}{shared} Ga na of uw gegevens geraakt zijn."),
            link=f"/incident-warnings?controller={w.controller}",
        ))
    return flags


RULES = [
    (frozenset({"incident_authority_due"}), authority_due_flags),
    (frozenset({"supplier_incident"}), supplier_incident_flags),
]
