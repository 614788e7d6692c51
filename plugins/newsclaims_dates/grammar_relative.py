"""Grammar rules for times placed by context: weekdays, "gestern", "vergangene Woche", seasons, holidays.

These frames carry no year of their own: the resolver places them with the
reference date, the tense of the clause, or the day the text named last.
"""

from __future__ import annotations

import regex

from newsclaims import TimexType

from .frames import Frame, Kind
from .grammar_base import (
    SENTENCE_START,
    UNIT_WORDS,
    YEAR4,
    Words,
    capitalised,
    fold,
    frame,
    stem_of,
)
from .numbers import ordinal
from .patterns import END, ENDINGS, SP, alternation
from .scanner import Context, Rule

__all__ = ["relative_rules"]

# "am nächsten Tag" counts from the day the text last named, not from today
DAY_ANCHORED = frozenset({"nächst", "folgend", "darauffolgend", "selb", "gleich", "dies", "vorig"})
# words before "Q3" that make it a quarter rather than a product name
QUARTER_BEFORE = frozenset({"im", "in", "das", "dem", "für", "ins", "zum"})


def relative_rules(w: Words) -> list[Rule]:
    """The rules for weekdays, relative days and units, parts of the day, seasons and holidays."""
    v = w.v

    def part_code(word: str | None) -> str | None:
        return v.day_parts[word.lower()].part if word else None

    def lean_of(start: int, context: Context) -> int | None:
        """Which way a preposition points when the clause has no tense ("seit Montag": back)."""
        before = fold(context.word_before(start))
        if before in v.context["weekday-past"]:
            return -1
        if before in v.context["weekday-future"]:
            return 1
        return None

    def build_weekday(match: regex.Match[str], context: Context) -> list[Frame] | None:
        name = match["wd"]
        if not capitalised(name) or context.text[match.start() - 1 : match.start()] == "-":
            return None  # "MIP-Montag" is a name
        part = part_code(match["pod"] or match["pod2"])
        kind = TimexType.TIME if part else TimexType.DATE
        weekday = w.weekday_of(name)
        if match["each"]:
            value = f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
            return [frame(match, kind=Kind.FIXED, type=TimexType.SET, value=value, recurring=True)]
        if match["rel"]:
            # "am morgigen Sonntag": the adjective dates it, the weekday only confirms
            relative = v.relative_stems[stem_of(match["rel"], v.relative_stems) or ""]
            return [
                frame(
                    match, kind=Kind.RELATIVE, unit=relative.unit, offset=relative.offset,
                    part=part, type=kind,
                )
            ]  # fmt: skip
        if apposition(match.start(), context):
            # "am 26. Oktober, einem Freitag": the weekday of the date before it
            return [
                frame(match, kind=Kind.RELATIVE, unit="day", offset=0, anchor="last", part=part, type=kind)
            ]  # fmt: skip
        return [
            frame(
                match, kind=Kind.WEEKDAY, weekday=weekday, part=part, type=kind,
                direction=w.direction_of(match["mod"]), lean=lean_of(match.start(), context),
                week_offset=week_after(match.end(), context),
            )
        ]  # fmt: skip

    def apposition(start: int, context: Context) -> bool:
        """Whether a weekday follows a date as its apposition (", einem Freitag")."""
        last = context.last_frame()
        if last is None or last.day is None or last.month is None or start - last.end > 12:
            return False
        between = context.text[last.end : start].split()
        return (
            len(between) == 2 and between[0] == "," and fold(between[1]) in v.context["apposition"]
        )

    def week_after(end: int, context: Context) -> int | None:
        """ "Mittwoch vergangener Woche", "Donnerstag nächster Woche": the week the weekday lies in."""
        after = context.words_after(end, 2)
        if len(after) < 2 or fold(after[1]) != "woche":
            return None
        stem, offset, _ = w.modifier_of(after[0])
        return offset if stem is not None else None

    def build_weekday_adverb(match: regex.Match[str], context: Context) -> list[Frame] | None:
        value = f"XXXX-WXX-{w.weekday_of(match['wd'])}"
        return [frame(match, kind=Kind.FIXED, type=TimexType.SET, value=value, recurring=True)]

    def build_relative_day(match: regex.Match[str], context: Context) -> list[Frame] | None:
        word = match["w"]
        relative = v.relative_words[word.lower()]
        if word.lower() == "morgen" and not _tomorrow(match, context):
            return None
        # "heute abend", "gestern morgen": the spelling before 1996, still common
        part = part_code(match["pod"]) if match["pod"] else None
        return [
            frame(
                match, kind=Kind.RELATIVE, unit=relative.unit, offset=relative.offset,
                anchor=relative.anchor, part=part,
                type=TimexType.TIME if part else TimexType.DATE,
            )
        ]  # fmt: skip

    def _tomorrow(match: regex.Match[str], context: Context) -> bool:
        """ "morgen" is tomorrow; "Morgen" after "am" or inside a sentence is the morning."""
        before = fold(context.word_before(match.start()))
        if before in v.context["morning-noun"]:
            return False
        if capitalised(match["w"]):
            return before in SENTENCE_START and context.word_after(match.end())[:1].islower()
        return True

    def build_relative_word(match: regex.Match[str], context: Context) -> list[Frame] | None:
        word = match["w"].lower()
        relative = v.relative_words.get(word)
        if relative is None:
            stem = stem_of(word, v.relative_stems)
            if stem is None:
                return None
            relative = v.relative_stems[stem]
        elif relative.unit == "day" and relative.anchor == "ref":
            return None  # "heute", "gestern": build_relative_day
        return [
            frame(
                match, kind=Kind.RELATIVE, unit=relative.unit, offset=relative.offset,
                anchor=relative.anchor, mod=relative.mod,
            )
        ]  # fmt: skip

    def build_day_part(match: regex.Match[str], context: Context) -> list[Frame] | None:
        word = match["pod"]
        if not capitalised(word):
            return None
        before = [fold(x) for x in context.words_before(match.start(), 2)]
        in_the = len(before) == 2 and before[0] == "der" and before[1] == "in"
        if not before or (before[0] not in v.context["daypart-before"] and not in_the):
            return None
        part = part_code(word)
        if before[0] in {"jeden", "jedem"}:
            value = f"XXXX-XX-XXT{part}"
            return [frame(match, kind=Kind.FIXED, type=TimexType.SET, value=value, recurring=True)]
        if word.lower() == "morgen" and before[0] not in v.context["morning-noun"]:
            return None
        if match["wd"]:
            # "in der Nacht auf Donnerstag", "am Abend vor dem Montag" ... the
            # night before the weekday: its evening or night is the day before
            return [
                frame(
                    match, kind=Kind.WEEKDAY, weekday=w.weekday_of(match["wd"]), part=part,
                    offset=-1 if match["rel"].lower() in {"auf", "zu", "zum"} else 0,
                    type=TimexType.TIME, lean=lean_of(match.start(), context),
                )
            ]  # fmt: skip
        return [frame(match, kind=Kind.DAYPART, part=part, type=TimexType.TIME)]

    def build_day_part_adverb(match: regex.Match[str], context: Context) -> list[Frame] | None:
        entry = v.day_parts[match["w"].lower()]
        if entry.value == "time":
            return [frame(match, kind=Kind.DAYPART, part=entry.part, type=TimexType.TIME)]
        return [frame(match, kind=Kind.FIXED, type=TimexType.SET, value=entry.value)]

    def build_season(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if not capitalised(match["season"]):
            return None
        year, year_offset = w.year_fields(match)
        if match["mod"] and w.direction_of(match["mod"]) is None and year_offset is None:
            year_offset = 0  # "in diesem Sommer": this year's
        mod = w.part_of(match)
        if year is None and year_offset is None and match["mod"] is None and mod is None:
            before = [fold(x) for x in context.words_before(match.start(), 2)]
            if not before:
                return None
            if before[0] not in v.context["season-before"]:
                # an adjective in between: "im heißen Sommer"
                adjective = before[0].endswith(("e", "en", "em", "er", "es"))
                if not (adjective and len(before) > 1 and before[1] in v.context["season-before"]):
                    return None
        return [
            frame(
                match, kind=Kind.PERIOD, period=v.seasons[match["season"].lower()], year=year,
                year_offset=year_offset, direction=w.direction_of(match["mod"]), mod=mod,
                explicit_year=year is not None,
            )
        ]  # fmt: skip

    def build_quarter(match: regex.Match[str], context: Context) -> list[Frame] | None:
        number = ordinal(match["ord"], v)
        unit = UNIT_WORDS.get(match["q"].lower(), "")
        if number is not None and unit == "quarter" and 1 <= number <= 4:
            period = f"Q{number}"
        elif number is not None and unit == "half" and 1 <= number <= 2:
            period = f"H{number}"
        else:
            return None
        year, year_offset = w.year_fields(match)
        return [
            frame(
                match, kind=Kind.PERIOD, period=period, year=year, year_offset=year_offset,
                explicit_year=year is not None,
            )
        ]  # fmt: skip

    def build_quarter_code(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if not match["qq"][0].isupper():
            return None
        digits = match["y"] or ""
        if not digits and fold(context.word_before(match.start())) not in QUARTER_BEFORE:
            return None
        return [
            frame(
                match, kind=Kind.PERIOD, period=match["qq"],
                year=int(digits) if len(digits) == 4 else None,
                short_year=int(digits) if len(digits) == 2 else None,
                explicit_year=bool(digits),
            )
        ]  # fmt: skip

    def build_part_of_period(match: regex.Match[str], context: Context) -> list[Frame] | None:
        unit = UNIT_WORDS[match["unit"].lower()]
        mod = w.part_of(match)
        if match["y"]:
            if unit != "year":
                return None
            year = int(match["y"])
            return [
                frame(match, kind=Kind.FIXED, value=f"{year:04d}", year=year, mod=mod, explicit_year=True)
            ]  # fmt: skip
        _, offset, anchor = w.modifier_of(match["mod"])
        return [frame(match, kind=Kind.RELATIVE, unit=unit, offset=offset, anchor=anchor, mod=mod)]

    def build_relative_unit(match: regex.Match[str], context: Context) -> list[Frame] | None:
        stem, offset, anchor = w.modifier_of(match["mod"])
        if stem is None:
            return None
        unit = UNIT_WORDS[match["unit"].lower()]
        if unit == "day":
            if stem not in DAY_ANCHORED:
                return None  # "am letzten Tag" is an ordinal
            anchor = "last"
        if unit == "weekend" and offset == 0:
            return [frame(match, kind=Kind.WEEKEND)]
        return [frame(match, kind=Kind.RELATIVE, unit=unit, offset=offset, anchor=anchor)]

    def build_ordinal_week(match: regex.Match[str], context: Context) -> list[Frame] | None:
        """ "in der dritten Woche": the third week counted from the day the text last named."""
        number = ordinal(match["ord"], v)
        if number is None or not 1 <= number <= 10:
            return None
        if fold(context.word_before(match.start())) != "der":
            return None
        return [frame(match, kind=Kind.RELATIVE, unit="week", offset=number - 1, anchor="last")]

    def build_unit_after(match: regex.Match[str], context: Context) -> list[Frame] | None:
        relative = v.after_words[match["after"].lower()]
        unit = UNIT_WORDS[match["unit"].lower()]
        return [frame(match, kind=Kind.RELATIVE, unit=unit, offset=relative.offset, anchor="last")]

    def build_weekend(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if fold(context.word_before(match.start())) not in v.context["weekend-before"]:
            return None
        return [frame(match, kind=Kind.WEEKEND)]

    def build_holiday(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if not capitalised(match["name"]):
            return None
        key = regex.sub(r"[^\S\n]+|-(?=\w)", " ", match["name"]).lower()
        holiday = v.holidays.get(key)
        if holiday is None:
            return None
        year = int(match["y"]) if match["y"] else None
        return [
            frame(match, kind=Kind.HOLIDAY, holiday=holiday, year=year, explicit_year=year is not None)
        ]  # fmt: skip

    day_words = alternation(
        word for word, r in v.relative_words.items() if r.unit == "day" and r.anchor == "ref"
    )
    return [
        Rule("weekday", w.compile(
            rf"(?:(?P<mod>{w.modifier}){SP}|(?P<each>jede[nmrs]?){SP}|(?P<rel>{w.relative_stem}){SP})?"
            rf"(?P<wd>{w.weekday_name})(?P<pod>{w.day_part_noun})?{END}"
            rf"(?:{SP}(?P<pod2>{w.day_part_after}){END})?"
        ), build_weekday),
        Rule("weekday_adverb", w.compile(rf"(?P<wd>{w.weekday_name})s{END}"), build_weekday_adverb),
        Rule("relative_day", w.compile(
            rf"(?P<w>{day_words}){END}(?:{SP}(?P<pod>{w.day_part_after}){END})?"
        ), build_relative_day),
        Rule("relative_word", w.compile(
            rf"(?P<w>{alternation(v.relative_words)}|{w.relative_stem}){END}"
        ), build_relative_word),
        Rule("day_part", w.compile(
            rf"(?P<pod>{w.day_part_noun}){END}"
            rf"(?:{SP}(?P<rel>auf|zum|zu|von){SP}(?P<wd>{w.weekday_name}){END}"
            # "in der Nacht von Donnerstag auf Freitag": the night of the first day
            rf"(?:{SP}(?:auf|zum|zu){SP}{w.weekday_name}{END})?)?"
        ), build_day_part),
        Rule("day_part_adverb", w.compile(
            rf"(?P<w>{alternation(x for x, p in v.day_parts.items() if p.use == 'adverb')}){END}"
        ), build_day_part_adverb),
        Rule("season", w.compile(
            rf"(?:(?P<part>{w.part}){SP}(?:(?:des|der){SP})?)?(?:(?P<mod>{w.modifier}){SP}"
            rf"(?:[a-zäöüß]{{3,20}}{ENDINGS}{SP})?)?(?P<season>{alternation(v.seasons)}){END}"
            rf"(?:{w.year_tail})?"
        ), build_season),
        Rule("quarter", w.compile(
            rf"(?P<ord>[1-4]\.|{w.ordinal_word}){SP}(?P<q>Quartals?|Halbjahr(?:es|s)?|Jahreshälfte)"
            rf"{END}(?:{w.year_tail})?"
        ), build_quarter, digit=True),
        Rule("quarter_code", w.compile(
            rf"(?P<qq>Q[1-4]|H[12])(?:{SP}?/?(?P<y>\d{{4}}|\d{{2}}))?{END}"
        ), build_quarter_code),
        Rule("part_of_period", w.compile(
            rf"(?P<part>{w.part}){SP}(?:(?:des|der|dieses|diesen|dieser){SP})?"
            rf"(?:(?P<mod>{w.modifier}){SP})?"
            rf"(?P<unit>Jahres|Jahrs|Jahr|Monats|Monat|Woche|Quartals|Quartal){END}"
            rf"(?:{SP}(?P<y>{YEAR4}))?"
        ), build_part_of_period),
        Rule("relative_unit", w.compile(
            rf"(?P<mod>{w.modifier}){SP}(?P<unit>{alternation(UNIT_WORDS)}){END}"
        ), build_relative_unit),
        Rule("ordinal_week", w.compile(rf"(?P<ord>{w.ordinal_word}){SP}Woche{END}"), build_ordinal_week),
        Rule("unit_after", w.compile(
            rf"(?P<unit>Tags?|Woche|Monat|Jahr){SP}(?P<after>{alternation(v.after_words)}){END}"
        ), build_unit_after),
        Rule("weekend", w.compile(rf"Wochenende{END}"), build_weekend),
        Rule("holiday", w.compile(
            rf"(?P<name>{alternation(h.name for h in v.holidays.values())}){END}"
            rf"(?:{SP}(?P<y>{YEAR4}))?"
        ), build_holiday),
    ]  # fmt: skip
