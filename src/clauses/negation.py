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
    r"[^.;]{0,40}\bniet\b(?! alleen))"
)
_NEGATION_LIFTED = re.compile(
    r"\b(?:unless|except|save where|without|more than|more often|other than|relieve|"
    r"tenzij|behalve|zonder|meer dan|vaker dan|anders dan|ontslaat|onverlet)\b"
)
# keys whose duty a negation turns round; for the others "shall not" is the duty itself
# ("shall not engage a sub-processor without ...", "shall not process except on ...")
NEGATABLE = frozenset(
    {
        "subprocessor-changes",
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


def without_negated(text: str) -> str | None:
    """``text`` less what its negations govern (up to the end of the clause), or None.

    "The controller may not inspect the premises" keeps only "the controller"; "... shall
    inform the controller if an instruction infringes the law, provided that it has no
    obligation to verify ..." keeps the duty and loses the proviso. A negation lifted
    later in the sentence ("may not audit more than once a year", "may not engage ...
    without approval") is no negation.
    """
    if not any(cue in text for cue in ("not", "niet", "no ", "geen")) or (
        _NEGATED.search(text) is None
    ):
        return None
    pieces: list[str] = []
    start = 0
    for match in _NEGATED.finditer(text):
        if match.start() < start or _NEGATION_LIFTED.search(text, match.end()):
            continue
        end = _CLAUSE_END.search(text, match.end())
        pieces.append(text[start : match.start()])
        start = end.start() if end else len(text)
    if not pieces:
        return None
    pieces.append(text[start:])
    return " ".join(pieces)
