"""Reading inputs into articles without losing a good record to a bad one."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs
from attrs import validators as v

from ._analysis import Article
from ._dates import PartialDate
from ._types import Source, SourceKind

__all__ = [
    "InputError",
    "InputSource",
    "ReadError",
    "article_from_record",
    "read_json",
    "read_jsonl",
    "read_text",
]

#: Record keys that become :class:`~newsclaims.Article` fields; every other key
#: goes to :attr:`Article.metadata <newsclaims.Article.metadata>`.
DATE_KEYS = ("reference_date", "published", "date")
ARTICLE_KEYS = frozenset(
    {
        "text",
        "id",
        "title",
        "url",
        "source",
        "publisher",
        "authors",
        "author",
        "language",
        *DATE_KEYS,
    }
)


@attrs.frozen(kw_only=True)
class InputSource:
    """One input: a file, standard input, or bytes in memory.

    Readers get this from :func:`~newsclaims.hookspecs.newsclaims_read`; they
    look at :attr:`suffix` or :meth:`peek` to decide whether the input is
    theirs, then read it with :meth:`open`.
    """

    name: str = attrs.field(validator=v.instance_of(str))
    path: Path | None = attrs.field(default=None)
    _opener: Callable[[], IO[bytes]] = attrs.field(alias="opener", repr=False)
    _closes: bool = attrs.field(default=True, alias="closes", repr=False)

    @classmethod
    def from_path(cls, path: str | Path) -> InputSource:
        """A file on disk (opened lazily, so a missing file fails when it is read)."""
        path = Path(path)
        return cls(name=str(path), path=path, opener=lambda: path.open("rb"))

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> InputSource:
        """Bytes in memory, shown as ``name`` in messages (its suffix counts)."""
        return cls(name=name, path=None, opener=lambda: io.BytesIO(data))

    @classmethod
    def stdin(cls) -> InputSource:
        """Standard input, shown as ``<stdin>``; it can be read once."""
        stream: IO[bytes] = sys.stdin.buffer
        if not hasattr(stream, "peek"):  # a replaced stdin: buffer it so peeking keeps the bytes
            stream = io.BufferedReader(stream)  # type: ignore[type-var]
        return cls(name="<stdin>", path=None, opener=lambda: stream, closes=False)

    @property
    def suffix(self) -> str:
        """The lower-case file suffix (``.jsonl``), or ``""`` for standard input."""
        return Path(self.name).suffix.lower() if self.path is not None or "." in self.name else ""

    @contextlib.contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        """The input as a binary stream (standard input is not closed afterwards)."""
        stream = self._opener()
        try:
            yield stream
        finally:
            if self._closes:
                stream.close()

    def peek(self, size: int = 2048) -> bytes:
        """Up to ``size`` bytes from the start of the input, without using it up."""
        stream = self._opener()
        peek = getattr(stream, "peek", None)
        if not self._closes and peek is not None:
            return bytes(peek(size)[:size])
        try:
            return stream.read(size)
        finally:
            if self._closes:
                stream.close()


@attrs.frozen(kw_only=True)
class ReadError:
    """A problem with one input or one record, reported instead of raised.

    ``line`` is the 1-based line of a JSONL input, ``offset`` the byte offset
    in the file where the problem lies.  ``skipped`` says whether the record was
    dropped (``False``: it was read, but a field was ignored).
    """

    source: str = attrs.field(validator=v.instance_of(str))
    message: str = attrs.field(validator=v.instance_of(str))
    line: int | None = attrs.field(default=None)
    offset: int | None = attrs.field(default=None)
    skipped: bool = attrs.field(default=True)

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        if self.offset is not None:
            where += f": byte {self.offset}"
        return f"{where}: {self.message}"


class InputError(Exception):
    """An input could not be read (raised in strict mode; otherwise reported as a :class:`ReadError`)."""

    def __init__(self, error: ReadError) -> None:
        super().__init__(str(error))
        self.error = error


def _publisher(value: Any) -> Source | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return Source(name=value, kind=SourceKind.MEDIA)
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        return Source(name=value["name"], kind=value.get("kind", SourceKind.MEDIA))
    raise ValueError(f"'source' must be a name or an object with a 'name', got {value!r}")


def article_from_record(
    record: Mapping[str, Any], *, default_id: str | None = None
) -> tuple[Article, list[str]]:
    """An :class:`~newsclaims.Article` from a JSON record, and warnings about ignored fields.

    ``text`` is required; ``id``, ``title``, ``url``, ``source`` (the
    publisher), ``authors`` and ``language`` are read; the date comes from
    ``reference_date``, ``published`` or ``date`` (the first present).  A date
    that is not ISO is kept in the metadata and reported as a warning rather
    than losing the record.  Every other key is passed through as metadata.

    Raises:
        ValueError: the record cannot become an article (no ``text``, wrong types).
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError(
            "the record has no 'text' string"
            if text is None
            else f"'text' must be a string, found {type(text).__name__}"
        )
    warnings: list[str] = []
    metadata = {key: value for key, value in record.items() if key not in ARTICLE_KEYS}
    published = None
    for key in DATE_KEYS:
        value = record.get(key)
        if value in (None, ""):
            continue
        if published is None:
            try:
                published = PartialDate.parse(value)
                continue
            except (ValueError, TypeError) as error:
                warnings.append(f"'{key}' ignored: {error}")
        metadata[key] = value
    raw_id = record.get("id", default_id)
    authors = record.get("authors", record.get("author", ()))
    if isinstance(authors, str):
        authors = (authors,)
    fields: dict[str, Any] = {
        "text": text,
        "id": None if raw_id is None else str(raw_id),
        "published": published,
        "publisher": _publisher(record.get("source", record.get("publisher"))),
        "metadata": metadata,
    }
    for key in ("title", "url", "language"):
        if record.get(key) is not None:
            fields[key] = record[key]
    try:
        return Article(**fields, authors=tuple(authors)), warnings
    except TypeError as error:
        raise ValueError(str(error)) from None


