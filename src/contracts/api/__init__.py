"""JSON API of the agreements: records, status steps, documents, bulk jobs, clause analysis."""

from contracts.api.agreements import CONTROLLERS as AGREEMENT_CONTROLLERS
from contracts.api.analysis import CONTROLLERS as ANALYSIS_CONTROLLERS

CONTROLLERS = [*AGREEMENT_CONTROLLERS, *ANALYSIS_CONTROLLERS]

__all__ = ["CONTROLLERS"]
