"""Long-running work in the background, with progress a client can poll from any process.

A job is a record in the database (``vwo_job``): queued, running (with a heartbeat and
progress), done (with its result, kept for ``VWO_JOB_RETENTION_HOURS``) or failed. Any
service process may run it (see :mod:`core.worker`) and any may report on it; only the
user who started it sees it. A handler is registered per kind of job; it must be safe to
run again from the start: steps it records (:meth:`Running.record_step`) are skipped by a
retry, so a job whose process died is finished by another without doing work twice.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from litestar import Response

from core.errors import NotFound
from core.job_records import SUMMARY, Running, utcnow
from core.tables import JobRecord
from core.worker import HANDLERS, Handler, Result, start_worker, stop_worker, worker

__all__ = ["Job", "Result", "Running", "get", "register", "result_download", "start", "start_worker", "stop_worker"]


@dataclass(frozen=True)
class Job:
    """A job as a poll sees it."""

    id: str
    owner: int
    scope: str
    status: str  # queued, running, done, failed
    done: int
    total: int
    message: str
    filename: str

    @property
    def active(self) -> bool:
        return self.status in {"queued", "running"}


def register(kind: str, handler: Handler) -> None:
    """Run jobs of ``kind`` with ``handler`` (at app creation; the same in every process)."""
    HANDLERS[kind] = handler


def _job(row: dict[str, Any]) -> Job:
    return Job(**{name: row[name] for name in Job.__dataclass_fields__})


async def start(kind: str, owner: int, scope: str, params: dict[str, Any]) -> Job:
    """Queue a job; this process's worker is woken, any other may take it too."""
    row = JobRecord(
        id=secrets.token_urlsafe(12), kind=kind, owner=owner, scope=scope, params=params,
        status="queued", created_at=utcnow(),
    )
    await JobRecord.insert(row)
    runner = worker()
    runner.start()
    runner.wake()
    return Job(id=row.id, owner=owner, scope=scope, status="queued", done=0, total=0, message="", filename="")


async def get(job_id: str, owner: int) -> Job | None:
    """The job if ``owner`` started it, else None."""
    row = await JobRecord.select(*SUMMARY).where(JobRecord.id == job_id, JobRecord.owner == owner).first()
    return _job(row) if row else None


async def result_download(job_id: str, owner: int) -> Response[bytes]:
    """The zip of a finished job of ``owner``, as an attachment; 404 otherwise."""
    row = await JobRecord.select(JobRecord.result, JobRecord.filename).where(
        JobRecord.id == job_id, JobRecord.owner == owner, JobRecord.status == "done"
    ).first()
    if row is None or row["result"] is None:
        raise NotFound("Resultaat")
    return Response(
        bytes(row["result"]), media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{row["filename"]}"'},
    )
