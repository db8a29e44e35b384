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
from contracts.queries import list_agreements
from contracts.schemas import AgreementCreate, Signatories, Signatory, Status, TransitionIn
from contracts.tables import Agreement, Document, Finding
from contracts.web import CONTROLLERS as PAGE_CONTROLLERS

#: The agreements' JSON API (with the clause analysis endpoints) and their pages.
CONTROLLERS: list[ControllerRouterHandler] = [*API_CONTROLLERS, *PAGE_CONTROLLERS]

__all__ = [
    "CONTROLLERS",
    "Agreement",
    "AgreementCreate",
    "CalendarToken",
    "Document",
    "Finding",
    "HandledFlag",
    "InboxItem",
    "SentFlag",
    "Signatories",
    "Signatory",
    "Status",
    "TransitionIn",
    "comparison",
    "documents",
    "drafts",
    "inbox",
    "incident_rules",
    "incident_warnings",
    "incidents",
    "list_agreements",
    "services",
]
