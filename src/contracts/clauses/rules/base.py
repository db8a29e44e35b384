"""Building blocks for clause rules: cue groups combined into compiled patterns.

All patterns run on lower-cased text, so they are written in lower case and compiled
without ``re.IGNORECASE`` (faster). A rule fires when every ``all_of`` pattern is found
and no ``none_of`` pattern is. Each clause has a cheap ``gate`` checked first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

Memo = dict[re.Pattern[str], bool]
_compile = cache(re.compile)


def _found(pattern: re.Pattern[str], text: str, memo: Memo) -> bool:
    """``pattern`` found in ``text``; results are shared between rules through ``memo``."""
    hit = memo.get(pattern)
    if hit is None:
        hit = memo[pattern] = pattern.search(text) is not None
    return hit


# -- shared cue groups (English | Dutch) --------------------------------------------
SUB = (
    r"(?:sub-?\s?process|subprocess|sub-?\s?contract|subcontract|sub-?\s?verwerk|subverwerk"
    r"|onderaannemer|onderverwerk|further processor|third[- ]party (?:sub)?processor"
    r"|derden in(?:schakel|\s*te\s*schakel|gescha))"
)
ASSIST = (
    r"(?:assist|assistance|support|help|co-?operat|cooperat|provide|make available|"
    r"enable|facilitate|ondersteun|helpt|helpen|bijstand|medewerking|verleent|verlenen|"
    r"werkt mee|meewerken|stelt .{0,40}in staat|informatie)"
)
NOTIFY = (
    r"(?:notif|inform|notice|tell|alert|advise|report|announce|communicat|e-?mail|"
    r"meldt|melden|gemeld|informeer|inlicht|ingelicht|stelt .{0,60}op de hoogte|in kennis|"
    r"waarschuw|bericht)"
)
DATA = r"(?:data|information|gegevens|records|content)"
END = (
    r"(?:terminat|expir|end of|ending|cessation|conclusion|completion|no longer|"
    r"einde|beëindig|afloop|afgelopen|eindigt|opzegging|na het (?:einde|beëindig))"
)
LAW = (
    r"(?:\blaw\b|laws|legal|legislation|statut|union or member state|court|"
    r"authorit|regulat|subpoena|\bwet\b|wettelijk|wetgeving|rechter|gerecht|vordering|"
    r"overheid|instantie|unierecht|lidstaat)"
)
NEG_WORDS = r"(?:not|never|no|nor|niet|geen|nooit)"
ASSIST_VERB = (
    r"(?:assist|assistance|support|help|co-?operat|ondersteun|helpt|helpen|bijstand|"
    r"medewerking|werkt mee|meewerk)"
)
GENERAL_ASSIST = (
    ASSIST_VERB + r".{0,100}(?:complian|comply|complying|obligations|fulfil|meeting|verplichting"
    r"|nakomen|naleven|naleving).{0,120}(?:gdpr|\blaw|legislation|regulation|data protection|"
    r"\bavg\b|wetgeving|\bwet\b|gegevensbescherming|persoonsgegevens|privacy)",
)


def near(first: str, second: str, gap: int = 80) -> str:
    """``first`` and ``second`` within ``gap`` characters, in either order."""
    return rf"(?:{first}.{{0,{gap}}}{second}|{second}.{{0,{gap}}}{first})"


def article_range(article: int) -> str:
    """References like "Articles 32 to 36" whose range covers ``article``."""
    pairs = "|".join(
        rf"{low}\s*(?:to|through|until|-|–|tot en met|t/m|tot)\s*{high}"
        for low in range(28, article + 1)
        for high in range(article, 37)
        if low < high
    )
    return rf"(?:\b(?:{pairs})\b)"


def neg(action: str, gap: int = 3) -> str:
    """A pattern for ``action`` preceded by a negation within ``gap`` words."""
    return rf"\b{NEG_WORDS}\b(?:\W+\w+){{0,{gap}}}?\W+{action}"


@dataclass(frozen=True, slots=True)
class Rule:
    """All of ``all_of`` found and none of ``none_of`` found."""

    all_of: tuple[re.Pattern[str], ...]
    none_of: tuple[re.Pattern[str], ...] = ()

    def matches(self, text: str, memo: Memo | None = None) -> bool:
        memo = {} if memo is None else memo
        for pattern in self.all_of:
            if not _found(pattern, text, memo):
                return False
        return not any(_found(pattern, text, memo) for pattern in self.none_of)


@dataclass(frozen=True, slots=True)
class ClauseRules:
    """The rules for one clause key; ``anchors`` are substrings, one of which must occur.

    Substring tests are far cheaper than regular expressions, so most sentences are
    dismissed before any pattern runs.
    """

    key: str
    anchors: tuple[tuple[str, ...], ...]  # every group needs one of its substrings
    rules: tuple[Rule, ...]

    def gated(self, text: str) -> bool:
        return all(any(anchor in text for anchor in group) for group in self.anchors)

    def matches(self, text: str, memo: Memo | None = None) -> bool:
        if not self.gated(text):
            return False
        memo = {} if memo is None else memo
        return any(rule.matches(text, memo) for rule in self.rules)


def rule(*all_of: str, unless: tuple[str, ...] = ()) -> Rule:
    """Compile one rule from pattern strings."""
    # cheap (short) patterns first: most sentences fail one of them early
    return Rule(
        all_of=tuple(_compile(p) for p in sorted(all_of, key=len)),
        none_of=tuple(_compile(p) for p in unless),
    )


def clause(
    key: str, anchors: tuple[str, ...] | tuple[tuple[str, ...], ...], *rules: Rule
) -> ClauseRules:
    """Bundle a key's rules behind anchor substrings (one group, or several that all hit)."""
    groups = anchors if anchors and isinstance(anchors[0], tuple) else (anchors,)
    return ClauseRules(key=key, anchors=groups, rules=tuple(rules))  # type: ignore[arg-type]


ASSIST_ANCHORS = (
    "assist",
    "support",
    "help",
    "operat",
    "provide",
    "available",
    "enabl",
    "facilitat",
    "allow",
    "permit",
    "so that",
    "in order",
    "comply",
    "consult",
    "ondersteun",
    "bijstand",
    "medewerking",
    "verleen",
    "werkt mee",
    "meewerk",
    "in staat",
    "informatie",
    "zodat",
    "opdat",
    "waarmee",
)
