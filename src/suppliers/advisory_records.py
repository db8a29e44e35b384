"""The advisories held: importing a CSAF 2.0 document (validated against the schema, one
record per publisher and tracking id, a newer revision replacing an older one) and
reading them back, with the register's products in the form matching needs."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import msgspec

from core import (
    Invalid,
    Limits,
    NotFound,
    Principal,
    Unprocessable,
    WorkerLimitExceeded,
    audit,
    crud,
    preload,
    run_isolated,
    write_transaction,
)
from suppliers.advisories import RegisterProduct, Summary, summarise
from suppliers.csaf import schema_errors
from suppliers.tables import Advisory, Product

Outcome = Literal["created", "updated", "unchanged"]
preload(__name__)  # the schema check runs in a worker process: a crafted document costs that one
JSON_FIELDS = ("cves", "entries", "document")


def decode_document(payload: bytes | str) -> dict[str, Any]:
    """The JSON object of an upload; 400 when it is not one."""
    try:
        document = msgspec.json.decode(payload)
    except msgspec.DecodeError as exc:
        raise Invalid({"file": f"Geen geldige JSON: {exc}"}) from None
    if not isinstance(document, dict):
        raise Invalid({"body": "Een CSAF-document is een JSON-object."})
    return document


def validated(document: dict[str, Any]) -> Summary:
    """The document's summary; 400 naming the schema paths it breaks."""
    errors = schema_errors(document)
    if errors:
        raise Invalid(errors)
    return summarise(document)


def _revision_key(revision: str, released: dt.datetime | None) -> tuple[Any, ...]:
    """Integer versions compare as numbers, semantic versions part by part; the release
    moment decides between equal or unreadable versions."""
    core = revision.split("-")[0].split("+")[0]
    parts = tuple(int(p) for p in core.split(".")) if all(p.isdigit() for p in core.split(".")) else ()
    if released is not None and released.tzinfo is None:
        released = released.replace(tzinfo=dt.UTC)
    return (parts, released.timestamp() if released else 0.0)


def _released(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def check_limits() -> Limits:
    """Checking a document against the schema: ``VWO_ADVISORY_SECONDS`` (10), ``_CPU_SECONDS`` (10),
    ``_MEMORY_MB`` (512)."""
    return Limits.from_env("VWO_ADVISORY", seconds=10.0, cpu_seconds=10, memory_mb=512)


async def import_document(document: dict[str, Any], principal: Principal) -> tuple[int, Outcome, Summary]:
    """Store the advisory, or its newer revision; the same or an older one changes nothing."""
    try:
        summary = await run_isolated(validated, document, limits=check_limits())
    except WorkerLimitExceeded as exc:
        raise Unprocessable(f"Het document kon niet worden gecontroleerd: de controle {exc.reason}.") from exc
    values: dict[str, Any] = {
        "publisher_namespace": summary.publisher_namespace, "publisher_name": summary.publisher_name,
        "tracking_id": summary.tracking_id, "revision": summary.revision, "title": summary.title,
        "severity": summary.severity, "base_score": summary.base_score,
        "released_at": _released(summary.released_at), "cves": summary.cves, "entries": summary.entries,
        "document": document, "imported_by": principal.email,
    }
    async with write_transaction():
        row = await Advisory.select(
            Advisory.id, Advisory.revision, Advisory.released_at, Advisory.version
        ).where(
            Advisory.publisher_namespace == summary.publisher_namespace,
            Advisory.tracking_id == summary.tracking_id,
        ).first()
        now = crud.now()
        if row is None:
            inserted = await Advisory.insert(Advisory(**values, created_at=now, updated_at=now)).returning(Advisory.id)
            record_id = inserted[0]["id"]
            changes = {"tracking_id": [None, summary.tracking_id], "revision": [None, summary.revision]}
            outcome: Outcome = "created"
        else:
            record_id = row["id"]
            held = _revision_key(row["revision"], row["released_at"])
            if _revision_key(summary.revision, values["released_at"]) <= held:
                return record_id, "unchanged", summary
            changed: dict[Any, Any] = {**values, "updated_at": now, "version": row["version"] + 1}
            await Advisory.update(changed).where(
                Advisory.id == record_id
            )
            changes = {"revision": [row["revision"], summary.revision]}
            outcome = "updated"
        await audit.record(actor=principal.email, action="import", entity="advisory", entity_id=record_id,
                           changes=changes)
    return record_id, outcome, summary


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    for name in JSON_FIELDS:
        if isinstance(row.get(name), str):
            row[name] = msgspec.json.decode(row[name])
    return row


async def advisory_rows(with_document: bool = False) -> list[dict[str, Any]]:
    """Every advisory held, newest release first."""
    columns = [c for c in Advisory.all_columns() if with_document or c._meta.name != "document"]
    rows = await Advisory.select(*columns).order_by(Advisory.released_at, ascending=False).order_by(
        Advisory.id, ascending=False
    )
    return [_decoded(r) for r in rows]


async def advisory_row(record_id: int) -> dict[str, Any]:
    row = await Advisory.select().where(Advisory.id == record_id).first()
    if row is None:
        raise NotFound("Advisory")
    return _decoded(row)


async def register_products() -> list[RegisterProduct]:
    """Every product of the register, as matching sees it (one query)."""
    rows = await Product.select(
        Product.id, Product.supplier, Product.supplier.name.as_alias("supplier_name"), Product.name,
        Product.product_version, Product.cpe, Product.purl,
    )
    return [
        RegisterProduct(
            r["id"], r["supplier"], r["supplier_name"], r["name"], r["product_version"], r["cpe"], r["purl"]
        )
        for r in rows
    ]
