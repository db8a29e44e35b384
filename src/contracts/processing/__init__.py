"""The register of processing activities (GDPR Art. 30) and residents' rights requests
(Art. 15-21): activities per controller with their legal ground and the processors taking
part, the register as a spreadsheet, requests with their due date, tasks per processor
and letters, and an agreement's Annex I from its activities."""

from litestar.types import ControllerRouterHandler

from contracts.processing import activities, annex, requests, rules
from contracts.processing.api import CONTROLLERS as API_CONTROLLERS
from contracts.processing.tables import ActivityAgreement, ProcessingActivity, RightsRequest, RightsTask
from contracts.processing.web_activities import AnnexPages, ProcessingPages
from contracts.processing.web_requests import RightsRequestPages

#: The JSON API and the pages of the register and of rights requests.
CONTROLLERS: list[ControllerRouterHandler] = [*API_CONTROLLERS, ProcessingPages, AnnexPages, RightsRequestPages]

__all__ = [
    "CONTROLLERS",
    "ActivityAgreement",
    "ProcessingActivity",
    "RightsRequest",
    "RightsTask",
    "activities",
    "annex",
    "requests",
    "rules",
]
