"""Seals on the audit trail: an HMAC per event under a key kept outside the database.

The hash chain alone shows an edit only to someone who does not recompute it: anyone who
can write to the database can change an event and recompute every later hash with
:func:`core.audit.event_hash`. Each event therefore also carries ``hmac``, an HMAC-SHA256 of
its hash under the audit key (``VWO_AUDIT_KEY``, else ``var/audit_key``, created once
with mode 600). Because an event's hash covers the previous hash, the seal of an event
vouches for the whole chain before it, the unsealed events written before seals existed
included.

Removing the newest events leaves a chain that is whole. Against that, the operator keeps
an *anchor* elsewhere (``vwo audit anchor``: sequence number and seal of the newest event)
and checks against it (``vwo audit verify --anchor SEQ:HMAC``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

KEY_FILE = Path("var") / "audit_key"


@cache
def audit_key() -> bytes:
    """VWO_AUDIT_KEY, or a key generated once and kept in var/audit_key (mode 600)."""
    if key := os.environ.get("VWO_AUDIT_KEY"):
        return key.encode()
    path = KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
    key = path.read_text().strip()
    if not key:
        raise RuntimeError(f"{path} is leeg: zet VWO_AUDIT_KEY of herstel het sleutelbestand.")
    return key.encode()


def seal(event_hash: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 (hex) of an event's hash."""
    return hmac.new(key or audit_key(), event_hash.encode(), hashlib.sha256).hexdigest()


def seal_matches(stored: str, event_hash: str, key: bytes | None = None) -> bool:
    return hmac.compare_digest(stored, seal(event_hash, key))


@dataclass(frozen=True)
class Anchor:
    """The newest event as the operator wrote it down: its sequence number and seal."""

    seq: int
    hmac: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hmac}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        seq, sep, mac = text.strip().partition(":")
        if not sep or not seq.isdigit() or len(mac) != 64:
            raise ValueError("een anker ziet eruit als VOLGNUMMER:HMAC (64 hextekens), zie `vwo audit anchor`")
        return cls(int(seq), mac.lower())
