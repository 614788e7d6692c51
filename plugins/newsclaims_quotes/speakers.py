"""Who is speaking: noun phrases around a cue, and which of them is the speaker.

German puts exactly one constituent before the finite verb of a main clause.
When that constituent is a noun phrase ("Der Minister sagte", "Musk hatte
behauptet") it is the speaker; when it is an adverbial ("Am Montag sagte",
"Zudem erklärte"), an inverted attribution (", sagte Müller") or nothing, the
speaker follows the verb, after adverbs, prepositional phrases and dative
objects ("sagte dem Technikportal The Verge" names the medium that relays the
statement, the *via*).  In a verb-final clause ("wie die Polizei mitteilte")
the speaker follows the conjunction.

Noun phrases are found without a tagger: German capitalises every noun, so a
phrase is an optional determiner, lowercase adjectives, a run of capitalised
words, and an optional genitive or "von" complement when the head is a role
("ein Sprecher des Ministeriums").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .cues import Cue, is_boundary
from .tokens import Token
from .vocabulary import Vocabulary

# Bounds that keep every search short, whatever the input.
_MAX_ADJECTIVES = 5
_MAX_HEAD = 8
_MAX_SCAN = 14
_QUOTED_NAME = 8  # tokens of a quoted name inside a noun phrase („Der Spiegel“)

_COORDINATORS = frozenset({"und", "aber", "doch", "denn", "sondern", "oder"})
_DATIVE_PRONOUNS = frozenset({"ihm", "ihr", "ihnen", "uns", "mir", "dir", "euch", "sich", "es"})
_NOMINATIVE_PRONOUNS = frozenset({"er", "sie", "ich", "wir", "man", "ihr", "du"})
_FEMININE_ENDINGS = ("ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ik", "ur", "ie", "in")
_GENITIVE = frozenset({"des", "der", "eines", "einer"})
_RELATIVE = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
_SUBORDINATORS = frozenset(
    {"wie", "als", "nachdem", "weil", "da", "wenn", "dass", "daß", "ob", "während", "obwohl"}
)


@attrs.frozen
class NounPhrase:
    """Tokens ``first`` to ``last`` (exclusive) of a unit."""

    first: int
    last: int

    def span(self, tokens: Sequence[Token]) -> tuple[int, int]:
        return tokens[self.first].start, tokens[self.last - 1].end


class Grammar:
    """Word-class tests over tokens, backed by the vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def determiner(self, token: Token) -> str | None:
        """The cases a determiner can mark ("ndg" for "der"), or None."""
        if not token.is_word or token.quote >= 0:
            return None
        return self.vocabulary.function_class(token.lower, "determiner")

    def is_function(self, token: Token) -> bool:
        return self.vocabulary.is_function_word(token.lower)

    def nounish(self, token: Token) -> bool:
        """A capitalised word that is not a function word: a noun or a name."""
        if not token.is_word:
            return False
        if token.upper:
            return (
                not self.vocabulary.is_function_word(token.lower)
                or (len(token.text) > 1
                and (token.text.isupper() and len(token.text) > 2))
            )
        # "78-Jährige"
        head = token.text.rsplit("-", 1)
        return len(head) == 2 and head[1][:1].isupper()

    def adjective(self, token: Token) -> bool:
        if not token.is_word or token.upper:
            return False
        if token.text.isdigit():
            return True
        return not self.vocabulary.is_function_word(token.lower) and token.lower not in (
            self.vocabulary.verbs
        )

    def adverbial_start(self, token: Token) -> bool:
        lower = token.lower
        function = self.vocabulary.function_words.get(lower, {})
        return "preposition" in function or "adverb" in function or "subordinator" in function


def noun_phrase(
    tokens: Sequence[Token], i: int, grammar: Grammar, end: int | None = None, depth: int = 0
) -> NounPhrase | None:
    """The noun phrase starting at token ``i``, or None."""
    end = len(tokens) if end is None else end
    vocabulary = grammar.vocabulary
    j = i
    if j < end and grammar.determiner(tokens[j]) is not None:
        j += 1
    adjectives = 0
    while j < end and adjectives < _MAX_ADJECTIVES and grammar.adjective(tokens[j]):
        j += 1
        adjectives += 1
    head = j
    while j < end and j - head < _MAX_HEAD:
        token = tokens[j]
        if grammar.nounish(token) or token.text in vocabulary.honorifics or (token.text == "." and j > head and tokens[j - 1].text in vocabulary.honorifics) or (
            token.text in vocabulary.particles
            and j > head
            and j + 1 < end
            and grammar.nounish(tokens[j + 1])
            and vocabulary.descriptor_kind(tokens[j - 1].text) is None
        ):
            j += 1
        elif token.is_mark and token.quote < 0 and j + 1 < end and tokens[j + 1].quote >= 0:
            k = _quoted_name_end(tokens, j, end)
            if k < 0:
                break
            j = k
        else:
            break
    if j == head:
        return None
    if depth < 2:
        j = _complement(tokens, j, end, grammar, depth)
    return NounPhrase(i, j)


