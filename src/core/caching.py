"""No copies of the register in caches: ``Cache-Control: no-store`` on every response.

Pages, API answers and downloads carry personal and contractual data; a shared cache or
the browser's back-forward cache must not keep them (issue 13, finding 10). Static assets
may be cached, and a response that sets its own ``Cache-Control`` keeps it (the calendar
feed lets calendar clients keep it for a quarter of an hour).
"""

from __future__ import annotations

from litestar.types import Message, Scope

NO_STORE = (b"cache-control", b"no-store")
CACHEABLE_PREFIXES = ("/static/",)


async def no_store(message: Message, scope: Scope) -> None:
    """``before_send`` hook of the app."""
    if message["type"] != "http.response.start" or scope.get("path", "").startswith(CACHEABLE_PREFIXES):
        return
    headers = list(message.get("headers") or [])
    if not any(name.lower() == b"cache-control" for name, _ in headers):
        headers.append(NO_STORE)
        message["headers"] = headers
