"""Several service processes on one port, the kernel spreading the connections over them.

uvicorn's own ``--workers`` binds one socket in the parent and lets every worker accept
from it. A worker whose event loop wakes first takes every waiting connection at once, so
a load balancer's keep-alive connections (or a browser's) mostly land on one worker while
the others idle: two processes served hardly more than one. Here each worker listens on a
socket of its own on the same address (``SO_REUSEPORT``), and the kernel hands every new
connection to one of them by a hash of its addresses. uvicorn still supervises: it starts
the workers, replaces one that dies and stops them gracefully.
"""

from __future__ import annotations

import socket
from typing import Any

import uvicorn
from uvicorn.supervisors import multiprocess

#: How long a worker may take to answer the supervisor's ping before it counts as hung.
HEALTHCHECK_SECONDS = 30


def own_socket(config: uvicorn.Config) -> socket.socket:
    """A listening socket on the configured address that other workers may share."""
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((config.host, config.port))
    sock.listen(config.backlog)
    sock.set_inheritable(True)
    return sock


class OwnSocketWorker(multiprocess.Process):
    """A uvicorn worker that listens on its own socket (see the module's docstring)."""

    def target(self, sockets: list[socket.socket] | None = None) -> None:  # pragma: no cover - runs in the worker
        super().target([own_socket(self.config)])


def serve(app: str, workers: int, **options: Any) -> None:
    """Serve ``app`` (an import string of a factory) with ``workers`` processes."""
    if workers == 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(app, factory=True, workers=workers, **options)
        return
    # a worker answers the supervisor's health pings only once it has imported the service
    # (seconds on a busy machine); uvicorn's default of 5 s killed workers still starting
    config = uvicorn.Config(
        app, factory=True, workers=workers, timeout_worker_healthcheck=HEALTHCHECK_SECONDS, **options
    )
    # the supervisor makes its workers through the module's name ``Process``; it binds no
    # socket itself, so no connection waits on a socket nobody accepts from
    multiprocess.Process = OwnSocketWorker  # type: ignore[misc]
    multiprocess.Multiprocess(config, sockets=[]).run()
