"""Processor agreements: records, status steps, generated documents, clause findings.

The clause analysis itself lives in ``clauses``; flags and the board overview in
``oversight``. ``CalendarToken`` and ``SentFlag`` are oversight's records, kept in this
package's Piccolo app (their tables were made here).
"""

from litestar.types import ControllerRouterHandler

from contracts import comparison, documents, drafts, inbox, incident_rules, incident_warnings, incidents, services
from contracts.api import CONTROLLERS as API_CONTROLLERS
from contracts.flag_tables import CalendarToken, HandledFlag, SentFlag
from contracts.inbox import InboxItem
from contracts.processing import CONTROLLERS as PROCESSING_CONTROLLERS
from contracts.processing import ProcessingActivity, RightsRequest
from contracts.processing import activities as processing_activities
from contracts.processing import annex as processing_annex
from contracts.processing import requests as rights_requests
from contracts.processing import rules as rights_rules
from contracts.processing.schemas import ActivityCreate, RightsRequestCreate, TaskConfirm
from contracts.queries import list_agreements
from contracts.schemas import AgreementCreate, Signatories, Signatory, Status, TransitionIn
from contracts.tables import Agreement, Document, Finding
from contracts.web import CONTROLLERS as PAGE_CONTROLLERS

#: The agreements' JSON API (with the clause analysis endpoints) and their pages.
CONTROLLERS: list[ControllerRouterHandler] = [*API_CONTROLLERS, *PAGE_CONTROLLERS]

__all__ = [
    "CONTROLLERS",
    "PROCESSING_CONTROLLERS",
    "ActivityCreate",
    "Agreement",
    "AgreementCreate",
    "CalendarToken",
    "Document",
    "Finding",
    "HandledFlag",
    "InboxItem",
    "ProcessingActivity",
    "RightsRequest",
    "RightsRequestCreate",
    "SentFlag",
    "Signatories",
    "Signatory",
    "Status",
    "TaskConfirm",
    "TransitionIn",
    "comparison",
    "documents",
    "drafts",
    "inbox",
    "incident_rules",
    "incident_warnings",
    "incidents",
    "list_agreements",
    "processing_activities",
    "processing_annex",
    "rights_requests",
    "rights_rules",
    "services",
]
