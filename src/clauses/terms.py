"""Terms an agreement defines for itself, read as the words the rules know.

Public-sector models and SaaS terms name their own words for sub-processors
("Hulpverwerker", "Supporting Vendor"), security measures and breaches ("Verstoring",
"Security Event") and then use only those. A sub-processor term is read as the usual
word wherever it occurs; a security or breach term is read with its definition in the
sentences that state a duty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clauses.rules.base import DUTY

_MODAL = re.compile(DUTY)
# a defined term and what it stands for: "Beveiligingsincident: een inbreuk op ...",
# "'Security Measures' means the measures in Annex 2"; the core GDPR terms every
# agreement defines are left alone (their own words are already in the rules)
TERM = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:in|for the purposes of) (?:this|deze) [\w-]+,?\s+)?"
    # a heading run into the first definition ("Annex C - Terms \"Vendor\" means ...")
    r"(?:[^\"“‘:]{1,80}?\s(?=[\"“‘]))?"
    r"(?:(?:wordt|worden)\s(?:[\w-]+\s){0,3}?verstaan onder\s+)?[\"'“‘]?(?P<term>[\w][\w\s/-]{2,40}?)"
    r"[\"'”’]?\s*(?::|\s(?:means|shall mean|will mean|betekent|has the meaning|is defined as))\s+"
    r"(?P<body>.+)$"
)
CORE_TERMS = re.compile(
    r"^(?:(?:the )?(?:personal data|processor|controller|data subjects?|processing|"
    r"sub-?processors?|agreement|services?|parties|party|gdpr|data protection laws?)|"
    r"(?:de |het )?(?:persoonsgegevens|verwerker|verwerkingsverantwoordelijke|betrokkenen?|"
    r"verwerking|verwerken|subverwerkers?|overeenkomst|diensten?|partij(?:en)?|avg))$"
)
_GLOSS_WORDS = 16
# public-sector models name their own terms for the security measures and for breaches
# ("Beveiligingsvoorzieningen", "Security Incident") and then use only those: such terms
# are read with their definition; other defined terms are not (their glosses would lend
# every sentence that uses them words it does not say)
_SECURITY_GLOSS = re.compile(
    r"(?:maatregel|measure|beveilig|secur|inbreuk|breach|incident|datalek|voorziening|"
    r"safeguard|bescherm|protect)"
)
# a term defined by the harms of a breach ("'Data Loss Event' means any event that results
# in unauthorised access to Personal Data or its loss") stands for a breach
_BREACH_GLOSS = re.compile(
    r"(?:unauthori[sz]ed|unlawful|accidental (?:loss|destruction)|\bloss\b|\blost\b|destruction|"
    r"onbevoegd|ongeoorloofd|onrechtmatig|verlies|verlor|vernietig)"
)
# a term for a third party the processor engages ("Hulpverwerker: een derde die
# Opdrachtnemer inschakelt", "'Supporting Vendor' means any third party the Provider
# engages") stands for a sub-processor
_THIRD_PARTY = re.compile(
    r"(?:third part|\bderden?\b|another processor|andere verwerker|sub-?contract|onderaannemer|"
    r"subverwerker|sub-?processor)"
)
# a term that says it by its own shape: "Onderaannemer", "Hulpverwerker", "Sub-contractor"
_THIRD_PARTY_TERM = re.compile(r"(?:^sub|^onder|^hulp|^neven|contractor|aannemer)")
_ENGAGED = re.compile(
    r"(?:engag|inschakel|ingeschakeld|\binzet|ingezet|appoint|\buses?\b|employ|betrekt|"
    r"subcontract|uitbesteed|gebruik maakt)"
)
_DUTCH_BODY = re.compile(r"\b(?:een|die|de|het|door|bij)\b")


def _subprocessor_word(term: str, body: str) -> str | None:
    """The usual word for a sub-processor, if ``term`` is one, else None."""
    third = _THIRD_PARTY.search(body) or _THIRD_PARTY_TERM.search(term)
    if _BREACH_GLOSS.search(body) or not third or not _ENGAGED.search(body):
        return None
    if "controller" in body or "verantwoordelijke" in body:
        return None  # a party of the agreement, not one the processor engages
    return "subverwerker" if _DUTCH_BODY.search(body) else "sub-processor"


def _defined_terms(
    lowered: Sequence[str], definitions: Sequence[int]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(term, gloss) for security and breach terms, (term, usual word) for sub-processor
    terms, among the definitions of the document; core GDPR terms left out."""
    glossed: list[tuple[str, str]] = []
    renamed: list[tuple[str, str]] = []
    for index in definitions:
        match = TERM.match(lowered[index])
        if match is None:
            continue
        term = match.group("term").strip()
        if CORE_TERMS.match(term) or len(term) < 4:
            continue
        body = match.group("body")
        word = _subprocessor_word(term, body)
        if word is not None:
            renamed.append((term, word))
            continue
        gloss = " ".join(body.split()[:_GLOSS_WORDS])
        if _BREACH_GLOSS.search(body) and not _SECURITY_GLOSS.search(body):
            # read as a breach only: its harms would lend the sentence words it does not
            # say, and push the words around it apart
            gloss = "a personal data breach / datalek"
        elif not _SECURITY_GLOSS.search(body):
            continue
        glossed.append((term, gloss))
    return glossed, renamed


def _plural(term: str) -> str:
    """The term with an optional plural ending of either language."""
    return rf"\b{re.escape(term)}(?P<plural>s|en|es)?\b"


def own_terms(lowered: list[str], definitions: Sequence[bool]) -> list[tuple[str, str]]:
    """Replace sub-processor terms the agreement defines by the usual word in ``lowered``
    (in place, definitions left as they are); return the security and breach terms with
    their glosses for ``read_with_definitions``."""
    glossed, renamed = _defined_terms(lowered, [i for i, d in enumerate(definitions) if d])
    for term, word in renamed:
        pattern = re.compile(_plural(term))
        for index, text in enumerate(lowered):
            if not definitions[index] and term in text:
                lowered[index] = pattern.sub(
                    lambda m, w=word: w + (m.group("plural") or ""), text  # type: ignore[misc]
                )
    return glossed


def read_with_definitions(
    lowered: Sequence[str], glossed: Sequence[tuple[str, str]], skip: Sequence[bool],
    contexts: dict[int, tuple[str, bool]],
) -> None:
    """A sentence stating a duty with a security or breach term the agreement defines is
    also read with the definition (added to ``contexts``)."""
    if not glossed:
        return
    for index, text in enumerate(lowered):
        if skip[index] or index in contexts or not any(t in text for t, _ in glossed):
            continue
        if _MODAL.search(text) is None:
            continue  # only a sentence stating a duty is read with the definition
        expanded = text
        for term, gloss in glossed:
            if term in expanded:
                expanded = re.sub(rf"\b{re.escape(term)}\b", f"{term} ({gloss})", expanded, count=1)
        if expanded != text:
            contexts[index] = (expanded, True)
