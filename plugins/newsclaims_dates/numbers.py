"""Numbers as German writes them in time expressions: digits, number words, ordinals."""

from __future__ import annotations

from .vocabulary import Vocabulary

__all__ = ["cardinal", "format_amount", "ordinal", "year_of"]


def cardinal(word: str, vocabulary: Vocabulary) -> float | None:
    """The value of "45", "1,5", "drei", "einundzwanzig", "anderthalb"; ``None`` otherwise."""
    folded = word.lower()
    if folded[:1].isdigit():
        try:
            return float(folded.replace(",", "."))
        except ValueError:
            return None
    if folded in vocabulary.cardinals:
        return vocabulary.cardinals[folded]
    return vocabulary.fractions.get(folded)


def ordinal(word: str, vocabulary: Vocabulary) -> int | None:
    """The value of "5.", "ersten", "dritte", "zwanzigsten"; ``None`` otherwise."""
    folded = word.lower().rstrip(".")
    if folded.isdigit():
        return int(folded)
    for ending in ("em", "en", "er", "es", "e", ""):
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if folded.endswith(ending) and stem in vocabulary.ordinals:
            return vocabulary.ordinals[stem]
    return None


def format_amount(value: float) -> str:
    """A duration amount as TIMEX3 writes it: ``3``, ``1.5``, ``0.5``."""
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def year_of(digits: str, reference_year: int | None) -> int:
    """A year from four digits, or from two ("’24") read as the nearest century.

    Two digits up to ten years after the reference year are in its century,
    the rest in the century before ("5.11.24" is 2024, "3.4.98" is 1998).
    Without a reference, the pivot is 2030.
    """
    value = int(digits)
    if len(digits) > 2:
        return value
    pivot = (reference_year or 2020) + 10
    century = pivot // 100 * 100
    return century + value if century + value <= pivot else century - 100 + value
