"""Who speaks: example sentences for the speaker patterns of the quotes plugin.

Each test is a pattern, not a sentence from an evaluation file: the texts are
made up, and each pins the speaker mention or the resolved source a reader
would name.
"""

from __future__ import annotations

import gc

import pytest

import newsclaims
import newsclaims_quotes
from newsclaims.testing import assert_spans_valid, make_pipeline


@pytest.fixture(scope="module")
def pipeline() -> newsclaims.Pipeline:
    return make_pipeline(newsclaims_quotes)


def quotes_of(pipeline: newsclaims.Pipeline, text: str) -> list[newsclaims.Quote]:
    analysis = pipeline.analyze(text)
    assert_spans_valid(text, analysis.quotes)
    assert not analysis.errors
    return list(analysis.quotes)


def speaker_of(pipeline: newsclaims.Pipeline, text: str, quoted: str) -> str | None:
    """The speaker mention of the quote whose text starts with ``quoted``."""
    for quote in quotes_of(pipeline, text):
        if quote.text.startswith(quoted):
            return None if quote.speaker is None else quote.speaker.text
    raise AssertionError(f"no quote starting with {quoted!r} in {text!r}")


def source_of(pipeline: newsclaims.Pipeline, text: str, quoted: str) -> str | None:
    for quote in quotes_of(pipeline, text):
        if quote.text.startswith(quoted):
            return None if quote.source is None else quote.source.name
    raise AssertionError(f"no quote starting with {quoted!r} in {text!r}")


# --- the first position and what is not a subject ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverbial of time fills the first position
        ("Ende Januar verkündete der Verband, dass er sich bewerben werde.", "der Verband"),
        # an adverb with a phrase of its own
        (
            "Stellvertretend für die Kommission empfahl der Kommissar, Gespräche zu beginnen.",
            "der Kommissar",
        ),
        # "der" with a feminine noun or an adjective in -en is no nominative
        (
            "Der englischen Zeitung sagte Hans Keller, er habe keine Angst.",
            "Hans Keller",
        ),
        # "und" opens a main clause with a subject of its own
        (
            "Die Lage war ernst und die Feuerwehr warnte, dass der Damm brechen könne.",
            "die Feuerwehr",
        ),
        # a partitive subject
        ("Einer der Feuerwehrmänner sagte, der Brand sei gelöscht.", "Einer der Feuerwehrmänner"),
        # a fronted object that names no one: the subject follows the verb
        ("Die Pläne der Stadt nannte Hans Keller „zu teuer“.", "Hans Keller"),
        # a plural before a singular verb is its object, however long
        (
            "Die jungen Mönche, die demonstriert hatten, beschrieb die Agentur als „aggressiv“.",
            "die Agentur",
        ),
        # a relative pronoun in the genitive takes its noun along
        (
            "Es gab einen Skandal, in dessen Folge das Gericht festgestellt hatte, "
            "die Warnung sei berechtigt gewesen.",
            "das Gericht",
        ),
        # a surname with a particle, capitalised at the start of the sentence
        ("Von der Heide betonte, die Pläne seien zu teuer.", "Von der Heide"),
        # ... but a prepositional phrase before a passive names the agent
        ("Von der Stadtverwaltung wurde betont, die Pläne seien zu teuer.", "der Stadtverwaltung"),
        (
            "Die Pläne der Stadt kritisierte Hans Keller scharf und glaubt, sie seien zu teuer.",
            "Hans Keller",
        ),
        # an attribute with its own object, adverb or phrase between article and noun
        (
            "Die den Brand überlebende Anna Wolf beschrieb den Abend: „Es war laut.“",
            "Die den Brand überlebende Anna Wolf",
        ),
        (
            "Laut einer gestern veröffentlichten Mitteilung des Vereins fehlen 300 Helfer.",
            "einer gestern veröffentlichten Mitteilung des Vereins",
        ),
        (
            "Laut einer am Montag verbreiteten Erklärung der Stadt fehlen 300 Helfer.",
            "einer am Montag verbreiteten Erklärung der Stadt",
        ),
    ],
)
def test_the_subject_of_the_verb(pipeline: newsclaims.Pipeline, text: str, speaker: str) -> None:
    quote = quotes_of(pipeline, text)[0]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker


def test_own_statements_resolve_to_the_subject(pipeline: newsclaims.Pipeline) -> None:
    text = "Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle abgesucht."
    (quote,) = quotes_of(pipeline, text)
    assert quote.speaker is not None
    assert quote.speaker.text == "eigenen Angaben"
    assert quote.source is not None
    assert quote.source.name == "Feuerwehr"


