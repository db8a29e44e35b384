"""Errors the API answers with, and one JSON shape for all of them.

Every error body is ``{"status_code": int, "detail": str, "errors": [{"field", "message"}]}``;
``errors`` names the fields that were wrong (empty when the problem is not a field).
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR, HTTP_503_SERVICE_UNAVAILABLE

from core.unavailable import UNAVAILABLE_MESSAGE, database_unavailable


class ApiError(HTTPException):
    status_code = 400

    def __init__(self, detail: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(detail=detail)
        self.errors = errors or []


class Invalid(ApiError):
    """400: one or more fields are wrong; nothing was stored."""

    status_code = 400

    def __init__(self, errors: dict[str, str] | list[dict[str, str]]) -> None:
        if isinstance(errors, dict):
            errors = [{"field": f, "message": m} for f, m in errors.items()]
        names = ", ".join(e["field"] for e in errors)
        super().__init__(f"Ongeldige invoer: {names}.", errors)


class Incomplete(ApiError):
    """422: the record is not complete or plausible enough for this step; nothing was done.

    Each entry of ``errors`` has a ``severity``: an ``error`` blocks, a ``warning`` only
    asks to be acknowledged (send the request again with ``acknowledge_warnings: true``).
    """

    status_code = 422

    def __init__(self, blocking: dict[str, str], warnings: dict[str, str]) -> None:
        entries = [{"field": f, "message": m, "severity": "error"} for f, m in blocking.items()]
        entries += [{"field": f, "message": m, "severity": "warning"} for f, m in warnings.items()]
        if blocking:
            count = f"{len(blocking)} {'punt' if len(blocking) == 1 else 'punten'}"
            detail = f"Nog niet compleet: {count} ontbreken of kloppen niet."
        else:
            detail = "Bevestig eerst de waarschuwingen (acknowledge_warnings)."
        super().__init__(detail, entries)
        self.blocking, self.warnings = blocking, warnings


def check_outcome(blocking: dict[str, str], warnings: dict[str, str], acknowledged: bool) -> None:
    """Go on when nothing blocks and every warning is acknowledged; Incomplete otherwise."""
    if blocking or (warnings and not acknowledged):
        raise Incomplete(blocking, warnings)


class NotFound(ApiError):
    status_code = 404

    def __init__(self, what: str = "Record") -> None:
        super().__init__(f"{what} niet gevonden.")


class Conflict(ApiError):
    status_code = 409

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message, [{"field": field, "message": message}])


class PreconditionFailed(ApiError):
    status_code = 412

    def __init__(self, current: int) -> None:
        super().__init__(
            f"Het record is intussen gewijzigd (huidige versie {current}); "
            "haal het opnieuw op en probeer het nog eens."
        )


class PreconditionRequired(ApiError):
    status_code = 428

    def __init__(self) -> None:
        super().__init__(
            "Geef de versie mee die u wijzigt (If-Match met de ETag van het record)."
        )


class PayloadTooLarge(ApiError):
    status_code = 413


class Unprocessable(ApiError):
    status_code = 422


_KEY_AT = re.compile(r"at `\$\.?([^`]*)`")
_UNKNOWN = re.compile(r"unknown field `([^`]+)`")
_MISSING = re.compile(r"missing required field `([^`]+)`")


def _field_errors_from_litestar(exc: ValidationException) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    extra: Any = exc.extra
    for item in extra if isinstance(extra, list) else []:
        if not isinstance(item, dict):
            continue
        message = str(item.get("message", ""))
        key = item.get("key") or ""
        match = _UNKNOWN.search(message)
        if match:
            at = _KEY_AT.search(message)
            prefix = f"{at.group(1)}." if at and at.group(1) else ""
            errors.append({"field": prefix + match.group(1), "message": "Onbekend veld."})
            continue
        at = _KEY_AT.search(message)
        field = at.group(1) if at else str(key or "body")
        missing = _MISSING.search(message)
        if missing:
            prefix = f"{field}." if at and field else ""
            errors.append({"field": prefix + missing.group(1), "message": "Verplicht veld ontbreekt."})
            continue
        errors.append({"field": field or "body", "message": message})
    if not errors:
        errors.append({"field": "body", "message": str(exc.detail)})
    return errors


#: Litestar's own messages (the status phrase), said in Dutch.
STANDARD_DETAILS = {
    400: "Ongeldig verzoek.",
    401: "U bent niet aangemeld.",
    403: "U hebt hiervoor geen toegang.",
    404: "Deze pagina of dit gegeven bestaat niet (of valt buiten uw bereik).",
    405: "Deze handeling is hier niet mogelijk.",
    413: "Het verzoek is te groot.",
    415: "Dit soort inhoud wordt hier niet aangenomen.",
    429: "Te veel verzoeken; probeer het zo opnieuw.",
}


def _dutch_detail(exc: HTTPException) -> str:
    """The exception's own detail, or the Dutch one when it is only the English status phrase."""
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        phrase = ""
    if exc.detail in {phrase, ""} and exc.status_code in STANDARD_DETAILS:
        return STANDARD_DETAILS[exc.status_code]
    return exc.detail


def error_response(request: Request, exc: Exception) -> Response:
    if isinstance(exc, ApiError):
        status, detail, errors = exc.status_code, exc.detail, exc.errors
    elif isinstance(exc, ValidationException):
        errors = _field_errors_from_litestar(exc)
        status = 400
        detail = "Ongeldige invoer: " + ", ".join(e["field"] for e in errors) + "."
    elif isinstance(exc, HTTPException):
        status, detail, errors = exc.status_code, _dutch_detail(exc), []
    elif database_unavailable(exc):
        request.logger.warning("database unavailable: %s", exc)
        status, detail, errors = HTTP_503_SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE, []
    else:
        request.logger.exception("unhandled error")
        status, detail, errors = HTTP_500_INTERNAL_SERVER_ERROR, "Interne fout.", []
    headers = getattr(exc, "headers", None) or ({"Retry-After": "5"} if status == 503 else {})
    return Response(
        {"status_code": status, "detail": detail, "errors": errors},
        status_code=status,
        headers=headers,
    )
