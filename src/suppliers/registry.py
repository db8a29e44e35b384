"""Rules for municipalities and joint arrangements (the scopes of the register)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from core import (
    Conflict,
    Dependants,
    Invalid,
    Principal,
    audit,
    audit_dependants,
    clock,
    crud,
    require_scope,
    scope_holder,
    write_transaction,
)
from suppliers import identifiers as ids
from suppliers.schemas import (
    ArrangementCreate,
    ArrangementUpdate,
    MemberIn,
    MunicipalityCreate,
    MunicipalityUpdate,
    updates,
)
from suppliers.tables import Arrangement, Membership, Municipality, Supplier

MUNICIPALITY = crud.Resource(Municipality, "municipality", "Gemeente", Municipality.cbs_code)
ARRANGEMENT = crud.Resource(Arrangement, "arrangement", "Samenwerkingsverband", Arrangement.slug)
LEGAL_PERSONS = frozenset({"openbaar_lichaam", "bedrijfsvoeringsorganisatie"})
#: Joint arrangements may join the IBD since 1 January 2017.
IBD_OPEN_TO_ARRANGEMENTS = dt.date(2017, 1, 1)


async def scope_exists(code: str) -> bool:
    if ids.CBS_CODE.match(code):
        return bool(await Municipality.exists().where(Municipality.cbs_code == code))
    return bool(await Arrangement.exists().where(Arrangement.slug == code))


# --- municipalities -------------------------------------------------------------------


def municipality_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """What the register refuses in a municipality's values (also raw form values), per field."""
    errors: dict[str, str] = {}
    if "name" in values and not values["name"].strip():
        errors["name"] = "Naam mag niet leeg zijn."
    if "cbs_code" in values and (msg := ids.cbs_code_error(values["cbs_code"])):
        errors["cbs_code"] = msg
    if values.get("oin") and (msg := ids.oin_error(str(values["oin"]))):
        errors["oin"] = msg
    if values.get("kvk_number") and (msg := ids.kvk_error(str(values["kvk_number"]))):
        errors["kvk_number"] = msg
    if bool((values.get("signatory_name") or "").strip()) != bool((values.get("signatory_role") or "").strip()) and (
        "signatory_name" in values or "signatory_role" in values
    ):
        missing = "signatory_role" if (values.get("signatory_name") or "").strip() else "signatory_name"
        errors[missing] = "Geef naam én functie van wie ondertekent."
    return errors


def _check_municipality(values: dict[str, Any]) -> None:
    if errors := municipality_errors(values):
        raise Invalid(errors)


async def create_municipality(data: MunicipalityCreate, principal: Principal) -> dict[str, Any]:
    values = {
        "name": data.name.strip(), "cbs_code": data.cbs_code, "oin": data.oin, "address": data.address.strip(),
        "kvk_number": data.kvk_number, "signatory_name": data.signatory_name.strip(),
        "signatory_role": data.signatory_role.strip(),
    }
    _check_municipality(values)
    require_scope(principal, data.cbs_code)
    async with write_transaction():
        await crud.ensure_unique(
            MUNICIPALITY,
            [(Municipality.cbs_code == data.cbs_code, "cbs_code", "Deze CBS-code bestaat al.")],
        )
        record_id = await crud.insert(MUNICIPALITY, values, principal, scope=data.cbs_code)
        return await crud.fetch(MUNICIPALITY, record_id, principal)


async def update_municipality(
    record_id: int, data: MunicipalityUpdate, principal: Principal, if_match: int | None
) -> dict[str, Any]:
    changes = updates(data)
    async with write_transaction():
        row = await crud.fetch_for_write(MUNICIPALITY, record_id, principal, if_match)
        _check_municipality({**row, **changes})
        if "cbs_code" in changes and changes["cbs_code"] != row["cbs_code"]:
            raise Invalid(
                {"cbs_code": "Een CBS-code verandert niet; na een fusie legt u de nieuwe gemeente vast."}
            )
        await crud.update(MUNICIPALITY, row, changes, principal)
        return await crud.fetch(MUNICIPALITY, record_id, principal)


