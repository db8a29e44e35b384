"""Pieces every controller shares: paging, the If-Match header, documented error responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from litestar import Request, Response
from litestar.datastructures import UploadFile
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter

from core import crud
from core.auth import Principal, provide_principal
from core.errors import NotFound


class FieldErrorBody(msgspec.Struct):
    field: str
    message: str
    #: Only in a 422 of the completeness check: ``error`` blocks, ``warning`` asks for
    #: ``acknowledge_warnings``.
    severity: str | None = None


class ErrorBody(msgspec.Struct):
    status_code: int
    detail: str
    errors: list[FieldErrorBody]


def error_spec(text: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorBody, description=text, generate_examples=False)


READ_ERRORS: dict[int, ResponseSpec] = {
    400: error_spec("Ongeldige invoer; `errors` noemt de velden"),
    401: error_spec("Geen of een ongeldig token"),
    404: error_spec("Bestaat niet, of valt buiten uw bereik"),
}
WRITE_ERRORS: dict[int, ResponseSpec] = {
    **READ_ERRORS,
    403: error_spec("Uw rol mag dit niet"),
    409: error_spec("Botst met een bestaand record (dubbele code of nummer)"),
    412: error_spec("De versie in If-Match is niet meer de huidige"),
    413: error_spec("Bestand te groot"),
    428: error_spec("If-Match ontbreekt"),
}
#: Steps that run the completeness check first (contracts.rules.completeness).
CHECKED_ERRORS: dict[int, ResponseSpec] = {
    **WRITE_ERRORS,
    422: error_spec("Nog niet compleet (severity error) of waarschuwingen niet bevestigd (severity warning)"),
}
#: Endpoints that read an uploaded file (or run an uploaded template) in a worker process.
UPLOAD_ERRORS: dict[int, ResponseSpec] = {
    **WRITE_ERRORS,
    422: error_spec("Bestand of sjabloon geweigerd: te veel werk, geen tekst, of niet toegestaan"),
    503: error_spec("Alle verwerkingsprocessen zijn bezet; probeer het zo opnieuw"),
}


@dataclass(frozen=True)
class Paging:
    page: int
    page_size: int


async def provide_paging(
    page: Annotated[int, Parameter(ge=1, le=1_000_000, description="Paginanummer, vanaf 1")] = 1,
    page_size: Annotated[
        int, Parameter(ge=1, le=200, description="Aantal per pagina (max. 200)")
    ] = 50,
) -> Paging:
    return Paging(page=page, page_size=page_size)


#: Record ids are PostgreSQL ``integer`` (Serial) columns.
MAX_ID = 2**31 - 1


def reject_impossible_ids(request: Request) -> None:
    """404 for a path id no record can have: sent to the database it would not fit its
    integer column (an overflow error, a 500, instead of "not found")."""
    for value in request.path_params.values():
        if isinstance(value, int) and not isinstance(value, bool) and not -MAX_ID - 1 <= value <= MAX_ID:
            raise NotFound()


async def provide_user(request: Request) -> Principal:
    principal = await provide_principal(request)  # 401 comes before 404
    reject_impossible_ids(request)
    return principal


IfMatch = Annotated[
    str | None,
    Parameter(
        header="If-Match",
        required=False,
        description="ETag van de versie die u wijzigt, bijvoorbeeld \"3\"",
    ),
]


def if_match_version(header: str | None) -> int | None:
    return crud.parse_if_match(header)


def with_etag(body: Any, version: int, status_code: int = 200) -> Response[Any]:
    return Response(body, status_code=status_code, headers={"ETag": crud.etag(version)})


@dataclass
class FileUpload:
    """A multipart form with one file part named ``file``."""

    file: UploadFile
