"""Cut a line of text into numbers, words and single symbols, with exact offsets.

A number token is a run of digits with the separators German uses inside a
number: ``1.234.567,89``, ``1 234`` (a space, no-break space or thin space
before each group of three), ``1'000``, ``5,-`` and ``20.–`` (whole amounts of
money).  A word is a run of letters (soft hyphens inside are kept, so the
offsets stay exact).  Everything else is a one-character token; white space
separates tokens and is dropped.  Whether two tokens touch (``G7``, ``78-Jährige``)
is read from their offsets.

The pattern has no nested repetition that can backtrack: a line of a million
digits or letters is scanned once.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["NUMBER", "WORD", "Token", "lex"]

NUMBER = "n"
WORD = "w"
SYMBOL = "p"

_GROUP_SPACE = "[ \u00a0\u202f\u2009]"
_TOKEN = re.compile(
    # digit groups separated by spaces: at most three digits first, then groups of exactly three
    rf"(?P<n>[0-9]{{1,3}}(?:{_GROUP_SPACE}[0-9]{{3}}(?![0-9]))++(?:,[0-9]++)?(?![0-9]|[.,'’][0-9])"
    # any other run of digits and separators, then a dash for a whole amount ("5,-")
    r"|[0-9]++(?:[.,'’][0-9]++)*+(?:[.,](?:--?|–)(?![\w]))?)"
    r"|(?P<w>[^\W\d_][^\W\d_\u00ad]*+(?:\u00ad[^\W\d_]++)*+)"
    r"|(?P<p>\S)"
)


class Token(NamedTuple):
    """A token: its kind (``n``, ``w`` or ``p``), offsets into the text, and text."""

    kind: str
    start: int
    end: int
    text: str


def lex(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, offsets into ``text``.

    >>> [t.text for t in lex("Rund 1.200 Menschen (5,- €)", 0, 27)]
    ['Rund', '1.200', 'Menschen', '(', '5,-', '€', ')']
    """
    # tuple.__new__ skips the NamedTuple's Python-level constructor: lexing is the
    # plugin's hottest loop, run over every character of the content.
    new = tuple.__new__
    return [
        new(Token, (match.lastgroup or SYMBOL, *match.span(), match.group()))
        for match in _TOKEN.finditer(text, start, end)
    ]
