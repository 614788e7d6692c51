"""Building blocks for the grammar's regular expressions.

Every pattern is anchored at a trigger word and uses only bounded repetition
(``{1,3}``, ``{2,25}``) and possessive white space, so no input makes it
backtrack more than a constant amount: scanning stays linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["END", "SP", "alternation", "stem_alternation", "trie"]

#: White space between two words of one expression: never a line break.
SP = r"(?:[^\S\n]{1,3}+)"
#: The end of a word.
END = r"(?!\w)"
#: Endings of German adjectives and ordinals.
ENDINGS = r"(?:e[nmrs]?)?"


def _escape(word: str) -> str:
    # several words of a table entry may be written with spaces or hyphens
    parts = regex.split(r"[ ]+", word.strip())
    return r"(?:[^\S\n]{1,3}+|-)".join(regex.escape(part) for part in parts)


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group that matches any of ``words``, longest first."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    if not ordered:
        return "(?!)"
    return "(?:" + "|".join(_escape(word) for word in ordered) + ")"


def stem_alternation(stems: Iterable[str]) -> str:
    """Adjective stems with their inflectional endings ("vergangen" matches "vergangenen")."""
    return alternation(stems) + ENDINGS


def trie(words: Iterable[str]) -> str:
    """One regular expression for many words, as a prefix tree.

    A plain alternation tries every word at every position; a tree rejects a
    position after one character, which keeps the trigger scan fast.  The
    pattern is valid for the standard library's ``re`` as well.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            regex.escape(char) + emit(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
