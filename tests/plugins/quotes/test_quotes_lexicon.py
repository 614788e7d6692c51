"""Integrity of the quotes plugin's data tables: what a reviewer checks by hand, checked always."""

from __future__ import annotations

import pytest

from newsclaims.lexicon import LexiconError, read_table
from newsclaims_quotes.vocabulary import (
    DESCRIPTOR_KINDS,
    FUNCTION_CLASSES,
    PACKAGE,
    SCOPES,
    SOURCE_POSITIONS,
    VERB_CLASSES,
    vocabulary,
)

TABLES = {
    "speech_verbs.tsv": ("lemma", "particle", "present", "plural", "past", "participle", "class"),
    "konjunktiv.tsv": ("form", "mood", "lemma"),
    "attributions.tsv": ("phrase", "kind", "lemma", "source", "scope"),
    "attribution_nouns.tsv": ("noun",),
    "descriptors.tsv": ("word", "kind"),
    "anonymous.tsv": ("word",),
    "speech_nouns.tsv": ("noun",),
    "function_words.tsv": ("word", "class", "info"),
    "affiliations.tsv": ("adjective", "noun"),
    "name_parts.tsv": ("word", "role"),
    "hearsay.tsv": ("word", "role"),
    "time_nouns.tsv": ("word",),
}


@pytest.mark.parametrize(("name", "columns"), sorted(TABLES.items()))
def test_every_table_loads_with_its_header(name: str, columns: tuple[str, ...]) -> None:
    rows = read_table(PACKAGE, f"data/{name}", columns=columns)
    assert rows, f"{name} is empty"


def test_a_broken_table_fails_loudly() -> None:
    with pytest.raises(LexiconError, match=r"speech_verbs\.tsv"):
        read_table(PACKAGE, "data/speech_verbs.tsv", columns=("lemma",))


def test_speech_verbs() -> None:
    rows = read_table(PACKAGE, "data/speech_verbs.tsv", unique=("lemma",))
    for row in rows:
        where = row["lemma"]
        assert row["class"] in VERB_CLASSES, where
        assert row["lemma"] == row["lemma"].lower() or " " in row["lemma"], where
        for column in ("present", "past", "participle"):
            assert row[column], (where, column)
            assert row[column] == row[column].lower(), (where, column)
        if row["particle"]:
            # the particle is part of the lemma ("mitteilen", "deutlich machen")
            assert row["particle"] in row["lemma"], where
        # the participle is the last word of a verb form, so it is an -t/-en word
        assert row["participle"].split()[-1].endswith(("t", "en", "n")), where


def test_separable_verbs_resolve_to_their_lemma() -> None:
    verbs = vocabulary().verbs
    assert any(v.lemma == "mitteilen" and v.particle == "mit" for v in verbs["teilte"])
    assert any(v.lemma == "einräumen" and v.particle == "ein" for v in verbs["räumte"])
    assert any(v.lemma == "mitteilen" and v.position == "final" for v in verbs["mitteilte"])
    assert any(v.lemma == "bekanntgeben" and v.prefix == "bekannt" for v in verbs["gegeben"])
    # plural forms are derived from the table
    assert any(v.lemma == "sagen" for v in verbs["sagten"])
    assert any(v.lemma == "angeben" for v in verbs["gaben"])


def test_konjunktiv_forms() -> None:
    rows = read_table(PACKAGE, "data/konjunktiv.tsv", unique=("form",))
    for row in rows:
        assert row["mood"] in ("1", "2"), row
        assert row["form"] == row["form"].lower(), row
        assert row["lemma"].endswith("n"), row  # an infinitive
    forms = {row["form"] for row in rows}
    # the auxiliaries and modals that carry most reported speech
    assert {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle"} <= forms
    # forms that equal the indicative past are ambiguous and must not be listed
    assert not {"sagte", "sollte", "wollte", "hatte"} & forms


def test_attribution_phrases() -> None:
    for row in read_table(PACKAGE, "data/attributions.tsv", unique=("phrase", "source")):
        assert row["phrase"] == row["phrase"].lower(), row
        assert row["kind"] in ("preposition", "phrase"), row
        assert row["source"] in SOURCE_POSITIONS, row
        assert row["scope"] in SCOPES, row


def test_descriptors_and_groups() -> None:
    rows = read_table(PACKAGE, "data/descriptors.tsv", unique=("word",))
    for row in rows:
        assert row["kind"] in DESCRIPTOR_KINDS, row
        assert row["word"][:1].isupper(), row  # nouns, capitalised as written
    words = vocabulary()
    assert words.descriptor_kind("Regierungssprechers") == "person"
    assert words.descriptor_kind("Tech-Milliardär") == "person"
    assert words.descriptor_kind("Nachrichtenagentur") == "media"
    assert words.descriptor_kind("Staatsanwaltschaft") == "organization"
    assert words.is_anonymous("Insider")
    assert words.is_attribution_noun("Polizeiangaben")
    # a short entry does not match inside an unrelated word
    assert words.descriptor_kind("Musk") is None


def test_function_words() -> None:
    rows = read_table(PACKAGE, "data/function_words.tsv", unique=("word", "class"))
    for row in rows:
        assert row["class"] in FUNCTION_CLASSES, row
        assert row["word"] == row["word"].lower(), row
        if row["class"] == "determiner":
            assert row["info"], row
            assert set(row["info"]) <= set("nadg"), row


def test_affiliations_map_adjectives_to_members() -> None:
    for row in read_table(PACKAGE, "data/affiliations.tsv", unique=("adjective",)):
        assert row["adjective"] == row["adjective"].lower(), row
        assert row["noun"][:1].isupper(), row


def test_no_table_names_a_person() -> None:
    """People are learned from the article; the tables hold words, never names of people."""
    words = vocabulary()
    for name in ("Musk", "Trump", "Merkel", "Scholz", "Harris"):
        lower = name.lower()
        assert lower not in words.verbs
        assert lower not in words.function_words
        assert words.descriptor_kind(name) is None
        assert not words.is_anonymous(name)
