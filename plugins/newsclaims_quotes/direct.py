"""Direct quotes: which quoted stretches are speech, and whose.

Half of what stands in quotation marks in news is not a quote: titles
("die Zeitung „Bild“"), names ("die Operation „Cast Lead“") and scare quotes.
A quoted stretch is taken as a direct quote when

1. a cue is attached to it: after it („…“, sagte Müller / „…“, so Müller),
   before it with a colon or comma (Müller sagte: „…“), or a headline colon
   (Bürgermeisterin: „…“);
2. it continues an interrupted quote of the same unit („…“, betonte Müller, „…“);
3. it lies inside reported speech or in a sentence with a cue ("nannte das
   „reine Spekulation“", "er sei „glücklich“") — unless it is part of the
   speaker's own name ("laut „Reuters“") or a title after a noun;
4. with no cue at all, it is a sentence of its own or sits in a Konjunktiv
   sentence: the last speaker goes on talking.

Anything else (a short quoted term in a plain sentence) is a scare quote or a
title and is skipped.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from .indirect import konjunktiv
from .marks import Quoted
from .phrases import Grammar, noun_phrase, noun_phrase_before
from .speakers import (
    apposed_subject,
    clause_start,
    names_person,
    opinion_holder,
    subject_between,
)
from .statements import Attribution, Statement
from .tokens import SENTENCE_ENDS, Token
from .units import Unit

# A quote of at least this many words is speech even without a cue nearby.
_LONG_QUOTE = 6
# A quote covering this share of its unit is a sentence of its own.
_OWN_SENTENCE = 0.6
_SUBORDINATE = frozenset({"weil", "da", "dass", "daß", "nachdem", "als", "wenn", "ob", "obwohl"})
# How far back (in tokens) a source phrase may start and still contain a quote.
_PHRASE_REACH = 40
# How many indirect statements before a quote may contain it.
_ENCLOSING_REACH = 4
# Partial quotes taken over into a sentence are rarely longer than this.
_PARTIAL_WORDS = 8
# How far back (in tokens) a verb cue may beat a nearer phrase cue.
_CLAUSE_CUES = 40
# Titles and names rarely run longer than this.
_TITLE_WORDS = 6


def _token_at(tokens: Sequence[Token], offset: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(tokens) and tokens[lo].start == offset else -1


def _words(tokens: Sequence[Token], first: int, last: int) -> int:
    return sum(1 for k in range(first, last) if tokens[k].is_word)


def direct_statements(
    unit: Unit,
    attributions: Mapping[int, Attribution],
    indirect: Sequence[Statement],
    grammar: Grammar,
    active: Attribution | None,
) -> list[Statement]:
    """The direct quotes among the quoted stretches that open in ``unit``.

    ``attributions`` maps the token index of each cue to its attribution;
    ``indirect`` are the unit's indirect statements; ``active`` is the last
    speaker, for quotes without a cue of their own.
    """
    tokens = unit.tokens
    found: list[Statement] = []
    previous: Attribution | None = None
    previous_close = -1
    unit_length = max(1, unit.end - unit.start)
    cues = _Cues(unit, attributions)
    indirect = sorted(indirect, key=lambda s: s.start)
    starts = [statement.start for statement in indirect]
    reported = konjunktiv(tokens, 0, len(tokens), grammar)
    for quote in unit.quotes:
        if quote.open < unit.start:
            continue  # opened in an earlier paragraph: attributed there
        opening = _token_at(tokens, quote.open)
        if opening < 0:
            continue
        closing = _token_at(tokens, quote.close) if quote.close is not None else -1
        last_inner = closing if closing >= 0 else len(tokens)
        words = _words(tokens, opening + 1, last_inner)
        if cues.inside_source(opening, last_inner):
            continue  # "laut „Reuters“": the name of the source, not a quote
        attribution = _bracketed(tokens, opening, unit, grammar)
        if attribution is None and closing >= 0:
            attribution = _after(tokens, closing, attributions)
        if attribution is None:
            attribution = _before(unit, opening, cues, grammar)
        adjacent = attribution is not None
        if attribution is None and previous is not None and cues.between(previous_close, opening):
            attribution = previous  # „…“, betonte Müller, „…“
            adjacent = True
        if not adjacent and _title(tokens, opening, words, grammar):
            continue
        inherited = False
        if attribution is None:
            enclosing = _enclosing(quote, indirect, starts)
            if enclosing is not None:
                attribution, inherited = enclosing.attribution, enclosing.inherited
        if attribution is None and attributions:
            attribution = cues.nearest(opening)
        if attribution is None:
            own_sentence = (quote.end - quote.start) >= _OWN_SENTENCE * unit_length
            speechy = reported or _ends_sentence(tokens, last_inner)
            introduced = opening > 0 and tokens[opening - 1].text == ":"
            phrase_like = _phrase_like(tokens, opening, words)
            if not (
                own_sentence
                or introduced
                or phrase_like
                or words >= _LONG_QUOTE
                or (speechy and words >= 3)
            ):
                continue
            if not quote.closed and not own_sentence:
                continue  # a stray opening mark in a plain sentence
            attribution, inherited = active, active is not None
            if phrase_like and not (own_sentence or introduced):
                # "... ist die Situation „alarmierend“": the sentence's subject is the
                # voice, or the person it opens with ("Für den Minister ist ...")
                subject = opinion_holder(tokens, grammar) or subject_between(
                    tokens, 0, len(tokens), grammar
                )
                if subject is not None:
                    attribution = Attribution(None, None, subject, unit)
                    inherited = False
        found.append(Statement("direct", quote.start, quote.end, attribution, inherited))
        previous, previous_close = attribution, closing if closing >= 0 else len(tokens)
    return found


def _bracketed(
    tokens: Sequence[Token], opening: int, unit: Unit, grammar: Grammar
) -> Attribution | None:
    """ "…, Mohammed ElBaradei („Mir fällt niemand ein …“), und …": the person before the bracket."""
    if opening < 2 or tokens[opening - 1].text != "(":
        return None
    phrase = noun_phrase_before(tokens, opening - 1, grammar)
    if phrase is None or not names_person(tokens, phrase, grammar):
        return None
    return Attribution(None, None, phrase, unit)


def _phrase_like(tokens: Sequence[Token], opening: int, words: int) -> bool:
    """A short quoted phrase that starts small ("„sehr hoch“", "„trotz Vorbehalten“").

    Titles and names start with a capital; quoted words that start small are
    someone's words taken over, even where no cue says whose.
    """
    if not 1 <= words <= _PARTIAL_WORDS or opening + 1 >= len(tokens):
        return False
    first = tokens[opening + 1]
    return first.is_word and not first.upper and not first.text[0].isdigit()


def _ends_sentence(tokens: Sequence[Token], last_inner: int) -> bool:
    k = last_inner - 1
    return k >= 0 and tokens[k].text in SENTENCE_ENDS


def _after(
    tokens: Sequence[Token], closing: int, attributions: Mapping[int, Attribution]
) -> Attribution | None:
    """„…“, sagte Müller / „…“ – so Müller / „…“, heißt es."""
    k = closing + 1
    skipped = 0
    while k < len(tokens) and tokens[k].text in ",.!?–—" and skipped < 2:
        k += 1
        skipped += 1
    # „…,“ sagte er: the comma may stand inside the marks
    inner_punct = closing > 0 and tokens[closing - 1].text in ",.!?…"
    if k < len(tokens) and k in attributions and (skipped or inner_punct):
        return attributions[k]
    return None


def _before(unit: Unit, opening: int, cues: _Cues, grammar: Grammar) -> Attribution | None:
    """Müller sagte: „…“ / sagte Müller, „…“ / sprach von „…“ / Bürgermeisterin: „…“."""
    tokens = unit.tokens
    k = opening - 1
    if k < 0:
        return None
    mark = tokens[k].text
    if mark in ":,":
        start = clause_start(tokens, k)
        if mark == ":" and start > 0 and tokens[start].lower in _SUBORDINATE:
            # "Trump lobte Musk, weil er ... habe: „…“": the main clause speaks
            start = 0
        found = cues.last_before(k, start)
        if found is not None:
            return found
        if mark == ":" and start < k:
            # "Bürgermeisterin: „…“", "Das Fazit von Sandra Boser: „…“",
            # "X reagierte gelassen: „…“": the clause's subject speaks
            phrase = noun_phrase(tokens, start, grammar, k)
            if phrase is None or phrase.last != k:
                phrase = subject_between(tokens, start, k, grammar)
            if phrase is None and start >= 2 and tokens[start - 1].text == ",":
                phrase = apposed_subject(tokens, start, grammar)
            if phrase is not None:
                return Attribution(cue=None, cue_unit=None, speaker=phrase, speaker_unit=unit)
        return None
    return cues.attributions.get(k)  # sagte „…“


class _Cues:
    """The cues of a unit by token position, for lookups in logarithmic time.

    A unit can hold thousands of quotes and cues (a scraped page without full
    stops); every lookup here stays cheap whatever their number.
    """

    def __init__(self, unit: Unit, attributions: Mapping[int, Attribution]) -> None:
        self.attributions = attributions
        self.positions = sorted(attributions)
        # the noun phrases that name a source in this unit, by first token
        self.sources = sorted(
            (phrase.first, phrase.last)
            for attribution in attributions.values()
            if attribution.speaker_unit is unit
            for phrase in (attribution.speaker, attribution.via)
            if phrase is not None
        )

    def last_before(self, stop: int, start: int = 0) -> Attribution | None:
        """The attribution of the last cue at a position in ``start``..``stop``.

        A verb beats a phrase: in "sagte die Kanzlerin einigen Teilnehmern
        zufolge: „…“" the words are the Kanzlerin's.
        """
        k = bisect.bisect_left(self.positions, stop) - 1
        found = None
        while k >= 0 and self.positions[k] >= start:
            attribution = self.attributions[self.positions[k]]
            if attribution.cue is not None and attribution.cue.kind == "verb":
                return attribution
            found = found or attribution
            k -= 1
            if stop - self.positions[k + 1] > _CLAUSE_CUES:
                break
        return found

    def between(self, first: int, last: int) -> bool:
        k = bisect.bisect_right(self.positions, first)
        return first >= 0 and k < len(self.positions) and self.positions[k] < last

    def nearest(self, opening: int) -> Attribution:
        before = self.last_before(opening)
        return before if before is not None else self.attributions[self.positions[0]]

    def inside_source(self, opening: int, last_inner: int) -> bool:
        """„Reuters“ in "laut „Reuters“" names the source; it is not a quote."""
        k = bisect.bisect_right(self.sources, (opening, 1 << 30)) - 1
        # phrases are short, so only the few starting just before can contain it
        while k >= 0 and opening - self.sources[k][0] <= _PHRASE_REACH:
            first, last = self.sources[k]
            if first <= opening and last_inner <= last:
                return True
            k -= 1
        return False


def _title(tokens: Sequence[Token], opening: int, words: int, grammar: Grammar) -> bool:
    """„Smart“ after "des Modells", „Cast Lead“ after "Operation": a name, not speech."""
    if words > _TITLE_WORDS or opening + 1 >= len(tokens):
        return False
    first_inner = tokens[opening + 1]
    if not first_inner.upper:
        return False
    before = tokens[opening - 1] if opening > 0 else None
    if before is None or not grammar.nounish(before):
        return False
    if grammar.is_name is not None and grammar.is_name(before):
        return False  # "Trumps „Mut“": a name's words, not a title
    return not grammar.vocabulary.is_speech_noun(before.text)


def _enclosing(
    quote: Quoted, indirect: Sequence[Statement], starts: Sequence[int]
) -> Statement | None:
    """The indirect statement (sorted by start) that contains the quote."""
    k = bisect.bisect_right(starts, quote.start) - 1
    for j in range(k, max(-1, k - _ENCLOSING_REACH), -1):
        statement = indirect[j]
        if statement.start <= quote.start and quote.end <= statement.end:
            return statement
    return None
