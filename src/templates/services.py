"""The template registry: validated uploads as versions, the shipped defaults, lookups."""

from __future__ import annotations

import json
from typing import Any

from core import ApiError, Invalid, NotFound, Principal, ScopeExists, audit, crud, require_scope, write_transaction
from templates.defaults import DEFAULT_TEMPLATES, default_template_bytes
from templates.errors import TemplateValidationError
from templates.tables import Template
from templates.validation import TemplateInfo, validate_template, validate_upload

SHIPPED_NAMES = {
    "nl": "Standaardmodel verwerkersovereenkomst (NL)",
    "en": "Default data processing agreement (EN)",
}
GLOBAL = ""
META_COLUMNS = [c for c in Template.all_columns() if c._meta.name != "content"]


class TemplateRefused(ApiError):
    def __init__(self, exc: TemplateValidationError) -> None:
        super().__init__(
            exc.message, [{"field": "file", "message": d} for d in (exc.details or [exc.message])]
        )
        self.status_code = exc.status


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for name in ("clause_keys", "variables"):
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    return row


def visible(principal: Principal) -> Any:
    scopes = principal.scope_filter()
    if scopes is None:
        return None
    return Template.scope.is_in([GLOBAL, *sorted(scopes)])


async def _store(
    name: str, language: str, scope: str, filename: str, content: bytes, info: TemplateInfo, actor: str
) -> int:
    latest = await Template.select(Template.version).where(
        Template.name == name, Template.scope == scope
    ).order_by(Template.version, ascending=False).first()
    version = (latest["version"] + 1) if latest else 1
    row = Template(
        name=name, language=language, version=version, scope=scope, sha256=info.sha256,
        filename=filename, size=len(content), clause_keys=info.clause_keys,
        variables=info.variables, uploaded_by=actor, uploaded_at=crud.now(), content=content,
    )
    await Template.insert(row)
    await audit.record(
        actor=actor, action="create", entity="template", entity_id=row.id, scope=scope,
        after={"name": name, "language": language, "version": version, "sha256": info.sha256,
               "clause_keys": info.clause_keys},
    )
    return int(row.id)


async def upload(
    name: str, language: str, scope: str | None, filename: str, content: bytes, principal: Principal,
    scope_exists: ScopeExists,
) -> int:
    name = name.strip()
    errors: dict[str, str] = {}
    if not name or len(name) > 200:
        errors["name"] = "Geef het sjabloon een naam (hoogstens 200 tekens)."
    if language not in {"nl", "en"}:
        errors["language"] = "Kies nl of en."
    if scope is None and not principal.is_admin:
        if len(principal.scopes) != 1:
            errors["scope"] = "Geef aan voor welke gemeente of welk verband het sjabloon is."
        else:
            scope = next(iter(principal.scopes))
    if errors:
        raise Invalid(errors)
    scope = scope or GLOBAL
    if scope != GLOBAL:
        require_scope(principal, scope)
        if not await scope_exists(scope):
            raise Invalid({"scope": f"{scope} staat niet in het register."})
    try:
        info = await validate_upload(content, filename)
    except TemplateValidationError as exc:
        raise TemplateRefused(exc) from exc
    async with write_transaction():
        return await _store(name, language, scope, filename, content, info, principal.email)


async def ensure_shipped() -> None:
    """Register the default templates; a changed shipped file becomes a new version."""
    for language, filename in DEFAULT_TEMPLATES.items():
        content = default_template_bytes(language)
        name = SHIPPED_NAMES[language]
        latest = await Template.select(Template.sha256).where(
            Template.name == name, Template.scope == GLOBAL
        ).order_by(Template.version, ascending=False).first()
        info = validate_template(content, filename)
        if latest and latest["sha256"] == info.sha256:
            continue
        async with write_transaction():
            await _store(name, language, GLOBAL, filename, content, info, audit.SYSTEM_ACTOR)


async def list_templates(principal: Principal) -> list[dict[str, Any]]:
    query = Template.select(*META_COLUMNS).order_by(Template.name).order_by(Template.version, ascending=False)
    if (condition := visible(principal)) is not None:
        query = query.where(condition)
    rows = [_decode(r) for r in await query]
    latest: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["scope"], row["name"])
        latest[key] = max(latest.get(key, 0), row["version"])
    for row in rows:
        row["latest"] = row["version"] == latest[(row["scope"], row["name"])]
    return rows


async def get_template(template_id: int, principal: Principal, with_content: bool = False) -> dict[str, Any]:
    columns = [*Template.all_columns()] if with_content else META_COLUMNS
    query = Template.select(*columns).where(Template.id == template_id)
    if (condition := visible(principal)) is not None:
        query = query.where(condition)
    row = await query.first()
    if row is None:
        raise NotFound("Sjabloon")
    return _decode(row)


async def latest_versions(keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Newest version per (scope, name)."""
    result: dict[tuple[str, str], int] = {}
    if not keys:
        return result
    rows = await Template.select(Template.scope, Template.name, Template.version).where(
        Template.name.is_in(sorted({n for _, n in keys}))
    )
    for row in rows:
        key = (row["scope"], row["name"])
        if key in keys:
            result[key] = max(result.get(key, 0), row["version"])
    return result
