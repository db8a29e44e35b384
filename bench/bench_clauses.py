"""Benchmark the clause detector on a ~20-page agreement as .docx and .pdf.

Builds the agreement from dev-corpus documents (about 12,000 words, 20 PDF pages), then reports
per format the median milliseconds for reading the file and for detection (``scan_blocks``:
normalising, sentence splitting, rules, model, judgement; reading the file is not included),
wall clock and CPU. The machine is shared, so each detection run is paired with a run of a
fixed workload (the baseline) and the median of the per-pair ratios is printed too: on a busy
machine both slow down, the ratio much less. ``cold`` is one detection with the detector's
word cache emptied (the first agreement a process sees). Last, a generated 200-page PDF is read
and scanned once (the service's bar: within 10 s, or refused).

    .venv/bin/python bench/bench_clauses.py [--runs 15] [--corpus PATH] [--no-large]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import docx

from clauses.errors import DocumentError
from clauses.reading import read_document
from clauses.rules.lookup import forget_words
from clauses.scan import scan_blocks
from clauses.text import Block

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests/clauses"))
from clauses_pdf_factory import make_pdf  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dpa-en-dev.jsonl"
TARGET_WORDS = 12_000  # 20 PDF pages
LINES_PER_PAGE = 52


def agreement_paragraphs(corpus: Path, target: int = TARGET_WORDS) -> list[str]:
    """Paragraphs (about four sentences each) until ``target`` words (the corpus
    repeated if it has fewer)."""
    paragraphs: list[str] = []
    words = 0
    lines = corpus.read_text("utf-8").splitlines()
    for line in lines * (1 + target // 100_000):
        sentences = [s["text"].strip() for s in json.loads(line)["sentences"]]
        for start in range(0, len(sentences), 4):
            paragraph = " ".join(sentences[start : start + 4])
            paragraphs.append(paragraph)
            words += len(paragraph.split())
            if words >= target:
                return paragraphs
    return paragraphs


def as_docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_pdf(paragraphs: list[str]) -> tuple[bytes, int]:
    lines: list[str] = []
    for paragraph in paragraphs:
        safe = paragraph.encode("cp1252", "replace").decode("cp1252")
        lines.extend([*textwrap.wrap(safe, 95), ""])
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    return make_pdf(pages), len(pages)


def median_ms(action: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter) -> float:
    timings = []
    for _ in range(runs):
        started = clock()
        action()
        timings.append((clock() - started) * 1000)
    return statistics.median(timings)


def _baseline_work() -> Callable[[], None]:
    """A fixed CPU-bound workload (regex search and dict work, like detection): on a busy
    machine it slows down as detection does, so ``detect / baseline`` compares runs
    made under different loads."""
    text = "the processor shall assist the controller with its obligations " * 40
    pattern = re.compile(r"(?:audit|inspect|dpia)\w*\s(?:\w+\s){0,6}?(?:controller|customer)")

    def work() -> None:
        counts: dict[str, int] = {}
        for word in text.split() * 200:
            counts[word] = counts.get(word, 0) + 1
        for start in range(0, 2000, 2):
            pattern.search(text, start)

    return work


def calibration_ms(runs: int) -> float:
    return median_ms(_baseline_work(), runs)


def paired(action: Callable[[], object], runs: int) -> dict[str, float]:
    """Medians of ``action`` (wall and CPU ms) and of its ratio to the baseline workload
    run just before it, pair by pair (wall and CPU)."""
    baseline = _baseline_work()
    rows: list[tuple[float, float, float, float]] = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        baseline()
        base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        rows.append((base_wall, base_cpu, time.perf_counter() - wall, time.process_time() - cpu))
    return {
        "baseline": statistics.median(r[0] for r in rows) * 1000,
        "wall": statistics.median(r[2] for r in rows) * 1000,
        "cpu": statistics.median(r[3] for r in rows) * 1000,
        "ratio": statistics.median(r[2] / r[0] for r in rows),
        "cpu_ratio": statistics.median(r[3] / r[1] for r in rows),
    }


def cold_ms(blocks: list[Block], name: str) -> float:
    """One detection with the word cache of the anchor lookup emptied."""
    forget_words()
    started = time.process_time()
    scan_blocks(blocks, name)
    return (time.process_time() - started) * 1000


def large_pdf(corpus: Path) -> str:
    """Read and scan a generated PDF of 200 pages or more, once."""
    paragraphs = agreement_paragraphs(corpus, 10 * TARGET_WORDS + 5000)
    data, pages = as_pdf(paragraphs)
    started = time.perf_counter()
    try:
        document = read_document(data, "large.pdf")
    except DocumentError as refused:
        return f"{pages}-page pdf: refused after {time.perf_counter() - started:.1f} s ({refused})"
    read = time.perf_counter() - started
    report = scan_blocks(document.blocks, "large.pdf")
    total = time.perf_counter() - started
    return (
        f"{pages}-page pdf ({len(data) / 1024:.0f} KB, {len(report.findings)} keys):"
        f" read {read:.2f} s, detect {total - read:.2f} s, total {total:.2f} s (bar: 10 s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--no-large", action="store_true", help="skip the 200-page PDF")
    args = parser.parse_args()
    paragraphs = agreement_paragraphs(args.corpus)
    words = sum(len(p.split()) for p in paragraphs)
    pdf, pages = as_pdf(paragraphs)
    files = {"docx": as_docx(paragraphs), "pdf": pdf}
    print(f"agreement: {words} words, {len(paragraphs)} paragraphs, {pages} PDF pages; median of {args.runs} runs")
    print(f"machine baseline (fixed workload): {calibration_ms(args.runs):.1f} ms")
    for kind, data in files.items():
        name = f"bench.{kind}"
        document = read_document(data, name)
        read = median_ms(lambda d=data, n=name: read_document(d, n), args.runs)
        cold = cold_ms(document.blocks, name)
        detect = paired(lambda b=document.blocks, n=name: scan_blocks(b, n), args.runs)
        print(
            f"{kind:5} {len(data) / 1024:7.0f} KB  read {read:7.1f} ms  detect {detect['wall']:6.1f} ms"
            f" (cpu {detect['cpu']:.1f} ms; {detect['ratio']:.2f} x baseline, cpu"
            f" {detect['cpu_ratio']:.2f} x; baseline {detect['baseline']:.1f} ms; cold {cold:.1f} ms cpu)"
        )
    if not args.no_large:
        print(large_pdf(args.corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
