"""Sign-in through the organisation's own OpenID Connect provider (Entra ID, Keycloak, ...).

Providers are data (``providers``), the protocol goes through Authlib and joserfc
(``protocol``), the claims become an account with the role its groups give (``accounts``).
The endpoints of the flow are pages: core.web.login_sso.
"""

from core.sso import accounts, protocol
from core.sso.accounts import grant, identity_from_claims
from core.sso.errors import SsoFailure
from core.sso.protocol import cached_metadata, forget_caches, metadata
from core.sso.providers import (
    Mapping,
    Provider,
    add_provider,
    get_provider,
    link_account,
    list_providers,
    parse_mapping,
    remove_provider,
)

__all__ = [
    "Mapping",
    "Provider",
    "SsoFailure",
    "accounts",
    "add_provider",
    "cached_metadata",
    "forget_caches",
    "get_provider",
    "grant",
    "identity_from_claims",
    "link_account",
    "list_providers",
    "metadata",
    "parse_mapping",
    "protocol",
    "remove_provider",
]
