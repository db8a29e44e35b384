"""ENSIA: what was in place on the reference date for DigiD, Suwinet, the BRP, passports and
ID cards, the BAG and the BGT, for the IT auditor and the annual report."""

from oversight.ensia.api import CONTROLLERS
from oversight.ensia.state import DOMAINS, EnsiaOut, default_reference_date, ensia_state

__all__ = ["CONTROLLERS", "DOMAINS", "EnsiaOut", "default_reference_date", "ensia_state"]
