"""The register: municipalities, joint arrangements, suppliers, products, sub-processors, evidence."""

from litestar.types import ControllerRouterHandler

from suppliers import advisories, advisory_matches, advisory_records, csaf, identifiers, queries, registry, services
from suppliers.api import CONTROLLERS as API_CONTROLLERS
from suppliers.child_views import CONTROLLERS as CHILD_PAGE_CONTROLLERS
from suppliers.deps import evidence_policy
from suppliers.evidence_rules import (
    CERTIFICATES,
    DESIGN_REPORTS,
    ISO27001_2013_SUNSET,
    OPERATING_REPORTS,
    EvidencePolicy,
    counts_until,
    evidence_status,
)
from suppliers.exports import CONTROLLERS as EXPORT_CONTROLLERS
from suppliers.labels import EVIDENCE_KINDS, EVIDENCE_NAMES, LABELS
from suppliers.queries import list_products, list_suppliers, scope_choices, supplier_chain
from suppliers.register_views import CONTROLLERS as SCOPE_PAGE_CONTROLLERS
from suppliers.registry import members_of, scope_exists
from suppliers.schemas import (
    ArrangementCreate,
    CbsCode,
    Contact,
    Country,
    EnsiaDomain,
    EvidenceCreate,
    EvidenceKind,
    Input,
    MemberIn,
    MunicipalityCreate,
    ProductCreate,
    ProductKind,
    ProductUpdate,
    ScopeCode,
    SubprocessorCreate,
    SupplierCreate,
    updates,
)
from suppliers.search import ilike_pattern, like_pattern
from suppliers.tables import (
    Advisory,
    Arrangement,
    Evidence,
    Membership,
    Municipality,
    Product,
    ProductUsage,
    SubprocessorLink,
    Supplier,
)
from suppliers.views import CONTROLLERS as PAGE_CONTROLLERS

#: The register's JSON API and its pages.
CONTROLLERS: list[ControllerRouterHandler] = [
    *API_CONTROLLERS, *PAGE_CONTROLLERS, *CHILD_PAGE_CONTROLLERS, *SCOPE_PAGE_CONTROLLERS, *EXPORT_CONTROLLERS,
]

__all__ = [
    "CERTIFICATES",
    "CONTROLLERS",
    "DESIGN_REPORTS",
    "EVIDENCE_KINDS",
    "EVIDENCE_NAMES",
    "ISO27001_2013_SUNSET",
    "LABELS",
    "OPERATING_REPORTS",
    "Advisory",
    "Arrangement",
    "ArrangementCreate",
    "CbsCode",
    "Contact",
    "Country",
    "EnsiaDomain",
    "Evidence",
    "EvidenceCreate",
    "EvidenceKind",
    "EvidencePolicy",
    "Input",
    "MemberIn",
    "Membership",
    "Municipality",
    "MunicipalityCreate",
    "Product",
    "ProductCreate",
    "ProductKind",
    "ProductUpdate",
    "ProductUsage",
    "ScopeCode",
    "SubprocessorCreate",
    "SubprocessorLink",
    "Supplier",
    "SupplierCreate",
    "advisories",
    "advisory_matches",
    "advisory_records",
    "counts_until",
    "csaf",
    "evidence_policy",
    "evidence_status",
    "identifiers",
    "ilike_pattern",
    "like_pattern",
    "list_products",
    "list_suppliers",
    "members_of",
    "queries",
    "registry",
    "scope_choices",
    "scope_exists",
    "services",
    "supplier_chain",
    "updates",
]
