"""Quotation marks: pairing, nesting, apostrophes, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from newsclaims_quotes.marks import find_quoted, outermost


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text, paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: „Das ist gut.“", ["Das ist gut."]),
        ("Er sagte: »Das ist gut.«", ["Das ist gut."]),
        ("Er sagte: «Das ist gut.»", ["Das ist gut."]),
        ("He said: “This is good.”", ["This is good."]),
        ('Er sagte: "Das ist gut."', ["Das ist gut."]),
        ("Er sagte: ‚Das ist gut.‘", ["Das ist gut."]),
        # careless typesetting: a German opener closed by an English closer
        ("Er sagte: „Das ist gut.”", ["Das ist gut."]),
    ],
)
def test_every_style_of_mark_pairs(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_interrupted_quote_is_two_quotes() -> None:
    text = "„Das Angebot“, betonte Müller, „ist unser letztes Wort.“"
    assert quoted(text) == ["Das Angebot", "ist unser letztes Wort."]


def test_nested_quotes_keep_their_depth() -> None:
    text = "Sie sagte: „Er nannte es ‚absurd‘ und ging.“"
    found = find_quoted(text, paragraphs(text))
    assert [(text[q.start : q.end], q.depth) for q in found] == [
        ("Er nannte es ‚absurd‘ und ging.", 0),
        ("absurd", 1),
    ]
    assert [text[q.start : q.end] for q in outermost(found)] == ["Er nannte es ‚absurd‘ und ging."]


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht's dir? Gut, dass es so läuft.",
        "Günter Grass' Roman und Moody's Rating sind bekannt.",
        "Die Ära ’90er war anders.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_apostrophe_inside_a_quote_does_not_close_it() -> None:
    text = "Er rief: „Geht's noch?“ und lachte."
    assert quoted(text) == ["Geht's noch?"]


def test_unbalanced_mark_ends_with_its_paragraph() -> None:
    text = "Er sagte: „Das geht so nicht weiter.\nEin neuer Absatz ohne Zitat.\nUnd noch einer."
    assert quoted(text) == ["Das geht so nicht weiter."]


def test_quote_over_several_paragraphs() -> None:
    # German convention: each paragraph of a long quote opens again, only the last closes
    text = "Sie sagte: „Erster Absatz.\n„Zweiter Absatz.\n„Dritter Absatz.“\nDanach Erzählung."
    found = find_quoted(text, paragraphs(text))
    assert len(found) == 1
    assert found[0].paragraphs == 3
    assert (
        text[found[0].start : found[0].end] == "Erster Absatz.\n„Zweiter Absatz.\n„Dritter Absatz."
    )


def test_a_new_quote_in_the_next_paragraph_is_not_glued_to_a_closed_one() -> None:
    text = "„Erster.“\n„Zweiter.“"
    assert quoted(text) == ["Erster.", "Zweiter."]


def test_empty_and_markless_text() -> None:
    assert quoted("") == []
    assert quoted("Keine Anführungszeichen hier.") == []


def test_flood_of_unbalanced_marks_yields_one_bounded_quote() -> None:
    text = "a „" * 20_000 + "\nZweiter Absatz."
    found = find_quoted(text, paragraphs(text))
    assert len(found) <= 1
    assert all(q.end <= text.index("\n") for q in found)
