"""Latency of the register's filtered, paged list endpoints at national scale.

Usage::

    python bench/bench_register.py [--engine sqlite|postgres|both] [--requests N]
                                   [--concurrency C] [--postgres-url URL] [--strict]

Seeds 342 municipalities, 60 joint arrangements (with members), 5,000 suppliers over
the 402 scopes, 20,000 evidence items and some products/usages with bulk inserts,
then serves the real app (``vwo.app.create_app()``) and a bare Litestar app with one
static JSON endpoint with uvicorn on loopback sockets in the same event loop, and
measures both with the same httpx client: N sequential requests per endpoint
(round-robin over the endpoints, after a warm-up), then N requests per endpoint from C
concurrent workers (one endpoint at a time, in five rounds over the endpoints). Prints p50/p95 per endpoint and p95 / bare p95; the goal is
p95 within 5x the bare endpoint.

Each engine runs in its own subprocess, because the engine is chosen by
``VWO_DATABASE_URL`` when project modules are imported. SQLite uses a temporary
file; PostgreSQL a fresh database ``vwo_bench_<pid>`` next to the one the URL names
(``--postgres-url``, ``VWO_BENCH_POSTGRES_URL`` or postgresql://postgres@127.0.0.1:5432/test),
dropped afterwards. The named database itself is never touched.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from scratch_db import scratch_database

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
GOAL = 5.0
RESULT_MARK = "BENCH_RESULT "
CHILD_TIMEOUT = 1800  # seconds per engine, seeding included

N_MUNICIPALITIES = 342
N_ARRANGEMENTS = 60
N_SUPPLIERS = 5_000
N_EVIDENCE = 20_000
N_PRODUCTS = 2_000
BATCH = 500

#: The scoped user's registers: the two largest municipalities and one arrangement.
BIG_CITIES = [("GM0363", "Amsterdam"), ("GM0599", "Rotterdam"), ("GM0518", "'s-Gravenhage")]
SCOPED_SCOPES = ["GM0363", "GM0599", "bench-verband-000"]
MEMBER = "GM0363"
SEARCH_SUPPLIER = "data"  # matches 2 of the 8 first words of a supplier name
SEARCH_MUNICIPALITY = "dam"


# --- the parent: one subprocess per engine ------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--requests", type=int, default=300, help="measured requests per endpoint")
    parser.add_argument("--warmup", type=int, default=30, help="warm-up requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=4, help="workers for the concurrent run (0: skip)")
    parser.add_argument("--postgres-url", default=os.environ.get("VWO_BENCH_POSTGRES_URL", DEFAULT_PG_URL))
    parser.add_argument("--strict", action="store_true", help="exit 1 when the goal is missed")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.requests = max(1, min(args.requests, 100_000))
    args.warmup = max(0, min(args.warmup, 10_000))
    args.concurrency = max(0, min(args.concurrency, 64))

    if args.child:
        return run_child(args)

    engines = ["sqlite", "postgres"] if args.engine == "both" else [args.engine]
    results: dict[str, dict[str, Any]] = {}
    failed: list[str] = []
    for engine in engines:
        try:
            result = run_engine(engine, args)
        except Exception as exc:
            print(f"\n[{engine}] niet gemeten: {exc}", file=sys.stderr)
            failed.append(engine)
            continue
        results[engine] = result

    print("\n=== samenvatting ===")
    misses: list[str] = []
    for engine, result in results.items():
        for row in result["rows"]:
            if row["endpoint"] != "bare" and row["ratio"] > GOAL:
                misses.append(f"{engine}/{row['mode']}/{row['endpoint']} ({row['ratio']:.1f}x)")
        worst = max((r for r in result["rows"] if r["endpoint"] != "bare"), key=lambda r: r["ratio"])
        print(
            f"{engine:9} seed {result['seed_s']:5.1f} s; worst p95 ratio {worst['ratio']:.2f}x "
            f"({worst['mode']}, {worst['endpoint']}); bare p95 "
            + ", ".join(f"{m} {p:.2f} ms" for m, p in result["bare_p95"].items())
        )
    if failed:
        print(f"niet gemeten: {', '.join(failed)}")
    if not results:
        print("GOAL (p95 <= 5x bare): NOT MEASURED")
        return 2
    if misses:
        print(f"GOAL (p95 <= {GOAL:g}x bare): NOT MET for {len(misses)}: " + "; ".join(misses))
    else:
        print(f"GOAL (p95 <= {GOAL:g}x bare): MET on {', '.join(results)}")
    return 1 if (misses and args.strict) or (failed and args.engine != "both") else 0


def run_engine(engine: str, args: argparse.Namespace) -> dict[str, Any]:
    with scratch_database(engine, "vwo_bench", args.postgres_url) as url:
        return _spawn(engine, url, args)


def _spawn(engine: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [
        sys.executable, str(Path(__file__).resolve()), "--child", engine, "--database-url", url,
        "--requests", str(args.requests), "--warmup", str(args.warmup),
        "--concurrency", str(args.concurrency),
    ]
    env = {**os.environ, "VWO_DATABASE_URL": url, "PICCOLO_CONF": "vwo.piccolo_conf"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    result: dict[str, Any] | None = None
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + CHILD_TIMEOUT
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(RESULT_MARK):
                result = json.loads(line[len(RESULT_MARK):])
            else:
                print(line, end="", flush=True)
            if time.monotonic() > deadline:
                raise TimeoutError(f"{engine}: langer dan {CHILD_TIMEOUT} s")
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if code != 0 or result is None:
        raise RuntimeError(f"{engine}: subprocess stopped with exit code {code}")
    return result


# --- the child: seed, serve, measure ------------------------------------------------


def run_child(args: argparse.Namespace) -> int:
    # The engine follows VWO_DATABASE_URL, read when vwo.piccolo_conf is imported: set it first.
    if not args.database_url:
        raise SystemExit("--child needs --database-url")
    os.environ["VWO_DATABASE_URL"] = args.database_url
    os.environ["PICCOLO_CONF"] = "vwo.piccolo_conf"
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    warnings.filterwarnings("ignore", message=".*ILIKE.*")  # Piccolo, once per call site on SQLite
    result = asyncio.run(_child(args))
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


async def _child(args: argparse.Namespace) -> dict[str, Any]:
    from core import db
    from core.settings import load_settings
    from vwo.cli import migrate_database

    engine = args.child
    assert load_settings().database.engine == engine, "engine and VWO_DATABASE_URL disagree"
    print(f"\n[{engine}] database: {args.database_url}", flush=True)
    await db.start()
    await migrate_database()
    started = time.perf_counter()
    facts = await seed()
    if not db.is_sqlite():
        # Autovacuum vacuums and analyses a freshly loaded table within a minute or so; the
        # bench measures seconds after loading, so it does that step itself. (SQLite has no
        # such daemon: it is measured without statistics, as a fresh installation runs.)
        await db.engine().run_ddl("VACUUM ANALYZE")
    seed_s = time.perf_counter() - started
    print(
        f"[{engine}] seeded in {seed_s:.1f} s: " + ", ".join(f"{v} {k}" for k, v in facts["counts"].items()),
        flush=True,
    )
    tokens = await make_users()
    try:
        rows, bare_p95 = await measure(args, facts, tokens)
    finally:
        if db.is_sqlite() or getattr(db.engine(), "pool", None) is not None:
            await db.stop()  # the app's shutdown closed the PostgreSQL pool already
    print_table(engine, rows)
    return {"engine": engine, "seed_s": seed_s, "rows": rows, "bare_p95": bare_p95}


def _scopes(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]:
    """342 (cbs_code, name) and 60 (slug, name, kind, legal_form)."""
    heads = [
        "Amster", "Rotter", "Schie", "Zaan", "Vol", "Heer", "Bergen", "Oost", "West", "Noord",
        "Zuid", "Nieuw", "Oud", "Hoog", "Laag", "Groot", "Klein", "Sint", "Ter", "Brede",
    ]
    tails = [
        "dam", "dijk", "veen", "wijk", "horst", "berg", "hoven", "broek", "meer", "stad",
        "woude", "hout", "kerk", "zand", "beek", "voorde", "lo", "sloot",
    ]
    names = [h + t for h in heads for t in tails]
    rng.shuffle(names)
    municipalities = list(BIG_CITIES)
    used = {c for c, _ in municipalities}
    code = 1
    for name in names:
        if len(municipalities) == N_MUNICIPALITIES:
            break
        while f"GM{code:04d}" in used:
            code += 1
        municipalities.append((f"GM{code:04d}", name))
        used.add(f"GM{code:04d}")
        code += 3
    kinds = ["sociale_dienst", "belastingsamenwerking", "other"]
    forms = ["openbaar_lichaam", "bedrijfsvoeringsorganisatie", "gemeenschappelijk_orgaan",
             "centrumgemeente", "regeling_zonder_meer"]
    arrangements = [
        (f"bench-verband-{i:03d}", f"Samenwerkingsverband {rng.choice(heads)}{rng.choice(tails)} {i:03d}",
         kinds[i % 3], forms[i % 5])
        for i in range(N_ARRANGEMENTS)
    ]
    return municipalities, arrangements


async def seed() -> dict[str, Any]:
    import datetime as dt

    from core.db import write_transaction
    from suppliers.identifiers import EEA
    from suppliers.search import supplier_search_text
    from suppliers.tables import (
        Arrangement,
        Evidence,
        Membership,
        Municipality,
        Product,
        ProductUsage,
        Supplier,
    )

    rng = random.Random(20261129)
    now = dt.datetime.now(dt.UTC)
    today = dt.date.today()
    municipalities, arrangements = _scopes(rng)

    async def bulk(table: Any, rows: list[Any]) -> None:
        for start in range(0, len(rows), BATCH):
            await table.insert(*rows[start : start + BATCH])

    async with write_transaction():
        muni_rows = [
            Municipality(name=name, cbs_code=code, oin=None, version=1, created_at=now, updated_at=now)
            for code, name in municipalities
        ]
        await bulk(Municipality, muni_rows)
        arr_rows = [
            Arrangement(
                name=name, slug=slug, kind=kind, legal_form=form,
                kvk_number=f"{50000000 + i:08d}" if form in ("openbaar_lichaam", "bedrijfsvoeringsorganisatie") else None,
                ibd_connected=i % 4 == 0, ibd_since=dt.date(2019, 1, 1) if i % 4 == 0 else None,
                version=1, created_at=now, updated_at=now,
            )
            for i, (slug, name, kind, form) in enumerate(arrangements)
        ]
        await bulk(Arrangement, arr_rows)
        muni_ids = {m.cbs_code: m.id for m in muni_rows}
        members = []
        for i, arr in enumerate(arr_rows):
            chosen = set(rng.sample(sorted(muni_ids), rng.randint(3, 15)))
            if i == 0 or i % 7 == 0:
                chosen.add(MEMBER)
            for code in sorted(chosen):
                left = dt.date(2024, 1, 1) if rng.random() < 0.05 else None
                members.append(Membership(
                    arrangement=arr.id, municipality=muni_ids[code],
                    joined_on=dt.date(2015 + rng.randint(0, 8), 1, 1), left_on=left,
                ))
        await bulk(Membership, members)

        # Suppliers over the 402 scopes, Zipf-like: the big registers hold the most.
        scopes = [*SCOPED_SCOPES]
        rest = [c for c, _ in municipalities if c not in scopes] + [s for s, *_ in arrangements if s not in scopes]
        rng.shuffle(rest)
        scopes += rest
        weights = [1 / (rank + 1) for rank in range(len(scopes))]
        firsts = ["Data", "Metadata", "Cloud", "Civic", "Secure", "Open", "Gemeente", "Zorg"]
        seconds = ["Systems", "Works", "Solutions", "Services", "Logic", "Point", "Ware", "Group", "Lab", "Hub"]
        non_eea = ["US", "GB", "CH", "IN", "CA", "IL", "JP", "AU"]
        eea_other = sorted(EEA - {"NL"})
        suppliers = []
        for i in range(N_SUPPLIERS):
            roll = rng.random()
            country = "NL" if roll < 0.6 else rng.choice(eea_other) if roll < 0.85 else rng.choice(non_eea)
            name = f"{rng.choice(firsts)} {rng.choice(seconds)} {i:04d} {'B.V.' if country == 'NL' else 'Ltd'}"
            kvk_number = f"{10000000 + i:08d}" if country == "NL" else None
            suppliers.append(Supplier(
                scope=rng.choices(scopes, weights)[0] if i >= len(scopes) else scopes[i],
                name=name, kvk_number=kvk_number,
                search_text=supplier_search_text({"name": name, "kvk_number": kvk_number}),
                country=country, address=f"Straat {i}, {1000 + i % 8999} AB Plaats",
                website=f"https://leverancier{i}.example",
                contacts=json.dumps([{"name": f"Contact {i}", "role": "dpo", "email": f"fg{i}@leverancier{i}.example", "phone": ""}]),
                version=1, created_at=now, updated_at=now,
            ))
        await bulk(Supplier, suppliers)

        kinds = ["iso27001", "nen7510", "isae3402_type1", "isae3402_type2", "soc2_type1",
                 "soc2_type2", "isae3000_tpm", "pentest", "digid_assessment", "other"]
        # The measured supplier: in the scoped user's first register, with a long evidence list.
        target = next(s for s in suppliers if s.scope == SCOPED_SCOPES[0])
        evidence = []
        for i in range(N_EVIDENCE):
            owner = target if i < 60 else rng.choice(suppliers)
            kind = "iso27001" if i < 40 else rng.choice(kinds)
            issued = today - dt.timedelta(days=rng.randint(0, 1400))
            cert = kind in ("iso27001", "nen7510")
            evidence.append(Evidence(
                supplier=owner.id, kind=kind, scope_text="Hosting en beheer", auditor="Auditor B.V.",
                standard_version=rng.choice(["2013", "2022"]) if cert else None,
                issued_on=issued,
                period_start=None if cert else issued - dt.timedelta(days=365),
                period_end=None if cert else issued - dt.timedelta(days=30),
                valid_until=issued + dt.timedelta(days=3 * 365) if cert else None,
                version=1, created_at=now, updated_at=now,
            ))
        await bulk(Evidence, evidence)

        products = [
            Product(
                supplier=rng.choice(suppliers).id, name=f"Product {i}", product_version=f"{i % 9}.{i % 4}",
                kind=rng.choice(["application", "saas", "hosting", "infrastructure", "service", "other"]),
                version=1, created_at=now, updated_at=now,
            )
            for i in range(N_PRODUCTS)
        ]
        await bulk(Product, products)
        supplier_scope = {s.id: s.scope for s in suppliers}
        usages = []
        for p in products:
            used = {supplier_scope[p.supplier]} | set(rng.sample(scopes, rng.randint(0, 2)))
            usages += [ProductUsage(product=p.id, used_by=u) for u in sorted(used)]
        await bulk(ProductUsage, usages)

    return {
        "target_supplier": target.id,
        "counts": {
            "municipalities": len(muni_rows), "arrangements": len(arr_rows), "members": len(members),
            "suppliers": len(suppliers), "evidence": len(evidence), "products": len(products),
            "usages": len(usages),
        },
    }


async def make_users() -> dict[str, str]:
    from core.users import add_user, issue_token

    await add_user("bench-admin@bench.vwo", "admin", [])
    await add_user("bench-inkoop@bench.vwo", "procurement", SCOPED_SCOPES)
    admin, _ = await issue_token("bench-admin@bench.vwo", "bench")
    scoped, _ = await issue_token("bench-inkoop@bench.vwo", "bench")
    return {"admin": admin, "scoped": scoped}


def endpoints(facts: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("suppliers q+country+page3", f"/api/v1/suppliers?q={SEARCH_SUPPLIER}&country=NL&page=3&page_size=50"),
        ("suppliers in_eea=false", "/api/v1/suppliers?in_eea=false"),
        ("municipalities q", f"/api/v1/municipalities?q={SEARCH_MUNICIPALITY}"),
        ("arrangements member", f"/api/v1/arrangements?member={MEMBER}"),
        ("evidence kind", f"/api/v1/suppliers/{facts['target_supplier']}/evidence?kind=iso27001"),
    ]


def _free_socket() -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto says TCP; with proto 0 Nagle + delayed ACK add ~40 ms to split responses.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


class Served:
    """An ASGI app under uvicorn on a loopback socket, in the running event loop."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = _free_socket()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Served:
        self.task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        for _ in range(500):
            if self.server.started:
                return self
            if self.task.done():
                self.task.result()
            await asyncio.sleep(0.01)
        raise TimeoutError("uvicorn did not start within 5 s")

    async def __aexit__(self, *exc: object) -> None:
        self.server.should_exit = True
        if self.task is not None:
            await asyncio.wait_for(self.task, timeout=15)
        self.sock.close()


