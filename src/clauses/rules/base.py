"""Building blocks for clause rules: cue groups combined into compiled patterns.

All patterns run on lower-cased text, so they are written in lower case and compiled
without ``re.IGNORECASE`` (faster). A rule fires when every ``all_of`` pattern is found
and no ``none_of`` pattern is. Each clause has a cheap ``gate`` checked first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from clauses.rules.lookup import anchors_in, longest_run, register_anchors, register_words
from clauses.rules.prefilter import Group, required

Memo = dict[re.Pattern[str], bool]
Present = frozenset[str] | set[str]  # the registered substrings a text holds

# Python's engine skips ahead to the possible first characters of a pattern only when it
# can tell them; a ``\b`` or a look-behind in front of an alternative hides them, and the
# search then tries every alternative at every position (ten times slower on a long
# sentence). The same test moved behind the first letter keeps the meaning and the skip:
# ``\bdpia`` -> ``d(?<!\w.)pia``, ``(?<!as )required`` -> ``r(?<!as r)equired``.
_BOUNDARY_FIRST = re.compile(r"(?<!\\)\\b([a-z0-9])(?![?*+{])")
_LOOKBEHIND_FIRST = re.compile(r"\(\?<!([a-z ]+)\)([a-z0-9])(?![?*+{])")


def fast_pattern(pattern: str) -> str:
    """``pattern`` with word-boundary and look-behind tests moved behind a first letter."""
    pattern = _BOUNDARY_FIRST.sub(r"\1(?<!\\w.)", pattern)
    return _LOOKBEHIND_FIRST.sub(r"\2(?<!\1\2)", pattern)


# per compiled pattern: substrings it cannot match without (see ``prefilter``); and the
# same prepared for a sentence's ``anchors_in`` set, per group: the words and longest
# word runs of its substrings (one must be in the set), its plain words (any one is
# enough), and its other substrings by their run (tested on the text if the run is there)
REQUIRED: dict[re.Pattern[str], tuple[Group, ...]] = {}
_Mixed = tuple[frozenset[str], tuple[tuple[str, str], ...]]
_PREPARED: dict[re.Pattern[str], tuple[tuple[frozenset[str], ...], tuple[_Mixed, ...]]] = {}


def _prepare(groups: tuple[Group, ...]) -> tuple[tuple[frozenset[str], ...], tuple[_Mixed, ...]]:
    """(the runs of each group; for a group with other substrings than plain words, its
    words and its other substrings by their run)."""
    all_runs: list[frozenset[str]] = []
    mixed: list[_Mixed] = []
    for group in groups:
        runs = {part: longest_run(part) for part in group}
        words = frozenset(part for part, run in runs.items() if run == part)
        others = tuple(sorted((run, part) for part, run in runs.items() if run != part))
        if all(runs.values()):  # else punctuation only: always tested
            register_words(set(runs.values()))
            all_runs.append(frozenset(runs.values()))
        if others:
            mixed.append((words, others))
    return tuple(all_runs), tuple(mixed)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    compiled = re.compile(fast_pattern(pattern))
    groups = REQUIRED[compiled] = required(compiled.pattern)
    _PREPARED[compiled] = _prepare(groups)
    return compiled


def _search(pattern: re.Pattern[str], text: str, present: Present | None = None) -> bool:
    """``pattern`` found in ``text``; the search runs only when ``text`` has the
    substrings every match needs (``present``: what ``anchors_in(text)`` returned)."""
    if present is None:
        contains = text.__contains__
        for group in REQUIRED[pattern]:
            if not any(map(contains, group)):
                return False
    else:
        all_runs, mixed = _PREPARED[pattern]
        for runs in all_runs:
            if runs.isdisjoint(present):
                return False
        for words, others in mixed:
            if words.isdisjoint(present) and not any(
                (not run or run in present) and part in text for run, part in others
            ):
                return False
    return pattern.search(text) is not None


def _found(pattern: re.Pattern[str], text: str, memo: Memo) -> bool:
    """``pattern`` found in ``text``; results are shared between rules through ``memo``."""
    hit = memo.get(pattern)
    if hit is None:
        hit = memo[pattern] = _search(pattern, text)
    return hit


# -- shared cue groups (English | Dutch) --------------------------------------------
SUB = (
    r"(?:sub-?\s?process|subprocess|sub-?\s?contract|subcontract|sub-?\s?verwerk|subverwerk"
    r"|onderaannemer|onderverwerk|further processor|third[- ]party (?:sub)?processor"
    # the words of Art. 28(2) and (4) themselves: "another processor", "andere verwerker"
    r"|(?:another|other) (?:data )?processors?|andere verwerkers?"
    r"|derden in(?:schakel|\s*te\s*schakel|gescha)"
    # plain words: "other companies", "een ander bedrijf", "those companies"
    r"|(?:other|another|outside|those|these|such) (?:compan(?:y|ies)|firms?|businesses)"
    r"|(?:ander|andere|die|deze|dat) (?:bedrijf|bedrijven)\b"
    r"|schakel\w*\s(?:\w+\s){0,3}?(?:andere|externe) (?:partijen|bedrijven)\s(?:\w+\s)?in\b"
    # "helpers" we use to run the service; work contracted out: "aan een derde uitbesteden"
    r"|\bhelpers?\b|uitbested?\w*\s(?:\w+\s){0,3}?aan (?:een |de )?derden?\b|aan (?:een |de )?"
    r"derden?\s(?:\w+\s){0,3}?uit(?:te )?beste|besteedt?\s(?:\w+\s){0,5}?uit aan (?:een |de )?derden?\b)"
)
ASSIST = (
    r"(?:assist|assistance|support|help|co-?operat|cooperat|provide|make available|"
    r"enable|facilitate|give|gives|giving|explain|ondersteun|helpt|helpen|bijstand|medewerking|verleent|verlenen|"
    r"werkt mee|meewerken|stelt .{0,40}in staat|informatie|bijsta|bij te staan|bijgestaan|"
    r"staat\s(?:\S+\s){0,4}?bij\b)"
)
NOTIFY = (
    r"(?:notif|inform|notice|tell|alert|advise|report|announce|communicat|e-?mail|\bwarn|"
    r"meldt|melden|gemeld|informeer|geïnformeerd|inlicht|ingelicht|stelt .{0,60}op de hoogte|in kennis|"
    r"waarschuw|bericht|meedel|mededel|meegedeeld|medegedeeld|kondig|aangekondigd|"
    r"op de hoogte (?:is|zijn|wordt|gebracht|brengt)|la(?:at|ten)\s(?:\S+\s){0,7}?weten|"
    r"let\s(?:\S+\s){0,3}?know|zegt |zeggen |licht(?:en|t)?\s(?:\S+\s){0,6}?in\b)"
)
DATA = r"(?:data|information|gegevens|records|content)"
END = (
    r"(?:terminat|expir|end of|ending|cessation|conclusion|completion|no longer|"
    r"einde|beëindig|afloop|afgelopen|eindigt|opzeg|zeg(?:t|gen)?\s(?:\S+\s){0,4}?op\b|"
    r"cancel|na het (?:einde|beëindig)|\bends\b|\bended\b|na de looptijd)"
)
LAW = (
    r"(?:\blaw\b|laws|legal|legislation|statut|union or member state|court|"
    r"authorit|regulat|subpoena|\bwet\b|wettelijk|wetgeving|rechter|gerecht|vordering|"
    r"overheid|instantie|unierecht|lidstaat|lidstatelijk)"
)
NEG_WORDS = r"(?:not|never|no|nor|niet|geen|nooit)"
# a breach in plain words: "if something goes wrong with your data", "gaat er iets mis met
# de gegevens"
PLAIN_BREACH = (
    r"(?:(?:something|anything)\s(?:\w+\s)?goes wrong with (?:your |the |our )?(?:\w+ )?"
    r"(?:data|information)|iets\smis(?:\sgaat|gaat)?\smet (?:de |uw |je |jouw )?(?:\w+ )?gegevens)"
)
ASSIST_VERB = (
    r"(?:assist|assistance|support|help|co-?operat|ondersteun|helpt|helpen|bijstand|"
    r"medewerking|werkt mee|meewerk|bijsta|bij te staan|bijgestaan|staat\s(?:\S+\s){0,4}?bij\b)"
)
# the controller as the owner of duties: "the controller's obligations", "its obligations",
# "obligations imposed on the customer"
OWNER = (
    r"(?:controller|customer|client|company|council|buyer|you|verantwoordelijke|"
    r"verwerkingsverantwoordelijke|gemeente|opdrachtgever|klant|afnemer)"
)
OWNER_DUTIES = (
    rf"(?:(?:{OWNER}(?:'s|’s|s’|s')?|its|their|your|haar|zijn|je|jouw|uw)\s(?:[\w-]+\s){{0,3}}?"
    r"(?:obligations?|compliance|duties|responsibilities|verplichtingen|plichten)|"
    r"(?:obligations?|duties|verplichtingen)\s(?:\w+\s){0,2}?(?:of|on|upon|for|van|die|voor)\s"
    rf"(?:the\s|de\s|het\s)?{OWNER}|"
    r"(?:obligations?|duties|verplichtingen)\s(?:\w+\s){0,2}?(?:of|on|upon|by|van|die|voor)\s"
    r"(?:the\s|both\s|de\s)?(?:parties|partijen)|"
    rf"{OWNER}\s(?:\w+\s){{0,2}}?(?:in|with|to|bij|om)\s(?:\w+\s){{0,2}}?"
    r"(?:comply|complying|fulfil|meet|meeting|nakomen|na te komen|naleven|voldoen))"
)
_PRIVACY_LAW = (
    r"(?:gdpr|\blaws?\b|legislation|regulation|data protection|privacy|\bavg\b|wetgeving|"
    r"\bwet\b|gegevensbescherming|persoonsgegevens|"
    r"articles? 3[2-6]|artikel(?:en)? 3[2-6])"
)
PRIVACY_LAW = _PRIVACY_LAW

# a ``near`` pattern -> its two parts; ``rule`` checks each part (cheap, shared between
# rules through the memo) before it runs the costly proximity pattern
NEAR_PARTS: dict[str, tuple[str, str]] = {}


def near(first: str, second: str, gap: int = 80) -> str:
    """``first`` and ``second`` within ``gap`` characters, in either order."""
    pattern = rf"(?:{first}.{{0,{gap}}}{second}|{second}.{{0,{gap}}}{first})"
    NEAR_PARTS[pattern] = (first, second)
    return pattern


# -- the abstract shape of an Art. 28 duty: ACTOR + DUTY + ACTION + OBJECT ------------
# Each mandatory key is written down in these terms at the top of its rule module; rules
# combine these generic groups rather than literal phrases.  Framings to allow for:
# passive ("the controller shall be notified"), conditional ("if / where / in the event"),
# nominal ("the processor's obligation to"), and list items under a lead-in ("The
# Processor shall:" followed by "(a) assist ...; (b) notify ...") -- the detector joins
# such items to their lead-in (detector._list_items) so they inherit actor and duty.
# ACTOR: who carries the duty (the processor under any of its contract names)
ACTOR = (
    r"(?:processor|supplier|vendor|service provider|provider|contractor|data importer|"
    r"\bwe\b|\bus\b|verwerker|leverancier|opdrachtnemer|dienstverlener|\bwij\b)"
)
# DUTY: the modal or verb that makes it an obligation
DUTY = (
    # one word boundary, then the words (one leading \b lets the engine skip fast)
    r"\b(?:shall|will|(?<=\w)['’]ll|must|agrees? to|undertakes? to|(?:is|are) (?:obliged|obligated|required|"
    r"bound) to|ensures?|commits? to|guarantees?|warrants?|"
    r"zal|zullen|moet|dient|verplicht|verbindt zich|zorgt|garandeert|garanderen|waarborgt|"
    r"waarborgen|sta(?:at|an) (?:er ?voor )?in|dra(?:agt|gen) (?:er )?zorg|"
    # Dutch states a duty in the present tense: "Verwerker ondersteunt daarbij"
    r"ondersteunt|helpt|verleent|meldt|informeert|verstrekt|treft|werkt mee|verwijdert|"
    r"vernietigt|"
    # the supplier speaking commits in the present tense too: "we send you", "we pass"
    r"we (?:only |always )?(?:send|share|provide|give|make|tell|notify|inform|delete|erase|"
    r"return|hand|pass|help|assist|support|keep|ensure|maintain|implement|allow|permit|"
    r"protect|secure|encrypt|announce|report)|"
    # and in Dutch: "wij helpen je", "wij geven u", "we verwijderen"
    r"w(?:ij|e) (?:alleen |altijd |ook )?(?:helpen|ondersteunen|geven|sturen|delen|melden|"
    r"informeren|verwijderen|vernietigen|zorgen|nemen|treffen|beveiligen|houden|bewaren|"
    r"verstrekken|verlenen|werken mee|laten\s(?:\S+\s){0,6}?weten))\b"
)
# a list item under a "The Processor shall:" lead-in carries no modal of its own; it
# starts with the bare action ("(b) assist the controller ...", "- notify ...")
LIST_ITEM = (
    r"^(?:(?:and|or|en|of)\s|[•\-–*]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s*)*(?:to\s)?"
    r"(?:assist|support|help|co-?operate|provide|make|notify|inform|ensure|allow|permit|"
    r"maintain|implement|take|promptly|use|procure|give|comply|"
    r"ondersteun|verleen|help|informeer|meld|zorg|stel)"
)
DUTY_OR_ITEM = rf"(?:{DUTY}|{LIST_ITEM})"

# the wording of Art. 28(3)(f) itself ("taking into account the nature of processing and
# the information available to the processor"): only the 32-36 assistance duty says it
ART_28_3_F = (
    r"(?:information available to (?:the )?(?:processor|supplier|vendor|provider|it|us|"
    r"data importer)|(?:hem|haar|verwerker) ter beschikking staande informatie)"
)

# a general duty to help the controller meet its data protection obligations: counts
# for every assist-* key (review judgement)
GENERAL_ASSIST = (near(ASSIST_VERB, OWNER_DUTIES, 200), _PRIVACY_LAW, DUTY_OR_ITEM)


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
    across: bool = True  # may match across a pair of neighbouring sentences
    # the words of which the text must hold one per group for all of ``all_of`` to be
    # found (``prefilter``): tested on ``present`` before any pattern
    needs: tuple[frozenset[str], ...] = ()

    def matches(self, text: str, memo: Memo | None = None, present: Present | None = None) -> bool:
        """``present``: ``anchors_in(text)``, if the caller has it (spares substring tests)."""
        if present is not None:
            for words in self.needs:
                if words.isdisjoint(present):
                    return False
        memo = {} if memo is None else memo
        for pattern in self.all_of:
            hit = memo.get(pattern)
            if hit is None:
                hit = memo[pattern] = _search(pattern, text, present)
            if not hit:
                return False
        for pattern in self.none_of:
            hit = memo.get(pattern)
            if hit is None:
                hit = memo[pattern] = _search(pattern, text, present)
            if hit:
                return False
        return True


@dataclass(frozen=True, slots=True)
class ClauseRules:
    """The rules for one clause key; ``anchors`` are substrings, one of which must occur.

    The detector finds the anchors of a sentence once (see ``anchors_in``), so most
    sentences are dismissed per key by a set test before any pattern runs.
    """

    key: str
    anchors: tuple[frozenset[str], ...]  # every group needs one of its substrings
    rules: tuple[Rule, ...]

    def gated(self, text: str, present: Present | None = None) -> bool:
        present = anchors_in(text) if present is None else present
        return all(not group.isdisjoint(present) for group in self.anchors)

    def matches(
        self,
        text: str,
        memo: Memo | None = None,
        present: Present | None = None,
        *,
        joined: bool = False,
    ) -> bool:
        """``joined``: ``text`` is two neighbouring sentences; only ``across`` rules count."""
        present = anchors_in(text) if present is None else present
        return self.gated(text, present) and self.rules_match(
            text, memo, present, joined=joined
        )

    def rules_match(
        self, text: str, memo: Memo | None = None, present: Present | None = None,
        *, joined: bool = False,
    ) -> bool:
        """``matches`` for a ``text`` known to pass the anchor test."""
        memo = {} if memo is None else memo
        return any(
            rule.matches(text, memo, present)
            for rule in self.rules
            if rule.across or not joined
        )


def _cost(pattern: str) -> tuple[int, int]:
    """Order a rule's patterns: plain alternations first, proximity patterns last."""
    return (pattern.count(".{") + pattern.count("(?:\\w+"), len(pattern))


