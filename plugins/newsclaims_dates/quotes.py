"""Where direct speech starts and ends, for words like "heute" that count from the speaker's day."""

from __future__ import annotations

__all__ = ["quote_around"]

# Quotation marks that only close in German typesetting.
_CLOSE = "“”‘’"
# How far a quotation may reach back or ahead: a bound keeps a huge line linear.
_REACH = 1000


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(opening, closing)`` offsets of the quotation marks around ``text[start:end]``, or ``None``.

    Only the line of the expression is searched, and only a stretch of it
    around the expression.  German „…“ and »…« are recognised, and straight
    quotes by their parity.
    """
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    line_start = max(line_start, start - _REACH)
    line_end = text.find("\n", end, end + _REACH)
    line_end = min(len(text), end + _REACH) if line_end < 0 else line_end
    opening = -1
    low = text.rfind("„", line_start, start)
    if low > max(text.rfind(mark, line_start, start) for mark in _CLOSE):
        opening = low
    elif text.count('"', line_start, start) % 2 == 1:
        opening = text.rfind('"', line_start, start)
    elif text.rfind("»", line_start, start) > text.rfind("«", line_start, start):
        opening = text.rfind("»", line_start, start)
    if opening < 0:
        return None
    closers = {"„": "“”", '"': '"', "»": "«"}[text[opening]]
    found = [i for i in (text.find(mark, end, line_end) for mark in closers) if i >= 0]
    return opening, min(found) if found else line_end
