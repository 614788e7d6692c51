"""The items a pipeline produces: spans of the article text and what they mean.

Every item that points into the text is a :class:`Span`: ``start`` and ``end``
are :class:`str` indices (code points, end exclusive) into
:attr:`Article.text` exactly as given, and ``text`` repeats
``article.text[start:end]``.  The pipeline checks that equality for every item a
plugin returns and drops (and reports) any item that breaks it.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from typing import Any, Self, TypeVar

import attrs
from attrs import validators as v

__all__ = [
    "Approx",
    "Boilerplate",
    "Claim",
    "ClaimKind",
    "Cue",
    "CueKind",
    "Mention",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Source",
    "SourceKind",
    "Span",
    "TimeExpression",
    "TimexType",
]

_S = TypeVar("_S", bound="Span")


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: any iterable becomes a tuple (typed so that mypy accepts any iterable)."""
    return tuple(value)


def _tuple_of(kind: type[Any]) -> Any:
    """A validator for a tuple whose members are all ``kind``."""
    return v.deep_iterable(
        member_validator=v.instance_of(kind), iterable_validator=v.instance_of(tuple)
    )


def _optional_str() -> Any:
    return attrs.field(default=None, validator=v.optional(v.instance_of(str)))


def _check_span(instance: Span, attribute: attrs.Attribute[str], text: str) -> None:
    if instance.end < instance.start:
        raise ValueError(f"span end {instance.end} lies before its start {instance.start}")
    if len(text) != instance.end - instance.start:
        raise ValueError(
            f"span ({instance.start}, {instance.end}) covers {instance.end - instance.start} "
            f"characters but its text {text!r} has {len(text)}"
        )


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the article text.

    Build one from the article text with :meth:`at`, which copies the text, so
    the offsets and the text cannot disagree:

    >>> from newsclaims import Span
    >>> Span.at("Am Montag sprach Musk.", 3, 9)
    Span(start=3, end=9, text='Montag')
    """

    start: int = attrs.field(validator=[v.instance_of(int), v.ge(0)])
    end: int = attrs.field(validator=v.instance_of(int))
    text: str = attrs.field(validator=[v.instance_of(str), _check_span])

    @classmethod
    def at(cls, text: str, start: int, end: int, /, **fields: Any) -> Self:
        """The item covering ``text[start:end]``; other fields by keyword."""
        return cls(start=start, end=end, text=text[start:end], **fields)

    def shifted(self, offset: int) -> Self:
        """The same item moved by ``offset`` characters.

        For a plugin that works on a slice of the text: find items in
        ``text[a:b]``, then shift them by ``a``.
        """
        return attrs.evolve(self, start=self.start + offset, end=self.end + offset)

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen(kw_only=True)
class Sentence(Span):
    """A sentence (or a headline, or any line without a full stop)."""


@attrs.frozen(kw_only=True)
class Boilerplate(Span):
    """Page furniture that is not part of the article: menus, ads, captions, bylines.

    ``reason`` says what kind; the built-in cleaner uses ``navigation``,
    ``advertisement``, ``appeal``, ``related``, ``caption``, ``byline``,
    ``dateline``, ``comments``, ``footer``, ``duplicate``, ``metadata``, and
    ``other``.  Plugins may add their own.
    """

    reason: str = attrs.field(validator=v.instance_of(str))


class Approx(enum.StrEnum):
    """How a quantity is hedged ("rund 40", "mehr als 40", "bis zu 40")."""

    ABOUT = "about"
    ALMOST = "almost"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


def _finite(instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not math.isfinite(value):
        raise ValueError(f"{attribute.name} must be a finite number, got {value}")


@attrs.frozen(kw_only=True)
class Quantity(Span):
    """A number that quantifies something: "1,2 Millionen Menschen", "zu 99 Prozent".

    The span covers the number and its unit or counted noun.  ``value`` is the
    number (the lower bound of a range, with ``value_max`` the upper), ``unit``
    the lemma of the unit or the counted noun (``Prozent``, ``Euro``,
    ``Minute``, ``Mensch``), ``approx`` the hedge, and ``vague`` marks plural
    scale words without a number ("Hunderte", "Millionen Menschen").
    """

    value: float = attrs.field(converter=float, validator=_finite)
    value_max: float | None = attrs.field(
        default=None, converter=attrs.converters.optional(float), validator=v.optional(_finite)
    )
    unit: str | None = _optional_str()
    approx: Approx | None = attrs.field(default=None, converter=attrs.converters.optional(Approx))
    vague: bool = attrs.field(default=False, validator=v.instance_of(bool))


class TimexType(enum.StrEnum):
    """The TIMEX3 type of a time expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@attrs.frozen(kw_only=True)
class TimeExpression(Span):
    """A time expression with its TIMEX3 type and value ("am 5. November" → ``2024-11-05``).

    ``value`` is ``None`` where the reference date is too coarse to resolve the
    expression; ``mod`` is the TIMEX3 modifier (``START``, ``MID``, ``END``,
    ``APPROX``, ...) where the text gives one.
    """

    type: TimexType = attrs.field(converter=TimexType)
    value: str | None = _optional_str()
    mod: str | None = _optional_str()


