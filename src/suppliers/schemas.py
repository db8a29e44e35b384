"""Request and response shapes of the register API (msgspec, unknown fields refused)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from core import MULTILINE, Invalid, check_fields
from suppliers.csaf import cpe_error, purl_error

Name = Annotated[str, Meta(min_length=1, max_length=200)]
CbsCode = Annotated[str, Meta(pattern=r"^GM[0-9]{4}$", examples=["GM0363"])]
KvkNumber = Annotated[str, Meta(pattern=r"^[0-9]{8}$", examples=["12345678"])]
Oin = Annotated[str, Meta(pattern=r"^[0-9]{20}$", examples=["00000001002564440000"])]
Country = Annotated[str, Meta(pattern=r"^[A-Z]{2}$", examples=["NL"])]
Slug = Annotated[
    str, Meta(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64, examples=["isd-noord"])
]
#: A record id: a PostgreSQL ``integer`` (Serial).
RecordId = Annotated[int, Meta(ge=1, le=2**31 - 1)]
ScopeCode = Annotated[str, Meta(min_length=1, max_length=64)]
ShortText = Annotated[str, Meta(max_length=300)]
LongText = Annotated[str, Meta(max_length=5000, extra=MULTILINE)]

ArrangementKind = Literal["sociale_dienst", "belastingsamenwerking", "other"]
LegalForm = Literal[
    "openbaar_lichaam",
    "bedrijfsvoeringsorganisatie",
    "gemeenschappelijk_orgaan",
    "centrumgemeente",
    "regeling_zonder_meer",
]
#: The ENSIA domains a product can serve: DigiD, Suwinet, the BRP, passports and ID cards, BAG, BGT.
EnsiaDomain = Literal["digid", "suwinet", "brp", "pun", "bag", "bgt"]
Cpe = Annotated[str, Meta(min_length=5, max_length=300, examples=["cpe:2.3:a:vendor:product:4.2:*:*:*:*:*:*:*"])]
Purl = Annotated[str, Meta(min_length=7, max_length=500, examples=["pkg:generic/vendor/product@4.2"])]
ProductKind = Literal["application", "saas", "hosting", "infrastructure", "service", "other"]
EvidenceKind = Literal[
    "iso27001",
    "nen7510",
    "isae3402_type1",
    "isae3402_type2",
    "soc2_type1",
    "soc2_type2",
    "isae3000_tpm",
    "pentest",
    "digid_assessment",
    "other",
]
EvidenceState = Literal["valid", "expiring", "expired", "stale", "design_only", "incomplete"]


class Input(Struct, forbid_unknown_fields=True, kw_only=True):
    """Base of every request body: an unknown field is an error, not silently dropped.

    Dates outside 1900..2200 and line breaks in single-line text are refused too (400).
    """

    def __post_init__(self) -> None:
        check_fields(self)


# --- municipalities -------------------------------------------------------------------


class MunicipalityCreate(Input):
    name: Name
    cbs_code: CbsCode
    oin: Oin | None = None
    #: Postal address for the party clause and Annex I of an agreement.
    address: LongText = ""
    kvk_number: KvkNumber | None = None
    #: Who signs agreements for the municipality, e.g. "mr. A. de Vries", "burgemeester".
    signatory_name: ShortText = ""
    signatory_role: ShortText = ""


class MunicipalityUpdate(Input):
    name: Name | UnsetType = UNSET
    cbs_code: CbsCode | UnsetType = UNSET
    oin: Oin | UnsetType | None = UNSET
    address: LongText | UnsetType = UNSET
    kvk_number: KvkNumber | UnsetType | None = UNSET
    signatory_name: ShortText | UnsetType = UNSET
    signatory_role: ShortText | UnsetType = UNSET


class MunicipalityOut(Struct, kw_only=True):
    id: int
    name: str
    cbs_code: str
    oin: str | None
    address: str
    kvk_number: str | None
    signatory_name: str
    signatory_role: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class MunicipalityPage(Struct, kw_only=True):
    items: list[MunicipalityOut]
    total: int
    page: int
    page_size: int


# --- arrangements ---------------------------------------------------------------------


class MemberIn(Input):
    cbs_code: CbsCode
    joined_on: dt.date | None = None
    left_on: dt.date | None = None


class MemberOut(Struct, kw_only=True):
    cbs_code: str
    name: str
    joined_on: dt.date | None
    left_on: dt.date | None
    active: bool


class ArrangementCreate(Input):
    name: Name
    slug: Slug
    kind: ArrangementKind
    legal_form: LegalForm
    kvk_number: KvkNumber | None = None
    members: list[MemberIn] = msgspec.field(default_factory=list)
    ibd_connected: bool = False
    ibd_since: dt.date | None = None
    address: LongText = ""
    #: Who signs agreements for the arrangement, e.g. the chair of the executive board.
    signatory_name: ShortText = ""
    signatory_role: ShortText = ""


class ArrangementUpdate(Input):
    name: Name | UnsetType = UNSET
    slug: Slug | UnsetType = UNSET
    kind: ArrangementKind | UnsetType = UNSET
    legal_form: LegalForm | UnsetType = UNSET
    kvk_number: KvkNumber | UnsetType | None = UNSET
    members: list[MemberIn] | UnsetType = UNSET
    ibd_connected: bool | UnsetType = UNSET
    ibd_since: dt.date | UnsetType | None = UNSET
    address: LongText | UnsetType = UNSET
    signatory_name: ShortText | UnsetType = UNSET
    signatory_role: ShortText | UnsetType = UNSET


class ArrangementOut(Struct, kw_only=True):
    id: int
    name: str
    slug: str
    kind: str
    legal_form: str
    legal_person: bool
    kvk_number: str | None
    ibd_connected: bool
    ibd_since: dt.date | None
    address: str
    signatory_name: str
    signatory_role: str
    members: list[MemberOut]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class ArrangementPage(Struct, kw_only=True):
    items: list[ArrangementOut]
    total: int
    page: int
    page_size: int


# --- suppliers ------------------------------------------------------------------------


class Contact(Input):
    name: Name
    role: ShortText = ""
    email: Annotated[str, Meta(max_length=254)] = ""
    phone: Annotated[str, Meta(max_length=40)] = ""


class SupplierCreate(Input):
    name: Name
    country: Country
    scope: ScopeCode | None = None
    kvk_number: KvkNumber | None = None
    address: LongText = ""
    website: ShortText = ""
    contacts: list[Contact] = msgspec.field(default_factory=list)


class SupplierUpdate(Input):
    name: Name | UnsetType = UNSET
    country: Country | UnsetType = UNSET
    kvk_number: KvkNumber | UnsetType | None = UNSET
    address: LongText | UnsetType = UNSET
    website: ShortText | UnsetType = UNSET
    contacts: list[Contact] | UnsetType = UNSET


class ContactOut(Struct, kw_only=True):
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


class SupplierOut(Struct, kw_only=True):
    id: int
    scope: str
    name: str
    kvk_number: str | None
    country: str
    country_name: str
    in_eea: bool
    address: str
    website: str
    contacts: list[ContactOut]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class SupplierPage(Struct, kw_only=True):
    items: list[SupplierOut]
    total: int
    page: int
    page_size: int


# --- products -------------------------------------------------------------------------


class ProductCreate(Input):
    name: Name
    kind: ProductKind
    product_version: Annotated[str, Meta(max_length=50)] = ""
    used_by: list[ScopeCode] = msgspec.field(default_factory=list)
    cpe: Cpe | None = None
    purl: Purl | None = None
    ensia_domains: list[EnsiaDomain] = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        super().__post_init__()
        check_product_names(self.cpe, self.purl)


class ProductUpdate(Input):
    name: Name | UnsetType = UNSET
    kind: ProductKind | UnsetType = UNSET
    product_version: Annotated[str, Meta(max_length=50)] | UnsetType = UNSET
    used_by: list[ScopeCode] | UnsetType = UNSET
    cpe: Cpe | UnsetType | None = UNSET
    purl: Purl | UnsetType | None = UNSET
    ensia_domains: list[EnsiaDomain] | UnsetType = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        check_product_names(self.cpe, self.purl)


def check_product_names(cpe: object, purl: object) -> None:
    """400 for a CPE or purl that CSAF 2.0 would not accept either."""
    errors = {
        name: error for name, value, check in (("cpe", cpe, cpe_error), ("purl", purl, purl_error))
        if isinstance(value, str) and (error := check(value))
    }
    if errors:
        raise Invalid(errors)


class ProductOut(Struct, kw_only=True):
    id: int
    supplier_id: int
    name: str
    kind: str
    product_version: str
    cpe: str | None
    purl: str | None
    ensia_domains: list[str]
    used_by: list[str]
    version: int


class ProductPage(Struct, kw_only=True):
    items: list[ProductOut]
    total: int
    page: int
    page_size: int


# --- sub-processors -------------------------------------------------------------------


class SubprocessorCreate(Input):
    subprocessor_id: RecordId
    service: LongText = ""
    country: Country | None = None
    notified_on: dt.date | None = None


class SubprocessorUpdate(Input):
    service: LongText | UnsetType = UNSET
    country: Country | UnsetType = UNSET
    notified_on: dt.date | UnsetType | None = UNSET


class SubprocessorOut(Struct, kw_only=True):
    id: int
    supplier_id: int
    subprocessor_id: int
    name: str
    country: str
    in_eea: bool
    service: str
    notified_on: dt.date | None
    version: int


class SubprocessorPage(Struct, kw_only=True):
    items: list[SubprocessorOut]
    total: int
    page: int
    page_size: int


# --- evidence -------------------------------------------------------------------------


class EvidenceCreate(Input):
    kind: EvidenceKind
    scope_text: LongText = ""
    auditor: ShortText = ""
    standard_version: Literal["2013", "2022"] | None = None
    issued_on: dt.date | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    valid_until: dt.date | None = None


class EvidenceUpdate(Input):
    kind: EvidenceKind | UnsetType = UNSET
    scope_text: LongText | UnsetType = UNSET
    auditor: ShortText | UnsetType = UNSET
    standard_version: Literal["2013", "2022"] | UnsetType | None = UNSET
    issued_on: dt.date | UnsetType | None = UNSET
    period_start: dt.date | UnsetType | None = UNSET
    period_end: dt.date | UnsetType | None = UNSET
    valid_until: dt.date | UnsetType | None = UNSET


class EvidenceOut(Struct, kw_only=True):
    id: int
    supplier_id: int
    kind: str
    scope_text: str
    auditor: str
    standard_version: str | None
    issued_on: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    valid_until: dt.date | None
    #: valid, expiring, expired, stale, design_only or incomplete, on today's date.
    state: EvidenceState
    #: The last day this evidence counts (certificate expiry or report period end + 12 months).
    counts_until: dt.date | None
    file_name: str | None
    file_sha256: str | None
    file_size: int | None
    version: int


class EvidencePage(Struct, kw_only=True):
    items: list[EvidenceOut]
    total: int
    page: int
    page_size: int


def updates(data: Struct) -> dict[str, Any]:
    """The fields a PATCH body actually set."""
    return {
        name: value
        for name in data.__struct_fields__
        if (value := getattr(data, name)) is not UNSET
    }
