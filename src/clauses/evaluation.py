"""Measure the detector on a sentence-labelled corpus (JSONL), raw and with corrections."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clauses.catalogue import load_catalogue
from clauses.scan import scan_text


@dataclass(frozen=True, slots=True)
class LabelledDocument:
    name: str
    text: str
    keys: frozenset[str]


@dataclass(slots=True)
class Counts:
    """Confusion counts with *missing* as the positive class."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, truly_missing: bool, said_missing: bool) -> None:
        if truly_missing and said_missing:
            self.tp += 1
        elif said_missing:
            self.fp += 1
        elif truly_missing:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 1.0


@dataclass(slots=True)
class Result:
    per_key: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    ms_per_document: float = 0.0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # doc, key, kind


def load_corpus(
    path: Path | str, corrections: Iterable[dict[str, Any]] = ()
) -> list[LabelledDocument]:
    """Documents with the clause keys their sentences carry, corrections applied."""
    fixes: dict[str, list[dict[str, Any]]] = {}
    for fix in corrections:
        fixes.setdefault(fix["document"], []).append(fix)
    documents = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        keys = {key for sentence in raw["sentences"] for key in sentence["labels"]}
        for fix in fixes.get(raw["document"], []):
            if fix.get("action", "add") == "remove":
                keys.discard(fix["key"])
            else:
                keys.add(fix["key"])
        text = " ".join(sentence["text"].strip() for sentence in raw["sentences"])
        documents.append(LabelledDocument(raw["document"], text, frozenset(keys)))
    return documents


def load_corrections(path: Path | str | None) -> list[dict[str, Any]]:
    if path is None or not Path(path).exists():
        return []
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def measure(documents: Sequence[LabelledDocument], keys: Sequence[str] | None = None) -> Result:
    """Score document-level missing/not-missing per key."""
    keys = list(keys or load_catalogue().mandatory_keys())
    result = Result(per_key={key: Counts() for key in keys})
    started = time.perf_counter()
    for document in documents:
        report = scan_text(document.text, document.name)
        for key in keys:
            truly = key not in document.keys
            said = report.status_of(key) == "missing"
            result.per_key[key].add(truly, said)
            result.overall.add(truly, said)
            if truly != said:
                result.errors.append((document.name, key, "missed" if truly else "false-missing"))
    result.ms_per_document = (time.perf_counter() - started) * 1000 / max(len(documents), 1)
    return result


def _table(title: str, result: Result) -> list[str]:
    lines = [
        title,
        f"{'clause':30} {'prec(miss)':>10} {'rec(miss)':>10} {'acc':>6} "
        f"{'tp':>3} {'fp':>3} {'fn':>3}",
    ]
    for key, c in result.per_key.items():
        lines.append(
            f"{key:30} {c.precision:10.3f} {c.recall:10.3f} {c.accuracy:6.3f} "
            f"{c.tp:3d} {c.fp:3d} {c.fn:3d}"
        )
    o = result.overall
    lines.append(
        f"{'OVERALL (mandatory)':30} {o.precision:10.3f} {o.recall:10.3f} "
        f"{o.accuracy:6.3f} {o.tp:3d} {o.fp:3d} {o.fn:3d}"
    )
    lines.append(f"ms per document: {result.ms_per_document:.1f}")
    return lines


def evaluate(corpus_path: Path | str, corrections_path: Path | str | None = None) -> str:
    """A printable report: mandatory tier, raw labels and with corrections applied."""
    raw = measure(load_corpus(corpus_path))
    lines = _table(f"Raw labels ({corpus_path})", raw)
    corrections = load_corrections(corrections_path)
    if corrections:
        corrected = measure(load_corpus(corpus_path, corrections))
        lines += ["", f"With {len(corrections)} label corrections ({corrections_path})"]
        lines += _table("Corrected labels", corrected)[1:]
    return "\n".join(lines)
