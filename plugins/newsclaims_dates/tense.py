"""The tense of a clause, read from its verbs: does "am Montag" lie before or after the reference?

German marks the past with auxiliaries and participles ("hat ... gesagt"),
with Präteritum forms ("sagte", "lud") and the future with "wird", "soll" and
the like.  The marker nearest to the expression inside its clause decides;
when the clause has none, the whole sentence is read the same way.  The
marker words live in ``data/tense.tsv``; forms the tables do not list are
read by :mod:`.verbs`.

A clause runs from one comma, colon or dash to the next.  A parenthesis or a
quotation inside a clause ("hat sich am Dienstag um Mitternacht (Ortszeit)
aufgelöst", "über einen Antrag mit dem Titel "..." debattiert") is a clause
of its own, and the words around it stay one clause.
"""

from __future__ import annotations

import bisect
from typing import Literal

import regex

from .verbs import Verbs, verbs
from .vocabulary import Vocabulary

__all__ = ["SentenceTense", "Tense", "attribute_tense", "tense_around", "tense_of_region"]

Tense = Literal["past", "future"]

# words (a hyphenated compound is one: "Corona-bedingte") and numbers ("5.11.")
_TOKEN = regex.compile(r"[^\W_]++(?:[-.][^\W_]++)*+(?:(?<=\d)\.)?")
# Clause marks: punctuation that splits, brackets that nest, quotation marks (either).
_MARK = regex.compile(r"[,;:()„“”\"»«–—]|[^\S\n]-[^\S\n]")
_QUOTES = frozenset('„“”"»«')
# A token before a position, searched backwards, and the tokens after it.
_TOKEN_BEFORE = regex.compile(r"(?r)(?:[\w’'-]+|[^\w\s])")
_TOKENS_AFTER = regex.compile(r"[^\S\n]*+(\w[\w-]*+|[^\w\s])")
_LOOKBACK = 60
# how many words may stand between a date and the participle it belongs to
_ATTRIBUTE_REACH = 5
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# the infinitives of the perfect auxiliaries ("soll ... gezeigt haben")
_INFINITIVE_AUXILIARIES = frozenset({"haben", "sein"})

Marker = tuple[int, str]  # position, and "past", "future" or "present"
Piece = tuple[int, int, int]  # start, end, clause index


def _embedded_quotes(text: str, marks: list[tuple[int, int, str]]) -> dict[int, str]:
    """Quotation marks that enclose words inside a clause ("mit dem Titel "X" debattiert").

    A quotation with a word right before it and a word right after it is a
    name or a title: it nests like a parenthesis.  Quoted speech ("sagte er:
    „...“, ...") has punctuation at one end and splits the clause as before.
    Returns the offsets of such marks, mapped to "open" or "close".
    """
    found: dict[int, str] = {}
    pending: list[tuple[int, str]] = []
    closers = {"„": "“”", "“": "”", "»": "«", "«": "»", '"': '"'}
    for start, _, mark in marks:
        if mark not in _QUOTES:
            continue
        if pending and mark in closers[pending[-1][1]]:
            opening, _ = pending.pop()
            before = text[max(0, opening - 8) : opening].rstrip()[-1:]
            after = text[start + 1 : start + 9].lstrip()[:1]
            if before.isalnum() and after.isalnum():
                found[opening], found[start] = "open", "close"
        elif mark in '„“»«"':
            pending.append((start, mark))
    return found


def _pieces(text: str, start: int, end: int) -> tuple[list[Piece], int]:
    """The stretches of ``text[start:end]`` in order, each with the index of its clause.

    Returns the pieces and the number of clauses; clause indexes follow the
    order in which the clauses begin.
    """
    marks = [(m.start(), m.end(), m.group()) for m in _MARK.finditer(text, start, end)]
    embedded = _embedded_quotes(text, marks) if any(m[2] in _QUOTES for m in marks) else {}
    pieces: list[Piece] = []
    hosts: list[int] = []
    clause, count, piece_start = 0, 1, start
    for mark_start, mark_end, mark in marks:
        kind = embedded.get(mark_start)
        if kind is None:
            kind = "open" if mark == "(" else "close" if mark == ")" else "split"
        if kind == "close" and not hosts:
            kind = "split"
        pieces.append((piece_start, mark_start, clause))
        if kind == "close":
            clause = hosts.pop()
        else:
            if kind == "open":
                hosts.append(clause)
            clause, count = count, count + 1
        piece_start = mark_end
    pieces.append((piece_start, end, clause))
    return pieces, count


