"""Tests of the tutorial plugin: a fresh pipeline with only this plugin."""

from __future__ import annotations

import newsclaims_agencies
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import Boilerplate, Cleaning, SourceKind, hookimpl
from newsclaims.testing import make_pipeline


def test_each_credited_agency_becomes_one_source() -> None:
    text = "Berlin (dpa/AFP) - Der Bundestag hat abgestimmt. Wie dpa meldet, war es knapp."
    analysis = make_pipeline(newsclaims_agencies).analyze(text)
    assert [(s.name, s.kind, len(s.mentions)) for s in analysis.sources] == [
        ("Agence France-Presse", SourceKind.MEDIA, 1),
        ("Deutsche Presse-Agentur", SourceKind.MEDIA, 2),
    ]


def test_words_that_merely_contain_a_credit_are_not_credits() -> None:
    text = "Die APP meldete nichts, die Apache-Leute auch nicht; dpaX ist kein Kürzel."
    assert make_pipeline(newsclaims_agencies).analyze(text).sources == ()


def test_credits_in_boilerplate_are_skipped() -> None:
    class PhotoCredits:
        @hookimpl
        def newsclaims_clean(self, article):  # type: ignore[no-untyped-def]
            start = article.text.index("Foto:")
            return Cleaning(
                boilerplate=[
                    Boilerplate.at(article.text, start, len(article.text), reason="caption")
                ]
            )

    text = "Der Text. Foto: Reuters"
    assert make_pipeline(newsclaims_agencies, PhotoCredits()).analyze(text).sources == ()


@given(st.text(alphabet="dpa AFP()-/.,xyz", max_size=60))
def test_every_mention_points_at_its_credit(text: str) -> None:
    for source in make_pipeline(newsclaims_agencies).analyze(text).sources:
        for mention in source.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert newsclaims_agencies.agencies()[mention.text] == source.name
