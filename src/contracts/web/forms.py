"""The agreement form of the web pages: parsing into the API's structs, errors per input."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

import msgspec

from contracts.rules import EDITABLE_AFTER_DRAFT, date_errors
from contracts.schemas import AgreementCreate, AgreementDetail, AgreementUpdate
from core import ApiError, Invalid, as_list, to_struct

Many = str | list[str]

T = TypeVar("T")
TRANSFER_LABELS = {
    "adequacy": "adequaatheidsbesluit",
    "scc": "modelcontractbepalingen (SCC)",
    "bcr": "bindende bedrijfsvoorschriften (BCR)",
    "derogation": "uitzondering (art. 49 AVG)",
}
EVIDENCE_LABELS = {
    "iso27001": "ISO 27001-certificaat",
    "nen7510": "NEN 7510-certificaat",
    "isae3402_type1": "ISAE 3402 type I",
    "isae3402_type2": "ISAE 3402 type II",
    "soc2_type1": "SOC 2 type I",
    "soc2_type2": "SOC 2 type II",
    "isae3000_tpm": "TPM (ISAE 3000)",
    "pentest": "penetratietest",
    "digid_assessment": "DigiD-assessment",
    "other": "anders",
}
SECURITY_STANDARDS = ("BIO", "ISO 27001", "NEN 7510")
LINE_FIELDS = ("purposes", "nature", "personal_data", "data_subjects")
INT_FIELDS = (
    "notice_period_months", "review_interval_months", "return_days", "breach_notification_hours",
    "assurance_frequency_months",
)
DATE_FIELDS = ("start_date", "end_date", "last_review_date")
FLAG_FIELDS = ("special_categories", "criminal_data", "bsn")
SIGNATORY_PARTS = ("name", "role", "place")


@dataclass
class AgreementForm:
    """Every input of the agreement form, as the browser sends it."""

    controller: str = ""
    supplier_id: str = ""
    version: str = ""
    title: str = ""
    reference: str = ""
    main_contract: str = ""
    start_date: str = ""
    end_date: str = ""
    notice_period_months: str = ""
    review_interval_months: str = ""
    last_review_date: str = ""
    subject_matter: str = ""
    purposes: str = ""
    nature: str = ""
    personal_data: str = ""
    data_subjects: str = ""
    special_categories: str = ""
    criminal_data: str = ""
    bsn: str = ""
    retention: str = ""
    return_days: str = ""
    locations: str = ""
    transfer_mechanism: str = ""
    subprocessor_authorisation: str = "specific"
    subprocessor_notice_days: str = ""
    subprocessor_ids: Many = field(default_factory=list)
    breach_notification_hours: str = ""
    assurance_required: Many = field(default_factory=list)
    assurance_frequency_months: str = ""
    security_standard: str = "BIO"
    product_ids: Many = field(default_factory=list)
    on_behalf_of: Many = field(default_factory=list)
    sig_controller_name: str = ""
    sig_controller_role: str = ""
    sig_controller_place: str = ""
    sig_processor_name: str = ""
    sig_processor_role: str = ""
    sig_processor_place: str = ""

    def values(self) -> dict[str, Any]:
        """What to show again in the inputs after an error."""
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        for name in ("subprocessor_ids", "assurance_required", "product_ids", "on_behalf_of"):
            out[name] = as_list(out[name])
        return out


def default_values(controller: str = "", supplier_id: int | None = None) -> dict[str, Any]:
    """The inputs of a new agreement: the API's defaults."""
    return {
        **AgreementForm().values(), "controller": controller, "supplier_id": str(supplier_id or ""),
        "notice_period_months": "3", "review_interval_months": "12", "return_days": "30",
        "locations": "NL", "breach_notification_hours": "24", "assurance_frequency_months": "12",
    }


def detail_values(detail: AgreementDetail) -> dict[str, Any]:
    """The inputs of the edit form, filled from the stored agreement."""
    data = msgspec.to_builtins(detail)
    out: dict[str, Any] = {}
    for name in AgreementForm.__dataclass_fields__:
        if name.startswith("sig_"):
            _, party, part = name.split("_", 2)
            out[name] = data["signatories"][party][part]
        elif name in LINE_FIELDS:
            out[name] = "\n".join(data[name])
        elif name in FLAG_FIELDS:
            out[name] = "on" if data[name] else ""
        elif name == "locations":
            out[name] = ", ".join(data[name])
        elif name in {"subprocessor_ids", "product_ids"}:
            out[name] = [str(i) for i in data[name]]
        elif name in {"assurance_required", "on_behalf_of"}:
            out[name] = list(data[name])
        elif name == "controller":
            out[name] = detail.controller
        else:
            value = data.get(name)
            out[name] = "" if value is None else str(value)
    return out


