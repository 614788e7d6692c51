"""Find the quantities in German text.

>>> [(q.text, q.value, q.unit, q.approx) for q in find_quantities(
...     "Rund 1,2 Millionen Menschen warteten am 5. November fast zwei Stunden.")]
[('1,2 Millionen Menschen', 1200000.0, 'Mensch', <Approx.ABOUT: 'about'>), ('zwei Stunden', 2.0, 'Stunde', <Approx.ALMOST: 'almost'>)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import newsclaims
from newsclaims.text import iter_lines, split_sentences

from ._extract import scan_line

__all__ = ["find_quantities"]


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    sentence_ends: Iterable[int] | None = None,
) -> list[newsclaims.Quantity]:
    """Every quantity in ``text[start:end]``, with offsets into ``text``.

    Args:
        text: the text.
        start: where to begin.
        end: where to stop (default: the end of the text).
        sentence_ends: offsets where sentences end, to tell "noch 412." (a count
            at the end of a sentence) from "am 5. November" (an ordinal).  By
            default the text is split with :func:`newsclaims.text.split_sentences`.

    Returns:
        The quantities in text order.  A range ("40 bis 50 Minuten") gives two:
        the lower bound with ``value_max``, and the upper bound.
    """
    end = len(text) if end is None else end
    ends = (
        frozenset(sentence.end for sentence in split_sentences(text, start, end))
        if sentence_ends is None
        else frozenset(sentence_ends)
    )
    is_end: Callable[[int], bool] = ends.__contains__
    found: list[newsclaims.Quantity] = []
    for line in iter_lines(text, start, end):
        if line.end > line.start:
            found.extend(scan_line(text, line.start, line.end, is_end))
    return found
