"""The German number vocabulary, read once from the reviewed tables in ``data/``.

Every piece of linguistic knowledge the plugin uses lives in a table; this
module only indexes the tables for fast lookup.  :func:`vocabulary` caches the
result, so the tables are read once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from fractions import Fraction
from typing import NamedTuple

from newsclaims.lexicon import LexiconError, read_table

PACKAGE = "newsclaims_numbers"

#: Adjective endings after a compound such as "zweistündig" ("zweistündiges").
INFLECTIONS = ("", "e", "er", "en", "es", "em")

#: The indefinite article's forms: the number 1 only before a unit ("ein Jahr").
ARTICLE_FORMS = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


class Unit(NamedTuple):
    """A row of ``units.tsv``."""

    lemma: str
    kind: str
    before: bool
    after: bool
    compound: bool
    symbol: bool  # an abbreviation or sign: only after digits


class Fractional(NamedTuple):
    """A row of ``fractions.tsv``."""

    value: Fraction
    kind: str
    unit: str | None


class Compound(NamedTuple):
    """A row of ``compounds.tsv``."""

    suffix: str
    unit: str | None
    inflects: bool
    minimum: int


class Vocabulary(NamedTuple):
    """The indexed tables.  Keys of number words are lower case; units keep their case."""

    digits: Mapping[str, int]  # final forms: "eins" -> 1
    prefixes: Mapping[str, int]  # forms inside a compound: "ein" -> 1
    teens: Mapping[str, int]
    tens: Mapping[str, int]
    hundred: frozenset[str]
    thousand: frozenset[str]
    joiner: frozenset[str]
    zero: frozenset[str]
    inflected: Mapping[str, int]
    scales: Mapping[str, tuple[int, bool]]  # lower-case form -> (value, is abbreviation)
    fractions: Mapping[str, Fractional]  # lower-case form
    ordinals: Mapping[str, int]
    vague: Mapping[str, int]  # lower-case form
    compounds: tuple[Compound, ...]
    units: Mapping[str, Unit]
    compound_units: tuple[tuple[str, str], ...]  # (lower-case form, form) usable as a head
    unit_words: int  # the most tokens a unit form spans
    unit_starts: frozenset[str]  # the first token of every unit form of more than one token
    hedges: Mapping[str, str]
    hedge_words: int
    nouns: Mapping[str, str]
    plural_rules: tuple[tuple[str, str, int], ...]  # longest suffix first
    roles: Mapping[str, frozenset[str]]  # role -> words
    idioms: tuple[tuple[str, ...], ...]
    prefilter: frozenset[str]  # first three lower-case letters of every number word


def _fraction(text: str, where: str) -> Fraction:
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise LexiconError(f"{where}: {text!r} is not a number or a fraction") from None


def _words(
    resource: str, columns: tuple[str, ...], unique: tuple[str, ...]
) -> list[dict[str, str]]:
    return read_table(PACKAGE, f"data/{resource}", columns=columns, unique=unique)


@functools.cache
def vocabulary() -> Vocabulary:
    """The plugin's vocabulary; raises :class:`~newsclaims.lexicon.LexiconError` on a broken table."""
    cardinals = _words("cardinals.tsv", ("form", "prefix", "value", "kind"), ("form",))
    by_kind: dict[str, dict[str, int]] = {}
    prefixes: dict[str, int] = {}
    for row in cardinals:
        value = int(row["value"])
        by_kind.setdefault(row["kind"], {})[row["form"]] = value
        if row["prefix"]:
            prefixes[row["prefix"]] = value

    scales = {
        row["form"].lower(): (int(row["value"]), row["abbreviation"] == "yes")
        for row in _words("scales.tsv", ("form", "value", "abbreviation"), ("form",))
    }
    fractions = {
        row["form"].lower(): Fractional(
            _fraction(row["value"], f"fractions.tsv {row['form']}"),
            row["kind"],
            row["unit"] or None,
        )
        for row in _words("fractions.tsv", ("form", "value", "kind", "unit"), ("form",))
    }
    ordinals = {
        row["stem"]: int(row["value"])
        for row in _words("ordinals.tsv", ("stem", "value"), ("stem",))
    }
    vague = {
        row["form"].lower(): int(row["value"])
        for row in _words("vague.tsv", ("form", "value"), ("form",))
    }
    compounds = tuple(
        Compound(row["suffix"], row["unit"] or None, row["inflects"] == "yes", int(row["minimum"]))
        for row in _words("compounds.tsv", ("suffix", "unit", "inflects", "minimum"), ("suffix",))
    )
    units: dict[str, Unit] = {}
    for row in _words(
        "units.tsv", ("form", "lemma", "kind", "position", "compound", "written"), ("form",)
    ):
        position = row["position"]
        units[row["form"]] = Unit(
            row["lemma"],
            row["kind"],
            before=position in ("before", "both"),
            after=position in ("after", "both"),
            compound=row["compound"] == "yes",
            symbol=row["written"] == "symbol",
        )
    compound_units = tuple(
        sorted(
            ((form.lower(), form) for form, unit in units.items() if unit.compound),
            key=lambda pair: -len(pair[0]),
        )
    )
    hedges = {
        row["phrase"]: row["approx"]
        for row in _words("hedges.tsv", ("phrase", "approx"), ("phrase",))
    }
    nouns = {row["form"]: row["lemma"] for row in _words("nouns.tsv", ("form", "lemma"), ("form",))}
    plural_rules = tuple(
        sorted(
            (
                (row["suffix"], row["replacement"], int(row["min_stem"]))
                for row in _words(
                    "plural_rules.tsv", ("suffix", "replacement", "min_stem"), ("suffix",)
                )
            ),
            key=lambda rule: -len(rule[0]),
        )
    )
    roles: dict[str, set[str]] = {}
    for row in _words("contexts.tsv", ("word", "role"), ("word", "role")):
        roles.setdefault(row["role"], set()).add(row["word"])
    idioms = tuple(
        tuple(row["phrase"].split(" ")) for row in _words("idioms.tsv", ("phrase",), ("phrase",))
    )

    number_words = [
        *by_kind.get("digit", {}),
        *prefixes,
        *by_kind.get("teen", {}),
        *by_kind.get("ten", {}),
        *by_kind.get("hundred", {}),
        *by_kind.get("thousand", {}),
        *by_kind.get("zero", {}),
        *by_kind.get("inflected", {}),
        *scales,
        *fractions,
        *vague,
        *ARTICLE_FORMS,
    ]
    return Vocabulary(
        digits=by_kind.get("digit", {}),
        prefixes=prefixes,
        teens=by_kind.get("teen", {}),
        tens=by_kind.get("ten", {}),
        hundred=frozenset(by_kind.get("hundred", {})),
        thousand=frozenset(by_kind.get("thousand", {})),
        joiner=frozenset(by_kind.get("joiner", {})),
        zero=frozenset(by_kind.get("zero", {})),
        inflected=by_kind.get("inflected", {}),
        scales=scales,
        fractions=fractions,
        ordinals=ordinals,
        vague=vague,
        compounds=compounds,
        units=units,
        compound_units=compound_units,
        unit_words=max(_token_count(form) for form in units),
        unit_starts=frozenset(_first_token(form) for form in units if _token_count(form) > 1),
        hedges=hedges,
        hedge_words=max(_token_count(phrase) for phrase in hedges),
        nouns=nouns,
        plural_rules=plural_rules,
        roles={role: frozenset(words) for role, words in roles.items()},
        idioms=idioms,
        prefilter=frozenset(word.lower()[:3] for word in number_words),
    )


def _first_token(form: str) -> str:
    from ._lexer import lex

    return lex(form, 0, len(form))[0].text


def _token_count(form: str) -> int:
    """How many tokens of :mod:`newsclaims_numbers._lexer` a table entry spans."""
    from ._lexer import lex

    return max(1, len(lex(form, 0, len(form))))
