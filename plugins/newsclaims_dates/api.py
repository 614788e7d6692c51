"""The public functions: time expressions in a string, and the date of a date line."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex

from newsclaims import DateLike, PartialDate, Sentence, TimeExpression, TimexType
from newsclaims.text import split_sentences

from .frames import Frame, Kind
from .grammar import grammar
from .quotes import quote_around
from .resolve import is_vague, resolve
from .tense import SentenceTense, Tense, attribute_tense, tense_of_region

__all__ = ["extract_times", "find_times", "parse_date"]

#: How far from an expression the verbs that introduce a quotation are looked for.
TENSE_REACH = 400
_WORDS_BEFORE = regex.compile(r"[^\W\d_]+")
#: How many items without a verb, each with a clock time, make a text a listing.
LISTING_ITEMS = 3
#: The longest sentence that can be an item of a listing, in characters.
ITEM_LENGTH = 400


def _frames(text: str, regions: Iterable[tuple[int, int]]) -> list[Frame]:
    g = grammar()
    frames: list[Frame] = []
    for start, end in regions:
        frames.extend(g.frames(text, start, end))
    return frames


def _resolve(
    text: str, frames: list[Frame], sentences: Sequence[Sentence], reference: PartialDate | None
) -> list[TimeExpression]:
    vocabulary = grammar().vocabulary
    starts = [sentence.start for sentence in sentences]

    def sentence(frame: Frame) -> int:
        return bisect.bisect_right(starts, frame.start) - 1

    def window(frame: Frame) -> tuple[int, int] | None:
        """The frame's sentence, cut to a stretch around it so a huge "sentence" stays linear."""
        index = sentence(frame)
        if index < 0 or frame.start >= sentences[index].end:
            return None
        found = sentences[index]
        return max(found.start, frame.start - TENSE_REACH), min(found.end, frame.end + TENSE_REACH)

    readers: dict[int, SentenceTense] = {}

    def reader_of(index: int) -> SentenceTense:
        reader = readers.get(index)
        if reader is None:
            found = sentences[index]
            reader = readers[index] = SentenceTense(text, found.start, found.end, vocabulary)
        return reader

    articles = vocabulary.context.get("article", frozenset())
    targets = vocabulary.context.get("target-before", frozenset())
    target_articles = vocabulary.context.get("target-article-before", frozenset())
    since = vocabulary.context.get("since-before", frozenset())
    spans = vocabulary.context.get("span-before", frozenset())

    def tense(frame: Frame) -> Tense | None:
        index = sentence(frame)
        if index < 0 or frame.start >= sentences[index].end:
            return None
        found = sentences[index]
        attribute = attribute_tense(text, frame.start, frame.end, found.end, vocabulary)
        if attribute is not None:
            # "ein am Sonntag durchgeführter Test": the participle dates it
            return attribute if attribute in ("past", "future") else None  # type: ignore[return-value]
        reader = reader_of(index)
        if governed(frame, since, since):
            return "past"  # "seit dem 14. Februar": whatever the tense, it lies before
        found_tense = reader.at(frame.start)
        if found_tense == "past" and governed(frame, targets, target_articles):
            # "wurde für den 15. Oktober angesetzt": a date set in the past lies ahead of it
            return None
        return found_tense

    def governed(frame: Frame, bare: frozenset[str], with_article: frozenset[str]) -> bool:
        """Whether a preposition of ``bare`` stands before the frame, or one of ``with_article``
        with an article ("für Montag", "für den 5. Oktober", "auf den 7. Dezember"; not "in der
        Nacht auf Freitag")."""
        bounds = window(frame)
        low = frame.start - 40 if bounds is None else max(bounds[0], frame.start - 40)
        before = [w.lower() for w in _WORDS_BEFORE.findall(text, low, frame.start)[-2:]]
        if not before:
            return False
        return before[-1] in bare or (
            before[-1] in articles and len(before) > 1 and before[-2] in with_article
        )

    def reported(frame: Frame) -> bool:
        """Direct speech introduced or closed in the past tense ("hatten ... erhalten: „...“")."""
        quote = quote_around(text, frame.start, frame.end)
        bounds = window(frame)
        if quote is None or bounds is None:
            return False
        opening, closing = quote
        if opening > bounds[0]:
            return tense_of_region(text, bounds[0], opening, vocabulary) == "past"
        return tense_of_region(text, closing + 1, bounds[1], vocabulary) == "past"

    # A listing ("Bozen: Konzert, im Waltherhaus, 20 Uhr. Brixen: ...") is made of
    # items without a verb, each with its clock time; a day one item names is not
    # the day of the next.  A text with a few such items is read as a listing.
    clocks = {sentence(frame) for frame in frames if frame.kind is Kind.CLOCK}
    items = sum(
        1
        for index in clocks
        if 0 <= index < len(sentences)
        and sentences[index].end - sentences[index].start <= ITEM_LENGTH
        and reader_of(index).verbless
    )
    listing = items >= LISTING_ITEMS
    return resolve(
        text,
        frames,
        reference,
        tense=tense,
        sentence=sentence,
        reported=reported,
        item=lambda frame: listing,
        year_source=lambda frame: (
            not governed(frame, spans, spans)
            and attribute_tense(text, frame.start, frame.end, frame.end + 200, vocabulary) is None
        ),
        since=lambda frame: governed(frame, since, since),
    )


