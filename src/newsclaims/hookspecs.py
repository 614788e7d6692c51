"""The hooks a newsclaims plugin can implement: this module is the hook reference.

A pipeline runs the stages below in this order for every article.  A plugin is
any module or object with functions named after these hooks and marked with
:data:`newsclaims.hookimpl`; it implements only the hooks it needs and may
accept only the arguments it uses.

1. :func:`newsclaims_read`: turn an input (a file, standard input) into articles.
2. :func:`newsclaims_clean`: find boilerplate and the metadata it carries.
3. :func:`newsclaims_segment`: split the article's content into sentences.
4. :func:`newsclaims_extract`: each plugin contributes its layer (quantities,
   time expressions, quotes, sources).
5. :func:`newsclaims_assemble`: build claims from the layers.

:func:`newsclaims_parse_date` is not a stage: it is a service that any plugin
calls through :meth:`Hooks.parse_date <newsclaims.Hooks.parse_date>` to read a
German date expression.

**Call policy.**  Hooks marked *first result* stop at the first implementation
that returns something other than ``None``; the built-in defaults are
registered ``trylast``, so your implementation runs before them and replaces
them simply by answering.  Hooks marked *all results* call every
implementation and combine what they return.

**Errors.**  Each implementation is called on its own.  When one raises, the
pipeline records a :class:`~newsclaims.PluginError` with the plugin's name and
the stage on the analysis and carries on with the other plugins (for a *first
result* hook, with the next implementation).  ``Pipeline(strict=True)``
re-raises instead.  Items whose offsets do not match the article text are
dropped and reported the same way, with stage ``validate``.

**Wrappers.**  ``hookwrapper=True`` and ``wrapper=True`` implementations are
refused: the pipeline calls implementations one by one to isolate their
errors, which a wrapper cannot see.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from ._analysis import Analysis, Article, Cleaning, Document
    from ._dates import PartialDate
    from ._host import Hooks
    from ._io import InputSource, ReadError
    from ._types import Boilerplate, Claim, Quantity, Quote, Sentence, Source, TimeExpression

__all__ = [
    "hookspec",
    "newsclaims_assemble",
    "newsclaims_clean",
    "newsclaims_extract",
    "newsclaims_parse_date",
    "newsclaims_read",
    "newsclaims_segment",
]

#: The project name pluggy uses to match specifications and implementations.
PROJECT = "newsclaims"

hookspec = pluggy.HookspecMarker(PROJECT)


@hookspec(firstresult=True)
def newsclaims_read(source: InputSource) -> Iterable[Article | ReadError] | None:
    """Read an input into articles.  *First result.*

    Return ``None`` when the input is not yours (decide by ``source.suffix`` or
    by ``source.peek()``), otherwise an iterable of articles.  Report a bad
    record as a :class:`~newsclaims.ReadError` in its place and go on with the
    next one, so one bad record never loses the good ones around it.  Yield
    lazily: a corpus may not fit in memory.

    The built-in readers take ``.jsonl``/``.ndjson`` (one JSON record per
    line), ``.json`` (a record or a list of records), and anything else as a
    UTF-8 text file.  Standard input is read as JSON lines when it starts with
    ``{``, else as text.

    Args:
        source: the input, with its name, suffix and a way to open it.

    Returns:
        The articles (and read errors) in input order, or ``None``.
    """


@hookspec
def newsclaims_clean(article: Article, hooks: Hooks) -> Cleaning | None:
    """Find the boilerplate in an article: menus, ads, captions, teasers.  *All results.*

    Never change the text: report :class:`~newsclaims.Boilerplate` spans, each
    with a reason.  A cleaner that reads metadata lines (a date line, a
    byline) reports what they say in the :class:`~newsclaims.Cleaning`; the
    pipeline fills the article's missing ``published``, ``authors`` and
    ``title`` from it.  To read a date, call ``hooks.parse_date(...)`` rather
    than parsing it yourself.

    Args:
        article: the article as read.
        hooks: the pipeline's hooks, for :meth:`~newsclaims.Hooks.parse_date`.

    Returns:
        A :class:`~newsclaims.Cleaning`, or ``None`` when there is nothing to report.
        The boilerplate of all cleaners is combined.
    """


@hookspec(firstresult=True)
def newsclaims_segment(
    article: Article, boilerplate: Sequence[Boilerplate]
) -> Sequence[Sentence] | None:
    """Split the article's content into sentences.  *First result.*

    The built-in segmenter (:func:`newsclaims.text.split_sentences`, run on
    every stretch of text outside the boilerplate) answers last; implement
    this hook to replace it, for example with a statistical model.

    Args:
        article: the article.
        boilerplate: the combined boilerplate spans of the clean stage.

    Returns:
        The sentences in text order, or ``None`` to leave the job to the next
        implementation.
    """


@hookspec
def newsclaims_extract(
    document: Document, hooks: Hooks
) -> Iterable[Quantity | TimeExpression | Quote | Source] | None:
    """Contribute items to the analysis's layers.  *All results.*

    This is where most plugins work.  Each extractor sees the same
    :class:`~newsclaims.Document` (article, reference date, boilerplate,
    sentences) and none of the other extractors' results, so extractors are
    independent and their order never matters.  Skip what lies in boilerplate
    (:meth:`Document.in_boilerplate <newsclaims.Document.in_boilerplate>`).

    Return items of the built-in layer types: :class:`~newsclaims.Quantity`
    go to ``quantities``, :class:`~newsclaims.TimeExpression` to ``times``,
    :class:`~newsclaims.Quote` to ``quotes`` and :class:`~newsclaims.Source`
    to ``sources`` (a quote's source joins the sources by itself).  Every
    offset must point into ``document.text``.

    Args:
        document: the article with its boilerplate and sentences.
        hooks: the pipeline's hooks, for :meth:`~newsclaims.Hooks.parse_date`.

    Returns:
        An iterable of items, or ``None``.
    """


@hookspec(firstresult=True)
def newsclaims_assemble(analysis: Analysis) -> Sequence[Claim] | None:
    """Build the claims from the analysis's layers.  *First result.*

    The built-in assembler makes a claim of every quote (kind ``quote``,
    ``reported_speech`` or ``attributed`` by the quote and its cue) and of
    every sentence that states a quantity outside a quote (kind ``numeric``),
    with the quantities and time expressions that lie inside the claim.
    Implement this hook to replace it.

    Args:
        analysis: the analysis with every layer filled and no claims yet.

    Returns:
        The claims in text order, or ``None``.  A claim may only refer to
        items of the analysis's layers.
    """


@hookspec(firstresult=True)
def newsclaims_parse_date(text: str, reference: PartialDate | None) -> TimeExpression | None:
    """Find and normalise the first German date or time expression in ``text``.  *First result.*

    A service for other plugins, reached through
    :meth:`Hooks.parse_date <newsclaims.Hooks.parse_date>`: the boilerplate
    cleaner reads a date line with it, for instance.  The built-in
    implementation knows only numeric dates (``2024-08-13``, ``13.08.2024``);
    a dates plugin answers first with the whole German vocabulary.

    Args:
        text: a short text such as a date line ("20. März 2021 - 15:00 Uhr").
        reference: the date relative expressions resolve against, if known.

    Returns:
        The expression with offsets into ``text`` and its TIMEX3 type and
        value, or ``None`` when ``text`` holds no date.
    """
