"""The hook implementation: statements in, :class:`newsclaims.Quote` and :class:`newsclaims.Source` out."""

from __future__ import annotations

from collections.abc import Iterable

import newsclaims
from newsclaims import Cue, CueKind, Document, Mention, Quote, QuoteKind, Source

from .finder import find_statements
from .statements import Attribution, Statement
from .vocabulary import vocabulary


@newsclaims.hookimpl
def newsclaims_extract(document: Document) -> Iterable[Quote | Source]:
    """Direct and indirect quotes with their speakers and the sources they resolve to."""
    text = document.text
    statements = find_statements(document, vocabulary())
    quotes: list[Quote | Source] = []
    for statement in statements:
        quotes.append(_quote(text, statement))
    return quotes


def _quote(text: str, statement: Statement) -> Quote:
    attribution = statement.attribution
    speaker = cue = None
    source = None
    if attribution is not None:
        speaker = _mention(text, attribution)
        cue = _cue(text, attribution)
        if speaker is not None:
            source = Source(name=speaker.text, mentions=(speaker,))
    return Quote.at(
        text,
        statement.start,
        statement.end,
        kind=QuoteKind(statement.kind),
        speaker=speaker,
        source=source,
        cue=cue,
    )


def _mention(text: str, attribution: Attribution) -> Mention | None:
    if attribution.speaker is None or attribution.speaker_unit is None:
        return None
    start, end = attribution.speaker.span(attribution.speaker_unit.tokens)
    return Mention.at(text, start, end)


def _cue(text: str, attribution: Attribution) -> Cue | None:
    cue, unit = attribution.cue, attribution.cue_unit
    if cue is None or unit is None:
        return None
    tokens = unit.tokens
    kind = CueKind.VERB
    if cue.kind == "phrase":
        kind = (
            CueKind.PREPOSITION
            if cue.phrase and cue.phrase.kind == "preposition"
            else CueKind.PHRASE
        )
    return Cue.at(text, tokens[cue.first].start, tokens[cue.last].end, lemma=cue.lemma, kind=kind)
