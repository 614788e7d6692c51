"""Properties of the quotes plugin on generated text (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from tests.strategies import (
    any_text,
    person_names,
    plain_text,
    pseudo_words,
    quote_contents,
    quote_mark_pairs,
    role_nouns,
    speech_verbs,
)

import newsclaims
import newsclaims_quotes
from newsclaims import QuoteKind
from newsclaims.testing import all_spans, assert_spans_valid, make_pipeline

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def pipeline() -> newsclaims.Pipeline:
    return make_pipeline(newsclaims_quotes)


@PROPERTY
@given(content=quote_contents, name=person_names, verb=speech_verbs, marks=quote_mark_pairs)
def test_direct_quote_with_verb_after(
    pipeline: newsclaims.Pipeline,
    content: str,
    name: str,
    verb: tuple[str, str],
    marks: tuple[str, str],
) -> None:
    opening, closing = marks
    text = f"{opening}{content}{closing}, {verb[0]} {name}."
    analysis = pipeline.analyze(text)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == content
    assert quote.speaker is not None
    assert quote.speaker.text == name
    assert quote.source is not None
    assert quote.source.name == name
    assert quote.cue is not None
    assert quote.cue.lemma == verb[1]


@PROPERTY
@given(
    name=person_names,
    verb=speech_verbs,
    article=st.sampled_from(["der", "die", "das"]),
    noun=pseudo_words.map(str.capitalize),
    rest=st.lists(pseudo_words, min_size=1, max_size=6).map(" ".join),
)
def test_indirect_quote_in_konjunktiv(
    pipeline: newsclaims.Pipeline,
    *,
    name: str,
    verb: tuple[str, str],
    article: str,
    noun: str,
    rest: str,
) -> None:
    clause = f"{article} {noun} sei {rest}"
    text = f"{name} {verb[0]}, {clause}."
    analysis = pipeline.analyze(text)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == clause
    assert quote.speaker is not None
    assert quote.speaker.text == name
    assert quote.source is not None
    assert quote.source.name == name


@PROPERTY
@given(
    paragraphs=st.lists(
        st.lists(
            st.one_of(pseudo_words, st.sampled_from(["„", "»", "«", '"', "“", "‚", "sagte", ","])),
            min_size=1,
            max_size=30,
        ).map(lambda words: "Text " + " ".join(words)),
        min_size=2,
        max_size=6,
    )
)
def test_quotes_never_cross_a_paragraph_that_does_not_continue_them(
    pipeline: newsclaims.Pipeline, paragraphs: list[str]
) -> None:
    # every paragraph starts with a word, so no quote may continue into it
    text = "\n".join(paragraphs)
    analysis = pipeline.analyze(text)
    for quote in analysis.quotes:
        assert "\n" not in quote.text


@PROPERTY
@given(text=plain_text)
def test_text_without_marks_or_speech_verbs_has_no_direct_quotes(
    pipeline: newsclaims.Pipeline, text: str
) -> None:
    analysis = pipeline.analyze(text)
    assert not [q for q in analysis.quotes if q.kind is QuoteKind.DIRECT]
    assert not analysis.quotes


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text)
def test_any_text_gives_valid_offsets(pipeline: newsclaims.Pipeline, text: str) -> None:
    analysis = pipeline.analyze(text)
    assert not analysis.errors
    assert_spans_valid(text, all_spans(analysis))
    for quote in analysis.quotes:
        if quote.source is not None:
            assert quote.source in analysis.sources


@PROPERTY
@given(
    first=person_names,
    role=role_nouns,
    body=pseudo_words.map(str.capitalize),
    second=person_names,
    verb=speech_verbs,
    content=quote_contents,
)
def test_appositions_after_a_clause_name_the_speaker(
    pipeline: newsclaims.Pipeline,
    *,
    first: str,
    role: str,
    body: str,
    second: str,
    verb: tuple[str, str],
    content: str,
) -> None:
    """ "A wies das zurück, die Sprecherin der B, C, sagte: „…“": C speaks, not A."""
    # three different people and bodies (one surname would be one person)
    words = [*first.split(), body, *second.split()]
    assume(len(set(words)) == len(words))
    text = f"{first} wies das zurück, die {role} der {body}, {second}, {verb[0]}: „{content}“"
    analysis = pipeline.analyze(text)
    assert_spans_valid(text, analysis.quotes)
    direct = [quote for quote in analysis.quotes if quote.kind is QuoteKind.DIRECT]
    assert len(direct) == 1
    quote = direct[0]
    assert quote.text == content
    assert quote.speaker is not None
    assert quote.speaker.text == f"die {role} der {body}, {second}"
    assert quote.source is not None
    assert quote.source.name == second
