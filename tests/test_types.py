"""The value types: validation on construction, offsets, partial dates."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Approx, PartialDate, Quantity, Quote, Source, Span

from .strategies import any_text, partial_dates, spans_in


def test_span_at_copies_the_text() -> None:
    span = Span.at("Am Montag sprach Musk.", 3, 9)
    assert (span.start, span.end, span.text) == (3, 9, "Montag")
    assert len(span) == 6


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (3, 2, "", "lies before its start"),
        (0, 3, "ab", "covers 3 characters but its text 'ab' has 2"),
        (-1, 1, "ab", "must be >= 0"),
    ],
)
def test_span_rejects_inconsistent_offsets(start: int, end: int, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Span(start=start, end=end, text=text)


def test_types_are_frozen_and_keyword_only() -> None:
    span = Span.at("abc", 0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(0, 1, "a")  # type: ignore[misc]


@given(st.data(), any_text)
def test_shifted_span_points_at_the_same_text_in_a_longer_string(
    data: st.DataObject, text: str
) -> None:
    start, end = data.draw(spans_in(text))
    prefix = data.draw(st.text(max_size=20))
    span = Span.at(text, start, end).shifted(len(prefix))
    assert (prefix + text)[span.start : span.end] == span.text


def test_overlaps_and_contains() -> None:
    text = "abcdefgh"
    outer, inner, apart = Span.at(text, 0, 5), Span.at(text, 1, 3), Span.at(text, 5, 8)
    assert outer.contains(inner)
    assert not inner.contains(outer)
    assert outer.overlaps(inner)
    assert not outer.overlaps(apart)


def test_quantity_converts_and_validates_its_fields() -> None:
    quantity = Quantity.at("rund 40 Menschen", 5, 16, value=40, unit="Mensch", approx="about")
    assert quantity.value == 40.0
    assert quantity.approx is Approx.ABOUT
    with pytest.raises(ValueError, match="finite"):
        Quantity.at("x", 0, 1, value=float("nan"))
    with pytest.raises(ValueError, match="'roughly' is not a valid Approx"):
        Quantity.at("x", 0, 1, value=1, approx="roughly")


def test_items_are_hashable_values() -> None:
    source = Source(name="Elon Musk", kind="person", aliases=["Musk"])
    quote = Quote.at("„Ja“", 1, 3, kind="direct", source=source)
    assert quote == Quote.at(
        "„Ja“",
        1,
        3,
        kind="direct",
        source=Source(name="Elon Musk", kind="person", aliases=("Musk",)),
    )
    assert len({quote, quote}) == 1
    assert source.aliases == ("Musk",)


def test_source_needs_a_name() -> None:
    with pytest.raises(ValueError, match="Length of 'name'"):
        Source(name="")


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2024", PartialDate(year=2024), "year"),
        ("2024-08", PartialDate(year=2024, month=8), "month"),
        ("2024-08-13", PartialDate(year=2024, month=8, day=13), "day"),
        ("2024-08-13T15:00:00+02:00", PartialDate(year=2024, month=8, day=13), "day"),
        (dt.date(2024, 2, 29), PartialDate(year=2024, month=2, day=29), "day"),
        (dt.datetime(2024, 2, 29, 12, 0), PartialDate(year=2024, month=2, day=29), "day"),
    ],
)
def test_partial_date_parse(value: object, expected: PartialDate, precision: str) -> None:
    parsed = PartialDate.parse(value)  # type: ignore[arg-type]
    assert parsed == expected
    assert parsed.precision == precision


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("13.08.2024", "not an ISO date"),
        ("2023-02-29", "day must be between 1 and 28"),
        ("2024-13", "month must be between 1 and 12"),
        ("", "not an ISO date"),
    ],
)
def test_partial_date_rejects_what_is_not_a_date(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(value)


def test_partial_date_needs_a_month_for_a_day() -> None:
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(year=2024, day=3)


@given(partial_dates)
def test_partial_date_iso_round_trip(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date
    assert (date.to_date() is not None) == (date.precision == "day")


def test_article_metadata_is_read_only() -> None:
    article = newsclaims.Article(text="x", metadata={"outlet": "taz"})
    with pytest.raises(TypeError):
        article.metadata["outlet"] = "zeit"  # type: ignore[index]
    assert article.published is None
    assert article.language == "de"
