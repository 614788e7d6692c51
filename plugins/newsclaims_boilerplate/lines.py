"""One line of a page on its own: its shape (prose, heading, short), markers and metadata.

Everything here looks at a single line; what the neighbours say is
:mod:`newsclaims_boilerplate.page`'s business.  Work per line is bounded: a
10 MB line is measured on its first few thousand words, so a page is analysed
in time linear in its length.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

import regex

from .metadata import (
    DateShape,
    byline_names,
    date_prefix,
    date_shape,
    is_caption,
    is_name,
    stamp_names,
)
from .vocabulary import Marker, Role, Vocabulary, head_key, line_key, words_of

__all__ = ["Kind", "Line", "analyse"]

# Running text is judged on its first words: enough to tell prose from a
# menu, and a 10 MB line costs no more than a paragraph.
_SAMPLE_CHARS = 20_000
_KEY_CHARS = 2_000
_LOOSE_KEY_CHARS = 300
# A long line is an appeal or a notice only when its hints are dense.
_WORDS_PER_HINT = 25
# A sentence ends with . ! ? … or a colon (then closing quotation marks or
# brackets); a sign-off in brackets ("(dpa)", "(Anna Muster)") and decoration
# ("+++", "■") after it do not count.
_SENTENCE_END = regex.compile(r"[.!?…:][\"'»«“”‘’)\]]*+(?:\s*+\([^()]{1,60}\))?[\s+*#~=■□▪►◄|-]*+$")
# A teaser cut short: "Merkel am Freitag bei Monti ..." ends a line, not a sentence.
_TRUNCATED = regex.compile(r"(?:\.\.\.|…)[\s\]\)]*+$")
# An image's file name standing in for its caption: "CSD-Parade.jpg".
_IMAGE_FILE = regex.compile(r"(?i)\.(?:jpe?g|png|gif|webp|svg|tiff?)$")
# Where a person stands in a photo: "Jugenddiakon Lars Muster (r.) schaut zu."
_PHOTO_POSITION = regex.compile(r"\((?:l|r|li|re|M|v\.\s?l|v\.\s?r|Mitte|links|rechts)\.?\)")
# A credit in brackets: "(Symbolbild)", "(Foto: dpa)", "(Archiv)".
_BRACKETED_CREDIT = regex.compile(r"\((?:[^()]{0,60}?\b)?(\p{L}++)(?::[^()]{0,60})?\)")
_URL = regex.compile(r"(?:https?://|www\.)\S++|\S++@\S++\.\w++")
# Separators of breadcrumbs and link bars: "Home › Politik", "Impressum | AGB".
_SEPARATOR = regex.compile(r"(?<!\S)(?:[|›»>•·/]|::|››|>>|–>)(?!\S)")


class Kind(enum.IntEnum):
    """The shape of a line's text."""

    EMPTY = 0
    #: one or two words: a menu entry, a button, an interview's "Warum?"
    SHORT = 1
    #: three or more words without a sentence end: a headline, a teaser, a crosshead
    HEADING = 2
    #: a long line without a sentence end
    TEXT = 3
    #: a line that ends a sentence: a paragraph, a lead, a long caption
    PROSE = 4


@dataclass(slots=True)
class Line:
    """A line of the page and what it says about itself."""

    index: int
    #: offsets of the line's text without surrounding white space
    start: int
    end: int
    text: str
    words: int = 0
    kind: Kind = Kind.EMPTY
    stop_ratio: float = 0.0
    #: whether the line talks to the reader ("Unterstützen Sie ...", "Bitte gib ...")
    address: bool = False
    #: the boilerplate reason the line carries on its own (a marker, a date line ...)
    reason: str | None = None
    #: the role of the marker that gave the reason (list heading, comment start ...)
    role: Role | None = None
    shape: DateShape = DateShape.NONE
    #: author names when the line is a byline
    names: tuple[str, ...] = ()
    #: the length of a date prefix in front of the text (" date 2024-08 Im ...")
    prefix: int = 0
    #: the line as compared with other lines (repeats, duplicates)
    key: str = ""
    #: whether the line follows a list heading ("Mehr zum Thema") before any paragraph
    teaser: bool = False

    @property
    def empty(self) -> bool:
        return self.kind is Kind.EMPTY


