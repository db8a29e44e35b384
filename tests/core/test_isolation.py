"""The worker process runner: limits on wall clock, CPU and memory; errors come back intact."""

from __future__ import annotations

import time

import pytest

from core.files import UploadError
from core.isolation import Limits, WorkerLimitExceeded, run_isolated, run_isolated_sync


def _answer(value: int) -> int:
    return value * 2


def _sleep() -> None:
    time.sleep(30)


def _spin() -> None:
    while True:
        pass


def _hog() -> int:
    return len("x" * (2 * 1024**3))


def _environment() -> dict[str, str]:
    import os

    return dict(os.environ)


def _refuse() -> None:
    raise UploadError("Het bestand is te groot.", status=413, field="file")


def test_result_comes_back() -> None:
    assert run_isolated_sync(_answer, 21) == 42


def test_worker_does_not_see_the_database_url() -> None:
    import os

    assert "VWO_DATABASE_URL" in os.environ
    seen = run_isolated_sync(_environment)
    assert "VWO_DATABASE_URL" not in seen and not any(key.startswith("VWO_") for key in seen)


def test_refusal_keeps_its_class_and_status() -> None:
    with pytest.raises(UploadError) as caught:
        run_isolated_sync(_refuse)
    assert (caught.value.status, caught.value.field, caught.value.message) == (413, "file", "Het bestand is te groot.")


@pytest.mark.parametrize(
    ("work", "limits", "limit", "within"),
    [
        (_sleep, Limits(seconds=0.5), "time", 5),
        (_spin, Limits(seconds=60, cpu_seconds=1), "cpu", 60),  # on a busy machine a CPU second is slow
        (_hog, Limits(memory_mb=256), "memory", 10),
    ],
    ids=["wall-clock", "cpu", "memory"],
)
def test_work_over_a_limit_is_stopped(work, limits: Limits, limit: str, within: float) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with pytest.raises(WorkerLimitExceeded) as caught:
        run_isolated_sync(work, limits=limits)
    assert caught.value.limit == limit
    assert time.perf_counter() - started < within


async def test_the_event_loop_keeps_running_while_a_worker_works() -> None:
    import anyio

    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await anyio.sleep(0.01)
            ticks += 1

    async with anyio.create_task_group() as group:
        group.start_soon(tick)
        with pytest.raises(WorkerLimitExceeded):
            await run_isolated(_sleep, limits=Limits(seconds=0.5))
        group.cancel_scope.cancel()
    assert ticks > 20
