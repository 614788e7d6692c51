"""Reviewed data tables: loading rules and the core's own table."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from newsclaims.lexicon import LexiconError, read_table
from newsclaims.text import _rules


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path]:
    """A throwaway importable package with a data/ folder."""
    name = f"lexicon_test_{uuid.uuid4().hex}"
    (tmp_path / name / "data").mkdir(parents=True)
    (tmp_path / name / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name, tmp_path / name / "data"


def write(folder: Path, content: str) -> str:
    (folder / "t.tsv").write_text(content, encoding="utf-8")
    return "data/t.tsv"


def test_reads_rows_skipping_comments_and_blank_lines(package: tuple[str, Path]) -> None:
    name, folder = package
    resource = write(
        folder, "# Herkunft: Duden\nword\tlemma\n\nMio\tMillion\n# a note\nMrd\tMilliarde\n"
    )
    assert read_table(name, resource) == [
        {"word": "Mio", "lemma": "Million"},
        {"word": "Mrd", "lemma": "Milliarde"},
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("word\tlemma\nMio\n", r"t.tsv:2: expected 2 columns \['word', 'lemma'\], found 1"),
        ("word\tlemma\nMio \tMillion\n", r"t.tsv:2: stray whitespace in 'Mio '"),
        ("word\tlemma\nMio\tMillion\nMio\tMio\n", r"t.tsv:3: \{'word': 'Mio'\} repeats line 2"),
        ("word\tlemma\n\tMillion\n", "t.tsv:2: the first column is empty"),
        ("# only a comment\n", "the table has no header line"),
        ("wort\tlemma\nMio\tMillion\n", r"t.tsv:1: expected the header \['word', 'lemma'\]"),
    ],
)
def test_malformed_tables_fail_with_file_and_line(
    package: tuple[str, Path], content: str, message: str
) -> None:
    name, folder = package
    with pytest.raises(LexiconError, match=message):
        read_table(name, write(folder, content), columns=("word", "lemma"), unique=("word",))


def test_a_missing_table_fails_clearly() -> None:
    with pytest.raises(LexiconError, match=r"newsclaims/data/nope\.tsv: cannot read the table"):
        read_table("newsclaims", "data/nope.tsv")


def test_the_segmenter_table_is_consistent() -> None:
    rules = _rules()
    assert set(rules) == {
        "abbreviation",
        "abbreviation-final",
        "abbreviation-suffix",
        "ordinal-before",
        "ordinal-after",
    }
    # Entries are stored without their full stop; the segmenter adds none.
    assert not any(word.endswith(".") for words in rules.values() for word in words)
    # Every month name is there to keep "am 5. November" together.
    assert {"Januar", "Jänner", "März", "Dezember", "Sept"} <= rules["ordinal-after"]
