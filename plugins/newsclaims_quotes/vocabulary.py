"""The reviewed word lists under ``data/``, loaded once into lookups.

Every piece of linguistic knowledge the plugin uses lives in a table: speech
verbs with their forms, Konjunktiv forms, attribution phrases, the nouns that
make "nach ..." an attribution, descriptors of people, organisations and
media, function words, and the words inside names.  This module only turns the
tables into the dictionaries and sets the other modules look words up in.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from newsclaims.lexicon import read_table

PACKAGE = "newsclaims_quotes"

#: The verb classes of ``speech_verbs.tsv``.
VERB_CLASSES = frozenset({"say", "think", "ask", "urge", "judge", "cite"})
#: The kinds of ``descriptors.tsv``.
DESCRIPTOR_KINDS = frozenset({"person", "organization", "media"})
#: Where ``attributions.tsv`` says the source of a phrase stands.
SOURCE_POSITIONS = frozenset({"after", "before", "noun", "subject", "previous"})
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
    }
)

# Endings that inflect a noun without changing what it names: Sprecher-s,
# Präsident-en, Minister-in, Minister-innen, Vorsitzende-r.
_NOUN_ENDINGS = ("", "s", "es", "n", "en", "e", "r", "in", "innen", "nen")


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
    attribution_nouns: tuple[str, ...]
    #: lowercase descriptor noun -> kind.
    descriptors: Mapping[str, str]
    #: lowercase anonymous-group nouns (mapped to themselves).
    anonymous: Mapping[str, str]
    #: lowercase speech nouns ("worten", "parole"), mapped to themselves.
    speech_nouns: Mapping[str, str]
    #: lowercase word -> {class: info}.
    function_words: Mapping[str, Mapping[str, str]]
    #: lowercase adjective stem -> member noun.
    affiliations: Mapping[str, str]
    #: honorifics and name particles as written.
    honorifics: frozenset[str]
    particles: frozenset[str]

    def function_class(self, lower: str, cls: str) -> str | None:
        """The info of ``lower`` as a function word of class ``cls``, or None."""
        return self.function_words.get(lower, {}).get(cls)

    def is_function_word(self, lower: str) -> bool:
        return lower in self.function_words

    def descriptor_kind(self, word: str) -> str | None:
        """The kind of the noun ``word`` (inflected or compounded), or None."""
        return _compound_lookup(word, self.descriptors)

    def is_anonymous(self, word: str) -> bool:
        return _compound_lookup(word, self.anonymous) is not None

    def is_speech_noun(self, word: str) -> bool:
        return _compound_lookup(word, self.speech_nouns) is not None

    def is_attribution_noun(self, word: str) -> bool:
        lower = word.lower()
        return any(lower.endswith(noun) for noun in self.attribution_nouns)


def _compound_lookup(word: str, table: Mapping[str, str]) -> str | None:
    """Look a noun up by itself, without inflection, or by the head of its compound.

    "Regierungssprechers" finds "sprecher"; the head must leave at least two
    letters of modifier so that short entries do not match inside unrelated
    words.
    """
    lower = word.lower()
    if len(lower) > 40:
        return None
    for ending in _NOUN_ENDINGS:
        if ending and not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)] if ending else lower
        if len(stem) < 2:
            continue
        if stem in table:
            return table[stem]
        # the head of a compound: "tech-milliardär", "regierungssprecher"
        if "-" in stem and stem.rsplit("-", 1)[1] in table:
            return table[stem.rsplit("-", 1)[1]]
        for cut in range(2, len(stem) - 2):
            head = stem[cut:]
            if head in table and len(head) >= 4:
                return table[head]
    return None


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
        unique=("phrase",),
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
        attribution_nouns=tuple(
            row["noun"].lower()
            for row in read_table(
                PACKAGE, "data/attribution_nouns.tsv", columns=("noun",), unique=("noun",)
            )
        ),
        descriptors=descriptors,
        anonymous={
            row["word"].lower(): row["word"].lower()
            for row in read_table(
                PACKAGE, "data/anonymous.tsv", columns=("word",), unique=("word",)
            )
        },
        speech_nouns={
            row["noun"].lower(): row["noun"].lower()
            for row in read_table(
                PACKAGE, "data/speech_nouns.tsv", columns=("noun",), unique=("noun",)
            )
        },
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
    )