async def delete_municipality(record_id: int, principal: Principal, if_match: int | None) -> None:
    async with write_transaction():
        row = await crud.fetch_for_write(MUNICIPALITY, record_id, principal, if_match)
        if await Membership.exists().where(Membership.municipality == record_id):
            raise Conflict("id", "De gemeente is nog lid van een samenwerkingsverband.")
        if await Supplier.exists().where(Supplier.scope == row["cbs_code"]):
            raise Conflict("id", "Het register van deze gemeente bevat nog leveranciers.")
        if held := await scope_holder(row["cbs_code"]):
            raise Conflict("id", f"Het register van deze gemeente bevat nog {held}.")
        await crud.delete(MUNICIPALITY, row, principal)


# --- arrangements ---------------------------------------------------------------------


def _member_value(member: Any, name: str) -> Any:
    return member.get(name) if isinstance(member, Mapping) else getattr(member, name)


def arrangement_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """What the register refuses in an arrangement's values (also raw form values), per field."""
    errors: dict[str, str] = {}
    if "name" in values and not values["name"].strip():
        errors["name"] = "Naam mag niet leeg zijn."
    if "slug" in values and (ids.CBS_CODE.match(str(values["slug"]).upper()) or not ids.SLUG.match(values["slug"])):
        errors["slug"] = "Een slug bestaat uit kleine letters, cijfers en streepjes en is geen CBS-code."
    legal_person = values.get("legal_form") in LEGAL_PERSONS
    kvk = values.get("kvk_number")
    if kvk and (msg := ids.kvk_error(str(kvk))):
        errors["kvk_number"] = msg
    elif legal_person and not kvk:
        errors["kvk_number"] = "Een rechtspersoon (openbaar lichaam, bedrijfsvoeringsorganisatie) heeft een KvK-nummer."
    elif kvk and not legal_person:
        errors["kvk_number"] = "Alleen een openbaar lichaam of bedrijfsvoeringsorganisatie heeft een eigen KvK-nummer."
    since = values.get("ibd_since")
    if values.get("ibd_connected") and since is None:
        errors["ibd_since"] = "Geef aan sinds wanneer het verband bij de IBD is aangesloten."
    elif since is not None and not values.get("ibd_connected"):
        errors["ibd_since"] = "Alleen in te vullen als het verband bij de IBD is aangesloten."
    elif isinstance(since, dt.date) and since < IBD_OPEN_TO_ARRANGEMENTS:
        errors["ibd_since"] = "Samenwerkingsverbanden kunnen pas sinds 1 januari 2017 aansluiten bij de IBD."
    seen: set[str] = set()
    for index, member in enumerate(values.get("members") or []):
        field = f"members[{index}]"
        code, joined, left = (_member_value(member, n) for n in ("cbs_code", "joined_on", "left_on"))
        if code in seen:
            errors[f"{field}.cbs_code"] = "Deze gemeente staat dubbel in de ledenlijst."
        seen.add(code)
        if isinstance(joined, dt.date) and isinstance(left, dt.date) and left < joined:
            errors[f"{field}.left_on"] = "De uittreedatum ligt voor de toetredingsdatum."
    return errors


def _check_arrangement(values: dict[str, Any]) -> None:
    if errors := arrangement_errors(values):
        raise Invalid(errors)


async def _member_ids(
    members: list[MemberIn], principal: Principal, current: Collection[str] = ()
) -> dict[str, int]:
    """Ids of the members' municipalities; 400 for a code that does not exist or that the
    caller does not see (the same answer for both), unless it is a member already."""
    codes = [m.cbs_code for m in members]
    if not codes:
        return {}
    rows = await Municipality.select(Municipality.id, Municipality.cbs_code).where(
        Municipality.cbs_code.is_in(codes)
    )
    found = {
        r["cbs_code"]: r["id"] for r in rows
        if principal.sees(r["cbs_code"]) or r["cbs_code"] in current
    }
    missing = {
        f"members[{i}].cbs_code": f"Gemeente {m.cbs_code} staat niet in het register."
        for i, m in enumerate(members)
        if m.cbs_code not in found
    }
    if missing:
        raise Invalid(missing)
    return found


