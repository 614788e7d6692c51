"""Adversarial input finishes in linear time (a quadratic scan would take minutes)."""

from __future__ import annotations

import time

import pytest

from newsclaims_numbers import find_quantities, parse_number

#: Generous for a shared CI machine; the inputs below take well under a second each.
BUDGET_SECONDS = 10.0


def _timed(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    found = find_quantities(text)
    return time.perf_counter() - start, len(found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1." + "234." * 66_666 + "567", id="200k digits with dots"),
        pytest.param("1 " + "234 " * 66_666 + "567", id="200k digits with spaces"),
        pytest.param("1-" * 100_000, id="a chain of ranges"),
        pytest.param("1:" * 100_000, id="a chain of scores"),
        pytest.param("(" * 200_000 + "5", id="open brackets"),
        pytest.param("dreihundertfünfundzwanzigtausend" * 32_000, id="a 1 MB number word"),
        pytest.param("ein " * 250_000, id="articles"),
        pytest.param("- " * 500_000, id="dashes"),
        pytest.param("x" * 1_000_000, id="one long word"),
    ],
)
def test_adversarial_input_is_scanned_quickly(text: str) -> None:
    seconds, _ = _timed(text)
    assert seconds < BUDGET_SECONDS


def test_a_megabyte_line_of_number_words() -> None:
    text = "rund dreihundertfünfundzwanzigtausend Menschen und " * 20_000  # about 1 MB
    seconds, found = _timed(text)
    assert found == 20_000
    assert seconds < BUDGET_SECONDS


def test_parse_number_on_huge_input() -> None:
    assert parse_number("9" * 200_000) is None
    assert parse_number("zwei" * 100_000) is None