def _quoted_name_end(tokens: Sequence[Token], j: int, end: int) -> int:
    """After the closing mark of a short quoted name starting at ``j`` („Der Spiegel“), or -1."""
    quote = tokens[j + 1].quote
    k = j + 1
    while k < end and tokens[k].quote == quote and k - j <= _QUOTED_NAME:
        k += 1
    if k < end and tokens[k].is_mark and k - j <= _QUOTED_NAME:
        return k + 1
    return -1


def _complement(tokens: Sequence[Token], j: int, end: int, grammar: Grammar, depth: int) -> int:
    """Extend a role noun by its genitive or "von" complement ("Sprecher des Ministeriums")."""
    vocabulary = grammar.vocabulary
    last = tokens[j - 1]
    is_role = (
        vocabulary.descriptor_kind(last.text) is not None
        or vocabulary.is_anonymous(last.text)
        or vocabulary.is_attribution_noun(last.text)
    )
    if is_role and j < end:
        word = tokens[j].lower
        inner = None
        if word in ("von", "vom"):
            inner = noun_phrase(tokens, j + 1, grammar, end, depth + 1)
        elif word in _GENITIVE:
            inner = noun_phrase(tokens, j, grammar, end, depth + 1)
        if inner is not None and inner.last > j + 1:
            j = inner.last
    # a party or country in brackets: "Ministerin Gitta Trauernicht (SPD)"
    if j + 2 < end and tokens[j].text == "(" and grammar.nounish(tokens[j + 1]):
        for k in range(j + 2, min(end, j + 6)):
            if tokens[k].text == ")":
                return k + 1
    return j


def noun_phrase_before(
    tokens: Sequence[Token], i: int, grammar: Grammar, start: int = 0
) -> NounPhrase | None:
    """The noun phrase ending just before token ``i`` ("dem Bericht [zufolge]"), or None."""
    j = i - 1
    seen_noun = False
    while j >= start and i - j <= _MAX_SCAN:
        token = tokens[j]
        if grammar.nounish(token) or (token.is_mark and token.quote < 0 and seen_noun is False):
            seen_noun = seen_noun or token.is_word
            j -= 1
        elif token.quote >= 0 or (grammar.adjective(token) and seen_noun):
            j -= 1
        elif grammar.determiner(token) is not None and seen_noun:
            # a genitive inside the phrase continues it: "Angaben der Polizei"
            if j - 1 >= start and grammar.nounish(tokens[j - 1]) and token.lower in _GENITIVE:
                j -= 1
                continue
            j -= 1
            break
        else:
            break
    first = j + 1
    while first < i and not tokens[first].is_word:
        first += 1
    if not seen_noun or first >= i:
        return None
    return NounPhrase(first, i)


def clause_start(tokens: Sequence[Token], i: int) -> int:
    """The index of the first token of the clause holding token ``i``."""
    j = i
    while j > 0 and not is_boundary(tokens[j - 1]) and tokens[j - 1].quote < 0:
        j -= 1
    return j


def _finite_index(tokens: Sequence[Token], cue: Cue, start: int, grammar: Grammar) -> int:
    """For a participle, the auxiliary that carries the clause; else the verb itself."""
    if cue.position != "participle":
        return cue.first
    for j in range(cue.first - 1, start - 1, -1):
        if grammar.vocabulary.function_class(tokens[j].lower, "auxiliary") is not None:
            return j
    return cue.first


@attrs.frozen
class Speaker:
    """The speaker and the relaying medium found for a cue."""

    phrase: NounPhrase | None
    via: NounPhrase | None = None


