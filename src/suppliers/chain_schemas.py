"""The answer of ``GET /api/v1/suppliers/{id}/chain``: a supplier's sub-processors, to any depth."""

from __future__ import annotations

from msgspec import Struct


class ChainNode(Struct, kw_only=True):
    supplier_id: int
    name: str
    country: str
    in_eea: bool
    service: str
    depth: int
    via_supplier_id: int


class SupplierChain(Struct, kw_only=True):
    supplier_id: int
    links: list[ChainNode]
    outside_eea: list[int]
