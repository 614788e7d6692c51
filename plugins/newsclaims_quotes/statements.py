"""What the finders report before sources are resolved: a statement and its attribution."""

from __future__ import annotations

import attrs

from .cues import Cue
from .phrases import NounPhrase
from .units import Unit


@attrs.define(eq=False)
class Attribution:
    """Who a statement is attributed to.

    ``cue`` is a cue of ``cue_unit``; ``speaker`` and ``via`` are noun phrases
    of ``speaker_unit`` (a different unit when "demnach" points back to an
    earlier source).  Statements that continue an earlier one share its
    attribution object, which is how they get the same source.
    """

    cue: Cue | None
    cue_unit: Unit | None
    speaker: NounPhrase | None
    speaker_unit: Unit | None
    via: NounPhrase | None = None
    #: for an anaphoric speaker ("er", "demnach"): the attribution it points back to
    antecedent: Attribution | None = None


@attrs.define(eq=False)
class Statement:
    """A direct or indirect quote found in the text, with its attribution (or None)."""

    kind: str  # "direct" or "indirect"
    start: int
    end: int
    attribution: Attribution | None
    #: True when the statement has no cue of its own and continues an earlier speaker
    inherited: bool = False
