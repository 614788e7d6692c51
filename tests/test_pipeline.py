"""The pipeline: stage order, error isolation, validation, metadata, claims, workers."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import pickle
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import newsclaims
from newsclaims import (
    Analysis,
    Article,
    Boilerplate,
    Claim,
    ClaimKind,
    Cleaning,
    Cue,
    Document,
    Mention,
    Quantity,
    Quote,
    Source,
    TimeExpression,
    hookimpl,
)
from newsclaims.testing import all_spans, make_pipeline

from .strategies import any_text, articles

TEXT = "Menü\nRund 40 Menschen kamen am Montag. „Das ist gut“, sagte Müller.\nAnzeige"


def find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


class Numbers:
    """Finds '40' as a quantity."""

    @hookimpl
    def newsclaims_extract(self, document: Document) -> Iterator[Quantity]:
        if "40" in document.text:
            yield Quantity.at(
                document.text, *find(document.text, "40 Menschen"), value=40, unit="Mensch"
            )


class Times:
    @hookimpl
    def newsclaims_extract(self, document: Document) -> list[TimeExpression]:
        if "am Montag" not in document.text:
            return []
        return [
            TimeExpression.at(
                document.text, *find(document.text, "am Montag"), type="DATE", value=None
            )
        ]


class Quotes:
    @hookimpl
    def newsclaims_extract(self, document: Document) -> list[object]:
        text = document.text
        if "Müller" not in text:
            return []
        mention = Mention.at(text, *find(text, "Müller"))
        source = Source(name="Anna Müller", kind="person", mentions=[mention])
        cue = Cue.at(text, *find(text, "sagte"), lemma="sagen")
        return [
            Quote.at(
                text,
                *find(text, "Das ist gut"),
                kind="direct",
                speaker=mention,
                source=source,
                cue=cue,
            )
        ]


class Cleaner:
    """Marks the first and last line as boilerplate; reads a date and an author."""

    @hookimpl
    def newsclaims_clean(self, article: Article) -> Cleaning:
        text = article.text
        spans = [
            Boilerplate.at(text, *find(text, word), reason="navigation")
            for word in ("Menü", "Anzeige")
            if word in text
        ]
        return Cleaning(boilerplate=spans, published="2024-08-13", authors=["Anna Autorin"])


class Exploding:
    @hookimpl
    def newsclaims_extract(self, document: Document) -> list[Quantity]:
        raise RuntimeError("kaputt")


def layers(analysis: Analysis) -> dict[str, Any]:
    data = analysis.to_dict()
    return {
        key: data[key]
        for key in (
            "boilerplate",
            "sentences",
            "quantities",
            "times",
            "quotes",
            "sources",
            "claims",
        )
    }


def test_stages_run_in_order_and_fill_every_layer() -> None:
    analysis = make_pipeline(Cleaner(), Numbers(), Times(), Quotes()).analyze(TEXT)
    assert [b.text for b in analysis.boilerplate] == ["Menü", "Anzeige"]
    assert [s.text for s in analysis.sentences] == [
        "Rund 40 Menschen kamen am Montag.",
        "„Das ist gut“, sagte Müller.",
    ]
    assert [q.text for q in analysis.quantities] == ["40 Menschen"]
    assert [t.text for t in analysis.times] == ["am Montag"]
    assert [q.source.name for q in analysis.quotes if q.source] == ["Anna Müller"]
    assert [s.name for s in analysis.sources] == ["Anna Müller"]
    assert analysis.errors == ()


def test_registration_order_does_not_change_the_result() -> None:
    plugins = [Cleaner(), Numbers(), Times(), Quotes()]
    forward = make_pipeline(*plugins).analyze(TEXT)
    backward = make_pipeline(*reversed(plugins)).analyze(TEXT)
    assert forward == backward


@pytest.mark.parametrize(
    ("disabled", "emptied"),
    [("Numbers", "quantities"), ("Times", "times"), ("Cleaner", "boilerplate")],
)
def test_disabling_a_plugin_removes_exactly_its_layer(disabled: str, emptied: str) -> None:
    plugins = [Cleaner(), Numbers(), Times(), Quotes()]
    full = layers(make_pipeline(*plugins).analyze(TEXT))
    pipeline = newsclaims.Pipeline(
        entry_points=False, register=plugins, disable=[disabled], environ={}
    )
    without = layers(pipeline.analyze(TEXT))
    assert full[emptied]
    assert not without[emptied]
    unaffected = {"quantities", "times", "quotes", "sources"} - {emptied}
    assert {key: without[key] for key in unaffected} == {key: full[key] for key in unaffected}


def test_a_plugin_that_raises_is_recorded_and_the_others_keep_their_results() -> None:
    analysis = make_pipeline(Numbers(), Exploding(), Times(), strict=False).analyze(TEXT)
    assert [q.text for q in analysis.quantities] == ["40 Menschen"]
    assert [t.text for t in analysis.times] == ["am Montag"]
    [error] = analysis.errors
    assert (error.plugin, error.stage, error.type, error.message) == (
        "Exploding",
        "extract",
        "RuntimeError",
        "kaputt",
    )
    assert str(error) == "plugin 'Exploding' failed in extract: RuntimeError: kaputt"


def test_strict_mode_re_raises_with_the_plugin_named() -> None:
    with pytest.raises(RuntimeError, match="kaputt") as raised:
        make_pipeline(Numbers(), Exploding(), strict=True).analyze(TEXT)
    assert "raised by newsclaims plugin 'Exploding' in stage 'extract'" in raised.value.__notes__


def test_a_failing_first_result_hook_falls_back_to_the_next_implementation() -> None:
    class BrokenSegmenter:
        @hookimpl
        def newsclaims_segment(self, article: Article) -> list[object]:
            raise ValueError("no model")

    analysis = make_pipeline(BrokenSegmenter(), strict=False).analyze("Eins. Zwei.")
    assert [s.text for s in analysis.sentences] == ["Eins.", "Zwei."]
    assert [(e.plugin, e.stage) for e in analysis.errors] == [("BrokenSegmenter", "segment")]


def test_a_user_segmenter_replaces_the_default() -> None:
    class Lines:
        @hookimpl
        def newsclaims_segment(self, article: Article) -> list[newsclaims.Sentence]:
            return [newsclaims.Sentence.at(article.text, 0, len(article.text))]

    analysis = make_pipeline(Lines()).analyze("Eins. Zwei.")
    assert [s.text for s in analysis.sentences] == ["Eins. Zwei."]


def test_items_whose_text_does_not_match_the_article_are_dropped_and_reported() -> None:
    class Sloppy:
        @hookimpl
        def newsclaims_extract(self, document: Document) -> list[object]:
            shifted = Quantity(start=0, end=2, text="40", value=40)  # the text says "Me" there
            beyond = TimeExpression(start=10_000, end=10_002, text="xx", type="DATE")
            wrong_type = "40 Menschen"
            good = Quantity.at(document.text, *find(document.text, "40"), value=40)
            return [shifted, beyond, wrong_type, good]

    analysis = make_pipeline(Sloppy(), strict=False).analyze(TEXT)
    assert [q.text for q in analysis.quantities] == ["40"]
    assert analysis.times == ()
    messages = [e.message for e in analysis.errors]
    assert [e.stage for e in analysis.errors] == ["validate"] * 3
    assert any("says '40' but the article has 'Me' there" in m for m in messages)
    assert any(
        "returned a str where a Quantity or TimeExpression or Quote or Source belongs" in m
        for m in messages
    )


def test_a_nested_span_that_does_not_match_drops_the_whole_quote() -> None:
    class BadSpeaker:
        @hookimpl
        def newsclaims_extract(self, document: Document) -> list[Quote]:
            text = document.text
            wrong = Mention(start=0, end=6, text="Müller")
            return [Quote.at(text, *find(text, "Das ist gut"), kind="direct", speaker=wrong)]

    analysis = make_pipeline(BadSpeaker(), strict=False).analyze(TEXT)
    assert analysis.quotes == ()
    assert analysis.errors[0].type == "InvalidItemError"


def test_cleaning_fills_only_missing_metadata() -> None:
    pipeline = make_pipeline(Cleaner())
    bare = pipeline.analyze(TEXT)
    assert str(bare.article.published) == "2024-08-13"
    assert bare.article.authors == ("Anna Autorin",)
    assert str(bare.reference_date) == "2024-08-13"
    given = pipeline.analyze(Article(text=TEXT, published="2023-01", authors=["Ben"]))
    assert str(given.article.published) == "2023-01"
    assert given.article.authors == ("Ben",)


def test_reference_date_precedence() -> None:
    pipeline = make_pipeline(Cleaner())
    assert str(pipeline.analyze(TEXT, reference_date="2020-05-01").reference_date) == "2020-05-01"
    assert str(pipeline.analyze(Article(text=TEXT, published="2021")).reference_date) == "2021"
    assert str(pipeline.analyze(TEXT).reference_date) == "2024-08-13"  # the date line
    assert make_pipeline().analyze(TEXT).reference_date is None


def test_extractors_see_the_reference_date_and_boilerplate() -> None:
    seen: list[Document] = []

    class Spy:
        @hookimpl
        def newsclaims_extract(self, document: Document) -> None:
            seen.append(document)

    make_pipeline(Cleaner(), Spy()).analyze(TEXT, reference_date="2024-08")
    [document] = seen
    assert str(document.reference_date) == "2024-08"
    assert document.in_boilerplate(*find(TEXT, "Anzeige"))
    assert not document.in_boilerplate(*find(TEXT, "40 Menschen"))
    assert [TEXT[a:b] for a, b in document.content_regions] == [TEXT[4 : TEXT.index("Anzeige")]]


def test_plugins_reach_the_date_parser_through_hooks() -> None:
    class DateLine:
        @hookimpl
        def newsclaims_clean(self, article: Article, hooks: newsclaims.Hooks) -> Cleaning | None:
            found = hooks.parse_date(article.text.splitlines()[0])
            return None if found is None or found.value is None else Cleaning(published=found.value)

    analysis = make_pipeline(DateLine()).analyze("Stand: 13.08.2024\nText.")
    assert str(analysis.article.published) == "2024-08-13"


def test_default_claims_come_from_quotes_and_numeric_sentences() -> None:
    analysis = make_pipeline(Numbers(), Times(), Quotes()).analyze(TEXT)
    kinds = [(c.kind, c.text) for c in analysis.claims]
    assert kinds == [
        (ClaimKind.NUMERIC, "Rund 40 Menschen kamen am Montag."),
        (ClaimKind.QUOTE, "Das ist gut"),
    ]
    numeric, quote = analysis.claims
    assert numeric.quantities == analysis.quantities
    assert numeric.times == analysis.times
    assert quote.claimant is not None
    assert quote.claimant.name == "Anna Müller"


def test_a_quote_inside_reported_speech_belongs_to_the_outer_claim() -> None:
    text = "Er sagte, sie habe „zu 99 Prozent“ gelogen. Laut Polizei kamen 40 Menschen."

    class Nested:
        @hookimpl
        def newsclaims_extract(self, document: Document) -> list[object]:
            t = document.text
            laut = Cue.at(t, *find(t, "Laut"), lemma="laut", kind="preposition")
            return [
                Quote.at(t, *find(t, "sie habe „zu 99 Prozent“ gelogen"), kind="indirect"),
                Quote.at(t, *find(t, "zu 99 Prozent"), kind="direct"),
                Quote.at(t, *find(t, "Laut Polizei kamen 40 Menschen"), kind="indirect", cue=laut),
                Quantity.at(t, *find(t, "40 Menschen"), value=40),
            ]

    claims = make_pipeline(Nested()).analyze(text).claims
    assert [(c.kind, len(c.quotes), len(c.quantities)) for c in claims] == [
        (ClaimKind.REPORTED_SPEECH, 2, 0),
        (ClaimKind.ATTRIBUTED, 1, 1),
    ]


def test_claims_that_refer_to_unknown_items_are_dropped() -> None:
    class Inventive:
        @hookimpl
        def newsclaims_assemble(self, analysis: Analysis) -> list[Claim]:
            invented = Quantity.at(analysis.text, 0, 4, value=1)
            return [Claim.at(analysis.text, 0, 4, kind="numeric", quantities=[invented])]

    analysis = make_pipeline(Inventive(), strict=False).analyze(TEXT)
    assert analysis.claims == ()
    assert "are not items of the analysis" in analysis.errors[0].message


def test_analyze_accepts_text_or_article_only() -> None:
    assert newsclaims.analyze("Eins. Zwei.", plugins=[]).article.text == "Eins. Zwei."
    with pytest.raises(TypeError, match="expected an Article or a str, got bytes"):
        newsclaims.analyze(b"Eins.", plugins=[])  # type: ignore[arg-type]


def test_analyze_many_is_lazy() -> None:
    pipeline = make_pipeline()
    results = pipeline.analyze_many(iter(["Eins.", "Zwei."]))
    assert next(results).article.text == "Eins."


def test_a_pipeline_pickles_by_its_configuration() -> None:
    pipeline = newsclaims.Pipeline(entry_points=False, register=[Numbers()], disable=[], environ={})
    clone = pickle.loads(pickle.dumps(pipeline))
    assert [p.name for p in clone.plugins] == [p.name for p in pipeline.plugins]
    assert clone.analyze(TEXT) == pipeline.analyze(TEXT)


def _analyze_in_worker(article: Article) -> Analysis:
    return newsclaims.Pipeline().analyze(article)


def test_a_pipeline_builds_and_runs_in_a_worker_process() -> None:
    article = Article(text=TEXT, id="a", published="2024-08", metadata={"ressort": ["Politik"]})
    context = multiprocessing.get_context("spawn")  # no state inherited from this process
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        result = pool.submit(_analyze_in_worker, article).result(timeout=120)
    assert result == newsclaims.Pipeline().analyze(article)


def test_an_analysis_pickles() -> None:
    article = Article(text=TEXT, metadata={"ressort": "Politik"})
    analysis = make_pipeline(Cleaner(), Numbers(), Times(), Quotes()).analyze(article)
    assert analysis.boilerplate_overlap(0, 4) == 4  # fills a cached property first
    assert pickle.loads(pickle.dumps(analysis)) == analysis


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_any_text_analyses_without_error_and_every_span_is_valid(article: Article) -> None:
    # All installed plugins, strict: an exception in any of them fails the test.
    analysis = make_pipeline(installed=None, strict=True).analyze(article)
    assert analysis.errors == ()
    for span in all_spans(analysis):
        assert article.text[span.start : span.end] == span.text


@settings(max_examples=30, deadline=None)
@given(any_text)
def test_analysis_round_trips_through_json(text: str) -> None:
    analysis = make_pipeline(installed=None, strict=True).analyze(text)
    assert Analysis.from_dict(analysis.to_dict()) == analysis


def test_many_quotes_sharing_one_source_stay_linear() -> None:
    # A source quoted everywhere (a live blog, a transcript): checking and
    # ordering must not cost quotes x mentions.
    import time

    sentence = "„Ja“, sagte Müller. "
    text = sentence * 3000

    class Transcript:
        @hookimpl
        def newsclaims_extract(self, document: Document) -> list[object]:
            t = document.text
            starts = [i * len(sentence) for i in range(3000)]
            mentions = [Mention.at(t, s + 11, s + 17) for s in starts]
            source = Source(name="Anna Müller", kind="person", mentions=mentions)
            return [
                Quote.at(t, s + 1, s + 3, kind="direct", speaker=m, source=source)
                for s, m in zip(starts, mentions, strict=True)
            ]

    started = time.perf_counter()
    analysis = make_pipeline(Transcript()).analyze(text)
    assert len(analysis.quotes) == 3000
    assert len(analysis.sources) == 1
    assert time.perf_counter() - started < 10  # quadratic: minutes
