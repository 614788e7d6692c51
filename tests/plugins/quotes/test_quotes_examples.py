"""Who said what: example sentences for every pattern the quotes plugin covers."""

from __future__ import annotations

import pytest

import newsclaims
import newsclaims_quotes
from newsclaims import CueKind, QuoteKind, SourceKind
from newsclaims.testing import assert_spans_valid, make_pipeline


@pytest.fixture(scope="module")
def pipeline() -> newsclaims.Pipeline:
    return make_pipeline(newsclaims_quotes)


def quotes_of(pipeline: newsclaims.Pipeline, text: str) -> list[newsclaims.Quote]:
    analysis = pipeline.analyze(text)
    assert_spans_valid(text, analysis.quotes)
    return list(analysis.quotes)


def only(quotes: list[newsclaims.Quote]) -> newsclaims.Quote:
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


# --- direct quotes ------------------------------------------------------------------


def test_verb_after_the_quote(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "„Wir bauen 500 Wohnungen“, sagte Keller."))
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "Wir bauen 500 Wohnungen"
    assert quote.speaker is not None
    assert quote.speaker.text == "Keller"
    assert quote.cue is not None
    assert (quote.cue.text, quote.cue.lemma) == ("sagte", "sagen")
    assert quote.cue.kind is CueKind.VERB


