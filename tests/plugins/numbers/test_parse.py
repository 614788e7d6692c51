"""The numeric parser: examples, and round trips through German digits and words."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import (
    german_decimal_words,
    german_decimals,
    german_integers,
    german_number_words,
)

from newsclaims_numbers import parse_fraction, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dreihundertfünfundzwanzigtausend", 325_000),
        # "eine" before a smaller scale (found by the num2words property)
        ("vierundfünfzig Milliarden eine Million", 54_001_000_000),
        ("eine Milliarde eine Million zweihundert", 1_001_000_200),
        ("einundzwanzig", 21),
        ("Einundzwanzig", 21),
        ("hundert", 100),
        ("einhunderteins", 101),
        ("tausend", 1000),
        ("zehntausend", 10_000),
        ("hunderteintausend", 101_000),
        ("dreihunderteinstausend", 301_000),  # as num2words writes it
        ("dreißig", 30),
        ("dreissig", 30),
        ("null", 0),
        ("eins", 1),
        ("eine Million", 1_000_000),
        ("zwei Milliarden fünf", 2_000_000_005),
        ("1.234.567,89", 1_234_567.89),
        ("1 234", 1234),
        ("1\u202f234\u202f567", 1_234_567),
        ("1'000'000", 1_000_000),
        ("5,-", 5),
        ("5,–", 5),
        ("20.–", 20),
        ("-0,4", -0.4),
        ("−7,5", -7.5),
        ("–2,3", -2.3),
        ("+3", 3),
        ("minus zwölf", -12),
        ("1,2 Millionen", 1_200_000),
        ("3,5 Mrd.", 3_500_000_000),
        ("200 Tsd.", 200_000),
        ("12 Mio", 12_000_000),
        ("zwei Drittel", 2 / 3),
        ("ein Drittel", 1 / 3),
        ("zwei Dutzend", 24),
        ("anderthalb", 1.5),
        ("eineinhalb", 1.5),
        ("zweieinhalb", 2.5),
        ("eine halbe Million", 500_000),
        ("zwei Komma fünf", 2.5),
        ("null Komma zwei fünf", 0.25),
        ("3.5", 3.5),
        ("1,234,567.5", 1_234_567.5),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Zweifel",
        "einfach",
        "Dreieck",
        "12.03.2024",
        "1.2.3",
        "drei Männer",
        "G7",
        "zweite",
        "Hunderte",
        "1" * 400,
    ],
)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_parse_fraction_is_exact() -> None:
    assert parse_fraction("zwei Drittel") == Fraction(2, 3)
    assert parse_fraction("1.234,5") == Fraction(12345, 10)


@given(german_integers())
def test_integers_in_german_digits_parse_back(case: tuple[str, int]) -> None:
    text, value = case
    assert parse_number(text) == float(value)


@given(german_decimals())
def test_decimals_in_german_digits_parse_back(case: tuple[str, Decimal]) -> None:
    text, value = case
    assert parse_number(text) == float(value)


@given(german_number_words)
def test_integers_in_german_words_parse_back(case: tuple[str, int]) -> None:
    text, value = case
    assert parse_number(text) == float(value)


@given(german_decimal_words)
def test_decimals_in_german_words_parse_back(case: tuple[str, Decimal]) -> None:
    text, value = case
    assert parse_number(text) == float(value)


@given(german_number_words)
def test_minus_before_words_negates(case: tuple[str, int]) -> None:
    text, value = case
    assert parse_number(f"minus {text}") == -float(value)


@given(st.text(max_size=60))
def test_any_text_gives_a_finite_number_or_none(text: str) -> None:
    value = parse_number(text)
    assert value is None or not math.isnan(value)
