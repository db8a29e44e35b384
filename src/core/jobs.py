"""Long-running work in the background of the service, with progress a client can poll.

Jobs live in the memory of the one service process; a restart forgets running jobs
(their finished results are stored where the work writes them, not here).
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from litestar import Response

from core.errors import NotFound

MAX_JOBS = 200
KEEP_SECONDS = 3600


@dataclass
class Job:
    id: str
    owner: int
    scope: str
    total: int = 0
    done: int = 0
    status: str = "running"  # running, done, failed
    message: str = ""
    result: bytes | None = None
    filename: str = ""
    started: float = field(default_factory=time.monotonic)


_jobs: dict[str, Job] = {}
_tasks: set[asyncio.Task[None]] = set()


def _prune() -> None:
    now = time.monotonic()
    for job_id in [k for k, j in _jobs.items() if j.status != "running" and now - j.started > KEEP_SECONDS]:
        _jobs.pop(job_id, None)
    while len(_jobs) >= MAX_JOBS:
        _jobs.pop(next(iter(_jobs)))


def start(owner: int, scope: str, work: Callable[[Job], Awaitable[None]]) -> Job:
    _prune()
    job = Job(id=secrets.token_urlsafe(12), owner=owner, scope=scope)
    _jobs[job.id] = job

    async def run() -> None:
        try:
            await work(job)
            job.status = "done"
        except Exception as exc:
            job.status, job.message = "failed", str(exc) or exc.__class__.__name__

    task = asyncio.create_task(run())
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return job


def get(job_id: str, owner: int) -> Job | None:
    job = _jobs.get(job_id)
    return job if job and job.owner == owner else None


def result_download(job_id: str, owner: int) -> Response[bytes]:
    """The zip of a finished job of ``owner``, as an attachment; 404 otherwise."""
    job = get(job_id, owner)
    if job is None or job.result is None:
        raise NotFound("Resultaat")
    return Response(
        job.result, media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{job.filename}"'},
    )
