"""The singular of counted nouns: suffix rules, and the reviewed table for what they get wrong."""

from __future__ import annotations

import pytest

from newsclaims_numbers import find_quantities
from newsclaims_numbers._nouns import lemma
from newsclaims_numbers._tables import vocabulary

# (plural as written after a number, its singular); compounds not in the table on purpose
LEMMAS = [
    # regular classes, by the suffix rules
    ("Festnahmen", "Festnahme"),
    ("Wohnungen", "Wohnung"),
    ("Aktivistinnen", "Aktivistin"),
    ("Konferenzen", "Konferenz"),
    ("Kulturen", "Kultur"),
    ("Fabriken", "Fabrik"),
    ("Mechanismen", "Mechanismus"),
    ("Bäckereien", "Bäckerei"),
    ("Zeugnisse", "Zeugnis"),
    ("Häftlingen", "Häftling"),
    ("Funktionären", "Funktionär"),
    ("Ingenieuren", "Ingenieur"),
    ("Gespräche", "Gespräch"),
    ("Schreibtische", "Schreibtisch"),
    ("Tweets", "Tweet"),
    ("Websites", "Website"),
    ("Sandwiches", "Sandwich"),
    # nominalised participles keep their -e
    ("Verhaftete", "Verhaftete"),
    ("Einheimische", "Einheimische"),
    ("Infizierten", "Infizierte"),
    # umlaut plurals, also at the end of compounds
    ("Mietverträge", "Mietvertrag"),
    ("Zweikämpfe", "Zweikampf"),
    ("Supermärkte", "Supermarkt"),
    ("Betriebsräte", "Betriebsrat"),
    ("Messgeräte", "Messgerät"),
    ("Fahrräder", "Fahrrad"),
    ("Landratsämtern", "Landratsamt"),
    # dative plurals of plurals in -e
    ("Heimspielen", "Heimspiel"),
    ("Pflegeheimen", "Pflegeheim"),
    ("Auftritten", "Auftritt"),
    # singular and plural alike; foreign plurals
    ("Krankenhausbetten", "Krankenhausbett"),
    ("Gerichtsverfahren", "Gerichtsverfahren"),
    ("Streifenwagen", "Streifenwagen"),
    ("Impfzentren", "Impfzentrum"),
    ("Massenmedien", "Massenmedium"),
    ("Zeitschriften", "Zeitschrift"),
    # foreigners are not their country
    ("Ausländer", "Ausländer"),
    ("Bundesländer", "Bundesland"),
]


@pytest.mark.parametrize(("plural", "singular"), LEMMAS, ids=[p for p, _ in LEMMAS])
def test_lemma(plural: str, singular: str) -> None:
    assert lemma(plural) == singular


def test_the_lemma_is_the_unit_of_a_count() -> None:
    [quantity] = find_quantities("Im Landkreis gibt es 14 Pflegeheimen weniger.")
    assert (quantity.text, quantity.unit) == ("14 Pflegeheimen", "Pflegeheim")


def test_singular_nouns_are_left_alone() -> None:
    # a singular after "ein" or "1" is not run through the plural rules
    assert lemma("Gebühr", plural=False) == "Gebühr"


def _plain(word: str) -> str:
    return word.translate(str.maketrans("äöü", "aou"))


def test_noun_table_rows_look_like_a_plural_and_its_singular() -> None:
    for form, singular in vocabulary().nouns.items():
        assert _plain(form)[:1] == _plain(singular)[:1], f"{form} -> {singular}"
        assert len(singular) <= len(form) + 2, f"{form} -> {singular}: columns swapped?"
