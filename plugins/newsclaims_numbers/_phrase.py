"""Number phrases: the tokens that together make one number.

A phrase is a number in digits or words with what multiplies it: a scale
("1,2 Millionen", "3,5 Mrd."), a fraction noun ("zwei Drittel"), a dozen
("zwei Dutzend"), a decimal part in words ("zwei Komma fünf"), a half ("eine
halbe Million").  Whether a phrase is a quantity is decided by the caller, from
the context; this module only reads values.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from ._lexer import NUMBER, WORD, Token
from ._tables import ARTICLE_FORMS, vocabulary
from ._words import cardinal_value, compound_suffix, compound_value, digits_value, mixed_value

#: Kinds of phrase.
CARDINAL = "cardinal"  # a plain number: "40", "zwei", "1,2 Millionen", "anderthalb"
ARTICLE = "article"  # "ein", "eine halbe": a number only before a unit
FRACTION = "fraction"  # "ein Drittel", "zwei Dutzend"
MEASURE = "measure"  # a fraction with its unit: "Dreiviertelstunde"
COMPOUND = "compound"  # a number fused with a unit: "zweistündig", "78-Jährige"
VAGUE = "vague"  # "Hunderte", "Millionen"
HALF = "half"  # "Hälfte": a quantity after a determiner
MULTIPLE = "multiple"  # "doppelt", "das Doppelte"


class Phrase(NamedTuple):
    """A number phrase over ``tokens[first:stop]``."""

    first: int
    stop: int
    value: Fraction
    kind: str
    words: bool  # written in words
    scale: int  # the (largest) scale word that multiplied it, 1 for none
    unit: str | None = None  # for MEASURE and COMPOUND

    @property
    def scaled(self) -> bool:
        """Whether a scale word multiplied the number."""
        return self.scale > 1


def glued(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` touches the token before it."""
    return 0 < i < len(tokens) and tokens[i].start == tokens[i - 1].end


