"""Helpers for testing a plugin: a fresh pipeline per test, and offset checks.

>>> import newsclaims
>>> from newsclaims.testing import make_pipeline
>>> class Shouting:
...     @newsclaims.hookimpl
...     def newsclaims_extract(self, document):
...         return [newsclaims.Quantity.at(document.text, 0, 4, value=1, unit="Ruf")]
>>> make_pipeline(Shouting()).analyze("HALT!").quantities[0].text
'HALT'
"""

from __future__ import annotations

from collections.abc import Iterable

from ._analysis import Analysis
from ._pipeline import Pipeline
from ._types import Span, nested_spans, sources_of

__all__ = ["all_spans", "assert_spans_valid", "make_pipeline"]


def make_pipeline(
    *plugins: object, installed: Iterable[str] | None = (), strict: bool = True
) -> Pipeline:
    """A fresh pipeline with the core defaults and ``plugins``, for one test.

    Args:
        plugins: plugin objects to register (modules, classes or instances).
        installed: names of installed plugins to load as well (``None``: all
            of them); by default none, so the test sees only its own plugins.
        strict: re-raise plugin exceptions (the default in tests) instead of
            recording them.

    The environment switches ``NEWSCLAIMS_PLUGINS`` and
    ``NEWSCLAIMS_DISABLE_PLUGINS`` are ignored, so a developer's shell does not
    change test results.
    """
    installed = None if installed is None else tuple(installed)
    return Pipeline(
        plugins=installed,
        register=plugins,
        entry_points=installed is None or bool(installed),
        strict=strict,
        environ={},
    )


def assert_spans_valid(text: str, items: Iterable[object]) -> None:
    """Fail with a list of every item (or nested span) whose offsets do not match ``text``.

    Use it on what your extraction functions return before the pipeline sees
    it; the pipeline itself drops such items and reports them.
    """
    problems = []
    checked: set[int] = set()  # sources by identity: many quotes share one source
    for item in items:
        spans = list(nested_spans(item, sources=False))
        for source in sources_of(item):
            if id(source) not in checked:
                checked.add(id(source))
                spans.extend(source.mentions)
        for span in spans:
            if (
                not isinstance(span, Span)
                or text[span.start : span.end] != span.text
                or span.end > len(text)
            ):
                problems.append(f"{span!r}: the text has {text[span.start : span.end]!r} there")
    if problems:
        raise AssertionError("spans that do not match the text:\n  " + "\n  ".join(problems))


def all_spans(analysis: Analysis) -> list[Span]:
    """Every span of an analysis, nested ones included (for property tests)."""
    spans: list[Span] = []
    for layer in (
        analysis.boilerplate,
        analysis.sentences,
        analysis.quantities,
        analysis.times,
        analysis.quotes,
        analysis.sources,
        analysis.claims,
    ):
        for item in layer:
            spans.extend(nested_spans(item))
    return spans
