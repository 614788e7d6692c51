"""Adversarial input finishes in linear time: no pattern backtracks, no step rescans the text.

Each input is built to hit one code path as often as possible (a trigger on
every word, an unclosed quotation mark, a "sentence" of a megabyte).  A
quadratic step would take minutes on these sizes; the test allows seconds,
and checks that four times the input takes well under sixteen times as long.
"""

from __future__ import annotations

import time

import pytest

from newsclaims_dates import find_times
from newsclaims_dates.grammar import grammar

PATTERNS = {
    "every word a trigger": "am Montag um 20 Uhr seit drei Jahren ",
    "numbers that are almost dates": "1. 12.12. 2:1 ",
    "an unclosed quotation": "„heute gestern morgen ",
    "straight quotes": '"heute" ',
    "a sentence without end": "wird Montag hatte Juli ",
    "thousands separators": "1.000.",
    "ranges that never close": "zwei bis 1990-",
    "names that block times": "Welt am Sonntag ",
    "parentheses that never close": "hat am Montag (gesagt ",
    "quoted titles inside a clause": "der „Titel“ wurde am Montag ",
    "relative clauses without end": "Die Zahl, die am Montag stieg, am Dienstag ",
    "weak verbs and adjectives": "billigte die geplante verbesserte am Montag ",
    "ages of groups": "Kinder unter 12 Jahren zwischen 18 und ",
    "listing items": "Bozen: Konzert, 20 Uhr. Linz: auf den 7. Dezember ",
    "recurring times": "jeden Abend um 19 Uhr am 5. Mai ",
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    find_times(text, "2024-08-13", vague=True)
    return time.perf_counter() - start


@pytest.fixture(autouse=True, scope="module")
def _built_grammar() -> None:
    grammar()


@pytest.mark.parametrize("unit", list(PATTERNS.values()), ids=list(PATTERNS))
def test_adversarial_input_scales_linearly(unit: str) -> None:
    small = unit * (40_000 // len(unit))
    large = unit * (160_000 // len(unit))
    small_time = min(seconds(small) for _ in range(2))
    large_time = seconds(large)
    assert large_time < 8.0, f"{len(large)} characters took {large_time:.1f} s"
    # four times the text: linear work takes about four times as long,
    # quadratic work sixteen times
    assert large_time < 10 * small_time + 0.5


def test_a_huge_line_without_triggers_is_fast() -> None:
    line = "Das ist ein sehr langer Satz ohne Ende " * 50_000  # 2 MB, one line
    assert seconds(line) < 8.0


def test_odd_unicode_and_huge_numbers_do_not_crash() -> None:
    text = "\u202e5. März\u200b2024\ufeff " + "9" * 100_000 + " \x00am 31.02.2024 um 25:99 Uhr"
    found = find_times(text, "2024-08-13")
    assert all(text[t.start : t.end] == t.text for t in found)
    assert "31.02.2024" not in [t.text for t in found]
