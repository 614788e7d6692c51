"""A newsclaims plugin: news agencies credited in an article, as sources.

"(dpa)", "dpa/AFP", "Quelle: Reuters": an article that leans on an agency
says so in a credit.  This plugin reports each credited agency once, as a
:class:`newsclaims.Source` of kind ``media`` with every place it is credited.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

import newsclaims
from newsclaims.lexicon import read_table


@functools.cache
def agencies() -> dict[str, str]:
    """The reviewed table: credit as written -> canonical name."""
    rows = read_table(
        "newsclaims_agencies", "agencies.tsv", columns=("mention", "name"), unique=("mention",)
    )
    return {row["mention"]: row["name"] for row in rows}


@functools.cache
def credit_pattern() -> regex.Pattern[str]:
    # Whole words only ("AP" but not "APP"); longest names first so that a
    # longer credit wins over a shorter one that starts it.
    names = sorted(agencies(), key=len, reverse=True)
    return regex.compile(
        r"(?<!\w)(?:" + "|".join(regex.escape(name) for name in names) + r")(?!\w)"
    )


@newsclaims.hookimpl
def newsclaims_extract(document: newsclaims.Document) -> Iterator[newsclaims.Source]:
    """One source per credited agency, with its mentions outside boilerplate."""
    mentions: dict[str, list[newsclaims.Mention]] = {}
    for match in credit_pattern().finditer(document.text):
        if not document.in_boilerplate(match.start(), match.end()):
            mention = newsclaims.Mention.at(document.text, match.start(), match.end())
            mentions.setdefault(agencies()[match.group()], []).append(mention)
    for name, found in mentions.items():
        yield newsclaims.Source(name=name, kind=newsclaims.SourceKind.MEDIA, mentions=found)
