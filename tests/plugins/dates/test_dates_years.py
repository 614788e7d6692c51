"""Which year a date without one lies in.  The sentences are written for the test.

The reference is Wednesday, 10 June 2020.
"""

from __future__ import annotations

import pytest

from newsclaims_dates import find_times

REFERENCE = "2020-06-10"


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, REFERENCE)}


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # a year named before in the sentence
        (
            "Im Sommer 2015 kamen mehr Gäste, allein bis Ende Juni drei Millionen.",
            "Ende Juni",
            "2015-06",
        ),
        (
            "Die Frist wurde im Jahr 2017 verlängert: zuerst bis Mitte Januar.",
            "Mitte Januar",
            "2017-01",
        ),
        # years counted back from the reference
        ("Wie es vor fünfzig Jahren war, als am 8. Mai der Krieg endete.", "8. Mai", "1970-05-08"),
        # the later end of a range writes the year of both
        ("Von September bis November 2015 stieg die Zahl.", "September", "2015-09"),
        ("Zwischen März und Mai 2019 sank die Zahl.", "März", "2019-03"),
        # both ends without a year lie in one year
        ("Zwischen Juni und Oktober wurden Proben genommen.", "Juni", "2019-06"),
        ("Zwischen Dezember und Januar will die Stadt impfen.", "Dezember", "2020-12"),
    ],
)
def test_a_date_takes_the_year_its_sentence_speaks_of(
    sentence: str, text: str, expected: str
) -> None:
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # a year that opens a span, or belongs to an attribute, is no year of the sentence
        ("Seit 2010 besteht die Firma, im März kam der Einbruch.", "März", "2020-03"),
        ("Der 1960 geborene Maler stellt im Juli aus.", "Juli", "2020-07"),
        # a date counted from now keeps the present's year, and lies before it
        ("Der Bau begann im November 2019, seit Mitte Juli ruht er.", "Mitte Juli", "2019-07"),
        # a year of an origin, or one the tense contradicts, does not carry
        (
            "Der Vertrag aus dem Jahr 2015 soll am 18. Oktober auslaufen.",
            "18. Oktober",
            "2020-10-18",
        ),
        ("Das Gesetz von 2015 wird am 1. Oktober geändert.", "1. Oktober", "2020-10-01"),
        # nor does the year of the sentence before
        ("Im März 2019 wurde er verurteilt. Im Februar kam er frei.", "Februar", "2020-02"),
        # "dieser" points at the reference year
        (
            "Das Komitee wird im Jahr 2024 tagen, in diesem Dezember entscheidet es.",
            "diesem Dezember",
            "2020-12",
        ),
    ],
)
def test_some_years_do_not_carry(sentence: str, text: str, expected: str) -> None:
    assert values(sentence)[text] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Geimpft werden Menschen zwischen 18 und 60 Jahren.",
        "Für Kinder unter zwölf Jahren gilt die Regel nicht.",
        "Bei Personen ab 65 Jahren ist das Risiko höher.",
        "Die meisten Toten waren älter als 80 Jahre.",
        "Die Zielgruppe sind Leser ab 14 Jahren, zehn Jahre und älter.",
        "Die Ärztin, 54 Jahre, arbeitet wieder.",
        "Der Täter war 19 Jahre, als er festgenommen wurde.",
        "Die Altersgrenze für den Führerschein soll von 18 Jahren auf 17 Jahre sinken.",
        "Geimpft wurden nur Frauen im Alter von 20 bis 34 Jahren.",
    ],
)
def test_ages_are_no_durations(sentence: str) -> None:
    assert values(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        (
            "Den Angeklagten drohen Haftstrafen von bis zu zehn Jahren.",
            "bis zu zehn Jahren",
            "P10Y",
        ),
        ("Nach einer Übergangszeit von acht Jahren endet die Frist.", "acht Jahren", "P8Y"),
        ("Das ist zehn Jahre her.", "zehn Jahre", "P10Y"),
    ],
)
def test_durations_near_people_stay_durations(sentence: str, text: str, expected: str) -> None:
    assert values(sentence)[text] == expected


def test_a_number_that_closes_sind_es_is_a_count() -> None:
    assert values("Mittlerweile sind es 1600 – mehr als je zuvor.") == {}
    assert values("Damals waren es 2019 noch 500 Mitglieder.") == {"2019": "2019"}
