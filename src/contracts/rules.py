"""The agreement's life: which status steps exist, who may take them, what each needs."""

from __future__ import annotations

from dataclasses import dataclass

from core import Principal


@dataclass(frozen=True)
class Step:
    roles: frozenset[str]
    #: Dutch description of what the step needs when it is refused.
    needs_remark: bool = False
    label: str = ""


STEPS: dict[tuple[str, str], Step] = {
    ("draft", "in_review"): Step(frozenset({"procurement", "admin"}), label="Ter beoordeling aanbieden"),
    ("in_review", "approved"): Step(frozenset({"privacy_officer", "admin"}), label="Goedkeuren"),
    ("in_review", "draft"): Step(
        frozenset({"privacy_officer", "admin"}), needs_remark=True, label="Terugsturen met opmerkingen"
    ),
    ("approved", "signed"): Step(frozenset({"procurement", "admin"}), label="Ondertekend vastleggen"),
    ("signed", "ended"): Step(frozenset({"procurement", "admin"}), needs_remark=True, label="Beëindigen"),
}

#: Fields that may still change once an agreement has left draft (dates and review).
EDITABLE_AFTER_DRAFT = frozenset(
    {"reference", "main_contract", "end_date", "notice_period_months", "review_interval_months",
     "last_review_date"}
)


def allowed_steps(status: str, principal: Principal) -> list[str]:
    return [to for (frm, to), step in STEPS.items() if frm == status and principal.role in step.roles]
