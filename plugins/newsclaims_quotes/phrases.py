"""Noun phrases without a tagger: the words that can name a speaker.

German capitalises every noun, so a phrase is an optional determiner,
lowercase adjectives, a run of capitalised words (with name particles and
honorifics), a short quoted name where a title may stand („Der Spiegel“), and
— when the head is a role — its genitive or "von" complement ("ein Sprecher
des Ministeriums").  :class:`Grammar` answers the word-class questions from
the vocabulary.  Every loop here is bounded, whatever the input.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .tokens import Token
from .vocabulary import Vocabulary

# Bounds that keep every search short, whatever the input.
MAX_ADJECTIVES = 5
MAX_HEAD = 8
MAX_SCAN = 14
QUOTED_NAME = 8  # tokens of a quoted name inside a noun phrase („Der Spiegel“)
GENITIVE = frozenset({"des", "der", "eines", "einer"})
# Word-class flags (Grammar.word_class): bits of one int per distinct word.
W_WORD = 1
W_CAP = 2  # starts with a capital letter
W_NOUN = 4  # nounish: a noun or a name
W_DETERMINER = 8
W_ADJECTIVE = 16
W_INFLECTED = 32  # an adjective with an inflection ending ("vieler", "neuen")
W_FUNCTION = 64
_INFLECTED = ("er", "en", "em", "es")
# Remembered word classes before the memory is cleared.
_CLASS_LIMIT = 200_000
# How far an extended attribute may reach ("einer am Dienstag in Berlin veröffentlichten").
_ATTRIBUTE_REACH = 7


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
        #: set per document by the name index: whether a capitalised word is a name
        self.is_name: Callable[[Token], bool] | None = None

    def determiner(self, token: Token) -> str | None:
        """The cases a determiner can mark ("ndg" for "der"), or None."""
        if not token.is_word or token.quote >= 0:
            return None
        return self.vocabulary.function_class(token.lower, "determiner")

    def is_function(self, token: Token) -> bool:
        return self.vocabulary.is_function_word(token.lower)

    def nounish(self, token: Token) -> bool:
        """A capitalised word that is not a function word: a noun or a name."""
        return token.is_word and self.nounish_text(token.text, token.upper, token.lower)

    def nounish_text(self, text: str, upper: bool, lower: str) -> bool:
        """:meth:`nounish` for a word's text, its capitalisation and its lowercase form."""
        if upper:
            return not self.vocabulary.is_function_word(lower) or (len(text) > 2 and text.isupper())
        if "." in text and not text[0].isdigit():
            return True  # a domain or a name written small: "tagesschau.de", "ver.di"
        if text[:1].isalpha() and any(c.isupper() for c in text[1:3]) and len(text) > 2:
            return True  # a name in camel case: "eBay", "iPhone"
        # "78-Jährige"
        head = text.rsplit("-", 1)
        return len(head) == 2 and head[1][:1].isupper()

    def adjective(self, token: Token) -> bool:
        return token.is_word and self.adjective_text(token.text, token.upper, token.lower)

    def adjective_text(self, text: str, upper: bool, lower: str) -> bool:
        """:meth:`adjective` for a word's text, its capitalisation and its lowercase form."""
        if upper or self.nounish_text(text, upper, lower):
            return False
        if text.isdigit():
            return True
        return not self.vocabulary.is_function_word(lower) and lower not in self.vocabulary.verbs

    def word_class(self, text: str) -> int:
        """The word-class flags (``W_*``) of a token's text, remembered across documents."""
        classes = self.vocabulary.word_classes
        flags = classes.get(text)
        if flags is None:
            if len(classes) > _CLASS_LIMIT:
                classes.clear()  # bounded memory on a corpus of millions of words
            flags = classes[text] = self._classify(text)
        return flags

    def _classify(self, text: str) -> int:
        first = text[0]
        if not (first.isalnum() or first == "_"):
            return 0
        vocabulary = self.vocabulary
        lower = text.lower()
        upper = first.isupper()
        flags = W_WORD
        if upper:
            flags |= W_CAP
        if self.nounish_text(text, upper, lower):
            flags |= W_NOUN
        if vocabulary.function_class(lower, "determiner") is not None:
            flags |= W_DETERMINER
        if vocabulary.is_function_word(lower):
            flags |= W_FUNCTION
        if self.adjective_text(text, upper, lower):
            flags |= W_ADJECTIVE
            if lower.endswith(_INFLECTED):
                flags |= W_INFLECTED
        return flags

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
        j = _extended_attribute(tokens, j, end, grammar)
    determined = j > i
    adjectives = 0
    while (
        j < end and adjectives < MAX_ADJECTIVES and _modifier(tokens, j, end, grammar, determined)
    ):
        j += 1
        adjectives += 1
    head = j
    while j < end and j - head < MAX_HEAD:
        token = tokens[j]
        if (
            grammar.nounish(token)
            or token.text in vocabulary.honorifics
            or (token.text == "." and j > head and tokens[j - 1].text in vocabulary.honorifics)
            or (
                token.text in vocabulary.particles
                and j > head
                and j + 1 < end
                and grammar.nounish(tokens[j + 1])
                and vocabulary.descriptor_kind(tokens[j - 1].text) is None
            )
        ):
            j += 1
        elif (
            token.is_mark
            and token.quote < 0
            and j + 1 < end
            and tokens[j + 1].quote >= 0
            # „tagesschau.de“; a name written small only right before the verb
            # it is the subject of ("Wie „heise online“ berichtet")
            and (
                tokens[j + 1].upper
                or "." in tokens[j + 1].text
                or (
                    j == i
                    and i > 0
                    and vocabulary.function_class(tokens[i - 1].lower, "subordinator") is not None
                    and _quoted_name_end(tokens, j, end) == end
                )
            )
            and _takes_title(tokens, j, i, grammar)
        ):
            k = _quoted_name_end(tokens, j, end)
            if k < 0:
                break
            j = k
            break  # a quoted name ends the phrase: "die „Computerwoche“ Lynch"
        else:
            break
    if j == head:
        # a nominalised adjective: "der 81-jährige", "die Angeklagte" written small
        if (
            head > i + 1
            and grammar.determiner(tokens[i]) is not None
            and not tokens[head - 1].text.isdigit()
        ):
            return NounPhrase(i, head)
        return None
    if depth < 2:
        j = _complement(tokens, j, end, grammar, depth)
    return NounPhrase(i, j)


