"""Negated duties: what a sentence says outside the clause a negation governs.

"The controller may not inspect ..." is no audit clause; "... may not audit more than once
a year" still allows audits (a following limit lifts the negation).
"""

from __future__ import annotations

import re

# a negated duty or permission: "may not inspect", "is not obliged to allow audits",
# "mag ... niet inspecteren", "niet verplicht"; lifted by a limit or condition ("may not
# audit more than once a year", "unless", "without prior notice")
_NEGATED = re.compile(
    r"\b(?:may not|cannot|can not|(?:shall|will|must) not be (?:obliged|required|obligated|"
    r"liable|responsible)|(?:is|are|be) not (?:obliged|required|obligated|bound|liable|"
    r"responsible|entitled|permitted|allowed)|(?:has|have) no (?:obligation|duty|right)|"
    r"under no obligation|not entitled to|no right to|niet verplicht|niet gehouden|"
    r"niet aansprakelijk|niet gerechtigd|geen (?:verplichting|recht|plicht)\b|"
    r"(?:mag|mogen|hoeft|hoeven)\b[^.;]{0,80}\bniet\b|"
    # help refused: "does not assist with", "verleent geen medewerking", "werkt niet mee"
    r"(?:does|do|will|shall|need) not (?:\w+ )?(?:assist|help|support|co-?operate|provide "
    r"(?:any )?(?:assistance|support|help|co-?operation))|"
    r"(?:\w+ )?geen (?:medewerking|bijstand|ondersteuning|hulp|assistentie|informatie)\b|"
    r"(?:helpt|helpen|ondersteunt|ondersteunen|assisteert|assisteren|werkt|werken|staat|staan)\b"
    r"[^.;]{0,40}\bniet\b(?! alleen)|"
    # refusals: "need not obtain consent", "we can't let customers visit", "we don't accept
    # audits", "waives the right to audit", "zien af van het recht", "doen afstand van"
    r"needs? not|(?:does|do|did)(?: not|n't|n’t) need to|can(?:'t|’t)|"
    r"(?:(?:do|does|will|shall) not|(?:do|does|wo)(?:n't|n’t)) (?:\w+ )?(?:accept|allow|permit|"
    r"agree to|grant|offer|let|assist|help|support|co-?operate)|"
    r"waives?\b|(?:ziet|zien|doet|doen)\b[^.;]{0,40}\baf van\b|"
    r"(?:doet|doen)\b[^.;]{0,40}\bafstand van\b)"
)
# an exclusion reaches back over its clause: "een audit door de opdrachtgever is
# uitgesloten", "audits are excluded", "on-site inspections are not permitted"
_EXCLUDED = re.compile(
    r"\b(?:(?:is|are|zijn|wordt|worden) (?:hereby |expressly |uitdrukkelijk )?"
    r"(?:excluded|uitgesloten|not (?:permitted|allowed)|niet toegestaan)|"
    # a matter left to the controller alone: "is for the customer alone (to decide)"
    r"(?:is|are|zijn) (?:een zaak |a matter |up to )?(?:for|van|voor|aan) (?:the |de |het )?"
    r"[\w-]+ (?:alone|alleen))\b"
)
# the subject of a coordinated negated clause is negated with it: "..., and the provider
# has no obligation to"
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas|en|maar)\s(?:[\w'’-]+\s){0,3}$")
_BOUNDARY = re.compile(r"[,;:]\s|\.\s")
_NEGATION_LIFTED = re.compile(
    r"\b(?:unless|except|save where|without|more than|more often|other than|relieve|"
    r"tenzij|behalve|zonder|meer dan|vaker dan|anders dan|ontslaat|onverlet)\b"
)
# keys whose duty a negation turns round; for the others "shall not" is the duty itself
# ("shall not engage a sub-processor without ...", "shall not process except on ...")
NEGATABLE = frozenset(
    {
        "subprocessor-changes",
        "subprocessor-authorisation",
        "confidentiality",
        "security-measures",
        "data-subject-rights",
        "assist-security",
        "assist-prior-consultation",
        "assist-breach-authority",
        "assist-breach-subjects",
        "assist-dpia",
        "return-or-delete",
        "unlawful-instruction-notice",
        "compliance-information",
        "audits",
        "subprocessor-flow-down",
        "subprocessor-liability",
        "security-risk-assessment",
    }
)


_CLAUSE_END = re.compile(r"[,;:]\s|\.\s|\s(?:provided|but|however|maar|echter)\b")


def _spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of what each unlifted negation governs in ``text``."""
    spans = []
    for match in _NEGATED.finditer(text):
        if _NEGATION_LIFTED.search(text, match.end()):
            continue
        end = _CLAUSE_END.search(text, match.end())
        subject = _COORDINATED.search(text, max(0, match.start() - 60), match.start())
        start = subject.start() if subject else match.start()
        spans.append((start, end.start() if end else len(text)))
    for match in _EXCLUDED.finditer(text):
        if _NEGATION_LIFTED.search(text, match.end()):
            continue
        starts = [0, *(b.end() for b in _BOUNDARY.finditer(text, 0, match.start()))]
        spans.append((starts[-1], match.end()))
    return sorted(spans)


_CUES = ("not", "niet", "no ", "geen", "n't", "n’t", "waive", " af van", "afstand", "uitgesloten",
         "excluded", "alone", "alleen")


def without_negated(text: str) -> str | None:
    """``text`` less what its negations govern (up to the end of the clause), or None.

    "The controller may not inspect the premises" keeps only "the controller"; "... shall
    inform the controller if an instruction infringes the law, provided that it has no
    obligation to verify ..." keeps the duty and loses the proviso. A negation lifted
    later in the sentence ("may not audit more than once a year", "may not engage ...
    without approval") is no negation. An exclusion ("audits are excluded") governs its
    clause back to its start; a coordinated negated clause ("..., and the provider has no
    obligation to") takes its subject with it.
    """
    if not any(cue in text for cue in _CUES):
        return None
    spans = _spans(text)
    if not spans:
        return None
    pieces: list[str] = []
    start = 0
    for first, last in spans:
        if first < start:
            start = max(start, last)
            continue
        pieces.append(text[start:first])
        start = last
    pieces.append(text[start:])
    return " ".join(pieces)
