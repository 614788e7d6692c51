"""Metadata lines: date lines, bylines and photo captions, and what they say.

Recognising a date line is this plugin's business (a line made of a date,
a time and a few filler words); *reading* the date is not: it goes through
:meth:`newsclaims.Hooks.parse_date`, so that the dates plugin's German
vocabulary applies when it is installed.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable

import regex

import newsclaims

from .vocabulary import Vocabulary

__all__ = [
    "DateShape",
    "byline_names",
    "date_prefix",
    "date_shape",
    "first_date",
    "has_numeric_date",
    "is_caption",
    "is_name",
    "iso_date",
    "partial_date",
    "stamp_names",
]

# Numbers with their separators ("13.08.2024", "15:00", "5.") and words, the
# pieces a date line is made of.  Bounded and possessive: linear on any input.
_PIECE = regex.compile(r"\d{1,4}+(?:[.:/-]\d{1,4}+){0,3}+\.?|[^\W\d_]++\.?")
_ISO = regex.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
# A TIMEX3 value that names a calendar date or a time on one ("2024-08-13T15:00"),
# not a week ("2024-W32") or a season ("2024-SU").
_VALUE = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=T|$)")
_SENTENCE_END = regex.compile(r"[.!?…][\"'»«“”‘’)\]]*+$")
_NUMBER_SEPARATOR = regex.compile(r"[.:/-]")
_DIGIT = regex.compile(r"\d")
_TIME = regex.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
# A byline after a date line: "... 11:30 Uhr von Anna Muster".
_SIGNED_AFTER = regex.compile(r"\s(?:von|by)\s++([^\d]{3,80})$", regex.IGNORECASE)
# A credit's label: "Foto:", "Bild:".
_LABEL = regex.compile(r"([^\W\d_]++)\s*+:")
# A credit at the end: "... / picture alliance", "(Bild: Anna Muster/dpa)", "... via
# Getty Images"; a paragraph's sign-off "(dpa)" is no credit.
_AGENCY = regex.compile(r"(?:/|\bvia\b)\s*+([^/()]{2,40}?)\s*+\)?\s*+$")


class DateShape(enum.Enum):
    """What a short line with a date in it is."""

    NONE = "none"
    #: only a date, a time and filler words: "Di, 21. April 2020 - 16:40 Uhr"
    DATELINE = "dateline"
    #: names and a time: "Anna Muster | 21.04.2020, 16:40" (a byline, or a comment's header)
    STAMP = "stamp"
    #: names and a date: "Anna Muster 24. April 2020" (a byline)
    SIGNED = "signed"


def date_shape(text: str, words: int, vocabulary: Vocabulary) -> DateShape:
    """Whether ``text`` (a line of ``words`` words) is a date line, a stamp, or neither."""
    if words > 16 or _DIGIT.search(text) is None:
        return DateShape.NONE
    signed = _SIGNED_AFTER.search(text)
    if signed is not None and byline_names(signed[1]):
        # "02.02.2022, 11:30 Uhr von Anna Muster": a date line with the byline after it
        shape = date_shape(text[: signed.start()], words, vocabulary)
        if shape is DateShape.DATELINE:
            return DateShape.STAMP if _TIME.search(text) else DateShape.SIGNED
        return shape
    full_date = time = month = weekday = False
    numbers = leftover = 0
    pieces = _PIECE.findall(text)
    for index, piece in enumerate(pieces):
        if piece[0].isdigit():
            following = pieces[index + 1].lower() if index + 1 < len(pieces) else ""
            kind = _number_kind(piece, following.startswith("uhr"))
            full_date |= kind == "date"
            time |= kind == "time"
            numbers += kind == "number"
            continue
        word = vocabulary.date_words.get(piece.lower().rstrip("."))
        if word == "month":
            month = True
        elif word == "weekday":
            weekday = True
        elif word is None:
            leftover += 1
    anchored = full_date or time or (month and numbers > 0) or (weekday and numbers > 0)
    if not anchored:
        return DateShape.NONE
    if leftover <= 1:
        return DateShape.DATELINE
    names = byline_names(text) if leftover <= 8 and not _SENTENCE_END.search(text) else []
    if time and names:
        return DateShape.STAMP
    # Without a time, only a full name makes a byline: "Wahl am 5. November" is a headline.
    if any(" " in name for name in names):
        return DateShape.SIGNED
    return DateShape.NONE


def _number_kind(piece: str, before_uhr: bool) -> str:
    """Whether a run of digits and separators is a date, a time of day, or a plain number."""
    bare = piece.rstrip(".")
    parts = _NUMBER_SEPARATOR.split(bare)
    if len(parts) >= 3 or (len(parts) == 2 and len(parts[0]) == 4 and "-" in bare):
        return "date"  # 13.08.2024, 2024-08
    if len(parts) != 2:
        return "number"
    separator = bare[len(parts[0])]
    if separator == "/":
        return "date"  # 08/2019
    small = len(parts[0]) <= 2 and len(parts[1]) == 2
    if separator == ":" and small:
        return "time"  # 15:00
    if separator == "." and small:
        if before_uhr or not piece.endswith("."):
            return "time" if int(parts[0]) < 24 and int(parts[1]) < 60 else "number"
        return "date"  # 13.08. (day and month)
    return "number"


@functools.cache
def _prefix_pattern(labels: frozenset[str]) -> regex.Pattern[str]:
    label = "|".join(regex.escape(word) for word in sorted(labels, key=len, reverse=True))
    return regex.compile(
        rf"(?i)\s*+(?:(?P<label>{label})\s*+:?\s*+)?"
        r"(?P<date>\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d))"
        r"(?:,?\s*+\d{1,2}[:.]\d{2}(?:\s*+Uhr)?)?"
        r"(?P<sep>\s*+[-–—|:•]\s++|\s++)"
        r"(?=[\"„»«“‚(]?\p{Lu})"
    )


_NUMERIC_DATE = regex.compile(r"(?<!\d)(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)")


def has_numeric_date(text: str) -> bool:
    """Whether ``text`` holds a date in digits ("01.12.2022", "2022-12-01")."""
    return _NUMERIC_DATE.search(text) is not None


def date_prefix(text: str, vocabulary: Vocabulary) -> int:
    """The length of a date prefix in front of a content line (" date 2024-08 Im Gespräch ..."), or 0.

    A bare date needs a separator after it ("06.11.23 - Sensation ..."); after
    a label ("date", "Stand:") a space will do.
    """
    match = _prefix_pattern(vocabulary.fillers).match(text)
    if match is None or (match["label"] is None and not match["sep"].strip()):
        return 0
    return match.end()


def is_caption(text: str, words: int, vocabulary: Vocabulary) -> bool:
    """Whether the line reads as a photo caption with a credit ("... Foto: Anna Muster/dpa")."""
    if words > 60:
        return False
    tail = text[-120:].lower()
    if "©" in tail and (words <= 40 or tail.rfind("©") > len(tail) - 80):
        # "© Nordex Hamburg (iwr) - Die vermehrte ..." opens a long paragraph: not a credit
        return "©" not in text[:3] or words <= 15
    for match in _LABEL.finditer(tail):
        if match[1] in vocabulary.credit_labels and len(tail) - match.end() <= 70:
            return True
    agency = _AGENCY.search(tail)
    return agency is not None and agency[1].strip(" .") in vocabulary.agencies


# A name: capitalised words, initials, particles ("Anna-Lena van der Berg", "M. Muster").
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "der",
        "den",
        "zu",
        "la",
        "le",
        "di",
        "da",
        "del",
        "ten",
        "ter",
        "bin",
        "al",
        "el",
    }
)
_NAME_PART = regex.compile(r"(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*+)")
_NAME_END = regex.compile(r"\s++(?:am|vom|um|aus|in|für|\||•|–|-)\s|[,|•(]?\s*+\d|\s*+[|•(]")
_LEADING_BY = regex.compile(r"(?i)^(?:von|by)(?:\s*+:)?\s++")
_NAME_SPLIT = regex.compile(r"\s*+(?:,|&|/|\bund\b|\band\b)\s*+")


def byline_names(rest: str) -> list[str]:
    """The author names at the start of ``rest`` (what follows "Von"), or ``[]`` if it holds none.

    >>> byline_names("ANJA MUSTER und Max Mustermann am 14. Mai 2014, 15:40 Uhr")
    ['Anja Muster', 'Max Mustermann']
    >>> byline_names("der Leyen sagte am Montag")
    []
    """
    rest = _LEADING_BY.sub("", rest.strip().lstrip(":").strip())
    end = _NAME_END.search(rest)
    if end is not None:
        rest = rest[: end.start()]
    rest = rest.strip(" ,;:-–|*")
    if not rest or len(rest) > 120:
        return []
    names = []
    for chunk in _NAME_SPLIT.split(rest):
        if not chunk:
            continue
        parts = chunk.split()
        if not 1 <= len(parts) <= 4:
            return []
        for part in parts:
            if part not in _PARTICLES and not _NAME_PART.fullmatch(part):
                return []
        if all(part in _PARTICLES for part in parts):
            return []
        # "ANNA MUSTER" is written as a name is: "Anna Muster".
        upper = chunk.isupper()
        names.append(
            " ".join(part.title() if upper and not part.endswith(".") else part for part in parts)
        )
    return names


_TITLES = frozenset({"Dr.", "Prof.", "Dipl.-Ing.", "Dr.-Ing."})


def is_name(text: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` is nothing but a person's name: "Anna Muster", "Dr. Max von Mustermann".

    >>> from newsclaims_boilerplate.vocabulary import vocabulary
    >>> is_name("Marie Muster", vocabulary()), is_name("Nervöse Eliten", vocabulary())
    (True, False)
    """
    parts = text.split()
    while parts and parts[0] in _TITLES:
        parts = parts[1:]
    if not 2 <= len(parts) <= 4 or parts[0] not in vocabulary.given_names:
        return False
    return all(part in _PARTICLES or _NAME_PART.fullmatch(part) for part in parts[1:])


