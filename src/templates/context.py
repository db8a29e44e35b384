"""The documented rendering context of Word templates: typed structs, a sample and a schema.

A template sees eight top-level variables (:func:`allowed_variables`): ``agreement``,
``controller``, ``members``, ``supplier``, ``subprocessors``, ``processing``,
``signatories`` and ``generated_at``. :func:`templates.schema.context_schema` describes every field
(type, Dutch and English description, example) and :func:`templates.schema.context_markdown` renders the
same as Markdown for the README.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import msgspec


class Agreement(msgspec.Struct, kw_only=True):
    title: str
    reference: str
    main_contract: str
    status: Literal["draft", "in_review", "approved", "signed", "ended"] = "draft"
    start_date: dt.date
    end_date: dt.date | None = None
    notice_period_months: int = 3
    review_interval_months: int = 12
    signing_date: dt.date | None = None


class Controller(msgspec.Struct, kw_only=True):
    name: str
    kind: Literal["municipality", "arrangement"] = "municipality"
    cbs_code: str | None = None
    slug: str
    kvk_number: str | None = None
    #: Organisatie-identificatienummer (20 digits), when known.
    oin: str | None = None
    address: str
    represented_by: str


class Member(msgspec.Struct, kw_only=True):
    name: str
    cbs_code: str | None = None


class Contact(msgspec.Struct, kw_only=True):
    name: str
    email: str
    phone: str | None = None


class Supplier(msgspec.Struct, kw_only=True):
    name: str
    kvk_number: str | None = None
    country: str = "NL"
    country_name: str = "Nederland"
    in_eea: bool = True
    address: str
    website: str | None = None
    contact: Contact


class Subprocessor(msgspec.Struct, kw_only=True):
    name: str
    country: str
    country_name: str
    in_eea: bool
    service: str


class Location(msgspec.Struct, kw_only=True):
    country: str
    country_name: str
    in_eea: bool


class Processing(msgspec.Struct, kw_only=True):
    subject_matter: str
    purposes: list[str]
    nature: list[str]
    personal_data: list[str]
    special_categories: bool = False
    criminal_data: bool = False
    bsn: bool = False
    data_subjects: list[str]
    retention: str
    locations: list[Location]
    transfer_mechanism: str | None = None
    subprocessor_authorisation: Literal["specific", "general"] = "general"
    subprocessor_notice_days: int = 30
    breach_notification_hours: int = 24
    return_days: int = 30
    assurance_required: list[str]
    assurance_frequency_months: int = 12
    security_standard: Literal["BIO", "ISO 27001", "NEN 7510"] = "BIO"
    products: list[str]


class Signatory(msgspec.Struct, kw_only=True):
    name: str
    role: str
    place: str


class Signatories(msgspec.Struct, kw_only=True):
    controller: Signatory
    processor: Signatory


class RenderContext(msgspec.Struct, kw_only=True):
    """Everything a template may use; each field is one top-level template variable."""

    agreement: Agreement
    controller: Controller
    members: list[Member] = msgspec.field(default_factory=list)
    supplier: Supplier
    subprocessors: list[Subprocessor] = msgspec.field(default_factory=list)
    processing: Processing
    signatories: Signatories
    generated_at: dt.datetime


def allowed_variables() -> frozenset[str]:
    """The top-level names a template may use."""
    return frozenset(RenderContext.__struct_fields__)


def as_context(context: RenderContext | dict[str, Any]) -> RenderContext:
    """Check and convert a dict (e.g. decoded JSON, ISO dates as strings) into a context."""
    if isinstance(context, RenderContext):
        return context
    try:
        return msgspec.convert(context, RenderContext, strict=False)
    except msgspec.ValidationError as exc:
        raise ValueError(f"Ongeldige context voor het sjabloon: {exc}") from exc


def template_namespace(context: RenderContext | dict[str, Any]) -> dict[str, Any]:
    """The mapping handed to Jinja: one entry per top-level variable."""
    ctx = as_context(context)
    return {name: getattr(ctx, name) for name in ctx.__struct_fields__}


SAMPLE_CONTEXT = RenderContext(
    agreement=Agreement(
        title='Verwerkersovereenkomst "Zaakgericht werken" Sociaal Domein',
        reference="VWO-2027-014",
        main_contract="Raamovereenkomst Zaaksysteem & Klantcontact (kenmerk INK-2026-118)",
        status="signed",
        start_date=dt.date(2027, 1, 1),
        end_date=dt.date(2030, 12, 31),
        notice_period_months=3,
        review_interval_months=12,
        signing_date=dt.date(2026, 12, 15),
    ),
    controller=Controller(
        name="Gemeente Dijkstede",
        kind="municipality",
        cbs_code="GM9901",
        slug="dijkstede",
        kvk_number="01234567",
        oin="00000003012345670000",
        address="Raadhuisplein 1\n9901 AB Dijkstede",
        represented_by="de burgemeester, mr. A.B. de Vries-O'Neill",
    ),
    members=[],
    supplier=Supplier(
        name="Rekenwerk & Zonen B.V.",
        kvk_number="76543210",
        country="NL",
        country_name="Nederland",
        in_eea=True,
        address="Havenkade 12-B\n3011 XY Rotterdam",
        website="https://www.rekenwerk-zonen.example",
        contact=Contact(
            name="ir. K. ’t Hart", email="privacy@rekenwerk-zonen.example", phone="010 123 45 67"
        ),
    ),
    subprocessors=[
        Subprocessor(
            name="NordCloud Hosting GmbH",
            country="DE",
            country_name="Duitsland",
            in_eea=True,
            service="Hosting van het zaaksysteem <productie & uitwijk>",
        ),
        Subprocessor(
            name="Mailwise Inc.",
            country="US",
            country_name="Verenigde Staten",
            in_eea=False,
            service="Verzending van notificatie-e-mails",
        ),
    ],
    processing=Processing(
        subject_matter="Beheer en hosting van het zaaksysteem voor het Sociaal Domein",
        purposes=[
            "behandeling van aanvragen op grond van de Wmo en de Participatiewet",
            "dossiervorming en termijnbewaking",
        ],
        nature=["opslag", "raadpleging", "structurering", "verwijdering"],
        personal_data=[
            "naam, adres en woonplaats",
            "BSN",
            "inkomensgegevens",
            "gezondheidsgegevens (indicaties Wmo)",
            "foto's en scans van documenten",
        ],
        special_categories=True,
        criminal_data=False,
        bsn=True,
        data_subjects=["aanvragers en hun gezinsleden", "jeugdigen (< 18 jaar)", "medewerkers"],
        retention="zolang de Archiefwet en de selectielijst voorschrijven (> 7 jaar voor dossiers)",
        locations=[
            Location(country="NL", country_name="Nederland", in_eea=True),
            Location(country="DE", country_name="Duitsland", in_eea=True),
        ],
        transfer_mechanism="Standaardcontractbepalingen (Besluit (EU) 2021/914), module 3",
        subprocessor_authorisation="general",
        subprocessor_notice_days=30,
        breach_notification_hours=24,
        return_days=30,
        assurance_required=["ISAE 3402 type II", "TPM (BIO)"],
        assurance_frequency_months=12,
        security_standard="BIO",
        products=["Zaaksysteem Sociaal", "Klantportaal 'MijnDijkstede'"],
    ),
    signatories=Signatories(
        controller=Signatory(
            name="mr. A.B. de Vries-O'Neill", role="burgemeester", place="Dijkstede"
        ),
        processor=Signatory(name="drs. P. Rekenwerk", role="algemeen directeur", place="Rotterdam"),
    ),
    generated_at=dt.datetime(2026, 12, 1, 9, 30),
)
