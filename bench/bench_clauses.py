"""Benchmark the clause detector on a ~20-page agreement as .docx and .pdf.

Builds the agreement from dev-corpus documents (about 12,000 words, 20 PDF pages), then reports the
median milliseconds for reading the file and for detection, per format.

    .venv/bin/python bench/bench_clauses.py [--runs 15] [--corpus PATH]
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

from clauses.reading import read_document
from clauses.scan import scan_blocks

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests/clauses"))
from clauses_pdf_factory import make_pdf  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dpa-en-dev.jsonl"
TARGET_WORDS = 12_000  # 20 PDF pages
LINES_PER_PAGE = 52


def agreement_paragraphs(corpus: Path) -> list[str]:
    """Paragraphs (about four sentences each) until ``TARGET_WORDS`` words."""
    paragraphs: list[str] = []
    words = 0
    for line in corpus.read_text("utf-8").splitlines():
        sentences = [s["text"].strip() for s in json.loads(line)["sentences"]]
        for start in range(0, len(sentences), 4):
            paragraph = " ".join(sentences[start : start + 4])
            paragraphs.append(paragraph)
            words += len(paragraph.split())
            if words >= TARGET_WORDS:
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


def calibration_ms(runs: int) -> float:
    """A fixed CPU-bound workload (regex search and dict work, like detection): on a busy
    machine it slows down as detection does, so ``detect / calibration`` compares runs
    made under different loads."""
    text = "the processor shall assist the controller with its obligations " * 40
    pattern = re.compile(r"(?:audit|inspect|dpia)\w*\s(?:\w+\s){0,6}?(?:controller|customer)")

    def work() -> None:
        counts: dict[str, int] = {}
        for word in text.split() * 200:
            counts[word] = counts.get(word, 0) + 1
        for start in range(0, 2000, 2):
            pattern.search(text, start)

    return median_ms(work, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    paragraphs = agreement_paragraphs(args.corpus)
    words = sum(len(p.split()) for p in paragraphs)
    pdf, pages = as_pdf(paragraphs)
    files = {"docx": as_docx(paragraphs), "pdf": pdf}
    print(f"agreement: {words} words, {len(paragraphs)} paragraphs, {pages} PDF pages; median of {args.runs} runs")
    baseline = calibration_ms(args.runs)
    print(f"machine baseline (fixed workload): {baseline:.1f} ms")
    for kind, data in files.items():
        name = f"bench.{kind}"
        document = read_document(data, name)
        read = median_ms(lambda d=data, n=name: read_document(d, n), args.runs)
        detect = median_ms(lambda b=document.blocks, n=name: scan_blocks(b, n), args.runs)
        cpu = median_ms(lambda b=document.blocks, n=name: scan_blocks(b, n), args.runs, time.process_time)
        print(
            f"{kind:5} {len(data) / 1024:7.0f} KB  read {read:7.1f} ms  detect {detect:6.1f} ms"
            f" (cpu {cpu:.1f} ms; {detect / baseline:.2f} x baseline)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
