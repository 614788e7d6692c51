"""Attribution cues in a unit: speech verbs, prepositions and phrases.

A speech verb is found by any of its forms (``speech_verbs.tsv``); a
separable verb counts only when its particle closes the clause ("teilte die
Polizei am Montag mit"), or stands joined to it at the end of a subordinate
clause ("wie die Polizei mitteilte").  A participle counts after an
auxiliary ("hatte behauptet").  Prepositions and phrases come from
``attributions.tsv``; "nach" and "gemäß" count only before an attribution noun
("nach Angaben", "nach Polizeiangaben").  Words inside quotation marks are
never cues.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import attrs
import regex

from .tokens import CLAUSE_BREAKS, SENTENCE_ENDS, Token
from .vocabulary import Phrase, VerbForm, Vocabulary

# How far a particle may stand from its verb, in tokens.
_PARTICLE_REACH = 25
# A quote this short (in tokens) inside a clause does not end it.
_SHORT_QUOTE = 8
# How far before a participle its auxiliary may stand.
_AUXILIARY_REACH = 20


@attrs.frozen
class Cue:
    """A cue found in a unit's tokens.

    ``first``..``last`` are token indices of the cue words (for a separable
    verb, the finite verb alone: ``particle`` is the index of its particle).
    """

    first: int
    last: int
    lemma: str
    #: "verb" or "phrase"
    kind: str
    #: for verbs: the class (say, think, ask, urge, judge); for phrases: the source position
    cls: str
    #: for verbs: finite, final or participle; for phrases: the scope
    position: str
    particle: int = -1
    phrase: Phrase | None = None
    #: for "nach"/"gemäß": the index of the attribution noun
    noun: int = -1


def is_boundary(token: Token) -> bool:
    """Whether ``token`` ends a clause (outside quotes) or is a quotation mark.

    A full stop inside a unit is an abbreviation or an ordinal ("am 19. August"),
    never a clause break: the unit is a sentence already.
    """
    return token.is_mark or (
        token.quote < 0 and (token.text in CLAUSE_BREAKS or token.text in "!?")
    )


def clause_end(tokens: Sequence[Token], i: int, limit: int = _PARTICLE_REACH) -> int:
    """The index of the first boundary token after ``i`` (or ``len(tokens)``)."""
    stop = min(len(tokens), i + 1 + limit)
    j = i + 1
    while j < stop:
        token = tokens[j]
        if token.is_mark and token.quote < 0 and j + 1 < len(tokens) and tokens[j + 1].quote >= 0:
            # a short quote inside the clause: "wies die Vorwürfe als „haltlos“ zurück"
            quote = tokens[j + 1].quote
            k = j + 1
            while k < len(tokens) and tokens[k].quote == quote and k - j <= _SHORT_QUOTE:
                k += 1
            if k < len(tokens) and tokens[k].is_mark and k - j <= _SHORT_QUOTE:
                j = k + 1
                continue
            return j
        if is_boundary(token) or token.quote >= 0:
            return j
        j += 1
    return min(j, len(tokens))


class Prefilter:
    """Tells from a sentence's words alone whether it can attribute anything.

    Most sentences of an article attribute nothing; this test needs no tokens,
    only the set of words, so those sentences cost a set intersection.  It
    errs on the side of looking: a sentence it lets through may still
    attribute nothing.
    """

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        #: words that attribute on their own (as written: verbs and Konjunktiv forms are
        #: lowercase); the Konjunktiv II counts only after a cue, which lets the sentence in
        self.words: set[str] = {form for form, mood in vocabulary.konjunktiv.items() if mood == "1"}
        #: words that attribute only beside one of their companions: a hearsay modal
        #: beside its auxiliary ("soll ... geflohen sein"), a separable verb beside its
        #: particle ("teilte ... mit"), a verb of thinking or asking beside the word
        #: that opens its clause ("sieht, dass ...", "fragte, ob ...")
        self.needs: dict[str, set[str]] = {}
        #: the verbs of thinking and asking among them, which a zu-infinitive also lets in
        self.opened: set[str] = set()
        auxiliaries = vocabulary.hearsay.get("auxiliary", frozenset())
        for modal in vocabulary.hearsay.get("modal", ()):
            self.needs.setdefault(modal, set()).update(auxiliaries)
        for form, readings in vocabulary.verbs.items():
            for reading in readings:
                companion = reading.prefix or (
                    reading.particle if reading.position == "finite" else ""
                )
                if companion:
                    self.needs.setdefault(form, set()).add(companion)
                elif reading.cls in _CLAUSE_OPENED:
                    self.needs.setdefault(form, set()).update(
                        _CLAUSE_OPENERS | set(vocabulary.konjunktiv)
                    )
                    self.opened.add(form)
                else:
                    self.words.add(form)
        #: each phrase by its most telling word (the longest that is not a function word),
        #: with all its words, lowercase: "bezug" -> {"unter", "bezug", "auf"}
        self.phrases: dict[str, list[frozenset[str]]] = {}
        for group in vocabulary.phrases.values():
            for phrase in group:
                if phrase.source == "noun":
                    continue
                key = max(phrase.words, key=lambda w: (not vocabulary.is_function_word(w), len(w)))
                self.phrases.setdefault(key, []).append(frozenset(phrase.words))
        self.nouns = vocabulary.is_attribution_noun
        self.speech_nouns = vocabulary.is_speech_noun
        #: the Konjunktiv II, which lets a sentence in beside a noun of saying or holding
        #: ("hegt den Verdacht, er könnte ...")
        self.mood2 = frozenset(form for form, mood in vocabulary.konjunktiv.items() if mood == "2")

    def __call__(self, words: AbstractSet[str], text: str = "") -> bool:
        """Whether a sentence with these ``words`` (and, for ", so X", this ``text``) may attribute."""
        if not self.words.isdisjoint(words):
            return True
        lower = {word.lower() for word in words}
        for key in self.phrases.keys() & lower:
            if key == "so" and not _SO_ATTRIBUTION.search(text):
                continue  # "so" is common; ", so Müller" is what attributes
            if any(phrase <= lower for phrase in self.phrases[key]):
                return True
        if ("nach" in lower or "gemäß" in lower) and any(
            self.nouns(word) for word in words if word[:1].isupper()
        ):
            return True
        if not self.mood2.isdisjoint(words) and any(
            self.nouns(word) or self.speech_nouns(word) for word in words if word[:1].isupper()
        ):
            return True
        needing = self.needs.keys() & words
        if any(not self.needs[form].isdisjoint(lower) for form in needing):
            return True
        # "beschloss, die Maschine notzulanden": a zu-infinitive, also written as one word
        return "zu" in text and not self.opened.isdisjoint(needing)


# Verb classes that attribute only a clause opened by one of these words (or a
# Konjunktiv, or quoted words, which let the sentence in on their own).
_CLAUSE_OPENED = frozenset({"think", "ask"})
_CLAUSE_OPENERS = frozenset(
    {"dass", "daß", "ob", "wie", "was", "warum", "weshalb", "wieso", "wer", "wann", "wo", "welche"}
    | {"welcher", "welches", "inwieweit", ":"}
)

# ", so Müller", "„…“ – so die Polizei": "so" after a comma, a dash or a closing mark
_SO_ATTRIBUTION = regex.compile(r"[,–—“”\"»«']\s*+so\s")


def find_cues(tokens: Sequence[Token], vocabulary: Vocabulary) -> list[Cue]:
    """Every cue among ``tokens`` outside quotation marks, in order."""
    cues: list[Cue] = []
    verbs, phrases = vocabulary.verbs, vocabulary.phrases
    for i, token in enumerate(tokens):
        if token.quote >= 0 or not token.is_word:
            continue
        lower = token.lower
        readings = verbs.get(lower)
        if readings is not None and (not token.upper or i == 0 or _after_break(tokens, i)):
            cue = _verb_cue(tokens, i, readings, vocabulary)
            if cue is not None:
                cues.append(cue)
                continue
        candidates = phrases.get(lower)
        if candidates is not None:
            cue = _phrase_cue(tokens, i, candidates, vocabulary)
            if cue is not None:
                cues.append(cue)
    return cues


def _after_break(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].is_mark or tokens[i - 1].text in ",;:–—")


def _verb_cue(
    tokens: Sequence[Token], i: int, readings: Sequence[VerbForm], vocabulary: Vocabulary
) -> Cue | None:
    finals = [r for r in readings if r.position == "final"]
    if finals:
        return _cue(i, finals[0])
    participles = [r for r in readings if r.position == "participle"]
    finites = [r for r in readings if r.position == "finite"]
    if participles and _has_auxiliary(tokens, i, vocabulary):
        chosen = _prefixed(tokens, i, participles)
        if chosen is not None:
            return _cue(i, chosen)
    if not finites:
        return None
    # a particle at the end of the clause: "teilte ... mit"
    end = clause_end(tokens, i)
    last = end - 1
    while last > i and tokens[last].text in SENTENCE_ENDS:
        last -= 1
    if last > i and tokens[last].is_word:
        for reading in finites:
            if reading.particle and tokens[last].lower == reading.particle:
                return _cue(i, reading, particle=last)
    # verb-final with the particle before it: "als er deutlich machte"
    if i > 0:
        for reading in finites:
            if reading.particle and tokens[i - 1].lower == reading.particle:
                return _cue(i, reading, particle=i - 1)
    for reading in finites:
        if not reading.particle:
            return _cue(i, reading)
    return None


def _prefixed(tokens: Sequence[Token], i: int, readings: Sequence[VerbForm]) -> VerbForm | None:
    """The participle reading whose first word, if written apart, stands before ``i``."""
    plain = None
    for reading in readings:
        if reading.prefix:
            if i > 0 and tokens[i - 1].lower == reading.prefix:
                return reading
        elif plain is None:
            plain = reading
    return plain


def _has_auxiliary(tokens: Sequence[Token], i: int, vocabulary: Vocabulary) -> bool:
    """Whether a finite auxiliary stands in the participle's clause ("hatte ... behauptet")."""
    for j in range(i - 1, max(-1, i - 1 - _AUXILIARY_REACH), -1):
        token = tokens[j]
        if token.quote >= 0 or token.is_mark:
            continue  # a short quote inside the clause: "... „trotz Vorbehalten“ bekanntgegeben"
        if is_boundary(token):
            break
        if vocabulary.function_class(token.lower, "auxiliary") is not None:
            return True
    # verb-final: "..., wie der Sprecher erklärt hatte"
    return (
        i + 1 < len(tokens)
        and vocabulary.function_class(tokens[i + 1].lower, "auxiliary") is not None
    )


