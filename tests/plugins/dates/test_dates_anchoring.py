"""Which day a clock time or a part of the day belongs to.  The sentences are written for the test.

The reference is Wednesday, 14 August 2024.
"""

from __future__ import annotations

from newsclaims_dates import find_times

REFERENCE = "2024-08-14"


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, REFERENCE)}


def test_a_day_named_in_the_sentence_beats_the_tense() -> None:
    found = values("Der Sender berichtete darüber am 15. August 2024 um 9.53 Uhr.")
    assert found["9.53 Uhr"] == "2024-08-15T09:53"


def test_a_day_named_before_still_yields_to_a_contradicting_tense() -> None:
    found = values("Der Rat wird am 12. September abstimmen. Um 14.30 Uhr sprach der Minister.")
    assert found["14.30 Uhr"] == "2024-08-14T14:30"


def test_a_day_counted_from_today_carries_on_in_a_narrative() -> None:
    found = values("Morgen beginnt der Parteitag in Ulm. Am Abend spricht die Vorsitzende.")
    assert found["Abend"] == "2024-08-15TEV"
    found = values("Gestern demonstrierten Tausende in Graz. Um 18 Uhr löste sich die Menge auf.")
    assert found["18 Uhr"] == "2024-08-13T18:00"


def test_items_of_a_listing_take_their_day_from_themselves() -> None:
    text = (
        "Graz: Lesung im Literaturhaus, 19 Uhr. "
        "Linz: Flohmarkt wird auf den 24. August verschoben. "
        "Linz: Orgelkonzert im Dom, 20 Uhr. "
        "Wels: Kabarett im Stadttheater, heute 20.30 Uhr, morgen 18 Uhr. "
        "Steyr: Chorabend in der Stadtpfarrkirche, 19.30 Uhr."
    )
    found = find_times(text, REFERENCE)
    clock = {t.start: t.value for t in found if t.type.value == "TIME"}
    by_text = [(text[start : start + 12], value) for start, value in sorted(clock.items())]
    assert by_text == [
        ("19 Uhr. Linz", "2024-08-14T19:00"),
        ("20 Uhr. Wels", "2024-08-14T20:00"),  # not the 24 August of the item before
        ("20.30 Uhr, m", "2024-08-14T20:30"),
        ("18 Uhr. Stey", "2024-08-15T18:00"),
        ("19.30 Uhr.", "2024-08-14T19:30"),  # not "morgen" of the item before
    ]


def test_a_narrative_is_no_listing() -> None:
    text = "Am Montag lud der Bürgermeister ein. Um 20 Uhr begann das Fest."
    assert values(text)["20 Uhr"] == "2024-08-12T20:00"


def test_times_after_a_recurring_time_recur() -> None:
    found = values("Der Newsletter erscheint jeden Abend um 19.30 Uhr.")
    assert found["19.30 Uhr"] == "XXXX-XX-XXT19:30"
    found = values("Jedes Jahr, am 28. Dezember, läuten die Glocken.")
    assert found["28. Dezember"] == "XXXX-12-28"
    found = values("Das Museum öffnet montags ab 10 Uhr.")
    assert found["10 Uhr"] == "XXXX-XX-XXT10:00"


def test_a_rate_or_an_adjective_does_not_make_a_time_recur() -> None:
    found = values("Es gab 3500 Fälle pro Tag am 5. Februar.")
    assert found["5. Februar"] == "2024-02-05"
    found = values("Der tägliche Bericht vom 6. Mai nennt neue Zahlen.")
    assert found["6. Mai"] == "2024-05-06"


def test_clock_times_with_minutes_after_uhr_and_durations_in_hours_and_minutes() -> None:
    assert values("Die Folge läuft am Sonntag, 20 Uhr 15.")["20 Uhr 15"] == "2024-08-18T20:15"
    # "um 20 Uhr 15 Besucher": the number belongs to the noun
    assert "20 Uhr" in values("Um 20 Uhr 15 Besucher.")
    # hours and minutes of a duration are no clock time
    assert values("Der Akku hielt 7:13 Stunden durch.") == {}


def test_a_weekday_of_a_named_week() -> None:
    found = values("Am Mittwoch vergangener Woche fiel die Entscheidung.")
    assert found["Mittwoch"] == "2024-08-07"
    found = values("Das Gesetz gilt ab Donnerstag nächster Woche.")
    assert found["Donnerstag"] == "2024-08-22"
    found = values("Die Lage ist bis Freitag dieser Woche klar.")
    assert found["Freitag"] == "2024-08-16"


def test_a_weekday_in_apposition_names_the_date_before_it() -> None:
    found = values("Die Geschichte beginnt am 26. Juli, einem Freitag, in Wien.")
    assert found["Freitag"] == found["26. Juli"] == "2024-07-26"


def test_a_weekday_picks_the_year_of_a_date_without_one() -> None:
    # 27 August is a Thursday in 2020, not in 2019, 2021 or 2024
    assert values_at("Am Donnerstag, 27. August, kamen 300 Menschen.", "2021-03-01") == [
        "2020-08-27"
    ]
    assert values_at("Am 27. August, einem Donnerstag, kamen sie.", "2021-03-01")[0] == "2020-08-27"


def test_the_spelling_before_1996_keeps_the_part_of_the_day() -> None:
    found = values("Er kam heute abend, gestern morgen war er noch in Bonn.")
    assert found == {"heute abend": "2024-08-14TEV", "gestern morgen": "2024-08-13TMO"}


def values_at(text: str, reference: str) -> list[str | None]:
    return [t.value for t in find_times(text, reference)]
