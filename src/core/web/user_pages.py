"""Users, their roles and scopes, kept by an admin in the browser (audited as the CLI does)."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Controller, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import PermissionDeniedException
from litestar.params import Body
from litestar.response import Redirect, Template

from core.auth import ROLES, Principal, ScopeChoices
from core.errors import Invalid, NotFound
from core.users import add_user, list_users, update_user
from core.web.forms import as_list, field_errors, submit_form
from core.web.shell import ROLE_LABELS, page

Many = str | list[str]


@dataclass
class UserForm:
    email: str = ""
    role: str = "procurement"
    scopes: Many = ""
    active: str = ""


async def admin_only(principal: Principal) -> None:
    if not principal.is_admin:
        raise PermissionDeniedException(detail="Alleen een beheerder beheert gebruikers.")


async def _checked_scopes(form: UserForm, principal: Principal, scope_choices: ScopeChoices) -> list[str]:
    """The ticked scopes, each one a municipality or arrangement of the register."""
    known = {code for code, _ in await scope_choices(principal)}
    scopes = [s for s in as_list(form.scopes) if s]
    if unknown := [s for s in scopes if s not in known]:
        raise Invalid({"scope": f"Niet in het register: {', '.join(unknown)}."})
    return scopes


class UserPages(Controller):
    path = "/users"
    include_in_schema = False

    @get(operation_id="userListPage")
    async def list_(self, request: Request, web_user: Principal, scope_choices: ScopeChoices) -> Template:
        """Every user, and the form for a new one (admin)."""
        await admin_only(web_user)
        return await _page(request, web_user, scope_choices, UserForm(active="on"), {})

    @post(operation_id="userCreatePage", status_code=303)
    async def create(
        self, request: Request, web_user: Principal, scope_choices: ScopeChoices,
        data: UserForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Add a user; the generated password is shown once."""
        await admin_only(web_user)

        async def create() -> str:
            scopes = await _checked_scopes(data, web_user, scope_choices)
            return await add_user(data.email, data.role, scopes, actor=web_user.email)

        return await submit_form(
            request, create, lambda exc: _page(request, web_user, scope_choices, data, field_errors(exc),
                                               exc.status_code),
            then="/users", message=lambda password: (
                f"Gebruiker {data.email.strip().lower()} is toegevoegd. Eenmalig wachtwoord: {password}"
            ),
        )

    @get("/{user_id:int}/edit", operation_id="userEditPage")
    async def edit(self, request: Request, web_user: Principal, scope_choices: ScopeChoices, user_id: int) -> Template:
        """The form to change a user's role, scopes and access."""
        await admin_only(web_user)
        row = next((u for u in await list_users() if u["id"] == user_id), None)
        if row is None:
            raise NotFound("Gebruiker")
        scopes = [str(s) for s in row["scopes"]]  # type: ignore[attr-defined]
        form = UserForm(str(row["email"]), str(row["role"]), scopes, "on" if row["active"] else "")
        return await _page(request, web_user, scope_choices, form, {}, user_id=user_id)

    @post("/{user_id:int}/edit", operation_id="userUpdatePage", status_code=303)
    async def update(
        self, request: Request, web_user: Principal, scope_choices: ScopeChoices, user_id: int,
        data: UserForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the role, scopes and access; an admin cannot lock themself out."""
        await admin_only(web_user)

        async def update() -> object:
            if user_id == web_user.user_id and (data.role != "admin" or not data.active):
                raise Invalid({"role": "U kunt uw eigen beheerrechten niet intrekken."})
            scopes = await _checked_scopes(data, web_user, scope_choices)
            return await update_user(user_id, data.role, scopes, bool(data.active), actor=web_user.email)

        return await submit_form(
            request, update, lambda exc: _page(request, web_user, scope_choices, data, field_errors(exc),
                                               exc.status_code, user_id=user_id),
            then="/users", message="De gebruiker is opgeslagen.",
        )


async def _page(
    request: Request, user: Principal, scope_choices: ScopeChoices, form: UserForm, errors: dict[str, str],
    status_code: int = 200, user_id: int | None = None,
) -> Template:
    choices = await scope_choices(user)
    return page(
        request, "users.html", user, status_code=status_code, users=await list_users(), form=form,
        chosen=as_list(form.scopes), errors=errors, user_id=user_id, scopes=choices, names=dict(choices),
        roles=[(r, ROLE_LABELS.get(r, r)) for r in ROLES],
    )


CONTROLLERS = [UserPages]
