"""Values of single German number words and digit strings.

Every cardinal below a million is composed from the pieces in
``cardinals.tsv`` once, into two dictionaries (the form that ends a word,
"hunderteins", and the form that begins a longer one, "hundertein-tausend");
a word is then split at "tausend" at most once.  So parsing a word is two or
three dictionary lookups, whatever its length.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from fractions import Fraction

from ._tables import INFLECTIONS, Compound, vocabulary

# A number in digits as German (and, where unambiguous, English or Swiss) text writes it.
_GROUPS = r"[0-9]{1,3}(?:(?P<sep>[.' ’\u00a0\u202f\u2009])[0-9]{3})(?:(?P=sep)[0-9]{3})*+"
_GERMAN = re.compile(rf"(?P<int>{_GROUPS}|[0-9]++)(?:,(?P<frac>[0-9]++|--?|–)|\.(?:--?|–))?")
_ENGLISH = re.compile(
    r"(?P<int>[0-9]{1,3}(?:,[0-9]{3}){2,}+|[0-9]{1,3}(?:['’][0-9]{3})++|[0-9]++)\.(?P<frac>[0-9]++)"
)

#: Longer digit strings are not quantities (and would not fit a float).
MAX_DIGITS = 300


def digits_value(text: str) -> Fraction | None:
    """The value of a number written in digits, or ``None``.

    German separators: ``1.234.567,89``, ``1 234``, ``5,-``; Swiss ``1'000``;
    English ``1,234,567.89`` and ``3.5`` where no German reading exists (one
    dot followed by other than three digits).  Dates and versions
    (``12.03.2024``, ``1.2.3``) are not numbers.

    >>> digits_value("1.234.567,89")
    Fraction(123456789, 100)
    >>> digits_value("12.03.2024") is None
    True
    """
    if len(text) > MAX_DIGITS:
        return None  # also keeps int() within Python's digit limit
    match = _GERMAN.fullmatch(text)
    if match is not None:
        integer = re.sub(r"[^0-9]", "", match["int"])
        fraction = match["frac"]
        if fraction is None or not fraction[0].isdigit():
            return Fraction(int(integer))
        return Fraction(f"{integer}.{fraction}")
    match = _ENGLISH.fullmatch(text)
    if match is not None and (len(match["frac"]) != 3 or not match["int"].isdigit()):
        # one dot before exactly three digits is a German thousands separator, handled above
        return Fraction(f"{re.sub(r'[^0-9]', '', match['int'])}.{match['frac']}")
    return None


@functools.cache
def _below_thousand() -> tuple[Mapping[str, int], Mapping[str, int]]:
    """Every cardinal word from 1 to 999: (final forms, prefix forms)."""
    vocab = vocabulary()
    final_small: dict[str, int] = {**vocab.digits, **vocab.teens, **vocab.tens}
    prefix_small: dict[str, int] = {**vocab.prefixes, **vocab.teens, **vocab.tens}
    for joiner in vocab.joiner:
        for digit, d in vocab.prefixes.items():
            for ten, t in vocab.tens.items():
                final_small[f"{digit}{joiner}{ten}"] = d + t
                prefix_small[f"{digit}{joiner}{ten}"] = d + t
    final: dict[str, int] = dict(final_small)
    prefix: dict[str, int] = dict(prefix_small)
    for hundred in vocab.hundred:
        leaders = {"": 1, **vocab.prefixes}
        for leader, h in leaders.items():
            head = f"{leader}{hundred}"
            final[head] = prefix[head] = 100 * h
            for joiner in ("", *vocab.joiner):
                for word, value in final_small.items():
                    final[f"{head}{joiner}{word}"] = 100 * h + value
                for word, value in prefix_small.items():
                    prefix[f"{head}{joiner}{word}"] = 100 * h + value
    return final, prefix


@functools.lru_cache(maxsize=8192)
def cardinal_value(word: str) -> int | None:
    """The value of one cardinal number word below a million, or ``None``.

    >>> cardinal_value("dreihundertfünfundzwanzigtausend")
    325000
    >>> cardinal_value("Einundzwanzig")
    21
    >>> cardinal_value("Zweifel") is None
    True
    """
    word = word.lower().replace("\u00ad", "")
    if len(word) > 80:
        return None
    vocab = vocabulary()
    final, prefix = _below_thousand()
    value = final.get(word)
    if value is not None:
        return value
    if word in vocab.zero:
        return 0
    for thousand in vocab.thousand:
        position = word.find(thousand)
        if position < 0:
            continue
        left, right = word[:position], word[position + len(thousand) :]
        # "dreihunderteintausend"; num2words writes "dreihunderteinstausend", accepted too
        high = 1 if not left else prefix.get(left, final.get(left))
        if high is None:
            return None
        if not right:
            return high * 1000
        for joiner in vocab.joiner:
            if right.startswith(joiner) and right[len(joiner) :] in final:
                right = right[len(joiner) :]
        low = final.get(right)
        return None if low is None else high * 1000 + low
    return None


@functools.lru_cache(maxsize=4096)
def ordinal_value(word: str) -> int | None:
    """The value of an inflected ordinal ("Fünfte" -> 5, "zwanzigsten" -> 20), or ``None``.

    >>> ordinal_value("Dritte"), ordinal_value("hundertsten"), ordinal_value("drei")
    (3, 100, None)
    """
    word = word.lower()
    vocab = vocabulary()
    for ending in ("em", "en", "er", "es", "e"):
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if stem in vocab.ordinals:
            return vocab.ordinals[stem]
        if stem.endswith("st"):
            value = cardinal_value(stem[:-2])
            if value is not None and value >= 20:
                return value
        if stem.endswith("t"):
            value = cardinal_value(stem[:-1])
            if value is not None and 13 <= value <= 19:
                return value
    return None


@functools.lru_cache(maxsize=4096)
def mixed_value(word: str) -> Fraction | None:
    """Numbers with a half: "anderthalb", "eineinhalb", "zweieinhalb".

    >>> mixed_value("zweieinhalb"), mixed_value("anderthalb")
    (Fraction(5, 2), Fraction(3, 2))
    """
    word = word.lower()
    fractions = vocabulary().fractions
    entry = fractions.get(word)
    if entry is not None and entry.kind == "mixed":
        return entry.value
    for suffix, entry in fractions.items():
        if entry.kind == "halfsuffix" and word.endswith(suffix) and len(word) > len(suffix):
            whole = cardinal_value(word[: -len(suffix)])
            if whole is not None and whole > 0:
                return whole + entry.value
    return None


@functools.lru_cache(maxsize=4096)
def compound_value(word: str) -> tuple[Fraction, Compound] | None:
    """A cardinal fused with an adjective ending: "zweistündiges", "Zehnjährige", "dreimal".

    >>> value, compound = compound_value("zweistündiges")
    >>> value, compound.unit
    (Fraction(2, 1), 'Stunde')
    """
    word = word.lower()
    for compound in vocabulary().compounds:
        position = word.rfind(compound.suffix)
        if position <= 0:
            continue
        rest = word[position + len(compound.suffix) :]
        if rest not in (INFLECTIONS if compound.inflects else ("",)):
            continue
        head = word[:position]
        value: Fraction | int | None = cardinal_value(head)
        if value is None:
            value = mixed_value(head)
        if value is None and head == "ein":
            value = 1
        if value is not None and value >= compound.minimum:
            return Fraction(value), compound
    return None


def compound_suffix(word: str) -> Compound | None:
    """The compound row whose suffix ``word`` is ("Jährige" after "78-"), or ``None``."""
    word = word.lower()
    for compound in vocabulary().compounds:
        if word.startswith(compound.suffix) and word[len(compound.suffix) :] in (
            INFLECTIONS if compound.inflects else ("",)
        ):
            return compound
    return None
