"""The shapes of a register's status overview: figures, the items behind them, members."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import msgspec

from oversight.overview.lights import LIGHT_NL, Light


class Item(msgspec.Struct, kw_only=True):
    """One line behind a number: an agreement, a supplier, a product or a clause finding."""

    type: Literal["agreement", "supplier", "product", "finding"]
    id: int
    name: str
    #: Web page where the item is handled, e.g. "/agreements/12" or "/suppliers/3".
    link: str
    supplier_id: int | None = None
    supplier_name: str = ""
    #: The date that matters for this figure (end date, notice deadline, ...), if any.
    date: dt.date | None = None
    #: One Dutch sentence: why the item is on this list.
    note: str = ""


class Group(msgspec.Struct, kw_only=True):
    """Open gaps of one clause."""

    key: str
    title: str
    count: int
    items: list[Item]


class Figure(msgspec.Struct, kw_only=True):
    key: str
    #: Dutch label, e.g. "Ontbrekende overeenkomsten".
    label: str
    count: int
    light: Light
    #: Dutch: when this light is green, orange or red.
    rule: str
    items: list[Item]
    #: Only for "gaps": the findings per clause, in catalogue order.
    groups: list[Group] = []
    #: The "y" of "x van y": what the count is a part of (see ``oversight.overview.figures``).
    total: int = 0
    #: Dutch: what ``total`` counts, e.g. "producten in gebruik".
    unit: str = ""
    #: Dutch: one line per colour, {"green": ..., "orange": ..., "red": ...}.
    rules: dict[str, str] = {}

    @property
    def light_nl(self) -> str:
        return LIGHT_NL[self.light]


class Member(msgspec.Struct, kw_only=True):
    cbs_code: str
    name: str
    active: bool


class IncidentCounts(msgspec.Struct, kw_only=True):
    """The register's incidents as numbers (the board sees no incidents themselves)."""

    #: The calendar year of the reference date.
    year: int
    #: Incidents the controller became aware of in that year.
    recorded: int
    #: Of those, reported by the supplier later than its agreement's breach term.
    reported_late: int
    #: Incidents (of any year) whose notification to the authority is still open.
    to_notify: int


class RightsCounts(msgspec.Struct, kw_only=True):
    """Residents' rights requests as numbers (the board sees no requests themselves)."""

    #: The calendar year of the reference date.
    year: int
    #: Requests received in that year.
    received: int
    #: Of those, closed on or before their due date.
    answered_on_time: int
    #: Of those, closed after their due date.
    answered_late: int
    #: Open requests (of any year) past their due date.
    overdue: int


class AdvisoryCounts(msgspec.Struct, kw_only=True):
    """Products in use named by a security advisory, by the flag's severity."""

    critical: int
    warning: int
    info: int


class Overview(msgspec.Struct, kw_only=True):
    #: CBS code or slug.
    scope: str
    kind: Literal["municipality", "arrangement"]
    name: str
    on: dt.date
    ending_within_days: int
    light: Light
    figures: list[Figure]
    #: Member municipalities of an arrangement (empty for a municipality).
    members: list[Member] = []
    #: Dutch: what the overview includes.
    coverage_note: str = ""
    incidents: IncidentCounts | None = None
    rights: RightsCounts | None = None
    advisories: AdvisoryCounts | None = None

    @property
    def light_nl(self) -> str:
        return LIGHT_NL[self.light]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def base_path(self) -> str:
        """The web path of the controller, e.g. "/arrangements/isd" or "/municipalities/GM0363"."""
        return ("/arrangements/" if self.kind == "arrangement" else "/municipalities/") + self.scope
