"""``vwo flags`` and ``vwo remind``: the flag list and the reminder mail from the command line."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import re
import sys

import msgspec

from core import load_settings, today, with_db
from oversight.flags.compute import ALL_KINDS, compute_flags
from oversight.flags.reminders import record_critical, send_reminders

SEVERITY_NL = {"critical": "KRITIEK", "warning": "WAARSCHUWING", "info": "INFO"}


def _days(value: str) -> int:
    match = re.fullmatch(r"\s*(\d{1,4})\s*d?\s*", value)
    if not match:
        raise argparse.ArgumentTypeError("geef een aantal dagen, bijvoorbeeld 90d")
    return int(match.group(1))


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("geef een datum als JJJJ-MM-DD") from None


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``flags`` and ``remind``."""
    flags = subparsers.add_parser("flags", help="signaleringen: verlopen bewijs, termijnen, ontbrekende overeenkomsten")
    flags.add_argument(
        "--within", type=_days, default=None, metavar="90d", help="alleen wat binnen zoveel dagen vervalt"
    )
    flags.add_argument("--format", choices=("json", "text"), default="text")
    flags.add_argument("--on", type=_date, default=None, metavar="JJJJ-MM-DD", help="peildatum (standaard vandaag)")
    flags.add_argument("--scope", default=None, metavar="CODE", help="alleen deze gemeente of dit verband")
    flags.add_argument("--severity", action="append", choices=("info", "warning", "critical"))
    flags.add_argument("--kind", action="append", metavar="SOORT", help="soort signalering; herhaalbaar")
    flags.set_defaults(func=run_flags)

    remind = subparsers.add_parser("remind", help="mail elke gebruiker zijn nieuwe en verhoogde signaleringen")
    remind.add_argument("--on", type=_date, default=None, metavar="JJJJ-MM-DD", help="peildatum (standaard vandaag)")
    remind.add_argument(
        "--inbox-only", action="store_true",
        help="alleen kritieke signalen in het postvak zetten, zonder e-mail (geen VWO_SMTP_URL nodig)",
    )
    remind.set_defaults(func=run_remind)


def _text(flags: list, on: dt.date) -> str:
    if not flags:
        return f"Geen signaleringen op {on.isoformat()}."
    lines = [
        f"{SEVERITY_NL[f.severity]:12} {f.due.isoformat() if f.due else '-':10}  {f.controller:10} {f.message}"
        for f in flags
    ]
    counts = {s: sum(f.severity == s for f in flags) for s in ("critical", "warning", "info")}
    lines.append(
        f"{len(flags)} signaleringen op {on.isoformat()}: {counts['critical']} kritiek, "
        f"{counts['warning']} waarschuwing, {counts['info']} ter info."
    )
    return "\n".join(lines)


def run_flags(args: argparse.Namespace) -> int:
    """Print the flags of every scope (or of ``--scope``)."""

    unknown = sorted(set(args.kind or ()) - ALL_KINDS)
    if unknown:
        print(f"onbekende soort: {', '.join(unknown)}; kies uit {', '.join(sorted(ALL_KINDS))}", file=sys.stderr)
        return 2
    on = args.on or today()

    async def go() -> int:
        flags = await compute_flags(
            None, on, settings=load_settings(), within_days=args.within, controller=args.scope,
            kinds=set(args.kind) if args.kind else None, severities=set(args.severity) if args.severity else None,
        )
        if args.format == "json":
            print(msgspec.json.format(msgspec.json.encode(flags), indent=2).decode())
        else:
            print(_text(flags, on))
        return 0

    return asyncio.run(with_db(go))


def run_remind(args: argparse.Namespace) -> int:
    """Mail the digests; exit 2 when mail cannot be sent."""

    on = args.on or today()

    async def go() -> int:
        if getattr(args, "inbox_only", False):
            settings = load_settings()
            added = await record_critical(await compute_flags(None, on, settings=settings))
            print(f"{added} kritiek(e) signaal/signalen in postvakken gezet op {on.isoformat()}.")
            return 0
        try:
            report = await send_reminders(on, load_settings())
        except (ValueError, OSError) as exc:
            print(f"Herinneringen niet verstuurd: {exc}", file=sys.stderr)
            return 2
        print(f"{report.mails} e-mail(s) verstuurd met {report.flags} signalering(en) op {on.isoformat()}.")
        return 0 if report.mails == report.users else 2

    return asyncio.run(with_db(go))