def rule(*all_of: str, unless: tuple[str, ...] = (), across: bool = True) -> Rule:
    """Compile one rule from pattern strings.

    ``across=False``: the cues must stand in one sentence (broad rules whose cues, spread
    over two sentences, no longer say the same thing).
    """
    patterns: list[str] = []
    for pattern in all_of:
        parts = NEAR_PARTS.get(pattern)
        if parts:
            patterns.extend(p for p in parts if p not in patterns)
        if pattern not in patterns:
            patterns.append(pattern)
    # cheap patterns first: most sentences fail one of them early
    compiled = tuple(_compile(p) for p in sorted(patterns, key=_cost))
    needs = {runs: None for pattern in compiled for runs in _PREPARED[pattern][0]}
    return Rule(
        all_of=compiled,
        none_of=tuple(_compile(p) for p in unless),
        across=across,
        needs=tuple(sorted(needs, key=len)),
    )


def clause(
    key: str, anchors: tuple[str, ...] | tuple[tuple[str, ...], ...], *rules: Rule
) -> ClauseRules:
    """Bundle a key's rules behind anchor substrings (one group, or several that all hit)."""
    groups = anchors if anchors and isinstance(anchors[0], tuple) else (anchors,)
    for group in groups:
        register_anchors(group)  # type: ignore[arg-type]
    return ClauseRules(
        key=key,
        anchors=tuple(frozenset(group) for group in groups),  # type: ignore[arg-type]
        rules=tuple(rules),
    )


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
    "bijsta",
    "bijgesta",
    "staat",
    "informatie",
    "zodat",
    "opdat",
    "waarmee",
)
