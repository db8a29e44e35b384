"""HTML pages of the agreements: list, form, detail with steps and findings, FG queue, jobs."""

from contracts.web.exports import AgreementExport
from contracts.web.pages import CONTROLLERS as PAGES

CONTROLLERS = [*PAGES, AgreementExport]

__all__ = ["CONTROLLERS"]
