"""Run the clause rules over sentences and decide present / weak / missing per key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from clauses.catalogue import load_catalogue
from clauses.judgement import judge
from clauses.rules import ALL_RULES
from clauses.rules.base import Memo, anchors_in
from clauses.text import Sentence

Status = Literal["present", "weak", "missing"]
MAX_EVIDENCE = 3
# keys whose every matching sentence is needed to read values from
_ALL_HITS = frozenset(
    {
        "breach-notification",
        "subprocessor-changes",
        "subprocessor-authorisation",
        "return-or-delete",
        "audits",
        "assurance-report",
    }
)


@dataclass(frozen=True, slots=True)
class Finding:
    key: str
    status: Status
    reason: str | None
    evidence: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Detection:
    findings: tuple[Finding, ...]
    values: dict[str, Any] = field(default_factory=dict)


# a sentence that stops mid-clause ("... assist the controller in ensuring compliance
# with", "The Processor shall:") continues in the next one: the pair is one sentence
_CONTINUES = re.compile(r"(?:[:,]|\b(?:with|of|the|to|and|or|under|by|in|for|a|an|"
                        r"that|which|van|de|het|een|met|en|of|aan|voor|bij|om))\s*$")

_LIST_ITEMS = 4  # items after a lead-in that inherit it
_ITEM_END = re.compile(r"(?:[:;]|[;,]?\s(?:and|or|en|of))\s*$")

_ORDER = tuple(ALL_RULES)
_KEYS_BY_ANCHOR: dict[str, set[str]] = {}
for _key, _rules in ALL_RULES.items():
    for _anchor in _rules.anchors[0]:
        _KEYS_BY_ANCHOR.setdefault(_anchor, set()).add(_key)


def _list_items(lowered: Sequence[str], lead: int) -> list[tuple[int, int]]:
    """(lead, item) for the items that follow a lead-in ending in, or containing, ":".

    The list runs on while each item ends like a list item (";", ", and", ":").
    """
    pairs = []
    for item in range(lead + 1, min(lead + _LIST_ITEMS, len(lowered) - 1) + 1):
        if not _ITEM_END.search(lowered[item - 1]):
            break
        pairs.append((lead, item))
    return pairs


def _all_hits(lowered: Sequence[str]) -> dict[str, list[int]]:
    """Sentence indices per key.

    One pass per sentence: find the anchors it contains (a set), let only the keys whose
    anchor groups are all present run their patterns, and share pattern results across
    keys through a per-sentence memo.
    """
    hits: dict[str, list[int]] = {key: [] for key in ALL_RULES}
    gated: dict[str, list[int]] = {key: [] for key in ALL_RULES}
    for index, text in enumerate(lowered):
        present = anchors_in(text)
        if not present:
            continue
        # keys whose first anchor group occurs, in catalogue order
        candidates = set().union(*(_KEYS_BY_ANCHOR.get(anchor, ()) for anchor in present))
        memo: Memo = {}
        for key in _ORDER:
            if key not in candidates:
                continue
            found = hits[key]
            if not (key in _ALL_HITS or len(found) < MAX_EVIDENCE):
                continue
            rules = ALL_RULES[key]
            if not rules.gated(text, present):
                continue
            if rules.matches(text, memo, present):
                found.append(index)
            else:
                gated[key].append(index)
    last = len(lowered) - 1
    for key, found in hits.items():
        if found or not gated[key]:
            continue
        # a clause cut in two (list items, fragments): try only the neighbouring pairs
        # around sentences that passed this key's anchor test
        rules = ALL_RULES[key]
        pairs = {(i, i + 1) for g in gated[key] for i in (g - 1, g) if 0 <= i < last}
        # a lead-in ("The Processor shall:", "... including with respect to:") governs
        # the list items after it: each item inherits its actor, duty and scope
        for g in gated[key]:
            if ":" in lowered[g]:
                pairs.update(_list_items(lowered, g))
        for first, second in sorted(pairs):
            joined = _CONTINUES.search(lowered[first]) is None
            if rules.matches(f"{lowered[first]} {lowered[second]}", joined=joined):
                found.append(first)
                break
    return hits


def detect(sentences: Sequence[Sentence], *, breach_hours_limit: int = 48) -> Detection:
    """Findings for every catalogue key, in catalogue order, plus extracted values."""
    lowered = [sentence.text.lower() for sentence in sentences]
    hits = _all_hits(lowered)
    verdicts, values = judge(hits, lowered, breach_hours_limit=breach_hours_limit)
    findings: list[Finding] = []
    for clause in load_catalogue().clauses:
        key = clause.key
        status, reason, indices = verdicts.get(key) or (
            ("present", None, hits[key]) if hits.get(key) else ("missing", None, [])
        )
        evidence = tuple(sentences[i] for i in indices[:MAX_EVIDENCE])
        findings.append(Finding(key=key, status=status, reason=reason, evidence=evidence))
    return Detection(findings=tuple(findings), values=values)