def read_jsonl(source: InputSource) -> Iterator[Article | ReadError]:
    """Read one article per line; a bad line is reported and the next one read."""
    stem = Path(source.name).stem if source.path is not None else "stdin"
    offset = 0
    with source.open() as stream:
        for lineno, raw in enumerate(stream, start=1):
            line_offset, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield ReadError(
                    source=source.name,
                    line=lineno,
                    offset=line_offset + error.start,
                    message=f"invalid UTF-8 ({error.reason}); the record is skipped",
                )
                continue
            yield from _record(source.name, line, lineno, line_offset, f"{stem}:{lineno}")


def _record(
    name: str, line: str, lineno: int, offset: int, default_id: str
) -> Iterator[Article | ReadError]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        # The byte where the parser gave up, so `dd skip=N` or an editor finds it.
        # (The decoder reports a truncated record one past its newline: clamp.)
        position = min(error.pos, len(line.rstrip("\r\n")))
        at = offset + len(line[:position].encode("utf-8"))
        yield ReadError(
            source=name,
            line=lineno,
            offset=at,
            message=f"malformed JSON: {error.msg}; the record is skipped",
        )
        return
    except RecursionError:
        yield ReadError(
            source=name,
            line=lineno,
            offset=offset,
            message="malformed JSON: nested too deeply; the record is skipped",
        )
        return
    yield from _article(name, record, lineno, offset, default_id)


def _article(
    name: str, record: Any, lineno: int | None, offset: int | None, default_id: str
) -> Iterator[Article | ReadError]:
    try:
        article, warnings = article_from_record(record, default_id=default_id)
    except ValueError as error:
        yield ReadError(
            source=name, line=lineno, offset=offset, message=f"{error}; the record is skipped"
        )
        return
    for warning in warnings:
        yield ReadError(source=name, line=lineno, offset=offset, message=warning, skipped=False)
    yield article


def read_json(source: InputSource) -> Iterator[Article | ReadError]:
    """Read a JSON file holding one record or a list of records."""
    stem = Path(source.name).stem
    with source.open() as stream:
        data = stream.read()
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        yield ReadError(
            source=source.name,
            offset=error.start,
            message=f"invalid UTF-8 ({error.reason}); the file is skipped",
        )
        return
    except json.JSONDecodeError as error:
        yield ReadError(
            source=source.name,
            line=error.lineno,
            message=f"malformed JSON: {error.msg} (column {error.colno}); the file is skipped",
        )
        return
    records = document if isinstance(document, list) else [document]
    for index, record in enumerate(records):
        default_id = stem if len(records) == 1 else f"{stem}:{index}"
        yield from _article(
            source.name if len(records) == 1 else f"{source.name}[{index}]",
            record,
            None,
            None,
            default_id,
        )


def read_text(
    source: InputSource, *, default_id: str | None = None
) -> Iterator[Article | ReadError]:
    """Read a UTF-8 text file as one article, exactly as written (no newline translation)."""
    with source.open() as stream:
        data = stream.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        yield ReadError(
            source=source.name,
            offset=error.start,
            message=f"invalid UTF-8 ({error.reason}); the file is skipped",
        )
        return
    identifier = default_id or (Path(source.name).stem if source.path is not None else None)
    yield Article(text=text, id=identifier)
