"""Words and punctuation of a stretch of text, with offsets and quote membership.

The other modules reason over tokens rather than characters: "the word before
the verb", "the clause after the comma".  A token knows whether it lies inside
quotation marks (``quote`` is the index of the outermost quote, or -1), so
that a speech verb inside a quote is never taken for the attribution of that
quote.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .marks import MARKS, Quoted

# Numbers keep their separators ("11:09", "1.798", "3,5"), so that a comma in a
# number is no clause break; words keep inner hyphens and apostrophes
# ("Tech-Milliardär", "geht's", "D'Alema") and a short lowercase ending after a
# dot ("tagesschau.de", "ver.di"); every other non-space character is a token
# of its own.  Every branch is bounded and possessive, so no input makes the
# pattern backtrack.
_TOKEN = regex.compile(
    r"\d++(?:[.,:]\d++){1,6}+(?!\w)"
    r"|\w++(?:[-‐'’]\w++){0,8}+(?:\.[a-z]{2,4}+(?!\w))?+"
    r"|[^\w\s]"
)

#: Punctuation that ends a clause.
CLAUSE_BREAKS = frozenset(",;:–—")
#: Punctuation that ends a sentence.
SENTENCE_ENDS = frozenset(".!?…")


class Token:
    """A word or a punctuation mark at ``text[start:end]``."""

    __slots__ = ("end", "is_mark", "is_word", "lower", "quote", "start", "text", "upper")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        # most words are lowercase already: share the string rather than copy it
        self.lower = text if text.islower() else text.lower()
        first = text[0]
        self.is_word = first.isalnum() or first == "_"
        self.upper = first.isupper()
        self.is_mark = not self.is_word and first in MARKS
        self.quote = -1

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


def tokenize(text: str, start: int, end: int, quotes: Sequence[Quoted] = ()) -> list[Token]:
    """The tokens of ``text[start:end]``; ``quotes`` (outermost, in order) set ``Token.quote``.

    >>> [t.text for t in tokenize("„Gut“, sagte Tech-Milliardär Musk.", 0, 34)]
    ['„', 'Gut', '“', ',', 'sagte', 'Tech-Milliardär', 'Musk', '.']
    """
    # findall and find avoid a match object per token; tokens follow each other
    # with only white space between, so each one is the next occurrence of its text
    tokens = []
    find = text.find
    position = start
    for word in _TOKEN.findall(text, start, end):
        at = find(word, position)
        position = at + len(word)
        tokens.append(Token(word, at, position))
    if quotes:
        q = 0
        for token in tokens:
            while q < len(quotes) and quotes[q].outer_end <= token.start:
                q += 1
            if q == len(quotes):
                break
            quote = quotes[q]
            if quote.start <= token.start and token.end <= quote.end:
                token.quote = q
    return tokens
