"""The processor under a name of the agreement's own ("the Institute", "Hostingbedrijf").

The rules know the usual names of the party that carries the duties (processor, supplier,
verwerker, leverancier, opdrachtnemer, "we" ...). Public-sector models and house styles
name it otherwise and then use only that name. When no usual name is ever the subject of
a duty, the word that most often is ("the institute shall", "hostingbedrijf verwerkt"),
at least ``MIN_DUTIES`` times, is read as the processor: every occurrence is replaced by
"processor" (English) or "verwerker" (Dutch) before the rules and the model read the text.
Names of the controller are never taken.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

MIN_DUTIES = 3
_VERBS = (
    r"(?:shall|will|must|agrees|undertakes|warrants|represents|ensures|may not|"
    r"zal|zullen|dient|moet|verplicht|verbindt|garandeert|staat|draagt|zorgt|verwerkt|"
    r"treft|meldt|informeert|licht|verleent|ondersteunt|helpt|verstrekt|verwijdert|"
    r"vernietigt|legt|stelt|blijft|waarborgt|werkt)\b"
)
# a duty's verb; its subject is the word before it, at the start of a sentence or clause
# (after numbering) or after "the", "de", "het" (found by looking back from the verb: a
# pattern that tries every word of every sentence as a subject is five times slower)
_VERB = re.compile(r"\s" + _VERBS)
_ARTICLES = frozenset({"the", "de", "het"})
_NUMBERING = re.compile(r"^\(?[\w.]{1,6}\)?$")
_WORD = re.compile(r"^[a-z][\w-]{1,30}$")


def _subjects(text: str) -> list[str]:
    found = []
    for match in _VERB.finditer(text):
        words = text[max(0, match.start() - 60) : match.start()].split()
        if not words or not _WORD.match(words[-1]):
            continue
        window_starts_text = match.start() <= 60
        before = words[:-1]
        if (
            (not before and window_starts_text)
            or (before and (before[-1] in _ARTICLES or before[-1][-1] in ".;:"))
            or (len(before) == 1 and window_starts_text and _NUMBERING.match(before[0]))
        ):
            found.append(words[-1])
    return found


_USUAL = re.compile(
    r"^(?:processor|data processor|supplier|vendor|provider|service provider|contractor|"
    r"importer|verwerker|leverancier|opdrachtnemer|dienstverlener|we|wij)$"
)
# controllers and words that are no party at all
_NOT_PROCESSOR = re.compile(
    r"^(?:controller|customer|client|company|you|verantwoordelijke|"
    r"verwerkingsverantwoordelijke|gemeente|opdrachtgever|klant|afnemer|"
    r"organisation|organization|authority|it|he|she|they|this|that|which|who|"
    r"each|either|party|parties|partij|partijen|agreement|overeenkomst|clause|data|"
    r"personal|information|gegevens|persoonsgegevens|hij|zij|deze|dit|die|dat|er|"
    r"iedere|elke|ieder|elk|notice|processing|verwerking|[a-z]|[ivx]+|\d.*)$"
)


def processor_alias(lowered: Sequence[str]) -> str | None:
    """The agreement's own name for the processor, or None when it uses a usual one."""
    subjects = Counter([word for text in lowered for word in _subjects(text)])
    if any(_USUAL.match(word) for word in subjects):
        return None
    for word, count in subjects.most_common():
        if count < MIN_DUTIES:
            return None
        if not _NOT_PROCESSOR.match(word):
            return word
    return None


def with_processor_named(lowered: Sequence[str], dutch: bool) -> list[str]:
    """``lowered`` with the agreement's own name for the processor replaced, if any."""
    alias = processor_alias(lowered)
    if alias is None:
        return list(lowered)
    name = "verwerker" if dutch else "processor"
    pattern = re.compile(rf"\b{re.escape(alias)}\b")
    return [pattern.sub(name, text) for text in lowered]
