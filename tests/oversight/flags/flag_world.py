"""Rows for flag tests, inserted straight into the tables (a signed agreement needs no upload here)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from contracts.tables import Agreement, AgreementProduct, Document, Finding, Scan, Transition
from suppliers.tables import Evidence, Product, ProductUsage, SubprocessorLink, Supplier

STAMP = dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC)


async def supplier(scope: str = "GM0363", name: str = "Zaakwijs B.V.") -> int:
    row = Supplier(scope=scope, name=name, country="NL", kvk_number=None, version=1, created_at=STAMP,
                   updated_at=STAMP)
    await Supplier.insert(row)
    return int(row.id)


async def evidence(supplier_id: int, kind: str = "iso27001", **dates: Any) -> int:
    values: dict[str, Any] = {"standard_version": "2022" if kind in ("iso27001", "nen7510") else None, **dates}
    row = Evidence(supplier=supplier_id, kind=kind, version=1, created_at=STAMP, updated_at=STAMP, **values)
    await Evidence.insert(row)
    return int(row.id)


async def agreement(scope: str, supplier_id: int, status: str = "signed", **over: Any) -> int:
    values: dict[str, Any] = {
        "start_date": dt.date(2025, 1, 1), "end_date": None, "notice_period_months": 3,
        "review_interval_months": 12, "last_review_date": dt.date(2026, 12, 1), **over,
    }
    if "assurance_required" in values:
        values["assurance_required"] = json.dumps(values["assurance_required"])
    row = Agreement(scope=scope, controller_kind="municipality", supplier=supplier_id,
                    title=over.pop("title", "VWO Zaaksysteem"), status=status, version=1,
                    created_at=STAMP, updated_at=STAMP, **{k: v for k, v in values.items() if k != "title"})
    await Agreement.insert(row)
    return int(row.id)


async def product(supplier_id: int, name: str = "Zaaksysteem", used_by: tuple[str, ...] = ()) -> int:
    row = Product(supplier=supplier_id, name=name, kind="saas", version=1, created_at=STAMP, updated_at=STAMP)
    await Product.insert(row)
    for code in used_by:
        await ProductUsage.insert(ProductUsage(product=row.id, used_by=code))
    return int(row.id)


async def cover(agreement_id: int, product_id: int) -> None:
    await AgreementProduct.insert(AgreementProduct(agreement=agreement_id, product=product_id))


async def transition(agreement_id: int, to: str, at: dt.datetime, frm: str = "draft") -> None:
    await Transition.insert(Transition(agreement=agreement_id, from_status=frm, to_status=to, actor="t@test", at=at))


async def finding(agreement_id: int, tier: str = "mandatory", decision: str | None = None,
                  superseded: bool = False) -> None:
    doc = Document(agreement=agreement_id, kind="signed", filename="x.pdf", media_type="application/pdf",
                   sha256="0" * 64, size=1, created_by="t@test", created_at=STAMP, content=b"x")
    await Document.insert(doc)
    scan = Scan(agreement=agreement_id, document=doc.id, status="scanned", created_by="t@test", created_at=STAMP)
    await Scan.insert(scan)
    await Finding.insert(Finding(agreement=agreement_id, scan=scan.id, key="audits", tier=tier, status="missing",
                                 decision=decision, superseded=superseded))


async def subprocessor(supplier_id: int, sub_id: int, notified_on: dt.date | None) -> int:
    row = SubprocessorLink(supplier=supplier_id, subprocessor=sub_id, country="DE", notified_on=notified_on,
                           version=1, created_at=STAMP, updated_at=STAMP)
    await SubprocessorLink.insert(row)
    return int(row.id)
