"""Jobs are database records: any worker may take them, a dead worker's job is finished by
another without redoing its steps, and a worker that stops puts its job back."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections.abc import AsyncIterator

import pytest

from core import JobRecord, JobStep, jobs, load_settings, write_transaction
from core.job_records import MAX_ATTEMPTS, claim, delete_finished_before
from core.worker import Worker

NOW = dt.datetime.now(dt.UTC)
made: list[str] = []
gate = asyncio.Event()


async def three_steps(job: jobs.Running) -> jobs.Result:
    done = await job.steps()
    for key in ("a", "b", "c"):
        if key not in done:
            async with write_transaction():
                await job.record_step(key, key.upper())
            made.append(key)
        await job.progress(len(made), 3)
    return jobs.Result(b"".join(k.encode() for k in sorted({*done, *made})), "steps.txt")


async def waits_for_the_gate(job: jobs.Running) -> jobs.Result:
    await job.progress(0, 1)
    await gate.wait()
    return jobs.Result(b"", "nothing")


jobs.register("test_steps", three_steps)
jobs.register("test_gate", waits_for_the_gate)


@pytest.fixture
async def idle(clean) -> AsyncIterator[None]:  # type: ignore[no-untyped-def]
    """No background worker of this process takes jobs during the test."""
    await jobs.stop_worker()
    made.clear()
    gate.clear()
    yield
    gate.set()
    await jobs.stop_worker()


async def queue(kind: str, **fields: object) -> str:
    job_id = secrets.token_urlsafe(12)
    await JobRecord.insert(JobRecord(id=job_id, kind=kind, owner=1, scope="GM0363", created_at=NOW, **fields))
    return job_id


async def status(job_id: str) -> dict:  # type: ignore[type-arg]
    return await JobRecord.select().where(JobRecord.id == job_id).first()  # type: ignore[return-value]


async def until(job_id: str, wanted: str) -> dict:  # type: ignore[type-arg]
    for _ in range(100):
        row = await status(job_id)
        if row["status"] == wanted:
            return row
        await asyncio.sleep(0.05)
    raise AssertionError(f"job {job_id} is {row['status']}, not {wanted}")


async def test_a_dead_worker_s_job_is_finished_by_another_without_redoing_steps(idle) -> None:  # type: ignore[no-untyped-def]
    job_id = await queue("test_steps", status="running", worker="gone:1:abc", attempts=1,
                         heartbeat_at=NOW - dt.timedelta(hours=1))
    await JobStep.insert(JobStep(job=job_id, key="a", made="A"))  # done before its process died
    jobs.worker().start()
    row = await until(job_id, "done")
    assert made == ["b", "c"]  # "a" was not made again
    assert row["attempts"] == 2 and row["result"] == b"abc" and row["worker"] != "gone:1:abc"
    assert await JobStep.count().where(JobStep.job == job_id) == 3


async def test_a_running_job_with_a_fresh_heartbeat_is_left_alone(idle) -> None:  # type: ignore[no-untyped-def]
    await queue("test_steps", status="running", worker="alive:1:abc", heartbeat_at=dt.datetime.now(dt.UTC))
    assert await claim("other", stale_seconds=30) is None


async def test_concurrent_claims_never_take_the_same_job(idle) -> None:  # type: ignore[no-untyped-def]
    queued = {await queue("test_steps", status="queued") for _ in range(4)}
    runs = await asyncio.gather(*(claim(f"worker-{n}", stale_seconds=30) for n in range(6)))
    taken = [r.id for r in runs if r is not None]
    assert sorted(taken) == sorted(queued)  # each job once, the two extra claims get nothing
    owners = {r["worker"] for r in await JobRecord.select(JobRecord.worker)}
    assert len(owners) == 4


async def test_a_stopping_worker_puts_its_job_back_in_the_queue(idle) -> None:  # type: ignore[no-untyped-def]
    worker = Worker(load_settings())
    job_id = await queue("test_gate", status="queued")
    worker.start()
    await until(job_id, "running")
    await worker.stop(grace=0.2)
    row = await status(job_id)
    assert row["status"] == "queued" and row["worker"] == "" and row["attempts"] == 0


async def test_a_stopping_worker_finishes_a_job_that_ends_within_the_grace(idle) -> None:  # type: ignore[no-untyped-def]
    worker = Worker(load_settings())
    job_id = await queue("test_gate", status="queued")
    worker.start()
    await until(job_id, "running")
    asyncio.get_running_loop().call_later(0.1, gate.set)
    await worker.stop(grace=5)
    assert (await status(job_id))["status"] == "done"


async def test_a_job_that_keeps_killing_its_process_fails(idle) -> None:  # type: ignore[no-untyped-def]
    job_id = await queue("test_steps", status="running", worker="gone:1:abc", attempts=MAX_ATTEMPTS,
                         heartbeat_at=NOW - dt.timedelta(hours=1))
    assert await claim("other", stale_seconds=30) is None
    row = await status(job_id)
    assert row["status"] == "failed" and "pogingen" in row["message"]


async def test_finished_jobs_are_forgotten_after_the_retention(idle) -> None:  # type: ignore[no-untyped-def]
    old = await queue("test_steps", status="done", result=b"zip", finished_at=NOW - dt.timedelta(days=2))
    await JobStep.insert(JobStep(job=old, key="a", made="A"))
    recent = await queue("test_steps", status="done", result=b"zip", finished_at=NOW - dt.timedelta(hours=1))
    assert await delete_finished_before(NOW - dt.timedelta(hours=24)) == 1
    assert await status(old) is None and await status(recent) is not None
    assert await JobStep.count().where(JobStep.job == old) == 0
