"""What the calendar rules share: sub-patterns built from the vocabulary and small readers.

:class:`Words` compiles the vocabulary into the pieces the rules of
:mod:`.grammar_dates` and :mod:`.grammar_relative` are written with (a month,
a weekday, a modifier, the year after a month) and reads the matched words
back into numbers.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from typing import Any

import regex

from .frames import Frame
from .patterns import END, SP, alternation, stem_alternation
from .scanner import Context
from .vocabulary import Vocabulary

__all__ = ["Words", "capitalised", "fold", "plausible_year", "stem_of", "valid_day"]

DAY = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR4 = r"\d{4}(?![\d]|[.,]\d)"
# the unit a noun of a relative expression names
UNIT_WORDS = {
    "woche": "week",
    "wochenende": "weekend",
    "monat": "month",
    "monats": "month",
    "jahr": "year",
    "jahres": "year",
    "jahrs": "year",
    "quartal": "quarter",
    "quartals": "quarter",
    "halbjahr": "half",
    "halbjahres": "half",
    "halbjahrs": "half",
    "jahreshälfte": "half",
    "tag": "day",
    "tages": "day",
    "tags": "day",
}
# tokens that start a sentence or a quotation: a capital after them proves nothing
SENTENCE_START = frozenset({"", ".", "!", "?", ":", "„", '"', "»", "«", "“", "(", "–", "-"})
CI = regex.IGNORECASE | regex.VERSION0


def fold(text: str | None) -> str:
    """Lower case, for looking words up in the tables."""
    return (text or "").lower()


def stem_of(word: str, table: Mapping[str, object]) -> str | None:
    """The table stem an inflected adjective belongs to ("vergangenen" → "vergangen")."""
    folded = word.lower()
    for ending in ("em", "en", "er", "es", "e", ""):
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if folded.endswith(ending) and stem in table:
            return stem
    return None


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def valid_day(day: int, month: int, year: int | None) -> bool:
    """Whether the day exists (29 February counts when the year is unknown)."""
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def plausible_year(
    context: Context, start: int, end: int, year: int, *, strong: bool = False
) -> bool:
    """Whether the digits at ``start:end`` are a year rather than a count or a label.

    "2024 Euro", "rund 1500", "Nr. 1984" and "davon 2000 im Jahr 2011" are not
    years; "seit 1996 Mitglied" and "Jahrgang 1943" are.  A bare number needs to
    lie between 1500 and 2099 and not be followed by a noun ("1500 Mitarbeiter").
    ``strong``: the context already makes it a year (the first year of a range).
    """
    v = context.vocabulary
    before = [fold(word) for word in context.words_before(start, 2)]
    first = before[0] if before else ""
    second = before[1] if len(before) > 1 else ""
    if first.rstrip(".") in v.number_labels or (first == "." and second in v.number_labels):
        return False
    if first in v.count_hedges or first in v.count_units or (first == "zu" and second == "bis"):
        return False
    after = context.words_after(end, 4)
    following = fold(after[0]) if after else ""
    if following in v.count_units:
        return False
    # "mittlerweile sind es 1600 –": a number that closes "sind es" counts
    if first == "es" and second in v.context["count-copula"] and not following[:1].isalnum():
        return False
    partner = after[1] if len(after) > 1 else ""
    # "von 2000 bis 3000 Grad": years a range joins lie close together
    in_range = following in {"bis", "-", "–", "und", "oder"} and len(partner) == 4
    if in_range and partner.isdigit() and not 0 < int(partner) - year <= 100:
        return False
    # "2000 im Jahr", "1700 im vergangenen Jahr": a count per year
    per_year = following in v.context["per-before"] and bool(partner)
    if per_year and (fold(partner) in v.units or stem_of(partner, v.modifiers)):
        return False
    if strong or first in v.year_strong or first in v.months or first in v.seasons:
        return 1000 <= year <= 2199
    if after and capitalised(after[0]) and after[0].isalpha() and following not in v.months:
        return False  # "1500 Mitarbeiter"
    if first in v.year_weak:
        return 1000 <= year <= 2199
    return 1500 <= year <= 2099


class Words:
    """The vocabulary as sub-patterns, and readers for the words they match."""

    def __init__(self, v: Vocabulary) -> None:
        self.v = v
        month_name = alternation(w for w in v.months if w not in v.month_abbreviations)
        month_abbr = alternation(v.month_abbreviations)
        #: a month name, or an abbreviation with its full stop or before a number
        self.month = rf"(?:{month_name}{END}|{month_abbr}(?:\.|{END}(?={SP}\d)))"
        self.weekday_name = alternation(w for w in v.weekdays if w not in v.weekday_abbreviations)
        self.weekday_abbr = alternation(v.weekday_abbreviations)
        self.modifier = stem_alternation(v.modifiers)
        self.relative_stem = stem_alternation(v.relative_stems)
        self.part = alternation(v.parts)
        self.day_part_noun = alternation(w for w, p in v.day_parts.items() if p.use == "noun")
        self.day_part_after = alternation(
            w for w, p in v.day_parts.items() if p.use in {"noun", "after"}
        )
        self.ordinal_word = stem_alternation(v.ordinals)
        #: a year after a month or season: "2024", "dieses Jahres", "des Jahres 2020"
        self.year_tail = (
            rf"(?:,?{SP}(?P<y>{YEAR4})"
            rf"|{SP}(?:(?P<yrel>{self.modifier})|des){SP}Jahr(?:es|s){END}(?:{SP}(?P<y2>{YEAR4}))?)"
        )

    def compile(self, pattern: str) -> regex.Pattern[str]:
        return regex.compile(pattern, CI)

    def month_of(self, word: str) -> int:
        return self.v.months[word.lower().rstrip(".")]

    def weekday_of(self, word: str) -> int:
        return self.v.weekdays[word.lower().rstrip(".")]

    def modifier_of(self, word: str | None) -> tuple[str | None, int, str]:
        """``(stem, offset, anchor)`` of "vergangenen", "nächsten"; ``(None, 0, "ref")`` for none."""
        stem = stem_of(word, self.v.modifiers) if word else None
        if stem is None:
            return None, 0, "ref"
        relative = self.v.modifiers[stem]
        return stem, relative.offset, relative.anchor

    def direction_of(self, word: str | None) -> int | None:
        """-1 for "vergangenen", 1 for "kommenden", ``None`` for "diesen" or no modifier."""
        stem, offset, _ = self.modifier_of(word)
        if stem is None or offset == 0:
            return None
        return 1 if offset > 0 else -1

    def year_fields(self, match: regex.Match[str]) -> tuple[int | None, int | None]:
        """``(year, year_offset)`` from a year tail ("2024", "dieses Jahres", "des Jahres 2020")."""
        for group in ("y", "y2"):
            if match.group(group):
                return int(match.group(group)), None
        if match.group("yrel"):
            return None, self.modifier_of(match.group("yrel"))[1]
        return None, None

    def part_of(self, match: regex.Match[str], group: str = "part") -> str | None:
        """The TIMEX3 mod of "Anfang", "Mitte", "Ende" in ``group``."""
        word = match.group(group)
        return self.v.parts[word.lower()] if word else None


def frame(match: regex.Match[str], **fields: Any) -> Frame:
    """A frame covering the whole match."""
    return Frame(start=match.start(), end=match.end(), **fields)