def test_a_quote_in_brackets_after_a_person(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Viele gratulierten, so der Präsident Hans Keller und die Ministerin Anna Wolf "
        "(„Niemand hat das mehr verdient.“), und der Kanzler."
    )
    assert speaker_of(pipeline, text, "Niemand hat") == "die Ministerin Anna Wolf"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("Damals dachte niemand, dass es so lange halten würde.", "dass es", "niemand"),
        ("eBay hält es für möglich, dass der Rekord fällt.", "dass der", "eBay"),
    ],
)
def test_pronouns_and_names_written_small(
    pipeline: newsclaims.Pipeline, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(pipeline, text, quoted) == speaker


def test_so_with_a_pronoun(pipeline: newsclaims.Pipeline) -> None:
    text = "Anna Wolf und Jana Roth standen vor dem Käfig. „Das Elend geht weiter“, so letztere."
    quotes = quotes_of(pipeline, text)
    assert [q.text for q in quotes] == ["Das Elend geht weiter"]  # no second, indirect copy
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.text == "letztere"


def test_a_stop_typed_without_its_space_ends_the_sentence(pipeline: newsclaims.Pipeline) -> None:
    text = "„Wir bleiben“, sagte Anna Wolf.Der Vorsitzende Jan Roth sagte, der Verein bleibe."
    assert speaker_of(pipeline, text, "Wir bleiben") == "Anna Wolf"
    assert speaker_of(pipeline, text, "der Verein") == "Der Vorsitzende Jan Roth"


def test_appositions_after_a_clause_are_one_speaker(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Die Ministerin wies das zurück, die Sprecherin der Fraktion in Berlin, "
        "Anna Boser, erklärte: „Das ist falsch.“"
    )
    quote = quotes_of(pipeline, text)[-1]
    assert quote.text == "Das ist falsch."
    assert quote.speaker is not None
    assert quote.speaker.text == "die Sprecherin der Fraktion in Berlin, Anna Boser"
    assert quote.source is not None
    assert quote.source.name == "Anna Boser"  # the apposed name, not "Berlin"


def test_appositions_inside_a_wie_clause(pipeline: newsclaims.Pipeline) -> None:
    text = "Wie der Vorsitzende Richter, Otto Brand, ausführte, sei die Tat geplant gewesen."
    assert source_of(pipeline, text, "sei die Tat") == "Otto Brand"


def test_a_second_verb_shares_the_subject(pipeline: newsclaims.Pipeline) -> None:
    text = "Als Beispiel führte er den Bahnhof an und führte aus, hier gebe es eine Chance."
    assert speaker_of(pipeline, text, "hier gebe es") == "er"


# --- citing and passives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Agentur zitiert den Minister mit den Worten: „Es reicht.“", "Die Agentur"),
        ("„Es reicht“, zitiert die Zeitung den Minister.", "die Zeitung"),
        ("„Es reicht“, zitierte man den Minister Hans Keller.", "den Minister Hans Keller"),
    ],
)
def test_the_one_who_quotes_speaks(pipeline: newsclaims.Pipeline, text: str, speaker: str) -> None:
    assert speaker_of(pipeline, text, "Es reicht") == speaker


def test_the_passive_of_zitieren(pipeline: newsclaims.Pipeline) -> None:
    text = "Der Fraktionschef Hans Keller wird von der Zeitung mit den Worten zitiert: „Es reicht.“"
    quote = quotes_of(pipeline, text)[0]
    assert quote.source is not None
    assert quote.source.name == "Hans Keller"
    assert quote.via is not None
    assert quote.via.name == "Zeitung"


def test_the_agent_stands_next_to_the_participle(pipeline: newsclaims.Pipeline) -> None:
    text = "Die Gefahr von Waldbränden wird vom Wetterdienst als „sehr hoch“ eingestuft."
    assert speaker_of(pipeline, text, "sehr hoch") == "Wetterdienst"


def test_a_document_that_opens_the_sentence(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, "
        "dass die Partei antreten werde."
    )
    assert speaker_of(pipeline, text, "dass die Partei") == "einer Presseerklärung"


def test_heisst_es_citing_a_source(pipeline: newsclaims.Pipeline) -> None:
    text = "Er wolle nicht spenden, hieß es unter Berufung auf eine vertraute Person."
    assert speaker_of(pipeline, text, "Er wolle") == "eine vertraute Person"


# --- nouns that report ------------------------------------------------------------------


def test_wonach_takes_the_report_noun(pipeline: newsclaims.Pipeline) -> None:
    text = "Der Minister bestätigte Berichte, wonach das Werk geschlossen werde."
    assert speaker_of(pipeline, text, "das Werk") == "Berichte"


def test_a_noun_of_holding_a_view(pipeline: newsclaims.Pipeline) -> None:
    text = "Die Staatsanwaltschaft hegt den Verdacht, der Mann könnte Geld veruntreut haben."
    assert speaker_of(pipeline, text, "der Mann könnte") == "Die Staatsanwaltschaft"


