"""The pipeline: read, clean, segment, extract, assemble."""

from __future__ import annotations

import functools
import importlib
import itertools
import types
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from ._analysis import Analysis, Article, Cleaning, Document, PluginError
from ._dates import DateLike, PartialDate
from ._host import Hooks, PluginInfo, _error_sink, build_plugin_manager
from ._io import InputSource, ReadError
from ._types import (
    Boilerplate,
    Claim,
    Quantity,
    Quote,
    Sentence,
    Source,
    Span,
    TimeExpression,
    nested_spans,
    sorted_spans,
    sources_of,
)

__all__ = ["Pipeline", "analyze"]

# Which layer an extracted item goes to.
_LAYERS: tuple[tuple[type[Any], str], ...] = (
    (Quantity, "quantities"),
    (TimeExpression, "times"),
    (Quote, "quotes"),
    (Source, "sources"),
)


class Pipeline:
    """A configured set of plugins, built once and run on many articles.

    >>> import newsclaims
    >>> pipeline = newsclaims.Pipeline(plugins=[])   # the core alone: no extractors
    >>> analysis = pipeline.analyze("Erster Satz. Zweiter Satz.")
    >>> [sentence.text for sentence in analysis.sentences]
    ['Erster Satz.', 'Zweiter Satz.']

    Args:
        plugins: names of the installed plugins to load (default: all of them,
            or those in ``$NEWSCLAIMS_PLUGINS``).
        disable: names of plugins to leave out, on top of
            ``$NEWSCLAIMS_DISABLE_PLUGINS``.
        register: extra plugin objects (modules, classes or instances), named
            after the module or class.
        entry_points: load installed plugins at all (``False``: only the core
            defaults and ``register``).
        strict: re-raise a plugin's exception instead of recording it, and fail
            on plugins that do not load.
        environ: where the ``NEWSCLAIMS_*`` switches are read (default: ``os.environ``).

    A pipeline holds no per-article state: it is safe to reuse, and pickling
    it sends its configuration, so a worker process rebuilds it by loading the
    same plugins.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[str] | None = None,
        disable: Iterable[str] = (),
        register: Iterable[object] = (),
        entry_points: bool = True,
        strict: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        from . import _defaults

        self._config: dict[str, Any] = {
            "plugins": None if plugins is None else tuple(plugins),
            "disable": tuple(disable),
            "register": tuple(register),
            "entry_points": entry_points,
            "strict": strict,
            "environ": None if environ is None else dict(environ),
        }
        pm, infos = build_plugin_manager(
            plugins=self._config["plugins"],
            disable=self._config["disable"],
            register=self._config["register"],
            entry_points=entry_points,
            environ=environ,
            strict=strict,
            defaults=_defaults,
        )
        #: The typed hook facade; plugins receive it as ``hooks``.
        self.hooks = Hooks(pm, strict=strict)
        #: The loaded plugins, the core defaults first.
        self.plugins: tuple[PluginInfo, ...] = infos
        self.strict = strict

    def __repr__(self) -> str:
        return f"<Pipeline plugins={[info.name for info in self.plugins]}>"

    def __reduce__(self) -> tuple[Any, ...]:
        config = dict(self._config)
        config["register"] = tuple(
            _ModuleRef(plugin.__name__) if isinstance(plugin, types.ModuleType) else plugin
            for plugin in config["register"]
        )
        return (_rebuild, (config,))

    def read(self, source: str | Path | InputSource) -> Iterator[Article | ReadError]:
        """The articles of a file (``"-"`` is standard input), with a :class:`ReadError` for each bad record."""
        if not isinstance(source, InputSource):
            source = InputSource.stdin() if str(source) == "-" else InputSource.from_path(source)
        return self.hooks.read(source)

    def analyze(
        self, article: str | Article, *, reference_date: DateLike | None = None
    ) -> Analysis:
        """Analyse one article (a string is taken as the article text).

        Args:
            article: the article, or its text.
            reference_date: the date relative expressions resolve against
                (default: the article's publication date, or a date line found
                in the text).

        Returns:
            The :class:`Analysis`; plugin failures are in its ``errors``.
        """
        if isinstance(article, str):
            article = Article(text=article)
        elif not isinstance(article, Article):
            raise TypeError(f"expected an Article or a str, got {type(article).__name__}")
        reference = None if reference_date is None else PartialDate.parse(reference_date)
        errors: list[PluginError] = []
        token = _error_sink.set(errors)
        try:
            analysis = self._run(article, reference)
        finally:
            _error_sink.reset(token)
        return attrs.evolve(analysis, errors=tuple(errors))

    def analyze_many(
        self, articles: Iterable[str | Article], *, reference_date: DateLike | None = None
    ) -> Iterator[Analysis]:
        """Analyse articles one after the other, lazily."""
        for article in articles:
            yield self.analyze(article, reference_date=reference_date)

    def _valid(
        self,
        plugin: str,
        item: object,
        text: str,
        kinds: tuple[type[Any], ...],
        checked: dict[int, bool] | None = None,
    ) -> bool:
        """Whether ``item`` is of ``kinds`` and all its spans match ``text``; reports it if not.

        ``checked`` remembers the sources already checked in this article (by
        identity), so a source shared by a thousand quotes is checked once.
        """
        if not isinstance(item, kinds):
            names = " or ".join(kind.__name__ for kind in kinds)
            self.hooks.report(
                plugin, "validate", f"returned a {type(item).__name__} where a {names} belongs"
            )
            return False
        checked = {} if checked is None else checked
        bad = next((s for s in nested_spans(item, sources=False) if not _matches(s, text)), None)
        for source in sources_of(item):
            if bad is not None:
                break
            if id(source) not in checked:
                checked[id(source)] = all(_matches(mention, text) for mention in source.mentions)
            if not checked[id(source)]:
                bad = next(m for m in source.mentions if not _matches(m, text))
        if bad is not None:
            self.hooks.report(
                plugin,
                "validate",
                f"dropped a {type(item).__name__}: its span ({bad.start}, {bad.end}) says {bad.text!r} "
                f"but the article has {text[bad.start : bad.end]!r} there",
            )
            return False
        return True

    def _run(self, article: Article, reference: PartialDate | None) -> Analysis:
        text = article.text
        boilerplate: list[Boilerplate] = []
        found: dict[str, Any] = {}
        for plugin, cleaning in self.hooks.clean(article):
            if not self._valid(plugin, cleaning, text, (Cleaning,)):
                continue
            boilerplate.extend(
                b for b in cleaning.boilerplate if self._valid(plugin, b, text, (Boilerplate,))
            )
            for field in ("published", "authors", "title"):
                if getattr(cleaning, field) and field not in found:
                    found[field] = getattr(cleaning, field)
        updates = {field: value for field, value in found.items() if not getattr(article, field)}
        if updates:
            article = attrs.evolve(article, **updates)
        cleaned = sorted_spans(boilerplate)
        plugin, sentences = self.hooks.segment(article, cleaned)
        document = Document(
            article=article,
            reference_date=reference or article.published,
            boilerplate=cleaned,
            sentences=sorted_spans(
                s for s in sentences if self._valid(plugin, s, text, (Sentence,))
            ),
        )

        extracted: dict[str, list[Any]] = {name: [] for _, name in _LAYERS}
        kinds = tuple(kind for kind, _ in _LAYERS)
        checked: dict[int, bool] = {}
        for plugin, items in self.hooks.extract(document):
            for item in items:
                if self._valid(plugin, item, text, kinds, checked):
                    extracted[
                        next(name for kind, name in _LAYERS if isinstance(item, kind))
                    ].append(item)
        for quote in extracted["quotes"]:
            extracted["sources"].extend(s for s in (quote.source, quote.via) if s is not None)
        analysis = Analysis(
            article=article,
            reference_date=document.reference_date,
            boilerplate=document.boilerplate,
            sentences=document.sentences,
            quantities=sorted_spans(extracted["quantities"]),
            times=sorted_spans(extracted["times"]),
            quotes=sorted_spans(extracted["quotes"]),
            sources=_sorted_sources(extracted["sources"]),
        )

        plugin, claims = self.hooks.assemble(analysis)
        return attrs.evolve(analysis, claims=self._valid_claims(plugin, claims, analysis))

    def _valid_claims(
        self, plugin: str, claims: Iterable[Claim], analysis: Analysis
    ) -> tuple[Claim, ...]:
        known: dict[str, set[Any]] = {
            "quotes": set(analysis.quotes),
            "quantities": set(analysis.quantities),
            "times": set(analysis.times),
        }
        sources = set(analysis.sources)
        valid = []
        checked: dict[int, bool] = {}
        for claim in claims:
            if not self._valid(plugin, claim, analysis.text, (Claim,), checked):
                continue
            strays = [
                name
                for name, items in known.items()
                if any(item not in items for item in getattr(claim, name))
            ]
            if claim.claimant is not None and claim.claimant not in sources:
                strays.append("claimant")
            if strays:
                self.hooks.report(
                    plugin,
                    "validate",
                    f"dropped a claim at ({claim.start}, {claim.end}): its {', '.join(strays)} "
                    "are not items of the analysis",
                )
                continue
            valid.append(claim)
        return sorted_spans(valid)


def _matches(span: Span, text: str) -> bool:
    return span.end <= len(text) and text[span.start : span.end] == span.text


def _sorted_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Sources by name, without duplicates; same-named ones by their repr (for such ties only)."""
    ordered = sorted(set(sources), key=lambda s: (s.name.casefold(), s.name, s.kind))
    result: list[Source] = []
    for _, group in itertools.groupby(ordered, key=lambda s: (s.name.casefold(), s.name, s.kind)):
        members = list(group)
        result.extend(sorted(members, key=repr) if len(members) > 1 else members)
    return tuple(result)


