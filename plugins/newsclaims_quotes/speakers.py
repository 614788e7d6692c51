"""Who is speaking: which noun phrase around a cue is the speaker.

German puts exactly one constituent before the finite verb of a main clause.
When that constituent is a noun phrase ("Der Minister sagte", "Musk hatte
behauptet") it is the speaker; when it is an adverbial ("Am Montag sagte",
"Zudem erklärte"), an inverted attribution (", sagte Müller") or nothing, the
speaker follows the verb, after adverbs, prepositional phrases and dative
objects ("sagte dem Technikportal The Verge" names the medium that relays the
statement, the *via*).  In a verb-final clause ("wie die Polizei mitteilte")
the speaker follows the conjunction; a relative pronoun is the mention as
written and its antecedent the one meant; a passive names its agent or no one.
Noun phrases come from :mod:`.phrases`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .cues import Cue, is_boundary
from .phrases import (
    GENITIVE,
    MAX_SCAN,
    QUOTED_NAME,
    Grammar,
    NounPhrase,
    noun_phrase,
    noun_phrase_before,
)
from .tokens import Token

_COORDINATORS = frozenset({"und", "aber", "doch", "denn", "sondern", "oder"})
_DATIVE_PRONOUNS = frozenset({"ihm", "ihr", "ihnen", "uns", "mir", "dir", "euch", "sich", "es"})
_NOMINATIVE_PRONOUNS = frozenset(
    {
        "er",
        "sie",
        "ich",
        "wir",
        "man",
        "ihr",
        "du",
        "dieser",
        "diese",
        "jener",
        "letzterer",
        "niemand",
        "jemand",
    }
)
# A clause longer than this (in tokens) is cut: no input makes a search quadratic.
_CLAUSE_REACH = 80
_AGENT = frozenset({"von", "vom", "seitens"})
_ADVERB_ENDINGS = (
    "mäß",
    "lich",
    "ig",
    "isch",
    "bar",
    "sam",
    "los",
    "haft",
    "end",
    "weise",
    "falls",
    "dessen",
    "halb",
)
# Pronouns that stand for the source before "zufolge".
_DATIVE_SOURCES = frozenset({"ihm", "ihr", "ihnen"})
_PARTITIVE = frozenset({"einer", "eine", "eines", "keiner", "keine", "jeder", "jede"})
_PASSIVE = frozenset({"wird", "wurde", "werden", "wurden", "worden", "werde", "würde"})
_PLACES = frozenset({"in", "im", "bei", "beim", "auf", "aus"})
# Demonstratives that stand for a document just named: "In diesem wird festgehalten".
_DOCUMENT_PRONOUNS = frozenset({"diesem", "dieser", "diesen", "ihm", "ihr"})
_DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere"})
_NEUTER_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})
# "nach eigenen Angaben": the source is the sentence's subject.
_OWN = frozenset({"eigenen", "eigenem", "eigener"})
_UNAMBIGUOUS_PRONOUNS = frozenset({"er", "ich", "wir", "man"})
# Focus particles that may precede the subject in the first position ("Auch der Minister sagte").
_FOCUS = frozenset({"auch", "nur", "selbst", "sogar", "gerade", "ausgerechnet", "ebenfalls"})
_FEMININE_ENDINGS = ("ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ik", "ur", "ie", "in")
_RELATIVE = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
_RELATIVE_ANY = _RELATIVE | {"dem", "den", "denen", "dessen", "deren", "welchem", "welchen"}
_SUBORDINATORS = frozenset(
    {"wie", "als", "nachdem", "weil", "da", "wenn", "dass", "daß", "ob", "während", "obwohl"}
)


def clause_start(tokens: Sequence[Token], i: int) -> int:
    """The index of the first token of the clause holding token ``i``.

    Short quoted names („Der Spiegel“) and brackets are part of the clause;
    a comma, colon, dash or a longer quote ends it.
    """
    j = i
    while j > 0 and i - j < _CLAUSE_REACH:
        before = tokens[j - 1]
        if before.is_mark and before.quote < 0 and j - 2 >= 0 and tokens[j - 2].quote >= 0:
            # a closing mark: step over a short quote, stop at a long one
            k = j - 2
            quote = tokens[k].quote
            while k >= 0 and tokens[k].quote == quote and j - k <= QUOTED_NAME:
                k -= 1
            if (
                k >= 0
                and tokens[k].is_mark
                and tokens[k].quote < 0
                and tokens[k + 1].quote == quote
            ):
                j = k
                continue
            return j
        if before.quote >= 0 or is_boundary(before):
            return j
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
    #: for a relative pronoun ("der sagte"): the phrase it stands for
    antecedent: NounPhrase | None = None


def verb_speaker(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> Speaker:
    """The subject of the speech verb ``cue``, and a dative medium after it."""
    start = clause_start(tokens, cue.first)
    verb = _finite_index(tokens, cue, start, grammar)
    if verb < start:
        verb = cue.first
    after, via = _subject_after(tokens, verb, len(tokens), grammar)
    if cue.cls == "cite" and cue.position == "finite":
        # "Die Agentur zitiert den Minister", "„…“, zitiert die Agentur den
        # Minister": as for any speech verb, the subject (the agency) speaks;
        # after an impersonal "man" the one quoted does
        citing = _prefield(tokens, start, verb, cue, grammar)
        if citing is None:
            citing = _object_after(tokens, verb, grammar)
            last = citing.last - 1 if citing is not None else verb
        else:
            last = verb
        if citing is not None and not _impersonal(tokens, citing):
            return Speaker(citing)
        quoted = _object_after(tokens, last, grammar)
        if quoted is not None:
            return Speaker(quoted)
    # "sagte er", "forderte er ... auf": an unambiguous nominative pronoun right
    # after the verb is its subject, whatever stands before the verb
    if (
        after is not None
        and after.first == verb + 1
        and tokens[verb + 1].lower in _UNAMBIGUOUS_PRONOUNS
    ):
        return Speaker(after, via)
    # "wurde von der Regierung beschuldigt", "In einem Bericht wurde vermutet":
    # the agent or the document of a passive; "Ihm wird vorgeworfen, ...":
    # without an agent the passive names no speaker
    if cue.position == "participle" and (
        tokens[verb].lower in _PASSIVE
        or (cue.first + 1 < len(tokens) and tokens[cue.first + 1].lower in _PASSIVE)
    ):
        agent = _agent(tokens, start, cue.first, grammar) or document_before(tokens, start, grammar)
        if cue.cls != "cite":
            return Speaker(agent, via)
        # "X wird von der Zeitung zitiert": X speaks, the paper relays
        via = agent or via
    # "... und nannte sie „reine Spekulation“": the subject of the first verb;
    # "nutzte Harris die Gelegenheit, um ... zu spotten": the sentence's subject
    if (
        verb > 0
        and tokens[verb - 1].lower in ("und", "sowie", "oder", "zu")
        and tokens[verb - 1].quote < 0
    ):
        inside = None
        if tokens[verb - 1].lower != "zu" and verb > start:
            inside = _subject_after(tokens, start - 1, verb, grammar)[0]
            if inside is not None and not _head_can_speak(tokens, inside, grammar):
                # "Die Pläne kritisierte Keller und glaubt": past a fronted object
                later = subject_between(tokens, inside.last, verb, grammar)
                inside = later or inside
        if inside is None:
            inside = unit_subject(tokens, grammar)
        if inside is not None:
            return Speaker(inside, via)
    if start < verb:
        # "Dies war nicht die erste und die Hongkonger befürchten, ...": a main
        # clause joined by "und" has its own first position
        start = _coordinated_clause(tokens, start, verb, grammar)
        phrase = _prefield(tokens, start, verb, cue, grammar)
        if phrase is not None:
            antecedent = None
            if (
                phrase.last == phrase.first + 1
                and tokens[phrase.first].lower in _RELATIVE
                and phrase.first > 0
                and tokens[phrase.first - 1].text == ","
            ):
                # "Jimmy Carter, der ... sagte": the pronoun as written, Carter meant
                antecedent = noun_phrase_before(tokens, phrase.first - 1, grammar)
                if antecedent is None and phrase.first >= 3 and not tokens[phrase.first - 2].upper:
                    # "dem Beispiel Athanassiadis folgen, der erklärt hat": past the verb
                    antecedent = noun_phrase_before(tokens, phrase.first - 2, grammar)
            if (
                antecedent is None
                and after is not None
                and (
                    _fronted_object(tokens, phrase, grammar)
                    or _number_clash(tokens, phrase, tokens[verb])
                )
                and can_speak(tokens, after, grammar)
            ):
                # "Die Äußerungen Hassemers bezeichnete Wiefelspütz als …": a
                # fronted object that names no one; the subject follows the verb
                return Speaker(after, via)
            return Speaker(phrase, via, antecedent)
    elif start >= 2 and tokens[start - 1].text == ",":
        # "Anja Hajduk, Sprecherin der Grünen, kritisierte": the verb follows an
        # apposition, not a reported clause, so the sentence's first phrase speaks
        apposed = apposed_subject(tokens, start, grammar)
        if apposed is not None and not (
            after is not None
            and _number_clash(tokens, apposed, tokens[verb])
            and can_speak(tokens, after, grammar)
        ):
            return Speaker(apposed, via)
    if after is not None:
        return Speaker(after, via)
    # "Dazu ließ X verbreiten, ...": the first nominative phrase of the clause
    inside = _subject_after(tokens, start - 1, cue.first, grammar)[0]
    if inside is None and start >= 2 and tokens[start - 1].text == ",":
        # "Müller, der Chef der Firma, sagte": the phrase the appositions hang on
        inside = _sentence_subject(tokens, start, grammar)
    if inside is None:
        # "Aus Militärkreisen verlautete": the body the words come from
        inside = _agent(tokens, start, cue.first, grammar)
    return Speaker(inside, via)


def _prefield(
    tokens: Sequence[Token], start: int, verb: int, cue: Cue, grammar: Grammar
) -> NounPhrase | None:
    """The subject standing before the verb, if the words before it are one."""
    first = start
    while first < verb and (tokens[first].lower in _COORDINATORS or tokens[first].lower in _FOCUS):
        first += 1
    if first >= verb:
        return None
    token = tokens[first]
    final = _verb_final(tokens, cue, grammar)
    if token.lower in _SUBORDINATORS and final:
        return _subject_after(tokens, first, cue.first, grammar)[0]
    if first > 0 and tokens[first - 1].text == "," and token.lower in _RELATIVE_ANY and final:
        if token.lower in _RELATIVE:
            return NounPhrase(first, first + 1)  # the relative pronoun: see verb_speaker
        return _subject_after(tokens, first, cue.first, grammar)[0]
    if (
        token.lower in _NOMINATIVE_PRONOUNS
        and token.lower != "ihr"
        and not _determines(tokens, first, grammar)
    ) or (token.lower == "es" and first + 1 == verb):
        # "Es weist den Vorwurf zurück": a body named before, as "es"
        return NounPhrase(first, first + 1)
    partitive = _partitive(tokens, first, grammar, verb)
    if partitive is not None:
        return partitive
    particled = _particle_name(tokens, first, verb, grammar)
    if particled is not None:
        return particled
    cases = grammar.determiner(token)
    if first + 1 == verb and first == 0 and token.lower.endswith("end"):
        return None  # "Relativierend fügt Gall hinzu": an adverbial participle
    if (
        first == 0
        and (
            first + 1 == verb
            or grammar.vocabulary.function_class(tokens[first + 1].lower, "preposition") is not None
        )
        and grammar.is_name is not None
        and grammar.nounish(token)
        and not grammar.is_name(token)
        and grammar.vocabulary.descriptor_kind(token.text) is None
        and not grammar.vocabulary.is_anonymous(token.text)
        and _adverb_like(token.lower)
    ):
        # "Unmissverständlich sagt das Gericht", "Besorgt äußerte sich X",
        # "Stellvertretend für die Kommission empfahl der Kommissar"
        return None
    if (cases is not None and "n" in cases) or (
        cases is None and (grammar.nounish(token) or token.text.isdigit() or token.is_mark)
    ):
        phrase = noun_phrase(tokens, first, grammar, verb)
        if (
            phrase is not None
            and not (token.lower == "der" and _oblique_der(tokens, phrase))
            and not _temporal(tokens, phrase, grammar)
        ):
            return phrase
    return None


def _particle_name(
    tokens: Sequence[Token], first: int, verb: int, grammar: Grammar
) -> NounPhrase | None:
    """ "Von der Leyen betonte": a surname opening with a particle, capitalised at the start.

    The particle opens the sentence and one capitalised word that is no role,
    body or word of time stands between the particles and a finite verb of
    its own ("Von der Regierung wurde betont" is a prepositional phrase).
    """
    vocabulary = grammar.vocabulary
    if first != 0 or not (tokens[0].upper and tokens[0].lower in vocabulary.particles):
        return None
    k = 1
    while k < verb and tokens[k].lower in vocabulary.particles and not tokens[k].upper:
        k += 1
    if k + 1 != verb or vocabulary.function_class(tokens[verb].lower, "auxiliary") is not None:
        return None
    name = tokens[k]
    if not (
        name.is_word
        and name.upper
        and name.quote < 0
        and not vocabulary.is_function_word(name.lower)
        and vocabulary.descriptor_kind(name.text) is None
        and not vocabulary.is_anonymous(name.text)
        and not vocabulary.is_attribution_noun(name.text)
        and not vocabulary.is_speech_noun(name.text)
        and name.lower not in vocabulary.time_nouns
    ):
        return None
    return NounPhrase(0, verb)


def _temporal(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    """Whether a noun phrase is an adverbial of time ("Ende Januar", "Letzte Woche")."""
    for k in range(phrase.first, phrase.last):
        token = tokens[k]
        if token.is_word and token.upper and grammar.determiner(token) is None:
            return token.lower in grammar.vocabulary.time_nouns
    return False


def _coordinated_clause(tokens: Sequence[Token], start: int, verb: int, grammar: Grammar) -> int:
    """Where the clause of ``verb`` starts when a coordinator joins it to a clause before.

    "Die Lage war ernst und die Polizei warnte": the phrase after "und" fills
    the first position of its own clause.  "Müller und Meier sagten" is one
    coordinated subject and keeps its start.
    """
    first = tokens[start].lower
    if first in _SUBORDINATORS or (first in _RELATIVE_ANY and start > 0):
        return start  # a verb-final clause: "welche X und Y verurteilt"
    for j in range(verb - 2, start, -1):
        token = tokens[j]
        if token.quote >= 0 or token.lower not in _COORDINATORS:
            continue
        phrase = noun_phrase(tokens, j + 1, grammar, verb)
        if phrase is None or any(
            grammar.vocabulary.function_class(tokens[k].lower, "adverb") is None
            and not tokens[k].lower.endswith("seits")
            for k in range(phrase.last, verb)
        ):
            return start  # only adverbs may stand between: "und das FBI seinerseits versprach"
        before = noun_phrase(tokens, start, grammar, j)
        if before is not None and before.last == j:
            return start  # "Müller und Meier": one subject
        return j + 1
    return start


def _adverb_like(lower: str) -> bool:
    """A word shaped like an adjective or a participle used as an adverb."""
    return lower.endswith(_ADVERB_ENDINGS) or (
        lower.startswith(("be", "ge", "er", "ver", "ent", "zer", "über"))
        and lower.endswith(("t", "en"))
    )


def _sentence_subject(tokens: Sequence[Token], start: int, grammar: Grammar) -> NounPhrase | None:
    """The noun phrase at the start of the sentence, past appositions and relative clauses."""
    j = start
    for _ in range(4):  # at most a few appositions back
        if j < 2 or tokens[j - 1].text != ",":
            break
        j = clause_start(tokens, j - 2)
    while j < start and (tokens[j].lower in _FOCUS or tokens[j].lower in _COORDINATORS):
        j += 1
    if j >= start:
        return None
    token = tokens[j]
    if token.lower in _NOMINATIVE_PRONOUNS:
        return NounPhrase(j, j + 1)
    cases = grammar.determiner(token)
    if grammar.nounish(token) or (cases is not None and "n" in cases):
        return noun_phrase(tokens, j, grammar)
    return None


def _agent(tokens: Sequence[Token], start: int, stop: int, grammar: Grammar) -> NounPhrase | None:
    """ "von X" (the agent of a passive) or "in X"/"bei X" (a document or an institution)."""
    found = None
    agent = None
    k = start
    while k < stop:
        lower = tokens[k].lower
        k += 1
        if not (lower in _AGENT or (found is None and lower in _PLACES)):
            continue
        if lower in _PLACES and k < stop and tokens[k].lower in _DOCUMENT_PRONOUNS:
            found = NounPhrase(k, k + 1)  # "In diesem wird festgehalten"
            continue
        if lower == "von" and k < stop and tokens[k].lower == "seiten":
            k += 1  # "Von Seiten der Delegation wurde vorgeworfen"
        phrase = noun_phrase(tokens, k, grammar, stop)
        if phrase is None:
            continue
        if lower in _AGENT and can_speak(tokens, phrase, grammar):
            # the agent stands last, next to the participle: "die Gefahr von
            # Waldbränden wird vom Wetterdienst eingestuft"
            agent = phrase
            k = phrase.last
        elif _has_descriptor(tokens, phrase, grammar, ("organization", "media")) or any(
            grammar.vocabulary.is_speech_noun(tokens[j].text)
            or grammar.vocabulary.is_attribution_noun(tokens[j].text)
            or grammar.vocabulary.is_anonymous(tokens[j].text)
            for j in range(phrase.first, phrase.last)
        ):
            found = phrase
    return agent or found


def document_before(tokens: Sequence[Token], start: int, grammar: Grammar) -> NounPhrase | None:
    """The document a sentence opens with when a relative clause separates it from its verb.

    "In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde
    verkündet, ...", "In diesem wird festgehalten, ..." — the place the words
    stand in speaks for a passive or "heißt es".
    """
    if start < 2 or tokens[0].lower not in _PLACES:
        return None
    if tokens[1].lower in _DOCUMENT_PRONOUNS:
        return NounPhrase(1, 2)
    # the phrase up to the first comma: "der Vorabversion des Berichts"
    end = 1
    while end < start and tokens[end].text != "," and tokens[end].quote < 0:
        end += 1
    phrase = noun_phrase(tokens, 1, grammar, end)
    if phrase is None or not _is_document(tokens, NounPhrase(1, end), grammar):
        return None
    return NounPhrase(1, end)


def _is_document(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    """A text, an institution or a medium: "eine Presseerklärung", "der Bericht", "die Zeitung"."""
    vocabulary = grammar.vocabulary
    return _has_descriptor(tokens, phrase, grammar, ("organization", "media")) or any(
        vocabulary.is_speech_noun(tokens[j].text)
        or vocabulary.is_attribution_noun(tokens[j].text)
        or vocabulary.is_anonymous(tokens[j].text)
        for j in range(phrase.first, phrase.last)
        if tokens[j].upper
    )


def _has_descriptor(
    tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar, kinds: tuple[str, ...]
) -> bool:
    return any(
        grammar.vocabulary.descriptor_kind(tokens[k].text) in kinds
        for k in range(phrase.first, phrase.last)
        if tokens[k].is_word and tokens[k].upper
    )


def apposed_subject(tokens: Sequence[Token], start: int, grammar: Grammar) -> NounPhrase | None:
    """The phrase the appositions before the verb hang on.

    "Müller, der Chef der Firma, sagte" and "Müller, zuständig für X, sagte"
    are appositions of the sentence's first phrase; in "X wies das zurück,
    die Sprecherin der Partei, Anna Boser, erklärte" they follow a clause and
    the first of them speaks; "Die Lage sei ernst, sagte Müller" is a clause
    and gets None.
    """
    end = start - 1  # the comma before the verb
    candidate: NounPhrase | None = None
    for _ in range(4):
        segment = clause_start(tokens, end - 1) if end > 0 else 0
        if segment >= end:
            return candidate
        first = tokens[segment]
        if segment == 0 or tokens[segment - 1].text != ",":
            subordinate = first.lower in _SUBORDINATORS
            if subordinate:
                if candidate is None:
                    return None  # "Wie die Zeitung berichtete, soll X ...": a clause
                segment += 1  # "Wie der Vorsitzende Richter, Ottmar Breidling, ausführte"
            phrase = noun_phrase(tokens, segment, grammar, end)
            if (
                phrase is not None
                and (
                    phrase.last >= end - (0 if subordinate else 1)
                    or (
                        candidate is not None
                        and _has_descriptor(tokens, phrase, grammar, ("person",))
                        and not _has_verb(tokens, phrase.last, end, grammar)
                    )
                )
                and can_speak(tokens, phrase, grammar)
            ):
                return NounPhrase(
                    phrase.first, phrase.last if candidate is None else candidate.last
                )
            return candidate
        # a relative clause ends with its verb ("der Chef der Firma ist"); "die
        # Sprecherin der Fraktion in Berlin" is an apposition, its "die" an article
        relative = first.lower in _RELATIVE_ANY and not tokens[end - 1].upper
        phrase = noun_phrase(tokens, segment, grammar, end)
        whole = phrase is not None and (
            phrase.last >= end - 1
            or _has_descriptor(tokens, phrase, grammar, ("person", "organization", "media"))
        )
        adjectival = not first.upper and grammar.adjective(first) and end - segment <= 6
        if not (relative or whole or adjectival):
            return candidate
        if whole and not relative and phrase is not None and can_speak(tokens, phrase, grammar):
            # the chain of appositions is one mention: "die Sprecherin der Partei, Anna Boser"
            candidate = NounPhrase(
                phrase.first, phrase.last if candidate is None else candidate.last
            )
        else:
            candidate = None  # a relative clause or an adjective between: the chain goes on
        end = segment - 1
    return None


def _has_verb(tokens: Sequence[Token], start: int, end: int, grammar: Grammar) -> bool:
    """Whether tokens ``start``..``end`` hold a word that can only be a verb or an adverb.

    "die Sprecherin von Bündnis 90/Die Grünen" is a phrase; "Die Ministerin
    wies das zurück" is a clause.
    """
    return any(
        token.is_word
        and not token.upper
        and not token.text[0].isdigit()
        and not grammar.vocabulary.is_function_word(token.lower)
        for token in tokens[start:end]
    )


def _object_after(tokens: Sequence[Token], verb: int, grammar: Grammar) -> NounPhrase | None:
    """The accusative object after a verb of citing ("zitiert den Minister", "zitiert Müller")."""
    k = verb + 1
    while k < len(tokens) and k - verb < MAX_SCAN:
        token = tokens[k]
        if is_boundary(token) and not token.is_mark:
            return None
        lower = token.lower
        function = grammar.vocabulary.function_words.get(lower, {})
        if "adverb" in function or lower in _DATIVE_PRONOUNS:
            k += 1
            continue
        if "preposition" in function:
            inner = noun_phrase(tokens, k + 1, grammar)
            k = inner.last if inner is not None else k + 1
            continue
        cases = function.get("determiner")
        if (cases is not None and "a" in cases) or grammar.nounish(token) or token.is_mark:
            return noun_phrase(tokens, k, grammar)
        if lower in ("ihn", "sie", "ihm", "man", "er"):
            return NounPhrase(k, k + 1)
        return None
    return None


def _determines(tokens: Sequence[Token], k: int, grammar: Grammar) -> bool:
    """Whether "dieser"/"diese" at ``k`` is a determiner ("Dieser Vorwurf"), not a pronoun."""
    if tokens[k].lower not in _DEMONSTRATIVES or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return grammar.nounish(following) or grammar.adjective(following)


def unit_subject(tokens: Sequence[Token], grammar: Grammar) -> NounPhrase | None:
    """The first nominative noun phrase of a sentence: a rough guess at its subject."""
    return _subject_after(tokens, -1, len(tokens), grammar)[0]


def subject_between(
    tokens: Sequence[Token], start: int, stop: int, grammar: Grammar
) -> NounPhrase | None:
    """The first nominative noun phrase of tokens ``start``..``stop`` that can speak.

    A phrase can speak when it holds a name, a role, an organisation or
    medium, or is a personal pronoun ("Das Fazit von Sandra Boser",
    "der Minister", "er"); "die Lage" cannot.
    """
    phrase = _subject_after(tokens, start - 1, stop, grammar)[0]
    if phrase is None:
        return None
    return phrase if can_speak(tokens, phrase, grammar) else None


def can_speak(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    """Whether a noun phrase names someone: a name, a role, an organisation, a pronoun."""
    vocabulary = grammar.vocabulary
    for k in range(phrase.first, phrase.last):
        token = tokens[k]
        if token.lower in _NOMINATIVE_PRONOUNS:
            return True
        if not (token.is_word and token.upper) or vocabulary.is_function_word(token.lower):
            continue
        if vocabulary.descriptor_kind(token.text) is not None or vocabulary.is_anonymous(
            token.text
        ):
            return True
        if vocabulary.is_speech_noun(token.text) or vocabulary.is_attribution_noun(token.text):
            continue
        if grammar.is_name is not None:
            if grammar.is_name(token) or (token.text.isupper() and len(token.text) > 1):
                return True  # a name the article uses as one, or an acronym
            continue
        if k > phrase.first and grammar.determiner(tokens[k - 1]):
            continue  # a common noun after its article: "die Lage"
        if k == phrase.first or tokens[k - 1].upper or tokens[k - 1].lower in ("von", "vom"):
            return True  # a name: "Sandra Boser", "von Sandra Boser"
    return False


def _number_clash(tokens: Sequence[Token], phrase: NounPhrase, verb: Token) -> bool:
    """Whether a plural phrase stands before a singular verb, so it cannot be its subject.

    "Die tibetischen Mönche … beschrieb die Agentur als „aggressiv“": after
    "die" an adjective in "-en" marks a plural (the singular reads "die
    tibetische"); a third person plural verb ends in "-n" ("beschrieben").
    """
    if phrase.last - phrase.first < 3 or tokens[phrase.first].lower != "die":
        return False
    adjective = tokens[phrase.first + 1]
    return (
        adjective.is_word
        and not adjective.upper
        and adjective.lower.endswith("en")
        and verb.is_word
        and not verb.lower.endswith("n")
    )


def _impersonal(tokens: Sequence[Token], phrase: NounPhrase) -> bool:
    """Whether a phrase is the impersonal "man"."""
    return phrase.last - phrase.first == 1 and tokens[phrase.first].lower == "man"


def _fronted_object(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    """Whether a phrase before the verb reads as its object, not its subject.

    "Das berichtet die Zeitung", "Die Pläne der Stadt nannte Keller „teuer“":
    a neuter demonstrative, or a phrase whose article may be accusative and
    whose head names no one.  "Der Sicherheitsrat rief ... auf" keeps its
    nominative article; "Einer der Helfer" is a partitive subject.
    """
    first = tokens[phrase.first]
    if phrase.last - phrase.first == 1:
        return first.lower in _NEUTER_DEMONSTRATIVES
    if first.lower in _PARTITIVE:
        return False
    cases = grammar.determiner(first)
    if cases is not None and "a" not in cases:
        return False
    return not _head_can_speak(tokens, phrase, grammar)


def _head_can_speak(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    """Whether the head of a noun phrase names someone: "die Äußerungen Hassemers" does not.

    The head is the phrase's first noun; a genitive after it ("der Sprecher
    der Partei", "die Pläne der Stadt") does not make the phrase a speaker.
    """
    k = phrase.first
    seen_noun = False
    while k < phrase.last:
        token = tokens[k]
        if token.is_word and token.upper and grammar.determiner(token) is None:
            seen_noun = True
        elif seen_noun:
            break  # the complement begins: "der", "von", "("
        k += 1
    return can_speak(tokens, NounPhrase(phrase.first, k), grammar)


def opinion_holder(tokens: Sequence[Token], grammar: Grammar) -> NounPhrase | None:
    """ "Für den Minister ist die Lage „alarmierend“": the person a sentence opens with "für"."""
    if len(tokens) < 3 or tokens[0].lower != "für":
        return None
    phrase = noun_phrase(tokens, 1, grammar)
    if phrase is None or not names_person(tokens, phrase, grammar):
        return None
    return phrase


def names_person(tokens: Sequence[Token], phrase: NounPhrase, grammar: Grammar) -> bool:
    """Whether a noun phrase names a person: a role noun, or a name of two words ("Usman Ngom")."""
    is_name = grammar.is_name
    for k in range(phrase.first, phrase.last):
        token = tokens[k]
        if not token.is_word or grammar.determiner(token) is not None:
            continue
        if not token.upper:
            if grammar.adjective(token):
                continue
            return False
        # the head decides: "die Zahl der Menschen" names no one
        if grammar.vocabulary.descriptor_kind(token.text) == "person":
            return True
        return (
            is_name is not None
            and k + 1 < phrase.last
            and is_name(token)
            and is_name(tokens[k + 1])
        )
    return False


def _verb_final(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> bool:
    """Whether the cue ends its clause (a relative or subordinate clause)."""
    j = cue.first + 1
    # an auxiliary may follow: "wie er erklärt hatte", "wie mitgeteilt worden war"
    while (
        j < len(tokens)
        and j - cue.first <= 2
        and (
            grammar.vocabulary.function_class(tokens[j].lower, "auxiliary") is not None
            or tokens[j].lower in ("worden", "gewesen")
        )
    ):
        j += 1
    return j >= len(tokens) or is_boundary(tokens[j]) or tokens[j].text in ".!?"


def _subject_after(
    tokens: Sequence[Token], i: int, stop: int, grammar: Grammar
) -> tuple[NounPhrase | None, NounPhrase | None]:
    """The first nominative noun phrase after token ``i``, and a dative medium on the way."""
    vocabulary = grammar.vocabulary
    via: NounPhrase | None = None
    k = i + 1
    end = min(stop, len(tokens))
    scanned = 0
    while k < end and scanned < MAX_SCAN:
        scanned += 1
        token = tokens[k]
        if token.is_mark and token.quote < 0 and k + 1 < end and tokens[k + 1].quote >= 0:
            phrase = noun_phrase(tokens, k, grammar, end)  # „Die Zeit“
            if phrase is not None:
                return phrase, via
            break
        if token.quote >= 0 or (is_boundary(token) and token.text not in "–—"):
            break
        lower = token.lower
        if not token.is_word:
            k += 1
            continue
        if lower in _NOMINATIVE_PRONOUNS and lower != "ihr" and not _determines(tokens, k, grammar):
            return NounPhrase(k, k + 1), via
        if lower in _DATIVE_PRONOUNS:
            k += 1
            continue
        function = vocabulary.function_words.get(lower, {})
        if "preposition" in function:
            if (
                k > 0
                and tokens[k - 1].text == ","
                and k + 1 < end
                and tokens[k + 1].lower in _RELATIVE_ANY
            ):
                k += 2  # ", bei dem Trump behauptete": a relative pronoun, not a phrase
                if tokens[k - 1].lower in ("dessen", "deren") and k < end:
                    # ", in dessen Folge das Gericht feststellte": its noun goes too
                    owned = noun_phrase(tokens, k, grammar, end)
                    k = owned.last if owned is not None else k
                continue
            inner = noun_phrase(tokens, k + 1, grammar, end)
            if inner is not None and lower == "gegenüber" and _is_medium(tokens, inner, grammar):
                via = via or inner
            k = inner.last if inner is not None else k + 1
            continue
        partitive = _partitive(tokens, k, grammar, end)
        if partitive is not None:
            return partitive, via
        cases = function.get("determiner")
        if cases is not None:
            phrase = noun_phrase(tokens, k, grammar, end)
            if phrase is None:
                k += 1
                continue
            if "n" not in cases or (lower == "der" and _oblique_der(tokens, phrase)):
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


def _partitive(tokens: Sequence[Token], k: int, grammar: Grammar, end: int) -> NounPhrase | None:
    """ "Einer der 13 Feuerwehrmänner", "keiner von ihnen": a pronoun with its group."""
    if tokens[k].lower not in _PARTITIVE or k + 1 >= end:
        return None
    following = tokens[k + 1].lower
    if following in ("von", "vom"):
        inner = noun_phrase(tokens, k + 2, grammar, end)
    elif following in ("der", "des"):
        inner = noun_phrase(tokens, k + 1, grammar, end)
    else:
        return None
    return None if inner is None else NounPhrase(k, inner.last)


def _oblique_der(tokens: Sequence[Token], phrase: NounPhrase) -> bool:
    """Whether a phrase opened by "der" is a dative or genitive, not a nominative.

    "der Zeitung" (a feminine head) and "der englischen Zeitung", "der
    großen Partei" (a nominative would read "der große") are not subjects.
    """
    for k in range(phrase.first + 1, phrase.last):
        token = tokens[k]
        if not token.is_word:
            continue
        if token.upper:
            # "-eur" nouns are masculine: "der Gouverneur", "der Redakteur"
            return token.lower.endswith(_FEMININE_ENDINGS) and not token.lower.endswith("eur")
        if token.lower.endswith("en"):
            return True
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
        k = cue.last + 1
        pronoun = (
            grammar.vocabulary.function_class(tokens[k].lower, "pronoun")
            if k < len(tokens)
            else None
        )
        if pronoun is not None and pronoun != "o" and not _determines(tokens, k, grammar):
            # ", so letztere": a subject pronoun ("ihm" in "laut ihm" is an object form)
            return Speaker(NounPhrase(k, k + 1))
        return Speaker(noun_phrase(tokens, k, grammar))
    if source == "before":
        end = cue.first
        if end > 0 and tokens[end - 1].lower in _DATIVE_SOURCES:
            return Speaker(NounPhrase(end - 1, end))  # "Ihnen zufolge"
        if end > 0 and tokens[end - 1].text == "," and cue.lemma == "wonach":
            end -= 1  # "Berichte, wonach ...": the report speaks
        phrase = noun_phrase_before(tokens, end, grammar)
        if phrase is None and cue.lemma == "wonach":
            phrase = NounPhrase(cue.first, cue.last + 1)  # the word points back itself
        return Speaker(phrase)
    if source == "noun":
        phrase = _noun_source(tokens, cue, grammar)
        if phrase is not None and tokens[phrase.first].lower in _OWN:
            # "Die Feuerwehr hat nach eigenen Angaben ...": the words as written,
            # the subject of the sentence meant
            return Speaker(phrase, antecedent=subject_between(tokens, 0, len(tokens), grammar))
        return Speaker(phrase)
    if source == "possessor":
        return Speaker(NounPhrase(cue.noun - 1, cue.noun))  # "seiner [Meinung nach]"
    if source == "subject":
        return Speaker(_heisst_source(tokens, cue, grammar))
    # "demnach", "wonach": the word itself refers back to the source
    return Speaker(NounPhrase(cue.first, cue.last + 1))


def _noun_source(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> NounPhrase | None:
    """The source of "nach Angaben ...": the complement, else the words up to the noun.

    "nach Angaben des Ministeriums" -> "des Ministeriums"; "nach Angaben
    Ibrahims" -> "Ibrahims"; "nach Polizeiangaben" -> "Polizeiangaben";
    "nach Schäubles Idee", "nach eigenen Angaben" -> the words after "nach".
    """
    noun = cue.noun
    after = noun + 1
    if after < len(tokens):
        word = tokens[after].lower
        if word in GENITIVE or word in ("von", "vom"):
            start = after + 1 if word in ("von", "vom") else after
            phrase = noun_phrase(tokens, start, grammar)
            if phrase is not None:
                return phrase
        elif grammar.nounish(tokens[after]) and tokens[after].lower.endswith("s"):
            phrase = noun_phrase(tokens, after, grammar)
            if phrase is not None:
                return phrase
    return NounPhrase(cue.last + 1, noun + 1)


def _heisst_source(tokens: Sequence[Token], cue: Cue, grammar: Grammar) -> NounPhrase | None:
    """ "heißt es in der Mitteilung", "hieß es vom Sprecher X", "In der Erklärung heißt es"."""
    k = cue.last + 1
    if k < len(tokens) and (tokens[k].lower in _PLACES or tokens[k].lower in _AGENT):
        return noun_phrase(tokens, k + 1, grammar)
    start = clause_start(tokens, cue.first)
    if cue.first - start >= 2 and (tokens[start].lower in _PLACES or tokens[start].lower in _AGENT):
        return noun_phrase(tokens, start + 1, grammar, cue.first)
    return document_before(tokens, start, grammar)
