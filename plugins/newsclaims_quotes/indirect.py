"""Indirect speech: the clause a cue reports.

* After the verb: "Musk behauptete, die Plattform sei Ziel einer Attacke
  geworden" — the clause after the first comma that opens a reported clause:
  a dass-, ob- or w-clause, a clause in the Konjunktiv, a zu-infinitive after a
  verb of demanding or accusing ("forderte, den Vertrag zu kündigen"), or,
  after a plain verb of saying whose subject comes first, any main clause.
* Before the verb: "Die Lage sei ernst, sagte Müller." — the clause before an
  inverted verb, and ", so Müller" likewise.
* Around a verb-final "wie" clause: "Wie die Polizei mitteilte, wurden drei
  Menschen verletzt."
* A whole sentence for "laut X", "X zufolge", "nach Angaben X", "heißt es".
* Continuations: a sentence in the Konjunktiv I without a cue of its own keeps
  the last speaker (decided in :mod:`newsclaims_quotes.plugin`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .cues import Cue, is_boundary
from .phrases import Grammar, noun_phrase
from .speakers import apposed_subject, clause_start
from .tokens import SENTENCE_ENDS, Token

# How many commas after a verb may pass before its reported clause starts
# ("sagte am Montag in Berlin, nachdem ..., die Lage sei ernst").
_MAX_COMMAS = 3
_VERB_REACH = 40
# How far (in tokens) a reported clause is searched for an inverted attribution that ends it.
_REPORTED_REACH = 120
# A quote this short (in tokens) is a name or a title on the way to a reported clause.
_SHORT_QUOTE = 6
_W_WORDS = frozenset(
    {
        "wie",
        "was",
        "warum",
        "wer",
        "wann",
        "wo",
        "weshalb",
        "wieso",
        "welche",
        "welcher",
        "welches",
        "wieviel",
        "inwieweit",
        "ob",
    }
)
_THAT = frozenset({"dass", "daß"})
# Infinitive clauses of purpose or manner ("um ... zu verhindern") report nothing.
_FINAL = frozenset({"um", "ohne", "statt", "anstatt", "anstelle"})
# A fronted adverbial clause is not what an inverted verb reports.
_ADVERBIAL_CLAUSES = frozenset(
    {
        "da",
        "weil",
        "als",
        "wenn",
        "nachdem",
        "falls",
        "obwohl",
        "bevor",
        "sobald",
        "während",
        "erst",
        "seit",
        "seitdem",
        "damit",
        "indem",
        "sofern",
        "solange",
        "um",
    }
)
_RELATIVE = frozenset(
    {"der", "die", "das", "welche", "welcher", "welches", "dem", "den", "deren", "dessen"}
)


def konjunktiv(
    tokens: Sequence[Token], first: int, last: int, grammar: Grammar, moods: str = "1"
) -> bool:
    """Whether a Konjunktiv form of ``moods`` stands among tokens ``first``..``last`` outside quotes."""
    forms = grammar.vocabulary.konjunktiv
    for k in range(max(0, first), min(last, len(tokens))):
        token = tokens[k]
        if token.quote < 0 and not token.upper:
            mood = forms.get(token.lower)
            if mood is not None and mood in moods:
                return True
    return False


def _zu_infinitive(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "..., den Vertrag zu kündigen" or "..., mitzuwirken" at the end of the segment."""
    end = last - 1
    while end > first and not tokens[end].is_word:
        end -= 1
    if end <= first:
        return False
    word = tokens[end]
    if word.upper or not word.lower.endswith(("en", "ern", "eln", "n")):
        return False
    if tokens[end - 1].lower == "zu":
        return True
    lower = word.lower
    return "zu" in lower[2:-3] and len(lower) > 7 and lower.index("zu", 2) >= 2


def trim_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """The end offset of tokens ``first``..``last`` without final punctuation."""
    k = last - 1
    while k > first and not tokens[k].is_word and not tokens[k].is_mark:
        k -= 1
    if tokens[k].is_mark and tokens[k].quote < 0 and k > first:
        return tokens[k].end  # a closing quotation mark ends the reported clause
    return tokens[k].end


def _segment_end(tokens: Sequence[Token], first: int) -> int:
    """The index of the next comma-like boundary after ``first`` (or the end)."""
    for k in range(first, min(len(tokens), first + _VERB_REACH)):
        if tokens[k].quote < 0 and tokens[k].text in ",;:–—":
            return k
    return len(tokens)


