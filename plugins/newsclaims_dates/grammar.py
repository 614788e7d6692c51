"""The whole grammar: every rule, the trigger scan, and the names that are not times."""

from __future__ import annotations

import functools
import re

import attrs
import regex

from .frames import Frame
from .grammar_base import Words
from .grammar_dates import date_rules
from .grammar_relative import relative_rules
from .grammar_spans import span_rules, span_triggers
from .patterns import alternation, trie
from .scanner import Dispatch, Rule, scan
from .vocabulary import Vocabulary, vocabulary

__all__ = ["Grammar", "grammar"]


@attrs.frozen
class Grammar:
    """The compiled grammar; build it once with :func:`grammar`."""

    vocabulary: Vocabulary
    rules: tuple[Rule, ...]
    trigger: re.Pattern[str]
    stops: regex.Pattern[str]
    dispatch: Dispatch

    def frames(self, text: str, start: int = 0, end: int | None = None) -> list[Frame]:
        """The time expressions in ``text[start:end]`` as frames, in text order."""
        end = len(text) if end is None else end
        frames = scan(
            text,
            start,
            end,
            trigger=self.trigger,
            dispatch=self.dispatch,
            vocabulary=self.vocabulary,
        )
        blocked = [(m.start(), m.end()) for m in self.stops.finditer(text, start, end)]
        if not blocked:
            return frames
        # both lists are in text order: one sweep drops the frames inside a name
        kept, index = [], 0
        for frame in frames:
            while index < len(blocked) and blocked[index][1] <= frame.start:
                index += 1
            if index < len(blocked) and blocked[index][0] < frame.end:
                continue
            kept.append(frame)
        return kept


def calendar_triggers(v: Vocabulary) -> set[str]:
    """The words a calendar expression can start with."""
    words = set(v.months) | set(v.weekdays) | set(v.seasons) | set(v.holidays)
    words |= set(v.relative_words) | set(v.relative_stems) | set(v.modifiers)
    words |= set(v.parts) | set(v.decades) | set(v.ordinals)
    words |= {word for word, part in v.day_parts.items() if part.use != "after"}
    words |= {"jahr", "tag", "tags", "woche", "monat", "wochenende", "jede", "mitternacht"}
    words |= {"q1", "q2", "q3", "q4", "h1", "h2"}
    # "Mo", "Di", "Mi" would trigger at "mit" and "die": the date after them triggers instead
    words -= set(v.weekday_abbreviations)
    return {word.split()[0].lower().rstrip("-.") for word in words if len(word) > 1}


@functools.cache
def grammar() -> Grammar:
    """The grammar built from the vocabulary tables (cached)."""
    v = vocabulary()
    words = calendar_triggers(v) | span_triggers(v)
    prefixes = {w.lower() for w in v.weekdays if w not in v.weekday_abbreviations}
    prefixes |= set(v.decades)  # "Neunzigerjahre"
    # A trigger is a word of the vocabulary, perhaps with an adjective ending
    # ("vergangenen"); a weekday or a decade, also at the start of a compound
    # ("Montagabend", "Neunzigerjahre"); or the first digit of a number that is not part of a
    # larger token ("G7", "1.500", "Covid-19").
    # The standard library's engine scans this plain prefix tree (no nested
    # repetition, nothing to backtrack into) about twice as fast as `regex`.
    trigger = re.compile(
        rf"(?<!\w)(?P<word>(?:{trie(words - prefixes)})(?:e[nmrs]?|[nmrs])?)\b"
        rf"|(?<!\w)(?:{trie(prefixes)})|(?<![\w.,:/-])\d",
        re.IGNORECASE,
    )
    stops = regex.compile(rf"\b{alternation(v.stop_phrases)}\b", regex.IGNORECASE)
    words_ = Words(v)
    rules = tuple(date_rules(words_) + relative_rules(words_) + span_rules(v))
    return Grammar(
        vocabulary=v, rules=rules, trigger=trigger, stops=stops, dispatch=Dispatch(rules)
    )
