"""The tense reader: which Monday, which October.  Every sentence here is written for the test.

The reference is Wednesday, 14 August 2024: the Monday before is the 12th,
the Monday after the 19th; an October in the past is 2023's.
"""

from __future__ import annotations

import pytest

from newsclaims_dates import find_times
from newsclaims_dates.tense import SentenceTense, attribute_tense
from newsclaims_dates.verbs import verbs
from newsclaims_dates.vocabulary import vocabulary

REFERENCE = "2024-08-14"
PAST_MONDAY, NEXT_MONDAY = "2024-08-12", "2024-08-19"


def value_of(sentence: str, text: str) -> str | None:
    (found,) = [t for t in find_times(sentence, REFERENCE) if t.text == text]
    return found.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # weak Präteritum forms the table does not list, read by their form
        ("Der Stadtrat billigte am Montag den Haushalt.", PAST_MONDAY),
        ("Am Montag verständigten sich die Parteien auf einen Kompromiss.", PAST_MONDAY),
        ("Die Gemeinde rechnete am Montag mit dem Schlimmsten.", PAST_MONDAY),
        # a Präteritum behind a separable or an inseparable prefix
        ("Die Zahlen, die das Amt am Montag vorstellte, sind neu.", PAST_MONDAY),
        ("Wie die Feuerwehr am Montag mitteilte, ist der Brand gelöscht.", PAST_MONDAY),
        ("Die Sitzung verlief am Montag ruhig.", PAST_MONDAY),
        # participles after a separable prefix
        ("Am Montag sind die Gäste weitergereist.", PAST_MONDAY),
        ("Die Wahl hat am Montag stattgefunden.", PAST_MONDAY),
        # a parenthesis or a quoted title does not split the clause
        ("Der Verband hat am Montag (Ortszeit) neue Regeln beschlossen.", PAST_MONDAY),
        ('Der Rat hat am Montag über den Antrag "Mehr Grün – weniger Beton" beraten.', PAST_MONDAY),
        # after a relative clause inside it, the main clause goes on
        (
            "Die Zahl stieg nach Angaben des Amtes, das die Daten sammelt, am Montag weiter.",
            PAST_MONDAY,
        ),
        # a clause that puts its verb first after a relative clause is a clause of its own
        (
            "Wir haben uns den Titel gesichert, den keiner erwartet hat, twitterte der Trainer am Montag.",
            PAST_MONDAY,
        ),
        # a hearsay modal with a perfect infinitive reports a past
        ("Der Verdächtige soll am Montag geflohen sein.", PAST_MONDAY),
        # a clause of attribution without a verb
        ("Die Lage sei ernst, so der Bürgermeister am Montag.", PAST_MONDAY),
        # present: a state with "sein", a plan, a present verb the table does not list
        ("Das Freibad ist ab Montag geschlossen.", NEXT_MONDAY),
        ("Die Abstimmung ist für Montag angesetzt.", NEXT_MONDAY),
        ("Am Montag öffnet das neue Museum.", NEXT_MONDAY),
        ("Die Minister halten am Montag eine Sondersitzung ab.", NEXT_MONDAY),
        # a participle that is also an infinitive: a perfect after "hat", a future after "wird"
        ("Der Ausschuss hat am Montag lange beraten.", PAST_MONDAY),
        ("Die Siegerin wird am Montag den Preis erhalten.", NEXT_MONDAY),
        # an adjective in "-te" is no Präteritum
        ("Die neue verbesserte Ausgabe erscheint am Montag.", NEXT_MONDAY),
    ],
)
def test_the_tense_of_the_clause_places_the_weekday(sentence: str, expected: str) -> None:
    assert value_of(sentence, "Montag") == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # a date set in the past for later lies ahead of the past tense
        ("Die Anhörung wurde für den 15. Oktober angesetzt.", "15. Oktober", "2024-10-15"),
        ("Das Konzert wurde auf den 20. Oktober verschoben.", "20. Oktober", "2024-10-20"),
        # "seit" points back whatever the tense
        ("Seit Mitte Oktober sind die Hallen geschlossen.", "Mitte Oktober", "2023-10"),
        # a participle used as an attribute dates the date, not the main verb
        ("Die im Oktober erstellten Gutachten liegen vor.", "Oktober", "2023-10"),
        ("Ein im Oktober geplanter Besuch wird vorbereitet.", "Oktober", "2024-10"),
        ("Für die am 3. Oktober beginnende Messe gibt es Karten.", "3. Oktober", "2024-10-03"),
        # the night from one day to the next is one expression, of the first day
        (
            "Der Sturm wütete in der Nacht von Sonntag auf Montag.",
            "Nacht von Sonntag auf Montag",
            "2024-08-11TNI",
        ),
    ],
)
def test_prepositions_and_attributes_place_a_date(sentence: str, text: str, expected: str) -> None:
    assert value_of(sentence, text) == expected


def test_the_weak_past_guess_respects_the_table_and_the_position() -> None:
    v = verbs(vocabulary())
    assert v.looks_past("billigte", "Regierung")
    assert v.looks_past("widmeten", "Sie")
    # infinitives of verbs whose stem ends in -t, and their prefixed forms
    assert not v.looks_past("halten", "Minister")
    assert not v.looks_past("erhalten", "Minister")
    assert not v.looks_past("erwarte", "ich")
    # superlatives, vowels before -te, participles as adjectives
    assert not v.looks_past("größte", "Stadt")
    assert not v.looks_past("heute", "Stadt")
    assert not v.looks_past("geplante", "Stadt")
    # after an article, a preposition, a count or an adjective it is an adjective
    assert not v.looks_past("verhängte", "die")
    assert not v.looks_past("verbesserte", "neue", "die")
    assert not v.looks_past("erkrankten", "oder", "älteren")
    assert v.looks_past("präsentierten", "selten", "wie")


def test_a_prefixed_praeteritum_is_a_past_and_ge_is_no_prefix() -> None:
    v = verbs(vocabulary())
    assert v.role("stattfand") == "past"
    assert v.role("ankündigten") == "past"
    assert v.role("verlief") == "past"
    # "ge" + "schlossen" is the participle, not a Präteritum
    assert v.role("geschlossen") is None
    assert v.is_participle("geschlossen")
    assert v.is_participle("weitergereist")


def test_clauses_are_read_around_parentheses() -> None:
    text = "Die Partei hat am Montag (so die Agentur) den Vorstand gewählt."
    reader = SentenceTense(text, 0, len(text), vocabulary())
    assert reader.at(text.index("Montag")) == "past"


def test_an_attribute_needs_an_article_or_a_preposition_before_the_date() -> None:
    v = vocabulary()
    text = "Auf den am Montag gezeigten Bildern ist nichts."
    start = text.index("Montag")
    assert attribute_tense(text, start, start + 6, len(text), v) == "past"
    text = "Er hat am Montag gezeigten Mut bewiesen."
    start = text.index("Montag")
    assert attribute_tense(text, start, start + 6, len(text), v) is None


def test_a_listed_weak_praeteritum_after_an_article_inside_a_clause_is_an_adjective() -> None:
    # "beschädigte" is listed as a Präteritum; after "dem" it is an adjective
    assert (
        value_of("Mit dem beschädigten Schiff fährt die Reederei am Montag.", "Montag")
        == NEXT_MONDAY
    )
    # at the start of a clause "Das" is a pronoun and the form a verb
    assert value_of("Das bestätigte der Trainer am Montag.", "Montag") == PAST_MONDAY
