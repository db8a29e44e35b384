"""Requests per second and p95 of a register list with 1, 2 and 4 service processes on
one PostgreSQL database.

Usage::

    python bench/bench_processes.py [--processes 1,2,4] [--seconds S] [--concurrency C]
                                    [--clients K] [--postgres-url URL]

Seeds the national register of bench_register.py (342 municipalities, 5,000 suppliers,
20,000 evidence items, ...) once into a fresh database ``vwo_bench_proc_<pid>`` next to
the one the URL names (dropped afterwards), then for each process count runs the real
``vwo serve --workers N`` and loads it for S seconds (after a warm-up) with C concurrent
requests spread over K client processes, as an admin, on two register lists: the API's
``GET /api/v1/suppliers`` (pages of 50) and the browser's ``GET /suppliers`` (the HTML
page a user reads, signed in with a session), page 1..20 at random. Prints requests per
second, p50 and p95 per list and process count, and both as ratios against the
one-process baseline. The clients run on the same machine as the service: on a machine
with few cores they take their share of the CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from scratch_db import scratch_database

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
RESULT_MARK = "BENCH_RESULT "
PAGES = 20
WEB_USER = ("bench-web@bench.vwo", "bench-web-wachtwoord-2026")
#: (name, path without the page number, how the request is signed in)
LISTS = (("API", "/api/v1/suppliers?page_size=50&page=", "token"), ("page", "/suppliers?page=", "session"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", default="1,2,4", help="process counts, comma-separated")
    parser.add_argument("--seconds", type=float, default=15.0, help="measured seconds per process count")
    parser.add_argument("--warmup", type=float, default=3.0, help="warm-up seconds per process count")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight")
    parser.add_argument("--clients", type=int, default=1, help="client processes sharing the concurrency")
    parser.add_argument("--postgres-url", default=os.environ.get("VWO_BENCH_POSTGRES_URL", DEFAULT_PG_URL))
    parser.add_argument("--seed", help=argparse.SUPPRESS)  # child: seed this database URL
    args = parser.parse_args()
    if args.seed:
        return seed_child(args.seed)
    counts = [max(1, int(n)) for n in args.processes.split(",")]
    with scratch_database("postgres", "vwo_bench_proc", args.postgres_url) as url:
        env = {
            **os.environ, "VWO_DATABASE_URL": url, "PICCOLO_CONF": "vwo.piccolo_conf",
            "VWO_SECRET_KEY": uuid.uuid4().hex,
            "PYTHONPATH": os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p),
        }
        token = seed(env)
        rows = [row for n in counts for row in run_level(n, env, token, args)]
    for name, _, _ in LISTS:
        print_table([r for r in rows if r["list"] == name], args, name)
    return 0


# --- seeding, in a child process (the engine follows VWO_DATABASE_URL at import) -------


def seed(env: dict[str, str]) -> str:
    print("seeding the register ...", flush=True)
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--seed", env["VWO_DATABASE_URL"]],
        env=env, capture_output=True, text=True, check=True, timeout=1800,
    ).stdout
    result = json.loads(next(line for line in out.splitlines() if line.startswith(RESULT_MARK))[len(RESULT_MARK):])
    print(f"seeded: {result['counts']}", flush=True)
    return str(result["token"])


def seed_child(url: str) -> int:
    sys.path.insert(0, str(SRC))
    from bench_register import make_users
    from bench_register import seed as seed_register

    async def go() -> dict[str, Any]:
        from core import db
        from vwo.cli import migrate_database

        await db.start()
        try:
            await migrate_database()
            facts = await seed_register()
            await db.engine().run_ddl("VACUUM ANALYZE")
            tokens = await make_users()
            from core.users import add_user

            await add_user(WEB_USER[0], "admin", [], password=WEB_USER[1])
        finally:
            await db.stop()
        return {"counts": facts["counts"], "token": tokens["admin"]}

    print(RESULT_MARK + json.dumps(asyncio.run(go())), flush=True)
    return 0


# --- one process count: serve, load, stop ---------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_level(processes: int, env: dict[str, str], token: str, args: argparse.Namespace) -> list[dict[str, Any]]:

    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [sys.executable, "-m", "vwo.cli", "serve", "--port", str(port), "--workers", str(processes)],
        env=env, stdout=log, stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while not ready(base):
            if time.monotonic() > deadline or server.poll() is not None:
                log.seek(0)
                raise RuntimeError("the service did not start:\n" + log.read().decode(errors="replace")[-3000:])
            time.sleep(0.5)
        credentials = {"token": f"Authorization: Bearer {token}", "session": "Cookie: " + session_cookie(base)}
        rows = []
        for name, path, how in LISTS:
            load(base, path, credentials[how], args.concurrency, args.clients, args.warmup)
            before = cpu_split(server.pid) if Path("/proc/self/stat").exists() else None
            latencies, client_cpu = load(base, path, credentials[how], args.concurrency, args.clients, args.seconds)
            after = cpu_split(server.pid) if before else None
            row = {
                "list": name, "processes": processes, "requests": len(latencies),
                "rps": len(latencies) / args.seconds, "p50": statistics.median(latencies),
                "p95": statistics.quantiles(latencies, n=100)[94],
                # CPU milliseconds per request: what each part costs on the shared cores
                "cpu": {part: 1000 * (after[part] - before[part]) / len(latencies) for part in after}
                | {"clients": 1000 * client_cpu / len(latencies)} if before and after else {},
            }
            print(f"{name}, {processes} process(es): {row['rps']:.0f} req/s, p50 {row['p50']:.1f} ms, "
                  f"p95 {row['p95']:.1f} ms", flush=True)
            rows.append(row)
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()
    return rows


def session_cookie(base: str) -> str:
    """The cookies of a browser session signed in as the bench's web user."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as http:
        http.get("/login")
        answer = http.post("/login", data={"email": WEB_USER[0], "password": WEB_USER[1],
                                           "_csrf_token": http.cookies.get("csrftoken")})
        if answer.status_code != 303 and "Afmelden" not in answer.text:
            raise RuntimeError(f"login failed: HTTP {answer.status_code}")
        return "; ".join(f"{name}={value}" for name, value in http.cookies.items())


