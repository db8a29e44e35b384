"""The login limit, kept in the database: holds under concurrency and across processes.

An attempt is counted before its password is checked (one atomic upsert per key), so a
burst of parallel logins cannot all pass the check before the first failure is written:
the first ``attempts`` of a window go on to the password check, the rest get 429. A
successful login clears its e-mail address and gives its client's attempt back, so an
office behind one address is not locked out by its own good logins.

Windows are fixed: they start with the first attempt of a key and last ``window_seconds``.
"""

from __future__ import annotations

import time

from core.tables import LoginAttempt

_COUNT_SQL = (
    'INSERT INTO "vwo_login_attempt" ("key", "window_start", "attempts") VALUES ({}, {}, 1), ({}, {}, 1) '
    'ON CONFLICT ("key") DO UPDATE SET '
    '"attempts" = CASE WHEN "vwo_login_attempt"."window_start" <= {} THEN 1 '
    'ELSE "vwo_login_attempt"."attempts" + 1 END, '
    '"window_start" = CASE WHEN "vwo_login_attempt"."window_start" <= {} THEN EXCLUDED."window_start" '
    'ELSE "vwo_login_attempt"."window_start" END '
    'RETURNING "key", "attempts", "window_start"'
)
_GIVE_BACK_SQL = (
    'UPDATE "vwo_login_attempt" SET "attempts" = "attempts" - 1 WHERE "key" = {} AND "attempts" > 0'
)


class LoginLimit:
    """At most ``attempts`` logins per window, per e-mail address and per client address."""

    def __init__(self, attempts: int, window_seconds: int) -> None:
        self.attempts = attempts
        self.window = window_seconds

    @staticmethod
    def keys(email: str, client: str) -> tuple[str, str]:
        return f"email:{email.strip().lower()}"[:300], f"client:{client}"[:300]

    async def attempt(self, email_key: str, client_key: str) -> int:
        """Count one attempt for both keys; seconds to wait, or 0 when it may go on."""
        now = int(time.time())
        expired = now - self.window
        await LoginAttempt.delete().where(LoginAttempt.window_start <= expired - self.window)
        rows = await LoginAttempt.raw(
            _COUNT_SQL, email_key, now, client_key, now, expired, expired
        )
        waits = [
            max(1, int(row["window_start"]) + self.window - now)
            for row in rows
            if int(row["attempts"]) > self.attempts
        ]
        return max(waits, default=0)

    async def succeeded(self, email_key: str, client_key: str) -> None:
        await LoginAttempt.delete().where(LoginAttempt.key == email_key)
        await LoginAttempt.raw(_GIVE_BACK_SQL, client_key)

    async def clear(self) -> None:
        """Forget every attempt (tests, and an operator after a false alarm)."""
        await LoginAttempt.delete(force=True)
