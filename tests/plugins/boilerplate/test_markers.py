"""The boilerplate plugin's data tables: well-formed, consistent, and silent on news prose."""

from __future__ import annotations

import pytest

from newsclaims.lexicon import LexiconError, read_table
from newsclaims_boilerplate.lines import Kind, analyse
from newsclaims_boilerplate.vocabulary import (
    REASONS,
    Match,
    Role,
    index_markers,
    marker_of,
    vocabulary,
    words_of,
)

PACKAGE = "newsclaims_boilerplate"

#: Sentences of ordinary news prose (written for this test): no marker may fire on them.
NEWS_PROSE = (
    "Die Stadtwerke erhöhen zum 1. Januar die Preise für Strom und Gas um durchschnittlich zwölf Prozent.",
    "Der Bürgermeister kündigte am Montag an, die Sanierung der Brücke werde bis zum Herbst dauern.",
    "„Wir haben alle Möglichkeiten geprüft“, sagte die Sprecherin der Polizei auf Nachfrage.",
    "Nach Angaben des Verbandes haben sich mehr als 300 Betriebe an der Umfrage beteiligt.",
    "Im Oktober fiel in Norddeutschland fast doppelt so viel Regen wie im langjährigen Mittel.",
    "Das Gericht wies die Klage ab, weil die Frist bereits verstrichen war.",
    "Die Gewerkschaft fordert für die Beschäftigten eine Erhöhung um 10,5 Prozent.",
    "Mit den Kunden sei es aber weiterhin gut gelaufen, sagte der Bäckermeister.",
    "Kritiker werfen der Regierung vor, die Kosten zu spät offengelegt zu haben.",
    "Zu Beginn der Debatte warb der Premierminister noch einmal eindringlich um Unterstützung.",
    "Von der Leyen sagte, die Ukraine habe den Weg für Beitrittsgespräche fast geschafft.",
    "Die Kommentare der Opposition fielen entsprechend scharf aus.",
    "Fotos zeigen, wie das Wasser die Straßen der Altstadt überflutet.",
    "Anzeigen gegen Unbekannt wurden in drei Fällen erstattet.",
    "Ein Newsletter des Ministeriums hatte die Änderung schon im Sommer angekündigt, sagte die Ministerin.",
)


def test_all_tables_load_and_are_indexed() -> None:
    tables = vocabulary()
    assert "anzeige" in {m.phrase for ms in tables.start_markers.values() for m in ms}
    assert tables.line_markers["impressum"].reason == "footer"
    assert tables.contains_markers[("cookies",)].role is Role.HINT
    assert tables.date_words["märz"] == "month"
    assert "dpa" in tables.agencies
    assert "foto" in tables.credit_labels
    assert "der" in tables.stopwords
    assert "Sie" in tables.address


def test_every_marker_row_is_reviewed_data() -> None:
    rows = read_table(PACKAGE, "data/markers.tsv", unique=("phrase", "match"))
    assert len(rows) > 300
    for row in rows:
        marker = marker_of(row, row["phrase"])
        assert marker.reason in REASONS
        if marker.match is Match.CONTAINS:
            assert len(marker.phrase.split()) <= 4, "hints are n-grams of up to four words"
        else:
            assert marker.max_words == 0 or marker.max_words >= len(marker.phrase.split())


def test_every_reason_the_cleaner_reports_is_documented_by_the_core() -> None:
    import newsclaims

    documented = newsclaims.Boilerplate.__doc__ or ""
    for reason in REASONS:
        assert f"``{reason}``" in documented


@pytest.mark.parametrize(
    ("row", "complaint"),
    [
        (
            {
                "phrase": "Anzeige",
                "match": "line",
                "reason": "advertisement",
                "role": "furniture",
                "max_words": "2",
            },
            "lower case",
        ),
        (
            {
                "phrase": "anzeige",
                "match": "line",
                "reason": "ads",
                "role": "furniture",
                "max_words": "2",
            },
            "unknown reason",
        ),
        (
            {
                "phrase": "anzeige",
                "match": "row",
                "reason": "advertisement",
                "role": "furniture",
                "max_words": "2",
            },
            "'row'",
        ),
        (
            {
                "phrase": "kommentare",
                "match": "line",
                "reason": "footer",
                "role": "end",
                "max_words": "2",
            },
            "comments",
        ),
        (
            {
                "phrase": "cookies",
                "match": "contains",
                "reason": "other",
                "role": "furniture",
                "max_words": "0",
            },
            "hints",
        ),
        (
            {
                "phrase": "lesen sie auch",
                "match": "start",
                "reason": "related",
                "role": "list",
                "max_words": "2",
            },
            "never match",
        ),
        (
            {
                "phrase": "anzeige",
                "match": "line",
                "reason": "advertisement",
                "role": "furniture",
                "max_words": "x",
            },
            "whole number",
        ),
        (
            {
                "phrase": "--",
                "match": "line",
                "reason": "navigation",
                "role": "furniture",
                "max_words": "2",
            },
            "no words",
        ),
    ],
)
def test_a_broken_row_fails_loudly_with_its_place(row: dict[str, str], complaint: str) -> None:
    with pytest.raises(LexiconError, match=complaint) as caught:
        marker_of(row, "markers.tsv: line 7")
    assert "markers.tsv: line 7" in str(caught.value)


def test_a_repeated_marker_fails_loudly() -> None:
    row = {
        "phrase": "impressum",
        "match": "line",
        "reason": "footer",
        "role": "furniture",
        "max_words": "2",
    }
    with pytest.raises(LexiconError, match="repeats"):
        index_markers([row, dict(row)])


@pytest.mark.parametrize(
    ("resource", "columns"),
    [
        ("data/stopwords.tsv", ("word",)),
        ("data/address.tsv", ("word",)),
        ("data/dates.tsv", ("word", "kind")),
        ("data/credits.tsv", ("word", "kind")),
    ],
)
def test_word_tables_are_lower_case_where_matched_so(
    resource: str, columns: tuple[str, ...]
) -> None:
    rows = read_table(PACKAGE, resource, columns=columns, unique=("word",))
    assert rows
    for row in rows:
        if resource != "data/address.tsv":  # "Sie" must stay capitalised: "sie" is "she"
            assert row["word"] == row["word"].lower(), row


@pytest.mark.parametrize("sentence", NEWS_PROSE)
def test_no_marker_fires_on_news_prose(sentence: str) -> None:
    [line] = analyse(sentence, vocabulary())
    assert line.kind is Kind.PROSE
    assert line.reason is None, f"{sentence!r} was taken for {line.reason} ({line.role})"
    assert len(vocabulary().hints(words_of(sentence))) <= 1