def _cue(i: int, reading: VerbForm, particle: int = -1) -> Cue:
    return Cue(
        first=i,
        last=i,
        lemma=reading.lemma,
        kind="verb",
        cls=reading.cls,
        position=reading.position,
        particle=particle,
    )


def _phrase_cue(
    tokens: Sequence[Token], i: int, candidates: Sequence[Phrase], vocabulary: Vocabulary
) -> Cue | None:
    for phrase in candidates:
        n = len(phrase.words)
        if i + n > len(tokens):
            continue
        if any(tokens[i + k].lower != phrase.words[k] for k in range(n)):
            continue
        if any(tokens[i + k].quote >= 0 for k in range(n)):
            continue
        noun = -1
        if phrase.source == "possessor":
            # "seiner Meinung nach": the owner and the noun stand before "nach"
            if not (
                i >= 2
                and tokens[i - 1].upper
                and tokens[i - 1].quote < 0
                and tokens[i - 2].quote < 0
                and vocabulary.is_attribution_noun(tokens[i - 1].text)
                and vocabulary.function_class(tokens[i - 2].lower, "possessive") is not None
            ):
                continue
            noun = i - 1
        if phrase.source == "noun":
            noun = _attribution_noun(tokens, i + n, vocabulary)
            if noun < 0:
                continue
        if phrase.lemma == "so" and not _so_attribution(tokens, i, vocabulary):
            continue
        if phrase.source == "after" and not _np_follows(tokens, i + n, vocabulary):
            continue
        return Cue(
            first=i,
            last=i + n - 1,
            lemma=phrase.lemma,
            kind="phrase",
            cls=phrase.source,
            position=phrase.scope,
            phrase=phrase,
            noun=noun,
        )
    return None