def analyse(text: str, vocabulary: Vocabulary) -> list[Line]:
    """Every line of ``text`` (split on ``\\n``), analysed on its own."""
    lines: list[Line] = []
    # Pages repeat their menus; a line's analysis depends on its text alone.
    seen: dict[str, Line] = {}
    position, length = 0, len(text)
    while True:
        newline = text.find("\n", position)
        start, end = position, length if newline < 0 else newline
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        content = text[start:end]
        known = seen.get(content)
        if not content:
            lines.append(Line(index=len(lines), start=start, end=end, text=content))
        elif known is not None:
            lines.append(_copy(known, len(lines), start, end))
        else:
            line = _line(content, len(lines), start, end, vocabulary)
            if len(content) <= _KEY_CHARS:
                seen[content] = line
            lines.append(line)
        if newline < 0:
            return lines
        position = newline + 1


def _copy(line: Line, index: int, start: int, end: int) -> Line:
    return Line(
        index=index,
        start=start,
        end=end,
        text=line.text,
        words=line.words,
        kind=line.kind,
        stop_ratio=line.stop_ratio,
        address=line.address,
        reason=line.reason,
        role=line.role,
        shape=line.shape,
        names=line.names,
        prefix=line.prefix,
        key=line.key,
    )


def _line(content: str, index: int, start: int, end: int, vocabulary: Vocabulary) -> Line:
    line = Line(index=index, start=start, end=end, text=content)
    if not content:
        return line
    sample = content[:_SAMPLE_CHARS]
    line.words = len(content.split())
    # Menus are compared loosely ("Kommentare (3)" is "Kommentare (12)"); a
    # paragraph repeats only as it was.
    line.key = line_key(content) if len(content) <= _LOOSE_KEY_CHARS else content
    tokens = words_of(sample)
    if tokens:
        line.stop_ratio = sum(token in vocabulary.stopwords for token in tokens) / len(tokens)
    line.kind = _kind(line, content)
    line.address = _addresses_reader(sample[:2000], vocabulary)
    _classify(line, sample, tokens, vocabulary)
    return line


def _kind(line: Line, content: str) -> Kind:
    tail = content[-40:]
    truncated = line.words < 25 and _TRUNCATED.search(tail) is not None
    sentence = not truncated and _SENTENCE_END.search(tail) is not None
    if line.words <= 2:
        return Kind.SHORT
    if truncated:
        return Kind.HEADING
    if sentence and (line.words >= 5 or line.stop_ratio > 0):
        return Kind.PROSE
    return Kind.TEXT if line.words >= 12 else Kind.HEADING


