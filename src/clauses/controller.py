"""Duties of the controller: no evidence that the processor carries them.

"The University shall keep the records needed to demonstrate ...", "De Onderwijsinstelling
zorgt dat haar docenten vertrouwelijk omgaan ...", "Zorgaanbieder is verantwoordelijk voor
het afhandelen van verzoeken": the subject is the controller, under a usual name
(controller, customer, gemeente ...) or under the agreement's own (a party stated to be
the controller, or the party defined next to the processor in the preamble). Such a
sentence that names no processor is no evidence for the keys only the processor can carry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clauses.rules.base import ACTOR

# keys whose duty is the processor's own (an audit, an instruction or an authorisation is
# the controller's act and may well have it as its subject)
PROCESSOR_DUTIES = frozenset(
    {
        "confidentiality",
        "security-measures",
        "security-risk-assessment",
        "data-subject-rights",
        "compliance-information",
        "return-or-delete",
        "assist-security",
        "assist-prior-consultation",
        "assist-breach-authority",
        "assist-breach-subjects",
        "assist-dpia",
    }
)
_USUAL = (
    "controller", "data controller", "customer", "client", "verantwoordelijke",
    "verwerkingsverantwoordelijke", "opdrachtgever", "klant",
)
# "De Onderwijsinstelling is verwerkingsverantwoordelijke", "the Authority is the Controller"
_STATED = re.compile(
    r"(?:^|[.;:]\s|\d\s)(?:the |de |het |iedere |each )?([a-z][\w-]{2,30}) (?:is|acts as|treedt op als) "
    r"(?:the |de |a |een )?(?:data )?(?:controller|verwerkingsverantwoordelijke|verantwoordelijke)\b"
)
# the parties defined in the preamble: 'hierna: "Zorgaanbieder"', '("the University")'
_DEFINED = re.compile(r"(?:hierna(?: te noemen)?:?|\()\s?[\"“”']?(?:the |de |het )?([a-z][\w-]{2,30})[\"“”']?[),]")
_PREAMBLE = 12
_PROCESSOR = re.compile(rf"^{ACTOR}$|^(?:processor|data processor|verwerker)$")


def controller_names(lowered: Sequence[str]) -> set[str]:
    """The agreement's names for the controller (besides the usual ones)."""
    names = {m.group(1) for text in lowered for m in _STATED.finditer(text)}
    defined: list[str] = []
    for text in lowered[:_PREAMBLE]:
        defined += [m.group(1) for m in _DEFINED.finditer(text)]
    parties = set(defined)
    if len(parties) == 2 and any(_PROCESSOR.match(name) for name in parties):
        names |= {name for name in parties if not _PROCESSOR.match(name)}
    return {name for name in names if not _PROCESSOR.match(name)}


def controller_duties(lowered: Sequence[str]) -> list[bool]:
    """Per sentence: its subject is the controller, it states a duty or a responsibility
    (not a passive: "the customer shall be notified" is the processor's duty) and it
    names no processor."""
    names = sorted({*_USUAL, *controller_names(lowered)}, key=len, reverse=True)
    subject = re.compile(
        r"(?:^|\d[.)]?\s)(?:the |de |het )?(?:" + "|".join(map(re.escape, names))
        + r")\s(?:\w+\s){0,2}?(?:shall|will|must|is|are|remains|keeps|ensures|zorgt|draagt|"
        r"blijft|houdt|bewaart)\b(?!\s(?:be|been|notified|informed|provided|given|"
        r"worden|wordt|geïnformeerd))"
    )
    actor = re.compile(ACTOR)
    return [subject.search(text) is not None and actor.search(text) is None for text in lowered]
