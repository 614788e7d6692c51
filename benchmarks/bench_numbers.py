"""Throughput of the numbers stage alone, with peers run side by side.

    python benchmarks/bench_numbers.py [NEWS.jsonl] [--limit N] [--repeat R]

NEWS.jsonl defaults to ../shared/bench/news.jsonl (one JSON record with a
"text" per line).  What is timed, on one core, for the same texts:

* ``numbers``: the plugin's extract hook on a prepared Document (sentences
  split beforehand, as the pipeline does before the extract stage), so the
  figure is the stage alone;
* ``find_quantities``: the public function on the raw text, sentence
  splitting included;
* ``regex``: a plain digits-and-unit regular expression (German separators
  and a unit word after), the simplest thing one could do instead;
* ``text2num``: ``text_to_num.alpha2digit(text, "de")`` from PyPI, which only
  rewrites German number words as digits (it finds no units, hedges or
  ranges), when it is installed.

Reported: MB of UTF-8 text per second (best of ``--repeat`` runs) and the
number of items found.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import newsclaims
from newsclaims.text import split_sentences
from newsclaims_numbers import find_quantities, newsclaims_extract

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from _common import DEFAULT_CORPUS, describe, load_texts, megabytes

_BASELINE = re.compile(
    r"(?<![\w.,])[0-9]{1,3}(?:\.[0-9]{3})*+(?:,[0-9]+)?"
    r"(?:\s(?:Millionen|Milliarden|Mio\.|Mrd\.))?"
    r"(?:\s?(?:%|€|Prozent|Euro|Dollar|Jahre?n?|Monate?n?|Wochen?|Tage?n?|Stunden?|Minuten?|km|Kilometern?|Meter|Menschen))?"
)


def _best(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - start)
    return best, found


def _peers(texts: Sequence[str]) -> dict[str, Callable[[], int]]:
    documents = [
        newsclaims.Document(article=newsclaims.Article(text=text), sentences=split_sentences(text))
        for text in texts
    ]
    peers: dict[str, Callable[[], int]] = {
        "numbers": lambda: sum(len(newsclaims_extract(document)) for document in documents),
        "find_quantities": lambda: sum(len(find_quantities(text)) for text in texts),
        "regex": lambda: sum(len(_BASELINE.findall(text)) for text in texts),
    }
    try:
        from text_to_num import alpha2digit
    except ImportError:
        print("text2num is not installed (pip install text2num): its row is left out")
    else:
        peers["text2num"] = lambda: sum(len(alpha2digit(text, "de")) > 0 for text in texts)
    return peers


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("news", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="read at most N texts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per peer (best is kept)")
    args = parser.parse_args(argv)
    if not args.news.is_file():
        print(f"no benchmark data at {args.news}", file=sys.stderr)
        return 2
    texts = load_texts(args.news, args.limit)
    size = megabytes(texts)
    print(f"{len(texts)} texts, {size:.1f} MB; machine: {describe()}")
    results: dict[str, Any] = {}
    for name, run in _peers(texts).items():
        seconds, found = _best(run, args.repeat)
        results[name] = (size / seconds, seconds, found)
        print(f"{name:16s} {size / seconds:7.2f} MB/s  {seconds:7.2f} s  {found:8d} found")
    if "text2num" in results:
        ratio = results["numbers"][0] / results["text2num"][0]
        print(f"numbers / text2num throughput: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
