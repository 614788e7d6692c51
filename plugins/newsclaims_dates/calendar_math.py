"""Calendar arithmetic for resolving time expressions: Easter, ISO weeks, month steps."""

from __future__ import annotations

import datetime as dt

__all__ = [
    "add_months",
    "easter_sunday",
    "first_advent",
    "iso_week",
    "nth_weekday",
    "shift_weekday",
]

#: Years a resolved value may have; beyond them arithmetic is refused, not wrapped.
MIN_YEAR, MAX_YEAR = 1, 9999


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).

    >>> easter_sunday(2024), easter_sunday(1995)
    (datetime.date(2024, 3, 31), datetime.date(1995, 4, 16))
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def first_advent(year: int) -> dt.date:
    """The first Sunday of Advent: the fourth Sunday before Christmas Day."""
    christmas = dt.date(year, 12, 25)
    # isoweekday: Monday 1 ... Sunday 7; the Sunday strictly before the 25th, minus three weeks
    last_sunday = christmas - dt.timedelta(days=christmas.isoweekday() % 7 or 7)
    return last_sunday - dt.timedelta(weeks=3)


def nth_weekday(year: int, month: int, n: int, weekday: int) -> dt.date | None:
    """The ``n``-th ISO ``weekday`` of a month (``n = -1``: the last), or ``None``."""
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``months`` (negative: back)."""
    index = year * 12 + (month - 1) + months
    return divmod(index, 12)[0], divmod(index, 12)[1] + 1


def iso_week(day: dt.date) -> tuple[int, int]:
    """The ISO year and week number of a day (2024-08-13 lies in 2024-W33)."""
    year, week, _ = day.isocalendar()
    return year, week


def shift_weekday(day: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` nearest to ``day`` in ``direction``.

    ``-1``: the latest such day on or before ``day``; ``1``: the earliest on or
    after it; ``0``: the one in the same ISO week.
    """
    if direction < 0:
        return day - dt.timedelta(days=(day.isoweekday() - weekday) % 7)
    if direction > 0:
        return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)
    return day + dt.timedelta(days=weekday - day.isoweekday())


def in_range(year: int) -> bool:
    """Whether ``year`` can be written as a four-digit ISO year."""
    return MIN_YEAR <= year <= MAX_YEAR
