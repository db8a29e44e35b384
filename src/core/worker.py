"""The job worker of one service process: claims jobs from the database and runs them.

Every process runs one, started with the app (or by the first job it queues). It runs
one job at a time, beats while it works, and between jobs waits for a wake-up (a job
queued by this process) or polls every :data:`POLL_SECONDS` for jobs queued by others or
left behind by a process that died. On shutdown it stops taking jobs, lets the current
one finish for a grace period and otherwise puts it back in the queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from core import job_records
from core.job_records import JobLost, Running
from core.settings import Settings, load_settings

log = logging.getLogger("vwo.jobs")

POLL_SECONDS = 1.0
HOUSEKEEPING_SECONDS = 300.0


@dataclass(frozen=True)
class Result:
    """What a finished job leaves for its owner to download."""

    content: bytes
    filename: str


Handler = Callable[[Running], Coroutine[Any, Any, Result]]
#: Handlers by job kind; the app registers them (code, the same in every process).
HANDLERS: dict[str, Handler] = {}


class Worker:
    def __init__(self, settings: Settings) -> None:
        self.id = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.stale_seconds = settings.job_stale_seconds
        self.retention = dt.timedelta(hours=settings.job_retention_hours)
        self.step_delay = settings.job_step_delay
        self.wakeup = asyncio.Event()
        self.stopping = False
        self.loop_task: asyncio.Task[None] | None = None
        self.current: asyncio.Task[Result] | None = None
        self.housekept = 0.0

    def start(self) -> None:
        if self.loop_task is None or self.loop_task.done():
            self.stopping = False
            self.loop_task = asyncio.get_running_loop().create_task(self.loop())

    def wake(self) -> None:
        self.wakeup.set()

    async def loop(self) -> None:
        while not self.stopping:
            try:
                run = await job_records.claim(self.id, self.stale_seconds, self.step_delay)
                if run is not None:
                    await self.run(run)
                    continue
                await self.housekeeping()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database may be away for a moment: try again later
                log.exception("job worker: claiming failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wakeup.wait(), POLL_SECONDS)
            self.wakeup.clear()

    async def run(self, run: Running) -> None:
        handler = HANDLERS.get(run.kind)
        if handler is None:
            await job_records.fail(run, f"Onbekend soort taak: {run.kind}")
            return
        self.current = asyncio.create_task(handler(run))
        beating = asyncio.create_task(self.heartbeat(run, self.current))
        try:
            await asyncio.wait({self.current})
        finally:
            beating.cancel()
        task, self.current = self.current, None
        if task.cancelled():
            if self.stopping:
                await job_records.release(run)
            return
        error = task.exception()
        if isinstance(error, JobLost):
            log.warning("job %s was taken over by another process", run.id)
        elif error is not None:
            log.error("job %s failed", run.id, exc_info=error)
            await job_records.fail(run, str(error) or error.__class__.__name__)
        else:
            await job_records.finish(run, task.result().content, task.result().filename)

    async def heartbeat(self, run: Running, task: asyncio.Task[Result]) -> None:
        """Beat while the handler works; stop the handler when the job is no longer ours."""
        while True:
            await asyncio.sleep(self.stale_seconds / 4)
            try:
                await job_records.beat(run)
            except JobLost:
                task.cancel()
                return
            except Exception:
                log.exception("job %s: heartbeat failed", run.id)

    async def housekeeping(self) -> None:
        if time.monotonic() - self.housekept < HOUSEKEEPING_SECONDS:
            return
        self.housekept = time.monotonic()
        await job_records.delete_finished_before(job_records.utcnow() - self.retention)

    async def stop(self, grace: float = 5.0) -> None:
        """Take no new job; finish the current one within ``grace`` seconds or put it back."""
        self.stopping = True
        self.wake()
        if self.current is not None:
            await asyncio.wait({self.current}, timeout=grace)
            if self.current is not None and not self.current.done():
                self.current.cancel()
        if self.loop_task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(self.loop_task, timeout=grace + 5)


_WORKER: list[Worker] = []


def worker() -> Worker:
    """This process's worker (made on first use, with the settings of the environment)."""
    if not _WORKER:
        _WORKER.append(Worker(load_settings()))
    return _WORKER[0]


async def start_worker() -> None:
    """App startup: begin taking jobs."""
    worker().start()


async def stop_worker() -> None:
    """App shutdown: stop taking jobs, finish or release the current one."""
    if _WORKER:
        await _WORKER.pop().stop()
