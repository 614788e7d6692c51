"""Throughput of the dates stage alone, side by side with dateparser's ``search_dates``.

    python benchmarks/bench_dates.py [--corpus ../shared/bench/news.jsonl] [--peer-sample 100]

Reads a JSON-lines corpus (one record with ``text`` per line) and times the
dates stage as the pipeline runs it: the extract hook's work on a text whose
sentences the segmenter has already split (one core, the grammar built
before the clock starts).  :func:`newsclaims_dates.find_times`, which splits
the sentences itself, is timed as well.  Rates are megabytes of UTF-8 text
per second.
dateparser is much slower, so it is timed on the first ``--peer-sample``
texts only; its rate is reported per megabyte all the same.  The corpus is
not shipped with newsclaims: point ``--corpus`` at any German news you have.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

from newsclaims import PartialDate
from newsclaims.text import split_sentences
from newsclaims_dates import find_times
from newsclaims_dates.api import extract_times

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from _common import DEFAULT_CORPUS, describe, load_texts, megabytes

REFERENCE = PartialDate(year=2024, month=8, day=13)


def time_stage(texts: list[str], repeat: int) -> tuple[float, int]:
    """The extract stage on pre-split texts: best wall time of ``repeat`` runs, expressions found."""
    find_times("Am Montag, 5. November 2024, um 20 Uhr.", REFERENCE)  # build the grammar
    prepared = [(text, split_sentences(text)) for text in texts]
    timings, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(
            len(extract_times(text, [(0, len(text))], sentences, REFERENCE))
            for text, sentences in prepared
        )
        timings.append(time.perf_counter() - start)
    return min(timings), found


def time_find_times(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        find_times(text, REFERENCE)
    return time.perf_counter() - start


def time_dateparser(texts: list[str]) -> tuple[float, int] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    warnings.filterwarnings("ignore")
    search_dates("Am Montag", languages=["de"])  # load the language data
    start = time.perf_counter()
    found = 0
    for text in texts:
        found += len(search_dates(text, languages=["de"]) or [])
    return time.perf_counter() - start, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of the dates stage (best counts)"
    )
    parser.add_argument("--peer-sample", type=int, default=100, help="texts to time dateparser on")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = load_texts(args.corpus)
    size = megabytes(texts)
    print(f"machine: {describe()}")
    print(f"corpus: {args.corpus.name}, {len(texts)} texts, {size:.2f} MB")
    seconds, found = time_stage(texts, args.repeat)
    print(
        f"dates stage (extract hook): {seconds:.2f} s, {size / seconds:.2f} MB/s, "
        f"{found} expressions ({found / size:.0f} per MB)"
    )
    with_split = time_find_times(texts)
    print(f"find_times (with sentence splitting): {with_split:.2f} s, {size / with_split:.2f} MB/s")
    sample = texts[: args.peer_sample]
    if not sample:
        return 0  # "--peer-sample 0": the dates stage alone
    peer = time_dateparser(sample)
    if peer is None:
        print("dateparser: not installed (pip install 'newsclaims[bench]')")
        return 0
    peer_seconds, peer_found = peer
    sample_size = megabytes(sample)
    ours = size / seconds
    theirs = sample_size / peer_seconds
    print(
        f"dateparser.search_dates (first {len(sample)} texts, {sample_size:.2f} MB): "
        f"{peer_seconds:.2f} s, {theirs:.4f} MB/s, {peer_found} expressions "
        f"({peer_found / sample_size:.0f} per MB)"
    )
    print(f"ratio: newsclaims_dates is {ours / theirs:.0f} times faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