def test_a_relative_clause_is_no_view(pipeline: newsclaims.Pipeline) -> None:
    text = "Er hatte in Umfragen in Staaten, die die Wahl entscheiden könnten, aufgeholt."
    assert not quotes_of(pipeline, text)


def test_a_person_the_sentence_opens_with(pipeline: newsclaims.Pipeline) -> None:
    text = "Für den Gesundheitsminister Paul Weber ist die Lage „alarmierend“."
    assert source_of(pipeline, text, "alarmierend") == "Paul Weber"


# --- sources written small --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut tagesschau.de sei der Vertrag unterschrieben.", "tagesschau.de"),
        ("Laut „tagesschau.de“ sei der Vertrag unterschrieben.", "„tagesschau.de“"),
        ("Der Vertrag sei laut el-Baradei unterschrieben.", "el-Baradei"),
        ("Wie „heise online“ berichtet, wurde der Zugang gesperrt.", "„heise online“"),
    ],
)
def test_names_written_small(pipeline: newsclaims.Pipeline, text: str, speaker: str) -> None:
    quote = quotes_of(pipeline, text)[0]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker


def test_a_german_opener_closed_by_a_straight_mark(pipeline: newsclaims.Pipeline) -> None:
    quote = quotes_of(pipeline, '„So ist es", sagte Keller.')[0]
    assert quote.text == "So ist es"
    assert quote.speaker is not None
    assert quote.speaker.text == "Keller"


def test_numbers_keep_their_separators(pipeline: newsclaims.Pipeline) -> None:
    text = "Um 11:05 Uhr meldete die Nachrichtenseite, der Verein wolle klagen."
    assert speaker_of(pipeline, text, "der Verein") == "die Nachrichtenseite"


# --- speech within speech and continuations -----------------------------------------


def test_speech_reported_inside_a_statement_does_not_displace_it(
    pipeline: newsclaims.Pipeline,
) -> None:
    text = "Die Außenminister erklärten, dass sie es begrüßen, Serbien den Status zu verleihen."
    quote = quotes_of(pipeline, text)[0]
    assert quote.text.startswith("dass sie es begrüßen")
    assert quote.speaker is not None
    assert quote.speaker.text == "Die Außenminister"


def test_a_reported_clause_ends_before_an_inverted_attribution(
    pipeline: newsclaims.Pipeline,
) -> None:
    text = (
        "Nachdem er gefragt wurde, was seine Partei unterscheide, "
        "entgegnete Suttner: „Das ist doch klar.“"
    )
    assert speaker_of(pipeline, text, "Das ist doch klar") == "Suttner"


def test_a_speech_act_in_the_konjunktiv_is_reported(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Laut dem Journal habe es ein Gespräch gegeben. "
        "In diesem hätte Musk den Kandidaten über seine Pläne informiert. "
        "Der Unternehmer versuche demnach, Spender zu gewinnen."
    )
    sources = {quote.text[:10]: quote.source for quote in quotes_of(pipeline, text)}
    assert {None if s is None else s.name for s in sources.values()} == {"Journal"}
    assert len(sources) == 3


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Die Ministerin Anna Keller warnte, die Firma verfolge eigene Ziele. "
            "Die Kunden würden lediglich benutzt. Das Ziel sei der Gewinn.",
            "Das Ziel",
            "Die Ministerin Anna Keller",
        ),
        (
            "Der Bericht des Amtes schildert die Ursachen. "
            "Arbeiter hätten am Vortag ein Ventil geöffnet. Dadurch sei Gas ausgetreten.",
            "Dadurch sei",
            "Der Bericht des Amtes",
        ),
    ],
)
def test_the_subject_of_a_sentence_in_the_konjunktiv_is_no_new_speaker(
    pipeline: newsclaims.Pipeline, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(pipeline, text, quoted) == speaker


def test_a_person_named_in_a_plain_sentence_goes_on(pipeline: newsclaims.Pipeline) -> None:
    text = (
        "Der Verband sagte, die Zahlen seien gut. Die Mitglieder trafen sich in Berlin. "
        "Danach traf der Ministerpräsident Hans Weber in Berlin ein. Die Lage sei ernst."
    )
    assert source_of(pipeline, text, "Die Lage sei ernst") == "Hans Weber"


# --- resources --------------------------------------------------------------------------


def test_an_article_leaves_no_reference_cycle(pipeline: newsclaims.Pipeline) -> None:
    """Everything an article builds is freed when it is done, without the cyclic collector."""
    text = "Der Minister Hans Weber sagte, die Lage sei ernst. Er betonte: „Wir handeln.“ " * 20
    pipeline.analyze(text)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        document = pipeline.analyze(text).document
        newsclaims_quotes.newsclaims_extract(document)
        del document
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
