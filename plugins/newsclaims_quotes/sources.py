"""From speaker mentions to sources: one :class:`newsclaims.Source` per person, body or group.

A mention is resolved, in this order, as

* a pronoun or "demnach" (an anaphor): to the most recent compatible source
  — for "er" a person not known to be a woman, for "sie" a woman, a body or
  a group; persons mentioned first in the nearest earlier sentence win,
  because German puts the subject first;
* a name: to the fullest form of that name in the article ("Musk" ->
  "Elon Musk");
* a definite description ("der Milliardär", "der Republikaner", "der
  78-Jährige"): to the person the article introduced with that role,
  affiliation or age (:mod:`.names`), else — for an age — like a pronoun;
* anything else: a source named by the description itself, anonymous when it
  is indefinite or plural ("zwei Insider des Unternehmens", "ein Sprecher").

Every quote of the same source gets the same :class:`~newsclaims.Source` object.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from newsclaims import Mention, Source, SourceKind

from .names import _AGE_WORD, ARTICLES, NameIndex, NameRun, role_key
from .phrases import Grammar, NounPhrase
from .statements import Attribution
from .tokens import Token
from .units import Unit
from .vocabulary import Vocabulary

# How many names back a description looks for the person it describes.
_LATEST_REACH = 200
# How many sentences back a pronoun looks for its antecedent.
_ANAPHOR_UNITS = 4
_MASCULINE = frozenset({"er", "dieser", "jener", "letzterer"})
_FEMININE = frozenset({"sie", "diese", "jene", "letztere"})
_IMPERSONAL = frozenset({"man", "ich", "wir", "du", "es", "niemand", "jemand"})
_ANAPHORIC_PHRASES = frozenset({"demnach", "wonach", "danach"})


@attrs.define(eq=False)
class Entity:
    """A source as the resolver builds it up."""

    name: str
    kind: SourceKind
    gender: str = ""
    aliases: list[str] = attrs.field(factory=list)
    descriptions: list[str] = attrs.field(factory=list)
    #: the mentions by (start, end): a dict, because one source may be named thousands of times
    mentions: dict[tuple[int, int], Mention] = attrs.field(factory=dict)
    used: bool = False


class Resolver:
    """Resolves the speaker and relay mentions of one document."""

    def __init__(
        self, text: str, units: Sequence[Unit], grammar: Grammar, index: NameIndex
    ) -> None:
        self.text = text
        self.units = units
        self.grammar = grammar
        self.index = index
        self.entities: dict[str, Entity] = {}
        # (unit index, token index, entity) of every name in the article, in text order
        # entries hold a NameRun until a pronoun needs its entity (most never do)
        self.timeline: list[tuple[int, int, Entity | NameRun]] = []
        self._placed: set[tuple[int, int, int]] = set()
        for run in self.index.runs:
            self.timeline.append((run.unit, run.first, run))

    # -- entities ---------------------------------------------------------------

    def _entity(self, name: str, kind: SourceKind) -> Entity:
        key = name.casefold()
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(name, kind)
            self.entities[key] = entity
        elif entity.kind is SourceKind.UNKNOWN and kind is not SourceKind.UNKNOWN:
            entity.kind = kind
        return entity

    def _entity_for_run(self, run: NameRun) -> Entity:
        canonical = self.index.canonical(run.words)
        profile = self.index.profiles.get(canonical)
        unit = self.units[run.unit]
        before = unit.word_list.texts[run.first - 1] if run.first > 0 else ""
        described = (
            self.grammar.vocabulary.descriptor_kind(before) if before[:1].isupper() else None
        )
        if described in ("media", "organization"):
            kind = SourceKind.MEDIA if described == "media" else SourceKind.ORGANIZATION
        elif canonical.isupper() and len(canonical) > 1:
            kind = SourceKind.ORGANIZATION
        elif len(canonical.split()) >= 2 or (profile is not None and profile.roles):
            kind = SourceKind.PERSON
        else:
            kind = SourceKind.UNKNOWN
        entity = self._entity(canonical, kind)
        if profile is not None:
            entity.gender = entity.gender or profile.gender
            for description in profile.descriptions:
                if description not in entity.descriptions:
                    entity.descriptions.append(description)
        if run.text != canonical and run.text not in entity.aliases:
            entity.aliases.append(run.text)
        return entity

    # -- resolution ---------------------------------------------------------------

    def resolve(self, attribution: Attribution) -> tuple[Mention | None, Entity | None]:
        """The speaker mention of ``attribution`` and the entity it stands for."""
        return self._resolve(attribution.speaker, attribution.speaker_unit, attribution)

    def resolve_via(self, attribution: Attribution) -> Entity | None:
        if attribution.via is None or attribution.speaker_unit is None:
            return None
        mention, entity = self._resolve(attribution.via, attribution.speaker_unit, None)
        if entity is not None and mention is not None:
            entity.mentions.setdefault((mention.start, mention.end), mention)
        return entity

    def _resolve(
        self, phrase: NounPhrase | None, unit: Unit | None, attribution: Attribution | None
    ) -> tuple[Mention | None, Entity | None]:
        if phrase is None or unit is None:
            return None, None
        tokens = unit.tokens
        start, end = phrase.span(tokens)
        mention = Mention.at(self.text, start, end)
        words = [t for t in tokens[phrase.first : phrase.last] if t.is_word]
        if not words:
            return mention, None
        first = words[0].lower
        entity: Entity | None
        antecedent = attribution.antecedent if attribution is not None else None
        if antecedent is not None or (len(words) == 1 and first in _ANAPHORIC_PHRASES):
            # "demnach", or a relative pronoun: the source is what it points back to
            entity = None
            if antecedent is not None and antecedent is not attribution:
                entity = self._resolve(antecedent.speaker, antecedent.speaker_unit, antecedent)[1]
        elif len(words) == 1 and (first in _MASCULINE or first in _FEMININE):
            entity = self._anaphor(first, unit.index, phrase.first)
        elif len(words) == 1 and (
            owner := self.grammar.vocabulary.function_class(first, "possessive")
        ):
            # "seiner Meinung nach": the owner, as the pronoun of that gender would be
            entity = self._anaphor("er" if "m" in owner else "sie", unit.index, phrase.first)
        elif len(words) == 1 and first in _IMPERSONAL:
            entity = None
        else:
            entity = self._describe(tokens, phrase, unit)
        if entity is not None:
            entity.used = True
            entity.mentions.setdefault((mention.start, mention.end), mention)
            self._mention_at(unit.index, phrase.first, entity)
        return mention, entity

    def _entity_at(self, k: int) -> Entity:
        unit_index, token, item = self.timeline[k]
        if isinstance(item, Entity):
            return item
        entity = self._entity_for_run(item)
        self.timeline[k] = (unit_index, token, entity)
        return entity

    def _mention_at(self, unit_index: int, token: int, entity: Entity) -> None:
        """Put a resolved mention on the timeline (appending in the usual, text-order case)."""
        key = (unit_index, token, id(entity))
        if key in self._placed:
            return
        self._placed.add(key)
        entry = (unit_index, token, entity)
        if not self.timeline or _position(self.timeline[-1]) <= (unit_index, token):
            self.timeline.append(entry)
        else:
            bisect.insort(self.timeline, entry, key=_position)

    def _describe(self, tokens: Sequence[Token], phrase: NounPhrase, unit: Unit) -> Entity | None:
        """A name, a description that points back to a name, or a description source."""
        grammar = self.grammar
        vocabulary = grammar.vocabulary
        inner = tokens[phrase.first : phrase.last]
        run = self._name_in(inner)
        kinds = [vocabulary.descriptor_kind(t.text) for t in inner if t.is_word and t.upper]
        if run:
            canonical = self.index.canonical(run)
            if "media" in kinds[:2]:
                kind = SourceKind.MEDIA
            elif "organization" in kinds[:2] or (canonical.isupper() and len(canonical) > 1):
                kind = SourceKind.ORGANIZATION
            elif len(canonical.split()) >= 2 or "person" in kinds:
                kind = SourceKind.PERSON
            else:
                kind = SourceKind.UNKNOWN
            named_entity = self._entity(canonical, kind)
            surface = " ".join(run)
            if surface != canonical and surface not in named_entity.aliases:
                named_entity.aliases.append(surface)
            return named_entity
        quoted = [t.text for t in inner if t.quote >= 0 and t.is_word]
        if quoted:  # „Der Spiegel“, „Computerwoche“: a quoted title names a medium
            return self._entity(" ".join(quoted), SourceKind.MEDIA)
        words = [t for t in inner if t.is_word]
        article = words[0].lower if words[0].lower in ARTICLES else ""
        definite = article in ("der", "die", "das", "den", "dem", "des")
        head = next((t for t in words if grammar.nounish(t)), None)
        age = next((m for t in words if (m := _AGE_WORD.fullmatch(t.text))), None)
        if definite and age is not None:
            named = self._latest(self.index.aged(age.group(1)), unit)
            aged = self.entities.get(named.casefold()) if named is not None else None
            return aged or self._anaphor(
                "sie" if article == "die" else "er", unit.index, phrase.first
            )
        if definite and head is not None and not _has_complement(words, head):
            named = self._latest(self.index.holders(role_key(head.text, grammar)), unit)
            if named is not None:
                entity = self.entities.get(named.casefold())
                if entity is not None:
                    description = _without_article(words)
                    if description not in entity.descriptions:
                        entity.descriptions.append(description)
                    return entity
        name = _without_article(words)
        if not name:
            return None
        kind = _description_kind(kinds, article, words, vocabulary)
        return self._entity(name, kind)

    def _name_in(self, inner: Sequence[Token]) -> list[str]:
        """The name in a phrase: an apposed name, else the longest run ("Tech-Milliardär [Elon Musk]")."""
        # runs of name words, each with whether it fills a whole comma segment:
        # in "die Sprecherin der Partei in Berlin, Anna Boser" the apposed name
        # is the person, whatever else the phrase names
        runs: list[tuple[bool, int, list[str]]] = []
        current: list[str] = []
        opens_segment = False
        for k, token in enumerate(inner):
            if self.index.is_name_word(token) or (
                current and token.text in self.grammar.vocabulary.particles
            ):
                if not current:
                    opens_segment = k == 0 or inner[k - 1].text == ","
                current.append(token.text)
                continue
            if current:
                runs.append((opens_segment and token.text in ",(", len(current), current))
            current = []
        if current:
            runs.append((opens_segment, len(current), current))
        best = max(runs, key=lambda run: (run[0], run[1]), default=(False, 0, []))[2]
        while best and best[-1] in self.grammar.vocabulary.particles:
            best = best[:-1]
        if not best:
            # a single capitalised word the article never uses after an article
            capitals = [
                t.text
                for t in inner
                if t.is_word
                and t.upper
                and not self.grammar.vocabulary.is_function_word(t.lower)
                and self.grammar.vocabulary.descriptor_kind(t.text) is None
                and not self.grammar.vocabulary.is_anonymous(t.text)
                and not self.grammar.vocabulary.is_attribution_noun(t.text)
                and self.index.common[t.lower] == 0
                and t.quote < 0
            ]
            if len(capitals) == 1 and inner[0].text == capitals[0]:
                best = capitals
        return best

    def _latest(self, names: Iterable[str], unit: Unit) -> str | None:
        """Of several names, the one mentioned last before ``unit``."""
        wanted = {name.casefold() for name in names}
        if not wanted:
            return None
        end = bisect.bisect_right(self.timeline, (unit.index, 1 << 30), key=_position)
        for k in range(end - 1, max(-1, end - 1 - _LATEST_REACH), -1):
            candidate = self._entity_at(k)
            if candidate.name.casefold() in wanted:
                return candidate.name
        return min(wanted)

    def _anaphor(self, word: str, unit_index: int, token: int) -> Entity | None:
        """The most recent source a pronoun can stand for."""
        masculine = word in _MASCULINE
        end = bisect.bisect_left(self.timeline, (unit_index, token), key=_position)
        for strict in (True, False):
            nearest_unit = None
            chosen = None
            for k in range(end - 1, -1, -1):
                unit_i = self.timeline[k][0]
                entity = self._entity_at(k)
                if unit_index - unit_i > _ANAPHOR_UNITS:
                    break
                if not _compatible(entity, masculine, strict):
                    continue
                if nearest_unit is None:
                    nearest_unit = unit_i
                if unit_i != nearest_unit:
                    break
                chosen = entity  # keep going: the first in that sentence wins
                if unit_i == unit_index:
                    break  # in the same sentence the closest one wins
            if chosen is not None:
                return chosen
        return None

    # -- output -------------------------------------------------------------------

    def sources(self) -> dict[int, Source]:
        """One Source per used entity, keyed by ``id(entity)``."""
        built = {}
        for entity in self.entities.values():
            if not entity.used and not entity.mentions:
                continue
            built[id(entity)] = Source(
                name=entity.name,
                kind=entity.kind,
                aliases=tuple(entity.aliases),
                descriptions=tuple(entity.descriptions),
                # every mention, in text order: the core checks a shared source once
                mentions=tuple(entity.mentions[key] for key in sorted(entity.mentions)),
            )
        return built


def _position(entry: tuple[int, int, Entity | NameRun]) -> tuple[int, int]:
    return entry[0], entry[1]


def _compatible(entity: Entity, masculine: bool, strict: bool) -> bool:
    if masculine:
        if entity.gender == "f":
            return False
        return entity.kind is SourceKind.PERSON or (
            not strict and entity.kind is SourceKind.UNKNOWN
        )
    if entity.gender == "f" or entity.kind in (
        SourceKind.ORGANIZATION,
        SourceKind.MEDIA,
        SourceKind.ANONYMOUS,
    ):
        return True
    return (
        not strict
        and entity.kind in (SourceKind.PERSON, SourceKind.UNKNOWN)
        and entity.gender != "m"
    )


def _has_complement(words: Sequence[Token], head: Token) -> bool:
    """Whether a genitive or "von" follows the head ("der Sprecher des Ministeriums")."""
    after = False
    for token in words:
        if token is head:
            after = True
        elif after and token.lower in ("des", "der", "von", "vom", "eines", "einer"):
            return True
    return False


def _without_article(words: Sequence[Token]) -> str:
    start = 1 if words and words[0].lower in ARTICLES else 0
    return " ".join(t.text for t in words[start:])


def _description_kind(
    kinds: Sequence[str | None], article: str, words: Sequence[Token], vocabulary: Vocabulary
) -> SourceKind:
    head_kind = next((k for k in kinds if k is not None), None)
    indefinite = article in ("ein", "eine", "einen", "einem", "einer", "eines") or not article
    anonymous = any(vocabulary.is_anonymous(t.text) for t in words if t.upper)
    if head_kind == "media":
        return SourceKind.MEDIA
    if head_kind == "organization":
        return SourceKind.ORGANIZATION
    if anonymous and indefinite:
        return SourceKind.ANONYMOUS
    if head_kind == "person":
        # "ein Sprecher" is anonymous; "Bürgermeisterin: „…“" (no article) is a person
        return SourceKind.ANONYMOUS if indefinite and article else SourceKind.PERSON
    return SourceKind.UNKNOWN
