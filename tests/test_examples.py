"""The runnable examples in examples/ run, and do what the docs say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, check=False, cwd=EXAMPLES.parent
    )


def test_analyze_article_example_runs() -> None:
    done = run(str(EXAMPLES / "analyze_article.py"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sample-article: ")


def test_the_example_corpus_shows_a_bad_record_among_good_ones() -> None:
    done = run("-m", "newsclaims", "extract", str(EXAMPLES / "corpus.jsonl"))
    assert done.returncode == 1
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == [
        "neustadt-1",
        "neustadt-2",
        "neustadt-3",
    ]
    assert "corpus.jsonl:3: byte" in done.stderr
