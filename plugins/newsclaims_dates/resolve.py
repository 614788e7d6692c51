"""From frames to TIMEX3 values: apply the reference date, the tense and the dates named before.

The reference date may be known to the day, the month or only the year.  A
frame is resolved only as far as the reference allows: "im Juli" needs the
reference month to tell this July from the last, "gestern" needs the day.
What cannot be resolved gets the value ``None``, never a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

import attrs

from newsclaims import PartialDate, TimeExpression, TimexType

from .calendar_math import (
    add_months,
    easter_sunday,
    first_advent,
    in_range,
    iso_week,
    nth_weekday,
    shift_weekday,
)
from .frames import Frame, Kind
from .numbers import year_of
from .tense import Tense
from .vocabulary import Holiday

__all__ = ["Resolver"]

# A past tense with a date up to this many months after the reference keeps
# the reference year: "eine für September vereinbarte Debatte" (written in
# August) is this September, an appointment made in the past.
PAST_TOLERANCE = 1

# how far before the reference a day may lie to be the day of reported speech
SPEECH_WINDOW = dt.timedelta(days=7)

# how far after a recurring time ("jeden Abend") a clock time recurs with it, in characters
SET_REACH = 100

SEASON_ORDER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
# the season a month falls in (winter counts with the December that starts it)
MONTH_SEASON = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 4}


def _day(value: dt.date) -> str:
    return value.isoformat()


def holiday_date(holiday: Holiday, year: int) -> dt.date | None:
    """The date of a holiday in ``year`` (``None`` when the rule gives none)."""
    if not in_range(year) or not 1583 <= year <= 9999:
        return None  # the Gregorian rules do not reach further back
    if holiday.rule == "fixed":
        month, day = (int(part) for part in holiday.arg.split("-"))
        return dt.date(year, month, day)
    if holiday.rule == "easter":
        return easter_sunday(year) + dt.timedelta(days=int(holiday.arg))
    if holiday.rule == "advent":
        return first_advent(year) + dt.timedelta(days=int(holiday.arg))
    month, n, weekday = (int(part) for part in holiday.arg.split(":"))
    return nth_weekday(year, month, n, weekday)


@attrs.define
class Resolver:
    """Resolves the frames of one text in order, remembering the days it names.

    ``tense`` gives the tense of the clause around a frame.  ``last_day`` is the
    day the text named last ("am 2. März 2009 ... am nächsten Tag"): clock
    times, parts of the day and "Tags darauf" count from it.
    """

    text: str
    reference: PartialDate | None
    tense: Callable[[Frame], Tense | None]
    #: the sentence a frame lies in (any key that differs between sentences)
    sentence: Callable[[Frame], int]
    #: whether a frame lies in direct speech that was uttered before the reference day
    reported: Callable[[Frame], bool] = lambda frame: False
    #: whether a frame lies in an item of a listing ("Bozen: Konzert, im Waltherhaus, 20 Uhr."):
    #: such an item takes its day from itself, not from the items before it
    item: Callable[[Frame], bool] = lambda frame: False
    last_day: dt.date | None = None
    #: the day "Tags darauf", "am Vortag" count from: the last day named outright
    base_day: dt.date | None = None
    #: a day named by "heute", "gestern", "morgen" and the sentence naming it
    deictic_day: tuple[int, dt.date] | None = None
    #: the last month the text named with its year ("im März 1992")
    named_month: tuple[int, int] | None = None
    #: the sentence of the day named last
    last_day_sentence: int | None = None
    #: the sentence and end of the last recurring time ("jeden Abend", "jedes Jahr")
    last_set: tuple[int, int] | None = None
    #: whether a frame with a year of its own makes its sentence speak of that year
    #: (not "seit 2010", not "der 1960 geborene")
    year_source: Callable[[Frame], bool] = lambda frame: True
    #: the year the current sentence speaks of ("im Jahr 2021 ... bis Mitte Januar")
    sentence_year: tuple[int, int] | None = None
    #: whether a date is what something has lasted since ("seit Mitte Juli")
    since: Callable[[Frame], bool] = lambda frame: False

    @property
    def reference_day(self) -> dt.date | None:
        return None if self.reference is None else self.reference.to_date()

    def resolve_all(self, frames: Iterable[Frame]) -> list[TimeExpression]:
        ordered = list(frames)
        found = []
        for index, frame in enumerate(ordered):
            following = ordered[index + 1] if index + 1 < len(ordered) else None
            start = frame
            if following is not None and _range_pair(self.text, frame, following):
                start = self._range_start(frame, following)
            found.append(self.resolve(start))
        return found

    def _range_start(self, first: Frame, second: Frame) -> Frame:
        """ "zwischen Juni und Oktober wurden ...": the start of a range lies in the year
        of its end (or the year before it, "zwischen Dezember und Januar")."""
        if not _bare_month(second) or first.month is None or second.month is None:
            return first
        year = self._year_of(second, second.month, second.day)
        if year is None:
            return first
        return attrs.evolve(first, year=year if first.month <= second.month else year - 1)

    def resolve(self, frame: Frame) -> TimeExpression:
        value = self._generic(frame) if self._in_set(frame) else self._value(frame)
        if frame.type is TimexType.SET:
            if frame.recurring:
                self.last_set = (self.sentence(frame), frame.end)
            return TimeExpression.at(
                self.text, frame.start, frame.end, type=frame.type, value=value, mod=frame.mod
            )
        if frame.kind is Kind.DATE and frame.explicit_year and frame.month and value:
            self.named_month = (int(value[:4]), frame.month)
        self._note_year(frame, value)
        if value is not None and frame.kind is not Kind.FIXED and len(value) >= 10:
            try:
                day = dt.date.fromisoformat(value[:10])
            except ValueError:
                day = None
            if day is None or frame.kind is Kind.CLOCK or self._in_set(frame):
                pass
            elif frame.kind is Kind.HOLIDAY:
                # a holiday, often a mere name, anchors the clock times of its own sentence only
                self.deictic_day = (self.sentence(frame), day)
            elif frame.kind is Kind.RELATIVE and frame.anchor == "ref":
                # "heute ab 15 Uhr, morgen von 10 bis 15 Uhr": in its sentence the day
                # counted from today goes before the day named last; the narrative then
                # goes on from it ("morgen beginnt die Konferenz. Am Abend ...")
                self.deictic_day = (self.sentence(frame), day)
                self.last_day, self.last_day_sentence = day, self.sentence(frame)
            else:
                self.last_day, self.deictic_day = day, None
                self.last_day_sentence = self.sentence(frame)
                if frame.kind is not Kind.RELATIVE:
                    # "am Tag zuvor ... vom Vortag": days counted from the named
                    # day refer back to it and do not move it
                    self.base_day = day
        return TimeExpression.at(
            self.text, frame.start, frame.end, type=frame.type, value=value, mod=frame.mod
        )

    def _note_year(self, frame: Frame, value: str | None) -> None:
        """Remember the year a sentence speaks of: "im Sommer 2015", "vor fünfzig Jahren"."""
        year = None
        if frame.years_ago is not None and self.reference is not None:
            year = self.reference.year - frame.years_ago
        elif (
            frame.explicit_year
            and value
            and value[:4].isdigit()
            and frame.mod is None
            and self.year_source(frame)
        ):
            year = int(value[:4])
        if year is not None and in_range(year):
            self.sentence_year = (self.sentence(frame), year)

    def _year_in_sentence(self, frame: Frame) -> int | None:
        """The year named before in the sentence of a date that gives none of its own.

        "im Sommer 2015 ... bis Ende Juni".  Never against the tense ("der
        Vertrag von 2015 soll am 18. Oktober auslaufen"), nor for a date counted
        from now ("seit Mitte Juli").  The year of an earlier sentence is not
        carried over: in news the sentence after a look back is as often about
        the present again.
        """
        if (
            self.sentence_year is None
            or frame.year_offset is not None
            or frame.direction is not None
            or self.since(frame)
            or self.sentence_year[0] != self.sentence(frame)
        ):
            return None
        year = self.sentence_year[1]
        reference = self.reference
        if reference is not None:
            tense = self.tense(frame)
            if (tense == "future" and year < reference.year) or (
                tense == "past" and year > reference.year
            ):
                return None
        return year

    def _in_set(self, frame: Frame) -> bool:
        """Whether a time without a year follows a recurring time in its sentence.

        "jeden Abend um 19.30 Uhr", "Jedes Jahr, am 28. Dezember, läuten die
        Glocken": the clock time and the day recur with it, they name no
        single day.
        """
        if self.last_set is None or frame.kind not in (Kind.CLOCK, Kind.DAYPART, Kind.DATE):
            return False
        if frame.kind is Kind.DATE and (
            frame.day is None or frame.explicit_year or frame.year_offset is not None
        ):
            return False
        sentence, end = self.last_set
        return sentence == self.sentence(frame) and 0 <= frame.start - end <= SET_REACH

    def _generic(self, frame: Frame) -> str | None:
        """The value of a time that recurs: no year, month or day of its own."""
        if frame.kind is Kind.CLOCK:
            return f"XXXX-XX-XXT{frame.hour:02d}:{frame.minute:02d}"
        if frame.kind is Kind.DAYPART:
            return f"XXXX-XX-XXT{frame.part}"
        return f"XXXX-{frame.month:02d}-{frame.day:02d}"

    # --- the kinds -------------------------------------------------------------------

    def _value(self, frame: Frame) -> str | None:
        if frame.kind is Kind.FIXED:
            return frame.value
        if frame.kind is Kind.DATE:
            return self._date(frame)
        if frame.kind is Kind.WEEKDAY:
            return self._weekday(frame)
        if frame.kind is Kind.RELATIVE:
            return self._relative(frame)
        if frame.kind is Kind.CLOCK:
            day = self._anchor_day(frame)
            if day is None:
                return None
            return f"{_day(day)}T{frame.hour:02d}:{frame.minute:02d}"
        if frame.kind is Kind.DAYPART:
            day = self._anchor_day(frame)
            return None if day is None else f"{_day(day)}T{frame.part}"
        if frame.kind is Kind.PERIOD:
            return self._period(frame)
        if frame.kind is Kind.HOLIDAY:
            return self._holiday(frame)
        return self._weekend(frame)

    def _anchor_day(self, frame: Frame) -> dt.date | None:
        """The day a clock time or a part of the day belongs to: the day named last.

        Unless the tense contradicts it: "Der Bundestag wird am 12. September
        abstimmen. Um 14.30 Uhr sprach der Minister." speaks of today.
        """
        if self.deictic_day is not None and self.deictic_day[0] == self.sentence(frame):
            return self.deictic_day[1]
        today = self.reference_day
        named = self.last_day
        if self.last_day_sentence == self.sentence(frame):
            return named  # "berichtete am 29. April um 9.53 Uhr": the day its sentence names
        if self.item(frame):
            return today
        if named is None or today is None:
            return named or today
        tense = self.tense(frame)
        if (tense == "past" and named > today) or (tense == "future" and named < today):
            return today
        return named

    def _written_year(self, frame: Frame) -> int | None:
        """The year the text writes, its century completed for two digits ("5.11.24")."""
        if frame.short_year is not None:
            return year_of(
                f"{frame.short_year:02d}", self.reference.year if self.reference else None
            )
        return frame.year

    def _year_of(self, frame: Frame, month: int | None, day: int | None) -> int | None:
        """The year of a date the text gives without one."""
        if self._written_year(frame) is not None:
            return self._written_year(frame)
        in_sentence = self._year_in_sentence(frame)
        if in_sentence is not None:
            # "im Sommer 2015 alleine bis Ende Juni", "vor fünfzig Jahren ... der 8. Mai"
            return in_sentence
        named = self.named_month
        if (
            day is not None
            and frame.year_offset is None
            and named is not None
            and named[1] == month
        ):
            # "Im März 1992 betrat ich ... am 5. März": a day of the month the
            # text named with its year lies in that month
            return named[0]
        reference = self.reference
        if reference is None:
            return None
        if frame.year_offset is not None:
            return reference.year + frame.year_offset
        if month is None or reference.month is None:
            return None
        if frame.direction is not None:
            # "vergangenen März", "kommenden Mai": the nearest one that way
            if frame.direction < 0:
                return reference.year if month < reference.month else reference.year - 1
            return reference.year if month > reference.month else reference.year + 1
        tense = self.tense(frame)
        # "seit Mitte Juli" cannot lie ahead; a plan made in the past may ("für September")
        tolerance = 0 if self.since(frame) else PAST_TOLERANCE
        if tense == "past" and month > reference.month + tolerance:
            return reference.year - 1
        earlier = (month, day or 0) < (reference.month, reference.day or 0)
        # a month-precision reference cannot place a day of its own month before it
        if tense == "future" and earlier and (day is not None or month != reference.month):
            return reference.year + 1
        return reference.year

    def _date(self, frame: Frame) -> str | None:
        year = self._year_of(frame, frame.month, frame.day)
        if year is None or not in_range(year):
            return None
        if frame.weekday is not None and frame.day is not None and frame.month is not None:
            year = self._year_of_weekday(frame, year)
        if frame.month is None:
            return f"{year:04d}"
        if frame.day is None:
            return f"{year:04d}-{frame.month:02d}"
        try:
            return _day(dt.date(year, frame.month, frame.day))
        except ValueError:
            return None  # 29 February in a year without it

    def _year_of_weekday(self, frame: Frame, year: int) -> int:
        """ "Donnerstag, 27. August" without a year: the nearest year in which it is a Thursday.

        The year the tense chose wins when its day fits; a year the text wrote is
        never changed.
        """
        month, day_of_month, weekday = frame.month, frame.day, frame.weekday
        if month is None or day_of_month is None or weekday is None:
            return year
        if frame.explicit_year or frame.year is not None or frame.short_year is not None:
            return year
        for candidate in (year, year - 1, year + 1):
            try:
                day = dt.date(candidate, month, day_of_month)
            except ValueError:
                continue
            if day.isoweekday() == weekday:
                return candidate
        return year

    def _weekday(self, frame: Frame) -> str | None:
        today = self.reference_day
        if today is None or frame.weekday is None:
            return None
        if frame.week_offset is not None:
            # "Mittwoch vergangener Woche": the weekday of that week
            day = shift_weekday(today + dt.timedelta(weeks=frame.week_offset), frame.weekday, 0)
        elif frame.direction is not None:
            # "vergangenen Montag", "kommenden Montag": never the reference day itself
            step = dt.timedelta(days=frame.direction)
            day = shift_weekday(today + step, frame.weekday, frame.direction)
        elif (self.tense(frame) or ("past" if frame.lean == -1 else None)) == "past":
            day = shift_weekday(today, frame.weekday, -1)
        else:
            # German speaks of the coming days in the present: "Am Sonntag sind Wahlen"
            day = shift_weekday(today, frame.weekday, 1)
        day += dt.timedelta(days=frame.offset)  # "in der Nacht auf Donnerstag": Wednesday night
        return _day(day) + (f"T{frame.part}" if frame.part else "")

    def _relative(self, frame: Frame) -> str | None:
        unit, offset = frame.unit, frame.offset
        base_day = self.reference_day
        if frame.anchor == "last" and self.base_day is not None:
            base_day = self.base_day
        elif unit == "day":
            base_day = self._speech_day(frame) or base_day
        reference = self.reference
        if unit == "day":
            if base_day is None:
                return None
            day = base_day + dt.timedelta(days=offset)
            return _day(day) + (f"T{frame.part}" if frame.part else "")
        if unit in {"week", "weekend"}:
            if base_day is None:
                return None
            year, week = iso_week(base_day + dt.timedelta(weeks=offset))
            return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
        if reference is None:
            return None
        base_year = base_day.year if frame.anchor == "last" and base_day else reference.year
        if unit == "year":
            year = base_year + offset
            return f"{year:04d}" if in_range(year) else None
        base_month = base_day.month if frame.anchor == "last" and base_day else reference.month
        if base_month is None:
            return None
        if unit == "month":
            year, month = add_months(base_year, base_month, offset)
            return f"{year:04d}-{month:02d}" if in_range(year) else None
        size = 3 if unit == "quarter" else 6
        index = (base_year * 12 + base_month - 1) // size + offset
        year, part = divmod(index, 12 // size)
        if not in_range(year):
            return None
        return f"{year:04d}-{'Q' if unit == 'quarter' else 'H'}{part + 1}"

    def _speech_day(self, frame: Frame) -> dt.date | None:
        """The day a quotation was spoken, when it was not the reference day.

        „Die beiden sind heute Abend live.“ in a message sent on the Monday the
        text named: "heute" is that Monday.  Only a day named shortly before the
        reference counts, and only for speech reported in the past tense.
        """
        today, named = self.reference_day, self.base_day
        if today is None or named is None or not today - SPEECH_WINDOW <= named < today:
            return None
        return named if self.reported(frame) else None

    def _period(self, frame: Frame) -> str | None:
        period = frame.period or ""
        year = self._written_year(frame)
        if year is None:
            year = self._year_in_sentence(frame)
        reference = self.reference
        if year is None and reference is not None:
            if frame.year_offset is not None:
                year = reference.year + frame.year_offset
            elif reference.month is not None:
                year = self._period_year(frame, period, reference.year, reference.month)
        if year is None or not in_range(year):
            return None
        return f"{year:04d}-{period}"

    def _period_year(self, frame: Frame, period: str, year: int, month: int) -> int:
        """The year of a season, quarter or half the text gives without one."""
        if period in SEASON_ORDER:
            # A season without a modifier is the reference year's, whatever the
            # tense ("im Sommer" in September is this summer; KRAUTS writes
            # 2014-WI for "diesem Winter" in March 2014).
            if frame.direction is None:
                return year
            here, now = SEASON_ORDER[period], MONTH_SEASON[month] or 4
        else:
            size = 3 if period.startswith("Q") else 6
            here, now = int(period[1]), (month - 1) // size + 1
        direction = frame.direction
        if direction is None:
            tense = self.tense(frame)
            direction = -1 if tense == "past" else 1 if tense == "future" else 0
        if direction < 0 and (here > now or (here == now and frame.direction is not None)):
            return year - 1
        if direction > 0 and (here < now or (here == now and frame.direction is not None)):
            return year + 1
        return year

    def _holiday(self, frame: Frame) -> str | None:
        assert frame.holiday is not None
        year = frame.year
        today = self.reference_day
        if year is None:
            if today is None:
                return None
            year = today.year
            this_year = holiday_date(frame.holiday, year)
            tense = self.tense(frame)
            if this_year is not None:
                if tense == "past" and this_year > today:
                    year -= 1
                elif tense == "future" and this_year < today:
                    year += 1
        day = holiday_date(frame.holiday, year)
        return None if day is None else _day(day)

    def _weekend(self, frame: Frame) -> str | None:
        today = self.reference_day
        if today is None:
            return None
        tense = self.tense(frame)
        saturday = shift_weekday(today, 6, 0)
        if tense == "past" and today.isoweekday() < 6:
            saturday -= dt.timedelta(weeks=1)
        year, week = iso_week(saturday)
        return f"{year:04d}-W{week:02d}-WE"


def resolve(
    text: str,
    frames: Iterable[Frame],
    reference: PartialDate | None,
    *,
    tense: Callable[[Frame], Tense | None],
    sentence: Callable[[Frame], int],
    reported: Callable[[Frame], bool],
    item: Callable[[Frame], bool] = lambda frame: False,
    year_source: Callable[[Frame], bool] = lambda frame: True,
    since: Callable[[Frame], bool] = lambda frame: False,
) -> list[TimeExpression]:
    """Resolve ``frames`` of ``text`` in text order."""
    resolver = Resolver(
        text=text,
        reference=reference,
        tense=tense,
        sentence=sentence,
        reported=reported,
        item=item,
        year_source=year_source,
        since=since,
    )
    return resolver.resolve_all(_ranges_share_years(text, list(frames)))


# what may join the two months of a range: "von September bis November 2015"
RANGE_LINKS = frozenset({"bis", "und", "oder", "-", "–", "/", "bis zum", "bis Ende", "bis Anfang"})


def _bare_month(frame: Frame) -> bool:
    """A date with a month that says nothing of its year ("im Juni", "am 5. Juni")."""
    return (
        frame.kind is Kind.DATE
        and frame.month is not None
        and frame.year is None
        and frame.short_year is None
        and frame.year_offset is None
        and frame.direction is None
    )


def _range_pair(text: str, first: Frame, second: Frame) -> bool:
    """Whether two dates are the ends of one range ("von September bis November")."""
    if not _bare_month(first) or second.kind is not Kind.DATE or second.month is None:
        return False
    return " ".join(text[first.end : second.start].split()) in RANGE_LINKS


def _ranges_share_years(text: str, frames: list[Frame]) -> list[Frame]:
    """A month without a year takes the year the month that closes its range writes.

    "von September bis November 2015", "zwischen März und Mai 2019": the later
    end writes the year of both.
    """
    shared = list(frames)
    for index in range(len(frames) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if (
            _range_pair(text, first, second)
            and second.year is not None
            and second.explicit_year
            and first.month is not None
            and first.month <= (second.month or 12)
        ):
            shared[index] = attrs.evolve(first, year=second.year)
    return shared


def is_vague(expression: TimeExpression) -> bool:
    """Whether the expression is a vague reference (PAST_REF, PRESENT_REF, FUTURE_REF)."""
    return expression.type is TimexType.DATE and (expression.value or "").endswith("_REF")
