"""Security advisories (CSAF 2.0) against the register: who uses an affected product, and
the watch list of products a municipality or arrangement hands its CERT."""

from oversight.advisories.api import CONTROLLERS as API_CONTROLLERS
from oversight.advisories.pages import CONTROLLERS as PAGE_CONTROLLERS
from oversight.advisories.service import AdvisoryOut, MatchOut, get_advisory, import_advisory, list_advisories

CONTROLLERS = [*API_CONTROLLERS, *PAGE_CONTROLLERS]

__all__ = ["CONTROLLERS", "AdvisoryOut", "MatchOut", "get_advisory", "import_advisory", "list_advisories"]
