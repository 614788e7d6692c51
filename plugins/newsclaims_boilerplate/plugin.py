"""The hook implementations of the boilerplate plugin."""

from __future__ import annotations

from collections.abc import Iterable

import newsclaims

from .cleaner import clean

__all__ = ["newsclaims_clean", "newsclaims_read"]


@newsclaims.hookimpl
def newsclaims_clean(article: newsclaims.Article, hooks: newsclaims.Hooks) -> newsclaims.Cleaning:
    """Mark page furniture as boilerplate and read the date line and byline."""
    return clean(article, hooks)


# Not trylast: the core's catch-all text reader is trylast too and, registered
# first, would be called first and take every page as plain text.  A user's
# reader still replaces this one by answering first (``tryfirst``, or
# registered after the built-in plugins).
@newsclaims.hookimpl
def newsclaims_read(
    source: newsclaims.InputSource,
) -> Iterable[newsclaims.Article | newsclaims.ReadError] | None:
    """Read an HTML page (``.html``, ``.htm``, or input that starts like HTML) into an article."""
    from .html import claims, read_html

    if not claims(source):
        return None
    return read_html(source)