def _extended_attribute(tokens: Sequence[Token], j: int, end: int, grammar: Grammar) -> int:
    """After an attribute with its own phrase: "einer [am Dienstag] veröffentlichten Mitteilung".

    Between a determiner and its noun German may put a prepositional phrase
    that a participle closes; returns where the participle stands, or ``j``.
    """
    if j >= end or (
        grammar.vocabulary.function_class(tokens[j].lower, "preposition") is None
        and grammar.determiner(tokens[j]) is None  # "Die [das Unglück] überlebende Frau"
    ):
        return j
    for k in range(j + 1, min(end, j + _ATTRIBUTE_REACH)):
        token = tokens[k]
        if not token.is_word or token.quote >= 0:
            return j
        if (
            grammar.adjective(token) or _attributive(tokens, k, end, grammar)
        ) and token.lower.endswith(("en", "ene", "ten", "te", "nde", "er", "es", "em")):
            following = tokens[k + 1] if k + 1 < end else None
            if following is not None and (
                grammar.nounish(following) or grammar.adjective(following)
            ):
                return k
    return j


def _modifier(
    tokens: Sequence[Token], j: int, end: int, grammar: Grammar, determined: bool
) -> bool:
    """Whether token ``j`` modifies the noun to come: an adjective, or after a determiner
    a participle ("einer veröffentlichten Mitteilung") or an adverb before one ("einer
    gestern veröffentlichten Mitteilung")."""
    if grammar.adjective(tokens[j]):
        return True
    if not determined:
        return False
    if _attributive(tokens, j, end, grammar):
        return True
    return (
        j + 1 < end
        and grammar.vocabulary.function_class(tokens[j].lower, "adverb") is not None
        and (grammar.adjective(tokens[j + 1]) or _attributive(tokens, j + 1, end, grammar))
    )


def _attributive(tokens: Sequence[Token], j: int, end: int, grammar: Grammar) -> bool:
    """A participle inflected before its noun: "einer veröffentlichten Mitteilung".

    A verb form ("veröffentlichten") is no adjective on its own; right after
    a determiner or inside an attribute and right before a noun it is one.
    """
    token = tokens[j]
    return (
        token.is_word
        and not token.upper
        and token.quote < 0
        and j + 1 < end
        and token.lower.endswith((*_INFLECTED, "e"))
        and not grammar.vocabulary.is_function_word(token.lower)
        and grammar.nounish(tokens[j + 1])
    )


def _takes_title(tokens: Sequence[Token], mark: int, start: int, grammar: Grammar) -> bool:
    """Whether a quoted title may follow here: "die „Zeitung“", "der Sender „CNN“", "laut „X“".

    After a name ("Kalifornien „zerstört“", "Trumps „Mut“") quoted words are speech.
    """
    if mark == start:
        return True
    before = tokens[mark - 1]
    if grammar.determiner(before) is not None or grammar.adjective(before):
        return True
    return grammar.vocabulary.descriptor_kind(before.text) is not None


def _quoted_name_end(tokens: Sequence[Token], j: int, end: int) -> int:
    """After the closing mark of a short quoted name starting at ``j`` („Der Spiegel“), or -1."""
    quote = tokens[j + 1].quote
    k = j + 1
    while k < end and tokens[k].quote == quote and k - j <= QUOTED_NAME:
        k += 1
    if k < end and tokens[k].is_mark and k - j <= QUOTED_NAME:
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
        or vocabulary.is_speech_noun(last.text)
    )
    if is_role and j < end:
        word = tokens[j].lower
        inner = None
        if word in ("von", "vom"):
            inner = noun_phrase(tokens, j + 1, grammar, end, depth + 1)
        elif word in GENITIVE:
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
    if j - 2 >= start and tokens[j].text == ")":
        # an abbreviation in brackets: "des Verbandes Deutscher Realschullehrer (VDR) [zufolge]"
        k = j - 1
        while k > start and j - k <= 4 and tokens[k].text != "(":
            k -= 1
        if tokens[k].text == "(" and k > start and grammar.nounish(tokens[k - 1]):
            j = k - 1
    while j >= start and i - j <= MAX_SCAN:
        token = tokens[j]
        if grammar.nounish(token) or (token.is_mark and token.quote < 0 and seen_noun is False):
            seen_noun = seen_noun or token.is_word
            j -= 1
        elif token.quote >= 0 or (grammar.adjective(token) and seen_noun):
            j -= 1
        elif grammar.determiner(token) is not None and seen_noun:
            # a genitive inside the phrase continues it: "Angaben der Polizei"
            if j - 1 >= start and grammar.nounish(tokens[j - 1]) and token.lower in GENITIVE:
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
