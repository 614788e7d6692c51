"""The reviewed word lists under ``data/``, loaded once into lookups.

Every piece of linguistic knowledge the plugin uses lives in a table: speech
verbs with their forms, Konjunktiv forms, attribution phrases, the nouns that
make "nach ..." an attribution, descriptors of people, organisations and
media, function words, and the words inside names.  This module only turns the
tables into the dictionaries and sets the other modules look words up in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import regex

from newsclaims.lexicon import read_table

PACKAGE = "newsclaims_quotes"

#: The verb classes of ``speech_verbs.tsv``.
VERB_CLASSES = frozenset({"say", "think", "ask", "urge", "judge", "cite"})
#: The kinds of ``descriptors.tsv``.
DESCRIPTOR_KINDS = frozenset({"person", "organization", "media"})
#: Where ``attributions.tsv`` says the source of a phrase stands.
SOURCE_POSITIONS = frozenset({"after", "before", "noun", "possessor", "subject", "previous"})
#: Which clause ``attributions.tsv`` says a phrase attributes.
SCOPES = frozenset({"sentence", "before", "after"})
#: The classes of ``function_words.tsv``.
FUNCTION_CLASSES = frozenset(
    {
        "determiner",
        "pronoun",
        "preposition",
        "subordinator",
        "coordinator",
        "auxiliary",
        "adverb",
        "possessive",
    }
)

_AGE = regex.compile(r"\d{1,3}-[jJ]ährige[nrms]?")
# Remembered word lookups before the memory is cleared.
_MEMO_LIMIT = 200_000
# Endings that inflect a noun without changing what it names: Sprecher-s,
# Präsident-en, Minister-in, Minister-innen, Vorsitzende-r.
_NOUN_ENDINGS = ("", "s", "es", "n", "en", "e", "r", "in", "innen", "nen")
# How many last letters NounTable checks before it looks for a compound's head.
_TAIL = 4


@attrs.frozen
class VerbForm:
    """One written form of a speech verb and what it means."""

    lemma: str
    particle: str  # "" for a simple verb
    cls: str
    #: finite (verb-second: "teilte ... mit"), final (verb-final, particle
    #: joined: "mitteilte"), or participle ("mitgeteilt").
    position: str
    #: for a participle written as two words ("bekannt gegeben"), the first word
    prefix: str = ""


@attrs.frozen
class Phrase:
    """An attribution phrase from ``attributions.tsv``."""

    words: tuple[str, ...]
    kind: str
    lemma: str
    source: str
    scope: str


@attrs.frozen
class Vocabulary:
    """All tables, as lookups keyed by lowercase words."""

    #: lowercase form -> the verb readings it can have.
    verbs: Mapping[str, tuple[VerbForm, ...]]
    #: lowercase Konjunktiv form -> mood ("1" or "2").
    konjunktiv: Mapping[str, str]
    #: first lowercase word of a phrase -> the phrases starting with it (longest first).
    phrases: Mapping[str, tuple[Phrase, ...]]
    #: lowercase endings of attribution nouns ("angaben", "berichten").
    attribution_nouns: frozenset[str]
    #: descriptor nouns -> kind.
    descriptors: NounTable
    #: anonymous-group nouns.
    anonymous: NounTable
    #: speech nouns ("Worten", "Parole").
    speech_nouns: NounTable
    #: lowercase word -> {class: info}.
    function_words: Mapping[str, Mapping[str, str]]
    #: lowercase adjective stem -> member noun.
    affiliations: Mapping[str, str]
    #: honorifics and name particles as written.
    honorifics: frozenset[str]
    particles: frozenset[str]
    #: hearsay words by role: modal ("soll"), auxiliary ("sein"), passive ("worden").
    hearsay: Mapping[str, frozenset[str]]
    #: lowercase nouns of time ("januar", "woche"): such a phrase is an adverbial.
    time_nouns: frozenset[str]

    # Lookups by word are pure, and news repeats its words: remember them.
    _memo: dict[str, dict[str, Any]] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    #: word-class flags by token text, filled by :meth:`Grammar.word_class` (bounded there).
    word_classes: dict[str, int] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def _remember(self, table: str, word: str, compute: Callable[[], Any]) -> Any:
        memo = self._memo.get(table)
        if memo is None:
            memo = self._memo[table] = {}
        try:
            return memo[word]
        except KeyError:
            if len(memo) > _MEMO_LIMIT:
                memo.clear()  # bounded memory on a corpus of millions of words
            value = memo[word] = compute()
            return value

    @functools.cached_property
    def _attribution_tails(self) -> frozenset[str]:
        return frozenset(noun[-_TAIL:] for noun in self.attribution_nouns)

    def function_class(self, lower: str, cls: str) -> str | None:
        """The info of ``lower`` as a function word of class ``cls``, or None."""
        return self.function_words.get(lower, {}).get(cls)

    def is_function_word(self, lower: str) -> bool:
        return lower in self.function_words

    def descriptor_kind(self, word: str) -> str | None:
        """The kind of the noun ``word`` (inflected or compounded), or None."""
        return self.descriptors.find(word)

    def is_anonymous(self, word: str) -> bool:
        return self.anonymous.find(word) is not None

    def is_speech_noun(self, word: str) -> bool:
        return self.speech_nouns.find(word) is not None

    def may_be_name(self, word: str) -> bool:
        """Whether a capitalised word can be a name: not a function word, role, group or age."""

        def compute() -> bool:
            lower = word.lower()
            if lower in self.function_words and not (word.isupper() and len(word) > 1):
                return False
            return not (
                self.descriptor_kind(word) is not None
                or self.is_anonymous(word)
                or self.is_speech_noun(word)
                or self.is_attribution_noun(word)
                or _AGE.fullmatch(word)
            )

        return bool(self._remember("name", word, compute))

    def is_attribution_noun(self, word: str) -> bool:
        def compute() -> bool:
            lower = word.lower()
            if lower[-_TAIL:] not in self._attribution_tails:
                return False
            return any(
                lower[-n:] in self.attribution_nouns for n in range(4, min(16, len(lower)) + 1)
            )

        return bool(self._remember("attribution", word, compute))


class NounTable:
    """Nouns found by themselves, inflected, or as the head of a compound.

    "Regierungssprechers" finds "Sprecher": every entry is expanded once into
    its inflected forms, and a word is looked up whole and then by each of its
    endings that leaves at least two letters of modifier; a head shorter than
    four letters only counts on its own, so short entries do not match inside
    unrelated words.  Answers are remembered (up to a bound).
    """

    def __init__(self, table: Mapping[str, str]) -> None:
        self.forms: dict[str, tuple[str, int]] = {}
        for base, value in table.items():
            for ending in _NOUN_ENDINGS:
                self.forms.setdefault(base + ending, (value, len(base)))
        # the last letters of every form a compound may end in: most words end
        # otherwise, and for them one set lookup replaces a lookup per ending
        self._tails = frozenset(
            form[-_TAIL:] for form, (_, base) in self.forms.items() if base >= 4
        )
        self._memo: dict[str, str | None] = {}

    def find(self, word: str) -> str | None:
        try:
            return self._memo[word]
        except KeyError:
            pass
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()  # bounded memory on a corpus of millions of words
        value = self._memo[word] = self._find(word.lower())
        return value

    def _find(self, lower: str) -> str | None:
        if len(lower) > 40:
            return None
        found = self.forms.get(lower)
        if found is not None:
            return found[0]
        if lower[-_TAIL:] not in self._tails:
            return None
        for cut in range(2, len(lower) - 3):
            found = self.forms.get(lower[cut:])
            if found is not None and found[1] >= 4:
                return found[0]
        return None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.find(word) is not None


def _by_role(rows: list[dict[str, str]]) -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for row in rows:
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


def _verb_rows() -> dict[str, list[VerbForm]]:
    rows = read_table(
        PACKAGE,
        "data/speech_verbs.tsv",
        columns=("lemma", "particle", "present", "plural", "past", "participle", "class"),
        unique=("lemma",),
    )
    forms: dict[str, list[VerbForm]] = {}

    def add(form: str, verb: VerbForm) -> None:
        readings = forms.setdefault(form.lower(), [])
        if verb not in readings:
            readings.append(verb)

    for row in rows:
        lemma, particle, cls = row["lemma"], row["particle"], row["class"]
        if cls not in VERB_CLASSES:
            raise ValueError(f"speech_verbs.tsv: {lemma}: unknown class {cls!r}")
        infinitive = _base_infinitive(lemma, particle)
        plural = row["plural"] or infinitive
        past = row["past"]
        past_plural = past + ("n" if past.endswith("e") else "en")
        finite = VerbForm(lemma, particle, cls, "finite")
        for form in (row["present"], plural, past, past_plural):
            add(form, finite)
        if particle and " " not in particle and particle.islower():
            final = VerbForm(lemma, particle, cls, "final")
            for form in (row["present"], plural, past, past_plural):
                add(particle + form, final)
        # a participle written as two words is looked up by its last word and
        # the finder checks the word before it; "bekanntgegeben" is also
        # written "bekannt gegeben"
        words = row["participle"].split()
        prefix = " ".join(words[:-1])
        add(words[-1], VerbForm(lemma, particle, cls, "participle", prefix))
        if not prefix and particle and words[-1].startswith(particle) and " " not in particle:
            split = words[-1][len(particle) :]
            add(split, VerbForm(lemma, particle, cls, "participle", particle))
    return forms


def _base_infinitive(lemma: str, particle: str) -> str:
    """The infinitive that carries the finite forms: mitteilen -> teilen, deutlich machen -> machen."""
    words = [word for word in lemma.split() if word != "sich"]
    if particle and words[0] == particle:
        words = words[1:]
    elif particle and words[0].startswith(particle):
        words[0] = words[0][len(particle) :]
    return words[-1]


@functools.cache
def vocabulary() -> Vocabulary:
    """The plugin's vocabulary, loaded on first use and shared afterwards."""
    konjunktiv = {
        row["form"]: row["mood"]
        for row in read_table(
            PACKAGE, "data/konjunktiv.tsv", columns=("form", "mood", "lemma"), unique=("form",)
        )
    }
    phrases: dict[str, list[Phrase]] = {}
    for row in read_table(
        PACKAGE,
        "data/attributions.tsv",
        columns=("phrase", "kind", "lemma", "source", "scope"),
        unique=("phrase", "source"),
    ):
        if row["source"] not in SOURCE_POSITIONS or row["scope"] not in SCOPES:
            raise ValueError(f"attributions.tsv: {row['phrase']}: bad source or scope")
        words = tuple(row["phrase"].split())
        phrases.setdefault(words[0], []).append(
            Phrase(words, row["kind"], row["lemma"], row["source"], row["scope"])
        )
    function_words: dict[str, dict[str, str]] = {}
    for row in read_table(
        PACKAGE,
        "data/function_words.tsv",
        columns=("word", "class", "info"),
        unique=("word", "class"),
    ):
        if row["class"] not in FUNCTION_CLASSES:
            raise ValueError(f"function_words.tsv: {row['word']}: unknown class {row['class']!r}")
        function_words.setdefault(row["word"], {})[row["class"]] = row["info"]
    descriptors = {}
    for row in read_table(
        PACKAGE, "data/descriptors.tsv", columns=("word", "kind"), unique=("word",)
    ):
        if row["kind"] not in DESCRIPTOR_KINDS:
            raise ValueError(f"descriptors.tsv: {row['word']}: unknown kind {row['kind']!r}")
        descriptors[row["word"].lower()] = row["kind"]
    name_parts = read_table(
        PACKAGE, "data/name_parts.tsv", columns=("word", "role"), unique=("word",)
    )
    return Vocabulary(
        verbs={form: tuple(readings) for form, readings in _verb_rows().items()},
        konjunktiv=konjunktiv,
        phrases={
            first: tuple(sorted(group, key=lambda p: -len(p.words)))
            for first, group in phrases.items()
        },
        attribution_nouns=frozenset(
            row["noun"].lower()
            for row in read_table(
                PACKAGE, "data/attribution_nouns.tsv", columns=("noun",), unique=("noun",)
            )
        ),
        descriptors=NounTable(descriptors),
        anonymous=NounTable(
            {
                row["word"].lower(): row["word"].lower()
                for row in read_table(
                    PACKAGE, "data/anonymous.tsv", columns=("word",), unique=("word",)
                )
            }
        ),
        speech_nouns=NounTable(
            {
                row["noun"].lower(): row["noun"].lower()
                for row in read_table(
                    PACKAGE, "data/speech_nouns.tsv", columns=("noun",), unique=("noun",)
                )
            }
        ),
        function_words=function_words,
        affiliations={
            row["adjective"]: row["noun"]
            for row in read_table(
                PACKAGE,
                "data/affiliations.tsv",
                columns=("adjective", "noun"),
                unique=("adjective",),
            )
        },
        honorifics=frozenset(r["word"] for r in name_parts if r["role"] == "honorific"),
        particles=frozenset(r["word"] for r in name_parts if r["role"] == "particle"),
        hearsay=_by_role(
            read_table(PACKAGE, "data/hearsay.tsv", columns=("word", "role"), unique=("word",))
        ),
        time_nouns=frozenset(
            row["word"].lower()
            for row in read_table(
                PACKAGE, "data/time_nouns.tsv", columns=("word",), unique=("word",)
            )
        ),
    )