def test_verb_before_the_quote_with_a_colon(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Die Ministerin Anna Keller sagte am Montag: „Wir bauen.“"))
    assert quote.text == "Wir bauen."
    assert quote.source is not None
    assert quote.source.name == "Anna Keller"
    assert quote.source.kind is SourceKind.PERSON


def test_interrupted_quote_keeps_its_speaker(pipeline: newsclaims.Pipeline) -> None:
    text = "„Das Angebot“, betonte Müller, „ist unser letztes Wort.“"
    first, second = quotes_of(pipeline, text)
    assert (first.text, second.text) == ("Das Angebot", "ist unser letztes Wort.")
    assert first.source is second.source
    assert first.source is not None
    assert first.source.name == "Müller"


def test_headline_colon(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Bürgermeisterin: „Wir bauen 500 Wohnungen“"))
    assert quote.speaker is not None
    assert quote.speaker.text == "Bürgermeisterin"
    assert quote.source is not None
    assert quote.source.kind is SourceKind.PERSON


@pytest.mark.parametrize(
    ("opening", "closing"), [("„", "“"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"')]
)
def test_every_style_of_quotation_mark(
    pipeline: newsclaims.Pipeline, opening: str, closing: str
) -> None:
    quote = only(quotes_of(pipeline, f"{opening}Das ist gut{closing}, sagte Müller."))
    assert quote.text == "Das ist gut"


def test_quote_over_several_paragraphs(pipeline: newsclaims.Pipeline) -> None:
    text = "Keller sagte: „Wir bauen.\n„Und wir bauen weiter.“\nDie Stadt schweigt."
    quote = only(quotes_of(pipeline, text))
    assert quote.text == "Wir bauen.\n„Und wir bauen weiter."
    assert quote.source is not None
    assert quote.source.name == "Keller"


def test_titles_names_and_scare_quotes_are_not_quotes(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Die Zeitung „Bild“ erschien mit neuem Layout. "
        "Die Operation „Cast Lead“ begann im Winter. "
        "Im „Überwachungsstaat“ lebt niemand gern."
    )
    assert quotes_of(pipeline, text) == []


def test_source_named_in_quotes_is_not_a_quote(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Laut „Reuters“ wurden zwei Männer festgenommen."))
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.source is not None
    assert quote.source.name == "Reuters"


def test_partial_quote_inside_reported_speech(pipeline: newsclaims.Pipeline) -> None:
    text = "Der Kanzler sagte, das sei ein „historischer Fehler“ gewesen."
    indirect, direct = quotes_of(pipeline, text)
    assert indirect.kind is QuoteKind.INDIRECT
    assert direct.kind is QuoteKind.DIRECT
    assert direct.text == "historischer Fehler"
    assert direct.source is indirect.source


def test_naming_verb_attributes_a_partial_quote(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Der Kanzler sprach von einem „historischen Fehler“."))
    assert quote.text == "historischen Fehler"
    assert quote.speaker is not None
    assert quote.speaker.text == "Der Kanzler"


# --- indirect speech ----------------------------------------------------------------


def test_konjunktiv_clause_after_the_verb(pipeline: newsclaims.Pipeline) -> None:
    text = "Musk behauptete am Montag, die Plattform sei Ziel einer Attacke geworden."
    quote = only(quotes_of(pipeline, text))
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "die Plattform sei Ziel einer Attacke geworden"
    assert quote.cue is not None
    assert quote.cue.lemma == "behaupten"


def test_dass_clause(pipeline: newsclaims.Pipeline) -> None:
    quote = only(
        quotes_of(pipeline, "Die Polizei bestätigte, dass zwei Männer festgenommen wurden.")
    )
    assert quote.text == "dass zwei Männer festgenommen wurden"
    assert quote.source is not None
    assert quote.source.kind is SourceKind.ORGANIZATION


def test_inverted_attribution(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Die Lage sei ernst, sagte der Minister."))
    assert quote.text == "Die Lage sei ernst"
    assert quote.speaker is not None
    assert quote.speaker.text == "der Minister"


def test_continuation_keeps_the_last_speaker(pipeline: newsclaims.Pipeline) -> None:
    text = "Keller sagte, die Stadt baue Wohnungen. Das Geld sei vorhanden. Die Sonne schien."
    first, second = quotes_of(pipeline, text)
    assert second.text == "Das Geld sei vorhanden"
    assert second.cue is None or second.cue == first.cue
    assert second.source is first.source


@pytest.mark.parametrize(
    ("text", "lemma", "kind", "speaker"),
    [
        ("Laut Polizei wurden zwei Männer festgenommen.", "laut", CueKind.PREPOSITION, "Polizei"),
        (
            "Nach Angaben des Ministeriums sind 40 Schulen geschlossen.",
            "nach",
            CueKind.PREPOSITION,
            "des Ministeriums",
        ),
        ("Dem Bericht zufolge fehlen 300 Lehrer.", "zufolge", CueKind.PREPOSITION, "Dem Bericht"),
        (
            "Wie ein Sprecher mitteilte, bleibt die Brücke gesperrt.",
            "mitteilen",
            CueKind.VERB,
            "ein Sprecher",
        ),
        (
            "In der Mitteilung heißt es, die Lage sei unter Kontrolle.",
            "heißen",
            CueKind.PHRASE,
            "der Mitteilung",
        ),
    ],
)
def test_source_prepositions_and_phrases(
    pipeline: newsclaims.Pipeline, text: str, lemma: str, kind: CueKind, speaker: str
) -> None:
    quote = only(quotes_of(pipeline, text))
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.cue is not None
    assert (quote.cue.lemma, quote.cue.kind) == (lemma, kind)
    assert quote.speaker is not None
    assert quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "lemma"),
    [
        (
            "Die Polizei teilte am Abend mit, drei Menschen seien verletzt worden.",
            "teilte",
            "mitteilen",
        ),
        ("Der Minister räumte ein, Fehler gemacht zu haben.", "räumte", "einräumen"),
        ("Der Sprecher gab bekannt, das Werk werde geschlossen.", "gab", "bekanntgeben"),
    ],
)
def test_separable_verbs(pipeline: newsclaims.Pipeline, text: str, cue: str, lemma: str) -> None:
    quote = only(quotes_of(pipeline, text))
    assert quote.cue is not None
    assert (quote.cue.text, quote.cue.lemma) == (cue, lemma)


def test_hearsay_modal(pipeline: newsclaims.Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Der Täter soll über die Grenze geflohen sein."))
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.cue is not None
    assert quote.cue.lemma == "sollen"
    assert quote.speaker is None


def test_a_plan_is_not_hearsay(pipeline: newsclaims.Pipeline) -> None:
    assert quotes_of(pipeline, "Die Brücke soll im Mai fertig werden.") == []


# --- sources ------------------------------------------------------------------------


def test_chain_of_reporting(pipeline: newsclaims.Pipeline) -> None:
    text = "Zwei Insider des Unternehmens sagten dem Technikportal The Verge, es habe keinen Angriff gegeben."
    quote = only(quotes_of(pipeline, text))
    assert quote.source is not None
    assert quote.source.name == "Zwei Insider des Unternehmens"
    assert quote.source.kind is SourceKind.ANONYMOUS
    assert quote.via is not None
    assert quote.via.name == "The Verge"
    assert quote.via.kind is SourceKind.MEDIA


def test_the_subject_of_the_verb_speaks_past_a_citing_phrase(
    pipeline: newsclaims.Pipeline,
) -> None:
    text = "Die Zeitung berichtete unter Berufung auf Insider, der Vertrag sei unterschrieben."
    quote = only(quotes_of(pipeline, text))
    assert quote.source is not None
    assert quote.source.name == "Zeitung"
    assert quote.source.kind is SourceKind.MEDIA
    assert quote.cue is not None
    assert quote.cue.lemma == "berichten"


def test_a_source_phrase_beats_the_source_it_cites(pipeline: newsclaims.Pipeline) -> None:
    text = "Laut Radio Nord unter Berufung auf die Polizei wurde der Mann festgenommen."
    quote = only(quotes_of(pipeline, text))
    assert quote.speaker is not None
    assert quote.speaker.text == "Radio Nord"


def test_an_opinion_marked_by_a_possessive(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Anna Keller weist die Vorwürfe zurück. "
        "Ihrer Meinung nach hätte die Aufsicht die Landung verbieten müssen."
    )
    quote = only(quotes_of(pipeline, text))
    assert quote.cue is not None
    assert (quote.cue.text, quote.cue.lemma) == ("nach", "nach")
    assert quote.speaker is not None
    assert quote.speaker.text == "Ihrer"
    assert quote.source is not None
    assert quote.source.name == "Anna Keller"


def test_an_impersonal_heisst_es_takes_the_cited_source(pipeline: newsclaims.Pipeline) -> None:
    text = "„Wir bleiben“, hieß es unter Berufung auf eine mit den Plänen vertraute Person."
    quote = only(quotes_of(pipeline, text))
    assert quote.speaker is not None
    assert quote.speaker.text == "eine mit den Plänen vertraute Person"


def test_canonical_name_is_the_fullest_form(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Tech-Milliardär Elon Musk lud zum Gespräch. "
        "Musk sagte, die Server seien überlastet gewesen."
    )
    quote = only(quotes_of(pipeline, text))
    assert quote.speaker is not None
    assert quote.speaker.text == "Musk"
    assert quote.source is not None
    assert quote.source.name == "Elon Musk"
    assert quote.source.kind is SourceKind.PERSON


def test_role_learned_from_an_apposition_resolves_a_description(
    pipeline: newsclaims.Pipeline,
) -> None:
    text = (
        "Tech-Milliardär Elon Musk lud zum Gespräch. "
        "Der Milliardär sagte, die Server seien überlastet gewesen."
    )
    quote = only(quotes_of(pipeline, text))
    assert quote.speaker is not None
    assert quote.speaker.text == "Der Milliardär"
    assert quote.source is not None
    assert quote.source.name == "Elon Musk"
    assert "Milliardär" in quote.source.descriptions


def test_affiliation_and_age_resolve_descriptions(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Der republikanische Kandidat Donald Trump (78) sprach in Ohio. "
        "Der Republikaner sagte, die Wahl sei gestohlen worden. "
        "Der 78-Jährige betonte, er werde gewinnen."
    )
    first, second = quotes_of(pipeline, text)
    assert first.source is not None
    assert first.source.name == "Donald Trump"
    assert second.source is first.source


def test_pronoun_resolves_to_the_most_recent_speaker(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Die Kanzlerin Anna Keller traf den Minister Jan Berg. "
        "Er sagte, die Gespräche seien gut verlaufen."
    )
    quote = only(quotes_of(pipeline, text))
    assert quote.speaker is not None
    assert quote.speaker.text == "Er"
    assert quote.source is not None
    assert quote.source.name == "Jan Berg"


def test_one_source_object_per_entity(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Elon Musk sagte, der Angriff sei massiv gewesen. „Wir haben alles im Griff“, sagte Musk."
    )
    analysis = pipeline.analyze(text)
    assert len(analysis.quotes) == 2
    assert analysis.quotes[0].source is analysis.quotes[1].source
    assert [s.name for s in analysis.sources] == ["Elon Musk"]


def test_boilerplate_is_skipped() -> None:
    class MarkFirstLine:
        @newsclaims.hookimpl
        def newsclaims_clean(self, article: newsclaims.Article) -> newsclaims.Cleaning:
            end = article.text.index("\n")
            return newsclaims.Cleaning(
                boilerplate=[newsclaims.Boilerplate.at(article.text, 0, end, reason="related")]
            )

    text = "„Lesen Sie auch“, sagte Müller.\n„Wir bauen“, sagte Keller."
    analysis = make_pipeline(newsclaims_quotes, MarkFirstLine()).analyze(text)
    assert [q.text for q in analysis.quotes] == ["Wir bauen"]


def test_claims_are_built_from_quotes(pipeline: newsclaims.Pipeline) -> None:
    analysis = pipeline.analyze("Laut Polizei wurden zwei Männer festgenommen.")
    assert [claim.kind for claim in analysis.claims] == [newsclaims.ClaimKind.ATTRIBUTED]
