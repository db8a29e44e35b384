"""Mail over SMTP: the connection settings from ``VWO_SMTP_URL`` and sending a batch.

``VWO_SMTP_URL``: ``smtp://[user:password@]host[:port][?starttls=1&from=address]`` or
``smtps://...`` (TLS from the start).
"""

from __future__ import annotations

import asyncio
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from urllib.parse import parse_qs, unquote, urlparse


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    ssl: bool
    starttls: bool
    username: str | None
    password: str | None
    sender: str


def smtp_config(url: str, base_url: str) -> SmtpConfig:
    parsed = urlparse(url)
    if parsed.scheme not in {"smtp", "smtps"} or not parsed.hostname:
        raise ValueError("VWO_SMTP_URL: gebruik smtp://host:poort of smtps://host:poort")
    query = parse_qs(parsed.query)
    domain = urlparse(base_url).hostname or "localhost"
    return SmtpConfig(
        host=parsed.hostname, port=parsed.port or (465 if parsed.scheme == "smtps" else 25),
        ssl=parsed.scheme == "smtps", starttls=query.get("starttls", ["0"])[0] in {"1", "true", "yes"},
        username=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        sender=query.get("from", [formataddr(("VWO-register", f"signaleringen@{domain}"))])[0],
    )


def _send_all(config: SmtpConfig, messages: list[EmailMessage]) -> list[bool]:
    """Send over one connection; per message whether the server took it."""
    factory = smtplib.SMTP_SSL if config.ssl else smtplib.SMTP
    results = []
    with factory(config.host, config.port, timeout=30) as smtp:
        if config.starttls:
            smtp.starttls()
        if config.username:
            smtp.login(config.username, config.password or "")
        for message in messages:
            try:
                smtp.send_message(message)
                results.append(True)
            except smtplib.SMTPRecipientsRefused:
                results.append(False)
    return results


async def send_all(config: SmtpConfig, messages: list[EmailMessage]) -> list[bool]:
    """Send ``messages`` over one connection, off the event loop; per message whether it was taken."""
    return await asyncio.to_thread(_send_all, config, messages)
