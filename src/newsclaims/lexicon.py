"""Reviewed data tables: where linguistic knowledge lives instead of code branches.

A table is a UTF-8 tab-separated file shipped inside a package.  Lines starting
with ``#`` are comments (say where an entry comes from or why it is there);
blank lines are ignored; the first remaining line is the header.

.. code-block:: text

    # German abbreviations that do not end a sentence
    word	role
    Dr	abbreviation
    usw	abbreviation-final

:func:`read_table` checks what a reviewer would: every row has every column,
no cell has stray spaces, key columns hold no duplicates.  A broken table fails
loudly at load with the file and line, never silently at match time.

>>> from newsclaims.lexicon import read_table
>>> rows = read_table("newsclaims", "data/segmenter.tsv", unique=("word", "role"))
>>> {"word": "Dr", "role": "abbreviation"} in rows
True
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

__all__ = ["LexiconError", "read_table"]


class LexiconError(ValueError):
    """A data table is malformed; the message names the file and line."""


def read_table(
    package: str,
    resource: str,
    *,
    columns: Sequence[str] | None = None,
    unique: Sequence[str] = (),
) -> list[dict[str, str]]:
    """Read the table ``resource`` (a path inside ``package``) into a list of rows.

    Args:
        package: the importable package that ships the file, e.g. ``"newsclaims_dates"``.
        resource: its path inside the package, e.g. ``"data/months.tsv"``.
        columns: the header the file must have, when the caller depends on it.
        unique: columns whose combined value must not repeat (the table's key).

    Returns:
        One ``{column: cell}`` dict per data line, in file order.  Empty cells
        are empty strings.

    Raises:
        LexiconError: the file is missing or a line breaks the rules above.
    """
    return [
        dict(row) for row in _read_table(package, resource, tuple(columns or ()), tuple(unique))
    ]


@functools.cache
def _read_table(
    package: str, resource: str, columns: tuple[str, ...], unique: tuple[str, ...]
) -> tuple[tuple[tuple[str, str], ...], ...]:
    name = f"{package}/{resource}"
    try:
        content = resources.files(package).joinpath(resource).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as error:
        raise LexiconError(f"{name}: cannot read the table ({error})") from None
    header: list[str] | None = None
    rows: list[tuple[tuple[str, str], ...]] = []
    seen: dict[tuple[str, ...], int] = {}
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        for cell in cells:
            if cell != cell.strip():
                raise LexiconError(f"{name}:{lineno}: stray whitespace in {cell!r}")
        if header is None:
            header = cells
            if columns and tuple(header) != columns:
                raise LexiconError(
                    f"{name}:{lineno}: expected the header {list(columns)}, found {header}"
                )
            missing = [column for column in unique if column not in header]
            if missing:
                raise LexiconError(
                    f"{name}:{lineno}: key columns {missing} are not in the header {header}"
                )
            continue
        if len(cells) != len(header):
            raise LexiconError(
                f"{name}:{lineno}: expected {len(header)} columns {header}, found {len(cells)}"
            )
        if not cells[0]:
            raise LexiconError(f"{name}:{lineno}: the first column is empty")
        row = tuple(zip(header, cells, strict=True))
        if unique:
            key = tuple(cells[header.index(column)] for column in unique)
            if key in seen:
                raise LexiconError(
                    f"{name}:{lineno}: {dict(zip(unique, key, strict=True))} repeats line {seen[key]}"
                )
            seen[key] = lineno
        rows.append(row)
    if header is None:
        raise LexiconError(f"{name}: the table has no header line")
    return tuple(rows)
