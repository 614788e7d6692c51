"""The JSON form of an analysis, and reading it back.

Items refer to each other by position: a quote's ``source`` is an index into
``sources``, a claim's ``quotes`` are indices into ``quotes``.  That keeps one
article one flat JSON object without repeating a source for every quote.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any, TypeVar

from ._analysis import Analysis, Article, PluginError
from ._dates import PartialDate
from ._types import (
    Boilerplate,
    Claim,
    Cue,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Source,
    Span,
    TimeExpression,
)

__all__ = ["SCHEMA_VERSION", "analysis_from_dict", "analysis_to_dict", "json_schema"]

#: The version of the JSON form; the major part changes when a reader must change.
SCHEMA_VERSION = "1.0"

_T = TypeVar("_T")
_SpanT = TypeVar("_SpanT", bound=Span)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Analysis.to_dict <newsclaims.Analysis.to_dict>` output."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


@functools.cache
def _schema_text() -> str:
    return (
        resources.files("newsclaims")
        .joinpath("schema/analysis.schema.json")
        .read_text(encoding="utf-8")
    )


def _span(item: Span) -> dict[str, Any]:
    return {"start": item.start, "end": item.end, "text": item.text}


def _source(source: Source) -> dict[str, Any]:
    return {
        "name": source.name,
        "kind": source.kind.value,
        "aliases": list(source.aliases),
        "descriptions": list(source.descriptions),
        "mentions": [_span(mention) for mention in source.mentions],
    }


def analysis_to_dict(analysis: Analysis, *, include_text: bool = True) -> dict[str, Any]:
    """See :meth:`Analysis.to_dict <newsclaims.Analysis.to_dict>`."""
    article = analysis.article
    source_index = {source: i for i, source in enumerate(analysis.sources)}

    def ref(source: Source | None) -> int | None:
        return None if source is None else source_index[source]

    def quote(item: Quote) -> dict[str, Any]:
        # The speaker as mentioned, with its offsets, and the canonical name; a
        # speaker inferred from elsewhere (no mention near the quote) has a
        # name only, never null offsets that a consumer would have to guard.
        speaker: dict[str, Any] | None = None
        if item.speaker is not None:
            name = item.source.name if item.source else item.speaker.text
            speaker = {**_span(item.speaker), "name": name}
        elif item.source is not None:
            speaker = {"name": item.source.name}
        cue = (
            None
            if item.cue is None
            else {**_span(item.cue), "lemma": item.cue.lemma, "kind": item.cue.kind.value}
        )
        return {
            **_span(item),
            "kind": item.kind.value,
            "speaker": speaker,
            "source": ref(item.source),
            "cue": cue,
            "via": ref(item.via),
        }

    # each layer's positions are worked out once: per claim they would make an
    # article with many quotes and claims quadratic
    positions: dict[int, dict[Any, int]] = {}

    def indices(items: Sequence[_T], layer: Sequence[_T]) -> list[int]:
        position = positions.get(id(layer))
        if position is None:
            position = positions[id(layer)] = {item: i for i, item in enumerate(layer)}
        return [position[item] for item in items]

    text_part = {"text": article.text} if include_text else {}
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "article": {
            "id": article.id,
            **text_part,
            "title": article.title,
            "url": article.url,
            "published": None if article.published is None else article.published.isoformat(),
            "publisher": None if article.publisher is None else _source(article.publisher),
            "authors": list(article.authors),
            "language": article.language,
            "metadata": dict(article.metadata),
        },
        "reference_date": None
        if analysis.reference_date is None
        else analysis.reference_date.isoformat(),
        "boilerplate": [{**_span(b), "reason": b.reason} for b in analysis.boilerplate],
        "sentences": [[s.start, s.end] for s in analysis.sentences],
        "quantities": [
            {
                **_span(q),
                "value": q.value,
                "value_max": q.value_max,
                "unit": q.unit,
                "approx": None if q.approx is None else q.approx.value,
                "vague": q.vague,
            }
            for q in analysis.quantities
        ],
        "times": [
            {**_span(t), "type": t.type.value, "value": t.value, "mod": t.mod}
            for t in analysis.times
        ],
        "quotes": [quote(q) for q in analysis.quotes],
        "sources": [_source(s) for s in analysis.sources],
        "claims": [
            {
                **_span(c),
                "kind": c.kind.value,
                "claimant": ref(c.claimant),
                "quotes": indices(c.quotes, analysis.quotes),
                "quantities": indices(c.quantities, analysis.quantities),
                "times": indices(c.times, analysis.times),
            }
            for c in analysis.claims
        ],
        "errors": [
            {"plugin": e.plugin, "stage": e.stage, "type": e.type, "message": e.message}
            for e in analysis.errors
        ],
    }


class _Reader:
    """Builds values from a dict, naming the place of any problem ("quotes[3].speaker")."""

    def __init__(self, text: str) -> None:
        self.text = text

    def each(self, data: Any, path: str, build: Callable[[Any, str], _T]) -> tuple[_T, ...]:
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a list, found {type(data).__name__}")
        return tuple(build(item, f"{path}[{i}]") for i, item in enumerate(data))

    def mention(self, data: Any, path: str) -> Mention:
        return self.span(Mention, data, path)

    def span(self, cls: type[_SpanT], data: Any, path: str, **fields: Any) -> _SpanT:
        try:
            start, end = data["start"], data["end"]
            item = cls(start=start, end=end, text=self.text[start:end], **fields)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: {type(error).__name__}: {error}") from None
        if isinstance(data, Mapping) and "text" in data and data["text"] != self.text[start:end]:
            raise ValueError(
                f"{path}: text {data['text']!r} does not match the article text {self.text[start:end]!r}"
            )
        return item

    def source(self, data: Any, path: str) -> Source:
        mentions = self.each(
            data.get("mentions", []) if isinstance(data, Mapping) else None,
            f"{path}.mentions",
            self.mention,
        )
        try:
            return Source(
                name=data["name"],
                kind=data.get("kind", "unknown"),
                aliases=data.get("aliases", ()),
                descriptions=data.get("descriptions", ()),
                mentions=mentions,
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{path}: {type(error).__name__}: {error}") from None


def analysis_from_dict(data: Mapping[str, Any]) -> Analysis:
    """See :meth:`Analysis.from_dict <newsclaims.Analysis.from_dict>`."""
    if not isinstance(data, Mapping):
        raise ValueError(f"expected a JSON object, found {type(data).__name__}")
    version = str(data.get("schema_version", ""))
    if version.split(".", maxsplit=1)[0] != SCHEMA_VERSION.split(".", maxsplit=1)[0]:
        raise ValueError(
            f"schema_version {version!r} cannot be read by this version (it reads {SCHEMA_VERSION})"
        )
    raw_article = data.get("article")
    if not isinstance(raw_article, Mapping) or not isinstance(raw_article.get("text"), str):
        raise ValueError(
            "article.text: missing; an analysis written with include_text=False cannot be read back"
        )
    text = raw_article["text"]
    read = _Reader(text)
    sources = read.each(data.get("sources", []), "sources", read.source)

    def source_at(index: Any, path: str) -> Source | None:
        if index is None:
            return None
        if not isinstance(index, int) or not 0 <= index < len(sources):
            raise ValueError(f"{path}: {index!r} is not an index into sources")
        return sources[index]

    try:
        article = Article(
            text=text,
            id=raw_article.get("id"),
            title=raw_article.get("title"),
            url=raw_article.get("url"),
            published=raw_article.get("published"),
            publisher=None
            if raw_article.get("publisher") is None
            else read.source(raw_article["publisher"], "article.publisher"),
            authors=tuple(raw_article.get("authors", ())),
            language=raw_article.get("language", "de"),
            metadata=raw_article.get("metadata", {}),
        )
    except (TypeError, ValueError) as error:
        raise ValueError(f"article: {error}") from None

    def quote(item: Any, path: str) -> Quote:
        speaker = item.get("speaker")
        mention = None
        if speaker is not None and "start" in speaker:
            mention = read.span(Mention, speaker, f"{path}.speaker")
        cue_data = item.get("cue")
        cue = (
            None
            if cue_data is None
            else read.span(
                Cue,
                cue_data,
                f"{path}.cue",
                lemma=cue_data.get("lemma"),
                kind=cue_data.get("kind", "verb"),
            )
        )
        return read.span(
            Quote,
            item,
            path,
            kind=item.get("kind"),
            speaker=mention,
            source=source_at(item.get("source"), f"{path}.source"),
            cue=cue,
            via=source_at(item.get("via"), f"{path}.via"),
        )

    quantities = read.each(
        data.get("quantities", []),
        "quantities",
        lambda q, p: read.span(
            Quantity,
            q,
            p,
            value=q.get("value"),
            value_max=q.get("value_max"),
            unit=q.get("unit"),
            approx=q.get("approx"),
            vague=q.get("vague", False),
        ),
    )
    times = read.each(
        data.get("times", []),
        "times",
        lambda t, p: read.span(
            TimeExpression, t, p, type=t.get("type"), value=t.get("value"), mod=t.get("mod")
        ),
    )
    quotes = read.each(data.get("quotes", []), "quotes", quote)

    def pick(layer: Sequence[_T], indices: Any, path: str) -> tuple[_T, ...]:
        if not isinstance(indices, list) or not all(
            isinstance(i, int) and 0 <= i < len(layer) for i in indices
        ):
            raise ValueError(f"{path}: {indices!r} are not indices into the layer")
        return tuple(layer[i] for i in indices)

    claims = read.each(
        data.get("claims", []),
        "claims",
        lambda c, p: read.span(
            Claim,
            c,
            p,
            kind=c.get("kind"),
            claimant=source_at(c.get("claimant"), f"{p}.claimant"),
            quotes=pick(quotes, c.get("quotes", []), f"{p}.quotes"),
            quantities=pick(quantities, c.get("quantities", []), f"{p}.quantities"),
            times=pick(times, c.get("times", []), f"{p}.times"),
        ),
    )
    sentences = read.each(
        data.get("sentences", []),
        "sentences",
        lambda s, p: read.span(Sentence, {"start": s[0], "end": s[1]}, p),
    )
    boilerplate = read.each(
        data.get("boilerplate", []),
        "boilerplate",
        lambda b, p: read.span(Boilerplate, b, p, reason=b.get("reason")),
    )
    errors = read.each(
        data.get("errors", []),
        "errors",
        lambda e, p: PluginError(
            plugin=e["plugin"], stage=e["stage"], type=e["type"], message=e["message"]
        ),
    )
    reference = data.get("reference_date")
    return Analysis(
        article=article,
        reference_date=None if reference is None else PartialDate.parse(reference),
        boilerplate=boilerplate,
        sentences=sentences,
        quantities=quantities,
        times=times,
        quotes=quotes,
        sources=sources,
        claims=claims,
        errors=errors,
    )
