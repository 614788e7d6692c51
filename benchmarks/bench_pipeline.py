"""Throughput of the whole pipeline and of each plugin's stage, on one core.

    python benchmarks/bench_pipeline.py [--corpus ../shared/bench/news.jsonl] [--limit N] [--disable a,b]

Reads the corpus once into memory (reading and JSON are not what is measured),
runs every article through one Pipeline in this process, and prints the time
each plugin spent in each stage (from ``Pipeline.hooks.timings``) as seconds
and megabytes of article text per second.  MB here are 10^6 characters of
text (UTF-8 bytes would be a few percent more for German).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import newsclaims

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_CORPUS, describe, load_texts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--disable", default="", help="comma-separated plugins to leave out")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = load_texts(args.corpus, args.limit)
    characters = sum(map(len, texts))
    pipeline = newsclaims.Pipeline(disable=[n for n in args.disable.split(",") if n], environ={})

    started = time.perf_counter()
    errors = 0
    for text in texts:
        errors += len(pipeline.analyze(text).errors)
    elapsed = time.perf_counter() - started

    megabytes = characters / 1e6
    print(f"machine: {describe()}")
    print(f"corpus: {args.corpus.name}, {len(texts):,} articles, {megabytes:.2f} M characters")
    print(f"plugins: {', '.join(info.name for info in pipeline.plugins)}")
    print(
        f"whole pipeline: {elapsed:.2f} s, {megabytes / elapsed:.2f} MB/s, "
        f"{len(texts) / elapsed:,.0f} articles/s, {errors} plugin errors"
    )
    print(f"{'stage':<10} {'plugin':<14} {'seconds':>9} {'share':>7} {'MB/s':>9}")
    for (stage, plugin), timing in sorted(
        pipeline.hooks.timings.items(), key=lambda item: -item[1].seconds
    ):
        rate = megabytes / timing.seconds if timing.seconds else float("inf")
        print(
            f"{stage:<10} {plugin:<14} {timing.seconds:>9.3f} {timing.seconds / elapsed:>6.1%} {rate:>9.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
