"""The ``vwo`` command line: serve, migrate, users and tokens, audit, demo data, backup."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import os
import sqlite3
import sys
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from piccolo.apps.migrations.commands.forwards import run_forwards

from clauses import add_commands as add_clause_commands
from core import Anchor, ApiError, add_user, audit, db, issue_token, load_settings, revoke_token, secret_key
from oversight import add_advisory_commands
from oversight import add_commands as add_flag_commands
from templates import ensure_shipped
from vwo.demo import load_demo
from vwo.serving import serve
from vwo.sso_cli import add_commands as add_sso_commands

#: Seconds a stopping process gives open requests; its running job gets its own grace after.
GRACEFUL_SECONDS = 10


def _run(coro: Coroutine[Any, Any, int]) -> int:
    return asyncio.run(coro)


async def migrate_database(quiet: bool = True) -> None:
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink if quiet else sys.stdout):
        result = await run_forwards(app_name="all")
    if not result.success:
        raise SystemExit(f"Migratie mislukt: {result.message}\n{sink.getvalue()}")

    await ensure_shipped()


async def _migrate(quiet: bool) -> int:
    await migrate_database(quiet=quiet)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    _run(db.with_db(lambda: _migrate(quiet=False)))
    print("Database is bijgewerkt.")
    return 0


#: Why several processes on PostgreSQL (several machines, as a rule) need one secret.
SHARED_KEY_REQUIRED = (
    "VWO_SECRET_KEY ontbreekt: met --workers groter dan 1 op PostgreSQL moet elk proces op elke machine "
    "dezelfde geheime sleutel hebben (zie de README, Running in production)."
)


def cmd_serve(args: argparse.Namespace) -> int:
    if args.workers < 1:
        print("--workers: minstens 1.", file=sys.stderr)
        return 2
    if args.workers > 1 and load_settings().database.engine == "postgres" and not os.environ.get("VWO_SECRET_KEY"):
        print(SHARED_KEY_REQUIRED, file=sys.stderr)
        return 2
    _run(db.with_db(lambda: _migrate(quiet=True)))
    secret_key()  # made once here, so that processes started below all read the same file
    serve(
        "vwo.app:serving_app", args.workers, host=args.host, port=args.port,
        log_level="info", timeout_graceful_shutdown=GRACEFUL_SECONDS,
    )
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    async def go() -> int:
        try:
            password = await add_user(args.email, args.role, args.scope or [])
        except ApiError as exc:
            for error in exc.errors or [{"field": "", "message": exc.detail}]:
                print(f"fout: {error['field']}: {error['message']}", file=sys.stderr)
            return 2
        print(f"Gebruiker {args.email.lower()} aangemaakt met rol {args.role}. Wachtwoord (eenmalig):")
        print(password)
        return 0

    return _run(db.with_db(go))


def cmd_token_create(args: argparse.Namespace) -> int:
    async def go() -> int:
        try:
            token, prefix = await issue_token(args.email, args.label)
        except ApiError as exc:
            print(f"fout: {exc.detail}", file=sys.stderr)
            return 2
        print(f"Token {prefix}... aangemaakt voor {args.email.lower()}. Alleen nu zichtbaar:")
        print(token)
        return 0

    return _run(db.with_db(go))


def cmd_token_revoke(args: argparse.Namespace) -> int:
    async def go() -> int:
        count = await revoke_token(args.token)
        print(f"{count} token(s) ingetrokken.")
        return 0 if count else 1

    return _run(db.with_db(go))


def cmd_audit_verify(args: argparse.Namespace) -> int:
    try:
        anchor = Anchor.parse(args.anchor) if args.anchor else None
    except ValueError as exc:
        print(f"fout: --anchor: {exc}", file=sys.stderr)
        return 2

    async def go() -> int:
        report = await audit.verify(anchor=anchor)
        if report.ok:
            note = (
                f" ({report.unsealed} van voor de verzegeling, gedekt door de eerste verzegelde)"
                if report.unsealed else ""
            )
            checked = f"; anker {anchor.seq} gevonden" if anchor else ""
            print(f"Audittrail klopt: {report.events} gebeurtenissen{note}{checked}.")
            return 0
        print(
            f"Audittrail gebroken bij gebeurtenis {report.first_broken}: {report.reason} "
            f"({report.events} gebeurtenissen ervoor kloppen).",
            file=sys.stderr,
        )
        return 1

    return _run(db.with_db(go))


def cmd_audit_anchor(args: argparse.Namespace) -> int:
    async def go() -> int:
        anchor = await audit.head_anchor()
        if anchor is None:
            print("De audittrail is nog leeg.", file=sys.stderr)
            return 1
        print(anchor)
        return 0

    return _run(db.with_db(go))


def cmd_demo(args: argparse.Namespace) -> int:
    async def go() -> int:
        await migrate_database()
        credentials = await load_demo()
        print("Demodata geladen. Demogebruikers (e-mail, rol, wachtwoord):")
        for email, role, password in credentials:
            print(f"  {email:32} {role:16} {password}")
        return 0

    return _run(db.with_db(go))


def backup_sqlite(source: str, target: str) -> None:
    """Consistent copy while the service runs, through SQLite's online backup API."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def cmd_backup(args: argparse.Namespace) -> int:
    config = load_settings().database
    if config.engine != "sqlite":
        print(
            "Voor PostgreSQL maakt u een back-up met pg_dump, zie de README.", file=sys.stderr
        )
        return 2
    if os.path.exists(args.path):
        print(f"{args.path} bestaat al; kies een nieuw bestand.", file=sys.stderr)
        return 2
    backup_sqlite(config.path, args.path)
    print(f"Back-up geschreven naar {args.path}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vwo", description="Register van verwerkersovereenkomsten")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="migreren en de service starten")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="aantal serviceprocessen (standaard 1)")
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", help="de database bijwerken").set_defaults(func=cmd_migrate)

    user = sub.add_parser("user", help="gebruikers").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="gebruiker aanmaken (print een wachtwoord)")
    add.add_argument("--email", required=True)
    add.add_argument("--role", required=True)
    add.add_argument("--scope", action="append", help="CBS-code of slug; herhaalbaar")
    add.set_defaults(func=cmd_user_add)

    token = sub.add_parser("token", help="API-tokens").add_subparsers(dest="token_command", required=True)
    create = token.add_parser("create", help="token aanmaken (print het token)")
    create.add_argument("--email", required=True)
    create.add_argument("--label", default="cli")
    create.set_defaults(func=cmd_token_create)
    revoke = token.add_parser("revoke", help="token intrekken (volledig token of prefix)")
    revoke.add_argument("token")
    revoke.set_defaults(func=cmd_token_revoke)

    audit_cmd = sub.add_parser("audit", help="audittrail").add_subparsers(dest="audit_command", required=True)
    verify = audit_cmd.add_parser("verify", help="de hele keten controleren")
    verify.add_argument("--anchor", help="VOLGNUMMER:HMAC van `vwo audit anchor`: ook inkorten wordt gezien")
    verify.set_defaults(func=cmd_audit_verify)
    audit_cmd.add_parser(
        "anchor", help="het anker van de nieuwste gebeurtenis (buiten de database bewaren)"
    ).set_defaults(func=cmd_audit_anchor)

    sub.add_parser("demo", help="demodata laden (idempotent)").set_defaults(func=cmd_demo)

    backup = sub.add_parser("backup", help="consistente kopie van de SQLite-database")
    backup.add_argument("path")
    backup.set_defaults(func=cmd_backup)

    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> list[Callable[[Any], None]]:
    """Commands contributed by the domain packages."""
    return [add_clause_commands, add_flag_commands, add_sso_commands, add_advisory_commands]


def database_problem(exc: BaseException) -> str | None:
    """One line for an error of the database's address or reachability, else None."""
    import asyncpg

    from core import database_unavailable

    if isinstance(exc, ValueError) and str(exc).startswith("VWO_DATABASE_URL"):
        return str(exc)
    if isinstance(exc, (asyncpg.InvalidCatalogNameError, asyncpg.InvalidAuthorizationSpecificationError)) or (
        database_unavailable(exc)
    ):
        return f"VWO_DATABASE_URL: de database is niet bereikbaar: {exc}"
    if isinstance(exc, (OSError, sqlite3.Error)):  # the SQLite file or its directory
        return f"VWO_DATABASE_URL: het databasebestand is niet te gebruiken: {exc}"
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Piccolo warns about an unreachable database itself, in two lines; ours is the one line.
    warnings.filterwarnings("ignore", message=r".*Unable to (connect to database|fetch server version)")
    try:
        return int(args.func(args) or 0)
    except Exception as exc:
        problem = database_problem(exc)
        if problem is None:
            raise
        print("vwo: " + " ".join(problem.split()), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
