"""The tense of a clause, read from its verbs: does "am Montag" lie before or after the reference?

German marks the past with auxiliaries and participles ("hat ... gesagt"),
with Präteritum forms ("sagte", "lud") and the future with "wird", "soll" and
the like.  The marker nearest to the expression inside its clause decides;
when the clause has none, the whole sentence is read the same way.  The
marker words live in ``data/tense.tsv``.
"""

from __future__ import annotations

import bisect
from typing import Literal

import regex

from .vocabulary import Vocabulary

__all__ = ["SentenceTense", "Tense", "tense_around", "tense_of_region"]

Tense = Literal["past", "future"]

_WORD = regex.compile(r"[^\W\d_]+")
# Clause boundaries inside a sentence: punctuation and quotation marks.
_BOUNDARY = regex.compile(r"[,;:()„“”\"»«–—]|[^\S\n]-[^\S\n]")
# Participles: ge-...-t/-en, with a separable prefix (an-ge-kündigt), or -iert.
_PARTICIPLE = regex.compile(
    r"(?:ab|an|auf|aus|bei|durch|ein|fest|fort|her|hin|los|mit|nach|über|um|unter|vor|weg|wieder|zu|zurück|zusammen)?"
    r"ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert"
    r"|(?:be|er|ver|zer|ent|emp|miss)[a-zäöüß]{2,}t"
)
_PAST_WEAK = regex.compile(r"[a-zäöüß]{3,}ierten?")


Marker = tuple[int, str]  # position, and "past", "future" or "present"


def _clause_markers(text: str, start: int, end: int, vocabulary: Vocabulary) -> list[Marker]:
    """The tense markers of one clause with their positions.

    German puts the participle and the infinitive at the end of the clause, so
    the last verb tells "hat ... gesagt" (past) and "wird ... gewählt"
    (passive, present) from "wird ... kommen" (future).
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    lowered = [(position, word.lower()) for position, word in words if word[:1].islower()]
    # the clause-final verb, looking past a trailing auxiliary ("gesagt hat", "gewählt wird")
    final = ""
    if lowered:
        final = lowered[-1][1]
        if (
            vocabulary.tense.get(final) in ("past", "future", "perfect", "present")
            and len(lowered) > 1
        ):
            final = lowered[-2][1]
    final_role = vocabulary.tense.get(final)
    participle = final_role == "participle" or (
        bool(final) and final_role != "not-participle" and _PARTICIPLE.fullmatch(final) is not None
    )
    markers: list[Marker] = []
    for index, (position, word) in enumerate(words):
        if not (word[:1].islower() or index == 0):
            continue
        lower = word.lower()
        role = vocabulary.tense.get(lower)
        if role in ("past", "present"):
            markers.append((position, role))
        elif role == "future":
            passive = participle and lower.startswith(("wird", "werd", "würd"))
            markers.append((position, "present" if passive else "future"))
        elif role == "perfect":
            markers.append((position, "past" if participle else "present"))
        elif _PAST_WEAK.fullmatch(lower) and lower != final:
            markers.append((position, "past"))
    return markers


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    clauses, clause_start = [], start
    for boundary in _BOUNDARY.finditer(text, start, end):
        clauses.append((clause_start, boundary.start()))
        clause_start = boundary.end()
    clauses.append((clause_start, end))
    return clauses


def _nearest(markers: list[Marker], position: int) -> str | None:
    if not markers:
        return None
    return min(markers, key=lambda marker: abs(marker[0] - position))[1]


def _as_tense(found: str | None) -> Tense | None:
    return found if found in ("past", "future") else None  # type: ignore[return-value]


class SentenceTense:
    """The tense markers of one sentence, read once, for every expression in it.

    A sentence is read clause by clause; :meth:`at` then answers for any
    position by bisection, so a sentence with many expressions (or a huge
    "sentence" without punctuation) is read in linear time.
    """

    def __init__(self, text: str, start: int, end: int, vocabulary: Vocabulary) -> None:
        self.clauses = _clauses(text, start, end)
        self.starts = [clause_start for clause_start, _ in self.clauses]
        self.markers = [_clause_markers(text, a, b, vocabulary) for a, b in self.clauses]
        self.subordinate = []
        for index, (a, b) in enumerate(self.clauses):
            first = _WORD.search(text, a, b)
            role = vocabulary.tense.get(first.group().lower()) if first else None
            self.subordinate.append(role == "subordinator")
            if role == "subordinator" and not self.markers[index]:
                # "die noch bis 11. Mai läuft": a subordinate clause ends in its
                # finite verb; a present form in -t is no tense to borrow
                words = _WORD.findall(text, a, b)
                last = words[-1] if words else ""
                if last[:1].islower() and last.endswith("t") and not _PARTICIPLE.fullmatch(last):
                    self.markers[index] = [(b, "present")]
        self.own = [{tense for _, tense in markers} for markers in self.markers]
        # for each clause, the first clause from it onwards that has a marker
        self.next_marked: list[int | None] = [None] * (len(self.clauses) + 1)
        for i in range(len(self.clauses) - 1, -1, -1):
            self.next_marked[i] = i if self.markers[i] else self.next_marked[i + 1]
        flat = sorted(marker for markers in self.markers for marker in markers)
        self.positions = [position for position, _ in flat]
        self.tenses = [tense for _, tense in flat]

    def at(self, position: int) -> Tense | None:
        """The tense of the clause around ``position``; ``None`` for the present or when unknown.

        A clause without a verb of its own takes the tense of the nearest one
        in its sentence; a subordinate clause ("dass er im Oktober ...
        zurückkehren werde") looks first at the verbs after it, where German
        puts them.
        """
        index = max(0, bisect.bisect_right(self.starts, position) - 1)
        own = self.own[index]
        # inside one clause the verb complex is read as a whole: "sind ... übergeben worden"
        for tense in ("past", "future", "present"):
            if tense in own:
                return _as_tense(tense)
        if self.subordinate[index]:
            later = self.next_marked[index + 1]
            if later is not None:
                return _as_tense(self.markers[later][0][1])
        if not self.positions:
            return None
        right = bisect.bisect_left(self.positions, position)
        candidates = [i for i in (right - 1, right) if 0 <= i < len(self.positions)]
        nearest = min(candidates, key=lambda i: abs(self.positions[i] - position))
        return _as_tense(self.tenses[nearest])


def tense_around(
    text: str, sentence_start: int, sentence_end: int, position: int, vocabulary: Vocabulary
) -> Tense | None:
    """The tense of the clause around ``position`` in the sentence ``text[sentence_start:sentence_end]``."""
    return SentenceTense(text, sentence_start, sentence_end, vocabulary).at(position)


def tense_of_region(text: str, start: int, end: int, vocabulary: Vocabulary) -> Tense | None:
    """The tense of the verbs in ``text[start:end]``, the one nearest its end winning."""
    markers = [
        marker
        for a, b in _clauses(text, start, end)
        for marker in _clause_markers(text, a, b, vocabulary)
    ]
    return _as_tense(_nearest(markers, end))