def _reported_start(
    tokens: Sequence[Token], first: int, cue: Cue, grammar: Grammar, subject_first: bool
) -> bool:
    """Whether a reported clause starts at token ``first``."""
    if first >= len(tokens):
        return False
    token = tokens[first]
    if token.is_mark:
        return False  # a direct quote: the direct finder attributes it
    end = _segment_end(tokens, first)
    if token.lower in _THAT:
        return True
    if token.lower == "wonach":
        return False  # "bestätigte Berichte, wonach ...": the reports' content, not the verb's
    if token.lower in _W_WORDS:
        # "forderte Aufklärung darüber, ob ...": a demand may ask a question too
        return cue.cls in ("say", "cite", "ask", "think", "urge")
    moods = "12" if cue.cls in ("say", "cite", "think", "ask") else "1"
    if konjunktiv(tokens, first, end, grammar, moods):
        return not (
            token.lower in _RELATIVE
            and tokens[first - 1].text == ","
            and relative_context(tokens, first, grammar)
        )
    if (
        cue.cls in ("urge", "say", "think", "judge")
        and token.lower not in _FINAL
        and _zu_infinitive(tokens, first, end)
    ):
        return True
    if cue.cls in ("say", "cite") and subject_first and cue.position == "finite":
        # "Musk sagte, die Plattform war ..." — a main clause in the indicative;
        # with the subject before the verb, "die" after the comma cannot open a
        # relative clause on it, but "welche" still asks a question
        return (
            (token.upper or grammar.determiner(token) is not None)
            and token.lower not in ("welche", "welcher", "welches")
        ) or token.lower in ("er", "sie", "es", "man", "wir", "ich")
    return False


def relative_context(tokens: Sequence[Token], first: int, grammar: Grammar) -> bool:
    """A relative pronoun right after a noun and a comma: "Müller, der ..." is no reported clause.

    "am Montag, die Plattform sei ..." is: there "die" opens a noun phrase that
    the finite verb follows at once (a main clause, verb second), where a
    relative clause puts its verb at the end.
    """
    if not (first >= 2 and tokens[first - 2].is_word and tokens[first - 2].upper):
        return False
    phrase = noun_phrase(tokens, first, grammar)
    if phrase is None or phrase.last >= len(tokens):
        return True
    following = tokens[phrase.last]
    return following.lower not in grammar.vocabulary.konjunktiv and not (
        grammar.vocabulary.function_class(following.lower, "auxiliary") is not None
    )


def clause_after(
    tokens: Sequence[Token], cue: Cue, grammar: Grammar, subject_first: bool
) -> tuple[int, int] | None:
    """The reported clause after a speech verb, as token indices ``(first, last)``."""
    k = max(cue.first, cue.particle) + 1
    commas = 0
    stop = min(len(tokens), k + _VERB_REACH)
    while k < stop:
        token = tokens[k]
        if token.is_mark and token.quote < 0:
            # a short quoted name on the way: "kritisiert in der Zeitung „Neues Deutschland“, ..."
            after = _after_short_quote(tokens, k)
            if after < 0:
                return None
            k = after
            continue
        if token.quote >= 0 or token.text in SENTENCE_ENDS:
            return None
        if token.text == ":":
            # "kritisierte ... in scharfer Form: Das Gesetz beschränke ...": any
            # verb of the lexicon introduces a clause in the Konjunktiv
            if (
                k + 1 < len(tokens)
                and not tokens[k + 1].is_mark
                and (
                    cue.cls in ("say", "cite", "think")
                    or konjunktiv(tokens, k + 1, len(tokens), grammar)
                )
            ):
                return k + 1, len(tokens)
            return None
        if token.text in ",–—":
            commas += 1
            if _reported_start(tokens, k + 1, cue, grammar, subject_first):
                stop = _clause_stop(tokens, k + 1, grammar)
                if stop < len(tokens) and not any(
                    token.is_word
                    and not token.upper
                    and (
                        not grammar.vocabulary.is_function_word(token.lower)
                        or token.lower in grammar.vocabulary.konjunktiv
                    )
                    for token in tokens[k + 1 : stop]
                ):
                    # "wies das zurück, die Sprecherin X, erklärte: ..." — what stands
                    # before the next attribution is its subject, not a clause
                    return None
                return k + 1, stop
            if commas >= _MAX_COMMAS:
                return None
        k += 1
    return None