def extract_times(
    text: str,
    regions: Iterable[tuple[int, int]],
    sentences: Sequence[Sentence],
    reference: PartialDate | None,
    *,
    vague: bool = False,
) -> list[TimeExpression]:
    """The time expressions inside ``regions`` of ``text``, resolved against ``reference``.

    ``sentences`` (in text order) delimit the clauses whose tense decides
    between the past and the future.
    """
    found = _resolve(text, _frames(text, regions), sentences, reference)
    return found if vague else [expression for expression in found if not is_vague(expression)]


def find_times(
    text: str, reference: DateLike | None = None, *, vague: bool = False
) -> list[TimeExpression]:
    """Every German time expression in ``text``, with its TIMEX3 type and value.

    ``reference`` is the date relative expressions count from, usually the
    publication date; it may be known to the day, the month or the year
    (``"2024-08-13"``, ``"2024-08"``, a :class:`datetime.date`).  What the
    reference cannot resolve gets the value ``None``.  Vague references
    ("damals", "derzeit") are left out unless ``vague`` is true.

    >>> [(t.text, t.value) for t in find_times("Am Montag sprach er 45 Minuten lang.", "2024-08-13")]
    [('Montag', '2024-08-12'), ('45 Minuten lang', 'PT45M')]
    """
    parsed = None if reference is None else PartialDate.parse(reference)
    return extract_times(text, [(0, len(text))], split_sentences(text), parsed, vague=vague)


def parse_date(text: str, reference: DateLike | None = None) -> TimeExpression | None:
    """The date a short text such as a date line gives, or ``None``.

    The first calendar date wins; a clock time next to it is joined to it
    ("20. März 2021 - 15:00 Uhr" → ``2021-03-20T15:00``).  Without a calendar
    date, the first expression with a value is returned.

    >>> parse_date("20. März 2021 - 15:00 Uhr").value
    '2021-03-20T15:00'
    >>> parse_date("Mo, 11:41 Uhr 06.11.2023").value
    '2023-11-06T11:41'
    """
    parsed = None if reference is None else PartialDate.parse(reference)
    frames = _frames(text, [(0, len(text))])
    found = _resolve(text, frames, split_sentences(text), parsed)
    for index, expression in enumerate(found):
        value = expression.value
        if expression.type is not TimexType.DATE or not value or not value[:4].isdigit():
            continue
        if len(value) == 10:
            for other in range(max(0, index - 1), min(len(found), index + 2)):
                joined = _join_clock(text, expression, found[other], frames[other])
                if joined is not None:
                    return joined
        return expression
    return next((expression for expression in found if expression.value), None)


# what may stand between a date and its clock time on a date line
_GLUE = frozenset(" ,-–|/\t\u00a0um")


def _join_clock(
    text: str, date: TimeExpression, clock: TimeExpression, frame: Frame
) -> TimeExpression | None:
    if frame.kind is not Kind.CLOCK or frame.hour is None or frame.minute is None:
        return None
    start, end = min(date.start, clock.start), max(date.end, clock.end)
    between = (
        text[date.end : clock.start] if date.end <= clock.start else text[clock.end : date.start]
    )
    if len(between) > 8 or not set(between) <= _GLUE:
        return None
    return TimeExpression.at(
        text,
        start,
        end,
        type=TimexType.TIME,
        value=f"{date.value}T{frame.hour:02d}:{frame.minute:02d}",
    )
