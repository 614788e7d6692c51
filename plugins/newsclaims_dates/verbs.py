"""German verb forms for the tense reader: Präteritum forms, participles and their prefixes.

The tables list the auxiliaries, the strong verbs and the frequent weak
ones (``data/tense.tsv``); this module reads the rest by their form.  A
Präteritum behind a prefix is still one ("stattfand" is "fand", "verlief"
is "lief"); a participle may start with a separable prefix
("weitergereist"); and a weak Präteritum ("billigte", "arbeiteten") is
recognised by its ending where it cannot be an infinitive ("halten"), an
adjective ("die geplante") or a superlative ("größte").  Every answer is
cached per word, so a long text costs one lookup per distinct word.
"""

from __future__ import annotations

import regex

from .numbers import ordinal
from .patterns import alternation
from .vocabulary import Vocabulary

__all__ = ["Verbs", "verbs"]

_VOWELS = frozenset("aeiouäöüy")
_ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")
# the shortest listed Präteritum read as an adjective after an article ("verletzte")
_SHORTEST_ADJECTIVE = 8
# roles that say a look-alike form is no Präteritum
_NOT_PAST = frozenset({"not-past", "not-participle"})
_CACHE_LIMIT = 100_000


class Verbs:
    """What a lower-case word is as a verb form, read from the tables and the word's form."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.roles = vocabulary.tense
        self.states = vocabulary.state_participles
        context = vocabulary.context
        self.adjective_before = context.get("adjective-before", frozenset())
        self.attributive_ok = context.get("attributive-ok", frozenset())
        self.not_verb = context.get("not-verb", frozenset())
        self.coordinators = context.get("coordinator", frozenset())
        prefixes = {*vocabulary.separable_prefixes, *vocabulary.inseparable_prefixes}
        by_length: dict[int, set[str]] = {}
        for prefix in prefixes:
            by_length.setdefault(len(prefix), set()).add(prefix)
        self._prefixes_by_length = {n: frozenset(group) for n, group in by_length.items()}
        separable = alternation(vocabulary.separable_prefixes)
        inseparable = alternation(p for p in vocabulary.inseparable_prefixes if p != "ge")
        letters = "[a-zäöüß]"
        # ge-...-t / ge-...-en, be-/ver-/...-t, -iert; all perhaps after a separable prefix
        self._participle = regex.compile(
            rf"(?:{separable})?(?:ge{letters}{{2,}}(?:t|en)|{inseparable}{letters}{{2,}}t"
            rf"|{letters}{{3,}}iert)"
        )
        # a participle with ge-, bare or used as an adjective: "gesagt", "angefertigten"
        self._ge_participle = regex.compile(rf"(?:{separable})?ge{letters}{{2,}}(?:t|en)")
        self._ge_adjective = regex.compile(
            rf"(?:{separable})?ge{letters}{{2,}}(?:t|en)(?:e[nmrs]?)"
        )
        self._inseparable = tuple(vocabulary.inseparable_prefixes)
        self._role_cache: dict[str, str | None] = {}
        self._weak_cache: dict[str, bool] = {}

    def _unprefixed(self, word: str) -> list[str]:
        """The word without each prefix it may start with ("mitteilte" → "teilte")."""
        rests = []
        for length, prefixes in self._prefixes_by_length.items():
            if len(word) - length >= 3 and word[:length] in prefixes:
                rests.append(word[length:])
        return rests

    def role(self, word: str) -> str | None:
        """The table role of a lower-case word, a prefixed Präteritum counting as ``past``."""
        if word in self.roles:
            return self.roles[word]
        cached = self._role_cache.get(word, "?")
        if cached != "?":
            return cached
        found = None
        if any(self.roles.get(rest) == "past" for rest in self._unprefixed(word)):
            found = "past"
        if len(self._role_cache) < _CACHE_LIMIT:
            self._role_cache[word] = found
        return found

    def is_participle(self, word: str) -> bool:
        """Whether a lower-case word is a past participle ("gesagt", "weitergereist", "verschoben")."""
        role = self.roles.get(word)
        if role == "participle":
            return True
        if role == "past" and word.endswith("en") and word.startswith(self._inseparable):
            return True  # "entschieden", "beschlossen": Präteritum and participle alike
        return role != "not-participle" and self._participle.fullmatch(word) is not None

    def is_state(self, word: str) -> bool:
        """Whether a participle with "sein" names a state ("ist ab Montag geschlossen")."""
        return word in self.states

    def attributive(self, before: str, before2: str = "") -> bool:
        """Whether a word after ``before`` (and ``before2`` before it) stands where adjectives do.

        After an article, a determiner, a preposition, a count or another
        adjective ("die geplante", "am 3. geplanten", "neue verbesserte",
        "älteren oder vorerkrankten") an inflected form is an adjective.
        """
        lower = before.lower()
        if lower in self.adjective_before or (before.isdigit() and len(before) < 4):
            return True
        if lower in self.coordinators:
            return self._adjective(before2)
        # an adjective before: "neue verbesserte", but not "wie selten präsentierten"
        return self._adjective(before) and (
            before2.lower() in self.adjective_before or self._adjective(before2)
        )

    def _adjective(self, word: str) -> bool:
        lower = word.lower()
        return (
            word[:1].islower()
            and len(lower) > 3
            and lower.endswith(_ADJECTIVE_ENDINGS)
            and lower not in self.attributive_ok
        )

    def attributive_form(self, word: str, before: str) -> bool:
        """Whether a listed weak Präteritum stands as an adjective ("der beschädigte Jet").

        Short forms ("hatte", "sagte") are left alone: after "der" or "die" they
        are verbs of a relative clause or a pronoun subject more often than not.
        """
        return (
            len(word) >= _SHORTEST_ADJECTIVE
            and word.endswith(("te", "ten"))
            and before.lower() in self.adjective_before
        )

    def looks_past(self, word: str, before: str, before2: str = "") -> bool:
        """Whether an unlisted lower-case word is a weak Präteritum, given the tokens before it.

        After an article, a determiner, a preposition, a count or an adjective
        the form is an adjective ("die verhängte Sperre"); elsewhere "-te"/"-ten"
        forms of the right shape are read as a past.
        """
        if self.attributive(before, before2):
            return False
        cached = self._weak_cache.get(word)
        if cached is None:
            cached = self._weak_form(word)
            if len(self._weak_cache) < _CACHE_LIMIT:
                self._weak_cache[word] = cached
        return cached

    def looks_finite(self, word: str, before: str, before2: str = "") -> bool:
        """Whether an unlisted lower-case word can be a finite verb in the present ("fällt", "öffnen")."""
        if len(word) < 4 or word in self.not_verb or word in self.adjective_before:
            return False
        if not word.endswith(("t", "en")) or self._ge_participle.fullmatch(word):
            return False
        return not self.attributive(before, before2)

    def _weak_form(self, word: str) -> bool:
        if len(word) < 5 or word in self.roles or not _weak_ending(word):
            return False
        if self._ge_adjective.fullmatch(word) or ordinal(word, self.vocabulary) is not None:
            return False
        # "erhalten", "erwarte": a prefixed form of a verb whose stem ends in -t
        for form in (word, *self._unprefixed(word)):
            if self.roles.get(form) in _NOT_PAST or self.roles.get(form + "n") in _NOT_PAST:
                return False
        return True


def _weak_ending(word: str) -> bool:
    """Whether the ending can be a weak Präteritum: stem + "-te(n)", or stem in -t/-d + "-ete(n)"."""
    stem = word[:-1] if word.endswith("n") else word
    plural = stem is not word
    if not stem.endswith("te"):
        return False
    body = stem[:-2]
    if len(body) < 2:
        return False
    if body.endswith("e"):
        # "arbeitete", "redete", "öffnete", "rechnete"; not "trete", "bete"
        before = body[:-1]
        return len(before) >= 2 and (
            before[-1] in "td" or (before[-1] in "nm" and before[-2] not in _VOWELS)
        )
    last = body[-1]
    if last in _VOWELS or last in "td":
        return False  # "heute", "biete", "deuten", "bitte"
    if last in "sß" and not body.endswith("ss"):
        return False  # superlatives: "beste", "größten"
    return not (plural and body.endswith("ch"))  # "achten", "richten": infinitives


_VERBS: dict[int, tuple[Vocabulary, Verbs]] = {}


def verbs(vocabulary: Vocabulary) -> Verbs:
    """The verb reader for a vocabulary (built once per vocabulary)."""
    found = _VERBS.get(id(vocabulary))
    if found is None or found[0] is not vocabulary:
        found = _VERBS[id(vocabulary)] = (vocabulary, Verbs(vocabulary))
    return found[1]
