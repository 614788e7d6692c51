"""Hypothesis properties of the quantity finder."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import (
    UNRELATED_SENTENCES,
    QuantitySentence,
    any_text,
    listed_sentences,
    noted_sentences,
    number_soup,
    part_sentences,
    quantity_sentences,
    unrelated_text,
)

from newsclaims.testing import assert_spans_valid
from newsclaims_numbers import find_quantities, parse_number
from newsclaims_numbers._tables import vocabulary


@given(quantity_sentences())
def test_the_quantity_of_a_sentence_is_found(sentence: QuantitySentence) -> None:
    found = find_quantities(sentence.text)
    assert_spans_valid(sentence.text, found)
    [quantity] = found
    assert quantity.value == sentence.value
    assert quantity.unit == sentence.unit
    assert quantity.approx == sentence.approx


@given(quantity_sentences())
def test_a_quantity_span_contains_its_number(sentence: QuantitySentence) -> None:
    for quantity in find_quantities(sentence.text):
        assert quantity.start <= sentence.number_start
        assert sentence.number_end <= quantity.end
        number = sentence.text[sentence.number_start : sentence.number_end]
        assert number in quantity.text
        assert parse_number(number) == quantity.value


def _contains_a_number(text: str) -> bool:
    if any(char in "0123456789" for char in text):
        return True
    vocab = vocabulary()
    return any(word.lower()[:3] in vocab.prefilter for word in text.split())


@settings(max_examples=200)
@given(any_text)
def test_every_quantity_on_any_text_has_a_number_in_its_span(text: str) -> None:
    found = find_quantities(text)
    assert_spans_valid(text, found)
    for quantity in found:
        assert _contains_a_number(quantity.text), quantity


@given(
    st.one_of(quantity_sentences().map(lambda s: s.text), st.sampled_from(UNRELATED_SENTENCES)),
    unrelated_text,
    unrelated_text,
    st.sampled_from([" ", "\n", "\n\n"]),
)
def test_unrelated_text_around_a_sentence_changes_nothing(
    sentence: str, before: str, after: str, joint: str
) -> None:
    prefix = before + joint if before else ""
    suffix = joint + after if after else ""
    alone = find_quantities(sentence)
    around = find_quantities(prefix + sentence + suffix)
    assert around == [quantity.shifted(len(prefix)) for quantity in alone]


@settings(max_examples=500)
@given(number_soup)
def test_any_mix_of_number_fragments_gives_valid_quantities(text: str) -> None:
    found = find_quantities(text)
    assert_spans_valid(text, found)
    for quantity in found:
        assert _contains_a_number(quantity.text), quantity
    assert found == sorted(found, key=lambda q: q.start)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start, "quantities do not overlap"


@given(st.one_of(listed_sentences(), part_sentences()))
def test_numbers_of_a_list_or_a_part_share_the_unit(
    sentence: tuple[str, list[tuple[int, str]]],
) -> None:
    text, expected = sentence
    found = find_quantities(text)
    assert_spans_valid(text, found)
    assert [(quantity.value, quantity.unit) for quantity in found] == expected


@given(noted_sentences)
def test_a_note_in_brackets_after_a_clause_is_no_quantity(text: str) -> None:
    assert find_quantities(text) == []
