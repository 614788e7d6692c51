"""What the dates plugin reads from German text, one construction at a time.

The reference date is Tuesday, 13 August 2024 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from newsclaims import TimexType
from newsclaims.testing import assert_spans_valid
from newsclaims_dates import find_times

REFERENCE = "2024-08-13"


def only(text: str, reference: str | None = REFERENCE) -> tuple[str, str, str | None]:
    """The single expression in ``text`` as (its text, type, value)."""
    found = find_times(text, reference)
    assert_spans_valid(text, found)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0].text, found[0].type.value, found[0].value


def values(text: str, reference: str | None = REFERENCE) -> list[str | None]:
    found = find_times(text, reference)
    assert_spans_valid(text, found)
    return [t.value for t in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Wahl findet am 5. November 2024 statt.", "2024-11-05"),
        ("Stichtag war der 05.11.2024.", "2024-11-05"),
        # ISO dates across the whole supported range (found by the explore profile)
        ("Der Vertrag läuft bis 2100-01-01.", "2100-01-01"),
        ("Gegründet am 1900-12-31.", "1900-12-31"),
        ("Die Frist lief am 3.4. ab.", "2024-04-03"),
        ("Im Jänner 2023 war es kalt.", "2023-01"),
        ("Seit Feber 2022 gilt das Gesetz.", "2022-02"),
        ("Die Tagung beginnt am 7. Sept. 2025.", "2025-09-07"),
        ("Bis Jan. 2026 soll das klappen.", "2026-01"),
        ("Am Mittwoch, dem 20. November, wird entschieden.", "2024-11-20"),
        ("Er wurde 2019-03-04 entlassen.", "2019-03-04"),
        ("Der Vertrag endet im Dezember 2030.", "2030-12"),
    ],
)
def test_absolute_dates(text: str, value: str) -> None:
    assert only(text)[1:] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In den 90er Jahren wuchs die Stadt.", "199"),
        ("Die Neunzigerjahre waren wild.", "199"),
        ("Mitte der siebziger Jahre begann es.", "197"),
        ("Zu Beginn des 19. Jahrhunderts war das anders.", "18"),
        ("Im ersten Halbjahr 2023 sank der Umsatz.", "2023-H1"),
        ("Im dritten Quartal 2024 stieg er.", "2024-Q3"),
        ("Im Herbst 2009 wurde gewählt.", "2009-FA"),
        ("Anfang März wurde gewählt.", "2024-03"),
        ("Ende 2020 kam die Wende.", "2020"),
        ("Weihnachten 2023 war ruhig.", "2023-12-24"),
        ("Ostern 2024 fiel früh.", "2024-03-31"),
        ("Silvester 2019 feierten wir.", "2019-12-31"),
    ],
)
def test_periods(text: str, value: str) -> None:
    assert only(text)[2] == value


def test_parts_carry_a_mod() -> None:
    (expression,) = find_times("Ende März wird er zurücktreten.", REFERENCE)
    assert (expression.value, expression.mod) == ("2025-03", "END")


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("Gestern Abend kam er an.", "TIME", "2024-08-12TEV"),
        ("Vorgestern regnete es.", "DATE", "2024-08-11"),
        ("Heute Morgen war es kühl.", "TIME", "2024-08-13TMO"),
        ("Am Montag lud Musk ein.", "DATE", "2024-08-12"),
        ("Am kommenden Montag wird gewählt.", "DATE", "2024-08-19"),
        ("Am vergangenen Dienstag war Ruhe.", "DATE", "2024-08-06"),
        ("Vergangene Woche sagte er ab.", "DATE", "2024-W32"),
        ("Im Vorjahr war es anders.", "DATE", "2023"),
        ("Heuer wird es besser.", "DATE", "2024"),
        ("Nächsten Monat beginnt die Schule.", "DATE", "2024-09"),
        ("Im vergangenen Jahr sank die Zahl.", "DATE", "2023"),
        ("Am Wochenende hatte es geregnet.", "DATE", "2024-W32-WE"),
        ("Das Ergebnis kommt morgen.", "DATE", "2024-08-14"),
    ],
)
def test_relative_expressions(text: str, type_: str, value: str) -> None:
    assert only(text)[1:] == (type_, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Es beginnt um 20 Uhr.", "2024-08-13T20:00"),
        ("Der Zug fuhr um 16.05 Uhr ab.", "2024-08-13T16:05"),
        ("Treffpunkt ist 9:30 Uhr.", "2024-08-13T09:30"),
        ("Um 20.30 Uhr Ortszeit sprach er.", "2024-08-13T20:30"),
        ("Um halb neun ging es los.", "2024-08-13T08:30"),
        ("Um neun Uhr begann die Sitzung.", "2024-08-13T09:00"),
    ],
)
def test_clock_times(text: str, value: str) -> None:
    assert only(text)[1:] == ("TIME", value)


def test_clock_time_takes_the_day_named_before() -> None:
    text = "Am Montag lud Musk ein. Das Gespräch sollte um 20 Uhr beginnen."
    assert values(text) == ["2024-08-12", "2024-08-12T20:00"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Danach passierte 45 Minuten lang nichts.", "PT45M"),
        ("Er war drei Wochen unterwegs.", "P3W"),
        ("Der Stream begann mit einer Dreiviertelstunde Verspätung.", "PT45M"),
        ("Sie stritten jahrelang.", "PXY"),
        ("Seit zwei Jahren lebt er hier.", "P2Y"),
        ("Ein halbes Jahr verging.", "P0.5Y"),
        ("Sie saß drei Jahre und vier Monate in Haft.", "P3Y4M"),
        ("Nach anderthalb Stunden war Schluss.", "PT1.5H"),
        ("Ein zweistündiges Gespräch folgte.", "PT2H"),
        ("Seit Jahrzehnten wird gestritten.", "PXDE"),
    ],
)
def test_durations(text: str, value: str) -> None:
    assert only(text)[1:] == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jeden Montag trifft sich der Rat.", "XXXX-WXX-1"),
        ("Der Bericht erscheint jährlich.", "P1Y"),
        ("Montags ist geschlossen.", "XXXX-WXX-1"),
        ("Das kostet 20 Euro pro Tag.", "P1D"),
        ("Gewählt wird alle vier Jahre.", "P4Y"),
    ],
)
def test_sets(text: str, value: str) -> None:
    assert only(text)[1:] == ("SET", value)


def test_ranges_give_one_expression_per_end() -> None:
    assert values("Das Festival läuft vom 5. bis 7. März 2025.") == ["2025-03-05", "2025-03-07"]
    assert values("Zwischen 2019 und 2023 stieg die Zahl.") == ["2019", "2023"]
    assert values("Geöffnet ist von 10 bis 15 Uhr.") == ["2024-08-13T10:00", "2024-08-13T15:00"]


@pytest.mark.parametrize(
    "text",
    [
        "Das kostet 2024 Euro.",
        "Die Firma hat 1500 Mitarbeiter.",
        "Rund 2000 Menschen kamen.",
        "Nr. 1984 ist vergriffen.",
        "Die Temperatur lag zwischen 2000 und 3000 Grad.",
        "Das Auto ist drei Jahre alt.",
        "Mit 18 Jahren zog sie aus.",
        "Die Welt am Sonntag berichtete.",
        "Er ging mit seinen Kindern zum MIP-Montag.",
    ],
)
def test_counts_ages_and_names_are_not_times(text: str) -> None:
    assert find_times(text, REFERENCE) == []


def test_tense_decides_the_year_of_a_month() -> None:
    assert only("Im Oktober wird er zurückkehren.")[2] == "2024-10"
    assert only("Im Oktober hatte er gewonnen.")[2] == "2023-10"
    assert only("Im Juni schalteten viele ein.")[2] == "2024-06"
    # a past tense with a date just ahead keeps the year: an appointment made before
    assert only("Er sagte eine für September vereinbarte Debatte ab.")[2] == "2024-09"


def test_tense_decides_the_weekday() -> None:
    assert only("Am Freitag hat er gesprochen.")[2] == "2024-08-09"
    assert only("Am Freitag wird er sprechen.")[2] == "2024-08-16"
    assert only("Am Freitag spricht er.")[2] == "2024-08-16"


def test_month_precision_reference_resolves_what_it_can() -> None:
    text = "Im Juli kam er. Gestern ging er. Im Vorjahr war er da. Um 20 Uhr schlief er."
    found = find_times(text, "2024-08")
    assert [(t.text, t.value) for t in found] == [
        ("Juli", "2024-07"),
        ("Gestern", None),
        ("Vorjahr", "2023"),
        ("20 Uhr", None),
    ]


def test_no_reference_leaves_relative_values_open() -> None:
    found = find_times("Am Montag, im Juli und 2019 war es 45 Minuten lang still.")
    assert [t.value for t in found] == [None, None, "2019", "PT45M"]


def test_speech_reported_in_the_past_counts_from_its_own_day() -> None:
    text = "Am Montag sprach er. Sie hatten vorher geschrieben: „Wir sind heute Abend live.“"
    assert values(text) == ["2024-08-12", "2024-08-12TEV"]


def test_vague_references_only_on_request() -> None:
    text = "Damals war alles anders, derzeit ist es ruhig."
    assert find_times(text, REFERENCE) == []
    found = find_times(text, REFERENCE, vague=True)
    assert [(t.text, t.value) for t in found] == [
        ("Damals", "PAST_REF"),
        ("derzeit", "PRESENT_REF"),
    ]
    assert all(t.type is TimexType.DATE for t in found)


def test_the_night_before_a_weekday() -> None:
    found = find_times("Ein Autofahrer ist in der Nacht auf Dienstag verunglückt.", "2024-08-14")
    assert [(t.text, t.type.value, t.value) for t in found] == [
        ("Nacht auf Dienstag", "TIME", "2024-08-12TNI")
    ]


def test_a_rate_needs_a_count_and_no_following_reference() -> None:
    assert values("1500 Menschen werden am Tag getestet.") == ["P1D"]
    assert values("Am Tag nach der Wahl trat er zurück.") == []
    assert values("Er besuchte uns am Tag 111 der Reise.") == []


def test_two_digit_years_take_the_reference_century() -> None:
    assert values("(SZ, 11.12.20)", "2021-01-05") == ["2020-12-11"]
    assert values("Am 3.4.98 war es so.", "2021-01-05") == ["1998-04-03"]


def test_a_day_of_a_month_named_with_its_year_takes_that_year() -> None:
    text = "Im März 1992 kam er an. Die erste Sitzung fiel auf den 5. März."
    assert values(text) == ["1992-03", "1992-03-05"]
    assert values(text, None) == ["1992-03", "1992-03-05"]


def test_a_past_clock_time_does_not_join_a_future_day() -> None:
    text = "Der Bundestag wird am 12. September abstimmen. Um 14.30 Uhr sprach der Minister."
    assert values(text) == ["2024-09-12", "2024-08-13T14:30"]


def test_bare_plural_units_after_a_preposition_or_article() -> None:
    assert values("Man kann in den Tagen um die Wahl viel hören.") == ["PXD"]
    assert values("Das wird sich über die Jahre hinweg rächen.") == ["PXY"]
    assert values("Die Jahre waren gut.") == []


def test_a_preposition_leans_a_weekday_without_tense() -> None:
    assert values("Das Ergebnis vom Sonntag zeigt es.", "2024-08-13") == ["2024-08-11"]
    assert values("Das Ergebnis am Sonntag zeigt es.", "2024-08-13") == ["2024-08-18"]
