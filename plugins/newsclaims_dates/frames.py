"""What the grammar reads from the words, before the reference date is applied.

The scanner turns "am vergangenen Montag" into a :class:`Frame` (a weekday,
one week back); the resolver turns the frame into a TIMEX3 value once it knows
the reference date, the tense of the clause and the dates named before.
Keeping the two apart lets one reading be resolved against any reference.
"""

from __future__ import annotations

import enum

import attrs

from newsclaims import TimexType

from .vocabulary import Holiday

__all__ = ["Frame", "Kind"]


class Kind(enum.Enum):
    """How a frame is resolved."""

    #: the value is known from the words alone (durations, sets, "2024", "199")
    FIXED = "fixed"
    #: a calendar date, perhaps without a year ("am 5. November", "im Juli")
    DATE = "date"
    #: a weekday ("am Montag"), perhaps with a part of the day
    WEEKDAY = "weekday"
    #: a unit counted from the reference or the last named day ("gestern", "Vorjahr")
    RELATIVE = "relative"
    #: a clock time on the day last named ("um 20 Uhr")
    CLOCK = "clock"
    #: a part of the day last named ("am Abend")
    DAYPART = "daypart"
    #: a season, quarter or half of a year ("im Herbst", "im ersten Quartal")
    PERIOD = "period"
    #: a holiday ("Ostern", "Weihnachten 2023")
    HOLIDAY = "holiday"
    #: a weekend without a modifier ("am Wochenende")
    WEEKEND = "weekend"


@attrs.frozen(kw_only=True)
class Frame:
    """One time expression as read: its span, its kind and the fields the words give."""

    start: int
    end: int
    kind: Kind
    type: TimexType = TimexType.DATE
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    #: part of the day: MO, MI, AF, EV, NI
    part: str | None = None
    #: season (SP, SU, FA, WI), quarter (Q1-Q4) or half (H1, H2)
    period: str | None = None
    #: RELATIVE: the unit (day, week, weekend, month, quarter, half, year)
    unit: str | None = None
    offset: int = 0
    #: "ref": count from the reference date; "last": from the day the text last named
    anchor: str = "ref"
    #: -1 before the reference, 1 after it, 0 in the same week; None: the tense decides
    direction: int | None = None
    #: which way to look when the clause has no tense ("seit Montag": -1, "ab Montag": 1)
    lean: int | None = None
    #: a year written with two digits ("5.11.24"): its century comes from the reference
    short_year: int | None = None
    #: "Mai dieses Jahres" (0), "August vorigen Jahres" (-1): the year relative to the reference
    year_offset: int | None = None
    holiday: Holiday | None = None
    mod: str | None = None
    #: the words name a year themselves (later dates without a year may take it)
    explicit_year: bool = False
    #: "Mittwoch vergangener Woche": the weekday lies in the week this many weeks from the reference's
    week_offset: int | None = None
    #: "vor fünfzig Jahren": the number of years a duration points back from the reference
    years_ago: int | None = None
    #: a SET that makes the times after it recur ("jeden Abend um 20 Uhr"); a rate
    #: ("pro Tag") or an adjective ("täglicher Bericht") does not
    recurring: bool = False
