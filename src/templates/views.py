"""HTML pages of the template registry: the list, the upload form and the rendering context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from core import (
    ApiError,
    Principal,
    ScopeChoices,
    ScopeExists,
    blank_none,
    field_errors,
    page,
    submit_form,
    web_write_guard,
)
from templates import services as svc
from templates.api import DOCX
from templates.schema import context_schema

LANGUAGES = [("nl", "Nederlands"), ("en", "Engels")]


@dataclass
class UploadForm:
    file: UploadFile
    name: str = ""
    language: str = "nl"
    scope: str = ""


class TemplatePages(Controller):
    path = "/templates"
    include_in_schema = False
    guards = [web_write_guard]

    @get(operation_id="templateListPage")
    async def list_(self, request: Request, web_user: Principal, scope_choices: ScopeChoices) -> Template:
        """Templates with their versions, the upload form and the rendering context."""
        form = {"name": "", "language": "nl", "scope": ""}
        return await _list_page(request, web_user, scope_choices, form, {}, [])

    @post(operation_id="templateUploadPage", status_code=303, request_max_body_size=11 * 1024 * 1024)
    async def upload(
        self, request: Request, web_user: Principal, scope_exists: ScopeExists, scope_choices: ScopeChoices,
        data: UploadForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template | Redirect:
        """Check and store an uploaded .docx; on refusal show every problem found."""
        form = {"name": data.name, "language": data.language, "scope": data.scope}

        async def upload() -> dict[str, Any]:
            content = await data.file.read()
            template_id = await svc.upload(
                data.name, data.language, blank_none(data.scope), data.file.filename, content, web_user,
                scope_exists,
            )
            return await svc.get_template(template_id, web_user)

        async def refused(exc: ApiError) -> Template:
            report = [e["message"] for e in exc.errors if e["field"] == "file"]
            errors = field_errors(exc)
            if report:
                errors["file"] = str(exc.detail)
            return await _list_page(request, web_user, scope_choices, form, errors, report, exc.status_code)

        return await submit_form(
            request, upload, refused, then="/templates",
            message=lambda row: f"Sjabloon {row['name']} is opgeslagen als versie {row['version']}.",
        )

    @get("/{template_id:int}/download", operation_id="templateDownloadPage")
    async def download(self, web_user: Principal, template_id: int) -> Response[bytes]:
        """The template's .docx."""
        row = await svc.get_template(template_id, web_user, with_content=True)
        return Response(
            bytes(row["content"]), media_type=DOCX,
            headers={"Content-Disposition": f'attachment; filename="template-{template_id}-v{row["version"]}.docx"'},
        )


async def _list_page(
    request: Request, user: Principal, scope_choices: ScopeChoices, form: dict[str, str], errors: dict[str, str],
    report: list[str], status_code: int = 200,
) -> Template:
    choices = await scope_choices(user)
    scopes: list[tuple[str, str]] = ([("", "alle gemeenten (standaardsjabloon)")] if user.is_admin else []) + choices
    names: dict[str, Any] = {"": "meegeleverd", **dict(choices)}
    return page(
        request, "templates/list.html", user, status_code=status_code,
        templates=await svc.list_templates(user), context=context_schema(), form=form,
        errors=errors, report=report, scopes=scopes, languages=LANGUAGES, names=names,
    )


CONTROLLERS = [TemplatePages]
