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
