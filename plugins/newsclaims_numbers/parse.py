"""The numeric parser: German numbers in digits or words to their value.

Other plugins reuse it (``from newsclaims_numbers import parse_number``).

>>> parse_number("dreihundertfünfundzwanzigtausend")
325000.0
>>> parse_number("1.234.567,89")
1234567.89
>>> parse_number("-0,4"), parse_number("minus zwölf")
(-0.4, -12.0)
>>> parse_number("1,2 Millionen"), parse_number("3,5 Mrd."), parse_number("zwei Drittel")
(1200000.0, 3500000000.0, 0.6666666666666666)
>>> parse_number("eine Million zweihundertvierunddreißigtausendfünfhundertsiebenundsechzig")
1234567.0
>>> parse_number("anderthalb"), parse_number("zwei Komma fünf"), parse_number("5,-")
(1.5, 2.5, 5.0)
>>> parse_number("Zweifel") is None, parse_number("12.03.2024") is None
(True, True)
"""

from __future__ import annotations

import math
from fractions import Fraction

from ._lexer import NUMBER, lex
from ._phrase import ARTICLE, CARDINAL, FRACTION, number_at
from ._tables import vocabulary

__all__ = ["parse_fraction", "parse_number"]

_SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}


def parse_fraction(text: str) -> Fraction | None:
    """Like :func:`parse_number`, but the exact value as a :class:`~fractions.Fraction`.

    >>> from newsclaims_numbers import parse_fraction
    >>> parse_fraction("ein Drittel")
    Fraction(1, 3)
    """
    text = text.strip()
    tokens = lex(text, 0, len(text))
    if not tokens:
        return None
    sign, i = 1, 0
    if tokens[0].text in _SIGNS and len(tokens) > 1 and tokens[1].kind == NUMBER:
        sign, i = _SIGNS[tokens[0].text], 1
    elif tokens[0].text.lower() in {w.lower() for w in vocabulary().roles.get("sign", ())}:
        sign, i = -1, 1
    if i >= len(tokens):
        return None
    phrase = number_at(tokens, i)
    if phrase is None or phrase.stop != len(tokens):
        return None
    if phrase.kind not in (CARDINAL, ARTICLE, FRACTION):
        return None
    return sign * phrase.value


def parse_number(text: str) -> float | None:
    """The value of a German number written in digits or words, or ``None``.

    Understands digits with German separators (``1.234.567,89``, ``1 234``,
    ``5,-``), a sign (``-``, ``−``, ``–``, ``+``, "minus"), number words of any
    size ("dreihundertfünfundzwanzigtausend", "eine Million zweihundert"),
    decimals in words ("zwei Komma fünf"), scale words and their
    abbreviations ("1,2 Millionen", "3,5 Mrd.", "200 Tsd."), fractions and
    halves ("zwei Drittel", "anderthalb", "zweieinhalb", "eine halbe
    Million") and dozens ("zwei Dutzend").

    The whole text must be the number: surrounding words make it ``None``.
    Whether a number in running text is a quantity (or a year, a date, a
    name) is for :func:`find_quantities` to decide, not for the parser.
    Numbers beyond the range of a float give ``None``.
    """
    value = parse_fraction(text)
    if value is None:
        return None
    result = float(value)
    return result if math.isfinite(result) else None
