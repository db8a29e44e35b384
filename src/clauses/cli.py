"""Command-line entry points: ``scan`` and ``eval-clauses`` (wired into ``vwo`` by the lead)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from clauses.catalogue import load_catalogue
from clauses.evaluation import (
    cross_validation_report,
    evaluate,
    fit_learned,
    fit_rules,
    load_corpus,
    load_corrections,
    training_sentences,
)
from clauses.learned import SHIPPED, train
from clauses.scan import ScanReport, scan_bytes
from core import UploadError

DEFAULT_CORRECTIONS = (
    Path(__file__).resolve().parents[2] / "tests/clauses/label_corrections.jsonl"
)
_STATUS_NL = {"present": "aanwezig", "weak": "zwak", "missing": "ontbreekt"}


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``scan`` and ``eval-clauses``."""
    scan = subparsers.add_parser("scan", help="controleer verwerkersovereenkomsten op clausules")
    scan.add_argument("files", nargs="+", metavar="FILE", type=Path)
    scan.add_argument("--format", choices=("json", "text"), default="text")
    scan.add_argument("--breach-hours-limit", type=int, default=48)
    scan.set_defaults(func=run_scan)

    evaluation = subparsers.add_parser(
        "eval-clauses", help="meet de clausuledetector op een corpus"
    )
    evaluation.add_argument("corpus", type=Path, nargs="+", metavar="CORPUS.jsonl")
    evaluation.add_argument("--corrections", type=Path, default=None)
    evaluation.add_argument(
        "--cross-validate",
        type=int,
        default=None,
        metavar="K",
        help="K folds met hele documenten apart (0: één document per fold)",
    )
    evaluation.add_argument(
        "--rules-only",
        action="store_true",
        help="zonder het geleerde tweede oordeel (alleen de regels)",
    )
    evaluation.set_defaults(func=run_eval)

    training = subparsers.add_parser(
        "train-clauses", help="train het geleerde tweede oordeel van de clausuledetector"
    )
    training.add_argument("corpus", type=Path, nargs="+", metavar="CORPUS.jsonl")
    training.add_argument("--corrections", type=Path, default=None)
    training.add_argument("--out", type=Path, default=SHIPPED)
    training.set_defaults(func=run_train)


def _text_summary(report: ScanReport) -> str:
    catalogue = load_catalogue()
    lines = [f"{report.file} (taal: {report.language})"]
    for finding in report.findings:
        clause = catalogue.get(finding.key)
        line = f"  [{_STATUS_NL[finding.status]:9}] {clause.title_nl} ({clause.reference})"
        if finding.reason:
            line += f": {finding.reason}"
        lines.append(line)
    lines.append(f"  Ontbreekt: {len(report.missing)}, zwak: {len(report.weak)}")
    values = {k: v for k, v in report.values.items() if v is not None}
    if values:
        lines.append("  Waarden: " + ", ".join(f"{k}={v}" for k, v in values.items()))
    return "\n".join(lines)


def run_scan(args: argparse.Namespace) -> int:
    """Scan each file; exit 2 when any file could not be read."""
    reports: list[ScanReport] = []
    status = 0
    for path in args.files:
        try:
            reports.append(
                scan_bytes(path.read_bytes(), path.name, breach_hours_limit=args.breach_hours_limit)
            )
        except (UploadError, OSError) as exc:
            message = exc.message if isinstance(exc, UploadError) else str(exc)
            print(f"{path}: {message}", file=sys.stderr)
            status = 2
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(_text_summary(r) for r in reports))
    return status


def _corrections(args: argparse.Namespace) -> Path | None:
    corrections: Path | None = args.corrections
    if corrections is None and DEFAULT_CORRECTIONS.exists():
        corrections = DEFAULT_CORRECTIONS
    return corrections


def run_eval(args: argparse.Namespace) -> int:
    corrections = _corrections(args)
    if args.cross_validate is not None:
        fit = fit_rules if args.rules_only else fit_learned
        print(cross_validation_report(args.corpus, args.cross_validate, corrections, fit))
        return 0
    print("\n\n".join(evaluate(corpus, corrections) for corpus in args.corpus))
    return 0


def run_train(args: argparse.Namespace) -> int:
    """Train the second opinion on every labelled sentence of the corpora and save it."""
    corrections = load_corrections(_corrections(args))
    documents = [d for path in args.corpus for d in load_corpus(path, corrections)]
    sentences = training_sentences(documents)
    model = train(sentences, load_catalogue().mandatory_keys())
    model.save(args.out)
    size = args.out.stat().st_size / 1024
    print(
        f"{len(documents)} agreements, {len(sentences)} sentences, "
        f"{len(model.vocabulary)} features, {len(model.keys)} keys: {args.out} ({size:.0f} KB)"
    )
    return 0
