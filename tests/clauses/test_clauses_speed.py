"""The rule patterns are compiled for speed without changing what they match."""

from __future__ import annotations

import re

from clauses.rules import ALL_RULES
from clauses.rules.base import fast_pattern

SAMPLES = [
    "the processor shall assist the controller with any dpia and prior consultation.",
    "as required by law, the processor shall inform the controller unless the law forbids it.",
    "the supplier is required to help with pia work; a napia is no pia.",
    "verwerker is op grond van de wet verplicht de gemeente te informeren.",
    "enforcement authorities may ask; the supervisory authorities are told.",
]


def test_a_leading_word_boundary_or_lookbehind_moves_behind_the_first_letter() -> None:
    assert fast_pattern(r"(?:impact|\bdpia|\bpia\b)") == r"(?:impact|d(?<!\w.)pia|p(?<!\w.)ia\b)"
    assert fast_pattern(r"(?:(?<!as )required|x)") == r"(?:r(?<!as r)equired|x)"
    # a quantified first letter or an escaped class is left as it is
    assert fast_pattern(r"\bs?x|\b\d") == r"\bs?x|\b\d"


def test_rewritten_patterns_match_exactly_what_the_written_ones_match() -> None:
    written = {
        p.pattern for rules in ALL_RULES.values() for r in rules.rules for p in r.all_of + r.none_of
    }
    texts = SAMPLES + [t[i:] for t in SAMPLES for i in range(1, 12)]
    checked = 0
    for compiled in written:
        # the compiled pattern is the fast one; the original is not kept, so compare
        # the fast form with the form that has every moved test put back in front
        original = re.sub(r"([a-z0-9])\(\?<!\\w\.\)", r"\\b\1", compiled)
        original = re.sub(r"([a-z0-9])\(\?<!([a-z ]+)\1\)", r"(?<!\2)\1", original)
        if original == compiled:
            continue
        checked += 1
        slow, fast = re.compile(original), re.compile(compiled)
        for text in texts:
            expected = slow.search(text)
            got = fast.search(text)
            assert (expected and expected.span()) == (got and got.span()), (original, text)
    assert checked > 10
