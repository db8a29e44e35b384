
"""The report shape other packages rely on, and the two CLI commands."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from clauses import load_catalogue, scan_text
from clauses.cli import add_commands

DATA = Path(__file__).parent / "data"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vwo")
    add_commands(parser.add_subparsers(dest="command", required=True))
    return parser


def test_report_dict_has_exactly_the_agreed_shape() -> None:
    report = scan_text(
        "Verwerker meldt een datalek binnen 24 uur aan de gemeente.", "x.txt"
    ).to_dict()
    assert set(report) == {"file", "language", "clauses", "missing", "weak", "values"}
    assert [c["key"] for c in report["clauses"]] == list(load_catalogue().keys)
    for clause in report["clauses"]:
        # the agreed keys, plus what the detector looked for (added, in both languages)
        assert set(clause) == {"key", "status", "reason", "evidence", "looked_for"}
        assert set(clause["looked_for"]) == {"nl", "en"}
        assert clause["status"] in ("present", "weak", "missing")
        for item in clause["evidence"]:
            assert set(item) == {"text", "location"}
    assert report["missing"] == [c["key"] for c in report["clauses"] if c["status"] == "missing"]
    assert set(report["values"]) == {
        "breach_deadline_hours",
        "subprocessor_notice_days",
        "deletion_term_days",
        "audit_frequency",
    }
    json.dumps(report)


def test_scan_command_prints_a_json_array_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = [
        str(DATA / "vwo_zorg_zonder_audit.txt"),
        str(DATA / "vwo_belasting_zonder_teruggave.txt"),
    ]
    args = _parser().parse_args(["scan", "--format", "json", *files])
    assert args.func(args) == 0
    output = json.loads(capsys.readouterr().out)
    assert [item["file"] for item in output] == [Path(f).name for f in files]


def test_scan_command_text_summary_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parser().parse_args(["scan", str(DATA / "vwo_zorg_zonder_audit.txt")])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "ontbreekt" in out and "Audits en inspecties" in out


def test_scan_command_exits_2_on_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "nep.pdf"
    fake.write_bytes(b"geen pdf")
    args = _parser().parse_args(["scan", "--format", "json", str(fake)])
    assert args.func(args) == 2
    captured = capsys.readouterr()
    assert "geen PDF" in captured.err
    assert json.loads(captured.out) == []


def test_eval_command_prints_the_mandatory_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "mini.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "document": "mini",
                "language": "en",
                "sentences": [
                    {
                        "text": "The processor processes personal data only on documented instructions.",
                        "labels": ["instructions"],
                    }
                ],
            }
        )
        + "\n"
    )
    args = _parser().parse_args(
        ["eval-clauses", str(corpus), "--corrections", str(tmp_path / "none")]
    )
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "instructions" in out and "OVERALL (mandatory)" in out