def _clause_markers(
    tokens: list[tuple[int, str]], v: Verbs, *, subordinate: bool = False, opening: bool = True
) -> list[Marker]:
    """The tense markers of one clause (its tokens in order) with their positions.

    German puts the participle and the infinitive at the end of the clause, so
    the last verb tells "hat ... gesagt" (past) and "wird ... gewählt"
    (passive, present) from "wird ... kommen" (future).  With "sein", a state
    participle ("ist ab Montag geschlossen") makes a present.  A clause
    without a listed verb is read through its finite verb, found by its
    place: the last word of a subordinate clause, the first verb-like word of
    a main clause ("Weihnachten fällt da ins Wasser", "Hunderte versammelten
    sich").  ``opening``: the clause starts the sentence.
    """
    words = [(position, token) for position, token in tokens if token[:1].isalpha()]
    lowered = [(position, word.lower()) for position, word in words if word[:1].islower()]
    # the clause-final verb, looking past a trailing auxiliary ("gesagt hat", "gewählt wird")
    final = lowered[-1][1] if lowered else ""
    if (
        v.roles.get(final) in ("past", "future", "perfect", "perfect-sein", "present")
        and len(lowered) > 1
        and v.is_participle(lowered[-2][1])
    ):
        final = lowered[-2][1]
    participle = bool(final) and v.is_participle(final)
    # "hat ... beraten" is a perfect, "wird ... erhalten" a future
    perfect_participle = participle or v.roles.get(final) == "participle-infinitive"
    # "soll ... gezeigt haben", "wird ... gewesen sein": a future marker with a
    # perfect infinitive reports or supposes a past
    perfect_infinitive = (
        len(lowered) > 1
        and lowered[-1][1] in _INFINITIVE_AUXILIARIES
        and v.is_participle(lowered[-2][1])
    )
    # "ist ... verboten", "hat ... beschlossen": with an auxiliary the final
    # participle is no Präteritum of its own, whatever its form
    auxiliary = perfect_participle and any(
        v.roles.get(word) in ("perfect", "perfect-sein", "future") for _, word in lowered
    )
    markers: list[Marker] = []
    for index, (position, word) in enumerate(words):
        if not (word[:1].islower() or index == 0):
            continue
        lower = word.lower()
        role = None if auxiliary and lower == final else v.role(lower)
        if role == "past" and index > 1 and v.attributive_form(lower, words[index - 1][1]):
            # "mit dem beschädigten Jet": a listed weak Präteritum as an adjective; at the
            # start of a clause "Das erklärte die Ministerin" is a pronoun and a verb
            role = None
        if role in ("past", "present"):
            markers.append((position, role))
        elif role == "future":
            passive = participle and lower.startswith(("wird", "werd", "würd"))
            tense = "past" if perfect_infinitive else "present" if passive else "future"
            markers.append((position, tense))
        elif role == "perfect":
            markers.append((position, "past" if perfect_participle else "present"))
        elif role == "perfect-sein":
            past = perfect_participle and not v.is_state(final)
            markers.append((position, "past" if past else "present"))
    if markers or not lowered:
        return markers
    finite = _finite_verb(tokens, v, subordinate=subordinate, opening=opening)
    return [] if finite is None else [finite]


def _finite_verb(
    tokens: list[tuple[int, str]], v: Verbs, *, subordinate: bool, opening: bool
) -> Marker | None:
    """The tense of the finite verb of a clause without a listed one, or ``None``."""
    citations = v.vocabulary.context.get("citation", frozenset())
    articles = v.vocabulary.context.get("article", frozenset())
    if not subordinate and not opening and len(tokens) > 1 and tokens[0][1] in citations:
        # ", so der Minister am Montag": an attribution, a report of the past
        following = tokens[1][1]
        if following[:1].isupper() or following in articles:
            return (tokens[0][0], "past")
    candidates = range(len(tokens) - 1, -1, -1) if subordinate else range(len(tokens))
    for index in candidates:
        position, word = tokens[index]
        if not word[:1].islower() or not word[:1].isalpha():
            if subordinate:
                break  # a subordinate clause ends in its verb: nothing to find before it
            continue
        lower = word.lower()
        before = tokens[index - 1][1] if index else ""
        before2 = tokens[index - 2][1] if index > 1 else ""
        if v.looks_past(lower, before, before2):
            return (position, "past")
        if v.looks_finite(lower, before, before2):
            return (position, "present")
        if subordinate:
            break
    return None


def _starts_with_verb(tokens: list[tuple[int, str]], v: Verbs) -> bool:
    """Whether a clause opens with its finite verb ("zitierte die Sun", "hat er gesagt")."""
    if not tokens or not tokens[0][1][:1].islower():
        return False
    first = tokens[0][1]
    role = v.role(first)
    if role in ("past", "present", "future", "perfect", "perfect-sein"):
        return True
    return role is None and (v.looks_past(first, "") or v.looks_finite(first, ""))


