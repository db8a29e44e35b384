"""JSON API of the template registry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import msgspec
from litestar import Controller, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body

from core import READ_ERRORS, UPLOAD_ERRORS, Principal, ScopeExists, write_guard
from templates import services as svc
from templates.schema import context_schema

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TemplateOut(msgspec.Struct, kw_only=True):
    id: int
    name: str
    language: str
    version: int
    #: False when a newer version of this name exists.
    latest: bool
    #: "" for templates shipped with vwo-register, else the owning CBS code or slug.
    scope: str
    sha256: str
    filename: str
    size: int
    clause_keys: list[str]
    variables: list[str]
    uploaded_by: str
    uploaded_at: dt.datetime


@dataclass
class TemplateUpload:
    file: UploadFile
    name: str
    language: str = "nl"
    scope: str | None = None


def _out(row: dict[str, Any]) -> TemplateOut:
    row.setdefault("latest", True)
    return TemplateOut(**{k: row[k] for k in TemplateOut.__struct_fields__})


class TemplateController(Controller):
    path = "/api/v1/templates"
    tags = ["Sjablonen"]
    guards = [write_guard]

    @get(operation_id="listTemplates", responses=READ_ERRORS)
    async def list_(self, user: Principal) -> list[TemplateOut]:
        """Templates you may use: the shipped ones and those of your scope, every version."""
        return [_out(r) for r in await svc.list_templates(user)]

    @post(operation_id="uploadTemplate", responses=UPLOAD_ERRORS, request_max_body_size=11 * 1024 * 1024)
    async def upload(
        self, user: Principal, scope_exists: ScopeExists,
        data: TemplateUpload = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> TemplateOut:
        """Upload a .docx with docxtpl tags; it is checked completely before it is stored."""
        content = await data.file.read()
        template_id = await svc.upload(
            data.name, data.language, data.scope, data.file.filename, content, user, scope_exists
        )
        return _out(await svc.get_template(template_id, user))

    @get("/context", operation_id="templateContext", responses=READ_ERRORS)
    async def context(self, user: Principal) -> dict[str, Any]:
        """The documented rendering context: every variable a template may use."""
        return context_schema()

    @get("/{template_id:int}", operation_id="getTemplate", responses=READ_ERRORS)
    async def read(self, user: Principal, template_id: int) -> TemplateOut:
        """One template version."""
        return _out(await svc.get_template(template_id, user))

    @get("/{template_id:int}/download", operation_id="downloadTemplate", responses=READ_ERRORS, media_type=DOCX)
    async def download(self, user: Principal, template_id: int) -> Response[bytes]:
        """The template's .docx."""
        row = await svc.get_template(template_id, user, with_content=True)
        return Response(
            bytes(row["content"]), media_type=DOCX,
            headers={"Content-Disposition": f'attachment; filename="template-{template_id}-v{row["version"]}.docx"'},
        )


CONTROLLERS = [TemplateController]
