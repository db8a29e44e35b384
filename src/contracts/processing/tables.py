"""The register of processing activities (GDPR Art. 30) and residents' rights requests.

An activity belongs to one controller (its scope) and names the processor agreements
under which processors take part. A rights request holds the municipality's own case
reference, never the resident's name or BSN; its tasks are one per processor.
"""

from __future__ import annotations

from piccolo.columns import JSON, Boolean, Date, ForeignKey, Integer, OnDelete, Serial, Text, Timestamptz, Varchar
from piccolo.table import Table

from contracts.tables import Agreement
from core import Dependants, also_deleted_with, holds_scope
from suppliers import Supplier


class ProcessingActivity(Table, tablename="processing_activity"):
    id: Serial
    #: CBS code or slug of the controller; the activity's scope.
    scope = Varchar(length=64, index=True)
    name = Varchar(length=200)
    purpose = Text(default="")
    #: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.
    legal_basis = Varchar(length=32)
    #: The statute and article, e.g. "Participatiewet, art. 17".
    legal_basis_detail = Text(default="")
    data_categories = JSON(default=[])
    #: Special categories (Art. 9) and criminal data (Art. 10), e.g. ["gezondheid"].
    special_categories = JSON(default=[])
    uses_bsn = Boolean(default=False)
    data_subject_categories = JSON(default=[])
    #: The retention period in words (selection list, statute).
    retention = Text(default="")
    #: The legal retention term in years, where one applies: erasure gives way to it.
    retention_years = Integer(null=True, default=None)
    recipients = JSON(default=[])
    #: Where the data comes from (the resident, the BRP, the Belastingdienst ...).
    source = Text(default="")
    #: not_needed, planned or done.
    dpia = Varchar(length=16, default="not_needed")
    dpia_date = Date(null=True, default=None)
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class ActivityAgreement(Table, tablename="processing_activity_agreement"):
    id: Serial
    activity = ForeignKey(references=ProcessingActivity, on_delete=OnDelete.cascade, index=True)
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.cascade, index=True)


class RightsRequest(Table, tablename="rights_request"):
    id: Serial
    #: CBS code or slug of the controller that received the request; its scope.
    scope = Varchar(length=64, index=True)
    #: access, rectification, erasure, restriction or objection.
    kind = Varchar(length=16)
    received_on = Date()
    #: The municipality's own case number; no personal data of the resident.
    reference = Varchar(length=100)
    #: The activities the request covers (all of the controller's when it named none).
    activity_ids = JSON(default=[])
    #: Extension of the answer term in months (0, 1 or 2; Art. 12(3)) and why.
    extension_months = Integer(default=0)
    extension_reason = Text(default="")
    #: received_on + 1 month + extension_months.
    due_on = Date(index=True)
    #: The day the last task was confirmed (or the request was made without tasks).
    closed_on = Date(null=True, default=None)
    version = Integer(default=1)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class RightsTask(Table, tablename="rights_request_task"):
    """What one processor must do for a request; names are kept as they were on the day."""

    id: Serial
    request = ForeignKey(references=RightsRequest, on_delete=OnDelete.cascade, index=True)
    supplier = ForeignKey(references=Supplier, on_delete=OnDelete.set_null, null=True, default=None)
    supplier_name = Varchar(length=200)
    agreement = ForeignKey(references=Agreement, on_delete=OnDelete.set_null, null=True, default=None)
    activity_ids = JSON(default=[])
    data_categories = JSON(default=[])
    #: Sub-processors in the supplier's chain: [{supplier_id, name, country, in_eea}].
    subprocessors = JSON(default=[])
    #: For erasure: activities whose retention duty stands in the way:
    #: [{activity_id, name, retention, retention_years, legal_basis_detail}].
    retention_holds = JSON(default=[])
    confirmed_on = Date(null=True, default=None)
    remark = Text(default="")
    confirmed_by = Varchar(length=254, default="")


# An agreement's delete takes the activities' links to it along (ON DELETE CASCADE).
also_deleted_with("agreement", Dependants(
    "processing_activity_agreement", ActivityAgreement, ActivityAgreement.agreement
))
holds_scope(ProcessingActivity.scope, "verwerkingen in het verwerkingsregister")
holds_scope(RightsRequest.scope, "verzoeken van inwoners")
