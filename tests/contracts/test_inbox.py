"""Each user's inbox: written with the status step, counted in the menu, read, and mailed."""

from __future__ import annotations

import datetime as dt
import re

from contracts.inbox import InboxItem
from core.tables import User
from core.users import add_user
from oversight.flags.reminders import send_reminders
from tests.contracts import test_agreement_pages as pages
from tests.contracts.test_agreement_pages import PASSWORD, login, seeded, submit
from tests.oversight.flags import flag_world as w
from tests.oversight.flags.test_reminders import smtp  # noqa: F401 (fixture)

world = pages.world


def menu_count(page: str) -> int:
    match = re.search(r'href="/inbox"[^>]*>Postvak(?: <span class="count"[^>]*>(\d+)</span>)?</a>', page)
    assert match, "no inbox in the menu"
    return int(match.group(1) or 0)


async def test_review_send_back_and_approval_arrive_in_the_right_inboxes(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await add_user("fg@elders.test", "privacy_officer", ["GM0599"], password=PASSWORD)
    record_id = await seeded(world)
    await login(client, "inkoop@gemeente.test")
    await submit(client, f"/agreements/{record_id}/transitions", {"to": "in_review"})

    await login(client, "fg@elders.test")  # another municipality's FG hears nothing
    assert menu_count((await client.get("/inbox")).text) == 0

    await login(client, "fg@gemeente.test")
    home = (await client.get("/")).text
    assert menu_count(home) == 1
    box = (await client.get("/inbox")).text
    assert "Ter beoordeling" in box and f'href="/agreements/{record_id}"' in box and "inkoop@gemeente.test" in box
    await submit(client, f"/agreements/{record_id}/transitions",
                 {"to": "draft", "remark": "De bewaartermijn ontbreekt in bijlage 1."})

    await login(client, "inkoop@gemeente.test")
    box = (await client.get("/inbox")).text
    assert menu_count(box) == 1
    assert "Teruggestuurd" in box and "De bewaartermijn ontbreekt in bijlage 1." in box
    home = (await client.get("/")).text  # the home page mentions it too
    assert "Nieuw in uw postvak" in home and "De bewaartermijn ontbreekt in bijlage 1." in home
    item_id = re.search(r'name="item_ids" value="(\d+)"', box).group(1)  # type: ignore[union-attr]
    read = await submit(client, "/inbox/read", {"item_ids": item_id})
    assert read.status_code == 200 and menu_count(read.text) == 0

    await submit(client, f"/agreements/{record_id}/transitions", {"to": "in_review"})
    await login(client, "fg@gemeente.test")
    await submit(client, f"/agreements/{record_id}/transitions", {"to": "approved"})
    await login(client, "inkoop@gemeente.test")
    box = (await client.get("/inbox")).text
    assert "Goedgekeurd" in box and menu_count(box) == 1
    assert await InboxItem.count().where(InboxItem.kind == "review_arrived") == 2


async def test_a_user_cannot_mark_anothers_item_read(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    record_id = await seeded(world)
    await world["admin"].post(f"/api/v1/agreements/{record_id}/transitions", json={"to": "in_review"})
    item = await InboxItem.select(InboxItem.id).first()
    assert item is not None
    await login(client, "bestuur@gemeente.test")  # a board member may mark its own, not the FG's
    response = await submit(client, "/inbox/read", {"item_ids": str(item["id"])})
    assert response.status_code == 200 and "Er was niets ongelezen." in response.text
    assert await InboxItem.count().where(InboxItem.read_at.is_null()) == 1


async def test_a_failed_step_leaves_no_inbox_item(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    record_id = await seeded(world, "in_review")
    await InboxItem.delete(force=True)
    await login(client, "fg@gemeente.test")
    refused = await submit(client, f"/agreements/{record_id}/transitions", {"to": "draft", "remark": ""})
    assert refused.status_code == 400
    assert await InboxItem.count() == 0


async def test_the_digest_carries_the_inbox_and_critical_flags_arrive_once(clean, smtp) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    mailbox, settings = smtp
    await add_user("inkoop@gm0363.test", "procurement", ["GM0363"])
    sid = await w.supplier("GM0363", name="Eigen B.V.")
    await w.product(sid, "Zaaksysteem", used_by=("GM0363",))  # a missing agreement: critical
    await add_user("fg@gm0363.test", "privacy_officer", ["GM0363"])
    user_id = (await User.select(User.id).where(User.email == "fg@gm0363.test").first())["id"]  # type: ignore[index]
    await InboxItem.insert(InboxItem(
        user=user_id, kind="sent_back", subject="\u201cVOG\u201d met Eigen B.V.", remark="Meldtermijn ontbreekt.",
        link="/agreements/1", actor="fg@gm0363.test", created_at=dt.datetime.now(dt.UTC),
    ))
    await send_reminders(dt.date(2027, 6, 1), settings)
    mails = {str(m["To"]): m for m in mailbox.take()}
    text = mails["fg@gm0363.test"].get_body(("plain",)).get_content()
    assert "In uw postvak (1)" in text and "Teruggestuurd" in text and "Meldtermijn ontbreekt." in text
    assert "1 bericht" in str(mails["fg@gm0363.test"]["Subject"])
    assert await InboxItem.count().where(InboxItem.kind == "flag_critical") == 2  # both users, once
    await send_reminders(dt.date(2027, 6, 2), settings)
    assert mailbox.take() == []  # the event went out once
    assert await InboxItem.count().where(InboxItem.kind == "flag_critical") == 2
