"""The lists behind the overview's six figures, and their lights, from the rows the
overview read (``oversight.overview.reads``)."""

from __future__ import annotations

import datetime as dt

from clauses import load_catalogue
from core import datum
from oversight.flags.deadlines import notice_deadline
from oversight.overview.lights import (
    FIGURE_KEYS,
    LABELS,
    RULE_LINES,
    RULES,
    UNITS,
    Light,
    assurance_light,
    ending_light,
    expired_light,
    gaps_light,
    missing_light,
    signed_light,
)
from oversight.overview.model import Figure, Group, Item
from suppliers import EvidencePolicy, evidence_status

VALID_STATES = frozenset({"valid", "expiring"})


def current(row: dict, on: dt.date) -> bool:
    """In force on ``on``: no end date, or one not before it."""
    return row["end_date"] is None or row["end_date"] >= on


def _agreement_item(row: dict, *, date: dt.date | None = None, note: str = "") -> Item:
    return Item(
        type="agreement", id=row["id"], name=row["title"], link=f"/agreements/{row['id']}",
        supplier_id=row["supplier"], supplier_name=row["supplier_name"] or "", date=date, note=note,
    )


def _supplier_item(row: dict, note: str, date: dt.date | None = None) -> Item:
    return Item(
        type="supplier", id=row["id"], name=row["name"], link=f"/suppliers/{row['id']}",
        supplier_id=row["id"], supplier_name=row["name"], date=date, note=note,
    )


def _agreement_lists(
    agreements: list[dict], on: dt.date, horizon: dt.date
) -> tuple[list[Item], list[Item], list[dt.date], list[Item], int]:
    """(signed, ending, the ending dates, expired, how many expired still say signed)."""
    signed: list[Item] = []
    ending: list[Item] = []
    ending_dates: list[dt.date] = []
    expired: list[Item] = []
    still_signed = 0
    for row in agreements:
        if row["status"] == "signed" and current(row, on):
            signed.append(_agreement_item(
                row, date=row["end_date"],
                note=f"Loopt tot {datum(row['end_date'])}." if row["end_date"] else "Onbepaalde tijd.",
            ))
            if row["end_date"] is not None:
                deadline = notice_deadline(row["end_date"], row["notice_period_months"])
                due = [d for d in (deadline, row["end_date"]) if on <= d <= horizon]
                if due:
                    ending_dates.append(min(due))
                    ending.append(_agreement_item(
                        row, date=min(due),
                        note=(f"Opzeggen uiterlijk {datum(deadline)}; " if on <= deadline else "")
                        + f"einddatum {datum(row['end_date'])}.",
                    ))
        elif row["status"] == "signed":
            still_signed += 1
            expired.append(_agreement_item(
                row, date=row["end_date"],
                note=f"Verlopen op {datum(row['end_date'])}, maar staat nog als ondertekend.",
            ))
        elif row["status"] == "ended":
            expired.append(_agreement_item(row, date=row["end_date"], note="Beëindigd."))
    ending.sort(key=lambda i: (i.date or horizon, i.name))
    return signed, ending, ending_dates, expired, still_signed


def _missing(covered: set[int], usages: list[dict]) -> tuple[list[Item], int]:
    """Products in use that nothing covers; and how many products are in use."""
    missing: list[Item] = []
    seen_products: set[int] = set()
    for usage in usages:
        if usage["product"] in seen_products:
            continue
        seen_products.add(usage["product"])
        if usage["product"] in covered:
            continue
        missing.append(Item(
            type="product", id=usage["product"], name=usage["name"],
            link=f"/suppliers/{usage['supplier']}", supplier_id=usage["supplier"],
            supplier_name=usage["supplier_name"],
            note="In gebruik zonder geldende ondertekende overeenkomst.",
        ))
    return missing, len(seen_products)