def bare_app(payload: Any) -> Any:
    from litestar import Litestar, get

    @get("/bare", sync_to_thread=False)
    def bare() -> Any:
        return payload

    return Litestar(route_handlers=[bare], debug=False)


async def measure(
    args: argparse.Namespace, facts: dict[str, Any], tokens: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, float]]:
    import logging

    import httpx

    from vwo.app import create_app

    app = create_app(freeze_startup_heap=True)  # as `vwo serve` runs it
    # Litestar's default logging config puts the root logger on INFO; httpx would then log
    # every request, inside the measured time.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    timeout = httpx.Timeout(30.0)
    limits = httpx.Limits(max_connections=max(args.concurrency, 1) * 2, max_keepalive_connections=max(args.concurrency, 1) * 2)
    async with Served(app) as real, httpx.AsyncClient(timeout=timeout, limits=limits) as client:
        # The bare endpoint returns a static payload as large as the largest list page.
        sample = await client.get(real.url + endpoints(facts)[1][1], headers=_auth(tokens["admin"]))
        sample.raise_for_status()
        async with Served(bare_app(sample.json())) as bare:
            targets: list[tuple[str, str, dict[str, str]]] = [("bare", bare.url + "/bare", {})]
            for who, token in tokens.items():
                for label, path in endpoints(facts):
                    targets.append((f"{label} [{who}]", real.url + path, _auth(token)))
            sizes = {}
            for label, url, headers in targets:
                response = await client.get(url, headers=headers)
                if response.status_code != 200:
                    raise RuntimeError(f"{label}: HTTP {response.status_code}: {response.text[:300]}")
                body = response.json()
                sizes[label] = (len(response.content), body.get("total") if isinstance(body, dict) else None,
                                len(body.get("items", [])) if isinstance(body, dict) else None)
            for _ in range(args.warmup):
                for _label, url, headers in targets:
                    await _get(client, url, headers)

            timings: dict[str, list[float]] = {label: [] for label, _, _ in targets}
            for _ in range(args.requests):  # round-robin: drift hits every endpoint alike
                for label, url, headers in targets:
                    timings[label].append(await _get(client, url, headers))
            rows = _rows("seq", timings, sizes)

            if args.concurrency > 1:
                # C workers on one endpoint at a time, in rounds over the endpoints, so that
                # drift in the machine's speed hits every endpoint alike (as in the sequential run).
                rounds = 5
                per_worker = max(1, args.requests // (args.concurrency * rounds))
                ctimings: dict[str, list[float]] = {label: [] for label, _, _ in targets}
                for _ in range(rounds):
                    for label, url, headers in targets:
                        async def worker(url: str = url, headers: dict[str, str] = headers) -> list[float]:
                            return [await _get(client, url, headers) for _ in range(per_worker)]

                        parts = await asyncio.gather(*(worker() for _ in range(args.concurrency)))
                        ctimings[label] += [t for part in parts for t in part]
                rows += _rows(f"c{args.concurrency}", ctimings, sizes)
    bare_p95 = {r["mode"]: r["p95"] for r in rows if r["endpoint"] == "bare"}
    return rows, bare_p95


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _get(client: Any, url: str, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    response = await client.get(url, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code}")
    return elapsed


def _pct(values: list[float], q: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def _rows(mode: str, timings: dict[str, list[float]], sizes: dict[str, tuple[Any, ...]]) -> list[dict[str, Any]]:
    bare95 = _pct(timings["bare"], 95)
    rows = []
    for label, values in timings.items():
        p95 = _pct(values, 95)
        size, total, items = sizes[label]
        rows.append({
            "mode": mode, "endpoint": label, "n": len(values), "p50": statistics.median(values),
            "p95": p95, "ratio": p95 / bare95, "bytes": size, "total": total, "items": items,
        })
    return rows


def print_table(engine: str, rows: list[dict[str, Any]]) -> None:
    print(f"\n[{engine}] latency per request, ms (ratio = p95 / bare p95 in the same mode)")
    header = f"{'mode':5} {'endpoint':40} {'n':>5} {'p50':>7} {'p95':>7} {'ratio':>6} {'bytes':>7} {'total':>6} {'items':>5}"
    print(header)
    print("-" * len(header))
    for r in rows:
        flag = "" if r["endpoint"] == "bare" or r["ratio"] <= GOAL else "  > goal"
        print(
            f"{r['mode']:5} {r['endpoint']:40} {r['n']:5d} {r['p50']:7.2f} {r['p95']:7.2f} "
            f"{r['ratio']:6.2f} {r['bytes']:7d} {r['total'] if r['total'] is not None else '':>6} "
            f"{r['items'] if r['items'] is not None else '':>5}{flag}"
        )
    misses = [r for r in rows if r["endpoint"] != "bare" and r["ratio"] > GOAL]
    print(f"[{engine}] goal p95 <= {GOAL:g}x bare: {'MET' if not misses else f'NOT MET ({len(misses)} rows)'}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
