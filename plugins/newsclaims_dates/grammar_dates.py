"""Grammar rules for named points on the calendar: dates, months, years, decades, centuries.

Each builder reads one rule's match and checks its context; it returns the
frames, or ``None`` when the words are not a time here (a count, a name).
"""

from __future__ import annotations

import regex

from .frames import Frame, Kind
from .grammar_base import (
    DAY,
    YEAR4,
    Words,
    capitalised,
    fold,
    frame,
    plausible_year,
    valid_day,
)
from .numbers import ordinal
from .patterns import END, SP, alternation
from .scanner import Context, Rule

__all__ = ["date_rules"]

# what may stand between two months of a range or a list ("Juli und August")
MONTH_LINKS = frozenset({"und", "oder", "bis", "-", "–", "/", ","})


def date_rules(w: Words) -> list[Rule]:
    """The rules for dates, months, years, decades and centuries."""
    v = w.v

    def build_date_text(match: regex.Match[str], context: Context) -> list[Frame] | None:
        day, month = int(match["d"]), w.month_of(match["mon"])
        year, year_offset = w.year_fields(match)
        if match["wd"] and not capitalised(match["wd"]):
            return None
        if not valid_day(day, month, year):
            return None
        weekday = (
            w.weekday_of(match["wd"]) if match["wd"] else apposed_weekday(match.end(), context)
        )
        return [
            frame(
                match, kind=Kind.DATE, year=year, month=month, day=day, weekday=weekday,
                year_offset=year_offset, explicit_year=year is not None,
            )
        ]  # fmt: skip

    def build_date_numeric(match: regex.Match[str], context: Context) -> list[Frame] | None:
        day, month = int(match["d"]), int(match["m"])
        digits = match["y"] or ""
        year = int(digits) if len(digits) == 4 else None
        short_year = int(digits) if len(digits) == 2 else None
        if match["wd"] and not capitalised(match["wd"]):
            return None
        if not digits and not match["wd"]:
            # "am 3.4.": without a year, only where a date is expected
            before = fold(context.word_before(match.start()))
            if before not in v.context["date-before"] and before not in v.weekdays:
                return None
        if not valid_day(day, month, year):
            return None
        weekday = w.weekday_of(match["wd"]) if match["wd"] else None
        return [
            frame(
                match, kind=Kind.DATE, year=year, short_year=short_year, month=month, day=day,
                weekday=weekday, explicit_year=bool(digits),
            )
        ]  # fmt: skip

    def apposed_weekday(end: int, context: Context) -> int | None:
        """The weekday an apposition gives a date: "am 27. August, einem Donnerstag"."""
        after = context.words_after(end, 3)
        if len(after) < 3 or after[0] != "," or fold(after[1]) not in v.context["apposition"]:
            return None
        return v.weekdays.get(fold(after[2]))

    def build_iso(match: regex.Match[str], context: Context) -> list[Frame] | None:
        year, month = int(match["y"]), int(match["m"])
        if match["d"] is None and month == (year + 1) % 100:
            return None  # "2010-11" is the season 2010/11, not November 2010
        day = int(match["d"]) if match["d"] else None
        if day is not None and not valid_day(day, month, year):
            return None
        return [frame(match, kind=Kind.DATE, year=year, month=month, day=day, explicit_year=True)]

    def build_day_range(match: regex.Match[str], context: Context) -> list[Frame] | None:
        first, last, month = int(match["d1"]), int(match["d2"]), w.month_of(match["mon"])
        year = int(match["y"]) if match["y"] else None
        if first >= last or not valid_day(last, month, year):
            return None
        first_end = match.end("d1") + (match["dot"] is not None)
        return [
            Frame(
                start=match.start("d1"), end=first_end, kind=Kind.DATE, year=year, month=month,
                day=first, explicit_year=year is not None,
            ),
            Frame(
                start=match.start("d2"), end=match.end(), kind=Kind.DATE, year=year, month=month,
                day=last, explicit_year=year is not None,
            ),
        ]  # fmt: skip

    def build_month(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if not (capitalised(match["mon"]) or match["part"]):
            return None
        year, year_offset = w.year_fields(match)
        direction = w.direction_of(match["mod"])
        if match["mod"] and direction is None and year_offset is None:
            year_offset = 0  # "in diesem Dezember": this year's
        mod = w.part_of(match)
        bare = year is None and year_offset is None and match["mod"] is None and mod is None
        if bare and not _month_context(match.start(), context):
            return None  # "Mai" and "August" are names too
        return [
            frame(
                match, kind=Kind.DATE, year=year, month=w.month_of(match["mon"]),
                year_offset=year_offset, direction=direction, mod=mod,
                explicit_year=year is not None,
            )
        ]  # fmt: skip

    def _month_context(start: int, context: Context) -> bool:
        before = fold(context.word_before(start))
        if before in v.context["month-before"]:
            return True
        last = context.last_frame()
        # "im Juli und August", "von März bis Mai": a month right after another
        return (
            before in MONTH_LINKS
            and last is not None
            and last.month is not None
            and start - last.end <= 8
        )

    def year_frame(start: int, end: int, year: int, mod: str | None = None) -> Frame:
        return Frame(
            start=start, end=end, kind=Kind.FIXED, value=f"{year:04d}", year=year,
            explicit_year=True, mod=mod,
        )  # fmt: skip

    def build_year(match: regex.Match[str], context: Context) -> list[Frame] | None:
        year = int(match["y"])
        if not plausible_year(context, match.start(), match.end(), year):
            return None
        return [year_frame(match.start(), match.end(), year)]

    def build_year_named(match: regex.Match[str], context: Context) -> list[Frame] | None:
        year = int(match["y"])
        if not 1 <= year <= 2199 or fold(context.word_after(match.end())) in v.count_units:
            return None
        return [year_frame(match.start(), match.end(), year)]

    def build_year_range(match: regex.Match[str], context: Context) -> list[Frame] | None:
        first, second_digits = int(match["y1"]), match["y2"]
        if len(second_digits) == 2:
            # "2005/06", "1925/26": a season or a financial year, read as its first year
            if match["sep"] not in {"/", "-", "–"} or int(second_digits) != (first + 1) % 100:
                return None
            if not plausible_year(context, match.start(), match.end(), first):
                return None
            return [year_frame(match.start(), match.end(), first)]
        second = int(second_digits)
        if not first < second <= first + 100:
            return None  # "zwischen 1500 und 2000 Menschen"
        # "von 1999 bis 2008 Professor": close years are years whatever noun follows,
        # but a unit still makes both counts ("1990 bis 2000 Euro")
        if not plausible_year(context, match.start("y2"), match.end(), second, strong=True):
            return None
        if not plausible_year(context, match.start(), match.end("y1"), first, strong=True):
            return None
        return [
            year_frame(match.start(), match.end("y1"), first),
            year_frame(match.start("y2"), match.end(), second),
        ]

    def build_part_year(match: regex.Match[str], context: Context) -> list[Frame] | None:
        year = int(match["y"])
        if not 1000 <= year <= 2199 or fold(context.word_after(match.end())) in v.count_units:
            return None
        return [year_frame(match.start(), match.end(), year, w.part_of(match))]

    def build_decade(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if match["dd"]:
            digits = match["dd"]
            if len(digits) == 4:
                value = digits[:3]
            elif len(digits) == 2:
                # "die 90er Jahre": the last century, except the two decades of this one
                value = ("20" if digits in {"00", "10"} else "19") + digits[0]
            else:
                return None
        else:
            decade = v.decades[match["dw"].lower()]
            value = "200" if decade == 0 else f"19{decade}"
        return [frame(match, kind=Kind.FIXED, value=value, mod=w.part_of(match))]

    def build_century(match: regex.Match[str], context: Context) -> list[Frame] | None:
        number = ordinal(match["n"] or match["nw"], v)
        if number is None or not 1 <= number <= 22:
            return None
        mod = w.part_of(match)
        if match["half"]:
            mod = "START" if ordinal(match["half"], v) == 1 else "END"
        return [frame(match, kind=Kind.FIXED, value=f"{number - 1:02d}", mod=mod)]

    weekday_prefix = rf"(?:(?P<wd>{w.weekday_name}|{w.weekday_abbr}\.?),?{SP}(?:(?:den|dem){SP})?)?"
    return [
        Rule("date_text", w.compile(
            rf"{weekday_prefix}(?P<d>{DAY})\.?{SP}?(?P<mon>{w.month})(?:{w.year_tail})?"
        ), build_date_text, digit=True),
        Rule("date_numeric", w.compile(
            rf"{weekday_prefix}(?P<d>{DAY})\.[^\S\n]?(?P<m>0?[1-9]|1[0-2])\."
            rf"(?:[^\S\n]?(?P<y>\d{{4}}|\d{{2}})(?![\d]|[.,]\d))?(?!\d)"
        ), build_date_numeric, digit=True),
        Rule("iso_date", w.compile(
            r"(?P<y>(?:1[89]|2[01])\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\d-])"
        ), build_iso, digit=True, word=False),
        Rule("day_range", w.compile(
            rf"(?P<d1>{DAY})(?P<dot>\.)?{SP}?(?:-|–|bis(?:{SP}(?:zum|zur))?|und|/|&){SP}?"
            rf"(?P<d2>{DAY})\.{SP}?(?P<mon>{w.month})(?:,?{SP}(?P<y>{YEAR4}))?"
        ), build_day_range, digit=True, word=False),
        Rule("month", w.compile(
            rf"(?:(?P<part>{w.part}){SP})?(?:(?P<mod>{w.modifier}){SP})?(?P<mon>{w.month})"
            rf"(?:{w.year_tail})?"
        ), build_month),
        Rule("year", w.compile(r"(?P<y>\d{4})(?![\d]|[.,]\d)"), build_year, digit=True, word=False),
        Rule("year_named", w.compile(
            rf"Jahre?s?{SP}(?P<y>\d{{1,4}})(?![\d]|[.,]\d)"
        ), build_year_named),
        Rule("year_range", w.compile(
            rf"(?P<y1>\d{{4}}){SP}?(?P<sep>-|–|/|bis|und|oder){SP}?(?P<y2>\d{{4}}|\d{{2}})"
            rf"(?![\d]|[.,]\d)"
        ), build_year_range, digit=True, word=False),
        Rule("part_year", w.compile(rf"(?P<part>{w.part}){SP}(?P<y>{YEAR4})"), build_part_year),
        Rule("decade", w.compile(
            rf"(?:(?P<part>{w.part}){SP}(?:der|den){SP})?(?:"
            rf"(?P<dd>(?:1\d|20)?\d0)er(?:n|-?Jahren?|{SP}Jahren?)?"
            rf"|(?P<dw>{alternation(v.decades)})(?:n|-?Jahren?|{SP}Jahren?)){END}"
        ), build_decade, digit=True),
        Rule("century", w.compile(
            rf"(?:(?P<part>{w.part}){SP}(?:des|dem){SP}"
            rf"|(?P<half>ersten|zweiten){SP}Hälfte{SP}(?:des|dem){SP})?"
            rf"(?:(?P<n>\d{{1,2}}\.){SP}?|(?P<nw>{w.ordinal_word}){SP})(?:Jahrhunderts?|Jh\.){END}"
        ), build_century, digit=True),
    ]  # fmt: skip
