"""Input refused at the edge, before any handler or query sees it.

Three kinds of value broke whole pages or answered 500 (issue 13, findings 4 and 6):

- control characters: PostgreSQL refuses NUL in text (a 500 on create and on ``q=%00``),
  SQLite stores it and the xlsx export then fails on it. Refused in query parameters,
  path parameters, JSON bodies and URL-encoded forms, with 400 naming the field. Tab,
  line feed and carriage return pass in bodies (multi-line text); file names are checked
  too; a single-line field
  refuses them in its schema (:func:`check_fields`).
- deeply nested JSON: msgspec's decoder recurses, and a RecursionError was a 500.
- dates outside 1900-01-01..2200-12-31: a year-9999 end date was stored, and every page
  that computed a date after it failed with ``year 10000``. Checked for every date field
  of every request body by :func:`check_fields` (called from the bodies' base class).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

import msgspec
from litestar import Request
from litestar.datastructures import UploadFile

from core.errors import Invalid

#: Dates the register accepts anywhere: room for old contracts and far renewals, and
#: far enough from year 9999 that date arithmetic (notice periods, staleness) stays valid.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)
#: Deepest JSON nesting a request body may have; the deepest body the API defines is 3.
MAX_JSON_DEPTH = 20

#: C0 controls and DEL: nothing a person types on one line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: The same, but tab, line feed and carriage return allowed: multi-line text.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CONTROL_MESSAGE = "Bevat een stuurteken (zoals NUL); dat kan niet worden opgeslagen."
LINE_MESSAGE = "Moet op één regel staan (geen tab of regeleinde)."
DATE_MESSAGE = f"Datum buiten het bereik {EARLIEST_DATE.isoformat()} t/m {LATEST_DATE.isoformat()}."
DEPTH_MESSAGE = f"JSON is dieper genest dan {MAX_JSON_DEPTH} niveaus."

#: Marks a text type as multi-line: ``Annotated[str, Meta(..., extra=MULTILINE)]``.
MULTILINE: dict[str, Any] = {"multiline": True}


def json_depth_exceeds(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the JSON text nests arrays/objects deeper than ``limit`` (strings skipped)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def _walk(value: Any, path: str, errors: dict[str, str]) -> None:
    if isinstance(value, str):
        if _CONTROL_IN_TEXT.search(value):
            errors.setdefault(path or "body", CONTROL_MESSAGE)
    elif isinstance(value, dict):
        for key, item in value.items():
            name = f"{path}.{key}" if path else str(key)
            if _CONTROL.search(str(key)):
                errors.setdefault(path or "body", CONTROL_MESSAGE)
                continue
            _walk(item, name, errors)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", errors)


def control_characters(value: Any) -> dict[str, str]:
    """``{field path: message}`` for every string in a decoded JSON value with a control character."""
    errors: dict[str, str] = {}
    _walk(value, "", errors)
    return errors


async def refuse_malformed_input(request: Request[Any, Any, Any]) -> None:
    """``before_request`` hook of the app: 400 for input no handler should ever see."""
    errors: dict[str, str] = {}
    for name, value in request.path_params.items():
        if isinstance(value, str) and _CONTROL.search(value):
            errors[name] = CONTROL_MESSAGE
    for name, value in request.query_params.multi_items():
        if _CONTROL.search(name) or _CONTROL.search(value):
            errors.setdefault(name if not _CONTROL.search(name) else "query", CONTROL_MESSAGE)
    if errors:
        raise Invalid(errors)
    if request.method not in _BODY_METHODS:
        return
    content_type = request.content_type[0]
    if content_type == "application/json" or content_type.endswith("+json"):
        body = await request.body()
        if json_depth_exceeds(body):
            raise Invalid({"body": DEPTH_MESSAGE})
        try:
            decoded = msgspec.json.decode(body) if body else None
        except msgspec.DecodeError:
            return  # the handler's own decoding answers 400 for malformed JSON
        errors = control_characters(decoded)
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        # Parsed once: the handler's body extraction reuses the form kept on the request.
        form = await request.form()
        for name, value in form.multi_items():
            if _CONTROL.search(name):
                errors.setdefault("form", CONTROL_MESSAGE)
                continue
            # A text field may span lines; a file's name may not.
            text, pattern = (
                (value, _CONTROL_IN_TEXT) if isinstance(value, str)
                else ((value.filename or "") if isinstance(value, UploadFile) else "", _CONTROL)
            )
            if pattern.search(text):
                errors.setdefault(name, CONTROL_MESSAGE)
    if errors:
        raise Invalid(errors)


@cache
def _field_rules(cls: type[msgspec.Struct]) -> tuple[tuple[str, bool, bool], ...]:
    """Per field of a request body: (name, holds dates, holds multi-line text)."""
    rules = []
    info = msgspec.inspect.type_info(cls)
    assert isinstance(info, msgspec.inspect.StructType)
    for field in info.fields:
        dates = multiline = False
        stack: list[msgspec.inspect.Type] = [field.type]
        while stack:
            node = stack.pop()
            if isinstance(node, msgspec.inspect.Metadata):
                if node.extra and node.extra.get("multiline"):
                    multiline = True
                stack.append(node.type)
            elif isinstance(node, msgspec.inspect.UnionType):
                stack.extend(node.types)
            elif isinstance(node, (msgspec.inspect.ListType, msgspec.inspect.SetType,
                                   msgspec.inspect.FrozenSetType, msgspec.inspect.VarTupleType)):
                stack.append(node.item_type)
            elif isinstance(node, msgspec.inspect.DateType):
                dates = True
        rules.append((field.name, dates, multiline))
    return tuple(rules)


def _values(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def check_fields(body: msgspec.Struct) -> None:
    """Refuse dates out of range and line breaks in single-line text; 400 naming the fields.

    Called from ``__post_init__`` of the request bodies' base class, so it runs whenever a
    body is decoded or converted (API and web forms alike) and no date field can be missed.
    """
    errors: dict[str, str] = {}
    for name, dates, multiline in _field_rules(type(body)):
        for value in _values(getattr(body, name)):
            if dates and isinstance(value, dt.date) and not EARLIEST_DATE <= value <= LATEST_DATE:
                errors[name] = DATE_MESSAGE
            elif isinstance(value, str) and (_CONTROL_IN_TEXT if multiline else _CONTROL).search(value):
                errors[name] = CONTROL_MESSAGE if _CONTROL_IN_TEXT.search(value) else LINE_MESSAGE
    if errors:
        raise Invalid(errors)
