"""Measure the detector on a sentence-labelled corpus (JSONL), raw and with corrections."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from clauses.catalogue import load_catalogue
from clauses.learned import train
from clauses.scan import SHIPPED, scan_text


@dataclass(frozen=True, slots=True)
class LabelledDocument:
    name: str
    text: str
    keys: frozenset[str]
    language: str = "en"
    corpus: str = ""
    #: (sentence, its keys): what a learned model is trained on
    sentences: tuple[tuple[str, tuple[str, ...]], ...] = ()


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
        labelled = [(s["text"].strip(), set(s["labels"])) for s in raw["sentences"]]
        for fix in fixes.get(raw["document"], []):
            if fix.get("action", "add") == "remove":
                keys.discard(fix["key"])
                for _, found in labelled:
                    found.discard(fix["key"])
            else:
                keys.add(fix["key"])
                for text, found in labelled:
                    if fix.get("sentence") and text.startswith(fix["sentence"][:60]):
                        found.add(fix["key"])
        text = " ".join(sentence["text"].strip() for sentence in raw["sentences"])
        documents.append(
            LabelledDocument(
                raw["document"],
                text,
                frozenset(keys),
                language=str(raw.get("language", "en")),
                corpus=Path(path).stem,
                sentences=tuple((text, tuple(sorted(found))) for text, found in labelled),
            )
        )
    return documents


def load_corrections(path: Path | str | None) -> list[dict[str, Any]]:
    if path is None or not Path(path).exists():
        return []
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=1024)
def _statuses(text: str, rules_only: bool = False) -> dict[str, str]:
    """Status per key for one document text; several measures of one corpus scan it once.

    ``rules_only``: without the learned second opinion (else the shipped model).
    """
    report = scan_text(text, model=None if rules_only else SHIPPED)
    return {f.key: f.status for f in report.findings}


def measure(documents: Sequence[LabelledDocument], keys: Sequence[str] | None = None) -> Result:
    """Score document-level missing/not-missing per key."""
    keys = list(keys or load_catalogue().mandatory_keys())
    result = Result(per_key={key: Counts() for key in keys})
    started = time.perf_counter()
    for document in documents:
        statuses = _statuses(document.text)
        for key in keys:
            truly = key not in document.keys
            said = statuses[key] == "missing"
            result.per_key[key].add(truly, said)
            result.overall.add(truly, said)
            if truly != said:
                result.errors.append((document.name, key, "missed" if truly else "false-missing"))
    result.ms_per_document = (time.perf_counter() - started) * 1000 / max(len(documents), 1)
    return result


def _table(title: str, result: Result, *, timed: bool = True) -> list[str]:
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
    if timed:
        lines.append(f"ms per document: {result.ms_per_document:.1f}")
    return lines


def evaluate(corpus_path: Path | str, corrections_path: Path | str | None = None) -> str:
    """A printable report: mandatory tier, raw labels and with corrections applied."""
    _statuses.cache_clear()  # the raw table times real scans; the corrected one reuses them
    raw = measure(load_corpus(corpus_path))
    lines = _table(f"Raw labels ({corpus_path})", raw)
    corrections = load_corrections(corrections_path)
    if corrections:
        corrected = measure(load_corpus(corpus_path, corrections))
        lines += ["", f"With {len(corrections)} label corrections ({corrections_path})"]
        # the documents were scanned for the raw table already: no second timing
        lines += _table("Corrected labels", corrected, timed=False)[1:]
    return "\n".join(lines)


# -- cross-validation: whole documents held out --------------------------------------
#: a scanner fitted on training documents: ``fit(train)`` returns ``scan(document)``,
#: the keys it says are missing
Scanner = Callable[[LabelledDocument], frozenset[str]]  # the keys said missing
Fitter = Callable[[Sequence[LabelledDocument]], Scanner]


def fit_rules(train: Sequence[LabelledDocument]) -> Scanner:
    """The rules alone: nothing is learned from ``train``.

    Their held-out figures therefore equal the fit; they are honest only for documents the
    rules were not written after (see the README's clause section).
    """
    del train
    return lambda document: frozenset(
        k for k, s in _statuses(document.text, True).items() if s == "missing"
    )


def training_sentences(
    documents: Iterable[LabelledDocument],
) -> list[tuple[str, tuple[str, ...]]]:
    return [sentence for document in documents for sentence in document.sentences]


def fit_learned(train_documents: Sequence[LabelledDocument]) -> Scanner:
    """The rules with a second opinion trained on ``train_documents`` only (per fold)."""
    model = train(training_sentences(train_documents), load_catalogue().mandatory_keys())

    def scan(document: LabelledDocument) -> frozenset[str]:
        report = scan_text(document.text, model=model)
        return frozenset(f.key for f in report.findings if f.status == "missing")

    return scan


def make_folds(documents: Sequence[LabelledDocument], k: int) -> list[list[int]]:
    """Indices per fold; ``k`` 0 or >= len(documents): leave one document out.

    Documents are dealt round-robin in a fixed order (corpus, name), so every fold mixes
    corpora and languages and the split is reproducible.
    """
    order = sorted(range(len(documents)), key=lambda i: (documents[i].corpus, documents[i].name))
    if k <= 0 or k >= len(documents):
        return [[i] for i in order]
    return [order[f::k] for f in range(k)]


def second_tier_keys(documents: Sequence[LabelledDocument]) -> tuple[str, ...]:
    """The recommended catalogue keys the corpora label at all (the others are unlabelled)."""
    labelled = set().union(*(d.keys for d in documents)) if documents else set()
    catalogue = load_catalogue()
    return tuple(
        c.key for c in catalogue.clauses if c.tier != "mandatory" and c.key in labelled
    )


@dataclass(slots=True)
class CrossValidation:
    """Held-out verdicts per document: ``said_missing[doc index]`` = keys said missing."""

    documents: list[LabelledDocument]
    said_missing: dict[int, frozenset[str]]
    folds: int

    def score(
        self, keys: Sequence[str], *, language: str | None = None, corpus: str | None = None
    ) -> Result:
        """Counts over the documents of ``language`` / ``corpus`` (default: all)."""
        result = Result(per_key={key: Counts() for key in keys})
        for index, document in enumerate(self.documents):
            if language is not None and document.language != language:
                continue
            if corpus is not None and document.corpus != corpus:
                continue
            said = self.said_missing[index]
            for key in keys:
                truly = key not in document.keys
                result.per_key[key].add(truly, key in said)
                result.overall.add(truly, key in said)
                if truly != (key in said):
                    kind = "missed" if truly else "false-missing"
                    result.errors.append((document.name, key, kind))
        return result


def cross_validate(
    documents: Sequence[LabelledDocument], k: int, fit: Fitter = fit_learned
) -> CrossValidation:
    """Fit on the other folds, scan each held-out document once."""
    documents = list(documents)
    folds = make_folds(documents, k)
    said: dict[int, frozenset[str]] = {}
    for fold in folds:
        held = set(fold)
        scan = fit([d for i, d in enumerate(documents) if i not in held])
        for index in fold:
            said[index] = scan(documents[index])
    return CrossValidation(documents, said, len(folds))


def _line(label: str, c: Counts) -> str:
    return (
        f"{label:30} {c.precision:10.3f} {c.recall:10.3f} {c.accuracy:6.3f} "
        f"{c.tp:3d} {c.fp:3d} {c.fn:3d}"
    )


def cross_validation_report(
    paths: Sequence[Path | str],
    k: int,
    corrections_path: Path | str | None = None,
    fit: Fitter = fit_learned,
) -> str:
    """Held-out precision/recall of *missing*: per key, per tier, per corpus and language."""
    corrections = load_corrections(corrections_path)
    documents = [d for path in paths for d in load_corpus(path, corrections)]
    cv = cross_validate(documents, k, fit)
    mandatory = load_catalogue().mandatory_keys()
    second = second_tier_keys(documents)
    header = (
        f"{'':30} {'prec(miss)':>10} {'rec(miss)':>10} {'acc':>6} {'tp':>3} {'fp':>3} {'fn':>3}"
    )
    lines = [
        f"Cross-validation: {cv.folds} folds, whole documents held out, "
        f"{len(documents)} documents"
        + (f", {len(corrections)} label corrections" if corrections else ""),
    ]
    if fit is fit_rules:
        lines.append(
            "Rules only: nothing is trained per fold, so these figures equal the fit."
        )
    else:
        lines.append("The learned second opinion is trained inside each fold on the others.")
    for tier, keys in (("mandatory", mandatory), ("second tier", second)):
        if not keys:
            continue
        lines += ["", f"== {tier} ({len(keys)} keys) ==", header]
        result = cv.score(keys)
        lines += [_line(key, c) for key, c in result.per_key.items()]
        lines.append(_line(f"OVERALL ({tier})", result.overall))
        for language in sorted({d.language for d in documents}):
            part = cv.score(keys, language=language)
            lines.append(_line(f"  language {language}", part.overall))
        for corpus in sorted({d.corpus for d in documents}):
            part = cv.score(keys, corpus=corpus)
            lines.append(_line(f"  corpus {corpus}", part.overall))
    return "\n".join(lines)
