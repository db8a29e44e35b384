"""Clause rules per family, collected by key."""

from __future__ import annotations

from clauses.rules.assistance import ASSISTANCE_RULES
from clauses.rules.base import ClauseRules
from clauses.rules.breach import BREACH_RULES
from clauses.rules.lifecycle import LIFECYCLE_RULES
from clauses.rules.processing import PROCESSING_RULES
from clauses.rules.security import SECURITY_RULES
from clauses.rules.subprocessors import SUBPROCESSOR_RULES

ALL_RULES: dict[str, ClauseRules] = {
    rules.key: rules
    for family in (
        SUBPROCESSOR_RULES,
        PROCESSING_RULES,
        ASSISTANCE_RULES,
        SECURITY_RULES,
        BREACH_RULES,
        LIFECYCLE_RULES,
    )
    for rules in family
}

__all__ = ["ALL_RULES", "ClauseRules"]