async def _replace_members(
    arrangement_id: int, members: list[MemberIn], principal: Principal, current: Collection[str] = ()
) -> list[dict[str, Any]]:
    found = await _member_ids(members, principal, current)
    await Membership.delete().where(Membership.arrangement == arrangement_id)
    if members:
        await Membership.insert(
            *[
                Membership(
                    arrangement=arrangement_id,
                    municipality=found[m.cbs_code],
                    joined_on=m.joined_on,
                    left_on=m.left_on,
                )
                for m in members
            ]
        )
    return [
        {"cbs_code": m.cbs_code, "joined_on": m.joined_on, "left_on": m.left_on} for m in members
    ]


async def create_arrangement(data: ArrangementCreate, principal: Principal) -> int:
    values = {
        "name": data.name.strip(),
        "slug": data.slug,
        "kind": data.kind,
        "legal_form": data.legal_form,
        "kvk_number": data.kvk_number,
        "ibd_connected": data.ibd_connected,
        "ibd_since": data.ibd_since,
        "address": data.address.strip(),
        "signatory_name": data.signatory_name.strip(),
        "signatory_role": data.signatory_role.strip(),
    }
    _check_arrangement({**values, "members": data.members})
    require_scope(principal, data.slug)
    async with write_transaction():
        await crud.ensure_unique(
            ARRANGEMENT, [(Arrangement.slug == data.slug, "slug", "Deze slug bestaat al.")]
        )
        await _member_ids(data.members, principal)
        record_id = await crud.insert(ARRANGEMENT, values, principal, scope=data.slug)
        members = await _replace_members(record_id, data.members, principal)
        if members:
            await audit.record(
                actor=principal.email,
                action="members",
                entity="arrangement",
                entity_id=record_id,
                scope=data.slug,
                changes={"members": [None, members]},
            )
        return record_id


async def update_arrangement(
    record_id: int, data: ArrangementUpdate, principal: Principal, if_match: int | None
) -> int:
    changes = updates(data)
    members = changes.pop("members", None)
    async with write_transaction():
        row = await crud.fetch_for_write(ARRANGEMENT, record_id, principal, if_match)
        if "slug" in changes and changes["slug"] != row["slug"]:
            raise Invalid({"slug": "De slug is de sleutel van het verband en verandert niet."})
        merged = {**row, **changes, "members": members or []}
        _check_arrangement(merged)
        extra = None
        if members is not None:
            old = await members_of([record_id])
            current = [m["cbs_code"] for m in old.get(record_id, [])]
            new = await _replace_members(record_id, members, principal, current)
            extra = {"members": [old.get(record_id, []), new]}
        await crud.update(ARRANGEMENT, row, changes, principal, extra_changes=extra)
        return record_id


async def delete_arrangement(record_id: int, principal: Principal, if_match: int | None) -> None:
    async with write_transaction():
        row = await crud.fetch_for_write(ARRANGEMENT, record_id, principal, if_match)
        if await Supplier.exists().where(Supplier.scope == row["slug"]):
            raise Conflict("id", "Het register van dit verband bevat nog leveranciers.")
        if held := await scope_holder(row["slug"]):
            raise Conflict("id", f"Het register van dit verband bevat nog {held}.")
        await audit_dependants(
            "arrangement", record_id, row["_scope"], principal,
            (Dependants("arrangement_member", Membership, Membership.arrangement),),
        )
        await crud.delete(ARRANGEMENT, row, principal)


#: Plain SQL, like the token lookup: the same join through Piccolo's query builder spent
#: most of an arrangement list's time on foreign-key attribute lookups (bench_register).
_MEMBERS_SQL = (
    'SELECT m."arrangement" AS arrangement_id, g."cbs_code" AS cbs_code, g."name" AS name, '
    'm."joined_on" AS joined_on, m."left_on" AS left_on '
    'FROM "arrangement_member" AS m JOIN "municipality" AS g ON g."id" = m."municipality" '
    'WHERE m."arrangement" IN ({ids}) ORDER BY g."name", g."cbs_code"'
)


async def members_of(arrangement_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Members of several arrangements in one query."""
    if not arrangement_ids:
        return {}
    ids = [int(i) for i in arrangement_ids]
    rows = await Membership.raw(_MEMBERS_SQL.format(ids=", ".join("{}" for _ in ids)), *ids)
    today = clock.today()
    result: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        aid = row.pop("arrangement_id")
        row["active"] = (row["joined_on"] is None or row["joined_on"] <= today) and (
            row["left_on"] is None or row["left_on"] > today
        )
        result.setdefault(aid, []).append(row)
    return result
