"""What the article itself says about the people and bodies it names.

German capitalises every noun, so a name is told from a noun by how the
article uses it: a word that appears without an article ("Musk sagte",
"laut Musk") and never after one is a name; a word that appears after an
article or an adjective ("der Sprecher", "neue Regeln") is a noun.  Runs of
name words are full names ("Elon Musk"), and what stands right before or
after a name says who the person is:

* a role before it or in an apposition: "Tech-Milliardär Elon Musk",
  "Tony Auden, ein Sprecher des Zentrums," — "der Milliardär" and "der
  Sprecher" may later stand for that person;
* an affiliation adjective: "der republikanische Kandidat Donald Trump" —
  "der Republikaner" (``affiliations.tsv``);
* an age: "Trump (78)", "der 78-jährige Trump" — "der 78-Jährige";
* a gender: "Kanzlerin", "Frau", "Herr".

Nothing here knows any particular name: everything is learned per article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
import regex

from .phrases import (
    W_ADJECTIVE,
    W_CAP,
    W_DETERMINER,
    W_FUNCTION,
    W_INFLECTED,
    W_NOUN,
    W_WORD,
    Grammar,
)
from .tokens import Token, Words
from .units import Unit

_AGE_WORD = regex.compile(r"(\d{1,3})-[jJ]ährige[nrms]?")
_NUMBER = regex.compile(r"\d{1,3}")
# Articles a canonical description drops ("der Moderator" -> "Moderator").
ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
_CAPITAL_NOUN = W_CAP | W_NOUN
# How far back (in tokens) a role may stand before the name it describes.
_ROLE_REACH = 5


def role_key(word: str, grammar: Grammar) -> str:
    """A noun without its inflection, lowercase: "Präsidentschaftskandidaten" -> "präsidentschaftskandidat"."""
    lower = word.lower()
    for ending in ("innen", "en", "es", "n", "s", "r", "e"):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            if grammar.vocabulary.descriptor_kind(stem) is not None:
                return stem
    return lower


def gender_of_role(word: str) -> str:
    """f for "Kanzlerin", "Sprecherinnen"; "" when the role does not tell."""
    lower = word.lower()
    return "f" if lower.endswith(("in", "innen")) and len(lower) > 5 else ""


@attrs.define
class NameRun:
    """A run of name words in a unit: "Elon Musk", "Karl-Theodor zu Guttenberg"."""

    unit: int
    first: int
    last: int
    text: str
    words: tuple[str, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.words = tuple(self.text.split())


@attrs.define
class Profile:
    """What the article says about one name: roles, affiliations, age, gender."""

    roles: set[str] = attrs.field(factory=set)
    descriptions: list[str] = attrs.field(factory=list)
    age: str | None = None
    gender: str = ""


class NameIndex:
    """The names of one article and what the article says about them.

    It reads every sentence, so it works on plain word lists
    (:class:`~newsclaims_quotes.tokens.Words`) rather than tokens.
    """

    def __init__(self, units: Sequence[Unit], grammar: Grammar) -> None:
        self.grammar = grammar
        self.bare: Counter[str] = Counter()
        self.common: Counter[str] = Counter()
        self._names: dict[str, bool] = {}
        lists = [unit.word_list for unit in units]
        for words in lists:
            self._observe(words)
        self.runs: list[NameRun] = []
        self.by_last: dict[str, list[NameRun]] = {}
        self._canonical: dict[tuple[str, ...], str] = {}
        self._found: list[tuple[Words, list[NameRun]]] = []
        for unit, words in zip(units, lists, strict=True):
            found = self._runs(unit.index, words)
            if found:
                self._found.append((words, found))
            for run in found:
                self.runs.append(run)
                self.by_last.setdefault(run.words[-1].lower(), []).append(run)
        self._profiles: dict[str, Profile] | None = None

    @property
    def profiles(self) -> dict[str, Profile]:
        """What the article says about each canonical name, learned on first use."""
        if self._profiles is None:
            self._profiles = {}
            for words, found in self._found:
                for run in found:
                    # most names come with nothing to learn: a profile is made on demand
                    canonical = self.canonical(run.words)
                    profile = self._profiles.get(canonical) or Profile()
                    self._learn_before(words, run, profile)
                    self._learn_after(words, run, profile)
                    if profile.roles or profile.age or profile.gender:
                        self._profiles.setdefault(canonical, profile)
        return self._profiles

    # -- which words are names -------------------------------------------------

    def _observe(self, words: Words) -> None:
        """Count how each capitalised noun is used: after an article or bare (as names are).

        Fills ``words.classes`` with the word-class flags of the capitals and
        the two words before each (0 elsewhere), which :meth:`_runs` reads.
        """
        texts = words.texts
        classes = [0] * len(texts)
        known = self.grammar.vocabulary.word_classes
        word_class = self.grammar.word_class
        for i in words.capitals():
            for k in (i - 2, i - 1, i):
                if k >= 0 and not classes[k]:
                    flags = known.get(texts[k])
                    classes[k] = word_class(texts[k]) if flags is None else flags
            if not i or classes[i] & _CAPITAL_NOUN != _CAPITAL_NOUN or words.quote(i) >= 0:
                continue
            before = classes[i - 1]
            relative = i >= 2 and texts[i - 2] == ","  # ", die Musk ...": a pronoun
            if (
                (before & W_DETERMINER and not relative and words.quote(i - 1) < 0)
                or (
                    before & W_ADJECTIVE
                    and i >= 2
                    and classes[i - 2] & W_DETERMINER
                    and words.quote(i - 2) < 0
                )
                or before & W_INFLECTED
            ):
                self.common[texts[i].lower()] += 1  # "der Sprecher", "die neue Regel"
            elif before & W_WORD or texts[i - 1] in ",(":
                self.bare[texts[i].lower()] += 1
        words.classes = classes

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word the article uses as a name, not as a noun."""
        if not (token.is_word and token.upper) or token.quote >= 0:
            return False
        known = self._names.get(token.text)
        if known is None:
            known = self._is_name_text(token.text)
        return known

    def _name_at(self, words: Words, i: int) -> bool:
        """:meth:`is_name_word` for word ``i`` of a word list."""
        classes = words.classes
        assert classes is not None
        if not classes[i] & W_CAP:
            return False
        text = words.texts[i]
        known = self._names.get(text)
        if known is None:
            known = self._is_name_text(text)
        return known and words.quote(i) < 0

    def _is_name_text(self, text: str) -> bool:
        """Whether a capitalised word is a name here (remembered for the article).

        The article's use decides first — most capitalised words are nouns it
        puts after an article — and the vocabulary only for the rest.
        """
        lower = text.lower()
        known = self._names[text] = self.bare[lower] > self.common[lower] and (
            self.grammar.vocabulary.may_be_name(text)
        )
        return known

    def _runs(self, unit: int, words: Words) -> list[NameRun]:
        texts = words.texts
        classes = words.classes
        assert classes is not None
        runs: list[NameRun] = []
        particles = self.grammar.vocabulary.particles
        reach = 0  # words before this index are part of a run already
        for i in words.capitals():
            if i < reach or not self._starts_run(words, i):
                continue
            j = i + 1
            while j < len(texts) and j - i < 6:
                if self._name_at(words, j):
                    j += 1
                elif texts[j] in particles and j + 1 < len(texts) and self._name_at(words, j + 1):
                    j += 2
                else:
                    break
            runs.append(NameRun(unit, i, j, " ".join(texts[i:j])))
            reach = j
        return runs

    def _starts_run(self, words: Words, i: int) -> bool:
        if self._name_at(words, i):
            return True
        # a first name at the start of a sentence: "Elon Musk behauptete"
        classes = words.classes
        assert classes is not None
        flags = classes[i]
        return (
            i + 1 < len(classes)
            and (i == 0 or not classes[i - 1] & W_WORD)
            and not flags & W_FUNCTION
            and self._name_at(words, i + 1)
            and self.grammar.vocabulary.descriptor_kind(words.texts[i]) is None
            and words.texts[i].lower() not in self.common
        )

    def _determiner(self, words: Words, i: int) -> bool:
        return bool(self.grammar.word_class(words.texts[i]) & W_DETERMINER) and words.quote(i) < 0

    # -- what the article says about a name --------------------------------------

    def _learn_before(self, words: Words, run: NameRun, profile: Profile) -> None:
        grammar = self.grammar
        vocabulary = grammar.vocabulary
        texts = words.texts
        k = run.first - 1
        while k >= 0 and run.first - k <= _ROLE_REACH:
            text = texts[k]
            lower = text.lower()
            upper = text[0].isupper()
            if text in vocabulary.honorifics:
                if text.startswith("Frau"):
                    profile.gender = "f"
                elif text.startswith("Herr"):
                    profile.gender = profile.gender or "m"
                k -= 1
                continue
            if text == "." and k > 0 and texts[k - 1] in vocabulary.honorifics:
                k -= 1
                continue
            if upper and vocabulary.descriptor_kind(text) == "person":
                self._add_role(profile, text)
            elif age := _AGE_WORD.fullmatch(text):
                profile.age = age.group(1)
            elif grammar.word_class(text) & W_ADJECTIVE:
                noun = self._affiliation(lower)
                if noun:
                    profile.roles.add(noun.lower())
            elif self._determiner(words, k):
                if lower in ("der", "dem", "des", "den") and profile.roles:
                    profile.gender = profile.gender or "m"
                break
            else:
                break
            k -= 1

    def _learn_after(self, words: Words, run: NameRun, profile: Profile) -> None:
        texts = words.texts
        k = run.last
        if (
            k + 2 < len(texts)
            and texts[k] == "("
            and _NUMBER.fullmatch(texts[k + 1])
            and texts[k + 2] == ")"
        ):
            profile.age = texts[k + 1]  # "Trump (78)"
        if k + 1 < len(texts) and texts[k] == ",":
            if _NUMBER.fullmatch(texts[k + 1]):
                profile.age = profile.age or texts[k + 1]  # "Trump, 78,"
                return
            # an apposition: "Elon Musk, der aktuelle Besitzer von Twitter,"
            end = min(len(texts), k + 1 + _ROLE_REACH + 2)
            for j in range(k + 1, end):
                text = texts[j]
                if text in ",.;:" or words.quote(j) >= 0:
                    break
                if text[0].isupper() and self.grammar.vocabulary.descriptor_kind(text) == "person":
                    self._add_role(profile, text)
                    break

    def _add_role(self, profile: Profile, word: str) -> None:
        key = role_key(word, self.grammar)
        profile.roles.add(key)
        if word not in profile.descriptions:
            profile.descriptions.append(word)
        if gender_of_role(word):
            profile.gender = "f"

    def _affiliation(self, adjective: str) -> str | None:
        affiliations = self.grammar.vocabulary.affiliations
        for ending in ("en", "em", "er", "es", "e", ""):
            if ending and not adjective.endswith(ending):
                continue
            stem = adjective[: len(adjective) - len(ending)] if ending else adjective
            if stem in affiliations:
                return affiliations[stem]
        return None

    # -- lookups ----------------------------------------------------------------

    def canonical(self, words: Sequence[str]) -> str:
        """The fullest name the article gives for a name ending in ``words[-1]``."""
        key = tuple(words)
        known = self._canonical.get(key)
        if known is None:
            known = self._canonical[key] = self._fullest(words)
        return known

    def _fullest(self, words: Sequence[str]) -> str:
        if not words:
            return ""
        last = words[-1]
        candidates = self.by_last.get(last.lower())
        if not candidates and last.endswith("s") and len(last) > 3:
            # a genitive: "Musks" -> the runs ending in "Musk"
            candidates = self.by_last.get(last[:-1].lower())
            if candidates:
                words = [*words[:-1], last[:-1]]
        best = max(candidates or [], key=lambda run: (len(run.words), -run.unit), default=None)
        if best is None or len(best.words) < len(words):
            return " ".join(words)
        return best.text

    def holders(self, key: str) -> Iterable[str]:
        """Canonical names whose roles match the role ``key`` (compound heads count)."""
        for name, profile in self.profiles.items():
            if any(
                role == key or role.endswith(key) or key.endswith(role) for role in profile.roles
            ):
                yield name

    def aged(self, age: str) -> Iterable[str]:
        for name, profile in self.profiles.items():
            if profile.age == age:
                yield name