def verb_speaker(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> Speaker:
    """The subject of the speech verb ``cue``, and a dative medium after it."""
    start = clause_start(tokens, cue.first)
    verb = _finite_index(tokens, cue, start, grammar)
    if verb < start:
        verb = cue.first
    first = start
    while first < verb and tokens[first].lower in _COORDINATORS:
        first += 1
    if first < verb:
        token = tokens[first]
        if token.lower in _SUBORDINATORS:
            return Speaker(_subject_after(tokens, first, cue.first, grammar)[0])
        if (
            first > 0
            and tokens[first - 1].text == ","
            and token.lower in _RELATIVE
            and _verb_final(tokens, cue)
        ):
            return Speaker(noun_phrase_before(tokens, first - 1, grammar))
        cases = grammar.determiner(token)
        pronoun = grammar.vocabulary.function_class(token.lower, "pronoun")
        if pronoun is not None and token.lower in _NOMINATIVE_PRONOUNS:
            via = _subject_after(tokens, verb, len(tokens), grammar)[1]
            return Speaker(NounPhrase(first, first + 1), via)
        if (cases is not None and "n" in cases) or (
            cases is None and (grammar.nounish(token) or token.text.isdigit())
        ):
            phrase = noun_phrase(tokens, first, grammar, verb)
            if phrase is not None:
                via = _subject_after(tokens, verb, len(tokens), grammar)[1]
                return Speaker(phrase, via)
    subject, via = _subject_after(tokens, verb, len(tokens), grammar)
    return Speaker(subject, via)


def _verb_final(tokens: Sequence[Token], cue: Cue) -> bool:
    """Whether the cue ends its clause (a relative or subordinate clause)."""
    j = cue.first + 1
    while j < len(tokens) and tokens[j].is_word and j - cue.first <= 2:
        j += 1
    return j >= len(tokens) or is_boundary(tokens[j])


def _subject_after(
    tokens: Sequence[Token], i: int, stop: int, grammar: Grammar
) -> tuple[NounPhrase | None, NounPhrase | None]:
    """The first nominative noun phrase after token ``i``, and a dative medium on the way."""
    vocabulary = grammar.vocabulary
    via: NounPhrase | None = None
    k = i + 1
    end = min(stop, len(tokens))
    scanned = 0
    while k < end and scanned < _MAX_SCAN:
        scanned += 1
        token = tokens[k]
        if token.quote >= 0 or (is_boundary(token) and token.text not in "–—"):
            break
        lower = token.lower
        if not token.is_word:
            k += 1
            continue
        if lower in _NOMINATIVE_PRONOUNS and lower != "ihr":
            return NounPhrase(k, k + 1), via
        if lower in _DATIVE_PRONOUNS:
            k += 1
            continue
        function = vocabulary.function_words.get(lower, {})
        if "preposition" in function:
            inner = noun_phrase(tokens, k + 1, grammar, end)
            if inner is not None and lower == "gegenüber" and _is_medium(tokens, inner, grammar):
                via = via or inner
            k = inner.last if inner is not None else k + 1
            continue
        cases = function.get("determiner")
        if cases is not None:
            phrase = noun_phrase(tokens, k, grammar, end)
            if phrase is None:
                k += 1
                continue
            if "n" not in cases or (lower == "der" and _feminine_head(tokens, phrase)):
                if _is_medium(tokens, phrase, grammar):
                    via = via or phrase
                k = phrase.last
                continue
            return phrase, via
        if grammar.nounish(token) or token.text.isdigit():
            phrase = noun_phrase(tokens, k, grammar, end)
            if phrase is not None:
                return phrase, via
        k += 1
    return None, via


def _feminine_head(tokens: Sequence[Token], phrase: NounPhrase) -> bool:
    for k in range(phrase.first, phrase.last):
        if tokens[k].is_word and tokens[k].upper:
            return tokens[k].lower.endswith(_FEMININE_ENDINGS)
    return False


def _is_medium(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    return any(
        grammar.vocabulary.descriptor_kind(tokens[k].text) == "media"
        for k in range(phrase.first, phrase.last)
        if tokens[k].is_word and tokens[k].upper
    )


def phrase_speaker(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> Speaker:
    """The source of an attribution phrase ("laut X", "X zufolge", "nach Angaben X", ", so X")."""
    source = cue.cls
    if source == "after":
        return Speaker(noun_phrase(tokens, cue.last + 1, grammar))
    if source == "before":
        return Speaker(noun_phrase_before(tokens, cue.first, grammar))
    if source == "noun":
        return Speaker(_noun_source(tokens, cue, grammar))
    if source == "subject":
        return Speaker(_heisst_source(tokens, cue, grammar))
    return Speaker(None)


def _noun_source(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> NounPhrase | None:
    """ "nach Angaben des Ministeriums" -> "des Ministeriums"; "nach Polizeiangaben" -> itself."""
    noun = cue.noun
    after = noun + 1
    if after < len(tokens) and (
        tokens[after].lower in _GENITIVE or tokens[after].lower in ("von", "vom")
    ):
        start = after + 1 if tokens[after].lower in ("von", "vom") else after
        phrase = noun_phrase(tokens, start, grammar)
        if phrase is not None:
            return phrase
    if grammar.vocabulary.is_attribution_noun(tokens[noun].text):
        # "Polizeiangaben", "Medienberichten": the modifier names the source
        lower = tokens[noun].lower
        for ending in grammar.vocabulary.attribution_nouns:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                return NounPhrase(noun, noun + 1)
    # "nach Schäubles Idee": a possessive genitive before the noun
    if noun - 1 > cue.last and grammar.nounish(tokens[noun - 1]):
        return NounPhrase(cue.last + 1, noun + 1)
    return None


def _heisst_source(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> NounPhrase | None:
    """ "heißt es in der Mitteilung", "hieß es vom Sprecher X", "In der Erklärung heißt es"."""
    k = cue.last + 1
    if k < len(tokens) and tokens[k].lower in ("in", "im", "aus", "von", "vom", "seitens"):
        return noun_phrase(tokens, k + 1, grammar)
    start = clause_start(tokens, cue.first)
    if cue.first - start >= 2 and tokens[start].lower in ("in", "im", "aus", "von", "vom"):
        return noun_phrase(tokens, start + 1, grammar, cue.first)
    return None
