"""What a number counts: a unit from ``units.tsv`` or a counted noun, with its lemma."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ._lexer import NUMBER, WORD, Token
from ._phrase import glued
from ._tables import Unit, vocabulary

_SPACES = re.compile(r"\s+")
#: Gender forms glued to a noun: "Zuschauer*innen", "Leser:innen", "Mitarbeiter_innen".
_GENDER_MARKS = frozenset("*:_/")
_GENDER_ENDINGS = frozenset({"innen", "in", "Innen", "In"})
#: A noun made of at most this many hyphenated parts ("Ex-Präsidenten").
_MAX_PARTS = 4
_MIN_COMPOUND_PREFIX = 3
#: After a number in words only abbreviations of this length or more are units.
_MIN_SYMBOL_AFTER_WORDS = 2


class Counted(NamedTuple):
    """A unit or counted noun over ``tokens[first:stop]``."""

    first: int
    stop: int
    lemma: str
    unit: Unit | None  # None for a counted noun


def unit_at(
    text: str,
    tokens: Sequence[Token],
    j: int,
    *,
    before: bool = False,
    words: bool = False,
    compounds: bool = True,
) -> Counted | None:
    """The unit whose written form starts at ``tokens[j]`` (longest form first).

    ``before``: only units written before the number ("€ 12", "US-$ 2,5 Mio.").
    ``words``: the number is written in words, so no one-letter abbreviations or signs
    ("eines V" is no volt; "drei GB" are gigabytes).
    ``compounds``: also a compound noun whose head is a unit ("Wahlkampfwochen").
    """
    if j >= len(tokens):
        return None
    vocab = vocabulary()
    units = vocab.units
    longest = vocab.unit_words if tokens[j].text in vocab.unit_starts else 1
    for size in range(min(longest, len(tokens) - j), 0, -1):
        last = j + size - 1
        form = text[tokens[j].start : tokens[last].end].replace("\u00ad", "")
        if size > 1:
            form = _SPACES.sub(" ", form)
        unit = units.get(form)
        if unit is None and size == 1 and form.isupper() and len(form) > 3:
            unit = units.get(form.capitalize())  # "EURO" in a shouted headline
        if unit is None or (before and not unit.before) or (not before and not unit.after):
            continue
        if words and unit.symbol and len(form) < _MIN_SYMBOL_AFTER_WORDS:
            continue  # "eines V" is no volt; "drei GB", "zwei km" are units
        if last + 1 < len(tokens) and glued(tokens, last + 1) and tokens[last + 1].kind == WORD:
            continue  # "m" in "mRNA" is no metre
        return Counted(j, last + 1, unit.lemma, unit)
    if compounds and not before and tokens[j].kind == WORD:
        head = compound_head(tokens[j].text)
        if head is not None:
            return Counted(j, j + 1, head.lemma, head)
    return None


@functools.lru_cache(maxsize=8192)
def compound_head(word: str) -> Unit | None:
    """The unit a compound noun ends in: "Wahlkampfwochen" -> Woche, "Überstunden" -> Stunde."""
    if not word[:1].isupper():
        return None
    lower = word.lower()
    vocab = vocabulary()
    for form_lower, form in vocab.compound_units:
        if lower.endswith(form_lower) and len(lower) - len(form_lower) >= _MIN_COMPOUND_PREFIX:
            return vocab.units[form]
    return None


def noun_at(tokens: Sequence[Token], j: int, *, plural: bool) -> Counted | None:
    """A counted noun at ``tokens[j]``: a capitalised word, with hyphenated parts and gender ending."""
    if j >= len(tokens) or tokens[j].kind != WORD or not tokens[j].text[:1].isupper():
        return None
    roles = vocabulary().roles
    word = tokens[j].text
    if word in roles["month"] or word in roles["clock"] or word in roles["not-noun"]:
        return None
    stop = j + 1
    parts = [tokens[j].text]
    # hyphenated parts, a number among them when a word follows it ("Covid-19-Patienten")
    while len(parts) < _MAX_PARTS and _hyphen_at(tokens, stop):
        part = tokens[stop + 1]
        if part.kind == NUMBER and not (
            _hyphen_at(tokens, stop + 2) and tokens[stop + 3].kind == WORD
        ):
            break
        if part.kind not in (WORD, NUMBER):
            break
        parts.append(part.text)
        stop += 2
    if (stop < len(tokens) and glued(tokens, stop) and tokens[stop].kind == NUMBER) or (
        _hyphen_at(tokens, stop) and tokens[stop + 1].kind == NUMBER
    ):
        return None  # "vier A17", "zwei F-22": a model name, not a noun
    if (
        stop + 2 < len(tokens)
        and tokens[stop].text == "-"
        and glued(tokens, stop)
        and not glued(tokens, stop + 1)
        and tokens[stop + 1].text in ("und", "oder")
        and tokens[stop + 2].kind == WORD
        and tokens[stop + 2].text[:1].isupper()
    ):
        # "380 Fahr- und Werkzeuge": the head comes after the conjunction
        parts = [tokens[stop + 2].text]
        stop += 3
    if (
        stop + 1 < len(tokens)
        and tokens[stop].text in _GENDER_MARKS
        and glued(tokens, stop)
        and glued(tokens, stop + 1)
        and tokens[stop + 1].text in _GENDER_ENDINGS
    ):
        stop += 2  # the lemma is the base form before the gender mark
    head = lemma(parts[-1], plural=plural)
    return Counted(j, stop, "-".join([*parts[:-1], head]), None)


def _hyphen_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a hyphen joining the tokens on both sides of it."""
    return (
        k + 1 < len(tokens) and tokens[k].text == "-" and glued(tokens, k) and glued(tokens, k + 1)
    )


@functools.lru_cache(maxsize=16384)
def lemma(noun: str, *, plural: bool = True) -> str:
    """The singular of a (plural) noun, by the tables ``nouns.tsv`` and ``plural_rules.tsv``.

    >>> lemma("Festnahmen"), lemma("Einsatzkräfte"), lemma("Zuhörern"), lemma("Menschen")
    ('Festnahme', 'Einsatzkraft', 'Zuhörer', 'Mensch')
    """
    noun = noun.replace("\u00ad", "")
    if noun.endswith("Innen") and noun[-6:-5].islower():
        return noun[:-5]  # "BürgerInnen" names both genders
    lower = noun.lower()
    vocab = vocabulary()
    for size in range(len(lower), 2, -1):
        suffix = lower[-size:]
        if suffix in vocab.nouns and (size == len(lower) or len(lower) - size >= 3):
            return _recase(noun[:-size] + vocab.nouns[suffix], noun)
    if not plural:
        return noun
    for suffix, replacement, min_stem in vocab.plural_rules:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= min_stem:
            return noun[: -len(suffix)] + replacement
    return noun


def _recase(word: str, like: str) -> str:
    """``word`` with the first letter's case of ``like``."""
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
