"""Untrusted input: huge and hostile texts finish in linear time and never crash.

A quadratic step would take minutes on these inputs; the bounds below are
generous so that a busy CI machine does not fail them, yet far below that.
"""

from __future__ import annotations

import time

import pytest

import newsclaims
import newsclaims_quotes
from newsclaims.testing import assert_spans_valid, make_pipeline

LIMIT_SECONDS = 30.0

CASES = {
    "100,000 unbalanced opening marks": "„" * 100_000,
    "100,000 straight quotes": '"' * 100_000,
    "nested marks 50,000 deep": "„" * 50_000 + "“" * 50_000,
    "a 1 MB paragraph of attributed sentences": (
        "Müller sagte, die Lage sei ernst, und „das ist gut“. " * 20_000
    ),
    "a 1 MB sentence of opening marks and verbs": "„Er sagte " * 100_000,
    "a 1 MB line without punctuation": "wort " * 200_000,
    "100,000 short quotes in one sentence": "„a“ " * 100_000,
    "apostrophes": "geht's " * 100_000,
    "100,000 one-line paragraphs": "„Absatz\n" * 100_000,
    "names and honorifics": "Elon Musk sagte Herr Dr. " * 40_000,
}


@pytest.fixture(scope="module")
def pipeline() -> newsclaims.Pipeline:
    return make_pipeline(newsclaims_quotes)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_finishes_fast(pipeline: newsclaims.Pipeline, name: str) -> None:
    text = CASES[name]
    started = time.perf_counter()
    analysis = pipeline.analyze(text)
    elapsed = time.perf_counter() - started
    assert elapsed < LIMIT_SECONDS, f"{name}: {elapsed:.1f} s"
    assert not analysis.errors
    assert_spans_valid(text, analysis.quotes)


def test_unbalanced_marks_never_run_across_the_article(pipeline: newsclaims.Pipeline) -> None:
    text = "Er sagte: „Das geht so nicht.\n" + "Ein Absatz ohne Zitat. " * 1000
    analysis = pipeline.analyze(text)
    assert all(quote.end <= text.index("\n") for quote in analysis.quotes)


def test_a_source_quoted_thousands_of_times_keeps_every_mention(
    pipeline: newsclaims.Pipeline,
) -> None:
    """One speaker quoted 20,000 times: one source with every mention, in linear time."""
    text = "Müller sagte, die Lage sei ernst. " * 20_000
    started = time.perf_counter()
    analysis = pipeline.analyze(text)
    data = analysis.to_dict()
    elapsed = time.perf_counter() - started
    assert elapsed < LIMIT_SECONDS, f"{elapsed:.1f} s"
    assert not analysis.errors
    (source,) = analysis.sources
    assert len(source.mentions) == 20_000
    assert len(data["quotes"]) == 20_000
    assert {quote["source"] for quote in data["quotes"]} == {0}
