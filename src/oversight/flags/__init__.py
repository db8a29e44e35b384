"""Flags: what is wrong or due in the register, for whom and by when; with the calendar
feed, e-mail reminders, the home page, the API and the command line."""

from oversight.flags.compute import ALL_KINDS, compute_flags
from oversight.flags.types import SEVERITY_RANK, Flag, Severity

__all__ = ["ALL_KINDS", "SEVERITY_RANK", "Flag", "Severity", "compute_flags"]