def _addresses_reader(text: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` talks to its reader (an address word not opening a sentence)."""
    return _address_pattern(vocabulary.address).search(text) is not None


@functools.cache
def _address_pattern(words: frozenset[str]) -> regex.Pattern[str]:
    alternatives = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    # Not at the start of the line or of a sentence, where "Sie" may be "she".
    return regex.compile(rf"(?<=[^\s.!?:;„“\"»«(]\s{{1,3}})(?:{alternatives})(?!\w)")


def _mark(line: Line, reason: str, role: Role | None = None) -> None:
    line.reason, line.role = reason, role


def _classify(line: Line, sample: str, tokens: list[str], vocabulary: Vocabulary) -> None:
    """Give ``line`` a boilerplate reason when it is furniture on its own."""
    short = sample[:300]
    marker: Marker | None = None
    if len(line.text) <= 300:
        marker = vocabulary.line_markers.get(line.key)
        if marker is not None and line.words > marker.max_words > 0:
            marker = None
    if marker is None:
        marker = vocabulary.start_marker(head_key(short), line.words)
    if marker is not None and marker.role is Role.BYLINE:
        names = byline_names(_after_words(short, len(marker.phrase.split())))
        if not marker.phrase.endswith(":") and any(" " not in name for name in names):
            names = []  # "Von Risiken und Nebenwirkungen" is a crosshead: a byline names people
        if names or marker.phrase.endswith(":"):
            line.names = tuple(names)
            _mark(line, marker.reason, marker.role)
            return
        marker = None
    if marker is not None:
        role = marker.role
        rest = head_key(short)[len(marker.phrase) :].lstrip()
        if role is Role.LIST and rest.startswith(":") and len(rest) > 1:
            role = Role.FURNITURE  # "Lesen Sie auch: <a teaser>" is one teaser, not a list heading
        _mark(line, marker.reason, role)
        return
    line.shape = date_shape(short, line.words, vocabulary)
    if line.shape is DateShape.DATELINE:
        _mark(line, "dateline")
        return
    if line.shape is DateShape.STAMP or line.shape is DateShape.SIGNED:
        _mark(line, "byline")
        line.names = tuple(stamp_names(short))
        return
    if line.words <= 5 and is_name(line.text, vocabulary):
        _mark(line, "byline")  # a bare name: the author under a headline, or who is in a photo
        line.names = (line.text,)
        return
    if _captioned(line, short, vocabulary):
        _mark(line, "caption")
        return
    if _teaser_tail(line, sample, vocabulary):
        _mark(line, "related")
        return
    if line.text.startswith("[") and line.text.endswith("]"):
        _mark(
            line, "related"
        )  # an inserted pointer: "[Alle Entwicklungen finden Sie im Newsblog.]"
        return
    if _link_like(line, short):
        _mark(line, "navigation")
        return
    hints = vocabulary.hints(tokens[:600])
    if _hinted(line, len(hints)):
        _mark(line, hints[0].reason, Role.HINT)
        return
    if line.kind in (Kind.PROSE, Kind.HEADING, Kind.TEXT):
        line.prefix = date_prefix(short, vocabulary)


def _hinted(line: Line, hints: int) -> bool:
    """Whether a line's hints make it an appeal or a notice.

    One hint suffices on a menu-sized line, on a short line that is no
    sentence, and on a sentence that talks to the reader ("Abonnieren Sie
    unseren Newsletter"); a news sentence that mentions a newsletter needs
    more.  A long line needs its hints dense.
    """
    if hints == 0:
        return False
    if line.words <= 8 or (line.kind is not Kind.PROSE and line.words <= 20):
        return True
    if line.address and line.words <= 40:
        return True
    return hints >= 2 and line.words <= _WORDS_PER_HINT * hints


def _captioned(line: Line, short: str, vocabulary: Vocabulary) -> bool:
    """A photo caption: a credit, a credit word in brackets, or an image's file name."""
    if line.words <= 3 and _IMAGE_FILE.search(short):
        return True
    if line.words <= 60 and _PHOTO_POSITION.search(short):
        return True
    if line.words <= 25:
        end = len(short.rstrip())
        for match in _BRACKETED_CREDIT.finditer(short):
            if match.end() == end and match[1].lower() in vocabulary.credit_labels:
                return True
    return is_caption(short, line.words, vocabulary)


_TAIL_BYLINE = regex.compile(r"\sVon\s++([^.!?]{3,60}?)(?:\s++\d{1,4})?$")
_TAIL_STAMP = regex.compile(r"\s\d{1,2}:\d{2}(?:\s*+Uhr)?$")


def _teaser_tail(line: Line, sample: str, vocabulary: Vocabulary) -> bool:
    """A teaser card: its text ends with the other article's byline or time ("... Von Anna Muster 3").

    A paragraph ends with a sentence; a listing of other articles or comments
    ends with who wrote them and when.
    """
    if line.kind is Kind.PROSE or line.words > 80 or line.words < 4:
        return False
    tail = sample[-80:]
    byline = _TAIL_BYLINE.search(tail)
    if byline is not None and byline_names(byline[1]):
        return True
    return _TAIL_STAMP.search(tail) is not None


def _after_words(text: str, count: int) -> str:
    """``text`` without its first ``count`` words (a marker is matched on a normalised copy)."""
    parts = text.split(None, count)
    return parts[count] if len(parts) > count else ""


def _link_like(line: Line, short: str) -> bool:
    """A web address, a mail address, or a bar of links ("Impressum | AGB | Kontakt")."""
    if line.words <= 12:
        for url in _URL.finditer(short):
            if url.end() - url.start() >= len(short) / 3:
                return True
    if line.kind is Kind.PROSE:
        return False
    separators = len(_SEPARATOR.findall(short))
    return separators >= 2 or (separators == 1 and line.words <= 6)
