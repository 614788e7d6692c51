"""Quotation marks: which marks open, which close, and what they enclose.

German news uses „…“ and »…«, Swiss text «…», English text “…” and "…", and
single marks ‚…‘ or '…' for quotes inside quotes.  The same characters also
serve as apostrophes ("geht's", "Grass'", "Moody’s"), and a mark can be left
unbalanced by a careless editor or a scraper.  This module pairs the marks of
a paragraph in one left-to-right pass:

* An unambiguous opener (``„``, ``‚``) always opens.  An ambiguous mark
  (``"``, ``»``, ``“``, ``'``...) closes a pending opener it can close, else
  opens when it stands where an opener stands (after white space or an opening
  bracket, before a word), else is ignored: a mark between two letters is an
  apostrophe.
* A closer matches one of the few innermost pending openers; deeper nesting
  than :data:`MAX_DEPTH` is dropped, so a paragraph of 100,000 unbalanced
  marks is still one linear pass.
* What is still open at the end of a paragraph runs to the paragraph's end
  (never further), unless the next paragraph opens with the same mark: that is
  the German convention for a quote over several paragraphs, and the quote
  continues there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex

from newsclaims.text import QUOTE_PAIRS

#: Openers that never close anything.
UNAMBIGUOUS_OPENERS = frozenset("„‚")
#: Every character that may be a quotation mark.
MARKS = frozenset(QUOTE_PAIRS) | frozenset("".join(QUOTE_PAIRS.values()))
#: Pending openers a closer looks at; deeper ones are treated as stray.
MAX_DEPTH = 4
#: Paragraphs a quote may continue over.
MAX_PARAGRAPHS = 12

_MARK = regex.compile("[" + regex.escape("".join(sorted(MARKS))) + "]")
# What may stand before an opener or after a closer besides white space.
_BEFORE_OPENER = frozenset("([{/–—-:;…") | MARKS
_AFTER_CLOSER = frozenset(")]}/–—-.,;:!?…*") | MARKS
_SINGLE = frozenset("'‘’‚‹›")
# Web text often closes a German opener with the straight mark of the keyboard:
# „So ist es", sagte er.
_LENIENT_CLOSERS = {"„": '"', "‚": "'"}


@attrs.frozen
class Quoted:
    """A stretch of text between quotation marks.

    ``open`` is the offset of the opening mark, ``close`` that of the closing
    mark or ``None`` when the quote is not closed (it then ends at its
    paragraph's end).  ``start``/``end`` delimit the words inside the marks.
    ``depth`` is 0 for an outermost quote.  ``paragraphs`` counts the
    paragraphs the quote runs over.
    """

    open: int
    close: int | None
    start: int
    end: int
    depth: int
    mark: str
    paragraphs: int = 1

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        """The offset just after the closing mark (or the end of the words)."""
        return self.end if self.close is None else self.close + 1


@attrs.define
class _Open:
    mark: str
    position: int
    depth: int
    paragraphs: int = 1
    origin: int = -1  # where a quote continued from an earlier paragraph opened


def _closes(opener: str, mark: str) -> bool:
    return mark in QUOTE_PAIRS.get(opener, "") or mark in _LENIENT_CLOSERS.get(opener, "")


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    if after.isspace() or after in ",.;:!?":
        return False
    before = text[i - 1] if i > start else " "
    return before.isspace() or before in _BEFORE_OPENER


def _can_close(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    if before.isspace():
        return False
    after = text[i + 1] if i + 1 < end else " "
    return after.isspace() or after in _AFTER_CLOSER


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair_paragraph(
    text: str, start: int, end: int, carried: list[_Open]
) -> tuple[list[Quoted], list[_Open]]:
    """Pair the marks of ``text[start:end]``; return the quotes and the openers left open."""
    quotes: list[Quoted] = []
    stack = carried
    continued = carried[0].position if carried else -1
    for found in _MARK.finditer(text, start, end):
        i = found.start()
        mark = text[i]
        if i == continued:
            continue
        # a closer pairs with one of the innermost pending openers
        match = -1
        if mark not in UNAMBIGUOUS_OPENERS:
            for k in range(len(stack) - 1, max(-1, len(stack) - 1 - MAX_DEPTH), -1):
                if _closes(stack[k].mark, mark):
                    match = k
                    break
        if match >= 0:
            opener = stack[match]
            can_open = mark in QUOTE_PAIRS and _can_open(text, i, start, end)
            can_close = _can_close(text, i, start, end)
            if mark in _SINGLE and not can_close:
                match = -1  # "geht's": an apostrophe, even with a ' pending
            elif can_open and not can_close and match == len(stack) - 1 and mark == opener.mark:
                match = -1  # a straight mark that opens a nested quote
        if match >= 0:
            opener = stack[match]
            del stack[match:]
            origin = opener.position if opener.origin < 0 else opener.origin
            begin, stop = _trimmed(text, origin + 1, i)
            quotes.append(
                Quoted(
                    open=origin,
                    close=i,
                    start=begin,
                    end=stop,
                    depth=opener.depth,
                    mark=opener.mark,
                    paragraphs=opener.paragraphs,
                )
            )
            continue
        if mark not in QUOTE_PAIRS:
            continue  # a lone closer
        if mark in UNAMBIGUOUS_OPENERS or _can_open(text, i, start, end):
            if mark in _SINGLE and mark not in UNAMBIGUOUS_OPENERS:
                before = text[i - 1] if i > start else " "
                if before.isalnum():
                    continue  # "Moody's" with a space after the s is not an opener
            if len(stack) >= MAX_DEPTH * 4:
                del stack[0]  # a flood of unbalanced marks: forget the oldest
            stack.append(_Open(mark, i, len(stack)))
    return quotes, stack


def _unclosed(text: str, opener: _Open, end: int) -> Quoted | None:
    """The quote an unbalanced opener starts, bounded by its paragraph."""
    origin = opener.position if opener.origin < 0 else opener.origin
    start, stop = _trimmed(text, origin + 1, end)
    if stop <= start:
        return None
    return Quoted(
        open=origin,
        close=None,
        start=start,
        end=stop,
        depth=opener.depth,
        mark=opener.mark,
        paragraphs=opener.paragraphs,
    )


def find_quoted(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quoted]:
    """Every quoted stretch in the paragraphs ``(start, end)`` of ``text``, in text order.

    Paragraphs must be in text order.  A quote left open at the end of a
    paragraph continues into the next one only when that paragraph starts with
    the same opening mark; otherwise it ends with its paragraph.

    >>> text = "„Wir bauen“, sagte sie, „geht's noch?“ Ein ‚Titel‘ und ein „offenes Ende"
    >>> [text[q.start:q.end] for q in find_quoted(text, [(0, len(text))])]
    ['Wir bauen', "geht's noch?", 'Titel', 'offenes Ende']
    """
    quotes: list[Quoted] = []
    carried: list[_Open] = []
    for index, (start, end) in enumerate(paragraphs):
        found, left = _pair_paragraph(text, start, end, carried)
        quotes.extend(found)
        carried = []
        if not left:
            continue
        outer = left[0]
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        first = _first_char(text, following) if following else None
        if first is not None and following is not None and outer.paragraphs < MAX_PARAGRAPHS:
            position, char = first
            if char == outer.mark:
                # „… (paragraph) „… “: the quote goes on; the new opener is its continuation
                origin = outer.position if outer.origin < 0 else outer.origin
                carried = [_Open(char, position, 0, outer.paragraphs + 1, origin)]
                left = left[1:]
        if not carried:
            quote = _unclosed(text, outer, end)
            if quote is not None:
                quotes.append(quote)
        # inner openers left open are stray marks inside the outer quote: dropped
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def _first_char(text: str, paragraph: tuple[int, int]) -> tuple[int, str] | None:
    start, end = _trimmed(text, *paragraph)
    return (start, text[start]) if start < end else None


def outermost(quotes: Sequence[Quoted]) -> Iterator[Quoted]:
    """The quotes not nested in another one, in text order."""
    reach = -1
    for quote in quotes:
        if quote.start >= reach:
            reach = quote.end
            yield quote
