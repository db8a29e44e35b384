"""The reminder mail through a real SMTP server: sent once, again only when a flag escalates."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from core.settings import Settings
from core.users import add_user
from oversight.flags.reminders import send_reminders
from tests.oversight.flags import flag_world as w


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__(message_class=EmailMessage)
        self.messages: list[EmailMessage] = []

    def handle_message(self, message: EmailMessage) -> None:  # type: ignore[override]
        # Reparse with the modern policy so get_body() and friends work.
        self.messages.append(email.message_from_bytes(message.as_bytes(), policy=email.policy.default))  # type: ignore[arg-type]

    def take(self) -> list[EmailMessage]:
        taken, self.messages = self.messages, []
        return taken


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, Settings]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, Settings(smtp_url=f"smtp://127.0.0.1:{port}?from=register@test.vwo",
                              base_url="https://vwo.test")
    finally:
        controller.stop()


def by_recipient(messages: list[EmailMessage]) -> dict[str, EmailMessage]:
    return {str(m["To"]): m for m in messages}


async def test_first_run_mails_each_user_their_scope_once(clean, smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, settings = smtp
    await add_user("fg@gm0363.test", "privacy_officer", ["GM0363"])
    await add_user("board@gm0599.test", "board", ["GM0599"])
    await add_user("nobody@gm0518.test", "viewer", ["GM0518"])
    mine = await w.supplier("GM0363", name="Eigen & Zn B.V.")
    await w.evidence(mine, valid_until=dt.date(2027, 7, 1))
    await w.product(mine, "Zaaksysteem <Sociaal>", used_by=("GM0363",))
    theirs = await w.supplier("GM0599", name="Ander B.V.")
    await w.evidence(theirs, valid_until=dt.date(2027, 5, 1))
    on = dt.date(2027, 6, 1)

    report = await send_reminders(on, settings)
    assert (report.mails, report.flags) == (2, 3)
    mails = by_recipient(inbox.take())
    assert set(mails) == {"fg@gm0363.test", "board@gm0599.test"}  # nothing in GM0518: no mail
    fg = mails["fg@gm0363.test"]
    assert fg["Subject"] == "VWO-register: 2 signaleringen voor u op 1 juni 2027 (1 kritiek)"
    assert fg["From"] == "register@test.vwo"
    assert fg.get_content_type() == "multipart/alternative"
    text = fg.get_body(("plain",)).get_content()
    page = fg.get_body(("html",)).get_content()
    assert "Beste collega" in text and "Eigen & Zn B.V." in text and "Ander B.V." not in text
    assert "Kritiek (1)" in text and "Waarschuwing (1)" in text and "https://vwo.test/suppliers/" in text
    assert "Eigen &amp; Zn B.V." in page and "Zaaksysteem &lt;Sociaal&gt;" in page and "<li>" in page
    board = mails["board@gm0599.test"]
    assert "Ander B.V." in board.get_body(("plain",)).get_content()

    again = await send_reminders(on, settings)
    assert again.mails == 0 and inbox.take() == []  # nothing new: no mail at all


async def test_escalation_is_mailed_again_and_only_it(clean, smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, settings = smtp
    await add_user("inkoop@gm0363.test", "procurement", ["GM0363"])
    sid = await w.supplier("GM0363", name="Eigen B.V.")
    await w.evidence(sid, valid_until=dt.date(2027, 7, 1))  # warning on 1 June
    await w.evidence(sid, "nen7510", valid_until=dt.date(2027, 12, 1))  # far away on both days

    await send_reminders(dt.date(2027, 6, 1), settings)
    assert len(inbox.take()) == 1
    assert (await send_reminders(dt.date(2027, 6, 15), settings)).mails == 0  # still a warning
    assert inbox.take() == []

    report = await send_reminders(dt.date(2027, 7, 2), settings)  # now expired: critical
    (mail,) = inbox.take()
    assert report.flags == 1
    text = mail.get_body(("plain",)).get_content()
    assert "is verlopen" in text and "[ernstiger geworden]" in text
    assert mail["Subject"] == "VWO-register: 1 signalering voor u op 2 juli 2027 (1 kritiek)"
    assert (await send_reminders(dt.date(2027, 7, 3), settings)).mails == 0


async def test_admin_gets_every_scope(clean, smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, settings = smtp
    await add_user("beheer@test.vwo", "admin", [])
    for scope in ("GM0363", "GM0599"):
        await w.product(await w.supplier(scope), used_by=(scope,))
    await send_reminders(dt.date(2027, 6, 1), settings)
    (mail,) = inbox.take()
    text = mail.get_body(("plain",)).get_content()
    assert "(GM0363)" in text and "(GM0599)" in text


async def test_without_smtp_url_nothing_is_recorded(clean) -> None:  # type: ignore[no-untyped-def]
    from contracts.flag_tables import SentFlag

    await add_user("fg@gm0363.test", "privacy_officer", ["GM0363"])
    await w.product(await w.supplier("GM0363"), used_by=("GM0363",))
    with pytest.raises(ValueError, match="VWO_SMTP_URL"):
        await send_reminders(dt.date(2027, 6, 1), Settings(smtp_url=""))
    assert await SentFlag.count() == 0
