"""Language detection and sentence splitting that keeps each sentence's location."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Language = Literal["nl", "en"]

_NL = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "dat",
        "die",
        "niet",
        "op",
        "te",
        "zijn",
        "voor",
        "met",
        "als",
        "aan",
        "door",
        "bij",
        "om",
        "ook",
        "naar",
        "wordt",
        "worden",
        "uit",
        "kan",
        "zal",
        "deze",
        "dit",
        "of",
        "tot",
        "over",
        "nog",
        "hun",
        "haar",
        "wij",
        "zij",
        "verwerker",
        "gegevens",
        "verwerking",
        "persoonsgegevens",
        "overeenkomst",
        "partijen",
        "binnen",
        "geen",
    ]
)
_EN = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "be",
        "are",
        "this",
        "shall",
        "will",
        "or",
        "any",
        "not",
        "which",
        "from",
        "at",
        "an",
        "it",
        "its",
        "such",
        "all",
        "processor",
        "data",
        "processing",
        "personal",
        "agreement",
        "parties",
        "within",
        "no",
    ]
)
_WORD = re.compile(r"[a-zà-ÿ]+")


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of text as the reader found it (paragraph, table cell, page)."""

    text: str
    location: str


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    location: str


def detect_language(text: str, sample: int = 20000) -> Language:
    """Dutch or English by counting common function words in the first ``sample`` chars."""
    nl = en = 0
    for word in _WORD.findall(text[:sample].lower()):
        if word in _NL:
            nl += 1
        if word in _EN:
            en += 1
    return "nl" if nl > en else "en"


_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "art",
        "arts",
        "etc",
        "cf",
        "vs",
        "no",
        "nr",
        "nrs",
        "para",
        "sec",
        "ca",
        "o.a",
        "bijv",
        "bv",
        "d.w.z",
        "m.b.t",
        "i.v.m",
        "resp",
        "incl",
        "excl",
        "jo",
        "mr",
        "dhr",
        "mevr",
        "blz",
        "pag",
        "p",
        "pp",
        "fig",
        "al",
        "lid",
        "e.a",
        "t.a.v",
        "z.s.m",
        "a.s",
        "inc",
        "ltd",
        "co",
        "corp",
        "st",
        "dr",
        "mr",
        "ms",
        "u.s",
        "e.u",
        "n.v",
        "b.v",
        "art.nr",
        "ref",
        "approx",
        "viz",
        "esp",
        "cl",
        "ch",
        "sch",
        "max",
        "min",
        "dept",
    ]
)
# a candidate boundary: end punctuation, optional closing quote/bracket, whitespace,
# then something that can start a sentence
_BOUNDARY = re.compile(
    r"(?:([.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?([A-Z0-9À-Ý•]|[a-zà-ÿ]))|(;)()\s+(?=\S))"
)
# a sentence may start in lower case ("... as applicable. processor shall ..."), but only
# after a full word: not after an abbreviation, an initial, a number or a reference
_WORD_END = re.compile(r"[a-zà-ÿ]{3,}[\"'”’)\]]*$")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_ENUMERATOR = re.compile(r"^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-zA-Z]{1,4}[.)])$")
_LINE_START = re.compile(
    r"^\s*(?:[•\-–*]\s|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?\s|\(?[a-z]{1,4}\)\s|"
    r"(?:article|artikel|clause|section|annex|bijlage)\s+\d)",
    re.IGNORECASE,
)
MAX_SENTENCE = 2000


def _is_abbreviation(head: str) -> bool:
    match = _TOKEN_BEFORE.search(head)
    if match is None:
        return False
    original = match.group(1).lstrip("(\"'“‘").removesuffix(".")
    if len(original) == 1 and original.isupper():
        return True  # an initial, as in "J. de Vries"
    return original.lower() in _ABBREVIATIONS


def _join_lines(text: str) -> list[str]:
    """Re-join hard-wrapped lines; keep a break before list items and headings."""
    chunks: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if current:
                chunks.append(" ".join(current))
                current = []
            continue
        if current and _LINE_START.match(line):
            chunks.append(" ".join(current))
            current = []
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line
        else:
            current.append(line)
    if current:
        chunks.append(" ".join(current))
    return chunks


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; numbering and abbreviations do not end a sentence."""
    sentences: list[str] = []
    for chunk in _join_lines(text):
        start = 0
        pieces: list[str] = []
        for match in _BOUNDARY.finditer(chunk):
            end = match.end(2) if match.group(1) else match.end(4)
            head = chunk[start : match.start(1) + 1] if match.group(1) else ""
            if match.group(1) == "." and _is_abbreviation(head):
                continue
            lower_start = match.group(3) and match.group(3).islower()
            if lower_start and not _WORD_END.search(chunk[start : match.start(1)]):
                continue
            pieces.append(chunk[start:end].strip())
            start = match.end()
        pieces.append(chunk[start:].strip())
        carry = ""
        for piece in pieces:
            if not piece:
                continue
            if _ENUMERATOR.match(piece):
                carry = f"{carry} {piece}".strip()
                continue
            piece = f"{carry} {piece}".strip() if carry else piece
            carry = ""
            while len(piece) > MAX_SENTENCE:
                cut = piece.rfind(" ", 0, MAX_SENTENCE)
                cut = cut if cut > 0 else MAX_SENTENCE
                sentences.append(piece[:cut])
                piece = piece[cut:].strip()
            sentences.append(piece)
        if carry:
            sentences.append(carry)
    return sentences


def sentences_of(blocks: Iterable[Block]) -> list[Sentence]:
    """All sentences of the blocks, each carrying its block's location."""
    return [
        Sentence(text=text, location=block.location)
        for block in blocks
        for text in split_sentences(block.text)
    ]