def stamp_names(text: str) -> list[str]:
    """The full names (first and last) in a date line with a byline: "Anna Muster, Berlin 19.10.2019"."""
    signed = _SIGNED_AFTER.search(text)
    names = byline_names(signed[1] if signed is not None else text)
    return [name for name in names if " " in name]


def partial_date(expression: newsclaims.TimeExpression | None) -> newsclaims.PartialDate | None:
    """The calendar date a time expression's value names ("2024-08-13T15:00" → 2024-08-13)."""
    if expression is None or expression.value is None:
        return None
    if expression.type not in (newsclaims.TimexType.DATE, newsclaims.TimexType.TIME):
        return None
    match = _VALUE.match(expression.value)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        return newsclaims.PartialDate(
            year=int(year),
            month=None if month is None else int(month),
            day=None if day is None else int(day),
        )
    except ValueError:
        return None


def iso_date(text: str) -> newsclaims.PartialDate | None:
    """An ISO date written in a metadata line ("date 2024-08"), which is notation, not German."""
    match = _ISO.search(text)
    if match is None:
        return None
    try:
        return newsclaims.PartialDate.parse(match.group())
    except ValueError:
        return None


def first_date(
    candidates: Iterable[str],
    hooks: newsclaims.Hooks,
    reference: newsclaims.PartialDate | None,
) -> newsclaims.PartialDate | None:
    """The first date that the date-parsing hook (or, for ISO notation, the line itself) yields."""
    for text in candidates:
        found = partial_date(hooks.parse_date(text, reference)) or iso_date(text)
        if found is not None:
            return found
    return None
