"""``vwo advisories import FILE...``: CSAF 2.0 advisories from the command line, with the
same validation, record keeping and matching as ``POST /api/v1/advisories``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

import msgspec

from core import SYSTEM, ApiError, with_db
from oversight.advisories.api import MAX_ADVISORY_BYTES
from oversight.advisories.service import AdvisoryOut, import_advisory
from suppliers import advisory_records

OUTCOME_NL = {"created": "nieuw", "updated": "bijgewerkt naar een nieuwere revisie", "unchanged": "al bekend"}


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``advisories import``."""
    advisories = subparsers.add_parser("advisories", help="beveiligingsadviezen (CSAF 2.0)")
    commands = advisories.add_subparsers(dest="advisories_command", required=True)
    load = commands.add_parser("import", help="CSAF-documenten inlezen en met de producten vergelijken")
    load.add_argument("files", nargs="+", metavar="FILE")
    load.add_argument("--format", choices=("json", "text"), default="text")
    load.set_defaults(func=run_import)


def _text(name: str, out: AdvisoryOut) -> str:
    lines = [f"{name}: {out.tracking_id} revisie {out.revision} ({OUTCOME_NL.get(out.outcome or '', '')}), "
             f"ernst {out.severity or 'onbekend'}, {len(out.matches)} product(en) geraakt"]
    lines += [f"  {m.supplier_name} / {m.product_name} {m.product_version or '(versie onbekend)'} "
              f"[{m.matched_on}] gebruikt door {', '.join(m.controllers) or 'niemand'}" for m in out.matches]
    return "\n".join(lines)


def run_import(args: argparse.Namespace) -> int:
    """Import each file; exit 2 when one was refused (the others are still imported)."""

    async def go() -> int:
        status, results = 0, []
        for name in args.files:
            path = Path(name)
            try:
                if path.stat().st_size > MAX_ADVISORY_BYTES:
                    raise ValueError(f"groter dan {MAX_ADVISORY_BYTES // 2**20} MB")
                out = await import_advisory(advisory_records.decode_document(path.read_bytes()), SYSTEM)
            except ApiError as exc:
                status = 2
                details = "; ".join(f"{e['field']}: {e['message']}" for e in exc.errors) or str(exc.detail)
                print(f"{name}: geweigerd: {details}", file=sys.stderr)
                continue
            except (OSError, ValueError) as exc:
                status = 2
                print(f"{name}: niet te lezen: {exc}", file=sys.stderr)
                continue
            results.append(out)
            if args.format == "text":
                print(_text(name, out))
        if args.format == "json":
            print(msgspec.json.format(msgspec.json.encode(results), indent=2).decode())
        return status

    return asyncio.run(with_db(go))
