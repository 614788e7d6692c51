"""Examples of what the boilerplate plugin removes, keeps and reads, on pages written for the tests."""

from __future__ import annotations

import pytest

import newsclaims
import newsclaims_boilerplate
from newsclaims.testing import assert_spans_valid, make_pipeline

PARAGRAPHS = (
    "Die Stadtwerke erhöhen zum 1. Januar die Preise für Strom und Gas um durchschnittlich zwölf Prozent, "
    "wie ein Sprecher am Montag mitteilte.",
    "„Wir müssen die stark gestiegenen Kosten für Energie an unsere Kunden weitergeben“, sagte die "
    "Geschäftsführerin. Die Verbraucherzentrale kritisierte den Schritt als unverhältnismäßig.",
    "Nach Angaben des Unternehmens sind rund 40.000 Haushalte betroffen. Wer einen Sondervertrag hat, "
    "kann bis Ende Dezember kündigen, ohne eine Gebühr zu zahlen.",
)


def clean(text: str, hooks: newsclaims.Hooks | None = None) -> newsclaims.Cleaning:
    cleaning = newsclaims_boilerplate.clean(newsclaims.Article(text=text), hooks)
    assert_spans_valid(text, cleaning.boilerplate)
    return cleaning


def labels(text: str) -> dict[str, str | None]:
    """Each non-empty line's reason (``None``: content), decided by most of its characters."""
    spans = clean(text).boilerplate
    result: dict[str, str | None] = {}
    position = 0
    for line in text.split("\n"):
        if line.strip():
            reason = None
            for span in spans:
                covered = min(span.end, position + len(line)) - max(span.start, position)
                if 2 * covered >= len(line.strip()):
                    reason = span.reason
            result[line] = reason
        position += len(line) + 1
    return result


def page(*lines: str) -> str:
    return "\n".join(lines)


def test_menus_around_an_article_are_navigation_and_footer() -> None:
    text = page(
        "Zum Inhalt springen",
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Sport",
        "Suche",
        "Strompreise steigen zum Jahreswechsel",
        *PARAGRAPHS,
        "Impressum",
        "Datenschutz",
        "Kontakt",
    )
    found = labels(text)
    assert found["Strompreise steigen zum Jahreswechsel"] is None
    assert all(found[paragraph] is None for paragraph in PARAGRAPHS)
    assert found["Zum Inhalt springen"] == found["Suche"] == "navigation"
    assert found["Politik"] == "navigation"
    assert found["Impressum"] == found["Kontakt"] == "footer"
    assert clean(text).title == "Strompreise steigen zum Jahreswechsel"


def test_a_list_after_meistkommentiert_is_related() -> None:
    text = page(
        *PARAGRAPHS,
        "meistkommentiert",
        "Rassismus der CDU",
        "Merz will Doppelstaatler ausbürgern",
        "Regierung in Österreich",
        "Warnsignal für Deutschland",
    )
    found = labels(text)
    assert [found[line] for line in PARAGRAPHS] == [None, None, None]
    assert found["meistkommentiert"] == "related"
    assert found["Warnsignal für Deutschland"] == found["Rassismus der CDU"] == "related"


def test_markers_inside_the_article_leave_the_paragraphs_around_them() -> None:
    text = page(
        PARAGRAPHS[0],
        "Anzeige",
        PARAGRAPHS[1],
        "Die Zentrale der Stadtwerke in der Innenstadt. Foto: Anna Muster/dpa",
        "Lesen Sie auch: Heizkosten steigen im Winter deutlich",
        PARAGRAPHS[2],
    )
    found = labels(text)
    assert found["Anzeige"] == "advertisement"
    assert (
        found["Die Zentrale der Stadtwerke in der Innenstadt. Foto: Anna Muster/dpa"] == "caption"
    )
    assert found["Lesen Sie auch: Heizkosten steigen im Winter deutlich"] == "related"
    assert [found[line] for line in PARAGRAPHS] == [None, None, None]


