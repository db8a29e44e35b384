"""The incident register (GDPR Art. 33(5)): breaches and security incidents reported by
suppliers, per controller, and the warnings other controllers of the same supplier marked
as handled."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    Boolean,
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

from contracts.tables import Agreement
from core import Dependants, also_deleted_with, holds_scope
from suppliers import Product, Supplier


class Incident(Table, tablename="incident"):
    id: Serial
    #: CBS code or slug of the controller whose register holds the incident; its scope.
    scope = Varchar(length=64, index=True)
    supplier = ForeignKey(references=Supplier, on_delete=OnDelete.restrict, index=True)
    #: The agreement whose breach term applies (the supplier's current one by default).
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.set_null, null=True, default=None)
    #: personal_data_breach or security_incident.
    kind = Varchar(length=32)
    #: When the supplier found it.
    discovered_at = Timestamptz()
    #: When the supplier told the controller.
    supplier_reported_at = Timestamptz()
    #: When the controller became aware: the 72 hours of Art. 33(1) run from here.
    aware_at = Timestamptz()
    #: The agreement's breach term when the incident was recorded; None without agreement.
    supplier_term_hours = Integer(null=True, default=None)
    summary = Text(default="")
    data_categories = JSON(default=[])
    data_subject_categories = JSON(default=[])
    subjects_estimate = Integer(null=True, default=None)
    consequences = Text(default="")
    measures = Text(default="")
    #: undetermined, none, risk or high_risk.
    risk = Varchar(length=16, default="undetermined")
    #: Whether other controllers of the same supplier see ``shared_summary`` in their warning.
    share_with_other_users = Boolean(default=False)
    shared_summary = Text(default="")
    authority_notified_at = Timestamptz(null=True, default=None)
    #: The Autoriteit Persoonsgegevens' reference of the notification.
    authority_reference = Varchar(length=100, default="")
    subjects_notified_at = Timestamptz(null=True, default=None)
    #: Why the authority or the data subjects were not notified.
    decision_remark = Text(default="")
    closed_on = Date(null=True, default=None)
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class IncidentProduct(Table, tablename="incident_product"):
    id: Serial
    incident = ForeignKey(references=Incident, on_delete=OnDelete.cascade, index=True)
    product = ForeignKey(references=Product, on_delete=OnDelete.cascade, index=True)


class IncidentWarningHandled(Table, tablename="incident_warning_handled"):
    """A ``supplier_incident`` warning another controller marked as handled."""

    id: Serial
    incident = ForeignKey(references=Incident, on_delete=OnDelete.cascade, index=True)
    #: The warned controller (never the reporting one); (incident, scope) is unique
    #: (an index made in the migration).
    scope = Varchar(length=64, index=True)
    handled_by = Varchar(length=254)
    handled_at = Timestamptz()


# An incident names products; a product's delete takes those names along (see contracts.tables).
also_deleted_with("product", Dependants("incident_product", IncidentProduct, IncidentProduct.product))
also_deleted_with(
    "supplier", Dependants("incident_product", IncidentProduct, IncidentProduct.product.supplier)
)
holds_scope(Incident.scope, "incidenten")
