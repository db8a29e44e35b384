"""Run the clause rules over sentences and decide present / weak / missing per key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from clauses.aliases import with_processor_named
from clauses.catalogue import load_catalogue
from clauses.controller import PROCESSOR_DUTIES, controller_duties
from clauses.judgement import judge
from clauses.learned import ADD, SentenceModel
from clauses.negation import NEGATABLE, without_negated
from clauses.rules import ALL_RULES
from clauses.rules.base import DUTY, Memo
from clauses.rules.lookup import anchors_in
from clauses.terms import own_terms, read_with_definitions
from clauses.text import Sentence, detect_language

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

_ITEM_END = re.compile(r"(?:[:;]|[;,]?\s(?:and|or|en|of))\s*$")

_ORDER = tuple(ALL_RULES)
_RANK = {key: rank for rank, key in enumerate(_ORDER)}
_KEYS_BY_ANCHOR: dict[str, set[str]] = {}
for _key, _rules in ALL_RULES.items():
    for _anchor in _rules.anchors[0]:
        _KEYS_BY_ANCHOR.setdefault(_anchor, set()).add(_key)


# -- what a sentence is before it is evidence ------------------------------------------
# a definition states what a word means, not a duty: "'Breach' means ...", "Betrokkene:
# de natuurlijke persoon ...", "In deze overeenkomst wordt verstaan onder ..."
_DEFINITION_MEANS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[^\"“‘:]{1,80}?\s(?=[\"“‘]))?[\"'“‘]?[\w\s\-/()]{1,60}?[\"'”’]?\s"
    r"(?:means|shall mean|will mean|betekent|has the meaning|is defined as|refers to)\b|"
    r"(?:wordt|worden)\s(?:[\w-]+\s){0,3}?verstaan onder|"
    r"^\W*(?:in|for the purposes of) this (?:agreement|dpa|addendum|clause)\W+(?:[\w-]+\s){1,6}means\b"
)
_DEFINITION_COLON = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?[\"'“‘]?[\w\s\-/()]{1,60}?[\"'”’]?\s*:\s+"
    r"(?:een|de|het|a|an|the|any|all|elke|iedere?|alle)\s(?P<rest>.*)$"
)
_MODAL = re.compile(DUTY)
_END_PUNCT = re.compile(r"[.;:,!?][\"'”’)\]]*\s*$")
HEADING_WORDS = 8


_DEFINITION_WORDS = ("mean", "betekent", "verstaan", "defined", "refers")


def _is_definition(text: str) -> bool:
    head = text[:160]
    if ":" not in head and not any(word in head for word in _DEFINITION_WORDS):
        return False
    if _DEFINITION_MEANS.search(head):
        return True
    match = _DEFINITION_COLON.match(text)
    return match is not None and _MODAL.search(text) is None


def _is_heading(text: str) -> bool:
    """A title, or a question (FAQ style) that its answer is read with: context only."""
    words = len(text.split())
    if text.rstrip().endswith("?") and words <= 2 * HEADING_WORDS:
        return True
    return words <= HEADING_WORDS and _END_PUNCT.search(text) is None and _MODAL.search(text) is None


# a list item or a sentence that points back ("Verwerker verleent daarbij medewerking",
# "Zij zijn tot geheimhouding verplicht") is read with what it depends on
_ENUMERATED = re.compile(r"^(?:[•\-–*]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s)")
_ANAPHOR = re.compile(
    r"(?:daarbij|hierbij|daaraan|hieraan|daarin|daartoe|hiertoe|daarmee|hiermee|"
    r"therewith|in doing so|in (?:this|that) (?:regard|respect|case|event)|for (?:this|that) "
    r"purpose|to that end|such (?:assistance|co-?operation|notification|notice|request)s?)\b"
)
_ANAPHOR_START = ("zij ", "hij ", "they ", "these ", "such ")
# every ``_ANAPHOR`` match holds one of these (a test with ``in`` is ten times cheaper
# than the search, and few sentences point back); keep them in step with ``_ANAPHOR``
_ANAPHOR_CUES = ("daar", "hier", "therewith", "doing so", "in th", "purpose", "that end", "such ")
_MAX_ITEMS = 26
_LEAD_CHARS = 300  # of a long lead-in, the end governs its items


def _points_back(text: str) -> bool:
    return any(cue in text for cue in _ANAPHOR_CUES) and _ANAPHOR.search(text) is not None


def _contexts(lowered: Sequence[str], headings: Sequence[bool]) -> dict[int, tuple[str, bool]]:
    """Sentence index -> (text read with its context, whether all rules may use it).

    A list item is read after its lead-in ("The processor shall:", "... verplicht zich
    om:"): every rule may match, as the item completes the lead-in's sentence. A sentence
    after a heading or pointing back ("daarbij", "in doing so") is read with the heading
    or the sentence before it; only rules allowed across sentences may match there.
    """
    contexts: dict[int, tuple[str, bool]] = {}
    count = len(lowered)
    for lead, sentence in enumerate(lowered):
        colon = sentence.rfind(":")
        if colon < 0:
            continue
        # the lead-in, possibly with its first item in the same sentence
        text = sentence[: colon + 1]
        if colon < len(sentence.rstrip()) - 1 and not _ITEM_END.search(sentence[-8:]):
            continue
        previous = sentence
        enumerated = False
        for item in range(lead + 1, min(lead + 1 + _MAX_ITEMS, count)):
            starts = _ENUMERATED.match(lowered[item]) is not None
            if item > lead + 1 and not (
                _ITEM_END.search(previous[-8:]) or (enumerated and starts)
            ):
                break
            if item > lead + 1 and lowered[item].rstrip().endswith(":"):
                break
            contexts[item] = (f"{text[-_LEAD_CHARS:]} {lowered[item]}", True)
            previous, enumerated = lowered[item], starts
    for index in range(1, count):
        if index in contexts:
            continue
        text = lowered[index]
        if not headings[index - 1]:
            enumerator = _ENUMERATED.match(text)
            start = text[enumerator.end() :] if enumerator else text
            if not (start.startswith(_ANAPHOR_START) or _points_back(text)):
                continue
        contexts[index] = (f"{lowered[index - 1]} {text}", False)
    return contexts


def _join_fragments(
    lowered: Sequence[str], hits: dict[str, list[int]], gated: dict[str, list[int]],
    skip: Sequence[bool], negated: Sequence[str | None],
) -> None:
    """A clause cut in two (fragments): for a key still without evidence, try only the
    neighbouring pairs around sentences that passed its anchor test."""
    last = len(lowered) - 1
    for key, found in hits.items():
        if found or not gated[key]:
            continue
        rules = ALL_RULES[key]
        pairs = {
            (i, i + 1)
            for g in gated[key]
            for i in (g - 1, g)
            if 0 <= i < last and not skip[i] and not skip[i + 1]
        }
        texts = lowered
        if key in NEGATABLE:
            texts = [t if n is None else n for t, n in zip(lowered, negated, strict=True)]
        for first, second in sorted(pairs):
            joined = _CONTINUES.search(lowered[first]) is None
            if rules.matches(f"{texts[first]} {texts[second]}", joined=joined):
                found.append(first)
                break


_KEY_ANCHORS = frozenset(_KEYS_BY_ANCHOR)


def _keys_of(present: set[str]) -> set[str]:
    """The keys whose first anchor group occurs among ``present``."""
    return set().union(*map(_KEYS_BY_ANCHOR.__getitem__, present & _KEY_ANCHORS))


def _cuts(texts: Sequence[str], known: dict[str, str | None]) -> list[str | None]:
    """``without_negated`` per text, through ``known`` (a text's cut, per document)."""
    cuts = []
    for text in texts:
        if text in known:
            cuts.append(known[text])
        else:
            cuts.append(known.setdefault(text, without_negated(text)))
    return cuts


def _all_hits(
    lowered: Sequence[str],
    anchors: dict[int, set[str]] | None = None,
    cuts: dict[str, str | None] | None = None,
) -> dict[str, list[int]]:
    """Sentence indices per key (``anchors``, if given, receives each sentence's anchors;
    headings and definitions have none).

    One pass per sentence: find the anchors it contains (a set), let only the keys whose
    anchor groups are all present run their patterns, and share pattern results across
    keys through a per-sentence memo. Headings and definitions are no evidence; a negated
    duty is none for the keys a negation turns round; a list item or a sentence pointing
    back is also read with its context.
    """
    hits: dict[str, list[int]] = {key: [] for key in ALL_RULES}
    gated: dict[str, list[int]] = {key: [] for key in ALL_RULES}
    headings = [_is_heading(text) for text in lowered]
    definitions = [_is_definition(text) for text in lowered]
    lowered = list(lowered)
    glossed = own_terms(lowered, definitions)
    skip = [h or d for h, d in zip(headings, definitions, strict=True)]
    negated = _cuts(lowered, {} if cuts is None else cuts)
    contexts = _contexts(
        [text if cut is None else cut for text, cut in zip(lowered, negated, strict=True)],
        headings,
    )
    read_with_definitions(lowered, glossed, skip, contexts)
    for index, text in enumerate(lowered):
        if definitions[index] or (skip[index] and index not in contexts):
            continue
        present = anchors_in(text) if not skip[index] else set()
        if anchors is not None and not skip[index]:
            anchors[index] = present
        context = contexts.get(index)
        if context is not None and not context[1] and _MODAL.search(text) is None:
            context = None  # a sentence stating no duty is no evidence, whatever precedes it
        if not present and context is None:
            continue
        # keys whose first anchor group occurs
        candidates = _keys_of(present)
        memo: Memo = {}
        affirmed = negated[index]
        affirmed_present = anchors_in(affirmed) if affirmed is not None else set()
        affirmed_memo: Memo = {}
        context_memo: Memo = {}
        context_present = anchors_in(context[0]) if context is not None else set()
        context_keys = _keys_of(context_present)
        for key in sorted(candidates | context_keys, key=_RANK.__getitem__):
            found = hits[key]
            if not (key in _ALL_HITS or len(found) < MAX_EVIDENCE):
                continue
            rules = ALL_RULES[key]
            if affirmed is not None and key in NEGATABLE:
                # only what the sentence says outside its negated clauses counts
                if rules.matches(affirmed, affirmed_memo, affirmed_present):
                    found.append(index)
                continue
            own_gate = key in candidates and rules.gated(text, present)
            if own_gate:
                if rules.rules_match(text, memo, present):
                    found.append(index)
                    continue
                gated[key].append(index)
            if context is not None and key in context_keys and (key in _ALL_HITS or not found):
                joined_text, all_rules = context
                if own_gate and not all_rules:
                    continue  # the heading or the sentence before adds no topic here
                if rules.matches(
                    joined_text, context_memo, context_present, joined=not all_rules
                ):
                    found.append(index)
    _join_fragments(lowered, hits, gated, skip, negated)
    return hits


def second_opinion(
    hits: dict[str, list[int]],
    lowered: Sequence[str],
    model: SentenceModel,
    anchors: dict[int, set[str]],
) -> None:
    """The learned model corrects the rules' hits in place (see ``clauses.learned``).

    A key without hits gets the sentence the model is surest states it, at ``ADD`` or
    above (a wording the rules do not know), among the sentences with the key's topic
    words (``anchors``: per sentence that may be evidence; never headings or definitions).
    A key with several hits keeps them, the sentence the model backs most first, so the
    quoted evidence is the one about this duty. Only those sentences are scored.
    """
    wanted: dict[str, list[int]] = {}
    for key in model.keys:
        found = hits.get(key)
        if found is None or len(found) == 1:
            continue
        if found:
            wanted[key] = found
        else:
            groups = ALL_RULES[key].anchors  # ``gated`` on each sentence's anchors, inline
            wanted[key] = [
                i
                for i, present in anchors.items()
                if all(not group.isdisjoint(present) for group in groups)
            ]
    rows = sorted(set().union(*wanted.values())) if wanted else []
    if not rows:
        return
    scores = model.probabilities([lowered[i] for i in rows])
    row_of = {index: row for row, index in enumerate(rows)}
    for column, key in enumerate(model.keys):
        if key not in wanted or not wanted[key]:
            continue
        found = hits[key]
        if found:
            found.sort(key=lambda i: -scores[row_of[i], column])
            continue
        best = max(wanted[key], key=lambda i: scores[row_of[i], column])
        if scores[row_of[best], column] >= ADD:
            found.append(best)


def detect(
    sentences: Sequence[Sentence],
    *,
    breach_hours_limit: int = 48,
    model: SentenceModel | None = None,
    dutch: bool | None = None,
) -> Detection:
    """Findings for every catalogue key, in catalogue order, plus extracted values.

    ``model``: the learned second opinion (None: the rules alone); ``dutch``: the
    agreement's language when the caller knows it already.
    """
    lowered = [sentence.text.lower() for sentence in sentences]
    if dutch is None:
        dutch = detect_language(" ".join(lowered[:200])) == "nl"
    lowered = with_processor_named(lowered, dutch)
    anchors: dict[int, set[str]] = {}
    known: dict[str, str | None] = {}  # the negation cuts of the sentences, computed once
    hits = _all_hits(lowered, anchors, known)
    cuts = _cuts(lowered, known)
    # a duty of the controller is no evidence for the processor's (clauses.controller)
    controllers = controller_duties([t if c is None else c for t, c in zip(lowered, cuts, strict=True)])
    for key in PROCESSOR_DUTIES:
        hits[key] = [index for index in hits[key] if not controllers[index]]
    if model is not None:
        # the model reads what a sentence affirms: a negated duty is no evidence for it,
        # and what is left of it counts only if it still states a duty
        affirmed = [
            "" if controller else text if cut is None else cut if _MODAL.search(cut) else ""
            for text, cut, controller in zip(lowered, cuts, controllers, strict=True)
        ]
        second_opinion(hits, affirmed, model, anchors)
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
