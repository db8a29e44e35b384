"""What looks across the register and the agreements: flags (and the home page, calendar,
reminders), coverage of products by agreements, the board overview and the owner pages of
a municipality or arrangement."""

from litestar.types import ControllerRouterHandler

from oversight.advisories import CONTROLLERS as ADVISORY_CONTROLLERS
from oversight.advisories import import_advisory
from oversight.advisories.cli import add_commands as add_advisory_commands
from oversight.ensia import CONTROLLERS as ENSIA_CONTROLLERS
from oversight.flags.api import CONTROLLERS as FLAG_CONTROLLERS
from oversight.flags.cli import add_commands
from oversight.flags.me import CONTROLLERS as MY_PAGE
from oversight.flags.web import CONTROLLERS as HOME_CONTROLLERS
from oversight.overview.api import CONTROLLERS as OVERVIEW_CONTROLLERS
from oversight.pages import CONTROLLERS as OWNER_PAGES

CONTROLLERS: list[ControllerRouterHandler] = [
    *FLAG_CONTROLLERS, *HOME_CONTROLLERS, *MY_PAGE, *OVERVIEW_CONTROLLERS, *OWNER_PAGES, *ADVISORY_CONTROLLERS,
    *ENSIA_CONTROLLERS,
]

__all__ = ["CONTROLLERS", "add_advisory_commands", "add_commands", "import_advisory"]
