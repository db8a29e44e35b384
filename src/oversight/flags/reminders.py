"""The reminder mail: each user gets the flags in their scope that are new or got worse.

A flag is mailed once per user; it is mailed again only when its severity rose
(``flag_sent`` keeps the last severity mailed). The mail goes out first and is then
recorded, so a failure in between means a repeat rather than a silence.

Mail goes out through ``core.mail`` (``VWO_SMTP_URL``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import urlparse

from contracts import InboxItem, SentFlag, inbox
from core import Settings, User, datum, send_all, smtp_config, utcnow, write_transaction
from oversight.flags.compute import compute_flags
from oversight.flags.types import SEVERITY_RANK, Flag

SEVERITY_NL = {"critical": "Kritiek", "warning": "Waarschuwing", "info": "Ter info"}


@dataclass(frozen=True)
class Recipient:
    user_id: int
    email: str
    #: None: every scope (admin).
    scopes: frozenset[str] | None


@dataclass(frozen=True)
class Digest:
    recipient: Recipient
    #: New or escalated flags, most severe first.
    flags: list[Flag]
    escalated: frozenset[str]
    #: Inbox items not mailed before (for review, sent back, approved), oldest first.
    events: tuple[dict, ...] = ()


@dataclass(frozen=True)
class RemindReport:
    users: int
    mails: int
    flags: int


async def _recipients() -> list[Recipient]:
    rows = await User.select(User.id, User.email, User.role, User.scopes).where(User.active.eq(True))
    out = []
    for row in rows:
        scopes = row["scopes"]
        if isinstance(scopes, str):
            scopes = json.loads(scopes or "[]")
        out.append(Recipient(row["id"], row["email"], None if row["role"] == "admin" else frozenset(scopes)))
    return out


async def digests(on: dt.date, settings: Settings, everything: list[Flag] | None = None) -> list[Digest]:
    """Per user, the flags not mailed before or mailed with a lower severity, and the inbox
    items not mailed yet."""
    recipients = await _recipients()
    if not recipients:
        return []
    if everything is None:  # once; scoped per user below
        everything = await compute_flags(None, on, settings=settings)
    sent: dict[tuple[int, str], str] = {
        (r["user"], r["flag_uid"]): r["severity"]
        for r in await SentFlag.select(SentFlag.user, SentFlag.flag_uid, SentFlag.severity)
    }
    events: dict[int, list[dict]] = {}
    for row in await InboxItem.select().where(
        InboxItem.mailed_at.is_null(), InboxItem.kind != "flag_critical"
    ).order_by(InboxItem.id):
        events.setdefault(row["user"], []).append(row)
    out = []
    for recipient in recipients:
        fresh, escalated = [], set()
        for flag in everything:
            if recipient.scopes is not None and flag.controller not in recipient.scopes:
                continue
            before = sent.get((recipient.user_id, flag.uid))
            if before is None:
                fresh.append(flag)
            elif SEVERITY_RANK[flag.severity] > SEVERITY_RANK.get(before, -1):
                fresh.append(flag)
                escalated.add(flag.uid)
        mine = tuple(events.get(recipient.user_id, ()))
        if fresh or mine:
            out.append(Digest(recipient, fresh, frozenset(escalated), mine))
    return out


async def record_critical(flags: list[Flag]) -> int:
    """Put each critical flag in the inbox of every user who sees it, once per user."""
    critical = [f for f in flags if f.severity == "critical"]
    if not critical:
        return 0
    known = {
        (r["user"], r["flag_uid"])
        for r in await InboxItem.select(InboxItem.user, InboxItem.flag_uid).where(InboxItem.flag_uid != "")
    }
    stamp = utcnow()
    rows = [
        InboxItem(user=r.user_id, kind="flag_critical", subject=f.message, link=f.link, flag_uid=f.uid,
                  created_at=stamp)
        for r in await _recipients() for f in critical
        if (r.scopes is None or f.controller in r.scopes) and (r.user_id, f.uid) not in known
    ]
    async with write_transaction():
        for start in range(0, len(rows), 500):
            await InboxItem.insert(*rows[start : start + 500])
    return len(rows)


def _line(flag: Flag) -> str:
    return f"{datum(flag.due)}: " if flag.due else ""


def compose(digest: Digest, on: dt.date, settings: Settings, sender: str) -> EmailMessage:
    """The Dutch digest, plain text and HTML (multipart/alternative)."""
    flags, base = digest.flags, settings.base_url.rstrip("/")
    critical = sum(f.severity == "critical" for f in flags)
    count = "1 signalering" if len(flags) == 1 else f"{len(flags)} signaleringen"
    if digest.events:
        count += f" en {len(digest.events)} {'bericht' if len(digest.events) == 1 else 'berichten'}"
    subject = f"VWO-register: {count} voor u op {datum(on)}" + (f" ({critical} kritiek)" if critical else "")
    intro = (
        f"In uw deel van het register van verwerkersovereenkomsten is op {datum(on)} het volgende nieuw "
        "of ernstiger geworden."
    )
    text = ["Beste collega,", "", intro, ""]
    parts = [f"<p>Beste collega,</p><p>{html.escape(intro)}</p>"]
    if digest.events:
        text.append(f"In uw postvak ({len(digest.events)})")
        parts.append(f"<h2>In uw postvak ({len(digest.events)})</h2><ul>")
        for event in digest.events:
            label = inbox.KIND_LABELS.get(event["kind"], event["kind"])
            remark = f": {event['remark']}" if event["remark"] else ""
            by = f" (door {event['actor']})" if event["actor"] else ""
            text.append(f"- {label}: {event['subject']}{by}{remark}")
            text.append(f"  {base}{event['link']}")
            parts.append(
                f'<li>{html.escape(label)}: <a href="{html.escape(base + event["link"])}">'
                f"{html.escape(event['subject'])}</a>{html.escape(by)}{html.escape(remark)}</li>"
            )
        text.append("")
        parts.append("</ul>")
    for severity in ("critical", "warning", "info"):
        group = [f for f in flags if f.severity == severity]
        if not group:
            continue
        text.append(f"{SEVERITY_NL[severity]} ({len(group)})")
        parts.append(f"<h2>{SEVERITY_NL[severity]} ({len(group)})</h2><ul>")
        for flag in group:
            marker = " [ernstiger geworden]" if flag.uid in digest.escalated else ""
            who = flag.controller_name or flag.controller
            text.append(f"- {_line(flag)}{flag.message}{marker} ({who})")
            text.append(f"  {base}{flag.link}")
            parts.append(
                f'<li>{html.escape(_line(flag))}<a href="{html.escape(base + flag.link)}">'
                f"{html.escape(flag.message)}</a>{html.escape(marker)} ({html.escape(who)})</li>"
            )
        text.append("")
        parts.append("</ul>")
    outro = "U krijgt elke signalering één keer, en opnieuw als zij ernstiger wordt."
    text += [outro, f"Alle signaleringen: {base}/", "", "VWO-register"]
    parts.append(f'<p>{html.escape(outro)} <a href="{html.escape(base)}/">Alle signaleringen</a></p>')

    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = digest.recipient.email
    message["Message-ID"] = make_msgid(domain=urlparse(base).hostname or "localhost")
    message.set_content("\n".join(text))
    message.add_alternative(
        '<!doctype html><html lang="nl"><body>' + "".join(parts) + "</body></html>", subtype="html"
    )
    return message


async def _remember(digest: Digest) -> None:
    stamp = utcnow()
    async with write_transaction():
        escalated = [f for f in digest.flags if f.uid in digest.escalated]
        for flag in escalated:
            await SentFlag.update({SentFlag.severity: flag.severity, SentFlag.sent_at: stamp}).where(
                SentFlag.user == digest.recipient.user_id, SentFlag.flag_uid == flag.uid
            )
        new = [
            SentFlag(user=digest.recipient.user_id, flag_uid=f.uid, severity=f.severity, sent_at=stamp)
            for f in digest.flags if f.uid not in digest.escalated
        ]
        for start in range(0, len(new), 500):
            await SentFlag.insert(*new[start : start + 500])
        if digest.events:
            await InboxItem.update({InboxItem.mailed_at: stamp}).where(
                InboxItem.id.is_in([e["id"] for e in digest.events])
            )


async def send_reminders(on: dt.date, settings: Settings) -> RemindReport:
    """Mail every user the digest of new and escalated flags; returns what was sent."""
    if not settings.smtp_url:
        raise ValueError("VWO_SMTP_URL is niet ingesteld.")
    config = smtp_config(settings.smtp_url, settings.base_url)
    everything = await compute_flags(None, on, settings=settings)
    await record_critical(everything)
    pending = await digests(on, settings, everything)
    messages = [compose(d, on, settings, config.sender) for d in pending]
    results = await send_all(config, messages) if messages else []
    mailed = [d for d, ok in zip(pending, results, strict=True) if ok]
    for digest in mailed:
        await _remember(digest)
    return RemindReport(users=len(pending), mails=len(mailed), flags=sum(len(d.flags) for d in mailed))