def _unassured(suppliers: list[dict], evidence: list[dict], on: dt.date, policy: EvidencePolicy) -> list[Item]:
    """Suppliers without any evidence that is valid or expiring on ``on``."""
    best: dict[int, tuple[str, dt.date | None]] = {}
    for row in evidence:
        status = evidence_status(
            row["kind"], issued_on=row["issued_on"], period_end=row["period_end"],
            valid_until=row["valid_until"], standard_version=row["standard_version"], on=on,
            policy=policy,
        )
        if status.state in VALID_STATES:
            best[row["supplier"]] = (status.state, status.counts_until)
        else:
            best.setdefault(row["supplier"], (status.state, status.counts_until))
    return [
        _supplier_item(
            s,
            "Geen bewijsstuk." if s["id"] not in best
            else f"Geen geldig bewijsstuk (laatste: {_STATE_NL.get(best[s['id']][0], best[s['id']][0])}).",
            date=best.get(s["id"], (None, None))[1],
        )
        for s in suppliers
        if best.get(s["id"], ("", None))[0] not in VALID_STATES
    ]


def _gaps(findings: list[dict]) -> tuple[list[Item], list[Group]]:
    """Agreements with open mandatory findings, one item each naming its clauses; and the
    findings grouped by clause in catalogue order."""
    order = {key: index for index, key in enumerate(load_catalogue().keys)}
    groups: dict[str, Group] = {}
    per_agreement: dict[int, list[dict]] = {}
    for row in findings:
        title = _clause_title(row["key"])
        item = Item(
            type="finding", id=row["agreement"], name=row["title"], link=f"/agreements/{row['agreement']}",
            supplier_id=row["supplier"], supplier_name=row["supplier_name"] or "",
            note=f"{title}: {'ontbreekt' if row['status'] == 'missing' else 'zwak'}.",
        )
        per_agreement.setdefault(row["agreement"], []).append(row)
        group = groups.setdefault(row["key"], Group(key=row["key"], title=title, count=0, items=[]))
        group.count += 1
        group.items.append(item)
    gap_items = [
        Item(
            type="agreement", id=agreement_id, name=rows[0]["title"], link=f"/agreements/{agreement_id}",
            supplier_id=rows[0]["supplier"], supplier_name=rows[0]["supplier_name"] or "",
            note="; ".join(
                f"{_clause_title(r['key'])} ({'ontbreekt' if r['status'] == 'missing' else 'zwak'})" for r in rows
            ) + ".",
        )
        for agreement_id, rows in per_agreement.items()
    ]
    return gap_items, sorted(groups.values(), key=lambda g: order.get(g.key, len(order)))


def figures(
    scope: str, on: dt.date, within: int, policy: EvidencePolicy, agreements: list[dict],
    covered: set[int], usages: list[dict], suppliers: list[dict], evidence: list[dict], findings: list[dict],
) -> list[Figure]:
    """The six figures of the overview, with their lights and the items behind them."""
    signed, ending, ending_dates, expired, still_signed = _agreement_lists(
        agreements, on, on + dt.timedelta(days=within)
    )
    missing, products_in_use = _missing(covered, usages)
    unassured = _unassured(suppliers, evidence, on, policy)
    gap_items, groups = _gaps(findings)
    lights: dict[str, Light] = {
        "signed": signed_light(len(signed), len(missing)),
        "missing": missing_light(len(missing), 0),
        "ending": ending_light(ending_dates, on),
        "expired": expired_light(still_signed),
        "assurance": assurance_light(len(unassured), len(suppliers)),
        "gaps": gaps_light([r["status"] for r in findings]),
    }
    items = {"signed": signed, "missing": missing, "ending": ending, "expired": expired,
             "assurance": unassured, "gaps": gap_items}
    # the "y" of each tile's "x van y"
    totals = {
        "signed": len(signed) + len(missing), "missing": products_in_use, "ending": len(signed),
        "expired": len(agreements), "assurance": len(suppliers),
        "gaps": sum(1 for a in agreements if a["status"] != "ended"),
    }
    return [
        Figure(
            key=key, label=LABELS[key], count=len(items[key]), light=lights[key], rule=RULES[key],
            items=items[key], groups=groups if key == "gaps" else [], total=max(totals[key], len(items[key])),
            unit=UNITS[key], rules=RULE_LINES[key],
        )
        for key in FIGURE_KEYS
    ]


_STATE_NL = {
    "expired": "verlopen", "stale": "verouderd", "design_only": "alleen opzet (type I)",
    "incomplete": "onvolledig",
}


def _clause_title(key: str) -> str:
    try:
        return load_catalogue().get(key).title_nl
    except KeyError:
        return key
