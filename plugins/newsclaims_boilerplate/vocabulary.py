"""The plugin's reviewed word lists (``data/*.tsv``), loaded once and indexed for fast look-up."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping

import attrs
import regex

from newsclaims.lexicon import LexiconError, read_table

__all__ = [
    "REASONS",
    "Marker",
    "Match",
    "Role",
    "Vocabulary",
    "head_key",
    "line_key",
    "vocabulary",
    "words_of",
]

PACKAGE = "newsclaims_boilerplate"

#: The reasons the cleaner reports (see :class:`newsclaims.Boilerplate`).
REASONS = frozenset(
    {
        "navigation",
        "advertisement",
        "appeal",
        "related",
        "caption",
        "byline",
        "dateline",
        "comments",
        "footer",
        "duplicate",
        "metadata",
        "other",
    }
)


class Match(enum.StrEnum):
    """Where a marker must occur in a line."""

    LINE = "line"
    START = "start"
    CONTAINS = "contains"


class Role(enum.StrEnum):
    """What a marker says about its line and the lines after it (see ``data/markers.tsv``)."""

    FURNITURE = "furniture"
    LIST = "list"
    END = "end"
    LABEL = "label"
    BIO = "bio"
    BYLINE = "byline"
    HINT = "hint"


@attrs.frozen
class Marker:
    """One row of ``data/markers.tsv``."""

    phrase: str
    match: Match
    reason: str
    role: Role
    max_words: int


_DIGITS = regex.compile(r"\d++")
_SPACE = regex.compile(r"\s++")
# Bullets, arrows, brackets and punctuation that decorate a menu entry.
_EDGE = regex.compile(r"^[^\w#@]++|[^\w#@]++$")
_LEFT = regex.compile(r"^[^\w#@]++")
_FIRST_WORD = regex.compile(r"\w++")
# A token of running text: letters and digits with inner hyphens, colons or
# dots ("E-Mail", "Leser:innen", "v.l.n.r").
_TOKEN = regex.compile(r"\w++(?:[-:.'’]\w++)*+")


def line_key(text: str) -> str:
    """A line as the ``line`` markers see it: lower case, digits as ``0``, no decoration.

    >>> line_key("  » 10 Kommentare: ")
    '0 kommentare'
    """
    key = _SPACE.sub(" ", _DIGITS.sub("0", text.casefold()))
    return _EDGE.sub("", key)


def head_key(text: str) -> str:
    """A line as the ``start`` markers see it: like :func:`line_key`, punctuation kept at the end.

    >>> head_key("– Foto: dpa")
    'foto: dpa'
    """
    key = _SPACE.sub(" ", _DIGITS.sub("0", text.casefold()))
    return _LEFT.sub("", key).rstrip()


def words_of(text: str) -> list[str]:
    """The lower-case word tokens of ``text``, punctuation around them dropped."""
    return _TOKEN.findall(_DIGITS.sub("0", text.casefold()))


@attrs.frozen
class Vocabulary:
    """The tables, indexed: markers by how they match, stop words, date words."""

    line_markers: Mapping[str, Marker]
    start_markers: Mapping[str, tuple[Marker, ...]]  # by first word, longest phrase first
    contains_markers: Mapping[tuple[str, ...], Marker]
    longest_contains: int
    stopwords: frozenset[str]
    date_words: Mapping[str, str]  # word -> month | weekday | filler
    credit_labels: frozenset[str]
    agencies: frozenset[str]
    address: frozenset[str]

    def start_marker(self, head: str, words: int) -> Marker | None:
        """The longest ``start`` marker that ``head`` (a :func:`head_key`) begins with."""
        first = _FIRST_WORD.match(head)
        if first is None:
            return None
        for marker in self.start_markers.get(first.group(), ()):
            if words > marker.max_words > 0:
                continue
            if head.startswith(marker.phrase):
                rest = head[len(marker.phrase) : len(marker.phrase) + 1]
                if not rest or not rest.isalnum():
                    return marker
        return None

    def hints(self, tokens: Iterable[str]) -> list[Marker]:
        """The ``contains`` markers among the word n-grams of ``tokens`` (each phrase once)."""
        tokens = list(tokens)
        found: dict[str, Marker] = {}
        table = self.contains_markers
        for i in range(len(tokens)):
            for n in range(1, self.longest_contains + 1):
                if i + n > len(tokens):
                    break
                marker = table.get(tuple(tokens[i : i + n]))
                if marker is not None:
                    found.setdefault(marker.phrase, marker)
        return list(found.values())


def _int(value: str, where: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise LexiconError(f"{where}: max_words must be a whole number, found {value!r}") from None


@functools.cache
def vocabulary() -> Vocabulary:
    """The plugin's tables, read and checked once per process."""
    rows = read_table(
        PACKAGE,
        "data/markers.tsv",
        columns=("phrase", "match", "reason", "role", "max_words"),
        unique=("phrase", "match"),
    )
    line_markers: dict[str, Marker] = {}
    start_markers: dict[str, list[Marker]] = {}
    contains_markers: dict[tuple[str, ...], Marker] = {}
    for row in rows:
        where = f"{PACKAGE}/data/markers.tsv: {row['phrase']!r}"
        try:
            match, role = Match(row["match"]), Role(row["role"])
        except ValueError as error:
            raise LexiconError(f"{where}: {error}") from None
        if row["reason"] not in REASONS:
            raise LexiconError(f"{where}: unknown reason {row['reason']!r}")
        marker = Marker(
            phrase=row["phrase"],
            match=match,
            reason=row["reason"],
            role=role,
            max_words=_int(row["max_words"], where),
        )
        if match is Match.LINE:
            key = line_key(marker.phrase)
            if key in line_markers:
                raise LexiconError(f"{where}: same line key as {line_markers[key].phrase!r}")
            line_markers[key] = attrs.evolve(marker, phrase=key)
        elif match is Match.START:
            key = head_key(marker.phrase)
            first = _FIRST_WORD.match(key)
            if first is None:
                raise LexiconError(f"{where}: a start marker needs a word")
            start_markers.setdefault(first.group(), []).append(attrs.evolve(marker, phrase=key))
        else:
            words = tuple(words_of(marker.phrase))
            if not words or words in contains_markers:
                raise LexiconError(f"{where}: empty or repeated contains phrase")
            contains_markers[words] = attrs.evolve(marker, phrase=" ".join(words))
    stopwords = frozenset(
        row["word"]
        for row in read_table(PACKAGE, "data/stopwords.tsv", columns=("word",), unique=("word",))
    )
    date_words = {
        row["word"]: row["kind"]
        for row in read_table(PACKAGE, "data/dates.tsv", columns=("word", "kind"), unique=("word",))
    }
    credits = read_table(PACKAGE, "data/credits.tsv", columns=("word", "kind"), unique=("word",))
    for row in credits:
        if row["kind"] not in ("label", "agency"):
            raise LexiconError(
                f"{PACKAGE}/data/credits.tsv: {row['word']!r}: unknown kind {row['kind']!r}"
            )
    return Vocabulary(
        line_markers=line_markers,
        start_markers={
            first: tuple(sorted(markers, key=lambda m: -len(m.phrase)))
            for first, markers in start_markers.items()
        },
        contains_markers=contains_markers,
        longest_contains=max((len(words) for words in contains_markers), default=0),
        stopwords=stopwords,
        date_words=date_words,
        credit_labels=frozenset(row["word"] for row in credits if row["kind"] == "label"),
        agencies=frozenset(row["word"] for row in credits if row["kind"] == "agency"),
        address=frozenset(
            row["word"]
            for row in read_table(PACKAGE, "data/address.tsv", columns=("word",), unique=("word",))
        ),
    )