def _attribution_noun(tokens: Sequence[Token], j: int, vocabulary: Vocabulary) -> int:
    """The index of the attribution noun after "nach"/"gemäß" (a determiner and adjectives may come first)."""
    for k in range(j, min(len(tokens), j + 4)):
        token = tokens[k]
        if not token.is_word or token.quote >= 0:
            return -1
        if token.upper and not vocabulary.is_function_word(token.lower):
            if vocabulary.is_attribution_noun(token.text):
                return k
            # "nach Schäubles Idee": a genitive name before the noun
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                token.lower.endswith("s")
                and following is not None
                and following.upper
                and vocabulary.is_attribution_noun(following.text)
            ):
                return k + 1
            return -1
    return -1


def _np_follows(tokens: Sequence[Token], j: int, vocabulary: Vocabulary) -> bool:
    """Whether a noun phrase starts at ``j`` ("laut Polizei", "laut einem Bericht")."""
    if j >= len(tokens):
        return False
    token = tokens[j]
    if token.is_mark:
        return True  # laut „Reuters“
    if not token.is_word:
        return False
    return (
        token.upper
        or "." in token.text  # a domain: "laut faz.net"
        or token.text.rsplit("-", 1)[-1][:1].isupper()  # "laut el-Baradei"
        or vocabulary.function_class(token.lower, "determiner") is not None
        or vocabulary.function_class(token.lower, "pronoun") is not None
    )


def _so_attribution(tokens: Sequence[Token], i: int, vocabulary: Vocabulary) -> bool:
    """ ", so Müller." / "„…“, so der Minister," — not "so viele", "so dass"."""
    before = tokens[i - 1] if i > 0 else None
    if before is None or not (before.text in ",–—" or before.is_mark):
        return False
    if not _np_follows(tokens, i + 1, vocabulary):
        return False
    end = clause_end(tokens, i + 1, limit=14)
    if end < len(tokens) and tokens[end].text not in ",.;:!?–—()":
        return False
    # the words after "so" must be a noun phrase, not a clause with a verb
    for k in range(i + 1, end):
        if vocabulary.function_class(tokens[k].lower, "auxiliary") is not None:
            return False
    return True
