"""The page as a whole: where the article is, and which lines around and inside it are furniture.

The article is the stretch of lines with the most running text in it: every
line scores by its shape (a paragraph gains its word count, a menu entry, a
marker line or a date line costs a little) and the best-scoring contiguous
stretch is taken, as in Finn, Kushmerick and Smyth's body text extraction
(2001), but over lines and with a marker lexicon.  A comment section's start
is a barrier the stretch never crosses.  Then the neighbours speak: the
headline above the stretch joins it, teaser lines after "Mehr zum Thema" leave
it, a repeat of a line already read is a duplicate.

The decision is idempotent: every line that ends up as boilerplate inside the
stretch scores below zero, so the content lines alone, cleaned again, form a
stretch of their own and lose nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .lines import Kind, Line
from .metadata import DateShape, byline_names, has_numeric_date
from .vocabulary import Role

__all__ = ["Decision", "decide", "published_candidates"]

#: What a line inside the article costs once a neighbour marked it as boilerplate.
_DEMOTED = -5.0
#: How far above the article's first paragraph its headline may stand.
_TITLE_REACH = 15
#: Duplicates are judged on lines of at least this many words ("Warum?" may repeat).
_DUPLICATE_WORDS = 5
#: After this many words of article, a "name | date, time" line opens the comments.
_COMMENTS_AFTER_WORDS = 150
_MAX_PASSES = 8
#: How close to the headline a furniture line with a date may stand to give the article's date.
_HEADER_LINES = 6
#: A list of teasers ends at a paragraph: as long as this, or shorter but followed by another.
_LONG_PARAGRAPH_WORDS = 60
_PARAGRAPH_WORDS = 15
#: What a list of teasers may hold besides headlines and blurbs.
_CARD_REASONS = frozenset({"related", "dateline", "byline", "caption"})
#: What stands between an article's headline and its text.
_HEADER_REASONS = frozenset({"dateline", "byline", "caption"})


@dataclass(slots=True)
class Decision:
    """Which lines are boilerplate, and where the article is."""

    #: per line: the boilerplate reason, or ``None`` for a content line
    reasons: list[str | None]
    #: the article's first and last line (``first > last``: no article found)
    first: int
    last: int
    #: the headline's line, if one was found
    title: int | None


def _eligible_text(line: Line) -> bool:
    return line.reason is None and not line.teaser and line.kind in (Kind.PROSE, Kind.TEXT)


def scores(lines: Sequence[Line]) -> list[float]:
    """How much each line speaks for being part of the article (negative: against).

    A paragraph gains its word count, halved when it stands alone between
    headlines and date lines, as the teasers of a list of other articles do
    (the article's own paragraphs mostly follow each other).  Menu entries,
    headlines and marker lines cost a little, date lines and list headings
    more: they rarely stand inside an article.
    """
    counts: dict[str, int] = {}
    for line in lines:
        if line.key and line.words <= 12:
            counts[line.key] = counts.get(line.key, 0) + 1
    texts = [index for index, line in enumerate(lines) if line.kind is not Kind.EMPTY]
    result = [0.0] * len(lines)
    for position, index in enumerate(texts):
        line = lines[index]
        repeated = counts.get(line.key, 0) > 1
        if line.reason is not None:
            if line.role is Role.LIST:
                result[index] = -20.0
            elif line.shape is not DateShape.NONE:
                result[index] = -10.0
            else:
                result[index] = -5.0
        elif line.teaser:
            result[index] = -3.0
        elif line.kind is Kind.PROSE or line.kind is Kind.TEXT:
            if line.kind is Kind.TEXT and line.stop_ratio < 0.15:
                result[index] = -2.0
                continue
            value = float(line.words)
            if line.kind is Kind.TEXT or (line.stop_ratio < 0.08 and line.words >= 8):
                value *= 0.5
            if line.address:
                value *= 0.5
            before = position > 0 and _eligible_text(lines[texts[position - 1]])
            after = position + 1 < len(texts) and _eligible_text(lines[texts[position + 1]])
            result[index] = value if before or after else value * 0.5
        else:
            result[index] = -4.0 if repeated else -3.0
    return result


def _barriers(lines: Sequence[Line]) -> list[bool]:
    """Lines the article never runs across: a comment section's start.

    A "name | date, time" stamp opens a comment once a good part of an article
    stands before it; near the top it is the article's own byline.
    """
    barriers, words = [], 0
    for line in lines:
        if _eligible_text(line):
            words += line.words
        barriers.append(
            line.role is Role.END
            or (line.shape is DateShape.STAMP and words >= _COMMENTS_AFTER_WORDS)
        )
    return barriers


def _best_stretch(values: Sequence[float], barriers: Sequence[bool]) -> tuple[int, int, float]:
    """The contiguous stretch with the highest total score that crosses no barrier.

    Kadane's algorithm; on a tie the longer stretch wins, so that a line
    scoring zero at either end (an empty line) never decides.
    """
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for index, value in enumerate(values):
        if barriers[index]:
            start, total = index + 1, 0.0
            continue
        if total <= 0.0:
            start, total = index, 0.0
        total += value
        if total > best[2] or (total == best[2] > 0.0 and index - start > best[1] - best[0]):
            best = (start, index, total)
    return best


def _mark_followers(lines: Sequence[Line]) -> None:
    """Lines that are metadata because of the line above them.

    After a label ("Von", "Stand", "Schlagworte") the next short line is its
    value; after an author box's heading ("Autor", "Über den Autor") come the
    author's name and, right below a short name or continuing it in lower
    case, the biography.
    """
    label: Line | None = None
    biography = 0
    previous: Line | None = None
    for line in lines:
        if line.kind is Kind.EMPTY:
            continue
        if (
            line.reason is None
            and label is not None
            and line.kind is not Kind.PROSE
            and line.words <= 8
        ):
            line.reason = label.reason or "metadata"
            if label.reason == "byline":
                line.role = Role.BYLINE
                line.names = tuple(byline_names(line.text))
        elif (
            line.reason is None
            and biography
            and (
                biography == 2
                or (previous is not None and (previous.words <= 4 or line.text[:1].islower()))
            )
        ):
            line.reason = "byline"
        label = line if line.role is Role.LABEL else None
        biography = (
            2
            if line.role is Role.BIO
            else (biography - 1 if line.reason == "byline" and biography else 0)
        )
        previous = line


def _author_notes(lines: Sequence[Line]) -> None:
    """A paragraph that opens with a byline's name ("Anna Muster arbeitet seit ...") is the author's note."""
    names = {
        name for line in lines if line.role is Role.BYLINE for name in line.names if " " in name
    }
    if not names:
        return
    for line in lines:
        if line.reason is None and line.words <= 80:
            for name in names:
                if (
                    line.text.startswith(name)
                    and line.text[len(name) : len(name) + 2].strip()[:1].islower()
                ):
                    line.reason = "byline"
                    break


def _teasers(lines: Sequence[Line]) -> None:
    """After a list heading ("Mehr zum Thema", "Meistgelesen") every line up to the article's next paragraph is a teaser.

    A teaser may come with a sentence or two of its own; it stands alone
    between headlines and dates, where the article's paragraphs follow each
    other.  The list ends at furniture of another kind (a menu, a footer) and
    where an article begins: a date line or byline with a paragraph below.
    """
    texts = [line for line in lines if line.kind is not Kind.EMPTY]
    listing = False
    for position, line in enumerate(texts):
        if line.role is Role.LIST:
            listing = True
        elif (
            line.role is Role.END
            or (line.reason is not None and line.reason not in _CARD_REASONS)
            or (listing and (_paragraph(texts, position) or _article_header(texts, position)))
        ):
            listing = False
        elif listing:
            line.teaser = True


def _prose(line: Line | None, words: int = 1) -> bool:
    return (
        line is not None and line.kind is Kind.PROSE and line.reason is None and line.words >= words
    )


def _paragraph(texts: Sequence[Line], position: int) -> bool:
    """Whether the line at ``position`` reads as a paragraph of an article rather than a teaser's blurb."""
    line = texts[position]
    following = texts[position + 1] if position + 1 < len(texts) else None
    return _prose(line, _PARAGRAPH_WORDS) and (
        line.words >= _LONG_PARAGRAPH_WORDS or _prose(following, _PARAGRAPH_WORDS)
    )


def _article_header(texts: Sequence[Line], position: int) -> bool:
    """A date line or byline with a paragraph right below (past a headline, a caption, a button): an article starts."""
    if texts[position].reason not in ("dateline", "byline"):
        return False
    for line in texts[position + 1 : position + 5]:
        if line.reason is None and line.kind is not Kind.HEADING:
            return _prose(line, _PARAGRAPH_WORDS)
    return False


def decide(lines: Sequence[Line]) -> Decision:
    """Decide every line of the page."""
    _mark_followers(lines)
    _author_notes(lines)
    _teasers(lines)
    values = scores(lines)
    barriers = _barriers(lines)
    reasons: list[str | None] = [line.reason for line in lines]
    first, last, title = 0, -1, None
    for _ in range(_MAX_PASSES):
        first, last, total = _best_stretch(values, barriers)
        if total <= 0.0:
            # No running text at all (a list, a headline alone): keep all but
            # what the lines say about themselves.
            return Decision(
                reasons=[line.reason for line in lines], first=0, last=len(lines) - 1, title=None
            )
        reasons, title = _context(lines, first, last)
        demoted = False
        for index in range(first, last + 1):
            if reasons[index] is not None and values[index] > 0.0:
                values[index] = _DEMOTED
                demoted = True
        if not demoted:
            break
    return Decision(reasons=reasons, first=first, last=last, title=title)


def _context(lines: Sequence[Line], first: int, last: int) -> tuple[list[str | None], int | None]:
    """Decide each line given the article's stretch ``first..last``."""
    reasons: list[str | None] = []
    comments = False
    for index, line in enumerate(lines):
        if line.role is Role.END:
            comments = line.reason == "comments"
        if line.reason is not None:
            reasons.append(line.reason)
        elif line.teaser:
            reasons.append("related")
        elif first <= index <= last or line.kind is Kind.EMPTY:
            reasons.append(None)
        elif index < first:
            reasons.append("navigation")
        elif comments:
            reasons.append("comments")
        else:
            reasons.append("other" if line.kind in (Kind.PROSE, Kind.TEXT) else "related")
    heading = _title_above(lines, first)
    for index in heading:
        reasons[index] = None
    # The headline: a line without a sentence end, short rather than long.
    title = next((i for i in heading if lines[i].kind is Kind.HEADING), None)
    if title is None:
        title = next((i for i in heading if lines[i].kind is Kind.TEXT), None)
    if title is None:
        title = _title_inside(lines, first, last)
    _duplicates(lines, reasons, min(heading, default=first), last)
    return reasons, title


def _title_above(lines: Sequence[Line], first: int) -> list[int]:
    """The headline (with its kicker, and a lead cut off by a byline) just above the article.

    Walks up past bylines, date lines, captions, buttons and teasers; takes
    a lead paragraph, then the first headline and a kicker right above it.  A
    headline of three words or fewer counts only right above what was taken,
    a single word only at the top of the page (a menu entry is no headline).
    """
    if first < len(lines) and lines[first].kind in (Kind.HEADING, Kind.TEXT):
        # The stretch starts with its headline: only a kicker right above joins it.
        kicker = _previous_nonempty(lines, first)
        if kicker is not None and kicker.reason is None and kicker.kind is Kind.HEADING:
            return [kicker.index]
        return []
    accepted: list[int] = []
    teaser: int | None = None  # the nearest teaser headline passed, should no other turn up
    index, steps, adjacent = first - 1, 0, True
    while index >= 0 and steps < _TITLE_REACH:
        line = lines[index]
        index -= 1
        if line.kind is Kind.EMPTY:
            continue
        steps += 1
        if line.role is Role.END:
            break
        if line.reason is not None or line.teaser:
            # A byline, a date or a photo sits between headline and text; a
            # menu or a button parts a short headline from it.
            adjacent = adjacent and line.reason in _HEADER_REASONS
            if (
                teaser is None
                and line.teaser
                and line.reason is None
                and line.kind is not Kind.PROSE
            ):
                teaser = line.index
            continue
        if line.kind is Kind.PROSE:
            if accepted:
                break
            accepted.append(line.index)
            adjacent = True
            continue
        if line.words <= 3 and not (
            adjacent and (line.words > 1 or _first_text(lines, line.index))
        ):
            if accepted:
                break
            adjacent = False
            continue
        accepted.append(line.index)
        kicker = _previous_nonempty(lines, line.index)
        if kicker is not None and kicker.reason is None and kicker.kind is Kind.HEADING:
            accepted.append(kicker.index)
        return accepted
    # No headline of its own: the article's headline was taken for a teaser
    # of a list above it ("Meistgelesen" in a sidebar printed first).
    if teaser is not None and not any(lines[i].kind is not Kind.PROSE for i in accepted):
        accepted.append(teaser)
    return accepted


def _first_text(lines: Sequence[Line], index: int) -> bool:
    return all(line.kind is Kind.EMPTY for line in lines[:index])


def _previous_nonempty(lines: Sequence[Line], index: int) -> Line | None:
    index -= 1
    while index >= 0 and lines[index].kind is Kind.EMPTY:
        index -= 1
    return lines[index] if index >= 0 else None


def _title_inside(lines: Sequence[Line], first: int, last: int) -> int | None:
    for index in range(first, min(last + 1, first + 3)):
        line = lines[index]
        if line.reason is None and line.kind in (Kind.HEADING, Kind.TEXT):
            return index
    return None


def _duplicates(lines: Sequence[Line], reasons: list[str | None], first: int, last: int) -> None:
    """An exact repeat of a content line read before it is a duplicate (a caption repeating the headline).

    Repeats after the article count too: a paragraph printed again below it
    is a duplicate, not some other furniture.
    """
    seen: set[str] = set()
    for index in range(first, len(lines)):
        line = lines[index]
        if line.words < _DUPLICATE_WORDS:
            continue
        if index <= last and reasons[index] is None:
            if line.key in seen:
                reasons[index] = "duplicate"
            else:
                seen.add(line.key)
        elif index > last and line.reason is None and line.key in seen:
            reasons[index] = "duplicate"


def published_candidates(lines: Sequence[Line], decision: Decision) -> list[Line]:
    """Lines that may carry the publication date, nearest to the article's start first.

    Date lines, stamps and bylines around the article, and, near the
    headline, any short furniture line with a numeric date in it
    ("01.12.2022 / Photovoltaik / Speicher").
    """
    anchor = decision.title if decision.title is not None else decision.first
    low, high = max(0, anchor - 2 * _TITLE_REACH), min(len(lines) - 1, decision.last + 3)
    found = [
        line
        for line in lines[low : high + 1]
        if line.shape is not DateShape.NONE
        or line.prefix
        or (line.role is Role.BYLINE and line.reason is not None)
        or (
            line.reason is not None
            and abs(line.index - anchor) <= _HEADER_LINES
            and line.words <= 20
            and has_numeric_date(line.text)
        )
    ]
    return sorted(found, key=lambda line: (abs(line.index - anchor), line.index))
