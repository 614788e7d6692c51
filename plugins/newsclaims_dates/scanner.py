"""The scanning engine: find trigger words, try the grammar's rules there, keep the longest reading.

A rule is a regular expression anchored at a trigger (a word that can start
a time expression, or a digit) and a builder that checks the context and
turns the match into frames.  At each trigger every rule is tried; the
longest accepted match wins and scanning resumes after it.  Only positions
the trigger scan finds are ever tried, and each rule's pattern is bounded,
so the scan is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs
import regex

from .frames import Frame
from .vocabulary import Vocabulary

__all__ = ["Context", "Dispatch", "Rule", "scan"]

# The token before a position, searched backwards (regex's reverse mode).
_TOKEN_BEFORE = regex.compile(r"(?r)(?:[\w’'-]+|[^\w\s])")
_TOKEN_AFTER = regex.compile(r"[^\S\n]*+((?:\w+|[^\w\s]))")
# How far back a context word may lie: a few words, never a whole line.
_LOOKBACK = 60
_DIGITS = regex.compile(r"\d{1,6}")
# A number of each length that every digit pattern of the grammar accepts
# wherever it accepts some number of that length (a day, an hour, a decade,
# a year).
_STAND_INS = {1: "1", 2: "10", 3: "100", 4: "2000"}


class Context:
    """What a rule's builder may look at besides its match: the words around it."""

    def __init__(self, text: str, vocabulary: Vocabulary, frames: Sequence[Frame]) -> None:
        self.text = text
        self.vocabulary = vocabulary
        #: the frames found so far, in text order (for "Juli und August")
        self.frames = frames

    def words_before(self, position: int, count: int = 1) -> list[str]:
        """Up to ``count`` tokens before ``position`` on the same line, nearest first."""
        words: list[str] = []
        end = position
        while len(words) < count:
            match = _TOKEN_BEFORE.search(self.text, max(0, end - _LOOKBACK), end)
            if match is None or "\n" in self.text[match.end() : end]:
                break
            words.append(match.group())
            end = match.start()
        return words

    def word_before(self, position: int) -> str:
        """The token before ``position`` on the same line, or ``""``."""
        words = self.words_before(position)
        return words[0] if words else ""

    def word_after(self, position: int) -> str:
        """The token after ``position`` on the same line, or ``""``."""
        match = _TOKEN_AFTER.match(self.text, position)
        return match.group(1) if match else ""

    def words_after(self, position: int, count: int = 1) -> list[str]:
        """Up to ``count`` tokens after ``position`` on the same line, nearest first."""
        words: list[str] = []
        while len(words) < count:
            match = _TOKEN_AFTER.match(self.text, position)
            if match is None:
                break
            words.append(match.group(1))
            position = match.end()
        return words

    def last_frame(self) -> Frame | None:
        return self.frames[-1] if self.frames else None


Builder = Callable[[regex.Match[str], Context], list[Frame] | None]


@attrs.frozen
class Rule:
    """A pattern anchored at a trigger and the builder that reads its match."""

    name: str
    pattern: regex.Pattern[str]
    build: Builder
    #: whether the pattern can start with a digit (it is tried only at digits then)
    digit: bool = False
    #: whether it can start with a letter
    word: bool = True


class Dispatch:
    """Which rules can start with a trigger word, worked out once per distinct word.

    A rule is a candidate when the word could begin one of its matches (the
    regex module's partial matching answers that), so adding a rule or a word
    needs no hand-kept index.  The key is the trigger with the character after
    it: "vor " can start no "vorgestern", "ca." can start a hedge.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.digit_rules = tuple(rule for rule in rules if rule.digit)
        self._by_word: dict[str, tuple[Rule, ...]] = {}

    def __call__(self, word: str) -> tuple[Rule, ...]:
        """The rules that can start with ``word`` (the trigger and the character after it)."""
        found = self._by_word.get(word)
        if found is None:
            digit = word[:1].isdigit()
            found = tuple(
                rule
                for rule in (self.digit_rules if digit else self.rules)
                if (digit or rule.word) and rule.pattern.match(word, partial=True) is not None
            )
            # the trigger vocabulary is finite, but its spellings (case) are
            # not quite: keep the cache bounded all the same
            if len(self._by_word) < 50_000:
                self._by_word[word] = found
        return found


def scan(
    text: str,
    start: int,
    end: int,
    *,
    trigger: re.Pattern[str],
    dispatch: Dispatch,
    vocabulary: Vocabulary,
) -> list[Frame]:
    """The frames in ``text[start:end]``, in text order, none overlapping."""
    frames: list[Frame] = []
    context = Context(text, vocabulary, frames)
    consumed = start
    for found in trigger.finditer(text, start, end):
        position = found.start()
        if position < consumed:
            continue
        best_end, best = -1, None
        key = found.group()
        if found.lastgroup == "word":
            key += text[found.end() : found.end() + 1]
        elif key.isdigit():
            # a number stands for every number of its length ("20 Uhr" as "10 "):
            # the stand-ins pass every digit pattern the grammar uses
            run = _DIGITS.match(text, position, end)
            length = run.end() - position if run else 1
            key = (
                _STAND_INS.get(length, "1" * length)
                + text[position + length : position + length + 1]
            )
        for rule in dispatch(key):
            match = rule.pattern.match(text, position, end)
            if match is None or match.end() <= best_end:
                continue
            built = rule.build(match, context)
            if built:
                best_end, best = match.end(), built
        if best:
            frames.extend(best)
            consumed = best_end
    return frames
