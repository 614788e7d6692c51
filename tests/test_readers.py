"""Reading inputs through the read hook, and the date-parsing service hook."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclaims
from newsclaims import Article, InputSource, ReadError, TimeExpression, hookimpl
from newsclaims.testing import make_pipeline


class CsvReader:
    """A third-party reader: one article per CSV row."""

    @hookimpl
    def newsclaims_read(self, source: InputSource) -> Iterator[Article | ReadError] | None:
        if source.suffix != ".csv":
            return None
        return self._rows(source)

    def _rows(self, source: InputSource) -> Iterator[Article | ReadError]:
        with source.open() as stream:
            for number, row in enumerate(
                csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8")), start=2
            ):
                if not row.get("text"):
                    yield ReadError(source=source.name, line=number, message="empty text")
                    continue
                yield Article(text=row["text"], id=row.get("id"))


def test_a_reader_plugin_takes_its_format_and_leaves_the_rest(tmp_path: Path) -> None:
    table = tmp_path / "artikel.csv"
    table.write_text("id,text\na,Eins.\nb,\nc,Drei.\n", encoding="utf-8")
    note = tmp_path / "notiz.txt"
    note.write_text("Nur Text.", encoding="utf-8")
    pipeline = make_pipeline(CsvReader())
    records = list(pipeline.read(table))
    assert [r.id if isinstance(r, Article) else str(r) for r in records] == [
        "a",
        f"{table}:3: empty text",
        "c",
    ]
    [text] = pipeline.read(note)
    assert isinstance(text, Article)
    assert text.text == "Nur Text."


def test_a_reader_that_fails_midway_keeps_what_it_read() -> None:
    class Flaky:
        @hookimpl
        def newsclaims_read(self, source: InputSource) -> Iterator[Article]:
            yield Article(text="Eins.")
            raise OSError("disk gone")

    records = list(make_pipeline(Flaky(), strict=False).read(InputSource.from_bytes("x.txt", b"")))
    assert isinstance(records[0], Article)
    assert (
        str(records[1])
        == "x.txt: reader 'Flaky' failed: OSError: disk gone; the rest of the input is skipped"
    )


def test_json_and_json_lines_and_sniffed_input() -> None:
    pipeline = make_pipeline()
    [one] = pipeline.read(InputSource.from_bytes("a.json", b'{"text": "Eins.", "id": 7}'))
    assert isinstance(one, Article)
    assert one.id == "7"
    many = list(
        pipeline.read(InputSource.from_bytes("b.json", b'[{"text": "Eins."}, {"txt": "x"}]'))
    )
    assert isinstance(many[0], Article)
    assert str(many[1]) == "b.json[1]: the record has no 'text' string; the record is skipped"
    [bad] = pipeline.read(InputSource.from_bytes("c.json", b"[{"))
    assert "malformed JSON" in str(bad)


def test_parse_date_default_reads_numeric_dates() -> None:
    hooks = make_pipeline().hooks
    found = hooks.parse_date("Stand: 13.08.2024, 15:00 Uhr")
    assert found is not None
    assert (found.text, found.value) == ("13.08.2024", "2024-08-13")
    assert hooks.parse_date("am 31.02.2024 oder 2024-03-01") is not None
    assert hooks.parse_date("gestern") is None


def test_a_date_parser_plugin_answers_first_and_gets_the_reference() -> None:
    seen: list[object] = []

    class Relative:
        @hookimpl
        def newsclaims_parse_date(
            self, text: str, reference: newsclaims.PartialDate | None
        ) -> TimeExpression | None:
            seen.append(reference)
            if "gestern" not in text:
                return None
            start = text.index("gestern")
            return TimeExpression.at(text, start, start + 7, type="DATE", value="2024-08-12")

    hooks = make_pipeline(Relative()).hooks
    found = hooks.parse_date("Stand: gestern", "2024-08-13")
    assert found is not None
    assert found.value == "2024-08-12"
    assert seen == [newsclaims.PartialDate(year=2024, month=8, day=13)]
    # Not its business: the default answers.
    numeric = hooks.parse_date("13.08.2024")
    assert numeric is not None
    assert numeric.value == "2024-08-13"


def test_a_plugin_default_answers_before_the_core_default() -> None:
    # Built-in plugins register their answers trylast so users can override
    # them; they must still come before the core's own defaults.
    class PluginDefault:
        @hookimpl(trylast=True)
        def newsclaims_parse_date(self, text: str) -> TimeExpression:
            return TimeExpression.at(text, 0, len(text), type="TIME", value="2024-08-13T15:00")

    class UserOverride:
        @hookimpl
        def newsclaims_parse_date(self, text: str) -> TimeExpression | None:
            return None  # declines: the next one answers

    found = make_pipeline(UserOverride(), PluginDefault()).hooks.parse_date("13.08.2024, 15:00 Uhr")
    assert found is not None
    assert found.value == "2024-08-13T15:00"


def test_a_date_parser_that_answers_with_a_wrong_span_is_skipped() -> None:
    class Wrong:
        @hookimpl
        def newsclaims_parse_date(self, text: str) -> TimeExpression:
            return TimeExpression(start=0, end=3, text="xyz", type="DATE")

    answers: list[TimeExpression | None] = []

    class Caller:
        @hookimpl
        def newsclaims_clean(self, article: Article, hooks: newsclaims.Hooks) -> None:
            answers.append(hooks.parse_date(article.text))

    analysis = make_pipeline(Wrong(), Caller(), strict=False).analyze("13.08.2024")
    assert answers[0] is not None  # the default answered instead
    assert answers[0].value == "2024-08-13"
    assert analysis.errors[0].plugin == "Wrong"
    assert analysis.errors[0].stage == "validate"


@pytest.mark.parametrize("size", [1, 50_000])
def test_a_big_json_lines_corpus_streams(size: int, tmp_path: Path) -> None:
    path = tmp_path / "gross.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(size):
            handle.write(f'{{"id": "{i}", "text": "Satz {i}."}}\n')
    records = make_pipeline().read(path)
    assert next(iter(records)).id == "0"  # type: ignore[union-attr]
    assert sum(1 for _ in records) == size - 1
