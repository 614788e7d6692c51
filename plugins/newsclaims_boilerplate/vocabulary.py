"""The plugin's reviewed word lists (``data/*.tsv``), loaded once and indexed for fast look-up."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from typing import Any

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
    "index_markers",
    "line_key",
    "marker_of",
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
    key = _SPACE.sub(" ", _DIGITS.sub("0", text.lower()))
    return _EDGE.sub("", key)


def head_key(text: str) -> str:
    """A line as the ``start`` markers see it: like :func:`line_key`, punctuation kept at the end.

    >>> head_key("– Foto: dpa")
    'foto: dpa'
    """
    key = _SPACE.sub(" ", _DIGITS.sub("0", text.lower()))
    return _LEFT.sub("", key).rstrip()


def words_of(text: str) -> list[str]:
    """The lower-case word tokens of ``text``, punctuation around them dropped."""
    return _TOKEN.findall(text.lower())


@attrs.frozen(cache_hash=False, slots=False)
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
    given_names: frozenset[str]

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
        for i, token in enumerate(tokens):
            for words, marker in self.hint_starts.get(token, ()):
                if tuple(tokens[i : i + len(words)]) == words:
                    found.setdefault(marker.phrase, marker)
        return list(found.values())

    @functools.cached_property
    def fillers(self) -> frozenset[str]:
        """The filler words of date lines ("Uhr", "Stand", "aktualisiert")."""
        return frozenset(word for word, kind in self.date_words.items() if kind == "filler")

    @functools.cached_property
    def hint_starts(self) -> Mapping[str, tuple[tuple[tuple[str, ...], Marker], ...]]:
        """The ``contains`` markers by their first word, so that most words cost one look-up."""
        index: dict[str, list[tuple[tuple[str, ...], Marker]]] = {}
        for words, marker in self.contains_markers.items():
            index.setdefault(words[0], []).append((words, marker))
        return {word: tuple(entries) for word, entries in index.items()}


def _int(value: str, where: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise LexiconError(f"{where}: max_words must be a whole number, found {value!r}") from None


#: What each role implies about the reason (a comment section is "comments" ...).
_ROLE_REASONS = {
    Role.END: {"comments"},
    Role.LIST: {"related"},
    Role.BYLINE: {"byline"},
    Role.BIO: {"byline"},
}


def marker_of(row: Mapping[str, str], where: str) -> Marker:
    """A checked marker from a row of ``data/markers.tsv``.

    Raises:
        LexiconError: the row names an unknown match, role or reason, a role
            with the wrong reason, a phrase not written as it is matched, or a
            word limit the phrase itself exceeds.
    """
    try:
        match, role = Match(row["match"]), Role(row["role"])
    except ValueError as error:
        raise LexiconError(f"{where}: {error}") from None
    reason, phrase = row["reason"], row["phrase"]
    if reason not in REASONS:
        raise LexiconError(f"{where}: unknown reason {reason!r}")
    if role in _ROLE_REASONS and reason not in _ROLE_REASONS[role]:
        raise LexiconError(
            f"{where}: a {role} marker must have the reason {sorted(_ROLE_REASONS[role])[0]!r}"
        )
    if (role is Role.HINT) != (match is Match.CONTAINS):
        raise LexiconError(f"{where}: hints, and only hints, match with 'contains'")
    if phrase != " ".join(phrase.lower().split()):
        raise LexiconError(f"{where}: write the phrase in lower case with single spaces")
    key = {Match.LINE: line_key, Match.START: head_key}.get(match, lambda p: " ".join(words_of(p)))(
        phrase
    )
    if not key:
        raise LexiconError(f"{where}: the phrase has no words")
    max_words = _int(row["max_words"], where)
    if max_words < 0 or (match is not Match.CONTAINS and 0 < max_words < len(phrase.split())):
        raise LexiconError(f"{where}: max_words {max_words} can never match {phrase!r}")
    # Stored as it is matched: the key of a line, the start of a line, its words.
    return Marker(phrase=key, match=match, reason=reason, role=role, max_words=max_words)


def index_markers(rows: Iterable[Mapping[str, str]], source: str = "markers") -> dict[str, Any]:
    """The markers of ``rows`` indexed for :class:`Vocabulary` (keys as its fields)."""
    line_markers: dict[str, Marker] = {}
    start_markers: dict[str, list[Marker]] = {}
    contains_markers: dict[tuple[str, ...], Marker] = {}
    for row in rows:
        where = f"{source}: {row.get('phrase')!r}"
        marker = marker_of(row, where)
        if marker.match is Match.LINE:
            if marker.phrase in line_markers:
                raise LexiconError(f"{where}: repeats a line marker")
            line_markers[marker.phrase] = marker
        elif marker.match is Match.START:
            first = _FIRST_WORD.match(marker.phrase)
            if first is None:
                raise LexiconError(f"{where}: a start marker needs a word")
            start_markers.setdefault(first.group(), []).append(marker)
        else:
            words = tuple(marker.phrase.split())
            if words in contains_markers:
                raise LexiconError(f"{where}: repeats a contains marker")
            contains_markers[words] = marker
    return {
        "line_markers": line_markers,
        "start_markers": {
            first: tuple(sorted(markers, key=lambda m: -len(m.phrase)))
            for first, markers in start_markers.items()
        },
        "contains_markers": contains_markers,
        "longest_contains": max((len(words) for words in contains_markers), default=0),
    }


def _words(resource: str, kinds: frozenset[str] | None = None) -> dict[str, str]:
    """A word table: word -> kind (``""`` for tables without kinds)."""
    columns = ("word", "kind") if kinds else ("word",)
    result = {}
    for row in read_table(PACKAGE, resource, columns=columns, unique=("word",)):
        kind = row.get("kind", "")
        if kinds and kind not in kinds:
            raise LexiconError(f"{PACKAGE}/{resource}: {row['word']!r}: unknown kind {kind!r}")
        result[row["word"]] = kind
    return result


@functools.cache
def vocabulary() -> Vocabulary:
    """The plugin's tables, read and checked once per process."""
    rows = read_table(
        PACKAGE,
        "data/markers.tsv",
        columns=("phrase", "match", "reason", "role", "max_words"),
        unique=("phrase", "match"),
    )
    credits = _words("data/credits.tsv", frozenset({"label", "agency"}))
    return Vocabulary(
        **index_markers(rows, f"{PACKAGE}/data/markers.tsv"),
        stopwords=frozenset(_words("data/stopwords.tsv")),
        date_words=_words("data/dates.tsv", frozenset({"month", "weekday", "filler"})),
        credit_labels=frozenset(word for word, kind in credits.items() if kind == "label"),
        agencies=frozenset(word for word, kind in credits.items() if kind == "agency"),
        address=frozenset(_words("data/address.tsv")),
        given_names=frozenset(
            row["name"]
            for row in read_table(PACKAGE, "data/names.tsv", columns=("name",), unique=("name",))
        ),
    )
