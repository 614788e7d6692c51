"""The hook implementation: statements in, :class:`newsclaims.Quote` and :class:`newsclaims.Source` out."""

from __future__ import annotations

import newsclaims
from newsclaims import Cue, CueKind, Document, Quote, QuoteKind, Source

from .finder import find_statements
from .sources import Resolver
from .statements import Attribution
from .vocabulary import vocabulary


@newsclaims.hookimpl
def newsclaims_extract(document: Document) -> list[Quote | Source]:
    """Direct and indirect quotes with their speakers, and the sources they resolve to."""
    text = document.text
    words = vocabulary()
    units, statements, names = find_statements(document, words)
    if not statements:
        return []
    resolver = Resolver(text, units, names.grammar, names)
    resolved = []
    for statement in statements:
        attribution = statement.attribution
        mention = entity = via = None
        if attribution is not None:
            mention, entity = resolver.resolve(attribution)
            via = resolver.resolve_via(attribution)
            if via is entity:
                via = None
        resolved.append((statement, attribution, mention, entity, via))
    sources = resolver.sources()
    items: list[Quote | Source] = []
    for statement, attribution, mention, entity, via in resolved:
        items.append(
            Quote.at(
                text,
                statement.start,
                statement.end,
                kind=QuoteKind(statement.kind),
                speaker=mention,
                source=None if entity is None else sources.get(id(entity)),
                cue=None if attribution is None else _cue(text, attribution),
                via=None if via is None else sources.get(id(via)),
            )
        )
    items.extend(sources.values())
    return items


def _cue(text: str, attribution: Attribution) -> Cue | None:
    cue, unit = attribution.cue, attribution.cue_unit
    if cue is None or unit is None:
        return None
    tokens = unit.tokens
    kind = CueKind.VERB
    if cue.kind == "phrase":
        preposition = cue.phrase is not None and cue.phrase.kind == "preposition"
        kind = CueKind.PREPOSITION if preposition else CueKind.PHRASE
    return Cue.at(text, tokens[cue.first].start, tokens[cue.last].end, lemma=cue.lemma, kind=kind)
