"""Several service processes on one database, as behind a load balancer: real `vwo serve`
subprocesses on free ports. A login on one holds on another; a job started on one is
polled to the end on another; a job whose process is killed (or stopped) halfway is
finished by the other, with one document per agreement and the audit trail intact."""

from __future__ import annotations

import io
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import httpx
import pytest

from tests.contracts.test_agreements import agreement

pytestmark = pytest.mark.slow

SRC = str(Path(__file__).resolve().parents[2] / "src")
PROCUREMENT = {"email": "inkoop@demo.vwo.test", "password": "demo-inkoop-2026"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def vwo(*args: str, env: dict[str, str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vwo.cli", *args], env=env, text=True, capture_output=True,
                          timeout=300, **kw)  # type: ignore[call-overload]


def rows(url: str, sql: str) -> list[tuple[str, ...]]:
    """Read the services' database directly (not the suite's own)."""
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            return [tuple(str(v) for v in r) for r in conn.execute(sql).fetchall()]
    out = subprocess.run(["psql", url, "-AtF", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


class Cluster:
    """A database with the demo data, and service processes on it that share a secret."""

    def __init__(self) -> None:
        base = os.environ.get("VWO_TEST_DATABASE_URL")
        self.pg_name = ""
        if base:
            self.pg_name = f"vwo_proc_{os.getpid()}_{uuid.uuid4().hex[:6]}"
            subprocess.run(["psql", base, "-qc", f'CREATE DATABASE "{self.pg_name}"'], check=True)
            self.url = urlunparse(urlparse(base)._replace(path="/" + self.pg_name))
        else:
            self.url = f"sqlite:///{tempfile.mkdtemp(prefix='vwo-proc-')}/vwo.sqlite"
        self.env = {
            **os.environ, "PYTHONPATH": SRC, "VWO_DATABASE_URL": self.url, "VWO_SECRET_KEY": uuid.uuid4().hex,
            "VWO_JOB_STALE_SECONDS": "2", "VWO_JOB_STEP_DELAY": "0.4",
        }
        self.env.pop("PICCOLO_CONF", None)
        demo = vwo("demo", env=self.env)
        assert demo.returncode == 0, demo.stderr
        self.processes: list[subprocess.Popen[bytes]] = []

    def serve(self) -> tuple[str, subprocess.Popen[bytes]]:
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "vwo.cli", "serve", "--port", str(port)], env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.processes.append(process)
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                    return base, process
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the service did not start")

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
        if self.pg_name:
            subprocess.run(
                ["psql", os.environ["VWO_TEST_DATABASE_URL"], "-qc",
                 f'DROP DATABASE IF EXISTS "{self.pg_name}" WITH (FORCE)'], check=False,
            )


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    made = Cluster()
    try:
        yield made
    finally:
        made.close()


def token(base: str) -> dict[str, str]:
    response = httpx.post(f"{base}/api/v1/auth/token", json=PROCUREMENT)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def start_bulk(base: str, headers: dict[str, str], controller: str = "GM9901") -> str:
    template = next(t for t in httpx.get(f"{base}/api/v1/templates", headers=headers).json()
                    if t["scope"] == "" and t["language"] == "nl")
    started = httpx.post(f"{base}/api/v1/agreements/bulk-documents", headers=headers,
                         json={"controller": controller, "template_id": template["id"]})
    assert started.status_code == 202, started.text
    return str(started.json()["id"])


def wait_done(base: str, headers: dict[str, str], job_id: str, seconds: float = 90) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = httpx.get(f"{base}/api/v1/jobs/{job_id}", headers=headers)
        assert job.status_code == 200, job.text
        if job.json()["status"] in {"done", "failed"}:
            return dict(job.json())
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish: {job.json()}")


def test_a_login_and_a_job_on_one_process_hold_on_another(cluster: Cluster) -> None:
    first, _ = cluster.serve()
    second, _ = cluster.serve()
    with httpx.Client(base_url=first) as one, httpx.Client(base_url=second) as two:
        one.get("/login")
        login = one.post("/login", data={**PROCUREMENT, "_csrf_token": one.cookies["csrftoken"]})
        assert login.status_code == 303, login.text
        two.cookies.update(one.cookies)
        home = two.get("/", follow_redirects=False)
        assert home.status_code == 200 and "inkoop@demo.vwo.test" in home.text

    headers = token(first)
    job_id = start_bulk(first, headers)
    job = wait_done(second, headers, job_id)
    assert job["status"] == "done" and job["done"] == job["total"] == 3
    archive = httpx.get(f"{second}{job['download_url']}", headers=headers)
    assert len(zipfile.ZipFile(io.BytesIO(archive.content)).namelist()) == 3


@pytest.mark.parametrize(
    ("stop", "attempts"),
    [(signal.SIGKILL, "2"),  # died: taken over once its heartbeat is stale
     (signal.SIGTERM, "1")],  # shut down: put back in the queue, so not counted as an attempt
    ids=["killed", "stopped"],
)
def test_a_job_whose_process_goes_away_is_finished_by_another(
    cluster: Cluster, stop: signal.Signals, attempts: str
) -> None:
    first, _ = cluster.serve()
    second, _ = cluster.serve()
    headers = token(first)
    civitas = next(s for s in httpx.get(f"{first}/api/v1/suppliers", headers=headers,
                                         params={"q": "civitas", "scope": "GM9901"}).json()["items"])
    for n in range(12):
        made = httpx.post(f"{first}/api/v1/agreements", headers=headers,
                          json=agreement("GM9901", civitas["id"], reference=f"VWO-KILL-{n:02}"))
        assert made.status_code == 201, made.text
    before = int(rows(cluster.url, "SELECT count(*) FROM agreement_document")[0][0])
    job_id = start_bulk(first, headers)
    for _ in range(200):  # until it is halfway
        state = rows(cluster.url, f"SELECT worker, done, total FROM vwo_job WHERE id = '{job_id}'")[0]
        if state[0] and int(state[1]) >= 4:
            break
        time.sleep(0.1)
    pid = int(state[0].split(":")[1])
    running = next(p for p in cluster.processes if p.pid == pid)
    os.kill(pid, stop)
    running.wait(timeout=30)
    survivor = first if running is cluster.processes[1] else second

    job = wait_done(survivor, headers, job_id)
    assert job["status"] == "done" and job["done"] == job["total"] == 15, job
    assert rows(cluster.url, f"SELECT attempts FROM vwo_job WHERE id = '{job_id}'")[0][0] == attempts
    per_agreement = rows(cluster.url, f"SELECT agreement, count(*) FROM agreement_document WHERE id > {before} "
                                      "AND kind = 'generated' GROUP BY agreement")
    assert len(per_agreement) == 15 and {count for _, count in per_agreement} == {"1"}
    archive = httpx.get(f"{survivor}{job['download_url']}", headers=headers)
    assert len(zipfile.ZipFile(io.BytesIO(archive.content)).namelist()) == 15
    verified = vwo("audit", "verify", env=cluster.env)
    assert verified.returncode == 0, verified.stderr
