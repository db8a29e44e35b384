"""Processor agreements, their status history, documents, and clause findings."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    Boolean,
    Bytea,
    Date,
    ForeignKey,
    Integer,
    OnDelete,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table

from core import Dependants, also_deleted_with
from suppliers import Product, Supplier
from templates import Template


class Agreement(Table, tablename="agreement"):
    id: Serial
    #: CBS code or slug of the controller; also the agreement's scope.
    scope = Varchar(length=64, index=True)
    #: "municipality" or "arrangement".
    controller_kind = Varchar(length=16)
    #: For an arrangement: CBS codes of the members it acts for (empty: all members).
    on_behalf_of = JSON(default=[])
    supplier = ForeignKey(references=Supplier, on_delete=OnDelete.restrict, index=True)
    title = Varchar(length=300)
    reference = Varchar(length=100, default="")
    main_contract = Varchar(length=300, default="")
    #: draft, in_review, approved, signed, ended.
    status = Varchar(length=16, default="draft", index=True)
    start_date = Date(null=True, default=None)
    #: Empty for an agreement of indefinite duration.
    end_date = Date(null=True, default=None, index=True)
    notice_period_months = Integer(default=3)
    review_interval_months = Integer(default=12)
    last_review_date = Date(null=True, default=None)
    signing_date = Date(null=True, default=None)
    end_reason = Text(default="")
    subject_matter = Text(default="")
    purposes = JSON(default=[])
    nature = JSON(default=[])
    personal_data = JSON(default=[])
    special_categories = Boolean(default=False)
    criminal_data = Boolean(default=False)
    bsn = Boolean(default=False)
    data_subjects = JSON(default=[])
    retention = Text(default="")
    return_days = Integer(default=30)
    #: ISO alpha-2 codes where data is processed and stored.
    locations = JSON(default=["NL"])
    #: adequacy, scc, bcr or derogation; required when a location is outside the EEA.
    transfer_mechanism = Varchar(length=16, null=True, default=None)
    #: specific or general.
    subprocessor_authorisation = Varchar(length=16, default="specific")
    subprocessor_notice_days = Integer(null=True, default=None)
    breach_notification_hours = Integer(default=24)
    #: Evidence kinds the supplier must show, e.g. ["isae3000_tpm"].
    assurance_required = JSON(default=[])
    assurance_frequency_months = Integer(default=12)
    #: BIO, ISO 27001 or NEN 7510.
    security_standard = Varchar(length=16, default="BIO")
    #: {"controller": {name, role, place}, "processor": {...}}.
    signatories = JSON(default={})
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class AgreementProduct(Table, tablename="agreement_product"):
    id: Serial
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)
    product = ForeignKey(references=Product, on_delete=OnDelete.cascade, index=True)


class AgreementSubprocessor(Table, tablename="agreement_subprocessor"):
    id: Serial
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)
    #: An authorised sub-processor, a supplier from the processor's chain.
    subprocessor = ForeignKey(references=Supplier, on_delete=OnDelete.restrict, index=True)


class Transition(Table, tablename="agreement_transition"):
    id: Serial
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)
    from_status = Varchar(length=16)
    to_status = Varchar(length=16)
    actor = Varchar(length=254)
    at = Timestamptz()
    remark = Text(default="")


class Document(Table, tablename="agreement_document"):
    id: Serial
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)
    #: "generated" from a template, or "signed" (an upload of the signed copy).
    kind = Varchar(length=16)
    template = ForeignKey(references=Template, on_delete=OnDelete.set_null, null=True, default=None)
    template_version = Integer(null=True, default=None)
    filename = Varchar(length=255)
    media_type = Varchar(length=100)
    sha256 = Varchar(length=64)
    size = Integer()
    created_by = Varchar(length=254)
    created_at = Timestamptz()
    content = Bytea()


class Scan(Table, tablename="agreement_scan"):
    id: Serial
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)
    #: The signed copy that was read.
    document = ForeignKey(references=Document, on_delete=OnDelete.cascade)
    #: "scanned", or "unreadable" when the file had no text to read (a scanned image).
    status = Varchar(length=16)
    language = Varchar(length=2, default="")
    catalogue_version = Varchar(length=20, default="")
    message = Text(default="")
    #: The full report, as `vwo scan --format json` prints it for one file.
    report = JSON(default={})
    created_by = Varchar(length=254)
    created_at = Timestamptz()


class Finding(Table, tablename="agreement_finding"):
    id: Serial
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)
    scan = ForeignKey(references=Scan, on_delete=OnDelete.cascade, index=True)
    #: Clause key from the catalogue.
    key = Varchar(length=64)
    #: mandatory or recommended.
    tier = Varchar(length=16)
    #: missing or weak.
    status = Varchar(length=16)
    reason = Text(default="")
    #: accepted_risk, negotiate or resolved; empty while open.
    decision = Varchar(length=16, null=True, default=None, index=True)
    remark = Text(default="")
    decided_by = Varchar(length=254, null=True, default=None)
    decided_at = Timestamptz(null=True, default=None)
    #: True once a newer scan of a new signed copy replaced this one.
    superseded = Boolean(default=False, index=True)


# A product's delete takes its agreement links along (ON DELETE CASCADE); the register,
# which deletes it, cannot know them, so they are declared here for its audit trail.
also_deleted_with("product", Dependants("agreement_product", AgreementProduct, AgreementProduct.product))
also_deleted_with(
    "supplier", Dependants("agreement_product", AgreementProduct, AgreementProduct.product.supplier)
)
