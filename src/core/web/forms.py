"""Helpers for HTML forms: values to request structs, API errors to field messages, guards.

A form is converted into the same request struct the JSON API takes, so the services see
one shape; what the struct itself refuses (a pattern, a length) gets a Dutch message here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import msgspec
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.response import Redirect, Template

from core.errors import ApiError, Invalid
from core.web.shell import flash, provide_web_user

T = TypeVar("T")
R = TypeVar("R")
Checker = Callable[[str], str | None]

_AT = re.compile(r"at `\$\.?([^`]*)`")
_LONGEST = re.compile(r"length <= (\d+)")


def dutch_message(message: str) -> str:
    """msgspec's English constraint messages, in the words of a form."""
    if m := re.search(r"Expected `int` >= (\d+)", message):
        return f"Vul een getal van minstens {m.group(1)} in."
    if m := re.search(r"Expected `int` <= (\d+)", message):
        return f"Vul een getal van hoogstens {m.group(1)} in."
    if "length >= 1" in message:
        return "Vul dit veld in."
    if m := re.search(r"Expected `array` of length <= (\d+)", message):
        return f"Hoogstens {m.group(1)} regels of keuzes."
    if match := _LONGEST.search(message):
        return f"Hoogstens {match.group(1)} tekens."
    if "Invalid enum value" in message:
        return "Kies een van de mogelijkheden."
    if "`date`" in message:
        return "Geef een geldige datum."
    if "missing required field" in message:
        return "Verplicht veld ontbreekt."
    return "Deze waarde is niet geldig."


def _message(text: str, field: str, value: Any, checkers: Mapping[str, Checker]) -> str:
    check = checkers.get(field)
    message = check(value) if check and isinstance(value, str) else None
    return message or dutch_message(text)


def _errors_in(value: Any, kind: Any, path: str, checkers: Mapping[str, Checker]) -> dict[str, str]:
    """Every problem msgspec finds in one value, keyed by its path: a list item by item and
    a nested struct field by field, so a form shows all of them at once."""
    try:
        msgspec.convert(value, kind, strict=False)
        return {}
    except msgspec.ValidationError as exc:
        text = str(exc)
    item = getattr(kind, "__args__", (None,))[0] if getattr(kind, "__origin__", None) is list else None
    if item is not None and isinstance(value, list):
        found: dict[str, str] = {}
        for index, element in enumerate(value):
            found.update(_errors_in(element, item, f"{path}[{index}]", checkers))
        if found:
            return found
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct) and isinstance(value, Mapping):
        found = _struct_errors(kind, value, checkers, f"{path}.")
        if found:
            return found
    at = _AT.search(text)
    field = f"{path}.{at.group(1)}" if at and at.group(1) else path
    return {field: _message(text, field, value, checkers)}


def _struct_errors(
    cls: type[msgspec.Struct], values: Mapping[str, Any], checkers: Mapping[str, Checker], prefix: str = ""
) -> dict[str, str]:
    found: dict[str, str] = {}
    for info in msgspec.structs.fields(cls):
        name = f"{prefix}{info.encode_name}"
        if info.encode_name not in values:
            if info.required:
                found[name] = dutch_message("missing required field")
            continue
        found.update(_errors_in(values[info.encode_name], info.type, name, checkers))
    return found


def to_struct(
    cls: type[T], values: Mapping[str, Any], checkers: Mapping[str, Checker] | None = None,
    rules: Callable[[Mapping[str, Any]], dict[str, str]] | None = None,
) -> T:
    """The request struct for these form values; Invalid (Dutch message per field) otherwise.

    Every field is checked, so one submit shows every error: what the struct refuses (a
    pattern, a length), and what ``rules`` (the service's own checks on the raw values,
    e.g. ``suppliers.supplier_errors``) refuse. ``checkers`` give the register's own message
    for a field whose format is wrong (e.g. ``suppliers.identifiers.kvk_error``).
    """
    checks = checkers or {}
    try:
        result = msgspec.convert(dict(values), cls, strict=False)
        errors: dict[str, str] = {}
    except msgspec.ValidationError as exc:
        result = None
        errors = _struct_errors(cls, values, checks) if isinstance(cls, type) and issubclass(
            cls, msgspec.Struct) else {}
        if not errors:  # a check across fields (__post_init__): name what msgspec names
            text = str(exc)
            at = _AT.search(text)
            field = at.group(1) if at else "body"
            value = values.get(field.split(".")[0].split("[")[0])
            errors = {field: _message(text, field, value, checks)}
    for field, message in (rules(values) if rules else {}).items():
        errors.setdefault(field, message)
    if errors or result is None:
        raise Invalid(errors or {"body": dutch_message("")})
    return result


def blank_none(value: str | None) -> str | None:
    """An empty form field means "not given"."""
    value = (value or "").strip()
    return value or None


def as_list(value: str | list[str] | None) -> list[str]:
    """A repeated form field arrives as a list, a single one as a string."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def parse_date(value: str | None) -> dt.date | str | None:
    """An ISO date from a date input; left as text when it is not one (the struct refuses it)."""
    value = blank_none(value)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


def field_errors(exc: ApiError) -> dict[str, str]:
    """``{field: message}`` of an API error; a problem without a field is keyed ``_form``;
    a warning (``core.Incomplete``) reads "Let op: ..."."""
    errors = {
        e["field"]: ("Let op: " if e.get("severity") == "warning" else "") + e["message"] for e in exc.errors
    }
    if not errors or exc.status_code in {409, 412, 413}:
        errors.setdefault("_form", str(exc.detail))
    return errors


async def web_write_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Guard for page controllers: a read-only role (board, viewer) may not post a form (403)."""
    scope = connection.scope
    if scope["type"] == ScopeType.HTTP and scope["method"] in {"GET", "HEAD", "OPTIONS"}:
        return
    principal = await provide_web_user(connection)  # type: ignore[arg-type]
    if not principal.can_write:
        raise PermissionDeniedException(detail="Uw rol mag niets wijzigen; u kunt het register alleen inzien.")


async def submit_form(
    request: Request,
    action: Callable[[], Awaitable[R]],
    refused: Callable[[ApiError], Awaitable[Template]],
    *,
    then: Callable[[R], str] | str,
    message: Callable[[R], str] | str,
) -> Template | Redirect:
    """A page's form submission: run ``action`` (which parses the form and calls a service);
    when it succeeds show ``message`` once and go to ``then`` (303); when the service refuses
    (an ``ApiError``) answer ``refused(error)``: the form again, with what is wrong."""
    try:
        result = await action()
    except ApiError as exc:
        return await refused(exc)
    flash(request, message(result) if callable(message) else message)
    return Redirect(path=then(result) if callable(then) else then, status_code=303)
