"""Personal calendar feeds and the memory of mailed flags."""

from __future__ import annotations

from piccolo.columns import ForeignKey, OnDelete, Serial, Timestamptz, Varchar
from piccolo.table import Table

from core import User


class CalendarToken(Table, tablename="flag_calendar_token"):
    id: Serial
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    #: SHA-256 of the secret in the feed's URL; the secret itself is never stored.
    token_hash = Varchar(length=64, unique=True, index=True)
    created_at = Timestamptz()
    #: Set when the user revokes the URL; a revoked feed answers 404.
    revoked_at = Timestamptz(null=True, default=None)


class SentFlag(Table, tablename="flag_sent"):
    id: Serial
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    #: Flag.uid; (user, flag_uid) is unique (an index made in the migration).
    flag_uid = Varchar(length=200)
    #: The severity last mailed; a flag is mailed again only when it rises.
    severity = Varchar(length=16)
    sent_at = Timestamptz()


class HandledFlag(Table, tablename="flag_handled"):
    """A flag someone marked handled for its municipality or arrangement. It stays hidden
    while its cause is the same: ``fingerprint`` is a hash of what the flag says (kind,
    severity, due date, message); a change of any of those brings it back."""

    id: Serial
    #: Flag.uid; (flag_uid, controller) is unique (an index made in the migration).
    flag_uid = Varchar(length=200)
    #: CBS code or slug the flag is about.
    controller = Varchar(length=64, index=True)
    fingerprint = Varchar(length=64)
    handled_by = Varchar(length=254)
    handled_at = Timestamptz()
