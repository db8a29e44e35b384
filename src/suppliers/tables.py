"""The register: municipalities, joint arrangements, suppliers and what hangs below them.

Every tenant record carries a ``version`` (optimistic locking: ETag / If-Match).
Suppliers belong to one scope, the CBS code or slug of the municipality or
arrangement that keeps them in its register.
"""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    Boolean,
    Bytea,
    Date,
    DoublePrecision,
    ForeignKey,
    Integer,
    OnDelete,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table


class Municipality(Table, tablename="municipality"):
    id: Serial
    name = Varchar(length=200, index=True)
    #: CBS code, GM + four digits; also the municipality's scope.
    cbs_code = Varchar(length=6, unique=True, index=True)
    #: Organisatie-identificatienummer, 20 digits (optional).
    oin = Varchar(length=20, null=True, default=None)
    #: Postal address, as it appears in the party clause and Annex I of an agreement.
    address = Text(default="")
    #: Chamber of Commerce number of the municipality, 8 digits (optional).
    kvk_number = Varchar(length=8, null=True, default=None)
    #: Who signs agreements for the municipality (name and role, e.g. "burgemeester").
    signatory_name = Varchar(length=200, default="")
    signatory_role = Varchar(length=200, default="")
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class Arrangement(Table, tablename="arrangement"):
    id: Serial
    name = Varchar(length=200, index=True)
    #: URL-safe identifier; also the arrangement's scope.
    slug = Varchar(length=64, unique=True, index=True)
    #: sociale_dienst, belastingsamenwerking or other.
    kind = Varchar(length=32)
    #: openbaar_lichaam, bedrijfsvoeringsorganisatie, gemeenschappelijk_orgaan, ...
    legal_form = Varchar(length=32)
    #: Only for legal persons (openbaar lichaam, bedrijfsvoeringsorganisatie).
    kvk_number = Varchar(length=8, null=True, default=None)
    ibd_connected = Boolean(default=False)
    ibd_since = Date(null=True, default=None)
    #: Postal address, as it appears in the party clause and Annex I of an agreement.
    address = Text(default="")
    #: Who signs agreements for the arrangement (e.g. the chair of the executive board).
    signatory_name = Varchar(length=200, default="")
    signatory_role = Varchar(length=200, default="")
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class Membership(Table, tablename="arrangement_member"):
    id: Serial
    arrangement = ForeignKey(references=Arrangement, on_delete=OnDelete.cascade, index=True)
    municipality = ForeignKey(references=Municipality, on_delete=OnDelete.restrict, index=True)
    joined_on = Date(null=True, default=None)
    left_on = Date(null=True, default=None)


class Supplier(Table, tablename="supplier"):
    id: Serial
    #: CBS code or arrangement slug whose register holds this supplier.
    scope = Varchar(length=64, index=True)
    name = Varchar(length=200, index=True)
    #: Chamber of Commerce number, 8 digits; required for Dutch suppliers.
    kvk_number = Varchar(length=8, null=True, default=None)
    #: ISO 3166-1 alpha-2.
    country = Varchar(length=2)
    address = Text(default="")
    website = Varchar(length=300, default="")
    #: JSON list of {name, role, email, phone}.
    contacts = JSON(default=[])
    #: Name and KvK number folded for search (lower case, no accents): derived, never sent.
    search_text = Text(default="")
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()

    # (scope, kvk_number) is unique: an index made in the migration (SQLite cannot add constraints).


class Product(Table, tablename="product"):
    id: Serial
    supplier = ForeignKey(references=Supplier, on_delete=OnDelete.cascade, index=True)
    name = Varchar(length=200)
    product_version = Varchar(length=50, default="")
    #: application, saas, hosting, infrastructure, service, other.
    kind = Varchar(length=32)
    #: CPE 2.3 name (``cpe:2.3:a:vendor:product:version:...``), for matching advisories.
    cpe = Varchar(length=300, null=True, default=None)
    #: Package URL (``pkg:type/namespace/name@version``), for matching advisories.
    purl = Varchar(length=500, null=True, default=None)
    #: ENSIA domains the product serves: digid, suwinet, brp, pun, bag, bgt.
    ensia_domains = JSON(default=[])
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class ProductUsage(Table, tablename="product_usage"):
    id: Serial
    product = ForeignKey(references=Product, on_delete=OnDelete.cascade, index=True)
    #: CBS code or arrangement slug of the user of the product.
    used_by = Varchar(length=64, index=True)


class SubprocessorLink(Table, tablename="subprocessor_link"):
    id: Serial
    #: The processor that engages the sub-processor.
    supplier = ForeignKey(references=Supplier, on_delete=OnDelete.cascade, index=True)
    #: The sub-processor, itself a supplier in the same register.
    subprocessor = ForeignKey(references=Supplier, on_delete=OnDelete.restrict, index=True)
    #: Where the sub-processor processes the data (ISO alpha-2).
    country = Varchar(length=2)
    service = Text(default="")
    #: Date the processor announced this sub-processor (objection term runs from it).
    notified_on = Date(null=True, default=None)
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class Evidence(Table, tablename="evidence"):
    id: Serial
    supplier = ForeignKey(references=Supplier, on_delete=OnDelete.cascade, index=True)
    #: iso27001, nen7510, isae3402_type1/2, soc2_type1/2, isae3000_tpm, pentest, ...
    kind = Varchar(length=32, index=True)
    scope_text = Text(default="")
    auditor = Varchar(length=200, default="")
    #: "2013" or "2022" for ISO 27001 / NEN 7510 certificates.
    standard_version = Varchar(length=8, null=True, default=None)
    issued_on = Date(null=True, default=None)
    period_start = Date(null=True, default=None)
    period_end = Date(null=True, default=None, index=True)
    valid_until = Date(null=True, default=None, index=True)
    file_name = Varchar(length=255, null=True, default=None)
    file_sha256 = Varchar(length=64, null=True, default=None)
    file_size = Integer(null=True, default=None)
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class EvidenceFile(Table, tablename="evidence_file"):
    id: Serial
    evidence = ForeignKey(references=Evidence, on_delete=OnDelete.cascade, unique=True)
    content = Bytea()


class Advisory(Table, tablename="advisory"):
    """A CSAF 2.0 security advisory, one record per publisher and tracking id (its latest
    revision). Public information: not held in any one register's scope."""

    id: Serial
    #: ``document.publisher.namespace``; with the tracking id it names the advisory.
    publisher_namespace = Varchar(length=300)
    publisher_name = Varchar(length=300, default="")
    tracking_id = Varchar(length=200, index=True)
    #: ``document.tracking.version`` of the revision held.
    revision = Varchar(length=50)
    title = Text(default="")
    #: critical, high, medium, low or none (from the highest CVSS base score), else the
    #: aggregate severity's text.
    severity = Varchar(length=32, default="")
    #: The highest CVSS base score in the document; None without scores.
    base_score = DoublePrecision(null=True, default=None)
    released_at = Timestamptz(null=True, default=None)
    #: CVE ids named in the document.
    cves = JSON(default=[])
    #: The product entries matching reads: vendor, product, version or range, CPE, purl and
    #: whether the document calls them affected or fixed (``suppliers.advisories``).
    entries = JSON(default=[])
    #: The whole document as imported.
    document = JSON(default={})
    imported_by = Varchar(length=254, default="")
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()