def _tokens(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for a, b in spans for m in _TOKEN.finditer(text, a, b)]


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
        v = verbs(vocabulary)
        pieces, count = _pieces(text, start, end)
        self.piece_starts = [piece[0] for piece in pieces]
        self.piece_clauses = [piece[2] for piece in pieces]
        spans: list[list[tuple[int, int]]] = [[] for _ in range(count)]
        for a, b, clause in pieces:
            spans[clause].append((a, b))
        tokens = [_tokens(text, clause_spans) for clause_spans in spans]
        articles = vocabulary.context.get("article", frozenset())
        self.subordinate = []
        for index, clause_tokens in enumerate(tokens):
            first = next((word for _, word in clause_tokens if word[:1].isalpha()), "").lower()
            # "Die Regierung ...": at the start of a sentence "die" is an article
            relative = index > 0 or first not in articles
            self.subordinate.append(v.roles.get(first) == "subordinator" and relative)
        # "Die Tour soll nach Doha, wo ... steht, mit der Etappe ... weitergehen": after a
        # subordinate clause inside it, the clause before it goes on; its parts are one clause
        merged = list(range(count))
        for index in range(2, count):
            if self.subordinate[index] or not self.subordinate[index - 1]:
                continue
            if _starts_with_verb(tokens[index], v):
                continue  # "..., zitierte die Sun": a new clause that puts its verb first
            host = merged[index - 2]
            tokens[host].extend(tokens[index])
            tokens[index] = []
            merged[index] = host
        self.piece_clauses = [merged[clause] for clause in self.piece_clauses]
        self.markers = [
            _clause_markers(
                clause_tokens, v, subordinate=self.subordinate[index], opening=index == 0
            )
            for index, clause_tokens in enumerate(tokens)
        ]
        self.own = [{tense for _, tense in markers} for markers in self.markers]
        # for each clause, the first clause from it onwards that has a marker
        self.next_marked: list[int | None] = [None] * (count + 1)
        for i in range(count - 1, -1, -1):
            self.next_marked[i] = i if self.markers[i] else self.next_marked[i + 1]
        flat = sorted(marker for markers in self.markers for marker in markers)
        self.positions = [position for position, _ in flat]
        self.tenses = [tense for _, tense in flat]

    @property
    def verbless(self) -> bool:
        """Whether no clause of the sentence has a verb the reader knows ("Bozen: Konzert, 20 Uhr.")."""
        return not self.positions

    def at(self, position: int) -> Tense | None:
        """The tense of the clause around ``position``; ``None`` for the present or when unknown.

        A clause without a verb of its own takes the tense of the nearest one
        in its sentence; a subordinate clause ("dass er im Oktober ...
        zurückkehren werde") looks first at the verbs after it, where German
        puts them.
        """
        piece = max(0, bisect.bisect_right(self.piece_starts, position) - 1)
        index = self.piece_clauses[piece]
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


def _tokens_before(text: str, position: int, count: int) -> list[str]:
    tokens: list[str] = []
    end = position
    while len(tokens) < count:
        match = _TOKEN_BEFORE.search(text, max(0, end - _LOOKBACK), end)
        if match is None:
            break
        tokens.append(match.group().lower())
        end = match.start()
    return tokens


def attribute_tense(
    text: str, start: int, end: int, limit: int, vocabulary: Vocabulary
) -> str | None:
    """The tense of a participle the date ``text[start:end]`` belongs to, if it is an attribute.

    "Auf den am Donnerstag gezeigten Radarbildern", "ein am Sonntag
    durchgeführter Test": the date dates the participle, not the clause, and
    the participle's tense is a past ("past"), a plan ("future": "ein im März
    geplanter Termin") or, for "-end" forms, the present ("present": "in dem
    am 18. August beginnenden Schuljahr").  ``None`` when the date is no part
    of such an attribute.  Only the words up to ``limit`` are read.
    """
    v = verbs(vocabulary)
    context = vocabulary.context
    articles = context.get("article", frozenset())
    attributive = context.get("adjective-before", frozenset())
    before = _tokens_before(text, start, 2)
    if not before:
        return None
    opens = before[0] in articles or (
        before[0] in attributive and len(before) > 1 and before[1] in attributive
    )
    if not opens:
        return None
    position = end
    for _ in range(_ATTRIBUTE_REACH):
        match = _TOKENS_AFTER.match(text, position, limit)
        if match is None:
            return None
        word = match.group(1)
        position = match.end()
        if not word[:1].isalpha():
            return None  # punctuation ends the attribute
        if not word[:1].islower():
            continue  # a name inside the attribute: "bei RT Deutsch veröffentlichten"
        lower = word.lower()
        stem = next(
            (lower[: -len(e)] for e in _ADJECTIVE_ENDINGS if lower.endswith(e) and len(lower) > 5),
            None,
        )
        if stem is None:
            continue
        following = _TOKENS_AFTER.match(text, position, limit)
        if following is None or not following.group(1)[:1].isupper():
            continue
        if stem.endswith("end"):
            return "present"
        if v.is_participle(stem):
            return "future" if v.roles.get(stem) == "future" else "past"
    return None


def tense_around(
    text: str, sentence_start: int, sentence_end: int, position: int, vocabulary: Vocabulary
) -> Tense | None:
    """The tense of the clause around ``position`` in the sentence ``text[sentence_start:sentence_end]``."""
    return SentenceTense(text, sentence_start, sentence_end, vocabulary).at(position)


def tense_of_region(text: str, start: int, end: int, vocabulary: Vocabulary) -> Tense | None:
    """The tense of the verbs in ``text[start:end]``, the one nearest its end winning."""
    v = verbs(vocabulary)
    pieces, count = _pieces(text, start, end)
    spans: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for a, b, clause in pieces:
        spans[clause].append((a, b))
    markers = [marker for clause in spans for marker in _clause_markers(_tokens(text, clause), v)]
    return _as_tense(_nearest(markers, end))
