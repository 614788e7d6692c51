"""The German vocabulary of time, read from the reviewed tables in ``data/``.

Every word the grammar knows comes from a table; this module only reads the
tables into lookups keyed by the lower-cased word.  :func:`vocabulary` is
cached, so the tables are read once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs

from newsclaims.lexicon import LexiconError, read_table

__all__ = ["Holiday", "Relative", "Vocabulary", "vocabulary"]

PACKAGE = "newsclaims_dates"

#: Endings of German adjectives and ordinals ("vergangen" + "en").
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")

UNITS = frozenset({"day", "week", "weekend", "month", "quarter", "half", "year", "*"})
TENSES = frozenset(
    {
        "past",
        "future",
        "present",
        "perfect",
        "perfect-sein",
        "not-participle",
        "participle",
        "participle-infinitive",
        "subordinator",
        "not-past",
    }
)
MODS = frozenset(
    {
        "",
        "START",
        "MID",
        "END",
        "APPROX",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_MORE",
        "EQUAL_OR_LESS",
    }
)


@attrs.frozen
class Relative:
    """A word that places a time relative to another ("gestern": one day before the reference)."""

    unit: str
    offset: int
    anchor: str  # "ref" or "last"
    mod: str | None


@attrs.frozen
class Holiday:
    """A holiday and the rule that dates it (see ``data/holidays.tsv``)."""

    name: str
    rule: str
    arg: str


@attrs.frozen
class DayPart:
    """A part of the day ("Abend": EV) and how a word for it is used."""

    part: str
    use: str  # noun, after, adverb
    value: str | None


@attrs.frozen(kw_only=True)
class Vocabulary:
    """Every table, as lookups from the lower-cased word."""

    months: Mapping[str, int]
    month_abbreviations: frozenset[str]
    weekdays: Mapping[str, int]
    weekday_abbreviations: frozenset[str]
    cardinals: Mapping[str, float]
    fractions: Mapping[str, float]
    ordinals: Mapping[str, int]
    decades: Mapping[str, int]
    vague_counts: frozenset[str]
    units: Mapping[str, str]
    compound_units: frozenset[str]
    compound_stops: frozenset[str]
    day_parts: Mapping[str, DayPart]
    relative_words: Mapping[str, Relative]
    relative_stems: Mapping[str, Relative]
    modifiers: Mapping[str, Relative]
    after_words: Mapping[str, Relative]
    seasons: Mapping[str, str]
    holidays: Mapping[str, Holiday]
    set_adverbs: Mapping[str, str]
    set_units: Mapping[str, str]
    vague: Mapping[str, str]
    tense: Mapping[str, str]
    #: separable verb prefixes ("mit", "weiter"), longest first
    separable_prefixes: tuple[str, ...]
    #: inseparable verb prefixes ("ver", "er"), longest first
    inseparable_prefixes: tuple[str, ...]
    #: participles that with "sein" name a state ("geschlossen", "angesetzt")
    state_participles: frozenset[str]
    year_strong: frozenset[str]
    year_weak: frozenset[str]
    count_units: frozenset[str]
    count_hedges: frozenset[str]
    number_labels: frozenset[str]
    parts: Mapping[str, str]
    hedges: Mapping[str, str | None]
    clock_suffixes: frozenset[str]
    #: context words by role (``data/context_words.tsv``)
    context: Mapping[str, frozenset[str]]
    stop_phrases: tuple[str, ...]
    unit_adjectives: Mapping[str, str]
    unit_fractions: Mapping[str, str]
    unit_lang: Mapping[str, str]
    unit_vague_adjectives: Mapping[str, str]


def _table(name: str, columns: tuple[str, ...], unique: tuple[str, ...]) -> list[dict[str, str]]:
    return read_table(PACKAGE, f"data/{name}", columns=columns, unique=unique)


def _fail(name: str, message: str) -> LexiconError:
    return LexiconError(f"{PACKAGE}/data/{name}: {message}")


def _number(name: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise _fail(name, f"{text!r} is not a number") from None


def _fold(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({word.lower() for word in words}, key=lambda word: (-len(word), word)))


def _compound_cardinals(rows: list[dict[str, str]]) -> dict[str, float]:
    """21-99 written as one word: "einundzwanzig" is "ein" + "und" + "zwanzig"."""
    units = {r["word"]: float(r["value"]) for r in rows if r["role"] == "unit"}
    tens = {r["word"]: float(r["value"]) for r in rows if r["role"] == "tens"}
    return {u + "und" + t: uv + tv for u, uv in units.items() for t, tv in tens.items()}


def _relative(name: str, row: dict[str, str]) -> Relative:
    if row["unit"] not in UNITS:
        raise _fail(name, f"unknown unit {row['unit']!r} for {row['word']!r}")
    if row["anchor"] not in {"ref", "last"}:
        raise _fail(name, f"unknown anchor {row['anchor']!r} for {row['word']!r}")
    if row["mod"] not in MODS:
        raise _fail(name, f"unknown mod {row['mod']!r} for {row['word']!r}")
    return Relative(
        unit=row["unit"],
        offset=int(_number(name, row["offset"])),
        anchor=row["anchor"],
        mod=row["mod"] or None,
    )


@functools.cache
def vocabulary() -> Vocabulary:
    """Read every table once; raises :class:`~newsclaims.lexicon.LexiconError` on a bad table."""
    months = _table("months.tsv", ("word", "month", "kind"), ("word",))
    weekdays = _table("weekdays.tsv", ("word", "weekday", "kind"), ("word",))
    numbers = _table("numbers.tsv", ("word", "value", "role"), ("word", "role"))
    units = _table("units.tsv", ("word", "unit", "compound"), ("word",))
    stops = _table("compound_stops.tsv", ("word",), ("word",))
    day_parts = _table("day_parts.tsv", ("word", "part", "use", "value"), ("word",))
    relative = _table(
        "relative.tsv", ("word", "role", "unit", "offset", "anchor", "mod"), ("word", "role")
    )
    seasons = _table("seasons.tsv", ("word", "season"), ("word",))
    holidays = _table("holidays.tsv", ("name", "rule", "arg"), ("name",))
    sets = _table("sets.tsv", ("word", "role", "value"), ("word", "role"))
    vague = _table("vague.tsv", ("word", "value"), ("word",))
    tense = _table("tense.tsv", ("word", "tense"), ("word",))
    prefixes = _table("verb_prefixes.tsv", ("word", "kind"), ("word",))
    states = _table("state_participles.tsv", ("word",), ("word",))
    number_context = _table("numbers_context.tsv", ("word", "role"), ("word", "role"))
    modifiers = _table("modifiers.tsv", ("word", "role", "mod"), ("word", "role"))
    context_words = _table("context_words.tsv", ("word", "role"), ("word", "role"))
    stop_phrases = _table("stop_phrases.tsv", ("phrase",), ("phrase",))
    unit_forms = _table("unit_forms.tsv", ("word", "role", "value"), ("word", "role"))

    for row in tense:
        if row["tense"] not in TENSES:
            raise _fail("tense.tsv", f"unknown tense {row['tense']!r} for {row['word']!r}")
    for row in prefixes:
        if row["kind"] not in {"separable", "inseparable", "both"}:
            raise _fail("verb_prefixes.tsv", f"unknown kind {row['kind']!r} for {row['word']!r}")
    for row in holidays:
        if row["rule"] not in {"fixed", "easter", "nth", "advent"}:
            raise _fail("holidays.tsv", f"unknown rule {row['rule']!r} for {row['name']!r}")

    def by_role(rows: list[dict[str, str]], role: str) -> list[dict[str, str]]:
        return [row for row in rows if row["role"] == role]

    cardinals = {
        r["word"].lower(): _number("numbers.tsv", r["value"]) for r in by_role(numbers, "cardinal")
    }
    cardinals.update(_compound_cardinals(numbers))
    return Vocabulary(
        months={r["word"].lower(): int(r["month"]) for r in months},
        month_abbreviations=_fold(r["word"] for r in months if r["kind"] == "abbr"),
        weekdays={r["word"].lower(): int(r["weekday"]) for r in weekdays},
        weekday_abbreviations=_fold(r["word"] for r in weekdays if r["kind"] == "abbr"),
        cardinals=cardinals,
        fractions={
            r["word"].lower(): _number("numbers.tsv", r["value"])
            for r in by_role(numbers, "fraction")
        },
        ordinals={r["word"].lower(): int(r["value"]) for r in by_role(numbers, "ordinal")},
        decades={r["word"].lower(): int(r["value"]) for r in by_role(numbers, "decade")},
        vague_counts=_fold(r["word"] for r in by_role(numbers, "vague")),
        units={r["word"].lower(): r["unit"] for r in units},
        compound_units=_fold(r["word"] for r in units if r["compound"] == "yes"),
        compound_stops=_fold(r["word"] for r in stops),
        day_parts={
            r["word"].lower(): DayPart(part=r["part"], use=r["use"], value=r["value"] or None)
            for r in day_parts
        },
        relative_words={
            r["word"].lower(): _relative("relative.tsv", r) for r in by_role(relative, "word")
        },
        relative_stems={
            r["word"].lower(): _relative("relative.tsv", r) for r in by_role(relative, "stem")
        },
        modifiers={
            r["word"].lower(): _relative("relative.tsv", r) for r in by_role(relative, "modifier")
        },
        after_words={
            r["word"].lower(): _relative("relative.tsv", r) for r in by_role(relative, "after")
        },
        seasons={r["word"].lower(): r["season"] for r in seasons},
        holidays={r["name"].lower(): Holiday(r["name"], r["rule"], r["arg"]) for r in holidays},
        set_adverbs={r["word"].lower(): r["value"] for r in by_role(sets, "adverb")},
        set_units={r["word"].lower(): r["value"] for r in by_role(sets, "per")},
        vague={r["word"].lower(): r["value"] for r in vague},
        tense={r["word"].lower(): r["tense"] for r in tense},
        separable_prefixes=_longest_first(
            r["word"] for r in prefixes if r["kind"] != "inseparable"
        ),
        inseparable_prefixes=_longest_first(
            r["word"] for r in prefixes if r["kind"] != "separable"
        ),
        state_participles=_fold(r["word"] for r in states),
        year_strong=_fold(r["word"] for r in by_role(number_context, "year-strong")),
        year_weak=_fold(r["word"] for r in by_role(number_context, "year-weak")),
        count_units=_fold(r["word"] for r in by_role(number_context, "unit")),
        count_hedges=_fold(r["word"] for r in by_role(number_context, "hedge")),
        number_labels=_fold(r["word"] for r in by_role(number_context, "label")),
        parts={r["word"].lower(): r["mod"] for r in by_role(modifiers, "part")},
        hedges={r["word"].lower(): r["mod"] or None for r in by_role(modifiers, "hedge")},
        clock_suffixes=_fold(r["word"] for r in by_role(modifiers, "suffix")),
        context={
            role: _fold(r["word"] for r in by_role(context_words, role))
            for role in sorted({r["role"] for r in context_words})
        },
        stop_phrases=tuple(r["phrase"] for r in stop_phrases),
        unit_adjectives={r["word"].lower(): r["value"] for r in by_role(unit_forms, "adjective")},
        unit_fractions={r["word"].lower(): r["value"] for r in by_role(unit_forms, "fraction")},
        unit_lang={r["word"].lower(): r["value"] for r in by_role(unit_forms, "lang")},
        unit_vague_adjectives={
            r["word"].lower(): r["value"] for r in by_role(unit_forms, "vague-adjective")
        },
    )
