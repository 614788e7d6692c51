"""Throughput of the quotes stage alone, beside a naive quote-mark regex.

    python benchmarks/bench_quotes.py [NEWS.jsonl] [--limit N] [--repeat R] [--json]

NEWS.jsonl defaults to ../shared/bench/news.jsonl (one JSON record with a
"text" per line).  Timed on one core, for the same texts:

* ``quotes``: the plugin's extract hook on prepared Documents (the core has
  already split the sentences, as the pipeline does before the extract
  stage), so the figure is the stage alone — quote marks, cues, reported
  clauses, speakers and source resolution;
* ``regex``: a plain regular expression for text between German and English
  quotation marks, the simplest thing one could do instead (it finds most
  direct quotes, but also every title and scare quote, and no indirect
  speech, speakers or sources).

Reported: MB of UTF-8 text per second of CPU time of this process (best of
``--repeat`` runs; CPU time is what "one core" means, and it is less disturbed
than wall-clock time when other jobs share the machine), the wall-clock rate
beside it, items found, the ratio, and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

import newsclaims
from newsclaims.testing import make_pipeline
from newsclaims_quotes import newsclaims_extract

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from _common import DEFAULT_CORPUS, describe, load_texts, megabytes

#: The naive baseline: what a quote-mark regex finds.
BASELINE = regex.compile(
    r"„[^“”\n]{1,2000}+[“”]|»[^«\n]{1,2000}+«|\"[^\"\n]{1,2000}+\"|“[^”\n]{1,2000}+”"
)


def timed_quotes(texts: Sequence[str]) -> tuple[float, float, int]:
    """CPU and wall seconds of the quotes stage over ``texts``, and the quotes found.

    Each Document is prepared just before its stage runs (untimed: reading and
    sentence splitting belong to the core), as the pipeline streams a corpus,
    so the measurement never holds a whole corpus in memory.
    """
    pipeline = make_pipeline()
    cpu = wall = 0.0
    found = 0
    for text in texts:
        document = pipeline.analyze(text).document
        started, started_cpu = time.perf_counter(), time.process_time()
        items = newsclaims_extract(document)
        cpu += time.process_time() - started_cpu
        wall += time.perf_counter() - started
        found += sum(1 for item in items if isinstance(item, newsclaims.Quote))
    return cpu, wall, found


def timed_regex(texts: Sequence[str]) -> tuple[float, float, int]:
    started, started_cpu = time.perf_counter(), time.process_time()
    found = sum(1 for text in texts for _ in BASELINE.finditer(text))
    return time.process_time() - started_cpu, time.perf_counter() - started, found


def best_of(
    run: Callable[[Sequence[str]], tuple[float, float, int]], texts: Sequence[str], repeat: int
) -> tuple[float, float, int]:
    """The best CPU and wall-clock seconds of ``repeat`` runs, and what the last found."""
    cpu = wall = float("inf")
    found = 0
    for _ in range(repeat):
        run_cpu, run_wall, found = run(texts)
        cpu, wall = min(cpu, run_cpu), min(wall, run_wall)
    return cpu, wall, found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("news", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use the first N texts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per contender (best counts)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.news.is_file():
        print(f"no benchmark corpus at {args.news}; nothing to measure", file=sys.stderr)
        return 0
    texts = load_texts(args.news, args.limit)
    size = megabytes(texts)

    results: dict[str, Any] = {
        "corpus": str(args.news),
        "texts": len(texts),
        "megabytes": round(size, 3),
        "machine": {
            "description": describe(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
        },
    }
    for name, run in (("quotes", timed_quotes), ("regex", timed_regex)):
        cpu, wall, found = best_of(run, texts, args.repeat)
        results[name] = {
            "cpu_seconds": round(cpu, 3),
            "mb_per_s": round(size / max(cpu, 1e-9), 2),
            "wall_mb_per_s": round(size / max(wall, 1e-9), 2),
            "items": found,
        }
    results["regex_over_quotes"] = round(
        results["regex"]["mb_per_s"] / results["quotes"]["mb_per_s"], 1
    )
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    machine = results["machine"]
    print(f"{len(texts)} texts, {size:.2f} MB; machine: {machine['description']}")
    print(f"{'':8s} {'MB/s cpu':>9s} {'cpu s':>8s} {'MB/s wall':>10s} {'items':>8s}")
    for name in ("quotes", "regex"):
        row = results[name]
        print(
            f"{name:8s} {row['mb_per_s']:9.2f} {row['cpu_seconds']:8.2f} "
            f"{row['wall_mb_per_s']:10.2f} {row['items']:8d}"
        )
    print(f"processor: {machine['processor']}, {machine['cpus']} cpus")
    print(
        f"the regex is {results['regex_over_quotes']}x faster and finds titles and scare quotes too"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
