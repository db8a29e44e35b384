"""The rule patterns are compiled for speed without changing what they match, and the
shortcuts taken around patterns (substring tests, anchor lookup, sentence boundaries)
agree with the patterns themselves."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from clauses.detector import _ANAPHOR, _ANAPHOR_CUES, _points_back
from clauses.rules import ALL_RULES
from clauses.rules.base import REQUIRED, _search, fast_pattern
from clauses.rules.lookup import _OTHER_ANCHORS, _WORD_ANCHORS, anchors_in
from clauses.rules.prefilter import possible, required
from clauses.text import _BOUNDARY, _TOKEN_BEFORE, _WORD_END, _boundaries, _ends_in_word

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


# -- the shortcuts around the patterns agree with the patterns -------------------------

DATA = Path(__file__).parent / "data"


def _corpus_sentences(*, lower: bool = True) -> list[str]:
    texts = []
    for path in sorted(DATA.glob("dpa-*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            texts += [s["text"] for s in json.loads(line)["sentences"]]
    return [t.lower() for t in texts] if lower else texts


def test_required_substrings_are_read_from_the_pattern() -> None:
    assert required(r"(?:articles?|art\.?)\s*32\b") == (frozenset({"32"}), frozenset({"art"}))
    assert required(r"d(?<!\w.)pia|impact") == (frozenset({"dpia", "impact"}),)
    assert required(r"notif(?:y|ication)") == (frozenset({"notify", "notification"}),)
    # an optional or repeated-from-zero part requires nothing; a flag turns the test off
    assert required(r"(?:shall )?notify") == (frozenset({"notify"}),)
    assert required(r"\w+\s(?:x)*") == ()
    assert required(r"(?i)notify") == ()
    assert not possible(required(r"sub-?process"), "the processor may engage others")
    assert possible(required(r"sub-?process"), "a sub-processor")


def test_no_match_is_lost_to_the_substring_test() -> None:
    patterns = {p for rules in ALL_RULES.values() for r in rules.rules for p in r.all_of + r.none_of}
    texts = _corpus_sentences()
    texts += [f"{a} {b}" for a, b in itertools.pairwise(texts)]
    matched = skipped = 0
    for text in texts:
        present = anchors_in(text)
        for pattern in patterns:
            found = pattern.search(text) is not None
            # the test on the text, and the same test read from the sentence's word set
            assert _search(pattern, text) == found == _search(pattern, text, present)
            if found:
                matched += 1
            elif not possible(REQUIRED[pattern], text):
                skipped += 1
    # sound, and it saves work: seen 45,691 matches and 380,965 skipped searches (of 455,728)
    assert matched > 1000 and skipped > 5 * matched


def test_a_rule_read_with_the_word_set_decides_as_without_it() -> None:
    rules = [r for clause_rules in ALL_RULES.values() for r in clause_rules.rules]
    assert sum(1 for r in rules if r.needs) > len(rules) // 2
    texts = _corpus_sentences()
    texts += [f"{a} {b}" for a, b in itertools.pairwise(texts)]
    for text in texts:
        present = anchors_in(text)
        for r in rules:
            assert r.matches(text, {}, present) == r.matches(text), text


def test_anchor_lookup_finds_exactly_the_anchors_in_the_text() -> None:
    every = _WORD_ANCHORS | set(_OTHER_ANCHORS)
    texts = [*_corpus_sentences(), "so  that (a) sub-processor", "werkt\tmee; in\nstaat"]
    for text in texts:
        assert anchors_in(text) == {a for a in every if a in text}, text


def test_sentence_boundaries_found_from_the_punctuation_are_the_pattern_matches() -> None:
    # as ``split_sentences`` sees them: chunks of text without line breaks
    sentences = [" ".join(s.split()) for s in _corpus_sentences(lower=False)]
    texts = [" ".join(sentences[i : i + 40]) for i in range(0, 600, 40)]
    texts += ["Zie art. 3. Dat is zo; of niet!  (b) Nee?! 'Ja.' ) en. verder", "a.b.c. d; ;e"]
    for text in texts:
        expected = [(m.span(), m.groups()) for m in _BOUNDARY.finditer(text)]
        assert [(m.span(), m.groups()) for m in _boundaries(text)] == expected
        for end in range(0, len(text), 7):
            piece = text[:end]
            assert _ends_in_word(piece) == (_WORD_END.search(piece) is not None), piece
            if piece.endswith("."):
                match = _TOKEN_BEFORE.search(piece)
                assert match is not None and piece.rsplit(None, 1)[-1] == match.group(1)


def test_the_cues_of_a_sentence_pointing_back_are_in_every_match() -> None:
    # every match holds one of the pattern's required substrings, each of which holds a cue
    (group,) = required(_ANAPHOR.pattern)
    assert all(any(cue in part for cue in _ANAPHOR_CUES) for part in group), group
    # each alternative of the pattern, spelled out, holds a cue
    alternatives = [
        "daarbij", "hierbij", "daaraan", "hieraan", "daarin", "daartoe", "hiertoe", "daarmee",
        "hiermee", "therewith", "in doing so", "for that purpose", "to that end", "such notices",
        *[f"in {w} {n}" for w in ("this", "that") for n in ("regard", "respect", "case", "event")],
    ]
    for text in alternatives:
        assert _ANAPHOR.search(text) is not None and _points_back(text), text
    sentences = [*_corpus_sentences(), *alternatives, "daarna", "in their case"]
    for text in sentences:
        assert _points_back(text) == (_ANAPHOR.search(text) is not None), text