def _scale(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """A scale word at ``tokens[j]``: (its value, the index after it and its full stop)."""
    if j >= len(tokens) or tokens[j].kind != WORD:
        return None
    entry = vocabulary().scales.get(tokens[j].text.lower().replace("\u00ad", ""))
    if entry is None:
        return None
    value, abbreviation = entry
    stop = j + 1
    if abbreviation and stop < len(tokens) and tokens[stop].text == "." and glued(tokens, stop):
        stop += 1
    return value, stop


def _decimal_words(tokens: Sequence[Token], j: int) -> tuple[str, int] | None:
    """The digits after "Komma": "fünf sechs" -> "56", "fünfundzwanzig" -> "25"."""
    digits = ""
    while j < len(tokens) and tokens[j].kind == WORD:
        value = cardinal_value(tokens[j].text)
        if value is None:
            break
        if value > 9:
            if digits:
                break
            return str(value), j + 1
        digits += str(value)
        j += 1
    return (digits, j) if digits else None


def _scaled(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    """The phrase with the scale words that follow it ("2 Millionen", "eine Million zweihundert")."""
    total, current, j = Fraction(0), phrase.value, phrase.stop
    last_scale: int | None = None
    while True:
        found = _scale(tokens, j)
        if found is None or (last_scale is not None and found[0] >= last_scale):
            break
        scale, j = found
        total += current * scale
        current, last_scale = Fraction(0), scale
        if not phrase.words or j >= len(tokens) or tokens[j].kind != WORD:
            break
        # "eine Million zweihunderttausend": a smaller number in words may follow a scale,
        # and so may "eine" before a smaller scale ("vierundfünfzig Milliarden eine Million")
        following = cardinal_value(tokens[j].text)
        if following is None and tokens[j].text.lower() in ARTICLE_FORMS and _scale(tokens, j + 1):
            following = 1
        if following is None or following == 0 or following >= scale:
            break
        current = Fraction(following)
        j += 1
    if last_scale is None:
        return phrase
    return phrase._replace(stop=j, value=total + current, scale=max(last_scale, phrase.scale))


def _multiplied(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    """A fraction or group noun after the number: "zwei Drittel", "drei Viertelstunden"."""
    j = phrase.stop
    if j >= len(tokens) or tokens[j].kind != WORD:
        return phrase
    entry = vocabulary().fractions.get(tokens[j].text.lower())
    if entry is None:
        return phrase
    if entry.kind in ("fraction", "group"):
        return phrase._replace(stop=j + 1, value=phrase.value * entry.value, kind=FRACTION)
    if entry.kind == "measure":
        return phrase._replace(
            stop=j + 1, value=phrase.value * entry.value, kind=MEASURE, unit=entry.unit
        )
    return phrase


def number_at(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The number phrase starting at ``tokens[i]``, or ``None``."""
    token = tokens[i]
    if token.kind == NUMBER:
        return _digits_at(tokens, i)
    if token.kind != WORD:
        return None
    vocab = vocabulary()
    lower = token.text.lower().replace("\u00ad", "")
    if lower[:3] not in vocab.prefilter:
        return None  # most words: one set lookup
    cardinal = cardinal_value(lower)
    if cardinal is None:
        cardinal = vocab.inflected.get(lower)
    if cardinal is not None:
        phrase = Phrase(i, i + 1, Fraction(cardinal), CARDINAL, words=True, scale=1)
        if i + 2 < len(tokens) and tokens[i + 1].text.lower() == "komma":
            decimals = _decimal_words(tokens, i + 2)
            if decimals is not None:
                digits, stop = decimals
                value = Fraction(f"{cardinal}.{digits}")
                phrase = phrase._replace(stop=stop, value=value)
        phrase = _scaled(tokens, phrase)
        if phrase.value in (0, 1) and phrase.stop == i + 1:
            phrase = phrase._replace(kind=ARTICLE)  # "eins", "null": a number only with a unit
        return _multiplied(tokens, phrase) if not phrase.scaled else phrase
    if lower in ARTICLE_FORMS:
        return _article_at(tokens, i)
    mixed = mixed_value(lower)
    if mixed is not None:
        return _scaled(tokens, Phrase(i, i + 1, mixed, CARDINAL, words=True, scale=1))
    entry = vocab.fractions.get(lower)
    if entry is not None:
        if entry.kind == "measure":
            return Phrase(i, i + 1, entry.value, MEASURE, True, 1, entry.unit)
        if entry.kind == "half":
            return Phrase(i, i + 1, entry.value, HALF, words=True, scale=1)
        if entry.kind == "multiple":
            return Phrase(i, i + 1, entry.value, MULTIPLE, words=True, scale=1)
        if entry.kind == "halfadj":
            # "halbe Million Euro" in a headline, without its article
            phrase = _scaled(tokens, Phrase(i, i + 1, entry.value, CARDINAL, True, 1))
            return phrase if phrase.scaled else None
        if entry.kind == "fraction-adj":
            phrase = _scaled(tokens, Phrase(i, i + 1, entry.value, ARTICLE, True, 1))
            return phrase._replace(kind=CARDINAL) if phrase.scaled else phrase
    if lower in vocab.vague:
        return Phrase(i, i + 1, Fraction(vocab.vague[lower]), VAGUE, words=True, scale=1)
    fused = compound_value(lower)
    if fused is not None:
        value, compound = fused
        return Phrase(i, i + 1, value, COMPOUND, words=True, scale=1, unit=compound.unit)
    return None


def _article_at(tokens: Sequence[Token], i: int) -> Phrase:
    """ "ein"/"eine"/...: a scale, a fraction, a half, or the number 1 that needs a unit."""
    one = Phrase(i, i + 1, Fraction(1), ARTICLE, words=True, scale=1)
    if i + 1 >= len(tokens) or tokens[i + 1].kind != WORD:
        return one
    entry = vocabulary().fractions.get(tokens[i + 1].text.lower())
    if entry is not None and entry.kind == "halfadj":
        half = one._replace(stop=i + 2, value=entry.value)
        scaled = _scaled(tokens, half)
        if scaled.scaled:
            return scaled._replace(kind=CARDINAL)
        return _multiplied(tokens, half)  # "ein halbes Dutzend" is six
    scaled = _scaled(tokens, one)
    if scaled.scaled:
        return scaled._replace(kind=CARDINAL)
    return _multiplied(tokens, one)


def _digits_at(tokens: Sequence[Token], i: int) -> Phrase | None:
    value = digits_value(tokens[i].text)
    if value is None:
        return None
    phrase = Phrase(i, i + 1, value, CARDINAL, words=False, scale=1)
    # "78-Jährige", "2-stündige", "10fach": a number fused with a unit
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].text == "-" and glued(tokens, j) and glued(tokens, j + 1):
        j += 1
    if j < len(tokens) and tokens[j].kind == WORD and glued(tokens, j):
        compound = compound_suffix(tokens[j].text)
        if compound is not None:
            return phrase._replace(stop=j + 1, kind=COMPOUND, unit=compound.unit)
    return _multiplied(tokens, _scaled(tokens, phrase))
