"""Integrity of the numbers plugin's data tables: what a reviewer would check by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsclaims
from newsclaims.lexicon import read_table
from newsclaims_numbers import parse_number
from newsclaims_numbers._lexer import lex
from newsclaims_numbers._tables import PACKAGE, vocabulary
from newsclaims_numbers._words import cardinal_value, compound_value, ordinal_value

DATA = Path(__file__).resolve().parents[3] / "plugins" / "newsclaims_numbers" / "data"
DOCS = Path(__file__).resolve().parents[3] / "docs" / "plugins" / "numbers.rst"
APPROX = {member.value for member in newsclaims.Approx}


def _rows(name: str) -> list[dict[str, str]]:
    return read_table(PACKAGE, f"data/{name}")


def test_every_table_loads() -> None:
    assert vocabulary().units


@pytest.mark.parametrize("path", sorted(DATA.glob("*.tsv")), ids=lambda path: path.name)
def test_every_table_explains_itself(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("#"), "start with a comment on the table"


def test_every_unit_lemma_is_itself_a_form() -> None:
    units = vocabulary().units
    for form, unit in units.items():
        assert unit.lemma in units, f"{form}: its lemma {unit.lemma} is no form of its own"
        assert units[unit.lemma].lemma == unit.lemma, f"{unit.lemma} is not its own lemma"


def test_a_unit_and_its_lemma_agree_on_the_kind() -> None:
    units = vocabulary().units
    for form, unit in units.items():
        assert units[unit.lemma].kind == unit.kind, form


def test_unit_columns_hold_known_values() -> None:
    for row in _rows("units.tsv"):
        assert row["position"] in {"before", "after", "both"}, row
        assert row["compound"] in {"yes", "no"}, row
        assert row["written"] in {"word", "symbol"}, row
        if row["compound"] == "yes":
            assert len(row["form"]) >= 4, f"{row['form']}: too short to be a compound head"


def test_every_number_word_parses() -> None:
    vocab = vocabulary()
    for form, value in {**vocab.digits, **vocab.teens, **vocab.tens}.items():
        assert cardinal_value(form) == value, form
    for form in (*vocab.hundred, *vocab.thousand):
        assert cardinal_value(form) is not None, form
    for form, value in vocab.inflected.items():
        assert parse_number(form) == value, form
    for form, (value, _) in vocab.scales.items():
        assert parse_number(f"zwei {form}") == 2 * value, form


def test_scales_are_powers_of_ten() -> None:
    for form, (value, _) in vocabulary().scales.items():
        assert re.fullmatch(r"10*", str(value)), form


def test_fractions_have_sensible_values() -> None:
    units = vocabulary().units
    for form, entry in vocabulary().fractions.items():
        assert entry.value > 0, form
        if entry.kind == "measure":
            assert entry.unit in units, f"{form}: unit {entry.unit} is not in units.tsv"
        else:
            assert entry.unit is None, form
    for row in _rows("fractions.tsv"):
        assert row["kind"] in {
            "fraction", "half", "measure", "halfadj", "mixed", "halfsuffix",
            "fraction-adj", "group", "multiple",
        }, row  # fmt: skip


def test_fraction_nouns_match_their_ordinals() -> None:
    # "Drittel" is the ordinal stem "dritt" + "el": the table and the ordinals agree
    for form, entry in vocabulary().fractions.items():
        if entry.kind == "fraction" and form.endswith("tel"):
            n = ordinal_value(form[:-2] + "e")
            if n is not None and entry.value.numerator == 1:
                assert entry.value.denominator == n, form


def test_the_irregular_ordinals_are_the_first_twelve() -> None:
    assert set(vocabulary().ordinals.values()) == set(range(1, 13))


def test_every_compound_unit_is_a_unit_or_a_counted_noun() -> None:
    units, nouns = vocabulary().units, set(vocabulary().nouns.values())
    for compound in vocabulary().compounds:
        assert compound.unit is None or compound.unit in units or compound.unit.lower() in nouns
        assert compound_value(f"drei{compound.suffix}") is not None, compound
        assert compound_value(f"drei{compound.suffix}") is not None, compound


def test_every_hedge_gives_a_known_approx() -> None:
    for phrase, approx in vocabulary().hedges.items():
        assert approx in APPROX, phrase
        assert phrase == phrase.lower(), phrase


def test_every_idiom_holds_a_number_word() -> None:
    prefilter = vocabulary().prefilter
    for idiom in vocabulary().idioms:
        assert any(word[:3] in prefilter for word in idiom), idiom


def test_context_roles_are_known() -> None:
    known = {
        "identifier", "year-cue", "year-noun", "article", "clock", "month", "determiner",
        "every", "sign", "vague-before", "range-start", "clock-before", "filler", "particle",
        "not-adjective", "not-noun", "age-before", "street", "clock-cue",
        "governs-über", "governs-unter", "governs-an", "governs-um", "count-cue",
        "singular-determiner", "group-filler", "definite",
    }  # fmt: skip
    assert set(vocabulary().roles) == known


def test_noun_lemmas_and_rules_are_lower_case() -> None:
    for form, lemma in vocabulary().nouns.items():
        assert form == form.lower(), form
        assert lemma == lemma.lower(), form
    for suffix, replacement, min_stem in vocabulary().plural_rules:
        assert suffix == suffix.lower(), suffix
        assert replacement == replacement.lower(), suffix
        assert min_stem >= 1, suffix


def test_unit_forms_lex_as_whole_tokens() -> None:
    # the matcher compares whole tokens: a form must not end inside a token
    for form in vocabulary().units:
        tokens = lex(form, 0, len(form))
        assert tokens[-1].end == len(form), form


def test_the_docs_list_every_unit_lemma() -> None:
    if not DOCS.is_file():
        pytest.skip("docs not present")
    page = DOCS.read_text(encoding="utf-8")
    missing = {unit.lemma for unit in vocabulary().units.values()} - set(
        re.findall(r"``([^`]+)``", page)
    )
    assert not missing, f"docs/plugins/numbers.rst does not list {sorted(missing)}"
