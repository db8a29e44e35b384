"""Numbers an FG wants to see: breach deadline, notice and deletion terms, audit rhythm."""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "twenty-four": 24,
    "twenty-one": 21,
    "thirty": 30,
    "thirty-six": 36,
    "forty-eight": 48,
    "sixty": 60,
    "seventy-two": 72,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "twaalf": 12,
    "veertien": 14,
    "vijftien": 15,
    "twintig": 20,
    "vierentwintig": 24,
    "eenentwintig": 21,
    "dertig": 30,
    "zesendertig": 36,
    "achtenveertig": 48,
    "zestig": 60,
    "tweeënzeventig": 72,
    "negentig": 90,
}
_WORDS = "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
_NUM = rf"(\d{{1,4}}|{_WORDS})"
# the figure repeated in brackets, digits or words: "thirty (30)", "48 (achtenveertig)"
_PAREN = rf"(?:\s*\((?:\d{{1,4}}|{_WORDS})\))?"
_HOURS = re.compile(rf"\b{_NUM}{_PAREN}[\s-]*(?:hours?|uur|uren)\b")
_DAYS = re.compile(
    rf"\b{_NUM}{_PAREN}[\s-]*(?:(?:calendar|business|working|kalender|werk)[\s-]?)?"
    r"(days?|dagen|dag|weeks?|weken|week|months?|maanden|maand)\b"
)
_AUTHORITY_72 = re.compile(
    r"(?:supervisory|authorit|toezichthouder|autoriteit|article 33\(1\)|artikel 33 lid 1)"
)
_FREQUENCIES = (
    (
        "quarterly",
        re.compile(
            r"(?:quarterly|every (?:three|3) months|per kwartaal|"
            r"elk kwartaal|ieder kwartaal|(?:per|elke|iedere) (?:3|drie) maanden)"
        ),
    ),
    (
        "twice yearly",
        re.compile(
            r"(?:twice (?:a|per|each) year|semi-annual|halfjaarlijks|"
            r"twee keer per jaar|tweemaal per jaar|every (?:six|6) months|"
            r"(?:per|elke|iedere) (?:6|zes) maanden)"
        ),
    ),
    (
        "yearly",
        re.compile(
            r"(?:annual|yearly|once (?:in )?(?:a|per|each|every|any) (?:calendar )?year|"
            r"(?:eens|eenmaal|één keer|een keer) per (?:kalender)?jaar|per kalenderjaar|"
            r"once in any (?:12|twelve)[- ]month|every (?:12|twelve) months|"
            r"(?:once )?per (?:calendar )?year|jaarlijks|eenmaal per jaar|"
            r"één keer per jaar|een keer per jaar|elk jaar|ieder jaar|"
            r"(?:per|elke|iedere) (?:12|twaalf) maanden)"
        ),
    ),
    (
        "every two years",
        re.compile(
            r"(?:every (?:two|2) years|biennial|tweejaarlijks|"
            r"eens per twee jaar|elke twee jaar)"
        ),
    ),
)


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


def hours_in(text: str) -> list[int]:
    """Hour figures in a (lower-cased) breach sentence; a 72 aimed at the authority is skipped."""
    found: list[int] = []
    for match in _HOURS.finditer(text):
        value = _number(match.group(1))
        if value == 72 and _AUTHORITY_72.search(text):
            continue
        found.append(value)
    for match in _DAYS.finditer(text):
        unit = match.group(2)
        if unit.startswith(("day", "dag")) and "business" not in match.group(0):
            found.append(_number(match.group(1)) * 24)
    return found


def days_in(text: str) -> list[int]:
    """Day figures (weeks and months converted) in a lower-cased sentence."""
    found: list[int] = []
    for match in _DAYS.finditer(text):
        value, unit = _number(match.group(1)), match.group(2)
        if unit.startswith(("week", "wek")):
            value *= 7
        elif unit.startswith(("month", "maand")):
            value *= 30
        found.append(value)
    return found


def audit_frequency(text: str) -> str | None:
    for name, pattern in _FREQUENCIES:
        if pattern.search(text):
            return name
    return None
