"""Generate 500 agreements with the Dutch default template: our render path vs a naive docxtpl loop.

Usage: ``python bench/bench_generate.py [count]``. Prints documents/second for both,
the ratio, and peak memory (tracemalloc peak of each phase, and the process's max RSS).
"""

from __future__ import annotations

import io
import resource
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable

from docxtpl import DocxTemplate

from templates import SAMPLE_CONTEXT, clear_cache, get_environment, render_many
from templates.context import template_namespace
from templates.defaults import DEFAULT_TEMPLATES, HERE, default_template_bytes


def timed(label: str, run: Callable[[], int]) -> float:
    started = time.perf_counter()
    count = run()
    elapsed = time.perf_counter() - started
    rate = count / elapsed
    print(f"{label:<34} {count} docs in {elapsed:6.2f} s = {rate:7.1f} docs/s")
    return rate


def traced_peak(run: Callable[[], int]) -> float:
    """tracemalloc peak in MB of one run (tracing slows Python down, so it is not timed)."""
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(count: int = 500) -> None:
    template = default_template_bytes("nl")
    path = HERE / DEFAULT_TEMPLATES["nl"]
    contexts = [SAMPLE_CONTEXT] * count
    namespace = template_namespace(SAMPLE_CONTEXT)

    def ours() -> int:
        clear_cache()  # include the one-time unzip/parse/compile in the measurement
        archive = render_many(template, contexts)
        with zipfile.ZipFile(io.BytesIO(archive)) as check:
            return len(check.namelist())

    def naive() -> int:
        env = get_environment()
        for _ in range(count):
            doc = DocxTemplate(path)
            doc.render(namespace, jinja_env=env, autoescape=True)
            doc.save(io.BytesIO())
        return count

    naive_rate = timed("naive docxtpl loop", naive)
    our_rate = timed("templates.render_many (cached)", ours)
    print(f"ratio: {our_rate / naive_rate:.1f}x")
    print(f"tracemalloc peak, render_many of {count}: {traced_peak(ours):.1f} MB")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"process max RSS: {maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
