"""newsclaims: German news articles in, checkable and attributed claims out.

>>> import newsclaims
>>> analysis = newsclaims.analyze("Erster Satz. Zweiter Satz.", plugins=[])
>>> [s.text for s in analysis.sentences]
['Erster Satz.', 'Zweiter Satz.']

The public API is what this module exports, plus :mod:`newsclaims.hookspecs`,
:mod:`newsclaims.text`, :mod:`newsclaims.lexicon` and
:mod:`newsclaims.testing`.  Modules whose names start with an underscore are
private and may change without notice.
"""

import logging

from ._analysis import Analysis, Article, Cleaning, Document, PluginError
from ._dates import DateLike, PartialDate
from ._host import (
    DISABLE_ENV,
    ENTRY_POINT_GROUP,
    ONLY_ENV,
    Hooks,
    InvalidItemError,
    PluginInfo,
    PluginLoadError,
    hookimpl,
)
from ._io import InputError, InputSource, ReadError, article_from_record
from ._pipeline import Pipeline, analyze
from ._serialize import SCHEMA_VERSION, json_schema
from ._types import (
    Approx,
    Boilerplate,
    Claim,
    ClaimKind,
    Cue,
    CueKind,
    Mention,
    Quantity,
    Quote,
    QuoteKind,
    Sentence,
    Source,
    SourceKind,
    Span,
    TimeExpression,
    TimexType,
)
from ._version import __version__

__all__ = [
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "ONLY_ENV",
    "SCHEMA_VERSION",
    "Analysis",
    "Approx",
    "Article",
    "Boilerplate",
    "Claim",
    "ClaimKind",
    "Cleaning",
    "Cue",
    "CueKind",
    "DateLike",
    "Document",
    "Hooks",
    "InputError",
    "InputSource",
    "InvalidItemError",
    "Mention",
    "PartialDate",
    "Pipeline",
    "PluginError",
    "PluginInfo",
    "PluginLoadError",
    "Quantity",
    "Quote",
    "QuoteKind",
    "ReadError",
    "Sentence",
    "Source",
    "SourceKind",
    "Span",
    "TimeExpression",
    "TimexType",
    "__version__",
    "analyze",
    "article_from_record",
    "hookimpl",
    "json_schema",
]

# A library logs, the application decides where it goes.
logging.getLogger(__name__).addHandler(logging.NullHandler())
