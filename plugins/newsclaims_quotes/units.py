"""Paragraphs and quote-aware sentences ("units") of a document.

Attribution is decided within a sentence, but the core's sentences split
inside quotes ("„Das ist gut. Wir machen weiter“, sagte er." is two
sentences there).  A unit is a run of sentences of one paragraph joined
wherever an outermost quote crosses a sentence boundary, so that a quote and
the words that attribute it are always in the same unit.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

import attrs

from newsclaims import Document, Sentence

from .marks import Quoted, find_quoted, outermost
from .tokens import Token, Words

# A full stop typed without the space after it: "ausdrücklich.Der Kommissar".
# The core's splitter wants white space there; a speaker named after such a
# stop would otherwise share a sentence with the quote before it.  Candidates
# are rare, so the word before is checked in Python (see _glued_stops).
_GLUED_STOP = re.compile(r"[.!?][“”\"»«]?(?=[^\W\d_][^\W\d_])")
# The word before the stop: at least this many letters ("Nr.", "Dr." are abbreviations).
_GLUED_WORD = 3


@attrs.define
class Unit:
    """A quote-aware sentence: its span, paragraph, tokens and quotes.

    Tokens are made on first use: most sentences of an article attribute
    nothing, and a cheap look at their words (:attr:`words`) tells which
    ones to look at closely.
    """

    text: str = attrs.field(repr=False)
    start: int
    end: int
    paragraph: int
    index: int
    # Most units hold no quote: they share one empty tuple until they get one.
    #: outermost quotes that overlap this unit (they mark its tokens)
    quotes: Sequence[Quoted] = ()
    #: outermost quotes that open in this unit (it decides their attribution)
    own: Sequence[Quoted] = ()
    #: quotes nested inside the outermost ones that open in this unit
    nested: Sequence[Quoted] = ()
    _tokens: list[Token] | None = attrs.field(default=None, repr=False)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = self.word_list.tokens()
        return self._tokens

    @functools.cached_property
    def word_list(self) -> Words:
        """The unit's tokens as plain lists of texts and offsets."""
        return Words(self.text, self.start, self.end, self.quotes)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The unit's tokens as written, as a set: what the prefilter looks at."""
        return frozenset(self.word_list.texts)

    @property
    def quote_starts(self) -> list[int]:
        """The starts of :attr:`quotes`, for bisection."""
        return [quote.start for quote in self.quotes]


def paragraphs(document: Document) -> list[tuple[int, int]]:
    """The non-empty content lines of the document, trimmed, as ``(start, end)``."""
    text = document.text
    spans = []
    for region_start, region_end in document.content_regions:
        position = region_start
        while position < region_end:
            newline = text.find("\n", position, region_end)
            stop = region_end if newline < 0 else newline
            start, end = position, stop
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start and not document.in_boilerplate(start, end):
                spans.append((start, end))
            position = stop + 1
    return spans


def _sentences_by_paragraph(
    sentences: Sequence[Sentence], paras: Sequence[tuple[int, int]]
) -> list[list[Sentence]]:
    starts = [start for start, _ in paras]
    grouped: list[list[Sentence]] = [[] for _ in paras]
    for sentence in sentences:
        i = bisect.bisect_right(starts, sentence.start) - 1
        if i >= 0 and sentence.start < paras[i][1] and sentence.end > sentence.start:
            grouped[i].append(sentence)
    return grouped


def build_units(document: Document) -> tuple[list[Unit], list[Quoted]]:
    """The units of the document in text order, and every quoted stretch found."""
    text = document.text
    paras = paragraphs(document)
    quotes = [q for q in find_quoted(text, paras) if q.end > q.start]
    outer = list(outermost(quotes))
    opens = [q.open for q in outer]
    units: list[Unit] = []
    for p, sentences in enumerate(_sentences_by_paragraph(document.content_sentences, paras)):
        para_end = paras[p][1]
        current: Unit | None = None
        reach = -1
        for sentence_start, sentence_end in _pieces(text, sentences):
            if current is not None and sentence_start < reach:
                current.end = max(current.end, min(sentence_end, para_end))
            else:
                current = Unit(text, sentence_start, min(sentence_end, para_end), p, len(units))
                units.append(current)
            first = bisect.bisect_left(opens, sentence_start)
            last = bisect.bisect_left(opens, sentence_end)
            for quote in outer[first:last]:
                reach = max(reach, min(quote.outer_end, para_end))
            if reach > current.end:
                current.end = min(max(current.end, reach), para_end)
    _assign(units, outer, quotes)
    return units, quotes


def _pieces(text: str, sentences: Sequence[Sentence]) -> Iterator[tuple[int, int]]:
    """The spans of ``sentences``, split where a stop lacks its space ("ausdrücklich.Der")."""
    for sentence in sentences:
        start = sentence.start
        for stop in _glued_stops(text, sentence.start, sentence.end):
            yield start, stop
            start = stop
        yield start, sentence.end


def _glued_stops(text: str, start: int, end: int) -> Iterator[int]:
    """Where a sentence ends at a stop typed without the space after it."""
    for match in _GLUED_STOP.finditer(text, start, end):
        after = match.end()
        if not (text[after].isupper() and text[after + 1].islower()):
            continue
        k = match.start()
        letters = 0
        small = False
        while k > start and text[k - 1].isalpha() and letters <= _GLUED_WORD:
            k -= 1
            letters += 1
            small = small or text[k].islower()
        if letters >= _GLUED_WORD and small and not (k > start and text[k - 1] in "-."):
            yield after


def _assign(units: Sequence[Unit], outer: Sequence[Quoted], quotes: Sequence[Quoted]) -> None:
    """Give each unit the quotes that overlap it, open in it, or nest in those."""
    q = 0
    for unit in units:
        while q < len(outer) and outer[q].outer_end <= unit.start:
            q += 1
        k = q
        while k < len(outer) and outer[k].open < unit.end:
            quote = outer[k]
            if quote.outer_end > unit.start:
                unit.quotes = _append(unit.quotes, quote)
                if quote.open >= unit.start:
                    unit.own = _append(unit.own, quote)
            k += 1
    starts = [unit.start for unit in units]
    for quote in quotes:
        if quote.depth > 0:
            i = bisect.bisect_right(starts, quote.open) - 1
            if i >= 0 and quote.open < units[i].end:
                units[i].nested = _append(units[i].nested, quote)


def _append(items: Sequence[Quoted], quote: Quoted) -> list[Quoted]:
    """``items`` with ``quote`` added: the shared empty tuple becomes a list of its own."""
    if isinstance(items, list):
        items.append(quote)
        return items
    return [quote]
