"""Properties of the dates plugin that must hold for any date, duration and text."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import (
    DATE_STYLES,
    DURATION_UNITS,
    GERMAN_MONTHS,
    any_text,
    calendar_days,
    duration_amounts,
    group_ages,
    listing_items,
    partial_dates,
    render_date,
)

from newsclaims import PartialDate, TimexType
from newsclaims.testing import assert_spans_valid
from newsclaims_dates import find_times
from newsclaims_dates.grammar import grammar

# The shapes a TIMEX3 value of this plugin may take.
TIMEX_VALUE = regex.compile(
    r"\d{2,4}(?:-(?:\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|MI|AF|EV|NI))?)?|W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
    r"|P(?:[\dX.]+(?:Y|M|W|D|DE|CE|L|Q|WE))*(?:T(?:[\dX.]+(?:H|M|S|MO|AF|EV|NI))+)?"
    r"|XXXX-(?:WXX-\d(?:T(?:MO|MI|AF|EV|NI))?|XX-XXT(?:MO|MI|AF|EV|NI|\d\d:\d\d)|\d\d(?:-\d\d)?"
    r"|SP|SU|FA|WI)"
    r"|(?:PAST|PRESENT|FUTURE)_REF"
)


@pytest.fixture(autouse=True, scope="module")
def _built_grammar() -> None:
    """Build the grammar before Hypothesis starts its clock."""
    grammar()


def days_of(text: str, reference: dt.date | None = None) -> list[str | None]:
    found = find_times(text, reference)
    assert_spans_valid(text, found)
    return [t.value for t in found]


@given(calendar_days, st.sampled_from(DATE_STYLES), st.none() | calendar_days)
def test_any_date_in_any_format_parses_back_to_itself(
    day: dt.date, style: str, reference: dt.date | None
) -> None:
    text = f"Das geschah am {render_date(day, style)} in Berlin."
    assert days_of(text, reference) == [day.isoformat()]


@given(calendar_days)
def test_a_month_with_its_year_parses_back(day: dt.date) -> None:
    month = GERMAN_MONTHS[day.month - 1]
    assert days_of(f"Im {month} {day.year} wurde gewählt.") == [f"{day.year:04d}-{day.month:02d}"]


@given(st.dates(min_value=dt.date(1901, 1, 10), max_value=dt.date(2099, 12, 20)))
def test_relative_days_agree_with_each_other(day: dt.date) -> None:
    one = dt.timedelta(days=1)
    assert days_of("Vorgestern regnete es.", day) == days_of("Gestern regnete es.", day - one)
    assert days_of("Übermorgen wird gewählt.", day) == days_of("Morgen wird gewählt.", day + one)
    assert days_of("Heute wird gewählt.", day) == [day.isoformat()]
    assert days_of("Gestern regnete es.", day) == [(day - one).isoformat()]


@given(st.dates(min_value=dt.date(1901, 1, 10), max_value=dt.date(2099, 12, 20)))
def test_relative_weeks_and_years_follow_the_calendar(day: dt.date) -> None:
    last_week = (day - dt.timedelta(weeks=1)).isocalendar()
    assert days_of("Vergangene Woche sagte er ab.", day) == [
        f"{last_week[0]:04d}-W{last_week[1]:02d}"
    ]
    assert days_of("Im Vorjahr war es anders.", day) == [f"{day.year - 1:04d}"]
    assert days_of("Nächstes Jahr wird es anders.", day) == [f"{day.year + 1:04d}"]


@given(st.dates(min_value=dt.date(1901, 1, 10), max_value=dt.date(2099, 12, 20)), st.integers(1, 7))
def test_a_weekday_in_the_past_lies_in_the_week_before(day: dt.date, weekday: int) -> None:
    name = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    (value,) = days_of(f"Am {name[weekday - 1]} hatte er gesprochen.", day)
    assert value is not None
    found = dt.date.fromisoformat(value)
    assert found.isoweekday() == weekday
    assert dt.timedelta(0) <= day - found < dt.timedelta(weeks=1)


@given(duration_amounts, st.sampled_from(DURATION_UNITS))
def test_durations_parse_back_to_the_iso_duration(
    amount: tuple[str, int], unit: tuple[str, str, bool]
) -> None:
    words, number = amount
    german, code, clock = unit
    text = f"Die Arbeit dauerte {words} {german}, dann war Schluss."
    found = find_times(text)
    assert [(t.type, t.value) for t in found] == [
        (TimexType.DURATION, f"PT{number}{code}" if clock else f"P{number}{code}")
    ]


@settings(max_examples=300, deadline=None)
@given(any_text, st.none() | partial_dates)
def test_any_text_gives_valid_ordered_expressions(text: str, reference: PartialDate | None) -> None:
    found = find_times(text, reference, vague=True)
    assert_spans_valid(text, found)
    assert [t.start for t in found] == sorted(t.start for t in found)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start
    for expression in found:
        assert expression.value is None or TIMEX_VALUE.fullmatch(expression.value), expression


DAY_WORDS = ("heute", "gestern", "morgen", "vorgestern", "montag", "dienstag", "freitag")


@settings(deadline=None)
@given(
    st.lists(st.sampled_from([*DAY_WORDS, "am", "vergangene Woche", "um 20 Uhr", "im Juli", "."])),
    partial_dates,
)
def test_a_coarse_reference_never_invents_a_day(words: list[str], reference: PartialDate) -> None:
    text = " ".join(words)
    coarse = PartialDate(year=reference.year, month=reference.month)
    for expression in find_times(text, coarse):
        value = expression.value or ""
        assert len(value) < 10, expression  # no day: the reference does not know it
        if expression.text.lower().startswith(DAY_WORDS):
            assert expression.value is None


@given(group_ages(), st.sampled_from(["Geimpft werden", "Betroffen sind", "Es gilt für"]))
def test_the_age_of_a_group_is_no_duration(age: str, opening: str) -> None:
    text = f"{opening} {age}."
    assert find_times(text, "2024-08-13") == [], text


@given(listing_items(), st.integers(0, 7), calendar_days)
def test_a_listing_item_does_not_take_the_day_of_another(
    items: list[tuple[str, int]], moved: int, reference: dt.date
) -> None:
    """One item names a later day; the clock times of the other items stay on the reference day.

    (A listing needs three items without a verb: the strategy draws at least four.)
    """
    moved %= len(items)
    later = reference + dt.timedelta(days=10)
    texts = [text for text, _ in items]
    texts[moved] = (
        f"Bozen: Sperrmüllfest wird auf den {later.day}. {GERMAN_MONTHS[later.month - 1]} verschoben."
    )
    found = find_times(" ".join(texts), reference)
    clocks = [t for t in found if t.type is TimexType.TIME]
    hours = [hour for index, (_, hour) in enumerate(items) if index != moved]
    assert [t.value[:13] if t.value else None for t in clocks] == [
        f"{reference.isoformat()}T{hour:02d}" for hour in hours
    ]
