"""JSON API of the agreements: records, status steps, documents, bulk jobs, clause analysis."""

from litestar.types import ControllerRouterHandler

from contracts.api.agreements import CONTROLLERS as AGREEMENT_CONTROLLERS
from contracts.api.analysis import CONTROLLERS as ANALYSIS_CONTROLLERS
from contracts.api.drafts import CONTROLLERS as DRAFT_CONTROLLERS
from contracts.api.incidents import CONTROLLERS as INCIDENT_CONTROLLERS

CONTROLLERS: list[ControllerRouterHandler] = [
    *AGREEMENT_CONTROLLERS, *ANALYSIS_CONTROLLERS, *DRAFT_CONTROLLERS, *INCIDENT_CONTROLLERS,
]

__all__ = ["CONTROLLERS"]
