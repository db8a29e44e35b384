"""The detector keeps its measured quality on the English dev corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clauses.catalogue import load_catalogue
from clauses.evaluation import (
    LabelledDocument,
    evaluate,
    load_corpus,
    load_corrections,
    measure,
)

#: shared/ lies beside the repository (as on the developers' machines and in CI).
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "dpa-en-dev.jsonl"
CORRECTIONS = Path(__file__).parent / "label_corrections.jsonl"
if not CORPUS.exists() and os.environ.get("CI"):
    raise RuntimeError(f"the dev corpus is missing in CI: {CORPUS}")
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason=f"dev corpus not found at {CORPUS}")


@needs_corpus
def test_mandatory_tier_stays_above_measured_floors_on_raw_labels() -> None:
    result = measure(load_corpus(CORPUS))
    # help with the controller's obligations under data protection law counts for all five
    # assist-* keys, as in this corpus's raw labels (issue 12's umbrella convention)
    # measured: accuracy 0.992, precision(missing) 0.955, recall(missing) 0.966
    assert result.overall.accuracy >= 0.98
    assert result.overall.precision >= 0.93
    assert result.overall.recall >= 0.95


@needs_corpus
def test_mandatory_tier_stays_above_measured_floors_with_corrections() -> None:
    result = measure(load_corpus(CORPUS, load_corrections(CORRECTIONS)))
    # measured: accuracy 0.988, precision(missing) 0.966, recall(missing) 0.924 (three
    # misses in Online 15, whose kept corrections remove breach and DPIA help although its
    # umbrella sentence counts for them)
    assert result.overall.accuracy >= 0.978
    assert result.overall.precision >= 0.94
    assert result.overall.recall >= 0.91


def folds(documents: list[LabelledDocument]) -> tuple[list[LabelledDocument], ...]:
    """Two halves balanced on missing mandatory clauses: sort by the number missing, alternate.

    Rule changes are made on one fold's errors and kept only if the other fold holds up.
    """
    mandatory = load_catalogue().mandatory_keys()
    ranked = sorted(
        documents, key=lambda d: (sum(1 for k in mandatory if k not in d.keys), d.name)
    )
    return ranked[0::2], ranked[1::2]


@needs_corpus
@pytest.mark.parametrize("fold", [0, 1], ids=["fold-A", "fold-B"])
def test_each_fold_stays_above_measured_floors_on_raw_labels(fold: int) -> None:
    result = measure(folds(load_corpus(CORPUS))[fold])
    # measured: A accuracy 0.986, P 0.918, R 0.957; B accuracy 0.998, P 1.000, R 0.975
    assert result.overall.accuracy >= 0.975
    assert result.overall.precision >= 0.89
    assert result.overall.recall >= 0.94


@needs_corpus
def test_evaluation_report_prints_every_mandatory_key_raw_and_corrected() -> None:
    report = evaluate(CORPUS, CORRECTIONS)
    assert "assist-breach-subjects" in report and "security-risk-assessment" in report
    assert report.count("OVERALL (mandatory)") == 2
    assert "ms per document" in report


def test_corrections_only_touch_documents_and_keys_with_a_reason() -> None:
    for fix in load_corrections(CORRECTIONS):
        assert fix["document"] and fix["key"] and len(fix["reason"]) > 20


SHARED = CORPUS.parent
OWN_NL = Path(__file__).parent / "data" / "dpa-nl-own.jsonl"
ALL_CORPORA = [SHARED / "dpa-en-dev.jsonl", SHARED / "dpa-en-more.jsonl", SHARED / "dpa-nl-dev.jsonl", OWN_NL]


@needs_corpus
def test_cross_validation_per_corpus_and_language_stays_above_measured_floors() -> None:
    from clauses.evaluation import cross_validate, fit_rules

    documents = [d for path in ALL_CORPORA for d in load_corpus(path)]
    cv = cross_validate(documents, 0, fit_rules)  # leave one document out
    assert cv.folds == len(documents)
    mandatory = load_catalogue().mandatory_keys()
    # measured (rules only, so equal to the fit): precision, recall of missing; raw labels
    floors = {
        "dpa-en-dev": (0.86, 0.96),  # 0.887, 0.989
        "dpa-en-more": (0.88, 0.85),  # 0.900, 0.871
        "dpa-nl-dev": (0.90, 0.90),  # 0.927, 0.927
        "dpa-nl-own": (0.97, 0.94),  # 1.000, 0.976
    }
    for corpus, (precision, recall) in floors.items():
        overall = cv.score(mandatory, corpus=corpus).overall
        assert overall.precision >= precision, corpus
        assert overall.recall >= recall, corpus
    for language, (precision, recall) in {"en": (0.87, 0.93), "nl": (0.93, 0.92)}.items():
        overall = cv.score(mandatory, language=language).overall  # en 0.890/0.958, nl 0.958/0.948
        assert overall.precision >= precision, language
        assert overall.recall >= recall, language


def test_folds_hold_out_whole_documents_and_cover_each_once() -> None:
    from clauses.evaluation import make_folds

    documents = [
        LabelledDocument(f"d{i}", "tekst", frozenset(), language="nl", corpus=f"c{i % 2}") for i in range(7)
    ]
    for k in (0, 3, 7, 99):
        folds = make_folds(documents, k)
        assert sorted(i for fold in folds for i in fold) == list(range(7))
        assert len(folds) == (7 if k in (0, 7, 99) else 3)


@needs_corpus
def test_cross_validation_report_prints_tiers_languages_and_corpora() -> None:
    from clauses.evaluation import cross_validation_report, fit_rules

    report = cross_validation_report([SHARED / "dpa-en-more.jsonl", SHARED / "dpa-nl-dev.jsonl"], 5, fit=fit_rules)
    assert "5 folds" in report and "equal the fit" in report
    assert "== mandatory (19 keys) ==" in report and "== second tier" in report
    assert "language nl" in report and "corpus dpa-en-more" in report
