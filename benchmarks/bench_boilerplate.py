"""Benchmark of the boilerplate plugin: throughput of the clean stage, and quality beside peers.

    python benchmarks/bench_boilerplate.py                      # throughput on ../shared/bench/news.jsonl
    python benchmarks/bench_boilerplate.py --quality            # content-line F1 on the dev gold files
    python benchmarks/bench_boilerplate.py --quality --html DIR # ... and trafilatura on the pages' HTML

Throughput: the clean stage alone (``newsclaims_boilerplate.clean``), one
core, MB of UTF-8 text per second; jusText runs side by side on the same
texts (each line a paragraph), as it would on text without markup.

Quality: content-line precision, recall and F1 as ``shared/eval/score.py``
counts them, for this plugin on the plain text, for jusText on the lines, and
(with ``--html DIR`` holding ``<id>`` files of the original pages) for
trafilatura on the HTML, its output mapped back onto the gold lines.  The
HTML of the dev pages comes from trafilatura's own test pages; it is not part
of this repository.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import newsclaims
import newsclaims_boilerplate

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from _common import describe

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
GOLD = ("boilerplate.pages.dev.jsonl", "boilerplate.partial.dev.jsonl", "seeds.gold.jsonl")


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- throughput --------------------------------------------------------------


def throughput(texts: list[str], run: Callable[[str], object], repeat: int) -> float:
    """MB/s of ``run`` over ``texts``, the best of ``repeat`` rounds."""
    size = sum(len(text.encode("utf-8")) for text in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - started)
    return size / 1e6 / best


def ours(text: str) -> object:
    return newsclaims_boilerplate.clean(newsclaims.Article(text=text))


def justext_lines(text: str) -> list[bool]:
    """jusText on text: each line a paragraph; ``True`` where it keeps the line."""
    import justext

    lines = text.split("\n")
    page = (
        "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    )
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("German"))
    kept = {_norm(p.text) for p in paragraphs if not p.is_boilerplate}
    return [bool(line.strip()) and _norm(line) in kept for line in lines]


# --- quality -----------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def score_lines(
    records: Iterable[dict[str, object]], content: Callable[[dict[str, object]], list[bool]]
) -> dict[str, float]:
    """Content-line P/R/F1 over the labelled lines, as the shared scorer counts them."""
    tp = pred = gold = 0
    for record in records:
        text = str(record["text"])
        labels = record["line_labels"]
        assert isinstance(labels, list)
        kept = content(record)
        for line, label, keep in zip(text.split("\n"), labels, kept, strict=True):
            if label not in ("content", "boilerplate") or not line.strip():
                continue
            gold += label == "content"
            pred += keep
            tp += keep and label == "content"
    precision, recall = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1}


def ours_lines(record: dict[str, object]) -> list[bool]:
    """This plugin: a line is content when less than half of its characters are boilerplate."""
    text = str(record["text"])
    covered = bytearray(len(text))
    for span in newsclaims_boilerplate.clean(newsclaims.Article(text=text)).boilerplate:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    kept, position = [], 0
    for line in text.split("\n"):
        chars = [i for i in range(position, position + len(line)) if not text[i].isspace()]
        kept.append(bool(chars) and 2 * sum(covered[i] for i in chars) < len(chars))
        position += len(line) + 1
    return kept


def trafilatura_lines(
    folder: Path, *, clean_too: bool = False
) -> Callable[[dict[str, object]], list[bool] | None]:
    """trafilatura on the original HTML (then this plugin's cleaning, with ``clean_too``), mapped onto the gold lines.

    A gold line is kept when trafilatura returned it as a line of its own, or,
    for a line of 20 characters or more, inside one of its lines ("Kontakt"
    is no hit just because an article mentions a "Kontakt").
    """
    import trafilatura

    def run(record: dict[str, object]) -> list[bool] | None:
        page = folder / str(record["id"]).removeprefix("traf_")
        if not page.is_file():
            return None
        extracted = trafilatura.extract(page.read_bytes(), include_comments=False) or ""
        if clean_too:
            extracted = "\n".join(
                line
                for line, keep in zip(
                    extracted.split("\n"), ours_lines({"text": extracted}), strict=True
                )
                if keep
            )
        lines = {_norm(line) for line in extracted.split("\n") if line.strip()}
        body = "\n".join(lines)

        def kept(line: str) -> bool:
            key = _norm(line)
            return bool(key) and (key in lines or (len(key) >= 20 and key in body))

        return [kept(line) for line in str(record["text"]).split("\n")]

    return run


def quality(html_folder: Path | None) -> None:
    print(f"content-line P / R / F1 on {SHARED / 'data'}")
    trafilatura_of = trafilatura_lines(html_folder) if html_folder is not None else None
    reader_of = trafilatura_lines(html_folder, clean_too=True) if html_folder is not None else None
    for name in GOLD:
        path = SHARED / "data" / name
        if not path.is_file():
            print(f"  {name}: not found")
            continue
        records = read_jsonl(path)
        rows = {"newsclaims_boilerplate (text)": score_lines(records, ours_lines)}
        with contextlib.suppress(ImportError):
            rows["jusText (lines as paragraphs)"] = score_lines(records, justext_lines_of)
        if trafilatura_of is not None:
            found = {
                str(r["id"]): lines for r in records if (lines := trafilatura_of(r)) is not None
            }
            if found:
                subset = [r for r in records if str(r["id"]) in found]
                rows[f"trafilatura (HTML, {len(subset)} pages)"] = score_lines(
                    subset, lambda r, found=found: found[str(r["id"])]
                )
                assert reader_of is not None
                rows[f"trafilatura + this plugin (HTML reader, {len(subset)} pages)"] = score_lines(
                    subset, lambda r: reader_of(r) or []
                )
                rows[f"newsclaims_boilerplate (same {len(subset)} pages)"] = score_lines(
                    subset, ours_lines
                )
        print(f"  {name} ({len(records)} pages)")
        for label, m in rows.items():
            print(f"    {label:58s} {m['p']:.3f} / {m['r']:.3f} / {m['f1']:.3f}")


def justext_lines_of(record: dict[str, object]) -> list[bool]:
    return justext_lines(str(record["text"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=SHARED / "bench" / "news.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--no-peer", action="store_true", help="skip jusText")
    parser.add_argument(
        "--quality", action="store_true", help="score on the dev gold files instead"
    )
    parser.add_argument("--html", type=Path, default=None, help="folder of the dev pages' HTML")
    args = parser.parse_args(argv)
    print(f"machine: {describe()}")
    if args.quality:
        quality(args.html)
        return 0
    if not args.corpus.is_file():
        print(f"{args.corpus} not found (set NEWSCLAIMS_SHARED)", file=sys.stderr)
        return 1
    texts = [str(record["text"]) for record in read_jsonl(args.corpus)][: args.limit]
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(f"corpus: {args.corpus} ({len(texts)} texts, {size:.1f} MB)")
    print(f"  newsclaims_boilerplate.clean   {throughput(texts, ours, args.repeat):6.2f} MB/s")
    if not args.no_peer:
        try:
            print(
                f"  jusText (lines as paragraphs)  {throughput(texts, justext_lines, 1):6.2f} MB/s"
            )
        except ImportError:
            print("  jusText not installed (pip install 'newsclaims[html]')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
