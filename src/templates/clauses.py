"""Clause keys a template may claim to cover: those of the clause catalogue.

The catalogue (``clauses``, versioned data) is the one list of keys; the
first 29 come from the public corpus contract, the rest are the municipal keys.
"""

from __future__ import annotations

from clauses.catalogue import load_catalogue

_CATALOGUE = load_catalogue()
#: Keys of the public corpus contract, followed by the municipal keys.
CATALOGUE_KEYS: tuple[str, ...] = tuple(c.key for c in _CATALOGUE.clauses)[:29]
MUNICIPAL_KEYS: tuple[str, ...] = tuple(c.key for c in _CATALOGUE.clauses)[29:]
CLAUSE_KEYS: frozenset[str] = frozenset(_CATALOGUE.keys)