@attrs.frozen
class _ModuleRef:
    """A registered plugin module, pickled by name."""

    name: str


def _rebuild(config: dict[str, Any]) -> Pipeline:
    config = dict(config)
    config["register"] = tuple(
        importlib.import_module(plugin.name) if isinstance(plugin, _ModuleRef) else plugin
        for plugin in config["register"]
    )
    return Pipeline(**config)


@functools.lru_cache(maxsize=8)
def _shared_pipeline(
    plugins: tuple[str, ...] | None, disable: tuple[str, ...], strict: bool
) -> Pipeline:
    return Pipeline(plugins=plugins, disable=disable, strict=strict)


def analyze(
    article: str | Article,
    *,
    reference_date: DateLike | None = None,
    plugins: Iterable[str] | None = None,
    disable: Iterable[str] = (),
    strict: bool = False,
) -> Analysis:
    """Analyse one article with the installed plugins.

    The pipeline for each combination of ``plugins``, ``disable`` and
    ``strict`` is built on first use and reused; build a :class:`Pipeline`
    yourself to control when plugins load or to register your own.

    >>> import newsclaims
    >>> analysis = newsclaims.analyze("Erster Satz. Zweiter Satz.", plugins=[])
    >>> len(analysis.sentences)
    2
    """
    return _shared_pipeline(
        None if plugins is None else tuple(plugins), tuple(disable), strict
    ).analyze(article, reference_date=reference_date)
