"""German text utilities that keep offsets exact.

Every function here returns offsets into the string it was given, never into a
normalised copy, so a plugin can hand its results straight to :meth:`Span.at
<newsclaims.Span.at>`.  All of them run in linear time on any input: the
regular expressions are written so that no input makes them backtrack.

>>> from newsclaims.text import split_sentences
>>> [s.text for s in split_sentences("Laut Dr. Müller kamen am 5. November z. B. 1.200 Menschen. Das war viel.")]
['Laut Dr. Müller kamen am 5. November z. B. 1.200 Menschen.', 'Das war viel.']
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

import regex

from ._types import Sentence, Span
from .lexicon import read_table

__all__ = [
    "CLOSING_MARKS",
    "QUOTE_PAIRS",
    "iter_lines",
    "split_sentences",
    "trim",
]

#: Quotation marks that open a quote, each with the marks that may close it:
#: German „…“ and ‚…‘ (also closed by ” and ’ in careless typesetting),
#: German »…« and Swiss «…», English “…” and ‘…’, and straight quotes.
QUOTE_PAIRS: Mapping[str, str] = {
    "„": "“”",
    "‚": "‘’",
    "»": "«",
    "«": "»",
    "“": "”“",
    "‘": "’",
    "›": "‹",
    "‹": "›",
    '"': '"',
    "'": "'",
}

#: Characters that may follow a sentence's final punctuation and still belong to it.
CLOSING_MARKS = frozenset("\"'»«“”‘’›‹)]")

# A run of sentence-final punctuation, then closing marks, then white space on
# the same line.  The look-behind makes a match start only at the beginning of
# a run and the possessive quantifiers never give back, so a line of 100,000
# dots is scanned once, not once per dot.
_CANDIDATE = regex.compile(r"(?<![.!?…])[.!?…]++[\"'»«“”‘’›‹)\]]*+(?=[^\S\n])")
_WORD_AFTER = regex.compile(r"[\"'»«“”„‘’›‹(\[]*+(\w{1,40})")
_ACRONYM = regex.compile(r"(?:\w\.)+\w")
_NUMBER = regex.compile(r"\d{1,3}")
_LINE = regex.compile(r"[^\n]*+")


@functools.cache
def _rules() -> Mapping[str, frozenset[str]]:
    table = read_table(
        "newsclaims", "data/segmenter.tsv", columns=("word", "role"), unique=("word", "role")
    )
    roles: dict[str, set[str]] = {}
    for row in table:
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


def trim(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """``(start, end)`` moved inwards past white space.

    >>> from newsclaims.text import trim
    >>> trim("  ab c \\n", 0, 8)
    (2, 6)
    """
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The lines of ``text[start:end]`` as spans, split on ``\\n`` (a ``\\r`` stays in its line).

    Empty lines are included, so line ``i`` of the result is line ``i`` of the text.

    >>> from newsclaims.text import iter_lines
    >>> [line.text for line in iter_lines("a\\n\\nb")]
    ['a', '', 'b']
    """
    end = len(text) if end is None else end
    position = start
    while True:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        yield Span(start=position, end=stop, text=text[position:stop])
        if newline < 0:
            return
        position = newline + 1


def _ends_sentence(text: str, punct_start: int, punct: str, next_position: int) -> bool:
    """Whether the punctuation run at ``punct_start`` ends a sentence."""
    after = _WORD_AFTER.match(text, next_position)
    following = text[next_position]
    if following.islower() or following in ",;:":
        return False  # German sentences start with a capital, a digit or a quotation mark
    if punct.rstrip("".join(CLOSING_MARKS)) != ".":
        return True  # "!", "?", "…", "...": a capital after them starts a new sentence
    token_start = _token_start(text, punct_start)
    token = text[token_start:punct_start].lstrip("\"'»«“”„‘’›‹([")
    rules = _rules()
    if token in rules["abbreviation"] and token not in rules["abbreviation-final"]:
        return False
    if any(
        token.endswith(suffix) and len(token) > len(suffix)
        for suffix in rules["abbreviation-suffix"]
    ):
        return False  # "Hauptstr."
    if len(token) == 1 and token.isalpha():
        return False  # an initial ("Donald J. Trump") or part of "z. B."
    if _ACRONYM.fullmatch(token):
        return False  # "U.S.", "z.B."
    if _NUMBER.fullmatch(token):
        # A day or an ordinal: "am 5. November", "zum 2. Mal", "der 3. Platz".
        if after is not None and after.group(1) in rules["ordinal-after"]:
            return False
        previous_end = token_start
        while previous_end > 0 and text[previous_end - 1] in " \t":
            previous_end -= 1
        if text[_token_start(text, previous_end) : previous_end] in rules["ordinal-before"]:
            return False
    return True


def _token_start(text: str, end: int, limit: int = 40) -> int:
    """Where the run of non-space characters ending at ``end`` starts (at most ``limit`` back)."""
    start = end
    while start > 0 and end - start < limit and not text[start - 1].isspace():
        start -= 1
    return start


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences with offsets into ``text``.

    A line break always ends a sentence (headlines and paragraphs of scraped
    news carry no full stop).  Within a line, ``.``, ``!``, ``?`` and ``…``
    end a sentence when white space and a capital, a digit or an opening
    quotation mark follow, except after German abbreviations ("z. B.", "Dr.",
    "Nr."), initials, day and ordinal numbers ("am 5. November", "zum 2.
    Mal").  Closing quotation marks and brackets after the punctuation stay in
    the sentence.  Sentences are trimmed of white space; empty ones are
    dropped.
    """
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text, start, end):
        sentence_start = line.start()
        for candidate in _CANDIDATE.finditer(text, line.start(), line.end()):
            next_position = candidate.end()
            while next_position < line.end() and text[next_position].isspace():
                next_position += 1
            if next_position >= line.end():
                break  # the line ends here anyway
            if _ends_sentence(text, candidate.start(), candidate.group(), next_position):
                _append(sentences, text, sentence_start, candidate.end())
                sentence_start = candidate.end()
        _append(sentences, text, sentence_start, line.end())
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    start, end = trim(text, start, end)
    if end > start:
        sentences.append(Sentence(start=start, end=end, text=text[start:end]))
