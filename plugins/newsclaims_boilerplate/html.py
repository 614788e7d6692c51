"""Reading HTML pages into articles with trafilatura (the ``html`` extra).

trafilatura finds the page's main text and its metadata (title, author, site
name, date) from the markup; the text comes out one block per line, so the
same line-level cleaning then runs over it in the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsclaims

__all__ = ["INSTALL_HINT", "claims", "looks_like_html", "read_html"]

#: What a user without the extra is told.
INSTALL_HINT = "reading HTML needs trafilatura: pip install 'newsclaims[html]'"

_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# Inputs the core reads as records, whatever their first bytes say.
_RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines", ".json"})
_PEEK = 1024


def looks_like_html(head: bytes) -> bool:
    """Whether the first bytes of an input are the start of an HTML document.

    >>> looks_like_html(b"\\xef\\xbb\\xbf  <!DOCTYPE html><html lang='de'>")
    True
    >>> looks_like_html(b"Am Montag sprach <b>Musk</b>.")
    False
    """
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    # A comment, an XML declaration or a <head> before the <html> tag.
    return start.startswith(b"<") and (b"<html" in start[:_PEEK] or b"<head" in start[:_PEEK])


def claims(source: newsclaims.InputSource) -> bool:
    """Whether the HTML reader takes ``source``: an HTML suffix, or HTML in its first bytes."""
    if source.suffix in _SUFFIXES:
        return True
    if source.suffix in _RECORD_SUFFIXES:
        return False
    try:
        head = source.peek(_PEEK)
    except OSError:
        return False  # the core's reader reports the missing file
    return looks_like_html(head)


def read_html(
    source: newsclaims.InputSource,
) -> Iterator[newsclaims.Article | newsclaims.ReadError]:
    """The page in ``source`` as one article, or a :class:`~newsclaims.ReadError` saying why not."""
    try:
        import trafilatura
    except ImportError:
        yield newsclaims.ReadError(source=source.name, message=INSTALL_HINT)
        return
    try:
        with source.open() as stream:
            data = stream.read()
    except OSError as error:
        yield newsclaims.ReadError(source=source.name, message=f"cannot read the page: {error}")
        return
    try:
        result = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_images=False
        )
        # trafilatura 2 returns a Document, 1.x a dict, both None when they find nothing.
        document: dict[str, Any] | None = (
            result.as_dict() if result is not None and hasattr(result, "as_dict") else result
        )
    except Exception as error:  # trafilatura and lxml raise many kinds on broken markup
        yield newsclaims.ReadError(
            source=source.name,
            message=f"trafilatura could not read the page: {type(error).__name__}: {error}",
        )
        return
    text = (document or {}).get("text") or ""
    if not text.strip():
        yield newsclaims.ReadError(source=source.name, message="no article text found in the page")
        return
    assert document is not None
    yield _article(source, text, document)


def _article(
    source: newsclaims.InputSource, text: str, document: dict[str, Any]
) -> newsclaims.Article:
    metadata = {
        key: document[key]
        for key in ("hostname", "description", "categories", "tags", "pagetype", "language")
        if document.get(key)
    }
    published = None
    if document.get("date"):
        try:
            published = newsclaims.PartialDate.parse(str(document["date"])[:10])
        except ValueError:
            metadata["date"] = document["date"]
    site = document.get("sitename")
    return newsclaims.Article(
        text=text,
        id=Path(source.name).stem if source.path is not None else None,
        title=document.get("title") or None,
        url=document.get("url") or None,
        published=published,
        publisher=newsclaims.Source(name=site, kind=newsclaims.SourceKind.MEDIA) if site else None,
        authors=_authors(document.get("author")),
        metadata={"format": "html", **metadata},
    )


def _authors(value: object) -> tuple[str, ...]:
    """trafilatura joins several authors with ``;``."""
    if not isinstance(value, str):
        return ()
    return tuple(dict.fromkeys(name.strip() for name in value.split(";") if name.strip()))
