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

from .phrases import Grammar
from .tokens import Token
from .units import Unit

_AGE_WORD = regex.compile(r"(\d{1,3})-[jJ]ährige[nrms]?")
_NUMBER = regex.compile(r"\d{1,3}")
# Articles a canonical description drops ("der Moderator" -> "Moderator").
ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
# Endings of an inflected adjective: a capitalised word after one is a noun ("vieler Gespräche").
_INFLECTED = ("er", "en", "em", "es")
# How far back (in tokens) a role may stand before the name it describes.
_ROLE_REACH = 5


def _capitals(tokens: Sequence[Token]) -> list[int]:
    """The indices of the capitalised words: the only tokens a name can start with."""
    return [i for i, token in enumerate(tokens) if token.upper]


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
    """The names of one article and what the article says about them."""

    def __init__(self, units: Sequence[Unit], grammar: Grammar) -> None:
        self.grammar = grammar
        self.bare: Counter[str] = Counter()
        self.common: Counter[str] = Counter()
        self._names: dict[str, bool] = {}
        for unit in units:
            self._observe(unit.tokens)
        self.runs: list[NameRun] = []
        self.by_last: dict[str, list[NameRun]] = {}
        self.profiles: dict[str, Profile] = {}
        self._canonical: dict[tuple[str, ...], str] = {}
        by_unit: list[list[NameRun]] = []
        for unit in units:
            found = self._runs(unit)
            by_unit.append(found)
            for run in found:
                self.runs.append(run)
                self.by_last.setdefault(run.words[-1].lower(), []).append(run)
        for unit, found in zip(units, by_unit, strict=True):
            for run in found:
                profile = self.profiles.setdefault(self.canonical(run.words), Profile())
                self._learn_before(unit.tokens, run, profile)
                self._learn_after(unit.tokens, run, profile)

    # -- which words are names -------------------------------------------------

    def _observe(self, tokens: Sequence[Token]) -> None:
        grammar = self.grammar
        for i in _capitals(tokens):
            token = tokens[i]
            if i == 0 or token.quote >= 0 or not grammar.nounish(token):
                continue
            before = tokens[i - 1]
            relative = i >= 2 and tokens[i - 2].text == ","  # ", die Musk ...": a pronoun
            if (
                (grammar.determiner(before) is not None and not relative)
                or (
                    i >= 2
                    and grammar.adjective(before)
                    and grammar.determiner(tokens[i - 2]) is not None
                )
                or (grammar.adjective(before) and before.lower.endswith(_INFLECTED))
            ):
                self.common[token.lower] += 1  # "der Sprecher", "die neue Regel"
            elif before.is_word or before.text in ",(":
                self.bare[token.lower] += 1

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word the article uses as a name, not as a noun."""
        if not (token.is_word and token.upper) or token.quote >= 0:
            return False
        known = self._names.get(token.text)
        if known is None:
            known = self._names[token.text] = self._is_name(token)
        return known

    def _is_name(self, token: Token) -> bool:
        if not self.grammar.vocabulary.may_be_name(token.text):
            return False
        lower = token.lower
        return self.bare[lower] > self.common[lower]

    def _runs(self, unit: Unit) -> list[NameRun]:
        tokens = unit.tokens
        runs: list[NameRun] = []
        particles = self.grammar.vocabulary.particles
        reach = 0  # tokens before this index are part of a run already
        for i in _capitals(tokens):
            if i < reach or not self._starts_run(tokens, i):
                continue
            j = i + 1
            while j < len(tokens) and j - i < 6:
                if self.is_name_word(tokens[j]):
                    j += 1
                elif (
                    tokens[j].text in particles
                    and j + 1 < len(tokens)
                    and self.is_name_word(tokens[j + 1])
                ):
                    j += 2
                else:
                    break
            text = " ".join(t.text for t in tokens[i:j])
            runs.append(NameRun(unit.index, i, j, text))
            reach = j
        return runs

    def _starts_run(self, tokens: Sequence[Token], i: int) -> bool:
        token = tokens[i]
        if not (token.is_word and token.upper):
            return False
        if self.is_name_word(token):
            return True
        # a first name at the start of a sentence: "Elon Musk behauptete"
        return (
            i + 1 < len(tokens)
            and (i == 0 or not tokens[i - 1].is_word)
            and self.is_name_word(tokens[i + 1])
            and not self.grammar.vocabulary.is_function_word(token.lower)
            and self.grammar.vocabulary.descriptor_kind(token.text) is None
            and token.lower not in self.common
        )

    # -- what the article says about a name --------------------------------------

    def _learn_before(self, tokens: Sequence[Token], run: NameRun, profile: Profile) -> None:
        grammar = self.grammar
        vocabulary = grammar.vocabulary
        k = run.first - 1
        while k >= 0 and run.first - k <= _ROLE_REACH:
            token = tokens[k]
            if token.text in vocabulary.honorifics:
                if token.text.startswith("Frau"):
                    profile.gender = "f"
                elif token.text.startswith("Herr"):
                    profile.gender = profile.gender or "m"
                k -= 1
                continue
            if token.text == "." and k > 0 and tokens[k - 1].text in vocabulary.honorifics:
                k -= 1
                continue
            if vocabulary.descriptor_kind(token.text) == "person" and token.upper:
                self._add_role(profile, token.text)
            elif age := _AGE_WORD.fullmatch(token.text):
                profile.age = age.group(1)
            elif grammar.adjective(token):
                noun = self._affiliation(token.lower)
                if noun:
                    profile.roles.add(noun.lower())
            elif grammar.determiner(token) is not None:
                if token.lower in ("der", "dem", "des", "den") and profile.roles:
                    profile.gender = profile.gender or "m"
                break
            else:
                break
            k -= 1

    def _learn_after(self, tokens: Sequence[Token], run: NameRun, profile: Profile) -> None:
        k = run.last
        if (
            k + 2 < len(tokens)
            and tokens[k].text == "("
            and _NUMBER.fullmatch(tokens[k + 1].text)
            and tokens[k + 2].text == ")"
        ):
            profile.age = tokens[k + 1].text  # "Trump (78)"
        if k + 1 < len(tokens) and tokens[k].text == ",":
            if _NUMBER.fullmatch(tokens[k + 1].text):
                profile.age = profile.age or tokens[k + 1].text  # "Trump, 78,"
                return
            # an apposition: "Elon Musk, der aktuelle Besitzer von Twitter,"
            end = min(len(tokens), k + 1 + _ROLE_REACH + 2)
            for j in range(k + 1, end):
                token = tokens[j]
                if token.text in ",.;:" or token.quote >= 0:
                    break
                if self.grammar.vocabulary.descriptor_kind(token.text) == "person" and token.upper:
                    self._add_role(profile, token.text)
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
