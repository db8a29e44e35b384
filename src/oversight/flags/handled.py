"""Flags marked handled: hidden from the home list while their cause stays the same.

A mark is kept per flag and municipality or arrangement, with a fingerprint of what the
flag says (kind, severity, due date, message). When any of those changes (a new expiry
date, a severity that rises, another count of open findings) the fingerprint no longer
matches and the flag is back on the list.
"""

from __future__ import annotations

import hashlib

from contracts import HandledFlag
from core import NotFound, Principal, Settings, audit, clock, crud, write_transaction
from oversight.flags.compute import compute_flags
from oversight.flags.types import Flag


def fingerprint(flag: Flag) -> str:
    cause = "\x00".join((flag.kind, flag.severity, flag.due.isoformat() if flag.due else "", flag.message))
    return hashlib.sha256(cause.encode()).hexdigest()


async def handled_marks(controllers: set[str]) -> dict[tuple[str, str], dict]:
    """(flag uid, controller) -> the mark, for these controllers: one query."""
    if not controllers:
        return {}
    rows = await HandledFlag.select().where(HandledFlag.controller.is_in(sorted(controllers)))
    return {(r["flag_uid"], r["controller"]): r for r in rows}


def is_handled(flag: Flag, marks: dict[tuple[str, str], dict]) -> bool:
    mark = marks.get((flag.uid, flag.controller))
    return mark is not None and mark["fingerprint"] == fingerprint(flag)


async def mark_handled(uid: str, controller: str, principal: Principal, settings: Settings) -> Flag:
    """Mark the flag (as it is today) handled; 404 for a flag the user does not see."""
    if not controller or not principal.sees(controller):
        raise NotFound("Signaal")
    flags = await compute_flags(principal.scope_filter(), clock.today(), settings=settings, controller=controller)
    flag = next((f for f in flags if f.uid == uid), None)
    if flag is None:
        raise NotFound("Signaal")
    print_ = fingerprint(flag)
    async with write_transaction():
        row = await HandledFlag.select().where(
            HandledFlag.flag_uid == uid, HandledFlag.controller == controller
        ).first()
        now = crud.now()
        if row is None:
            mark = HandledFlag(flag_uid=uid, controller=controller, fingerprint=print_,
                               handled_by=principal.email, handled_at=now)
            await HandledFlag.insert(mark)
            mark_id = mark.id
        else:
            await HandledFlag.update({
                HandledFlag.fingerprint: print_, HandledFlag.handled_by: principal.email, HandledFlag.handled_at: now,
            }).where(HandledFlag.id == row["id"])
            mark_id = row["id"]
        await audit.record(
            actor=principal.email, action="handle", entity="flag", entity_id=mark_id, scope=controller,
            before={"fingerprint": row["fingerprint"]} if row else None,
            after={"flag": uid, "kind": flag.kind, "severity": flag.severity, "fingerprint": print_},
        )
    return flag
