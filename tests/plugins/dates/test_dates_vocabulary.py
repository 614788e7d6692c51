"""Integrity of the dates plugin's tables: every entry well-formed, reachable and correct."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
import regex

from newsclaims import TimexType
from newsclaims.lexicon import read_table
from newsclaims_dates import find_times
from newsclaims_dates.grammar_spans import UNIT_ORDER
from newsclaims_dates.resolve import holiday_date
from newsclaims_dates.verbs import verbs
from newsclaims_dates.vocabulary import vocabulary

TABLES = sorted(
    entry.name
    for entry in resources.files("newsclaims_dates").joinpath("data").iterdir()
    if entry.name.endswith(".tsv")
)
DURATION = regex.compile(
    r"P(?:[\dX.]+(?:Y|M|W|D|WE|Q|DE|CE|L))*(?:T(?:[\dX.]+(?:H|M|S|MO|AF|EV|NI))+)?"
)


def test_every_table_loads_with_a_header_and_unique_rows() -> None:
    assert len(TABLES) >= 10
    for name in TABLES:
        rows = read_table("newsclaims_dates", f"data/{name}")
        assert rows, name
        assert len({tuple(row.items()) for row in rows}) == len(rows), name


def test_the_vocabulary_covers_the_calendar() -> None:
    v = vocabulary()
    assert sorted(set(v.months.values())) == list(range(1, 13))
    assert sorted(set(v.weekdays.values())) == list(range(1, 8))
    assert set(v.seasons.values()) == {"SP", "SU", "FA", "WI"}
    assert set(v.units.values()) <= set(UNIT_ORDER)
    assert set(v.tense.values()) <= {
        "past", "future", "present", "perfect", "perfect-sein", "not-participle", "participle",
        "participle-infinitive", "subordinator", "not-past",
    }  # fmt: skip
    for word in v.months:
        assert word == word.lower()


def test_set_and_unit_values_are_timex_durations() -> None:
    v = vocabulary()
    for value in [*v.set_adverbs.values(), *v.set_units.values(), *v.unit_fractions.values()]:
        assert DURATION.fullmatch(value), value
    for unit in [
        *v.unit_adjectives.values(),
        *v.unit_lang.values(),
        *v.unit_vague_adjectives.values(),
    ]:
        assert unit in UNIT_ORDER, unit


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Ostern", 2024, "2024-03-31"),
        ("Ostern", 1995, "1995-04-16"),
        ("Karfreitag", 2025, "2025-04-18"),
        ("Pfingstmontag", 2024, "2024-05-20"),
        ("Christi Himmelfahrt", 2023, "2023-05-18"),
        ("Fronleichnam", 2024, "2024-05-30"),
        ("Rosenmontag", 2024, "2024-02-12"),
        ("Muttertag", 2024, "2024-05-12"),
        ("Buß- und Bettag", 2024, "2024-11-20"),
        ("Totensonntag", 2023, "2023-11-26"),
        ("Tag der Deutschen Einheit", 1990, "1990-10-03"),
        ("Heiligabend", 2021, "2021-12-24"),
    ],
)
def test_holidays_fall_on_their_day(name: str, year: int, day: str) -> None:
    holiday = vocabulary().holidays[name.lower()]
    assert str(holiday_date(holiday, year)) == day
    (found,) = find_times(f"Das war {name} {year}.")
    assert found.value == day


def test_every_holiday_is_found_and_dated_in_every_year() -> None:
    for holiday in vocabulary().holidays.values():
        for year in range(1900, 2101):
            day = holiday_date(holiday, year)
            assert day is not None
            assert day.year == year
        text = f"Zu {holiday.name} 2030 kam er."
        assert [t.text for t in find_times(text)] == [f"{holiday.name} 2030"], holiday.name


def test_every_month_and_weekday_word_is_read() -> None:
    v = vocabulary()
    for word, month in v.months.items():
        spelled = word.capitalize() + ("." if word in v.month_abbreviations else "")
        (found,) = find_times(f"Am 3. {spelled} 2020 regnete es.")
        assert found.value == f"2020-{month:02d}-03", word
    for word, weekday in v.weekdays.items():
        if word in v.weekday_abbreviations:
            continue
        (found,) = find_times(f"Am {word.capitalize()} hatte es geregnet.", "2024-08-14")
        value = dt.date.fromisoformat(found.value or "")
        assert value.isoweekday() == weekday, word


def test_every_relative_word_is_read() -> None:
    v = vocabulary()
    for word, relative in v.relative_words.items():
        if relative.anchor == "last":
            continue  # counted from a named day: covered by the example tests
        found = find_times(f"Das geschah {word} leider.", "2024-08-13")
        assert [t.text.lower() for t in found] == [word], word
        assert found[0].value is not None, word


def test_every_tense_word_is_lower_case_and_known_roles_are_consistent() -> None:
    v = vocabulary()
    for word, tense in v.tense.items():
        assert word == word.lower(), word
        if tense in ("participle", "participle-infinitive"):
            assert word.endswith(("en", "t")), word
        if tense == "not-past":
            # listed because the form rules would take it for a weak Präteritum
            assert word.endswith(("te", "ten")), word


def test_verb_prefixes_and_state_participles_are_consistent() -> None:
    v = vocabulary()
    reader = verbs(v)
    assert {"unter", "durch"} <= set(v.separable_prefixes) & set(v.inseparable_prefixes)
    assert "ge" not in v.inseparable_prefixes  # "ge" + "schlossen" is a participle
    for prefix in (*v.separable_prefixes, *v.inseparable_prefixes):
        assert prefix == prefix.lower(), prefix
        assert prefix.isalpha(), prefix
    for word in v.state_participles:
        assert reader.is_participle(word) or v.tense.get(word) == "participle-infinitive", word
    # a Präteritum behind each prefix is read as one
    for prefix in v.separable_prefixes:
        assert reader.role(prefix + "stellte") == "past", prefix


def test_every_set_adverb_is_read() -> None:
    for word, value in vocabulary().set_adverbs.items():
        (found,) = find_times(f"Das erscheint {word}.")
        assert (found.type, found.value) == (TimexType.SET, value), word
