"""The providers page: an admin adds and removes the OpenID Connect providers in the browser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import PermissionDeniedException
from litestar.params import Body
from litestar.response import Redirect, Template

from core.auth import Principal, ScopeExists
from core.errors import ApiError
from core.sso import Provider, add_provider, link_account, list_providers, parse_mapping, remove_provider
from core.web.forms import field_errors, submit_form
from core.web.shell import page


@dataclass
class ProviderForm:
    name: str = ""
    issuer: str = ""
    client_id: str = ""
    client_secret_env: str = ""
    organisation: str = ""
    display_name: str = ""
    groups_claim: str = "groups"
    #: One GROUP=ROLE[:SCOPE] per line.
    mappings: str = ""
    #: E-mail domains, separated by spaces or commas.
    domains: str = ""


def _admin(user: Principal) -> None:
    if not user.is_admin:
        raise PermissionDeniedException(detail="Alleen beheerders beheren de inlogkoppelingen.")


def _provider(form: ProviderForm) -> Provider:
    return Provider(
        name=form.name.strip(), issuer=form.issuer.strip(), client_id=form.client_id.strip(),
        client_secret_env=form.client_secret_env.strip(), display_name=form.display_name.strip(),
        organisation=form.organisation.strip(), groups_claim=form.groups_claim.strip() or "groups",
        mappings=tuple(parse_mapping(line) for line in form.mappings.splitlines() if line.strip()),
        domains=tuple(d for d in re.split(r"[\s,;]+", form.domains) if d),
    )


def _form_errors(exc: ApiError) -> dict[str, str]:
    errors: dict[str, str] = {}
    for field, message in field_errors(exc).items():
        key = "mappings" if field.startswith("map") else "domains" if field == "domain" else field
        errors[key] = f"{errors[key]} {message}" if key in errors else message
    return errors


@dataclass
class LinkForm:
    provider: str = ""
    email: str = ""
    subject: str = ""


class SsoPages(Controller):
    path = "/admin/sso"
    include_in_schema = False

    async def _page(self, request: Request, user: Principal, status: int = 200, **context: Any) -> Template:
        providers = await list_providers()
        return page(
            request, "sso_providers.html", user, status_code=status,
            providers=providers, form=context.pop("form", ProviderForm()), errors=context.pop("errors", {}),
            link=context.pop("link", LinkForm()), link_errors=context.pop("link_errors", {}),
        )

    @get(operation_id="ssoProvidersPage")
    async def list_(self, request: Request, web_user: Principal) -> Template:
        """The providers and a form to add one."""
        _admin(web_user)
        return await self._page(request, web_user)

    @post(operation_id="ssoProviderAdd", status_code=303)
    async def add(
        self, request: Request, web_user: Principal, scope_exists: ScopeExists,
        data: ProviderForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Add a provider (checked as `vwo sso add` checks it)."""
        _admin(web_user)

        async def refused(exc: ApiError) -> Template:
            return await self._page(request, web_user, 400, form=data, errors=_form_errors(exc))

        return await submit_form(
            request, lambda: add_provider(_provider(data), scope_exists, actor=web_user.email), refused,
            then="/admin/sso", message=lambda p: f"Inlogkoppeling {p.display_name} toegevoegd.",
        )

    @post("/{name:str}/delete", operation_id="ssoProviderRemove", status_code=303)
    async def remove(self, request: Request, web_user: Principal, name: str) -> Template | Redirect:
        """Remove a provider."""
        _admin(web_user)

        async def refused(exc: ApiError) -> Template:
            return await self._page(request, web_user, exc.status_code, errors={"_form": exc.detail})

        return await submit_form(
            request, lambda: remove_provider(name, actor=web_user.email), refused,
            then="/admin/sso", message=f"Inlogkoppeling {name} verwijderd.",
        )

    @post("/link", operation_id="ssoAccountLink", status_code=303)
    async def link(
        self, request: Request, web_user: Principal,
        data: LinkForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Link an existing account to a provider's user (its subject)."""
        _admin(web_user)

        async def refused(exc: ApiError) -> Template:
            errors = field_errors(exc) if exc.errors else {"_form": exc.detail}
            return await self._page(request, web_user, exc.status_code, link=data, link_errors=errors)

        return await submit_form(
            request, lambda: link_account(data.provider, data.email, data.subject, actor=web_user.email), refused,
            then="/admin/sso", message=f"{data.email.strip().lower()} is gekoppeld aan {data.provider}.",
        )
