"""Articles in, analyses out: the containers around the items of :mod:`newsclaims._types`."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
from attrs import validators as v

from ._dates import PartialDate, optional_date
from ._types import Boilerplate, Claim, Quantity, Quote, Sentence, Source, TimeExpression, as_tuple

__all__ = ["Analysis", "Article", "Cleaning", "Document", "PluginError"]


class FrozenMapping(Mapping[str, Any]):
    """A read-only mapping that, unlike :class:`types.MappingProxyType`, pickles.

    Analyses travel between processes (``multiprocessing``, Dask), so every
    part of them must pickle.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMapping, (self._data,))


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return value if isinstance(value, FrozenMapping) else FrozenMapping(value)


def _tuple_of(kind: type[Any]) -> Any:
    return v.deep_iterable(
        member_validator=v.instance_of(kind), iterable_validator=v.instance_of(tuple)
    )


def _layer(kind: type[Any]) -> Any:
    return attrs.field(default=(), converter=as_tuple, validator=_tuple_of(kind))


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Article:
    """A news article: its text, never modified, and what is known about it.

    ``published`` may be partial (``2024-08``); ``metadata`` holds whatever else
    the input carried (read-only).

    >>> from newsclaims import Article
    >>> article = Article(text="Am Montag sprach Musk.", id="a1", published="2024-08-13")
    >>> article.published
    PartialDate(year=2024, month=8, day=13)
    """

    text: str = attrs.field(validator=v.instance_of(str))
    id: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    title: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    url: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    published: PartialDate | None = attrs.field(default=None, converter=optional_date)
    publisher: Source | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Source))
    )
    authors: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_tuple_of(str))
    language: str = attrs.field(default="de", validator=v.instance_of(str))
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)


@attrs.frozen(kw_only=True)
class Cleaning:
    """What a cleaner found: boilerplate spans and the article metadata they carry.

    A date line ("20. März 2021 - 15:00 Uhr") is boilerplate, but it is also the
    publication date: a cleaner reports both.  The pipeline fills
    :attr:`Article.published`, :attr:`Article.authors` and :attr:`Article.title`
    from a cleaning only where the input did not give them.
    """

    boilerplate: tuple[Boilerplate, ...] = _layer(Boilerplate)
    published: PartialDate | None = attrs.field(default=None, converter=optional_date)
    authors: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_tuple_of(str))
    title: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))


@attrs.frozen(kw_only=True)
class PluginError:
    """A failure recorded on an analysis instead of being raised.

    ``stage`` is the hook's stage (``read``, ``clean``, ``segment``,
    ``extract``, ``assemble``, ``parse_date``) or ``validate`` when the core
    rejected an item a plugin returned (for example a span whose text does not
    match the article).
    """

    plugin: str = attrs.field(validator=v.instance_of(str))
    stage: str = attrs.field(validator=v.instance_of(str))
    type: str = attrs.field(validator=v.instance_of(str))
    message: str = attrs.field(validator=v.instance_of(str))

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} failed in {self.stage}: {self.type}: {self.message}"


def merge_intervals(intervals: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The union of ``(start, end)`` intervals as sorted, disjoint pairs."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


class _Regions:
    """Shared by :class:`Document` and :class:`Analysis`: where the boilerplate is."""

    article: Article
    boilerplate: tuple[Boilerplate, ...]
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        """The article text: every offset points into it."""
        return self.article.text

    @functools.cached_property
    def _boilerplate_intervals(self) -> tuple[tuple[int, int], ...]:
        return merge_intervals((span.start, span.end) for span in self.boilerplate)

    @functools.cached_property
    def _interval_starts(self) -> list[int]:
        return [start for start, _ in self._boilerplate_intervals]

    def boilerplate_overlap(self, start: int, end: int) -> int:
        """How many characters of ``text[start:end]`` lie in boilerplate."""
        intervals = self._boilerplate_intervals
        i = max(0, bisect.bisect_right(self._interval_starts, start) - 1)
        covered = 0
        while i < len(intervals) and intervals[i][0] < end:
            covered += max(0, min(end, intervals[i][1]) - max(start, intervals[i][0]))
            i += 1
        return covered

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Whether most of ``text[start:end]`` is boilerplate (a position when ``start == end``)."""
        if end <= start:
            return self.boilerplate_overlap(start, start + 1) > 0
        return 2 * self.boilerplate_overlap(start, end) > end - start

    @functools.cached_property
    def content_regions(self) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` stretches of the text outside every boilerplate span."""
        regions, position = [], 0
        for start, end in self._boilerplate_intervals:
            if start > position:
                regions.append((position, start))
            position = max(position, end)
        if position < len(self.text):
            regions.append((position, len(self.text)))
        return tuple(regions)

    @functools.cached_property
    def content_sentences(self) -> tuple[Sentence, ...]:
        """The sentences that are not boilerplate, in text order."""
        return tuple(s for s in self.sentences if not self.in_boilerplate(s.start, s.end))


@attrs.frozen(kw_only=True)
class Document(_Regions):
    """What an extractor sees: the article, its reference date, boilerplate and sentences.

    Extractors run independently of each other, so a document carries no
    extracted layers.  ``reference_date`` is the date relative expressions
    resolve against: the caller's, else the article's publication date, else a
    date line a cleaner found.
    """

    article: Article = attrs.field(validator=v.instance_of(Article))
    reference_date: PartialDate | None = attrs.field(default=None, converter=optional_date)
    boilerplate: tuple[Boilerplate, ...] = _layer(Boilerplate)
    sentences: tuple[Sentence, ...] = _layer(Sentence)


@attrs.frozen(kw_only=True)
class Analysis(_Regions):
    """Everything newsclaims found in one article.

    Layers are tuples in text order.  :meth:`to_dict` gives the JSON form
    described by the schema (see :doc:`/reference/json`), and
    :meth:`from_dict` reads it back.
    """

    article: Article = attrs.field(validator=v.instance_of(Article))
    reference_date: PartialDate | None = attrs.field(default=None, converter=optional_date)
    boilerplate: tuple[Boilerplate, ...] = _layer(Boilerplate)
    sentences: tuple[Sentence, ...] = _layer(Sentence)
    quantities: tuple[Quantity, ...] = _layer(Quantity)
    times: tuple[TimeExpression, ...] = _layer(TimeExpression)
    quotes: tuple[Quote, ...] = _layer(Quote)
    sources: tuple[Source, ...] = _layer(Source)
    claims: tuple[Claim, ...] = _layer(Claim)
    errors: tuple[PluginError, ...] = _layer(PluginError)

    @property
    def id(self) -> str | None:
        """The article's id."""
        return self.article.id

    @property
    def document(self) -> Document:
        """The analysis as the extract stage saw it."""
        return Document(
            article=self.article,
            reference_date=self.reference_date,
            boilerplate=self.boilerplate,
            sentences=self.sentences,
        )

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The JSON-ready form (see the schema); ``include_text=False`` leaves out the article text."""
        from ._serialize import analysis_to_dict

        return analysis_to_dict(self, include_text=include_text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Analysis:
        """Read what :meth:`to_dict` wrote; raises :class:`ValueError` naming the bad field."""
        from ._serialize import analysis_from_dict

        return analysis_from_dict(data)