class SourceKind(enum.StrEnum):
    """What kind of source a claim comes from."""

    PERSON = "person"
    ORGANIZATION = "organization"
    MEDIA = "media"
    PLATFORM = "platform"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Mention(Span):
    """A mention of a source as written: "Musk", "er", "der 78-Jährige"."""


@attrs.frozen(kw_only=True, cache_hash=True)
class Source:
    """Who or what a claim comes from: a person, an organisation, a medium, a group.

    ``name`` is the canonical name, the fullest form the article gives ("Elon
    Musk" for "Musk"), or a description where no name is given ("zwei Insider
    des Unternehmens").  ``aliases`` are other names and ``descriptions`` the
    roles the article uses for the source ("der Tech-Milliardär"); ``mentions``
    are the places where the article refers to it.
    """

    name: str = attrs.field(validator=v.and_(v.instance_of(str), v.min_len(1)))
    kind: SourceKind = attrs.field(default=SourceKind.UNKNOWN, converter=SourceKind)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_tuple_of(str))
    descriptions: tuple[str, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(str)
    )
    mentions: tuple[Mention, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Mention)
    )


class CueKind(enum.StrEnum):
    """What marks an attribution: a speech verb, a preposition ("laut"), or a phrase."""

    VERB = "verb"
    PREPOSITION = "preposition"
    PHRASE = "phrase"


@attrs.frozen(kw_only=True)
class Cue(Span):
    """The word that marks an attribution ("sagte", "laut"), with its lemma.

    For a separable verb ("teilte ... mit") the span covers the finite part and
    ``lemma`` gives the whole verb (``mitteilen``).
    """

    lemma: str | None = _optional_str()
    kind: CueKind = attrs.field(default=CueKind.VERB, converter=CueKind)


class QuoteKind(enum.StrEnum):
    """Direct speech (in quotation marks) or indirect (reported) speech."""

    DIRECT = "direct"
    INDIRECT = "indirect"


@attrs.frozen(kw_only=True, cache_hash=True)
class Quote(Span):
    """A statement attributed to a source.

    The span is the quoted words without the quotation marks (direct) or the
    reported clause (indirect).  ``speaker`` is the mention as written (it may
    be ``None`` where the speaker is inferred, not named near the quote),
    ``source`` the resolved :class:`Source`, ``cue`` the word that marks the
    attribution, and ``via`` the medium that relays it ("sagten dem
    Technikportal The Verge").
    """

    kind: QuoteKind = attrs.field(converter=QuoteKind)
    speaker: Mention | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Mention))
    )
    source: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))
    cue: Cue | None = attrs.field(default=None, validator=v.optional(v.instance_of(Cue)))
    via: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))


class ClaimKind(enum.StrEnum):
    """What makes a stretch of text a checkable claim."""

    QUOTE = "quote"
    REPORTED_SPEECH = "reported_speech"
    NUMERIC = "numeric"
    ATTRIBUTED = "attributed"


@attrs.frozen(kw_only=True, cache_hash=True)
class Claim(Span):
    """A checkable statement and what it rests on.

    ``claimant`` is the source the statement is attributed to, or ``None``
    where the article asserts it itself.  ``quotes``, ``quantities`` and
    ``times`` are items of the analysis's layers that lie in the claim.
    """

    kind: ClaimKind = attrs.field(converter=ClaimKind)
    claimant: Source | None = attrs.field(default=None, validator=v.optional(v.instance_of(Source)))
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Quote)
    )
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Quantity)
    )
    times: tuple[TimeExpression, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(TimeExpression)
    )


def sources_of(item: object) -> Iterable[Source]:
    """The sources an item refers to (or the item itself, if it is one)."""
    if isinstance(item, Source):
        yield item
    elif isinstance(item, Quote):
        yield from (source for source in (item.source, item.via) if source is not None)
    elif isinstance(item, Claim):
        if item.claimant is not None:
            yield item.claimant
        for quote in item.quotes:
            yield from sources_of(quote)


def nested_spans(item: object, *, sources: bool = True) -> Iterable[Span]:
    """Every span an item carries, itself included (a quote's speaker and cue, a claim's items).

    With ``sources=False`` the mentions of the sources it refers to are left
    out: many quotes share one source, whose mentions need checking once.
    """
    if isinstance(item, Span):
        yield item
    if isinstance(item, Quote):
        yield from (part for part in (item.speaker, item.cue) if part is not None)
    elif isinstance(item, Claim):
        for quote in item.quotes:
            yield from nested_spans(quote, sources=False)
        yield from item.quantities
        yield from item.times
    if sources:
        for source in sources_of(item):
            yield from source.mentions


def _position(item: Span) -> tuple[int, int, str]:
    return (item.start, item.end, type(item).__name__)


def sorted_spans(items: Iterable[_S]) -> tuple[_S, ...]:
    """Items in text order without exact duplicates.

    Items at the same place are ordered by their repr, so the order never
    depends on which plugin answered first; the repr is computed for such ties
    only, as it can be long (a quote's source with all its mentions).
    """
    ordered = sorted(set(items), key=_position)
    result: list[_S] = []
    start = 0
    while start < len(ordered):
        stop = start + 1
        while stop < len(ordered) and _position(ordered[stop]) == _position(ordered[start]):
            stop += 1
        group = ordered[start:stop]
        result.extend(sorted(group, key=repr) if len(group) > 1 else group)
        start = stop
    return tuple(result)