def _payload(form: AgreementForm) -> tuple[dict[str, Any], dict[str, str]]:
    """The form as an API body (Python values), and the inputs that are not even well-formed."""
    errors: dict[str, str] = {}
    body: dict[str, Any] = {
        "title": form.title.strip(), "reference": form.reference.strip(),
        "main_contract": form.main_contract.strip(), "subject_matter": form.subject_matter.strip(),
        "retention": form.retention.strip(),
        "transfer_mechanism": form.transfer_mechanism or None,
        "subprocessor_authorisation": form.subprocessor_authorisation,
        "security_standard": form.security_standard,
        "assurance_required": as_list(form.assurance_required),
        "on_behalf_of": as_list(form.on_behalf_of),
        "locations": [c.upper() for c in re.split(r"[\s,;]+", form.locations) if c],
        "signatories": {
            party: {part: getattr(form, f"sig_{party}_{part}").strip() for part in SIGNATORY_PARTS}
            for party in ("controller", "processor")
        },
    }
    for name in LINE_FIELDS:
        body[name] = [line.strip() for line in getattr(form, name).splitlines() if line.strip()]
    for name in FLAG_FIELDS:
        body[name] = bool(getattr(form, name))
    for name in INT_FIELDS:
        raw = getattr(form, name).strip()
        if not re.fullmatch(r"-?\d{1,6}", raw):
            errors[name] = "Vul een geheel getal in."
        else:
            body[name] = int(raw)
    raw = form.subprocessor_notice_days.strip()
    if raw and not re.fullmatch(r"-?\d{1,6}", raw):
        errors["subprocessor_notice_days"] = "Vul een geheel getal in, of laat het leeg."
    body["subprocessor_notice_days"] = int(raw) if raw and "subprocessor_notice_days" not in errors else None
    for name in DATE_FIELDS:
        raw = getattr(form, name).strip()
        try:
            body[name] = dt.date.fromisoformat(raw) if raw else None
        except ValueError:
            errors[name] = "Vul een datum in als jjjj-mm-dd."
    for name in ("product_ids", "subprocessor_ids"):
        raw_ids = as_list(getattr(form, name))
        if all(i.isdigit() and len(i) < 10 for i in raw_ids):
            body[name] = [int(i) for i in raw_ids]
        else:
            errors[name] = "Kies uit de lijst."
    return body, errors


def convert(body: dict[str, Any], kind: type[T], errors: dict[str, str] | None = None) -> T:
    """The API's struct, its constraints checked as the API checks them; every wrong field
    in one Invalid, with the form's own parse errors (``errors``) and impossible dates."""
    found = dict(errors or {})
    result: T | None = None
    try:
        result = to_struct(kind, body, rules=date_errors)
    except Invalid as exc:
        for error in exc.errors:
            found.setdefault(error["field"], error["message"])
    if found or result is None:
        raise Invalid(found)
    return result


def parse_create(form: AgreementForm) -> AgreementCreate:
    body, errors = _payload(form)
    if not form.supplier_id.isdigit():
        errors["supplier_id"] = "Kies een leverancier."
    body.update(controller=form.controller, supplier_id=int(form.supplier_id) if form.supplier_id.isdigit() else 0)
    return convert(body, AgreementCreate, errors)


def parse_update(form: AgreementForm, status: str) -> tuple[AgreementUpdate, int | None]:
    """After draft only the fields that may still change are sent, as the API demands."""
    body, errors = _payload(form)
    if status != "draft":
        body = {k: v for k, v in body.items() if k in EDITABLE_AFTER_DRAFT}
        errors = {k: v for k, v in errors.items() if k in EDITABLE_AFTER_DRAFT}
    version = int(form.version) if form.version.isdigit() else None
    return convert(body, AgreementUpdate, errors), version


def field_errors(exc: ApiError, values: dict[str, Any] | None = None) -> dict[str, str]:
    """API errors by input name: `locations[1]` belongs to `locations`, `signatories.controller.name`
    to `sig_controller_name`; the value of a wrong list item is named in its message."""
    out: dict[str, str] = {}
    for error in exc.errors:
        name, message = error["field"], error["message"]
        if m := re.fullmatch(r"(\w+)\[(\d+)\].*", name):
            name, index = m.group(1), int(m.group(2))
            item = _item(values or {}, name, index)
            if item:
                message = f"{item}: {message}"
        elif name.startswith("signatories."):
            name = "sig_" + name.removeprefix("signatories.").replace(".", "_")
        if name in out:
            out[name] += " " + message
        else:
            out[name] = message
    if not out:
        out["form"] = str(exc.detail)
    return out


def _item(values: dict[str, Any], name: str, index: int) -> str:
    raw = values.get(name)
    if name == "locations" and isinstance(raw, str):
        items = [c.upper() for c in re.split(r"[\s,;]+", raw) if c]
    elif name in LINE_FIELDS and isinstance(raw, str):
        items = [line.strip() for line in raw.splitlines() if line.strip()]
    else:
        return ""
    return items[index] if index < len(items) else ""