def test_teasers_after_mehr_zum_thema_are_related_until_the_article_resumes() -> None:
    text = page(
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Mehr zum Thema",
        "Heizkosten steigen im Winter deutlich",
        "Was Mieter jetzt wissen müssen",
        PARAGRAPHS[2],
        PARAGRAPHS[0].replace("Januar", "Februar"),
    )
    found = labels(text)
    assert found["Mehr zum Thema"] == found["Was Mieter jetzt wissen müssen"] == "related"
    assert found[PARAGRAPHS[2]] is None


def test_a_comment_section_never_joins_the_article() -> None:
    comment = (
        "Das ist doch eine Frechheit, die Preise steigen jedes Jahr und niemand unternimmt etwas dagegen. "
        "Ich werde meinen Vertrag jedenfalls kündigen und zu einem anderen Anbieter wechseln."
    )
    text = page(*PARAGRAPHS, "Kommentare", "Anna_K", comment, "Antworten", "Heinz", comment.upper())
    found = labels(text)
    assert found["Kommentare"] == "comments"
    assert found[comment] == "comments"
    assert [found[line] for line in PARAGRAPHS] == [None, None, None]


def test_a_byline_is_boilerplate_and_names_the_authors() -> None:
    text = page(
        "Strompreise steigen", "VON ANNA MUSTER und Max Mustermann am 12. Mai 2024", *PARAGRAPHS
    )
    cleaning = clean(text)
    assert labels(text)["VON ANNA MUSTER und Max Mustermann am 12. Mai 2024"] == "byline"
    assert cleaning.authors == ("Anna Muster", "Max Mustermann")


def test_a_label_on_its_own_line_gives_the_next_line_its_reason() -> None:
    text = page("Strompreise steigen", "Von:", "Anna Muster", "Stand", "12.05.2024", *PARAGRAPHS)
    found = labels(text)
    assert found["Anna Muster"] == "byline"
    assert found["12.05.2024"] == "dateline"
    assert clean(text).authors == ("Anna Muster",)


def test_an_author_note_after_the_article_is_a_byline() -> None:
    text = page(
        "Von Anna Muster",
        *PARAGRAPHS,
        "Anna Muster arbeitet seit 2015 als Wirtschaftsredakteurin und schreibt über Energie und Verbraucher.",
    )
    found = labels(text)
    assert (
        found[
            "Anna Muster arbeitet seit 2015 als Wirtschaftsredakteurin und schreibt über Energie und Verbraucher."
        ]
        == "byline"
    )


def test_a_date_line_is_boilerplate_and_read_through_the_date_hook() -> None:
    text = page("Strompreise steigen", "Mo, 11:41 Uhr 06.11.2023", *PARAGRAPHS)
    assert labels(text)["Mo, 11:41 Uhr 06.11.2023"] == "dateline"
    pipeline = make_pipeline(newsclaims_boilerplate)
    assert clean(text, pipeline.hooks).published == newsclaims.PartialDate.parse("2023-11-06")
    assert clean(text).published is None  # without hooks no date is read


