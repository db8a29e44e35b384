"""Substrings a pattern cannot match without: a cheap test before the regex runs.

Most rule patterns fail on most sentences, and a failing search still walks the whole
sentence (trying every alternative at every position that may start one). ``required``
reads the parsed pattern and returns groups of plain substrings such that every match
contains at least one substring of each group; when one group has none of its substrings
in the text, the pattern cannot match and the search is skipped. The groups are derived
from the pattern itself, so a rule written later gets its test without any extra work, and
what a pattern matches never changes (``tests/clauses/test_clauses_speed.py`` checks that
the test passes wherever the pattern matches).

Only case-sensitive patterns are read (the rules run on lower-cased text); a pattern with
flags or constructs this module does not know gets no test at all, nor does any pattern
on a Python whose ``sre_parse`` differs (``required`` then returns nothing).
"""

from __future__ import annotations

import re
import warnings
from itertools import product
from typing import Any

# the regex parser of the standard library, under its public (deprecated since 3.11) names
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sre
    import sre_parse

Group = frozenset[str]  # one of these substrings is in every match
MAX_EXACT = 24  # strings a part of a pattern is spelled out into, at most
# a group with more substrings than this costs more than it saves (the detector tests
# most of them as one set operation, see ``base._search``)
MAX_STRINGS = 64
MAX_GROUPS = 3
# a group with a substring as short as "a", "in" or "3" is in nearly every text: no use
MIN_RARITY = 3
_TRANSPARENT = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # zero-width: neighbours stay adjacent


def _exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string the sequence ``items`` can match (a few at most), or None."""
    strings = {""}
    for op, av in items:
        if op in _TRANSPARENT:
            continue
        if op is sre.LITERAL:
            options = {chr(av)}
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            options = {chr(a) for _, a in av}
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            options = _exact(list(av[3]))  # type: ignore[assignment]
        elif op is sre.BRANCH:
            options = set()
            for alternative in av[1]:
                found = _exact(list(alternative))
                if found is None:
                    return None
                options |= found
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            found = _exact(list(av[2]))
            options = None if found is None else found | {""}  # type: ignore[assignment]
        else:
            return None
        if options is None or len(strings) * len(options) > MAX_EXACT:
            return None
        strings = {a + b for a, b in product(strings, options)}
    return strings


def _group(strings: set[str]) -> Group | None:
    """The strings as a group, those containing a shorter one dropped; None if useless."""
    if "" in strings or len(strings) > MAX_STRINGS:
        return None
    kept = {s for s in strings if not any(o != s and o in s for o in strings)}
    return frozenset(kept)


def _rarity(text: str) -> int:
    """Letters count once; digits, spaces and punctuation (rarer in prose) twice."""
    return sum(1 if c.isalpha() else 2 for c in text)


def _score(group: Group) -> tuple[int, int]:
    """Longer substrings are rarer; fewer of them are cheaper to test."""
    return (min(min(_rarity(s) for s in group), 6), -len(group))


def _groups(items: list[tuple[Any, Any]]) -> list[Group]:
    """Groups that every match of the sequence ``items`` satisfies."""
    groups: list[Group] = []
    run: list[tuple[Any, Any]] = []

    def close_run() -> None:
        if run:
            found = _exact(run)
            group = _group(found) if found is not None else None
            if group is not None:
                groups.append(group)
            elif len(run) > 1:
                # too many strings together: the parts on their own still count
                for item in run:
                    groups.extend(_groups([item]))
            run.clear()

    for op, av in items:
        if op in _TRANSPARENT or _exact([(op, av)]) is not None:
            run.append((op, av))
            continue
        close_run()
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            groups.extend(_groups(list(av[3])))
        elif op is sre.ATOMIC_GROUP:
            groups.extend(_groups(list(av)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            groups.extend(_groups(list(av[2])))
        elif op is sre.BRANCH:
            branch = _branch(av[1])
            if branch is not None:
                groups.append(branch)
    close_run()
    return groups


def _branch(alternatives: list[Any]) -> Group | None:
    """One group for an alternation: each alternative's best group, together."""
    union: set[str] = set()
    for alternative in alternatives:
        groups = _groups(list(alternative))
        if not groups:
            return None
        best: Group = max(groups, key=_score)
        union.update(best)
    return _group(union)


def required(pattern: str) -> tuple[Group, ...]:
    """Groups of substrings, each with one substring in every match of ``pattern``
    (the most selective few; none if the pattern is not understood)."""
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, AttributeError, TypeError):
        return ()
    if parsed.state.flags & ~re.UNICODE:
        return ()
    groups = {g for g in _groups(list(parsed.data)) if g and _score(g)[0] >= MIN_RARITY}
    return tuple(sorted(groups, key=_score, reverse=True)[:MAX_GROUPS])


def possible(groups: tuple[Group, ...], text: str) -> bool:
    """False when ``text`` lacks every substring of some group: no match is possible."""
    for group in groups:
        for part in group:
            if part in text:
                break
        else:
            return False
    return True
