"""The board's status overview of one register, its page and its exports."""

from oversight.overview.model import Overview
from oversight.overview.reads import overview_for

__all__ = ["Overview", "overview_for"]
