"""Words and punctuation of a stretch of text, with offsets and quote membership.

The other modules reason over tokens rather than characters: "the word before
the verb", "the clause after the comma".  A token knows whether it lies inside
quotation marks (``quote`` is the index of the outermost quote, or -1), so
that a speech verb inside a quote is never taken for the attribution of that
quote.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator, Sequence

from .marks import MARKS, Quoted

# Numbers keep their separators ("11:09", "1.798", "3,5"), so that a comma in a
# number is no clause break; words keep inner hyphens and apostrophes
# ("Tech-Milliardär", "geht's", "D'Alema") and a short lowercase ending after a
# dot ("tagesschau.de", "ver.di"); every other non-space character is a token
# of its own.  Every branch is bounded and possessive, so no input makes the
# pattern backtrack.
# (The standard library's engine, possessive since Python 3.11, is the faster
# one for this simple pattern; its \w is str.isalnum() and "_", as Token.is_word.)
_TOKEN = re.compile(
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
        shape = _SHAPES.get(text)
        if shape is None:
            shape = _shape(text)
        self.lower, self.is_word, self.upper, self.is_mark = shape
        self.quote = -1

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


# What a token's text says about it, remembered: news repeats its words.
_SHAPES: dict[str, tuple[str, bool, bool, bool]] = {}
_SHAPE_LIMIT = 100_000


def _shape(text: str) -> tuple[str, bool, bool, bool]:
    """Lowercase form, word, capital, quotation mark: the fields of a :class:`Token`."""
    if len(_SHAPES) > _SHAPE_LIMIT:
        _SHAPES.clear()  # bounded memory on a corpus of millions of words
    first = text[0]
    word = first.isalnum() or first == "_"
    # most words are lowercase already: share the string rather than copy it
    shape = _SHAPES[text] = (
        text if text.islower() else text.lower(),
        word,
        first.isupper(),
        not word and first in MARKS,
    )
    return shape


_NONE: tuple[int, ...] = ()


class Words:
    """The tokens of a stretch of text as plain lists: their texts, and their starts on demand.

    The name index reads every sentence of an article, and most sentences
    attribute nothing; a list of strings per sentence instead of an object
    per word keeps both the allocation and the garbage collector's work
    small, and the offsets are worked out only for the sentences that need
    them.  :class:`Token` objects are made from these lists only for the
    sentences that are looked at closely.
    """

    __slots__ = ("_quote_ends", "_quote_starts", "_span", "_starts", "_text", "classes", "texts")

    def __init__(self, text: str, start: int, end: int, quotes: Sequence[Quoted] = ()) -> None:
        self._text = text
        self._span = (start, end)
        self.texts: list[str] = _TOKEN.findall(text, start, end)
        self._starts: list[int] | None = None
        #: word-class flags per token, filled by the name index
        self.classes: list[int] | None = None
        self._quote_starts: Sequence[int] = _NONE
        self._quote_ends: Sequence[int] = _NONE
        if quotes:
            self._quote_starts = [quote.start for quote in quotes]
            self._quote_ends = [quote.end for quote in quotes]

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def starts(self) -> list[int]:
        """The offset of each token in the text."""
        if self._starts is None:
            # findall and find avoid a match object per token; tokens follow each other
            # with only white space between, so each is the next occurrence of its text
            starts: list[int] = []
            append = starts.append
            find = self._text.find
            position = self._span[0]
            for word in self.texts:
                at = find(word, position)
                append(at)
                position = at + len(word)
            self._starts = starts
        return self._starts

    def quote(self, i: int) -> int:
        """The index of the quote that token ``i`` lies in, or -1 (as :attr:`Token.quote`)."""
        if not self._quote_starts:
            return -1
        start = (self._starts if self._starts is not None else self.starts)[i]
        k = bisect.bisect_right(self._quote_starts, start) - 1
        if k >= 0 and start + len(self.texts[i]) <= self._quote_ends[k]:
            return k
        return -1

    def capitals(self) -> Iterator[int]:
        """The indices of the tokens that start with a capital letter."""
        # in C, without a Python step per token: most tokens are no capital
        return itertools.compress(
            itertools.count(), map(str.isupper, map(operator.itemgetter(0), self.texts))
        )

    def tokens(self) -> list[Token]:
        """The :class:`Token` objects of these words, with their quote membership."""
        texts, starts = self.texts, self.starts
        tokens = [Token(word, at, at + len(word)) for word, at in zip(texts, starts, strict=True)]
        quote_starts, quote_ends = self._quote_starts, self._quote_ends
        if quote_starts:
            q = 0
            for token in tokens:
                while q < len(quote_ends) and quote_ends[q] <= token.start:
                    q += 1
                if q == len(quote_ends):
                    break
                if quote_starts[q] <= token.start and token.end <= quote_ends[q]:
                    token.quote = q
        return tokens


def is_word(text: str) -> bool:
    """Whether a token's text is a word (not punctuation or a mark)."""
    first = text[0]
    return first.isalnum() or first == "_"


def tokenize(text: str, start: int, end: int, quotes: Sequence[Quoted] = ()) -> list[Token]:
    """The tokens of ``text[start:end]``; ``quotes`` (outermost, in order) set ``Token.quote``.

    >>> [t.text for t in tokenize("„Gut“, sagte Tech-Milliardär Musk.", 0, 34)]
    ['„', 'Gut', '“', ',', 'sagte', 'Tech-Milliardär', 'Musk', '.']
    """
    return Words(text, start, end, quotes).tokens()
