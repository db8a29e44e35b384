"""Search that ignores case and accents: 'zoe' finds 'Zoë', 'CAFE' finds 'Café'.

Suppliers keep their name and KvK number folded in ``search_text``, written with every
change, so a search is a plain LIKE on both engines. A case-insensitive ILIKE had to
lower-case every row on every request, the most costly step of a supplier search on
PostgreSQL (bench/bench_register.py); PostgreSQL can also serve the LIKE from a trigram
index (migration suppliers 2026-11-29T13:00).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any


def fold(text: str) -> str:
    """Lower case without diacritics; ligatures and widths normalised (NFKD)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def supplier_search_text(row: Mapping[str, Any]) -> str:
    return " ".join(part for part in (fold(row.get("name") or ""), row.get("kvk_number") or "") if part)


def ilike_pattern(q: str | None) -> str | None:
    """An ILIKE pattern for the term as typed (case is ignored, accents are not), or None
    when there is nothing to search for; LIKE wildcards in the term are dropped."""
    term = (q or "").strip().replace("%", "").replace("_", "")
    return f"%{term}%" if term else None


def like_pattern(q: str | None) -> str | None:
    """A LIKE pattern for the folded term, or None when there is nothing to search for.

    The LIKE wildcards are dropped from the term, so that they match themselves nowhere
    and everything nowhere.
    """
    term = fold((q or "").strip()).replace("%", "").replace("_", "").replace("\\", "")
    return f"%{term}%" if term else None
