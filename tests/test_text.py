"""German text utilities: the sentence segmenter, line spans, trimming."""

from __future__ import annotations

import time

import pytest
from hypothesis import given

from newsclaims.text import iter_lines, split_sentences, trim

from .strategies import any_text


def sentences(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations
        (
            "Laut Dr. Müller kamen z. B. viele. Das war gut.",
            ["Laut Dr. Müller kamen z. B. viele.", "Das war gut."],
        ),
        (
            "Er wohnt in der Hauptstr. 5 in Berlin. Sie nicht.",
            ["Er wohnt in der Hauptstr. 5 in Berlin.", "Sie nicht."],
        ),
        (
            "Die Nr. 1 gewann. Dann kam Prof. Dr. Schmidt.",
            ["Die Nr. 1 gewann.", "Dann kam Prof. Dr. Schmidt."],
        ),
        # day numbers and ordinals
        (
            "Am 5. November kamen sie. Am 6. gingen sie.",
            ["Am 5. November kamen sie.", "Am 6. gingen sie."],
        ),
        (
            "Zum 2. Mal gewann er. Er wurde 3. Danach nichts.",
            ["Zum 2. Mal gewann er.", "Er wurde 3.", "Danach nichts."],
        ),
        ("Im 19. Jahrhundert war das anders.", ["Im 19. Jahrhundert war das anders."]),
        ("Das kostete 2000. Danach stieg es.", ["Das kostete 2000.", "Danach stieg es."]),
        # initials and acronyms
        (
            "Donald J. Trump sprach. A. L. Kennedy schrieb.",
            ["Donald J. Trump sprach.", "A. L. Kennedy schrieb."],
        ),
        ("Die U.S. Army kam. Sie blieb.", ["Die U.S. Army kam.", "Sie blieb."]),
        # decimal numbers and dates have no space after the dot
        (
            "Es waren 3.5 Prozent am 05.11.2024. Mehr nicht.",
            ["Es waren 3.5 Prozent am 05.11.2024.", "Mehr nicht."],
        ),
        # quotation marks stay with their sentence
        (
            "„Das Angebot“, betonte Müller, „ist unser Wort.“ Dann ging er.",
            ["„Das Angebot“, betonte Müller, „ist unser Wort.“", "Dann ging er."],
        ),
        (
            "»Wirklich?« fragte sie. »Ja!« Dann schwieg er.",
            ["»Wirklich?« fragte sie.", "»Ja!«", "Dann schwieg er."],
        ),
        ("Er sagte: „Wir kommen.“ Sie kamen.", ["Er sagte: „Wir kommen.“", "Sie kamen."]),
        # other punctuation
        ("Wer? Ich... Nein! 2024 war gut.", ["Wer?", "Ich...", "Nein!", "2024 war gut."]),
        # line breaks always end a sentence; whitespace is trimmed
        (
            "Schlagzeile ohne Punkt\n  Erster Satz. Zweiter.\r\nDritter",
            ["Schlagzeile ohne Punkt", "Erster Satz.", "Zweiter.", "Dritter"],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_split_sentences_in_a_slice_keeps_offsets_into_the_whole_text() -> None:
    text = "Vorspann. Erster Satz. Zweiter Satz. Nachspann."
    start = text.index("Erster")
    end = text.index(" Nachspann")
    found = split_sentences(text, start, end)
    assert [s.text for s in found] == ["Erster Satz.", "Zweiter Satz."]
    assert all(text[s.start : s.end] == s.text for s in found)


@given(any_text)
def test_sentences_partition_the_visible_text(text: str) -> None:
    found = split_sentences(text)
    covered = set()
    previous_end = 0
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end, "sentences overlap or are out of order"
        assert "\n" not in sentence.text
        previous_end = sentence.end
        covered.update(range(sentence.start, sentence.end))
    visible = {i for i, char in enumerate(text) if not char.isspace()}
    assert visible <= covered, "a visible character belongs to no sentence"


@given(any_text)
def test_lines_rebuild_the_text(text: str) -> None:
    lines = list(iter_lines(text))
    assert "\n".join(line.text for line in lines) == text
    assert all(text[line.start : line.end] == line.text for line in lines)


def test_trim() -> None:
    assert trim("  ab c \n", 0, 8) == (2, 6)
    assert trim("   ") == (3, 3)


@pytest.mark.parametrize(
    "adversarial",
    [
        "." * 300_000,  # one run of sentence-final punctuation, no space
        ". " * 150_000,  # a candidate boundary at every other character
        "a. " * 100_000,  # initials everywhere
        "am 5. " * 50_000,  # ordinals everywhere
        "x" * 1_000_000,  # a 1 MB line with nothing to split
        "„" * 200_000 + " Ja.",
    ],
    ids=["dots", "dot-space", "initials", "ordinals", "long-line", "quote-marks"],
)
def test_segmenter_is_linear_on_adversarial_input(adversarial: str) -> None:
    # A quadratic scan of these inputs takes minutes; linear takes well under a second.
    started = time.perf_counter()
    split_sentences(adversarial)
    assert time.perf_counter() - started < 5
