"""The built-in hook implementations, registered as plugin ``core``.

All are ``trylast``: any plugin that answers the same hook replaces them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex

from ._analysis import Analysis, Article, merge_intervals
from ._dates import PartialDate
from ._host import hookimpl
from ._io import InputSource, ReadError, read_json, read_jsonl, read_text
from ._types import (
    Boilerplate,
    Claim,
    ClaimKind,
    CueKind,
    QuoteKind,
    Sentence,
    Span,
    TimeExpression,
    TimexType,
)
from .text import split_sentences

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})


@hookimpl(trylast=True)
def newsclaims_read(source: InputSource) -> Iterable[Article | ReadError]:
    if source.suffix in _JSONL_SUFFIXES:
        return read_jsonl(source)
    if source.suffix == ".json":
        return read_json(source)
    if source.path is None and not source.suffix and source.peek(64).lstrip().startswith(b"{"):
        return read_jsonl(source)
    return read_text(source)


@hookimpl(trylast=True)
def newsclaims_segment(article: Article, boilerplate: Sequence[Boilerplate]) -> list[Sentence]:
    text, sentences, position = article.text, [], 0
    for start, end in merge_intervals((span.start, span.end) for span in boilerplate):
        if start > position:
            sentences.extend(split_sentences(text, position, start))
        position = max(position, end)
    sentences.extend(split_sentences(text, position, len(text)))
    return sentences


# Numeric dates only; the German vocabulary is the dates plugin's business.
_NUMERIC_DATE = regex.compile(
    r"(?<!\d)(?:(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}))(?!\d)"
)


@hookimpl(trylast=True)
def newsclaims_parse_date(text: str) -> TimeExpression | None:
    for match in _NUMERIC_DATE.finditer(text):
        try:
            date = PartialDate(year=int(match["y"]), month=int(match["m"]), day=int(match["d"]))
        except ValueError:
            continue  # 31.02.2024 is not a date
        return TimeExpression.at(
            text, match.start(), match.end(), type=TimexType.DATE, value=date.isoformat()
        )
    return None


class _Index:
    """Items of one layer by start offset, to find those inside a span in O(log n)."""

    def __init__(self, items: Sequence[Span]) -> None:
        self.items = items
        self.starts = [item.start for item in items]

    def within(self, span: Span) -> tuple[Span, ...]:
        first = bisect.bisect_left(self.starts, span.start)
        last = bisect.bisect_left(self.starts, span.end)
        return tuple(item for item in self.items[first:last] if item.end <= span.end)


@hookimpl(trylast=True)
def newsclaims_assemble(analysis: Analysis) -> list[Claim]:
    quantities, times, quotes = (
        _Index(analysis.quantities),
        _Index(analysis.times),
        _Index(analysis.quotes),
    )
    claims: list[Claim] = []
    reach = -1  # the furthest end of the quotes seen so far
    for quote in sorted(analysis.quotes, key=lambda q: (q.start, -q.end)):
        if quote.end <= reach:
            continue  # inside an earlier quote (a partial quote within reported speech): part of its claim
        reach = quote.end
        if quote.kind is QuoteKind.DIRECT:
            kind = ClaimKind.QUOTE
        elif quote.cue is not None and quote.cue.kind is not CueKind.VERB:
            kind = ClaimKind.ATTRIBUTED
        else:
            kind = ClaimKind.REPORTED_SPEECH
        claims.append(
            Claim.at(
                analysis.text,
                quote.start,
                quote.end,
                kind=kind,
                claimant=quote.source,
                quotes=quotes.within(quote),
                quantities=quantities.within(quote),
                times=times.within(quote),
            )
        )
    quoted = merge_intervals((claim.start, claim.end) for claim in claims)
    quoted_starts = [start for start, _ in quoted]
    for sentence in analysis.content_sentences:
        stated = [q for q in quantities.within(sentence) if not _inside(q, quoted, quoted_starts)]
        if stated:
            claims.append(
                Claim.at(
                    analysis.text,
                    sentence.start,
                    sentence.end,
                    kind=ClaimKind.NUMERIC,
                    quantities=stated,
                    times=times.within(sentence),
                )
            )
    return sorted(claims, key=lambda claim: (claim.start, claim.end))


def _inside(item: Span, intervals: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    index = bisect.bisect_right(starts, item.start) - 1
    return index >= 0 and intervals[index][1] >= item.end
