"""The agreement's life: which status steps exist, who may take them, what each needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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


# --- what generating a document and going to review need -----------------------------

#: The processor tells the controller of a breach well within the 72 hours the controller
#: has towards the Autoriteit Persoonsgegevens (GDPR Art. 33(1)): a longer term cannot work.
GDPR_BREACH_HOURS = 72
#: Fewer days' notice of a new sub-processor leaves no real time to object.
MIN_SUBPROCESSOR_NOTICE_DAYS = 14
#: Longer than this to return or delete the data after the end is hard to explain.
MAX_RETURN_DAYS = 90

#: Fields the documents' context cannot do without, with what to do about them.
REQUIRED = {
    "subject_matter": "Vul het onderwerp van de verwerking in.",
    "purposes": "Noem minstens één doel van de verwerking.",
    "personal_data": "Noem de soorten persoonsgegevens.",
    "data_subjects": "Noem de categorieën betrokkenen.",
    "start_date": "Geef de ingangsdatum.",
}


def date_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """Dates that cannot be right together (also checked when an agreement is saved)."""
    errors: dict[str, str] = {}
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        errors["end_date"] = "De einddatum ligt voor de ingangsdatum."
    review = values.get("last_review_date")
    if review and start and review < start:
        errors["last_review_date"] = "De laatste evaluatie ligt voor de ingangsdatum."
    return errors


def completeness(
    values: Mapping[str, Any], owner: Mapping[str, Any], breach_limit: int, today: dt.date
) -> tuple[dict[str, str], dict[str, str]]:
    """(errors, warnings) of an agreement before a document is generated or it goes to review.

    ``values`` is the agreement (signatories as a dict), ``owner`` the municipality or
    arrangement it belongs to (its own signatory stands in when the agreement names none),
    ``breach_limit`` the register's policy (``VWO_BREACH_HOURS_LIMIT``). Errors block the
    step; warnings are shown and must be acknowledged.
    """
    errors = {name: message for name, message in REQUIRED.items() if not _filled(values.get(name))}
    signatories = values.get("signatories") or {}
    controller, processor = signatories.get("controller") or {}, signatories.get("processor") or {}
    if not (_filled(controller.get("name")) or _filled(owner.get("signatory_name"))):
        errors["signatories.controller.name"] = (
            "Wie tekent namens de verwerkingsverantwoordelijke? Vul het in, hier of bij de gemeente of het verband."
        )
    if not (_filled(controller.get("role")) or _filled(owner.get("signatory_role"))):
        errors["signatories.controller.role"] = "Geef de functie van wie namens de verwerkingsverantwoordelijke tekent."
    if not _filled(processor.get("name")):
        errors["signatories.processor.name"] = "Wie tekent namens de verwerker?"
    errors.update(date_errors(values))
    warnings: dict[str, str] = {}
    hours = values.get("breach_notification_hours") or 0
    if hours > GDPR_BREACH_HOURS:
        errors["breach_notification_hours"] = (
            f"Een meldtermijn van {hours} uur is langer dan de 72 uur waarin u zelf de Autoriteit "
            "Persoonsgegevens moet inlichten."
        )
    elif hours > breach_limit:
        warnings["breach_notification_hours"] = (
            f"De meldtermijn voor datalekken ({hours} uur) is langer dan het beleid ({breach_limit} uur)."
        )
    notice = values.get("subprocessor_notice_days")
    if values.get("subprocessor_authorisation") == "general" and notice and notice < MIN_SUBPROCESSOR_NOTICE_DAYS:
        warnings["subprocessor_notice_days"] = (
            f"{notice} dagen vooraf melden van een nieuwe subverwerker laat weinig tijd om bezwaar te maken "
            f"(gebruikelijk: minstens {MIN_SUBPROCESSOR_NOTICE_DAYS})."
        )
    if (values.get("return_days") or 0) > MAX_RETURN_DAYS:
        warnings["return_days"] = (
            f"Teruggeven of verwijderen binnen {values['return_days']} dagen na afloop is lang "
            f"(gebruikelijk: hoogstens {MAX_RETURN_DAYS})."
        )
    if not _filled(values.get("retention")):
        warnings["retention"] = "Er staat niet in hoe lang de gegevens worden bewaard."
    end = values.get("end_date")
    if end and end < today and "end_date" not in errors:
        warnings["end_date"] = f"De overeenkomst is al afgelopen (einddatum {end:%d-%m-%Y})."
    return errors, warnings


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return any(_filled(item) for item in value)
    return value is not None
