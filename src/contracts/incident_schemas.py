"""Request and response shapes of the incident register."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from suppliers import Input, ScopeCode

IncidentKind = Literal["personal_data_breach", "security_incident"]
Risk = Literal["undetermined", "none", "risk", "high_risk"]
Notification = Literal["required", "not_required", "undetermined"]
#: A moment with its offset (ISO 8601, e.g. 2026-10-24T10:00:00+02:00); a naive time is refused.
Moment = Annotated[dt.datetime, Meta(tz=True)]
Line = Annotated[str, Meta(min_length=1, max_length=300)]
Lines = Annotated[list[Line], Meta(max_length=50)]
Text = Annotated[str, Meta(max_length=5000)]
Summary = Annotated[str, Meta(min_length=1, max_length=5000)]
Estimate = Annotated[int, Meta(ge=0, le=100_000_000)]
Ids = Annotated[list[int], Meta(max_length=100)]


class IncidentCreate(Input, kw_only=True):
    controller: ScopeCode
    supplier_id: int
    product_ids: Ids = msgspec.field(default_factory=list)
    #: Empty: the supplier's current signed agreement with the controller, if any.
    agreement_id: int | None = None
    kind: IncidentKind
    discovered_at: Moment
    supplier_reported_at: Moment
    aware_at: Moment
    summary: Summary
    data_categories: Lines = msgspec.field(default_factory=list)
    data_subject_categories: Lines = msgspec.field(default_factory=list)
    subjects_estimate: Estimate | None = None
    consequences: Text = ""
    measures: Text = ""
    risk: Risk = "undetermined"
    share_with_other_users: bool = False
    shared_summary: Text = ""


class IncidentUpdate(Input):
    """The FG's decisions and what happened next; the description may be completed too."""

    authority_notified_at: Moment | UnsetType | None = UNSET
    authority_reference: Annotated[str, Meta(max_length=100)] | UnsetType = UNSET
    subjects_notified_at: Moment | UnsetType | None = UNSET
    decision_remark: Text | UnsetType = UNSET
    closed_on: dt.date | UnsetType | None = UNSET
    risk: Risk | UnsetType = UNSET
    summary: Summary | UnsetType = UNSET
    data_categories: Lines | UnsetType = UNSET
    data_subject_categories: Lines | UnsetType = UNSET
    subjects_estimate: Estimate | UnsetType | None = UNSET
    consequences: Text | UnsetType = UNSET
    measures: Text | UnsetType = UNSET
    share_with_other_users: bool | UnsetType = UNSET
    shared_summary: Text | UnsetType = UNSET


class IncidentOut(Struct, kw_only=True):
    id: int
    controller: str
    supplier_id: int
    supplier_name: str
    product_ids: list[int]
    product_names: list[str]
    agreement_id: int | None
    kind: IncidentKind
    #: Times in Europe/Amsterdam, with their offset.
    discovered_at: dt.datetime
    supplier_reported_at: dt.datetime
    aware_at: dt.datetime
    #: aware_at + 72 hours (GDPR Art. 33(1)).
    authority_due_at: dt.datetime
    #: The agreement's breach term in hours; None without an agreement.
    supplier_term_hours: int | None
    #: Reported within that term after discovery; None when there is no term.
    supplier_on_time: bool | None
    summary: str
    data_categories: list[str]
    data_subject_categories: list[str]
    subjects_estimate: int | None
    consequences: str
    measures: str
    risk: Risk
    authority_notification: Notification
    subjects_notification: Notification
    share_with_other_users: bool
    shared_summary: str
    authority_notified_at: dt.datetime | None
    authority_reference: str
    subjects_notified_at: dt.datetime | None
    decision_remark: str
    closed_on: dt.date | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class SupplierIncidentRecord(Struct, kw_only=True):
    """How a supplier reported its incidents to one controller, per year of discovery."""

    year: int
    incidents: int
    reported_late: int
    reported_in_time: int
    #: Incidents without a breach term to check against.
    without_term: int


class WarningOut(Struct, kw_only=True):
    """A ``supplier_incident`` warning as the warned controller sees it: no trace of the
    controller that reported it."""

    incident_id: int
    controller: str
    supplier_id: int
    supplier_name: str
    products: list[str]
    #: True when a product the warned controller uses is named.
    uses_product: bool
    kind: IncidentKind
    discovered_on: dt.date
    #: The reporting FG's shared summary; empty when not shared.
    shared_summary: str
    handled: bool


class WarningHandledIn(Input):
    #: CBS code or slug of the warned controller marking the warning as handled.
    controller: ScopeCode
