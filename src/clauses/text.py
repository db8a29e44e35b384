"""Language detection and sentence splitting that keeps each sentence's location."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
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
    # the last word of ``head`` (what ``_TOKEN_BEFORE`` finds, without its quadratic
    # search: ``head`` never ends in a line break, as it ends with the punctuation)
    words = head.rsplit(None, 1)
    if not words or head[-1:].isspace():
        return False
    original = words[-1].lstrip("(\"'“‘").removesuffix(".")
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


# a word broken by a hyphen whose line break became a space ("verwer- king",
# "assis- tance"); not a suspended compound ("wet- en regelgeving", "pre- and post-")
_INLINE_HYPHEN = re.compile(
    r"(?<=[a-zà-ÿ]{2})- (?!(?:en|of|and|or|tot|to|nor|noch|als|dan|t/m|resp)\b)(?=[a-zà-ÿ]{2})"
)


def dehyphenate(text: str) -> str:
    """Re-join words hyphenated across a line break that has become a space."""
    return _INLINE_HYPHEN.sub("", text) if "- " in text else text


# page furniture: "Pagina 3 van 12", "page 3 of 12", "- 3 -", "3/12"
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?|"
    r"[-–]\s*\d{1,4}\s*[-–]|\d{1,4}\s*/\s*\d{1,4})\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_RUNNING_MIN = 3  # a short line seen this often is a running header or footer
_SENTENCE_END = re.compile(r"[.;:!?][\"'”’)\]]*\s*$")


def normalise_blocks(blocks: Sequence[Block]) -> list[Block]:
    """Text as a reader would take it in: page furniture gone, pages joined mid-sentence.

    * lines that are page numbers, and short lines repeated on many pages (running
      headers and footers, the page number masked), are dropped;
    * a page (or block) that ends mid-sentence hands its unfinished last line on to the
      next one, so the sentence is read whole.
    """
    counts: dict[str, int] = {}
    masked: dict[str, str] = {}  # a line -> the same with its numbers masked
    for block in blocks:
        lines = {ln.strip() for ln in block.text.splitlines()}
        for line in lines:
            if 8 <= len(line) <= 100 and line not in masked:
                masked[line] = _DIGITS.sub("#", line)
        for line in {masked[ln] for ln in lines if 8 <= len(ln) <= 100}:
            counts[line] = counts.get(line, 0) + 1
    running = {line for line, n in counts.items() if n >= _RUNNING_MIN}

    def keep(line: str) -> bool:
        stripped = line.strip()
        if len(stripped) > 100:
            return True
        if _PAGE_NUMBER.match(stripped):
            return False
        if not running:
            return True
        mask = masked.get(stripped)
        return (mask or _DIGITS.sub("#", stripped)) not in running

    cleaned = [
        Block("\n".join(ln for ln in block.text.splitlines() if keep(ln)), block.location)
        for block in blocks
    ]
    joined: list[Block] = []
    carry = ""
    for index, block in enumerate(cleaned):
        text = f"{carry}\n{block.text}" if carry else block.text
        carry = ""
        paged = block.location.startswith(("pagina", "page"))
        following = cleaned[index + 1].text.lstrip() if index + 1 < len(cleaned) else ""
        if paged and following[:1].islower() and not _SENTENCE_END.search(text):
            head, _, tail = text.rpartition("\n\n")
            carry, text = (tail, head) if head else (text, "")
        if text.strip():
            joined.append(Block(text, block.location))
    if carry.strip():
        joined.append(Block(carry, cleaned[-1].location))
    return joined


_BOUNDARY_START = re.compile(r"[.!?;]")
_LETTERS = re.compile(r"[a-zà-ÿ]{3}")


def _boundaries(chunk: str) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(chunk)``, faster: every match starts with end punctuation or
    a semicolon, so the pattern is tried only there (Python's engine would try both its
    alternatives at every character, as neither starts with a plain character)."""
    end = 0
    for candidate in _BOUNDARY_START.finditer(chunk):
        if candidate.start() < end:
            continue
        match = _BOUNDARY.match(chunk, candidate.start())
        if match is not None:
            end = match.end()
            yield match


def _ends_in_word(piece: str) -> bool:
    """``_WORD_END.search(piece)`` for a piece without line breaks, read from its end."""
    stripped = piece.rstrip("\"'”’)]")
    return _LETTERS.fullmatch(stripped[-3:]) is not None


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; numbering and abbreviations do not end a sentence."""
    sentences: list[str] = []
    for chunk in _join_lines(dehyphenate(text)):
        start = 0
        pieces: list[str] = []
        for match in _boundaries(chunk):
            end = match.end(2) if match.group(1) else match.end(4)
            head = chunk[start : match.start(1) + 1] if match.group(1) else ""
            if match.group(1) == "." and _is_abbreviation(head):
                continue
            lower_start = match.group(3) and match.group(3).islower()
            if lower_start and not _ends_in_word(chunk[start : match.start(1)]):
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
