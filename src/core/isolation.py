"""Run untrusted work (uploaded templates, PDF and Word extraction) in a worker process.

Each call gets a fresh process, forked from a small fork server that has the heavy
modules imported already (a few milliseconds, not a Python start-up). Before the work
starts the child lowers its own limits: address space (``RLIMIT_AS``) and CPU time
(``RLIMIT_CPU``); the parent waits on a thread, so the event loop keeps answering,
and kills the child when the wall-clock limit passes. At most :data:`MAX_WORKERS`
children run at once; further calls wait their turn (counted in their wall clock).

Exceptions raised by the work come back as the same class with the same attributes
(``UploadError.status``, ``TemplateValidationError.details``); a child that ran out of
time or memory becomes :class:`WorkerLimitExceeded` (``limit`` says which). When no
worker comes free within :data:`QUEUE_SECONDS` the limit is ``"busy"`` (status 503): the
server's problem, not the upload's. Nothing here depends on the web framework.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Literal, TypeVar, cast

import anyio

T = TypeVar("T")
MB = 1024 * 1024
#: Modules the fork server imports once, so children start warm (see :func:`preload`).
PRELOAD: list[str] = []
MAX_WORKERS = max(2, os.cpu_count() or 2)
#: How long a call waits for a free worker before it gives up ("busy").
QUEUE_SECONDS = 60.0
_slots = threading.BoundedSemaphore(MAX_WORKERS)
_context: Any = None
_context_lock = threading.Lock()

#: Environment variables a worker keeps; the rest (database URL, SMTP password) it never sees.
_KEPT_ENVIRONMENT = frozenset({"PATH", "HOME", "LANG", "TZ", "TMPDIR", "PYTHONHASHSEED"})

Limit = Literal["time", "cpu", "memory", "crash", "busy"]


@dataclass(frozen=True)
class Limits:
    """What one call may use: wall-clock seconds, CPU seconds, address space in MB."""

    seconds: float = 10.0
    cpu_seconds: int = 10
    memory_mb: int = 768

    @classmethod
    def from_env(cls, prefix: str = "VWO_UPLOAD", **defaults: Any) -> Limits:
        """Limits from ``{prefix}_SECONDS``, ``{prefix}_CPU_SECONDS``, ``{prefix}_MEMORY_MB``."""
        base = cls(**defaults)
        env = os.environ
        return cls(
            seconds=float(env.get(f"{prefix}_SECONDS", base.seconds)),
            cpu_seconds=int(env.get(f"{prefix}_CPU_SECONDS", base.cpu_seconds)),
            memory_mb=int(env.get(f"{prefix}_MEMORY_MB", base.memory_mb)),
        )


class WorkerLimitExceeded(Exception):
    """The work used more time, CPU or memory than allowed, and was stopped."""

    MESSAGES = {
        "time": "duurt langer dan {seconds:g} seconden",
        "cpu": "kost meer dan {cpu} seconden rekentijd",
        "memory": "vraagt meer dan {memory} MB geheugen",
        "crash": "brengt het verwerkingsproces ten val",
        "busy": "kon niet beginnen: de server verwerkt nu te veel bestanden tegelijk; probeer het zo opnieuw",
    }

    def __init__(self, limit: Limit, limits: Limits) -> None:
        self.limit = limit
        self.limits = limits
        self.reason = self.MESSAGES[limit].format(
            seconds=limits.seconds, cpu=limits.cpu_seconds, memory=limits.memory_mb
        )
        super().__init__(self.reason)

    @property
    def status(self) -> int:
        """The HTTP status to answer with: 503 when the server was busy, else 422."""
        return 503 if self.limit == "busy" else 422


def preload(*modules: str) -> None:
    """Have the fork server import ``modules`` (call at import time, before the first run)."""
    PRELOAD.extend(m for m in modules if m not in PRELOAD)


def _ctx() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            _context = context
        return _context


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


def _scrub_environment() -> None:
    """Drop every environment variable but the harmless ones (database URLs, secrets)."""
    for key in list(os.environ):
        if key not in _KEPT_ENVIRONMENT and not key.startswith("LC_"):
            del os.environ[key]


def _child(conn: Connection, limits: Limits) -> None:
    """Entry point of the worker: set limits, receive the work, send back the outcome."""
    _scrub_environment()
    memory = limits.memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = max(1, limits.cpu_seconds)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    outcome: tuple[str, Any]
    try:
        func, args, kwargs = conn.recv()
        outcome = ("ok", func(*args, **kwargs))
    except MemoryError:
        outcome = ("limit", "memory")
    except Exception as exc:  # handed to the parent, which re-raises it
        outcome = ("raise", (type(exc), exc.args, dict(vars(exc))))
    try:
        payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        payload = pickle.dumps(("limit", "memory"))
    except Exception as exc:  # an unpicklable exception: keep its class name and text
        payload = pickle.dumps(("raise", (RuntimeError, (f"{type(exc).__name__}: {exc}",), {})))
    conn.send_bytes(payload)
    conn.close()


def _death(exitcode: int | None) -> Limit:
    """Which limit a child that died without an answer most likely hit."""
    if exitcode == -signal.SIGXCPU:
        return "cpu"
    if exitcode in (-signal.SIGKILL, -signal.SIGSEGV):
        return "memory"
    return "crash"


def _wait(func: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], limits: Limits) -> T:
    if not _slots.acquire(timeout=QUEUE_SECONDS):
        raise WorkerLimitExceeded("busy", limits)
    try:
        context = _ctx()
        parent, child = context.Pipe(duplex=True)
        process = context.Process(target=_child, args=(child, limits), daemon=True)
        process.start()  # the first call also starts the fork server: not on the clock
        deadline = time.monotonic() + limits.seconds
        child.close()
        try:
            parent.send((func, args, kwargs))
            if not parent.poll(max(0.0, deadline - time.monotonic())):
                raise WorkerLimitExceeded("time", limits)
            # Our own child wrote this; it runs with the server's rights anyway.
            kind, value = pickle.loads(parent.recv_bytes())  # noqa: S301
        except (EOFError, OSError):  # the child died without an answer
            process.join(1)
            raise WorkerLimitExceeded(_death(process.exitcode), limits) from None
        finally:
            parent.close()
            if process.is_alive():
                process.kill()
            process.join(5)
            with contextlib.suppress(ValueError):  # still running after SIGKILL: leave it
                process.close()
    finally:
        _slots.release()
    if kind == "ok":
        return cast(T, value)
    if kind == "limit":
        raise WorkerLimitExceeded(value, limits)
    raise _rebuild(*value)


def run_isolated_sync(func: Callable[..., T], *args: Any, limits: Limits | None = None, **kwargs: Any) -> T:
    """Run ``func(*args, **kwargs)`` in a worker process under ``limits`` (blocks the caller).

    ``func`` must be importable by name (a module-level function) and its arguments
    and result picklable.
    """
    return _wait(func, args, kwargs, limits or Limits())


async def run_isolated(func: Callable[..., T], *args: Any, limits: Limits | None = None, **kwargs: Any) -> T:
    """:func:`run_isolated_sync` on a thread, so the event loop keeps serving requests."""
    return await anyio.to_thread.run_sync(lambda: _wait(func, args, kwargs, limits or Limits()))


__all__ = ["Limits", "WorkerLimitExceeded", "preload", "run_isolated", "run_isolated_sync"]
