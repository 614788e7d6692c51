"""Walk a document unit by unit and collect its statements with their attributions.

This is where the pieces meet: cues (:mod:`.cues`), speakers
(:mod:`.speakers`), reported clauses (:mod:`.indirect`) and quoted stretches
(:mod:`.direct`).  It also keeps the one piece of state that crosses
sentences: the *active* attribution, which a Konjunktiv sentence without a
cue of its own, or a free-standing quote, continues.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsclaims import Document

from .cues import Cue, Prefilter, find_cues
from .direct import direct_statements
from .indirect import (
    clause_after,
    clause_before,
    hearsay,
    konjunktiv,
    relative_context,
    trim_end,
    wie_clause,
)
from .names import NameIndex
from .phrases import Grammar, NounPhrase
from .speakers import (
    can_speak,
    clause_start,
    document_before,
    names_person,
    opinion_holder,
    phrase_speaker,
    subject_between,
    unit_subject,
    verb_speaker,
)
from .statements import Attribution, Statement
from .tokens import Token
from .units import Unit, build_units
from .vocabulary import Vocabulary

# A continuation must follow its speaker closely: at most this many units
# back, and in the same or the next paragraph.
_CONTINUATION_UNITS = 3
_SUBORDINATE = frozenset({"weil", "da", "als", "wenn", "nachdem", "obwohl", "ob", "dass", "daß"})
# Phrases that name the source a reporter relies on.
_CITING = frozenset({"unter Berufung auf", "unter Bezug auf", "mit Verweis auf"})
# Words that open a sentence pointing back to the quote before it ("Das sagte X").
_POINTING_BACK = frozenset({"das", "dies", "so", "diese", "dieses"})
_CATAPHORA_REACH = 6
_RELATIVE_OPENERS = frozenset(
    {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches"}
)
# How close (in tokens) before its comma a noun of saying must stand ("vertrat den Standpunkt, ...").
_ATTITUDE_REACH = 5
# An indirect statement mostly made of a direct quote is that quote.
_QUOTED_SHARE = 0.95


def find_statements(
    document: Document, vocabulary: Vocabulary
) -> tuple[list[Unit], list[Statement], NameIndex]:
    """The document's units, every statement in text order, and the article's names."""
    grammar = Grammar(vocabulary)
    units, _ = build_units(document)
    could_attribute = _prefilter(vocabulary)
    relevant = [
        bool(unit.own) or could_attribute(unit.words, unit.text[unit.start : unit.end])
        for unit in units
    ]
    # the name index gets a grammar of its own: were it to hold this one, whose
    # name test points back to it, every article would end in a reference cycle
    # that only the cyclic garbage collector frees, long after the article
    names = LazyNames(units, Grammar(vocabulary))
    grammar.is_name = names.is_name_word
    statements: list[Statement] = []
    active: Attribution | None = None
    active_unit: Unit | None = None
    for unit in units:
        if not relevant[unit.index]:
            continue  # no quotation mark and no word that could attribute anything
        tokens = unit.tokens
        if not tokens:
            continue
        cues = find_cues(tokens, vocabulary)
        reported = not unit.words.isdisjoint(vocabulary.konjunktiv) and konjunktiv(
            tokens, 0, len(tokens), grammar
        )
        modal = -1
        if not unit.words.isdisjoint(vocabulary.hearsay.get("modal", ())):
            modal = hearsay(tokens, grammar)
        if (
            not cues
            and not unit.own
            and not reported
            and modal < 0
            and unit.words.isdisjoint(vocabulary.konjunktiv)
        ):
            continue  # a plain sentence: nothing to attribute
        recent = active if _recent(active_unit, unit) else None
        speaker = recent
        if (reported or unit.own or any(c.cls == "previous" for c in cues)) and (
            speaker is None or (active_unit is not None and active_unit.index < unit.index - 1)
        ):
            # the subject of a plain sentence in between is the more salient speaker
            # ("X sagte, … . Y nahm Stellung. Es gehe …": Y goes on)
            speaker = _previous_subject(units, unit, grammar, person=speaker is not None) or speaker
        attributions, indirect = _cue_statements(unit, cues, grammar, speaker)
        if not indirect and not unit.words.isdisjoint(vocabulary.konjunktiv):
            attitude = _attitude_clause(unit, grammar, reported)
            if attitude is not None:
                indirect.append(attitude)
        own = next(
            (
                a
                for a in attributions.values()
                if a.cue is not None
                and a.cue.kind == "verb"
                and a.cue.cls in ("say", "cite")
                and a.speaker is not None
                and a.speaker_unit is unit
                # "In diesem hätte Musk Trump informiert": a speech act in the
                # Konjunktiv is itself reported, by the speaker who goes on
                and not (speaker is not None and _reported_verb(tokens, a.cue, grammar))
            ),
            None,
        )
        relayed = speaker is not None and any(
            a.cue is not None and a.cue.kind == "verb" and _reported_verb(tokens, a.cue, grammar)
            for a in attributions.values()
        )
        holder = opinion_holder(tokens, grammar) if reported and own is None else None
        if holder is not None:
            # "Für den Theologen sei der Rücktritt verständlich": the opinion is his
            own = Attribution(None, None, holder, unit)
        if not indirect and (own or speaker) is not None and (reported or relayed):
            # a Konjunktiv sentence without a reported clause of its own: its
            # speaker, else the last speaker, goes on
            start = tokens[0].start
            end = trim_end(tokens, 0, len(tokens))
            if not _mostly_quoted(unit, start, end):
                indirect.append(
                    Statement("indirect", start, end, own or speaker, inherited=own is None)
                )
        if not indirect and modal >= 0:
            indirect.append(_hearsay(unit, modal, recent))
        direct = direct_statements(unit, attributions, indirect, grammar, speaker)
        if any(s.inherited or s.attribution is None for s in direct):
            following = _cataphoric(units, unit, grammar)
            if following is not None:
                for statement in direct:
                    if statement.inherited or statement.attribution is None:
                        statement.attribution, statement.inherited = following, False
        found = indirect + direct
        for statement in found:
            if statement.attribution is not None and (
                statement.attribution.speaker is not None or statement.inherited
            ):
                active, active_unit = statement.attribution, unit
        if not found:
            # "X sprach sich dagegen aus." — a speech act without a reported
            # clause still makes X the one a following Konjunktiv sentence quotes
            speaking = [
                a
                for a in attributions.values()
                if a.cue is not None
                and a.cue.kind == "verb"
                and a.speaker is not None
                and a.speaker_unit is unit
                and can_speak(tokens, a.speaker, grammar)
                and not (speaker is not None and _reported_verb(tokens, a.cue, grammar))
            ]
            if speaking:
                active, active_unit = speaking[-1], unit
        statements.extend(found)
    statements.sort(key=lambda s: (s.start, -s.end))
    return units, statements, names.index


def _reported_verb(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> bool:
    """Whether a speech verb is in the Konjunktiv: itself, or the auxiliary of its participle."""
    konjunktiv_forms = grammar.vocabulary.konjunktiv
    if cue.position != "participle":
        return tokens[cue.first].lower in konjunktiv_forms
    start = clause_start(tokens, cue.first)
    end = min(len(tokens), cue.first + 3)
    return any(
        tokens[k].lower in konjunktiv_forms
        and grammar.vocabulary.function_class(tokens[k].lower, "auxiliary") is not None
        for k in range(start, end)
    )


def _hearsay(unit: Unit, modal: int, recent: Attribution | None) -> Statement:
    """ "Der Täter soll geflohen sein": reported, by the last source if there is one."""
    tokens = unit.tokens
    cue = Cue(
        first=modal, last=modal, lemma="sollen", kind="verb", cls="hearsay", position="finite"
    )
    if recent is not None:
        attribution = Attribution(cue, unit, recent.speaker, recent.speaker_unit, recent.via)
        attribution.antecedent = recent.antecedent
    else:
        attribution = Attribution(cue, unit, None, None)
    end = trim_end(tokens, 0, len(tokens))
    return Statement("indirect", tokens[0].start, end, attribution, inherited=recent is not None)


def _attitude_clause(unit: Unit, grammar: Grammar, reported: bool) -> Statement | None:
    """ "Musk überraschte mit einer Aussage, dass die Krise nicht so schlimm sei."

    A dass-clause in the Konjunktiv after a verb the lexicon does not know
    still reports what the main clause's subject holds; so does a clause in
    the Konjunktiv after a noun of saying or holding ("vertrat den
    Standpunkt, das Gericht sei nicht zuständig", "hegt den Verdacht, X
    könnte ...").
    """
    tokens = unit.tokens
    vocabulary = grammar.vocabulary
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != "," or tokens[k].quote >= 0:
            continue
        that = tokens[k + 1].lower in ("dass", "daß")
        if that:
            if not (reported and konjunktiv(tokens, k + 1, len(tokens), grammar)):
                return None
        elif (
            tokens[k + 1].lower in _RELATIVE_OPENERS and relative_context(tokens, k + 1, grammar)
        ) or vocabulary.function_class(tokens[k + 1].lower, "preposition") is not None:
            continue  # "in Staaten, die die Wahl entscheiden könnten": a relative clause
        elif not (
            konjunktiv(tokens, k + 1, _segment_end(tokens, k + 1), grammar, "12")
            and any(
                token.upper
                and token.quote < 0
                and (
                    vocabulary.is_attribution_noun(token.text)
                    or vocabulary.is_speech_noun(token.text)
                )
                for token in tokens[max(0, k - _ATTITUDE_REACH) : k]
            )
        ):
            continue
        subject = subject_between(tokens, 0, k, grammar)
        if subject is None or tokens[0].lower in _SUBORDINATE:
            return None
        start, end = tokens[k + 1].start, trim_end(tokens, k + 1, len(tokens))
        return Statement("indirect", start, end, Attribution(None, None, subject, unit))
    return None


def _segment_end(tokens: Sequence[Token], first: int, reach: int = _ATTITUDE_REACH * 4) -> int:
    """The index of the next comma after ``first`` outside quotes, within ``reach`` tokens (or the end)."""
    for k in range(first, min(len(tokens), first + reach)):
        if tokens[k].text == "," and tokens[k].quote < 0:
            return k
    return len(tokens)


def _cataphoric(units: Sequence[Unit], unit: Unit, grammar: Grammar) -> Attribution | None:
    """„…“. Das sagte X. — the attribution of the next sentence when it points back."""
    if unit.index + 1 >= len(units):
        return None
    following = units[unit.index + 1]
    tokens = following.tokens
    if following.paragraph - unit.paragraph > 1 or not tokens:
        return None
    if tokens[0].lower not in _POINTING_BACK:
        return None
    for cue in find_cues(tokens[:_CATAPHORA_REACH], grammar.vocabulary):
        if cue.kind == "verb":
            speaker = verb_speaker(tokens, cue, grammar)
            if speaker.phrase is not None and speaker.phrase.first > 0:
                return Attribution(cue, following, speaker.phrase, following, speaker.via)
    return None


def _previous_subject(
    units: Sequence[Unit], unit: Unit, grammar: Grammar, person: bool = False
) -> Attribution | None:
    """The subject of the sentence before ``unit`` (same or previous paragraph), as an attribution.

    With ``person``, only a subject that names a person (a role, a full name) counts.
    """
    if unit.index == 0:
        return None
    previous = units[unit.index - 1]
    if unit.paragraph - previous.paragraph > 1 or not previous.tokens:
        return None
    tokens = previous.tokens
    if konjunktiv(tokens, 0, _segment_end(tokens, 0, len(tokens)), grammar, "12"):
        # "Techniker hätten den Hebel verstellt. Dadurch sei …": a sentence in
        # the Konjunktiv is itself reported; its subject is no new speaker
        return None
    subject = unit_subject(tokens, grammar)
    if (
        subject is None
        or not can_speak(tokens, subject, grammar)
        or tokens[subject.first].lower == "man"
        or (person and not names_person(tokens, subject, grammar))
    ):
        return None
    return Attribution(None, None, subject, previous)


def _recent(active_unit: Unit | None, unit: Unit) -> bool:
    return (
        active_unit is not None
        and unit.index - active_unit.index <= _CONTINUATION_UNITS
        and unit.paragraph - active_unit.paragraph <= 1
    )


def _prefilter(vocabulary: Vocabulary) -> Prefilter:
    """One prefilter per vocabulary (in practice, the one shared vocabulary)."""
    prefilter = _PREFILTERS.get(id(vocabulary))
    if prefilter is None or prefilter.vocabulary is not vocabulary:
        prefilter = _PREFILTERS[id(vocabulary)] = Prefilter(vocabulary)
    return prefilter


_PREFILTERS: dict[int, Prefilter] = {}


class LazyNames:
    """The article's name index, built the first time a name test needs it.

    It reads every sentence, as plain word lists: whether a word is a name
    depends on how the whole article uses it, and the fullest form of a name
    may stand anywhere.  An article that attributes nothing never builds it.
    """

    def __init__(self, units: Sequence[Unit], grammar: Grammar) -> None:
        self.units = units
        self.grammar = grammar
        self._index: NameIndex | None = None

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(self.units, self.grammar)
        return self._index

    def is_name_word(self, token: Token) -> bool:
        return self.index.is_name_word(token)


def _cue_statements(
    unit: Unit, cues: Sequence[Cue], grammar: Grammar, recent: Attribution | None
) -> tuple[dict[int, Attribution], list[Statement]]:
    """The attribution of every cue of ``unit``, and the indirect statements they introduce."""
    tokens = unit.tokens
    attributions: dict[int, Attribution] = {}
    indirect: list[Statement] = []
    previous_verb: Attribution | None = None
    for cue in cues:
        span: tuple[int, int] | None
        if cue.kind == "verb":
            speaker = verb_speaker(tokens, cue, grammar)
            attribution = Attribution(cue, unit, speaker.phrase, unit, speaker.via)
            if speaker.antecedent is not None:
                attribution.antecedent = Attribution(None, None, speaker.antecedent, unit)
            if (
                previous_verb is not None
                and previous_verb.speaker is not None
                and _coordinated(tokens, cue)
            ):
                # "führte er X an und führte aus, ...": the second verb shares the subject
                attribution.speaker, attribution.via = previous_verb.speaker, previous_verb.via
                attribution.antecedent = previous_verb.antecedent
            previous_verb = attribution
            subject_first = speaker.phrase is not None and speaker.phrase.first < cue.first
            speaks = speaker.phrase is not None and can_speak(tokens, speaker.phrase, grammar)
            span = _verb_clause(tokens, cue, grammar, subject_first, speaks)
        else:
            speaker = phrase_speaker(tokens, cue, grammar)
            attribution = Attribution(cue, unit, speaker.phrase, unit, speaker.via)
            if speaker.antecedent is not None:
                attribution.antecedent = Attribution(None, None, speaker.antecedent, unit)
            elif cue.cls == "previous" or (
                speaker.phrase is not None and speaker.phrase.first == cue.first
            ):
                attribution.antecedent = recent  # "demnach", or a "wonach" with no noun
            span = _phrase_clause(tokens, cue, speaker.phrase, grammar)
        attributions[cue.first] = attribution
        if span is None:
            continue
        first, last = span
        while first < last and not (tokens[first].is_word or tokens[first].is_mark):
            first += 1
        if first >= last:
            continue
        start, end = tokens[first].start, trim_end(tokens, first, last)
        if end - start < 8 or _mostly_quoted(unit, start, end):
            continue
        indirect.append(Statement("indirect", start, end, attribution))
    _relay_citations(attributions)
    if any(_names_speaker(a) for a in attributions.values()):
        # "BBC berichtet unter Berufung auf einen Wärter, dass ...": the verb's
        # subject speaks; the phrase names the speaker's own source, no statement
        attributions = {k: a for k, a in attributions.items() if not _cites(a)}
        indirect = [s for s in indirect if s.attribution is None or not _cites(s.attribution)]
    return attributions, _without_overlaps(indirect)


def _coordinated(tokens: Sequence[Token], cue: Cue) -> bool:
    """Whether a verb cue is joined to the verb before it by "und" ("... an und führte aus")."""
    before = tokens[cue.first - 1] if cue.first > 0 else None
    return before is not None and before.quote < 0 and before.lower in ("und", "sowie", "oder")


def _cites(attribution: Attribution) -> bool:
    """Whether an attribution is a phrase citing a source ("unter Berufung auf X")."""
    return attribution.cue is not None and attribution.cue.lemma in _CITING


def _names_speaker(attribution: Attribution) -> bool:
    """Whether a cue other than a citing phrase carries the sentence's attribution."""
    cue = attribution.cue
    return cue is not None and (
        (cue.kind == "verb" and attribution.speaker is not None) or cue.lemma == "heißen"
    )


def _relay_citations(attributions: dict[int, Attribution]) -> None:
    """ "…, hieß es unter Berufung auf eine vertraute Person": the person speaks.

    "Die Zeitung berichtete unter Berufung auf Insider, ..." keeps the paper
    as the speaker — the subject of the verb is who the article makes assert
    it, and the annotation agrees; the phrase's statement yields to the
    verb's (see :func:`_rank`).  Only an impersonal "heißt es" takes the
    cited source as its speaker.
    """
    citing = [
        a
        for a in attributions.values()
        if a.cue is not None
        and a.cue.kind == "phrase"
        and a.cue.cls == "after"
        and a.speaker
        and a.cue.lemma in _CITING
    ]
    if not citing:
        return
    source = citing[0]
    for attribution in attributions.values():
        if (
            attribution is not source
            and attribution.cue is not None
            and attribution.cue.lemma == "heißen"
            and attribution.speaker is None
        ):
            attribution.speaker = source.speaker
            attribution.speaker_unit = source.speaker_unit


def _verb_clause(
    tokens: Sequence[Token], cue: Cue, grammar: Grammar, subject_first: bool, speaks: bool
) -> tuple[int, int] | None:
    # an inverted attribution (", sagte Müller") has its subject after the verb;
    # "Müller, Chef der Firma, sagte" is an apposition, not a reported clause
    return (
        wie_clause(tokens, cue)
        or (None if subject_first or not speaks else clause_before(tokens, cue, grammar))
        or clause_after(tokens, cue, grammar, subject_first)
    )


def _phrase_clause(
    tokens: Sequence[Token], cue: Cue, source: NounPhrase | None, grammar: Grammar
) -> tuple[int, int] | None:
    scope = cue.position
    if scope == "sentence":
        if cue.lemma == "heißen":
            return _heisst_clause(tokens, cue, source, grammar)
        return 0, len(tokens)
    if scope == "before":
        start = clause_start(tokens, cue.first)
        if start >= 2 and tokens[start - 1].text in ",–—":
            if (
                source is not None
                and source.last < len(tokens) - 1
                and tokens[source.last].text == ","
            ):
                return 0, len(tokens)  # "Dennoch, so Nacke, habe ..."
            if _one_quote(tokens, 0, start - 1):
                return None  # "„…“, so Nacke": the direct quote is the statement
            return 0, start - 1
        return None
    if scope == "after":
        return (cue.last + 1, len(tokens)) if cue.last + 1 < len(tokens) else None
    return None


def _one_quote(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` are one quotation with its marks and nothing else."""
    if last - first < 3 or not (tokens[first].is_mark and tokens[last - 1].is_mark):
        return False
    quote = tokens[first + 1].quote
    return quote >= 0 and all(token.quote == quote for token in tokens[first + 1 : last - 1])


def _heisst_clause(
    tokens: Sequence[Token], cue: Cue, source: NounPhrase | None, grammar: Grammar
) -> tuple[int, int] | None:
    """ ", heißt es in der Mitteilung." -> before; "In der Mitteilung heißt es, ..." -> after."""
    start = clause_start(tokens, cue.first)
    if (
        start == cue.first
        and start >= 2
        and tokens[start - 1].text in ",–—"
        and document_before(tokens, start, grammar) is None
    ):
        if _one_quote(tokens, 0, start - 1):
            return None  # "„Wir bleiben“, heißt es": the direct quote is the statement
        return 0, start - 1
    k = cue.last + 1
    if source is not None and source.first > cue.last:
        k = source.last
    while k < len(tokens) and tokens[k].text not in ",:" and k - cue.last < 12:
        k += 1
    if k + 1 < len(tokens) and tokens[k].text in ",:" and not tokens[k + 1].is_mark:
        return k + 1, len(tokens)
    return None


def _mostly_quoted(unit: Unit, start: int, end: int) -> bool:
    quotes = unit.quotes
    quoted = 0
    k = max(0, bisect.bisect_right(unit.quote_starts, start) - 1)
    while k < len(quotes) and quotes[k].start < end:
        quoted += max(0, min(end, quotes[k].end) - max(start, quotes[k].start))
        k += 1
    return quoted >= _QUOTED_SHARE * max(1, end - start)


def _without_overlaps(statements: list[Statement]) -> list[Statement]:
    """Of two indirect statements over the same words, keep the better attributed one.

    A verb beats a phrase, a speaker beats none, and of two equals the cue
    nearer the clause wins ("Berg, der gestern sprach, sagte, ...": "sagte").
    """
    kept: list[Statement] = []
    for statement in sorted(statements, key=lambda s: (s.start, -s.end)):
        # sorted by start: only the last kept statement can still overlap
        if kept and _overlap(kept[-1], statement):
            if _reports(kept[-1], statement):
                continue  # "erklärten, dass sie es begrüßen, ...": the inner cue is reported
            if _reports(statement, kept[-1]) or _rank(statement) >= _rank(kept[-1]):
                kept[-1] = statement
        else:
            kept.append(statement)
    return kept


def _reports(outer: Statement, inner: Statement) -> bool:
    """Whether ``inner``'s cue stands inside ``outer``'s reported clause (speech within speech)."""
    inner_cue, outer_cue = _cue_start(inner), _cue_start(outer)
    return (
        inner_cue is not None
        and outer_cue is not None
        and outer.start <= inner_cue < outer.end
        and not inner.start <= outer_cue < inner.end
    )


def _cue_start(statement: Statement) -> int | None:
    attribution = statement.attribution
    if attribution is None or attribution.cue is None or attribution.cue_unit is None:
        return None
    return attribution.cue_unit.tokens[attribution.cue.first].start


def _overlap(a: Statement, b: Statement) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0.5 * min(a.end - a.start, b.end - b.start)


def _rank(statement: Statement) -> tuple[int, int, int]:
    attribution = statement.attribution
    if attribution is None or attribution.cue is None:
        return 0, 0, 0
    cue = attribution.cue
    return (
        # a verb, a source phrase ("laut X"), a phrase citing the source's own
        # source ("laut NDR unter Berufung auf Scotland Yard": the NDR)
        2 if cue.kind == "verb" else 0 if cue.lemma in _CITING else 1,
        attribution.speaker is not None,
        cue.first,
    )
