"""Which registered substrings a text holds, found in one pass over its words.

Two kinds of substrings are registered: the anchors of the clauses (``base.clause``: a
key is tried on a sentence only when its anchors occur) and the plain words that a
pattern cannot match without (``prefilter``: a search is skipped when they are absent).
``anchors_in`` returns every registered substring that occurs in a text, so both tests
become set operations on one set per sentence.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_WORD_ANCHORS: set[str] = set()  # substrings made of word characters only
_LENGTHS: list[int] = []  # their distinct lengths
# anchors with spaces or punctuation ("so that", "(a)"), by their longest run of word
# characters (registered as a word substring): only those whose run is present need a
# substring test
_OTHER_ANCHORS: dict[str, str] = {}
_BY_RUN: dict[str, list[str]] = {}
_RUNS: set[str] = set()  # the keys of ``_BY_RUN``
_PUNCTUATION_ANCHORS: list[str] = []  # without any word character: always tested
# a whitespace-separated word -> the word substrings in it (kept for every word seen,
# across documents, up to a bound)
_WORD_CACHE: dict[str, frozenset[str]] = {}
_WORD_CACHE_MAX = 200_000


def forget_words() -> None:
    """Empty the word cache, as in a fresh process (for a benchmark's cold start)."""
    _WORD_CACHE.clear()


def longest_run(text: str) -> str:
    """The longest run of word characters in ``text`` ("" if none)."""
    runs = _WORD.findall(text)
    return max(runs, key=len) if runs else ""


def register_words(words: frozenset[str] | set[str] | tuple[str, ...]) -> None:
    """Substrings of word characters only, found per word of a text."""
    for word in words:
        if word not in _WORD_ANCHORS:
            _WORD_ANCHORS.add(word)
            if len(word) not in _LENGTHS:
                _LENGTHS.append(len(word))
                _LENGTHS.sort()
            _WORD_CACHE.clear()


def register_anchors(group: tuple[str, ...]) -> None:
    for anchor in group:
        if _WORD.fullmatch(anchor):
            register_words((anchor,))
        elif anchor not in _OTHER_ANCHORS:
            run = _OTHER_ANCHORS[anchor] = longest_run(anchor)
            if run:
                register_words((run,))
                _BY_RUN.setdefault(run, []).append(anchor)
                _RUNS.add(run)
            else:
                _PUNCTUATION_ANCHORS.append(anchor)


def _learn_words(words: set[str]) -> None:
    for word in words:
        size = len(word)
        # the word's substrings of a registered length, looked up (not every registered
        # substring tested against the word: there are some thousand)
        pieces = {
            word[start : start + length]
            for length in _LENGTHS
            if length <= size
            for start in range(size - length + 1)
        }
        _WORD_CACHE[word] = frozenset(pieces.intersection(_WORD_ANCHORS))


def anchors_in(text: str) -> set[str]:
    """Every registered substring that occurs in ``text`` (lower-cased).

    A substring of word characters can only occur inside one whitespace-separated word,
    so looking it up per distinct word (cached across documents) is exact; an anchor with
    spaces or punctuation is tested on the text only when a word holds its longest run of
    word characters (which it cannot occur without).
    """
    words = set(text.split())
    new = words.difference(_WORD_CACHE)
    if new:
        if len(_WORD_CACHE) + len(new) > _WORD_CACHE_MAX:
            _WORD_CACHE.clear()
            new = words
        _learn_words(new)
    present: set[str] = set().union(*map(_WORD_CACHE.__getitem__, words))
    for run in present & _RUNS:
        for anchor in _BY_RUN[run]:
            if anchor in text:
                present.add(anchor)
    for anchor in _PUNCTUATION_ANCHORS:
        if anchor in text:
            present.add(anchor)
    return present
