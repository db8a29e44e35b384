"""The clause catalogue: versioned data shipped beside this module."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Tier = Literal["mandatory", "recommended"]


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause an agreement should contain."""

    key: str
    reference: str
    tier: Tier
    title_nl: str
    title_en: str
    explanation_nl: str
    explanation_en: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    """All clauses, in the order reports list them."""

    version: str
    clauses: tuple[Clause, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(clause.key for clause in self.clauses)

    def mandatory_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.clauses if c.tier == "mandatory")

    def get(self, key: str) -> Clause:
        for clause in self.clauses:
            if clause.key == key:
                return clause
        raise KeyError(key)


@cache
def load_catalogue() -> Catalogue:
    """Load ``catalogue.json`` once; fails loudly on a malformed entry."""
    raw = json.loads(resources.files(__package__).joinpath("catalogue.json").read_text("utf-8"))
    clauses = tuple(Clause(**entry) for entry in raw["clauses"])
    keys = [c.key for c in clauses]
    if len(set(keys)) != len(keys):
        raise ValueError("catalogue.json has duplicate keys")
    for clause in clauses:
        if clause.tier not in ("mandatory", "recommended"):
            raise ValueError(f"{clause.key}: unknown tier {clause.tier!r}")
    return Catalogue(version=str(raw["version"]), clauses=clauses)