class GermanDates:
    """A stand-in for the dates plugin: it knows one written-out date."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, newsclaims.PartialDate | None]] = []

    @newsclaims.hookimpl
    def newsclaims_parse_date(
        self, text: str, reference: newsclaims.PartialDate | None
    ) -> newsclaims.TimeExpression | None:
        self.calls.append((text, reference))
        start = text.find("20. März 2021")
        if start < 0:
            return None
        return newsclaims.TimeExpression.at(
            text, start, start + 13, type="DATE", value="2021-03-20"
        )


def test_the_date_is_read_by_whatever_plugin_parses_german_dates() -> None:
    dates = GermanDates()
    pipeline = make_pipeline(newsclaims_boilerplate, dates)
    text = page("Strompreise steigen", "20. März 2021 - 15:00 Uhr", *PARAGRAPHS)
    analysis = pipeline.analyze(newsclaims.Article(text=text))
    assert analysis.article.published == newsclaims.PartialDate.parse("2021-03-20")
    assert dates.calls[0] == ("20. März 2021 - 15:00 Uhr", None)
    assert labels(text)["20. März 2021 - 15:00 Uhr"] == "dateline"


def test_a_date_prefix_is_a_span_of_its_own_and_the_line_stays_content() -> None:
    lead = " date 2024-08 Im Gespräch zwischen den beiden kam es zunächst zu einer technischen Panne, sagte ein Sprecher."
    text = page(lead, *PARAGRAPHS)
    cleaning = clean(text, make_pipeline(newsclaims_boilerplate).hooks)
    [prefix] = [span for span in cleaning.boilerplate if span.start < len(lead)]
    assert (prefix.text, prefix.reason) == ("date 2024-08", "dateline")
    assert labels(text)[lead] is None
    assert cleaning.published == newsclaims.PartialDate(year=2024, month=8)


def test_an_exact_repeat_of_a_content_line_is_a_duplicate() -> None:
    title = "Strompreise steigen zum Jahreswechsel deutlich"
    text = page(title, title, *PARAGRAPHS, PARAGRAPHS[1])
    spans = clean(text).boilerplate
    duplicates = [span for span in spans if span.reason == "duplicate"]
    assert [span.text for span in duplicates] == [title, PARAGRAPHS[1]]
    assert duplicates[0].start == len(title) + 1  # the second copy, not the first
    assert spans[-1].start > text.index(PARAGRAPHS[2])


def test_an_appeal_that_talks_to_the_reader_is_boilerplate() -> None:
    appeal = (
        "Unser Journalismus ist kostenfrei zugänglich. Unterstützen Sie uns mit einer Spende, "
        "damit das so bleibt."
    )
    found = labels(page(*PARAGRAPHS, appeal))
    assert found[appeal] == "appeal"
    assert found[PARAGRAPHS[2]] is None


def test_a_clean_article_loses_nothing() -> None:
    text = page(
        "Strompreise steigen", "", PARAGRAPHS[0], "", "Kunden können kündigen", "", *PARAGRAPHS[1:]
    )
    assert clean(text).boilerplate == ()


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "Anzeige", "Nur eine Überschrift ohne Text", "Menü\nSuche\nImpressum"],
    ids=["empty", "blank", "marker", "headline", "menu"],
)
def test_texts_without_an_article_keep_all_but_their_markers(text: str) -> None:
    found = labels(text)
    assert found.get("Nur eine Überschrift ohne Text") is None
    assert all(
        reason is not None
        for line, reason in found.items()
        if line in ("Anzeige", "Menü", "Suche", "Impressum")
    )


def test_the_pipeline_fills_missing_metadata_and_skips_boilerplate_sentences() -> None:
    text = page(
        "Menü", "Strompreise steigen", "Von Anna Muster", "06.11.2023", *PARAGRAPHS, "Impressum"
    )
    pipeline = make_pipeline(newsclaims_boilerplate)
    analysis = pipeline.analyze(newsclaims.Article(text=text, title="Gegebener Titel"))
    assert analysis.errors == ()
    assert analysis.article.title == "Gegebener Titel"  # what the input gave is kept
    assert analysis.article.authors == ("Anna Muster",)
    assert analysis.article.published == newsclaims.PartialDate.parse("2023-11-06")
    contents = [sentence.text for sentence in analysis.content_sentences]
    assert "Menü" not in contents
    assert "Impressum" not in contents
    assert contents[0] == "Strompreise steigen"


def test_the_plugin_is_installed_and_can_be_disabled() -> None:
    text = page("Menü", *PARAGRAPHS)
    installed = newsclaims.Pipeline(plugins=["boilerplate"], environ={})
    assert installed.analyze(text).boilerplate
    disabled = newsclaims.Pipeline(plugins=["boilerplate"], disable=["boilerplate"], environ={})
    assert disabled.analyze(text).boilerplate == ()
