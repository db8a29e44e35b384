"""HTML forms for the scopes of the register: municipalities and joint arrangements with
their members. Their read pages (register, agreements, gaps) are in :mod:`oversight.pages`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from core import (
    Paging,
    Principal,
    as_list,
    blank_none,
    crud,
    field_errors,
    page,
    parse_date,
    submit_form,
    to_struct,
    web_write_guard,
)
from suppliers import identifiers as ids
from suppliers import queries, registry
from suppliers.labels import LABELS
from suppliers.schemas import ArrangementCreate, ArrangementUpdate, MunicipalityCreate, MunicipalityUpdate

PAGE_SIZE = 25
CHECKERS = {"kvk_number": ids.kvk_error, "oin": ids.oin_error, "cbs_code": ids.cbs_code_error}
Text = str | list[str]


@dataclass
class MunicipalityForm:
    name: str = ""
    cbs_code: str = ""
    oin: str = ""
    kvk_number: str = ""
    address: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    version: int | None = None

    def values(self, with_code: bool) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.strip(), "oin": blank_none(self.oin), "kvk_number": blank_none(self.kvk_number),
            "address": self.address.strip(), "signatory_name": self.signatory_name.strip(),
            "signatory_role": self.signatory_role.strip(),
        }
        if with_code:
            values["cbs_code"] = self.cbs_code.strip().upper()
        return values

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> MunicipalityForm:
        return cls(**{name: row[name] or "" for name in cls.__dataclass_fields__ if name != "version"},
                   version=row["version"])


@dataclass
class ArrangementForm:
    name: str = ""
    slug: str = ""
    kind: str = "sociale_dienst"
    legal_form: str = "openbaar_lichaam"
    kvk_number: str = ""
    ibd_connected: str = ""
    ibd_since: str = ""
    address: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    member_code: Text = ""
    member_joined: Text = ""
    member_left: Text = ""
    version: int | None = None

    def members(self) -> list[dict[str, Any]]:
        """The member rows, blank rows left out."""
        columns = [as_list(self.member_code), as_list(self.member_joined), as_list(self.member_left)]
        width = max(len(c) for c in columns)
        rows = [[c[i].strip() if i < len(c) else "" for c in columns] for i in range(width)]
        return [{"cbs_code": code.upper(), "joined_on": joined, "left_on": left}
                for code, joined, left in rows if code or joined or left]

    def values(self, with_slug: bool) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.strip(), "kind": self.kind, "legal_form": self.legal_form,
            "kvk_number": blank_none(self.kvk_number), "ibd_connected": bool(self.ibd_connected),
            "ibd_since": parse_date(self.ibd_since), "address": self.address.strip(),
            "signatory_name": self.signatory_name.strip(), "signatory_role": self.signatory_role.strip(),
            "members": [{**m, "joined_on": parse_date(m["joined_on"]), "left_on": parse_date(m["left_on"])}
                        for m in self.members()],
        }
        if with_slug:
            values["slug"] = self.slug.strip()
        return values

    @classmethod
    def from_row(cls, row: dict[str, Any], members: list[dict[str, Any]]) -> ArrangementForm:
        return cls(
            name=row["name"], slug=row["slug"], kind=row["kind"], legal_form=row["legal_form"],
            kvk_number=row["kvk_number"] or "", ibd_connected="on" if row["ibd_connected"] else "",
            ibd_since=str(row["ibd_since"] or ""), address=row["address"], signatory_name=row["signatory_name"],
            signatory_role=row["signatory_role"],
            member_code=[m["cbs_code"] for m in members],
            member_joined=[str(m["joined_on"] or "") for m in members],
            member_left=[str(m["left_on"] or "") for m in members], version=row["version"],
        )


class MunicipalityPages(Controller):
    path = "/municipalities"
    include_in_schema = False
    guards = [web_write_guard]

    @get(operation_id="municipalityListPage")
    async def list_(
        self, request: Request, web_user: Principal, paging: Paging,
        q: str | None = Parameter(required=False, max_length=100),
    ) -> Template:
        """The municipalities the user may see, searched, a page at a time."""
        result = await queries.list_municipalities(web_user, q, paging.page, PAGE_SIZE)
        return page(request, "suppliers/municipalities.html", web_user, result=result,
                    params={"q": q} if q else {})

    @get("/new", operation_id="municipalityNewPage")
    async def new(self, request: Request, web_user: Principal) -> Template:
        """The form for a new municipality."""
        return _municipality_page(request, web_user, MunicipalityForm(), {}, None)

    @post("/new", operation_id="municipalityCreatePage", status_code=303)
    async def create(
        self, request: Request, web_user: Principal,
        data: MunicipalityForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Register the municipality, or show the form again with everything that is wrong."""
        async def create() -> dict[str, Any]:
            body = to_struct(MunicipalityCreate, data.values(True), CHECKERS, registry.municipality_errors)
            return await registry.create_municipality(body, web_user)

        return await submit_form(
            request, create,
            lambda exc: _refused(request, web_user, data, exc, None),
            then=lambda row: f"/municipalities/{row['cbs_code']}",
            message=f"Gemeente {data.name.strip()} is toegevoegd.",
        )

    @get("/{record_id:int}/edit", operation_id="municipalityEditPage")
    async def edit(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """The form to change a municipality (its CBS code stays)."""
        row = await crud.fetch(registry.MUNICIPALITY, record_id, web_user)
        return _municipality_page(request, web_user, MunicipalityForm.from_row(row), {}, record_id)

    @post("/{record_id:int}/edit", operation_id="municipalityUpdatePage", status_code=303)
    async def update(
        self, request: Request, web_user: Principal, record_id: int,
        data: MunicipalityForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the changes against the version the form was made from."""
        async def update() -> dict[str, Any]:
            body = to_struct(MunicipalityUpdate, data.values(False), CHECKERS, registry.municipality_errors)
            return await registry.update_municipality(record_id, body, web_user, data.version)

        return await submit_form(
            request, update, lambda exc: _refused(request, web_user, data, exc, record_id),
            then=lambda row: f"/municipalities/{row['cbs_code']}", message="De wijzigingen zijn opgeslagen.",
        )


    @post("/{record_id:int}/delete", operation_id="municipalityDeletePage", status_code=303)
    async def delete(
        self, request: Request, web_user: Principal, record_id: int,
        data: VersionForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Delete a municipality that is no member and keeps no suppliers."""
        row = await crud.fetch(registry.MUNICIPALITY, record_id, web_user)
        return await submit_form(
            request, lambda: registry.delete_municipality(record_id, web_user, data.version),
            lambda exc: _refused(request, web_user, MunicipalityForm.from_row(row), exc, record_id),
            then="/municipalities", message=f"{row['name']} is verwijderd.",
        )


@dataclass
class VersionForm:
    version: int | None = None


async def _refused(
    request: Request, user: Principal, form: MunicipalityForm, exc: Any, record_id: int | None
) -> Template:
    return _municipality_page(request, user, form, field_errors(exc), record_id, exc.status_code)


def _municipality_page(
    request: Request, user: Principal, form: MunicipalityForm, errors: dict[str, str],
    record_id: int | None, status_code: int = 200,
) -> Template:
    return page(request, "suppliers/municipality_form.html", user, status_code=status_code, form=form,
                errors=errors, record_id=record_id)


class ArrangementFormPages(Controller):
    path = "/arrangements"
    include_in_schema = False
    guards = [web_write_guard]

    @get("/new", operation_id="arrangementNewPage")
    async def new(self, request: Request, web_user: Principal) -> Template:
        """The form for a new joint arrangement."""
        return await _arrangement_page(request, web_user, ArrangementForm(), {}, None)

    @post("/new", operation_id="arrangementCreatePage", status_code=303)
    async def create(
        self, request: Request, web_user: Principal,
        data: ArrangementForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Register the arrangement with its members, or show everything that is wrong."""
        async def create() -> int:
            body = to_struct(ArrangementCreate, data.values(True), CHECKERS, registry.arrangement_errors)
            return await registry.create_arrangement(body, web_user)

        return await submit_form(
            request, create,
            lambda exc: _arrangement_page(request, web_user, data, field_errors(exc), None, exc.status_code),
            then=f"/arrangements/{data.slug.strip()}", message=f"{data.name.strip()} is toegevoegd.",
        )

    @get("/{record_id:int}/edit", operation_id="arrangementEditPage")
    async def edit(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """The form to change an arrangement and its members (its slug stays)."""
        row = await crud.fetch(registry.ARRANGEMENT, record_id, web_user)
        members = (await registry.members_of([record_id])).get(record_id, [])
        return await _arrangement_page(request, web_user, ArrangementForm.from_row(row, members), {}, record_id)

    @post("/{record_id:int}/edit", operation_id="arrangementUpdatePage", status_code=303)
    async def update(
        self, request: Request, web_user: Principal, record_id: int,
        data: ArrangementForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the arrangement; the member rows replace the member list."""
        async def update() -> int:
            body = to_struct(ArrangementUpdate, data.values(False), CHECKERS, registry.arrangement_errors)
            return await registry.update_arrangement(record_id, body, web_user, data.version)

        return await submit_form(
            request, update,
            lambda exc: _arrangement_page(request, web_user, data, field_errors(exc), record_id, exc.status_code),
            then=f"/arrangements/{data.slug.strip()}", message="De wijzigingen zijn opgeslagen.",
        )


    @post("/{record_id:int}/delete", operation_id="arrangementDeletePage", status_code=303)
    async def delete(
        self, request: Request, web_user: Principal, record_id: int,
        data: VersionForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Delete an arrangement whose register holds no suppliers."""
        row = await crud.fetch(registry.ARRANGEMENT, record_id, web_user)
        members = (await registry.members_of([record_id])).get(record_id, [])
        return await submit_form(
            request, lambda: registry.delete_arrangement(record_id, web_user, data.version),
            lambda exc: _arrangement_page(request, web_user, ArrangementForm.from_row(row, members),
                                          field_errors(exc), record_id, exc.status_code),
            then="/arrangements", message=f"{row['name']} is verwijderd.",
        )


async def _arrangement_page(
    request: Request, user: Principal, form: ArrangementForm, errors: dict[str, str],
    record_id: int | None, status_code: int = 200,
) -> Template:
    municipalities = await queries.list_municipalities(user, None, 1, queries.MAX_PAGE_SIZE)
    return page(
        request, "suppliers/arrangement_form.html", user, status_code=status_code, form=form, errors=errors,
        record_id=record_id, members=[*form.members(), {"cbs_code": "", "joined_on": "", "left_on": ""}],
        municipalities=[(r["cbs_code"], f"{r['name']} ({r['cbs_code']})") for r in municipalities.items], **LABELS,
    )


CONTROLLERS = [MunicipalityPages, ArrangementFormPages]