def ready(base: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{base}/health/ready", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def load(
    base: str, path: str, credential: str, concurrency: int, clients: int, seconds: float
) -> tuple[list[float], float]:
    """Latencies (ms) of the requests answered in ``seconds``, and the clients' CPU seconds."""
    share = [concurrency // clients + (1 if i < concurrency % clients else 0) for i in range(clients)]
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        parts = pool.starmap(client_with_cpu, [(base, path, credential, n, seconds) for n in share if n])
    return [ms for part, _ in parts for ms in part], sum(cpu for _, cpu in parts)


def client_with_cpu(base: str, path: str, credential: str, concurrency: int, seconds: float) -> tuple[list[float], float]:
    started = time.process_time()
    latencies = client(base, path, credential, concurrency, seconds)
    return latencies, time.process_time() - started


# --- where the cores go: CPU seconds of the service, PostgreSQL and the clients ----------


def _processes() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, command name, CPU seconds so far), from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name, rest = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        found[int(pid)] = (int(rest[1]), name, (int(rest[11]) + int(rest[12])) / tick)
    return found


def cpu_split(root: int) -> dict[str, float]:
    """CPU seconds used so far by the service (``root`` and its descendants) and PostgreSQL."""
    table = _processes()
    service, todo = set(), [root]
    while todo:
        pid = todo.pop()
        service.add(pid)
        todo += [child for child, (parent, _, _) in table.items() if parent == pid]
    return {
        "service": sum(table[p][2] for p in service if p in table),
        "postgres": sum(cpu for _, name, cpu in table.values() if name.startswith("postgres")),
    }


def client(base: str, list_path: str, credential: str, concurrency: int, seconds: float) -> list[float]:
    """One client process: ``concurrency`` keep-alive connections sending requests until the
    time is up. A bare HTTP/1.1 loop on asyncio streams rather than httpx: the clients share
    the machine's cores with the service, and httpx spends several times more CPU per request
    than the service's own share would leave room for."""
    host, port = base.removeprefix("http://").split(":")

    async def connection(seed: int, deadline: float, latencies: list[float]) -> None:
        rng = random.Random(seed)
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                path = f"{list_path}{rng.randint(1, PAGES)}"
                writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{credential}\r\n\r\n".encode())
                head = await reader.readuntil(b"\r\n\r\n")
                status = head[9:12]
                length = next(
                    int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                )
                body = await reader.readexactly(length)
                if status != b"200":
                    raise RuntimeError(f"HTTP {status.decode()}: {body[:200]!r}")
                latencies.append((time.perf_counter() - started) * 1000)
        finally:
            writer.close()

    async def go() -> list[float]:
        latencies: list[float] = []
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(connection(n, deadline, latencies) for n in range(concurrency)))
        return latencies

    try:
        import uvloop  # the event loop the service itself runs on (uvicorn picks it when installed)
    except ImportError:
        return asyncio.run(go())
    return uvloop.run(go())


def print_table(rows: list[dict[str, Any]], args: argparse.Namespace, name: str) -> None:
    base = rows[0]
    print(f"\n=== register list ({name}), PostgreSQL, {args.concurrency} requests in flight, {os.cpu_count()} CPUs ===")
    print(f"{'processes':>9} {'req/s':>8} {'x':>6} {'p50 ms':>8} {'p95 ms':>8} {'x':>6}"
          "   CPU ms per request: service, PostgreSQL, clients; cores busy")
    for row in rows:
        cpu = row["cpu"]
        busy = row["rps"] * sum(cpu.values()) / 1000 if cpu else 0.0
        split = (f"   {cpu['service']:>5.2f} {cpu['postgres']:>5.2f} {cpu['clients']:>5.2f}; {busy:.2f}"
                 if cpu else "")
        print(
            f"{row['processes']:>9} {row['rps']:>8.0f} {row['rps'] / base['rps']:>6.2f} {row['p50']:>8.1f} "
            f"{row['p95']:>8.1f} {row['p95'] / base['p95']:>6.2f}{split}"
        )
    if base["cpu"]:
        print("cores busy = requests/s x (service + PostgreSQL + clients) CPU per request; "
              f"the machine has {os.cpu_count()}")

if __name__ == "__main__":
    raise SystemExit(main())
