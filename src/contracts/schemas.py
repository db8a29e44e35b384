"""Request and response shapes of the agreements API."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from core import MULTILINE
from suppliers import CbsCode, Country, EvidenceKind, Input, ScopeCode

Status = Literal["draft", "in_review", "approved", "signed", "ended"]
TransferMechanism = Literal["adequacy", "scc", "bcr", "derogation"]
Authorisation = Literal["specific", "general"]
SecurityStandard = Literal["BIO", "ISO 27001", "NEN 7510"]
Title = Annotated[str, Meta(min_length=1, max_length=300)]
Line = Annotated[str, Meta(min_length=1, max_length=300)]
Lines = Annotated[list[Line], Meta(max_length=50)]
Text = Annotated[str, Meta(max_length=5000, extra=MULTILINE)]
Months = Annotated[int, Meta(ge=0, le=120)]
Ids = Annotated[list[int], Meta(max_length=200)]


class Signatory(Input):
    name: Annotated[str, Meta(max_length=200)] = ""
    role: Annotated[str, Meta(max_length=200)] = ""
    place: Annotated[str, Meta(max_length=100)] = ""


class Signatories(Input):
    controller: Signatory = msgspec.field(default_factory=Signatory)
    processor: Signatory = msgspec.field(default_factory=Signatory)


class AgreementFields(Input, kw_only=True):
    """Fields shared by create and read; see the README for their meaning."""

    title: Title
    reference: Annotated[str, Meta(max_length=100)] = ""
    main_contract: Annotated[str, Meta(max_length=300)] = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    notice_period_months: Months = 3
    review_interval_months: Annotated[int, Meta(ge=1, le=120)] = 12
    last_review_date: dt.date | None = None
    subject_matter: Text = ""
    purposes: Lines = msgspec.field(default_factory=list)
    nature: Lines = msgspec.field(default_factory=list)
    personal_data: Lines = msgspec.field(default_factory=list)
    special_categories: bool = False
    criminal_data: bool = False
    bsn: bool = False
    data_subjects: Lines = msgspec.field(default_factory=list)
    retention: Text = ""
    return_days: Annotated[int, Meta(ge=0, le=365)] = 30
    locations: Annotated[list[Country], Meta(max_length=30)] = msgspec.field(default_factory=lambda: ["NL"])
    transfer_mechanism: TransferMechanism | None = None
    subprocessor_authorisation: Authorisation = "specific"
    subprocessor_notice_days: Annotated[int, Meta(ge=1, le=365)] | None = None
    subprocessor_ids: Ids = msgspec.field(default_factory=list)
    breach_notification_hours: Annotated[int, Meta(ge=1, le=720)] = 24
    assurance_required: Annotated[list[EvidenceKind], Meta(max_length=10)] = msgspec.field(default_factory=list)
    assurance_frequency_months: Annotated[int, Meta(ge=1, le=60)] = 12
    security_standard: SecurityStandard = "BIO"
    product_ids: Ids = msgspec.field(default_factory=list)
    signatories: Signatories = msgspec.field(default_factory=Signatories)


class AgreementCreate(AgreementFields, kw_only=True):
    controller: ScopeCode
    supplier_id: int
    on_behalf_of: Annotated[list[CbsCode], Meta(max_length=100)] = msgspec.field(default_factory=list)


class AgreementUpdate(Input):
    title: Title | UnsetType = UNSET
    reference: Annotated[str, Meta(max_length=100)] | UnsetType = UNSET
    main_contract: Annotated[str, Meta(max_length=300)] | UnsetType = UNSET
    start_date: dt.date | UnsetType | None = UNSET
    end_date: dt.date | UnsetType | None = UNSET
    notice_period_months: Months | UnsetType = UNSET
    review_interval_months: Annotated[int, Meta(ge=1, le=120)] | UnsetType = UNSET
    last_review_date: dt.date | UnsetType | None = UNSET
    subject_matter: Text | UnsetType = UNSET
    purposes: Lines | UnsetType = UNSET
    nature: Lines | UnsetType = UNSET
    personal_data: Lines | UnsetType = UNSET
    special_categories: bool | UnsetType = UNSET
    criminal_data: bool | UnsetType = UNSET
    bsn: bool | UnsetType = UNSET
    data_subjects: Lines | UnsetType = UNSET
    retention: Text | UnsetType = UNSET
    return_days: Annotated[int, Meta(ge=0, le=365)] | UnsetType = UNSET
    locations: Annotated[list[Country], Meta(max_length=30)] | UnsetType = UNSET
    transfer_mechanism: TransferMechanism | UnsetType | None = UNSET
    subprocessor_authorisation: Authorisation | UnsetType = UNSET
    subprocessor_notice_days: Annotated[int, Meta(ge=1, le=365)] | UnsetType | None = UNSET
    subprocessor_ids: Ids | UnsetType = UNSET
    breach_notification_hours: Annotated[int, Meta(ge=1, le=720)] | UnsetType = UNSET
    assurance_required: Annotated[list[EvidenceKind], Meta(max_length=10)] | UnsetType = UNSET
    assurance_frequency_months: Annotated[int, Meta(ge=1, le=60)] | UnsetType = UNSET
    security_standard: SecurityStandard | UnsetType = UNSET
    product_ids: Ids | UnsetType = UNSET
    signatories: Signatories | UnsetType = UNSET
    on_behalf_of: Annotated[list[CbsCode], Meta(max_length=100)] | UnsetType = UNSET


class TransitionIn(Input):
    to: Status
    remark: Text = ""
    #: Required when moving to `signed`.
    signing_date: dt.date | None = None
    #: Going to review: go on despite the completeness check's warnings (422 lists them).
    acknowledge_warnings: bool = False


class TransitionOut(Struct, kw_only=True):
    from_status: str
    to_status: str
    actor: str
    at: dt.datetime
    remark: str


class SignatoryOut(Struct, kw_only=True):
    name: str = ""
    role: str = ""
    place: str = ""


class SignatoriesOut(Struct, kw_only=True):
    controller: SignatoryOut = msgspec.field(default_factory=SignatoryOut)
    processor: SignatoryOut = msgspec.field(default_factory=SignatoryOut)


class AgreementOut(Struct, kw_only=True):
    id: int
    controller: str
    controller_kind: str
    controller_name: str
    on_behalf_of: list[str]
    supplier_id: int
    supplier_name: str
    status: Status
    title: str
    reference: str
    main_contract: str
    start_date: dt.date | None
    end_date: dt.date | None
    notice_period_months: int
    review_interval_months: int
    last_review_date: dt.date | None
    signing_date: dt.date | None
    end_reason: str
    subject_matter: str
    purposes: list[str]
    nature: list[str]
    personal_data: list[str]
    special_categories: bool
    criminal_data: bool
    bsn: bool
    data_subjects: list[str]
    retention: str
    return_days: int
    locations: list[str]
    transfer_mechanism: str | None
    subprocessor_authorisation: str
    subprocessor_notice_days: int | None
    subprocessor_ids: list[int]
    breach_notification_hours: int
    assurance_required: list[str]
    assurance_frequency_months: int
    security_standard: str
    product_ids: list[int]
    signatories: SignatoriesOut
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class AgreementDetail(AgreementOut, kw_only=True):
    transitions: list[TransitionOut]
    #: Status steps the caller may take now.
    allowed_transitions: list[str]


class AgreementPage(Struct, kw_only=True):
    items: list[AgreementOut]
    total: int
    page: int
    page_size: int


class GenerateIn(Input):
    template_id: int
    #: Go on despite the completeness check's warnings (422 lists them).
    acknowledge_warnings: bool = False


class DocumentOut(Struct, kw_only=True):
    id: int
    agreement_id: int
    kind: Literal["generated", "signed"]
    filename: str
    sha256: str
    size: int
    template_id: int | None
    template_version: int | None
    #: True when the template has a newer version than the one this document was made from.
    superseded: bool
    created_by: str
    created_at: dt.datetime
    download_url: str


class BulkGenerateIn(Input):
    #: CBS code or slug whose agreements are generated (all not ended).
    controller: ScopeCode
    template_id: int


class JobOut(Struct, kw_only=True):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    done: int
    total: int
    message: str
    download_url: str | None