def _after_short_quote(tokens: Sequence[Token], k: int) -> int:
    """After the closing mark of a short quote opening at ``k`` („Neues Deutschland“), or -1."""
    if k + 1 >= len(tokens) or tokens[k + 1].quote < 0:
        return -1
    quote = tokens[k + 1].quote
    j = k + 1
    while j < len(tokens) and tokens[j].quote == quote and j - k <= _SHORT_QUOTE:
        j += 1
    if j < len(tokens) and tokens[j].is_mark and tokens[j].quote < 0 and j - k <= _SHORT_QUOTE:
        return j + 1
    return -1


def _clause_stop(tokens: Sequence[Token], first: int, grammar: Grammar) -> int:
    """Where a reported clause ends: the end of the unit, or before an inverted new attribution.

    "…, was seine Partei unterscheide, entgegnete Suttner: „…“": the clause
    ends at the comma before the verb that attributes what follows.
    """
    verbs = grammar.vocabulary.verbs
    stop = min(len(tokens) - 1, first + _REPORTED_REACH)
    for k in range(first + 1, stop):
        token = tokens[k]
        if token.text != "," or token.quote >= 0:
            continue
        following = tokens[k + 1]
        if following.quote < 0 and any(
            r.position == "finite" for r in verbs.get(following.lower, ())
        ):
            return k
    return len(tokens)


def hearsay(tokens: Sequence[Token], grammar: Grammar) -> int:
    """The index of a hearsay modal ("soll geflohen sein"), or -1.

    The modal must be followed, within its clause, by a participle and the
    auxiliary "sein" or "haben" that close it; "soll 2025 fertig werden" (a
    plan) is not hearsay.
    """
    words = grammar.vocabulary.hearsay
    modals, auxiliaries = words.get("modal", frozenset()), words.get("auxiliary", frozenset())
    passive = words.get("passive", frozenset())
    for k, token in enumerate(tokens):
        if token.quote >= 0 or token.lower not in modals:
            continue
        end = k + 1
        while end < len(tokens) and end - k < _VERB_REACH and not is_boundary(tokens[end]):
            end += 1
        last = end - 1
        while last > k and not tokens[last].is_word:
            last -= 1
        if last - k < 2 or tokens[last].lower not in auxiliaries:
            continue
        participle = last - 1
        if tokens[participle].lower in passive:
            participle -= 1
        if participle > k and tokens[participle].is_word and not tokens[participle].upper:
            return k
    return -1


def clause_before(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> tuple[int, int] | None:
    """The clause before an inverted cue: "Die Lage sei ernst, sagte Müller"."""
    first = cue.first
    if cue.position == "participle":
        # ", hatte Müller gesagt": the auxiliary opens the inverted clause
        start = clause_start(tokens, first)
        if start < first and grammar.vocabulary.function_class(tokens[start].lower, "auxiliary"):
            first = start
        else:
            return None
    if first < 2:
        return None
    before = tokens[first - 1]
    if not (before.text in ",–—" and before.quote < 0):
        return None
    if tokens[first - 2].is_mark:
        return None  # „…“, sagte er: a direct quote
    if tokens[0].lower in _ADVERBIAL_CLAUSES or tokens[0].lower in _FINAL:
        return None  # "Da er nie eine Krawatte gebunden hatte, bat er ...": no speech
    if apposed_subject(tokens, first, grammar) is not None:
        return None  # "Die Mönche, die demonstriert hatten, beschrieb X als ...": a phrase
    return 0, first - 1


def wie_clause(tokens: Sequence[Token], cue: Cue) -> tuple[int, int] | None:
    """The main clause around "wie X mitteilte": before or after the wie-clause."""
    start = clause_start(tokens, cue.first)
    if start >= cue.first or tokens[start].lower != "wie":
        return None
    end = cue.first + 1
    while end < len(tokens) and not is_boundary(tokens[end]) and end - cue.first < 4:
        end += 1
    if start <= 1:
        if end < len(tokens) and tokens[end].text == ",":
            return end + 1, len(tokens)
        return None
    if tokens[start - 1].text in ",–—(":
        return 0, start - 1
    return None
