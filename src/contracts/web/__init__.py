"""HTML pages of the agreements: list, form, detail with steps and findings, FG queue, jobs."""

from contracts.web.pages import CONTROLLERS

__all__ = ["CONTROLLERS"]
