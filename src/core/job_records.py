"""The ``vwo_job`` records: claiming, heartbeats, progress, steps done, the outcome.

A process takes a job by claiming it: a queued job, or a running one whose heartbeat is
older than the stale limit (its process died). PostgreSQL claims with ``SELECT ... FOR
UPDATE SKIP LOCKED``, so two workers never take the same job and never wait for each
other; SQLite has one writer at a time (``BEGIN IMMEDIATE``) and the same query without
the lock clause. Every later write names the claiming worker, so a process that lost
its job (taken over while it stalled) cannot overwrite what the new owner does.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from core.db import is_sqlite, write_transaction
from core.tables import JobRecord, JobStep

#: A job taken on this many times without finishing fails (its work keeps killing processes).
MAX_ATTEMPTS = 3
#: The columns a poll reads (not the result).
SUMMARY = [c for c in JobRecord.all_columns() if c._meta.name not in {"result", "params"}]


class JobLost(Exception):
    """Another process took the job over: this one must stop working on it."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Running:
    """A job as its handler sees it while this process runs it."""

    id: str
    kind: str
    owner: int
    scope: str
    params: dict[str, Any]
    worker: str
    done: int = 0
    total: int = 0
    #: Seconds to wait after each step (VWO_JOB_STEP_DELAY; for tests that must catch a job halfway).
    step_delay: float = 0.0
    attempts: int = field(default=1)

    async def progress(self, done: int, total: int | None = None) -> None:
        """Record progress (and a heartbeat); raises JobLost when another process has the job."""
        self.done = done
        if total is not None:
            self.total = total
        await beat(self)

    async def steps(self) -> dict[str, str]:
        """The steps done before, by any process: key → what it made."""
        rows = await JobStep.select(JobStep.key, JobStep.made).where(JobStep.job == self.id)
        return {r["key"]: r["made"] for r in rows}

    async def record_step(self, key: str, made: str) -> None:
        """Mark a step done; call it in the transaction that does the step's work.

        The unique (job, key) index makes a second recording fail, and with it the
        transaction, so the work of a step is stored once however many processes try.
        """
        await JobStep.insert(JobStep(job=self.id, key=key, made=made))

    async def pause(self) -> None:
        if self.step_delay > 0:
            await asyncio.sleep(self.step_delay)


def _mine(run: Running) -> Any:
    return (JobRecord.id == run.id) & (JobRecord.worker == run.worker) & (JobRecord.status == "running")


async def beat(run: Running) -> None:
    """Heartbeat and progress; JobLost when the job is no longer this worker's."""
    kept = await JobRecord.update(
        {JobRecord.heartbeat_at: utcnow(), JobRecord.done: run.done, JobRecord.total: run.total}
    ).where(_mine(run)).returning(JobRecord.id)
    if not kept:
        raise JobLost(run.id)


async def claim(worker: str, stale_seconds: float, step_delay: float = 0.0) -> Running | None:
    """Take the oldest queued job, or a running one whose process stopped beating."""
    claimable = (JobRecord.status == "queued") | (
        (JobRecord.status == "running") & (JobRecord.heartbeat_at < utcnow() - dt.timedelta(seconds=stale_seconds))
    )
    if not await JobRecord.exists().where(claimable):  # the usual answer; no write lock for it
        return None
    async with write_transaction():
        query = JobRecord.select(*SUMMARY, JobRecord.params).where(claimable).order_by(JobRecord.created_at).limit(1)
        query = query.output(load_json=True)
        if not is_sqlite():
            query = query.lock_rows("UPDATE", skip_locked=True)
        row = await query.first()
        if row is None:
            return None
        attempts = row["attempts"] + 1
        await JobRecord.update({
            JobRecord.status: "running", JobRecord.worker: worker, JobRecord.heartbeat_at: utcnow(),
            JobRecord.attempts: attempts,
        }).where(JobRecord.id == row["id"])
    run = Running(
        id=row["id"], kind=row["kind"], owner=row["owner"], scope=row["scope"], params=row["params"] or {},
        worker=worker, done=row["done"], total=row["total"], step_delay=step_delay, attempts=attempts,
    )
    if attempts > MAX_ATTEMPTS:
        await fail(run, f"Gestopt na {MAX_ATTEMPTS} pogingen: de verwerking brak steeds af.")
        return None
    return run


async def finish(run: Running, content: bytes, filename: str) -> None:
    await JobRecord.update({
        JobRecord.status: "done", JobRecord.result: content, JobRecord.filename: filename,
        JobRecord.done: run.done, JobRecord.total: run.total, JobRecord.finished_at: utcnow(),
    }).where(_mine(run))


async def fail(run: Running, message: str) -> None:
    await JobRecord.update({
        JobRecord.status: "failed", JobRecord.message: message, JobRecord.finished_at: utcnow(),
    }).where(_mine(run))


async def release(run: Running) -> None:
    """Back in the queue for any process (this one is shutting down); steps done stay done."""
    await JobRecord.update({
        JobRecord.status: "queued", JobRecord.worker: "", JobRecord.heartbeat_at: None,
        JobRecord.attempts: JobRecord.attempts - 1,
    }).where(_mine(run))


async def delete_finished_before(cutoff: dt.datetime) -> int:
    """Forget jobs (their results and steps) that finished before ``cutoff``."""
    rows = await JobRecord.select(JobRecord.id).where(JobRecord.finished_at < cutoff)
    ids = [r["id"] for r in rows]
    if ids:
        async with write_transaction():
            await JobStep.delete().where(JobStep.job.is_in(ids))
            await JobRecord.delete().where(JobRecord.id.is_in(ids))
    return len(ids)
