"""Properties of the boilerplate cleaner on any text: valid offsets, untouched content, idempotence, linear time."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.strategies import (
    FURNITURE_LINES,
    LIST_HEADINGS,
    clean_articles,
    cleaner_inputs,
    pages,
    paragraphs,
)

import newsclaims
import newsclaims_boilerplate
from newsclaims.testing import assert_spans_valid, make_pipeline


def spans_of(text: str) -> tuple[newsclaims.Boilerplate, ...]:
    return newsclaims_boilerplate.clean(newsclaims.Article(text=text)).boilerplate


def cleaned(text: str, spans: tuple[newsclaims.Boilerplate, ...]) -> str:
    """The content lines of ``text``: what is left outside the spans, line by line."""
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    kept, position = [], 0
    for line in text.split("\n"):
        rest = "".join(c for i, c in enumerate(line) if not covered[position + i]).strip()
        if rest:
            kept.append(rest)
        position += len(line) + 1
    return "\n".join(kept)


@given(cleaner_inputs)
def test_spans_are_valid_sorted_disjoint_and_trimmed(text: str) -> None:
    spans = spans_of(text)
    assert_spans_valid(text, spans)
    for span in spans:
        assert span.start < span.end
        assert not span.text[0].isspace()
        assert not span.text[-1].isspace()
    for before, after in itertools.pairwise(spans):
        assert before.end < after.start


@given(cleaner_inputs)
def test_nothing_outside_whole_lines_is_touched_but_a_date_prefix(text: str) -> None:
    """A span covers whole lines (white space aside), or the metadata prefix of a content line."""
    starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    for span in spans_of(text):
        line_start = text.rfind("\n", 0, span.start) + 1
        assert text[line_start : span.start].strip() == "" or line_start in starts
        line_end = text.find("\n", span.end)
        tail = text[span.end : len(text) if line_end < 0 else line_end]
        if tail.strip():
            assert span.reason == "dateline", (span, tail)
            assert "\n" not in span.text


@given(cleaner_inputs)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_cleaning_cleaned_text_removes_nothing_more(text: str) -> None:
    once = cleaned(text, spans_of(text))
    assert spans_of(once) == ()


@given(clean_articles())
def test_an_article_without_furniture_loses_nothing(text: str) -> None:
    assert spans_of(text) == ()


@given(
    st.lists(paragraphs, min_size=2, max_size=6, unique=True),
    st.lists(st.sampled_from(FURNITURE_LINES), min_size=1, max_size=10),
    st.lists(st.sampled_from(LIST_HEADINGS + FURNITURE_LINES), max_size=10),
)
def test_paragraphs_survive_the_furniture_around_them(
    body: list[str], above: list[str], below: list[str]
) -> None:
    # List headings only below: a short paragraph right after "Mehr zum Thema"
    # is, by design, a teaser's blurb.
    text = "\n".join([*above, *body, *below])
    content = cleaned(text, spans_of(text)).split("\n")
    for paragraph in body:
        assert paragraph in content


@given(cleaner_inputs)
def test_the_pipeline_accepts_every_cleaning(text: str) -> None:
    analysis = make_pipeline(newsclaims_boilerplate).analyze(text)
    assert analysis.errors == ()
    assert analysis.article.text == text
    for sentence in analysis.content_sentences:
        assert not analysis.in_boilerplate(sentence.start, sentence.end)


@given(pages())
def test_cleaning_is_deterministic(text: str) -> None:
    assert newsclaims_boilerplate.clean(
        newsclaims.Article(text=text)
    ) == newsclaims_boilerplate.clean(newsclaims.Article(text=text))


# A quadratic algorithm takes minutes on these; a linear one well under a second or two.
LARGE_INPUTS = {
    "a 10 MB line of words": "Wort " * 2_000_000,
    "a 10 MB line without spaces": "x" * 10_000_000,
    "a 4 MB line of dots and digits": "1." * 2_000_000,
    "100,000 one-word lines": "\n".join(f"Wort{i}" for i in range(100_000)),
    "100,000 marker lines": "Anzeige\n" * 100_000,
    "100,000 list headings and teasers": "Mehr zum Thema\nNeue Brücke eröffnet\n" * 50_000,
    "100,000 date lines": "20. März 2021 - 15:00 Uhr\n" * 100_000,
    "100,000 bylines": "Von Anna Muster und Max Mustermann am 12.03.2021, 14:00 Uhr\n" * 100_000,
    "a million empty lines": "\n" * 1_000_000,
    "nested brackets": "(" * 500_000 + ")" * 500_000,
}


@pytest.mark.parametrize("text", LARGE_INPUTS.values(), ids=LARGE_INPUTS.keys())
def test_large_adversarial_inputs_are_cleaned_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    spans = spans_of(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 10.0, f"{elapsed:.1f} s"
    assert all(span.text == text[span.start : span.end] for span in spans[:100])


@given(pages(), st.integers(200, 2_000))
@settings(max_examples=10, deadline=None)
def test_generated_large_pages_are_cleaned_in_linear_time(page: str, copies: int) -> None:
    text = "\n".join([page] * copies)
    started = time.perf_counter()
    spans_of(text)
    assert time.perf_counter() - started < 0.2 + len(text) / 200_000  # at least 0.2 MB/s
