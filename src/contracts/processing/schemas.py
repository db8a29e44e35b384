"""Request and response shapes of the processing register and of rights requests."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from core import MULTILINE
from suppliers import Input, ScopeCode

LegalBasis = Literal[
    "consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"
]
Dpia = Literal["not_needed", "planned", "done"]
RequestKind = Literal["access", "rectification", "erasure", "restriction", "objection"]
Name = Annotated[str, Meta(min_length=1, max_length=200)]
Line = Annotated[str, Meta(min_length=1, max_length=300)]
Lines = Annotated[list[Line], Meta(max_length=50)]
Text = Annotated[str, Meta(max_length=5000, extra=MULTILINE)]
Ids = Annotated[list[Annotated[int, Meta(ge=1, le=2**31 - 1)]], Meta(max_length=200)]
Years = Annotated[int, Meta(ge=0, le=200)]
#: The municipality's case number: no name, BSN or other personal data of the resident.
Reference = Annotated[str, Meta(min_length=1, max_length=100)]


class ActivityCreate(Input, kw_only=True):
    controller: ScopeCode
    name: Name
    purpose: Text = ""
    legal_basis: LegalBasis
    legal_basis_detail: Text = ""
    data_categories: Lines = msgspec.field(default_factory=list)
    special_categories: Lines = msgspec.field(default_factory=list)
    uses_bsn: bool = False
    data_subject_categories: Lines = msgspec.field(default_factory=list)
    retention: Text = ""
    retention_years: Years | None = None
    recipients: Lines = msgspec.field(default_factory=list)
    source: Text = ""
    agreement_ids: Ids = msgspec.field(default_factory=list)
    dpia: Dpia = "not_needed"
    dpia_date: dt.date | None = None


class ActivityUpdate(Input):
    name: Name | UnsetType = UNSET
    purpose: Text | UnsetType = UNSET
    legal_basis: LegalBasis | UnsetType = UNSET
    legal_basis_detail: Text | UnsetType = UNSET
    data_categories: Lines | UnsetType = UNSET
    special_categories: Lines | UnsetType = UNSET
    uses_bsn: bool | UnsetType = UNSET
    data_subject_categories: Lines | UnsetType = UNSET
    retention: Text | UnsetType = UNSET
    retention_years: Years | UnsetType | None = UNSET
    recipients: Lines | UnsetType = UNSET
    source: Text | UnsetType = UNSET
    agreement_ids: Ids | UnsetType = UNSET
    dpia: Dpia | UnsetType = UNSET
    dpia_date: dt.date | UnsetType | None = UNSET


class ProcessorOut(Struct, kw_only=True):
    """A processor or sub-processor taking part in an activity."""

    supplier_id: int
    name: str
    country: str
    in_eea: bool
    #: "processor" (party to a linked agreement) or "subprocessor" (in its chain).
    role: Literal["processor", "subprocessor"]
    #: The linked agreement (processor) or the processor whose chain it is in (sub-processor).
    agreement_id: int | None = None
    via_supplier_id: int | None = None


class ActivityOut(Struct, kw_only=True):
    id: int
    controller: str
    #: The municipality's or arrangement's name.
    controller_name: str
    name: str
    purpose: str
    legal_basis: LegalBasis
    legal_basis_detail: str
    data_categories: list[str]
    special_categories: list[str]
    uses_bsn: bool
    data_subject_categories: list[str]
    retention: str
    retention_years: int | None
    recipients: list[str]
    source: str
    agreement_ids: list[int]
    dpia: Dpia
    dpia_date: dt.date | None
    processors: list[ProcessorOut]
    outside_eea: bool
    #: The transfer mechanisms (adequacy, scc, bcr, derogation) of the linked agreements.
    transfer_safeguards: list[str]
    #: The security standards (BIO, ISO 27001, NEN 7510) the linked agreements require.
    security_standards: list[str]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class RightsRequestCreate(Input, kw_only=True):
    controller: ScopeCode
    kind: RequestKind
    received_on: dt.date
    reference: Reference
    #: Empty: all of the controller's activities.
    activity_ids: Ids = msgspec.field(default_factory=list)


class RightsRequestUpdate(Input):
    """An extension of the answer term by one or two months, with its reason."""

    extension_months: Annotated[int, Meta(ge=0, le=2)] | UnsetType = UNSET
    extension_reason: Text | UnsetType = UNSET
    reference: Reference | UnsetType = UNSET


class TaskConfirm(Input):
    confirmed_on: dt.date
    remark: Text = ""


class RetentionHold(Struct, kw_only=True):
    activity_id: int
    name: str
    retention: str
    retention_years: int | None
    legal_basis_detail: str


class SubprocessorRef(Struct, kw_only=True):
    supplier_id: int
    name: str
    country: str
    in_eea: bool


class TaskOut(Struct, kw_only=True):
    id: int
    supplier_id: int | None
    supplier_name: str
    agreement_id: int | None
    activity_ids: list[int]
    data_categories: list[str]
    subprocessors: list[SubprocessorRef]
    #: For erasure: where a retention duty stands in the way (empty otherwise).
    retention_holds: list[RetentionHold]
    confirmed_on: dt.date | None
    remark: str
    confirmed_by: str


class RightsRequestOut(Struct, kw_only=True):
    id: int
    controller: str
    kind: RequestKind
    received_on: dt.date
    reference: str
    activity_ids: list[int]
    extension_months: int
    extension_reason: str
    due_on: dt.date
    closed_on: dt.date | None
    status: Literal["open", "closed"]
    #: Closed on or before the due date; None while open.
    answered_on_time: bool | None
    tasks: list[TaskOut]
    letters: list[str]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class AnnexCheck(Struct, kw_only=True):
    """An agreement's data categories against those of its linked activities."""

    agreement_id: int
    #: The agreement's version (for If-Match when filling it).
    agreement_version: int
    #: draft, in_review, approved, signed or ended: only a draft can be filled.
    agreement_status: str
    activity_ids: list[int]
    activity_categories: list[str]
    agreement_categories: list[str]
    #: In an activity, not in the agreement: the agreement's description falls short.
    missing_in_agreement: list[str]
    #: In the agreement, in none of its activities.
    not_in_activities: list[str]
    mismatch: bool


class ImportRow(Struct, kw_only=True):
    row: int
    name: str
    #: create, update, or error (nothing is stored for the row).
    action: Literal["create", "update", "error"]
    errors: dict[str, str] = msgspec.field(default_factory=dict)
    activity_id: int | None = None


class ImportReport(Struct, kw_only=True):
    controller: str
    dry_run: bool
    rows: list[ImportRow]
    created: int
    updated: int
    errors: int
