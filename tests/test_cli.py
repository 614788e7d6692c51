"""The command line: formats, bad input, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsclaims._cli import build_parser, main


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def run(
    *argv: str | Path, stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None
) -> Run:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main([str(arg) for arg in argv], stdout=out, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def _only_the_core(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI's behaviour, not the plugins': load none unless a test asks.
    monkeypatch.setenv("NEWSCLAIMS_PLUGINS", "")
    monkeypatch.setenv("NEWSCLAIMS_DISABLE_PLUGINS", "boilerplate,numbers,dates,quotes")


def test_one_text_file_gives_pretty_json(tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_bytes(b"Erster Satz.\r\nZweiter Satz.")
    result = run("extract", article)
    assert result.code == 0
    data = json.loads(result.out)
    assert data["id"] == "artikel"
    assert data["article"]["text"] == "Erster Satz.\r\nZweiter Satz."  # no newline translation
    assert data["sentences"] == [[0, 12], [14, 27]]
    assert result.out.startswith("{\n  ")


def corpus(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "korpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_a_corpus_gives_json_lines_with_ids_and_passed_through_fields(tmp_path: Path) -> None:
    path = corpus(
        tmp_path,
        [
            json.dumps(
                {
                    "id": "a",
                    "text": "Eins.",
                    "reference_date": "2024-08-13",
                    "ressort": "Politik",
                    "source": "taz",
                }
            ).encode(),
            json.dumps({"text": "Zwei.", "published": "2024-08"}).encode(),
        ],
    )
    result = run("extract", path)
    assert result.code == 0
    first, second = result.records
    assert first["id"] == "a"
    assert first["article"]["published"] == "2024-08-13"
    assert first["article"]["metadata"] == {"ressort": "Politik"}
    assert first["article"]["publisher"]["name"] == "taz"
    assert second["id"] == "korpus:2"
    assert second["reference_date"] == "2024-08"


def test_bad_records_are_reported_and_the_good_ones_around_them_kept(tmp_path: Path) -> None:
    path = corpus(
        tmp_path,
        [
            b'{"id": "gut1", "text": "Eins."}',
            b'{"id": "kaputt", "text": "Zwei."',  # malformed JSON
            b'{"id": "bytes", "text": "Dr\xfcck."}',  # Latin-1, not UTF-8
            b'{"id": "leer"}',  # no text
            b'["text"]',  # not an object
            b'{"id": "zahl", "text": 5}',
            b"",
            b'{"id": "datum", "text": "Drei.", "date": "Mo, 11:41 Uhr"}',  # unusable date: kept, warned
            b'{"id": "gut2", "text": "Vier."}',
        ],
    )
    result = run("extract", path)
    data = path.read_bytes()

    def line_start(marker: bytes) -> int:
        return data.index(marker)

    # The parser gives up at the end of the unterminated line 2.
    unterminated = line_start(b'{"id": "kaputt"') + len(b'{"id": "kaputt", "text": "Zwei."')
    latin1, no_text, a_list = data.index(b"\xfc"), line_start(b'{"id": "leer'), line_start(b"[")
    a_number, bad_date = line_start(b'{"id": "zahl'), line_start(b'{"id": "datum')
    assert result.code == 1
    assert [r["id"] for r in result.records] == ["gut1", "datum", "gut2"]
    assert result.records[1]["article"]["metadata"] == {"date": "Mo, 11:41 Uhr"}
    errors = result.err.splitlines()
    assert errors[:6] == [
        f"newsclaims: {path}:2: byte {unterminated}: malformed JSON: Expecting ',' delimiter; the record is skipped",
        f"newsclaims: {path}:3: byte {latin1}: invalid UTF-8 (invalid start byte); the record is skipped",
        f"newsclaims: {path}:4: byte {no_text}: the record has no 'text' string; the record is skipped",
        f"newsclaims: {path}:5: byte {a_list}: expected a JSON object, found list; the record is skipped",
        f"newsclaims: {path}:6: byte {a_number}: 'text' must be a string, found int; the record is skipped",
        f"newsclaims: {path}:8: byte {bad_date}: 'date' ignored: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): 'Mo, 11:41 Uhr'",
    ]
    assert errors[-1] == "newsclaims: 5 inputs or records skipped, 3 articles written"


def test_byte_offsets_point_at_the_bad_record(tmp_path: Path) -> None:
    path = corpus(tmp_path, [b'{"text": "Eins."}', b'{"text": "Dr\xfcck."}'])
    data = path.read_bytes()
    result = run("extract", path)
    offset = int(result.err.split("byte ")[1].split(":")[0])
    assert data[offset] == 0xFC


def test_a_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text("Eins.", encoding="utf-8")
    result = run("extract", tmp_path / "fehlt.txt", tmp_path, good)
    assert result.code == 1
    assert [r["id"] for r in result.records] == ["gut"]
    assert f"newsclaims: {tmp_path / 'fehlt.txt'}: no such file" in result.err
    assert f"newsclaims: {tmp_path}: is a directory; pass the files in it" in result.err


def test_an_invalid_text_file_names_the_byte(tmp_path: Path) -> None:
    bad = tmp_path / "alt.txt"
    bad.write_bytes(b"Gr\xfc\xdfe")
    result = run("extract", bad)
    assert result.code == 1
    assert (
        f"newsclaims: {bad}: byte 2: invalid UTF-8 (invalid start byte); the file is skipped"
        in result.err
    )


def test_strict_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    path = corpus(tmp_path, [b'{"text": "Eins."}', b"{", b'{"text": "Drei."}'])
    result = run("extract", "--strict", path)
    assert result.code == 1
    assert len(result.records) == 1
    assert result.err.splitlines()[-1].endswith("(--strict)")


def test_standard_input_as_json_lines_or_text(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = run("extract", "-", stdin=b'{"id": "x", "text": "Eins."}\n', monkeypatch=monkeypatch)
    assert [r["id"] for r in lines.records] == ["x"]
    text = run("extract", "-", stdin=b"Ein Text. Noch einer.", monkeypatch=monkeypatch)
    assert len(text.records[0]["sentences"]) == 2


def test_json_format_with_several_articles_is_an_array(tmp_path: Path) -> None:
    path = corpus(tmp_path, [b'{"text": "Eins."}', b'{"text": "Zwei."}'])
    result = run("extract", "--format", "json", path)
    assert [r["article"]["text"] for r in json.loads(result.out)] == ["Eins.", "Zwei."]
    empty = corpus(tmp_path, [b""])
    assert json.loads(run("extract", "--format", "json", empty).out) == []


def test_output_file_and_no_text(tmp_path: Path) -> None:
    path = corpus(tmp_path, [b'{"text": "Eins."}'])
    target = tmp_path / "out.jsonl"
    result = run("extract", "-o", target, "--no-text", path)
    assert result.code == 0
    assert result.out == ""
    assert "text" not in json.loads(target.read_text(encoding="utf-8"))["article"]


def test_reference_date_applies_to_articles_without_their_own(tmp_path: Path) -> None:
    path = corpus(
        tmp_path, [b'{"text": "Eins."}', b'{"text": "Zwei.", "reference_date": "2020-01-01"}']
    )
    result = run("extract", "--reference-date", "2024-08", path)
    assert [r["reference_date"] for r in result.records] == ["2024-08", "2020-01-01"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["extract", "--plugins", "numbrs", "x.txt"],
            "newsclaims: error: unknown plugin 'numbrs' (did you mean 'numbers'?)",
        ),
        (["extract", "--reference-date", "13.08.2024", "x.txt"], "not an ISO date"),
        (["extract"], "the following arguments are required: PATH"),
        (
            ["extract", "-o", "/nonexistent/dir/out.jsonl", "x.txt"],
            "newsclaims: error: cannot write /nonexistent/dir/out.jsonl",
        ),
    ],
)
def test_usage_errors_exit_with_2(argv: list[str], message: str) -> None:
    result = run(*argv)
    assert result.code == 2
    assert message in result.err


def test_plugin_errors_are_summarised_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsclaims._pipeline as pipeline_module

    class Exploding:
        @staticmethod
        def newsclaims_extract() -> None:
            raise RuntimeError("kaputt")

    from newsclaims import hookimpl

    Exploding.newsclaims_extract = hookimpl(Exploding.newsclaims_extract)  # type: ignore[method-assign]
    real = pipeline_module.Pipeline

    def with_exploding(**options: Any) -> Any:
        return real(register=[Exploding], **options)

    monkeypatch.setattr("newsclaims._cli.Pipeline", with_exploding)
    path = corpus(tmp_path, [b'{"text": "Eins."}', b'{"text": "Zwei."}'])
    result = run("extract", path)
    assert result.code == 0
    assert result.records[0]["errors"][0]["plugin"] == "Exploding"
    summary = (
        "plugin 'Exploding' failed in extract: RuntimeError: kaputt "
        "(in 2 articles, this is the first; recorded in 'errors')"
    )
    assert summary in result.err
    assert result.err.count("Exploding") == 1  # one line per plugin, stage and error type


def test_progress_and_stats_go_to_stderr(tmp_path: Path) -> None:
    path = corpus(tmp_path, [b'{"text": "Eins."}'])
    result = run("extract", "--progress", "--stats", path)
    assert "1 articles" in result.err
    assert "segment" in result.err
    assert len(result.records) == 1


def test_plugins_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSCLAIMS_DISABLE_PLUGINS")
    table = run("plugins").out.splitlines()
    assert [line.split()[0] for line in table] == [
        "core",
        "boilerplate",
        "dates",
        "numbers",
        "quotes",
    ]
    listing = json.loads(run("plugins", "--json", "--disable", "quotes").out)
    assert [p["name"] for p in listing] == ["core", "boilerplate", "dates", "numbers"]
    assert listing[0]["hooks"] == ["assemble", "parse_date", "read", "segment"]


def test_schema_command_prints_the_schema() -> None:
    assert json.loads(run("schema").out)["title"] == "newsclaims analysis"


def test_the_console_script_runs_and_exits_with_the_code(tmp_path: Path) -> None:
    path = corpus(tmp_path, [b'{"text": "Eins."}', b"{"])
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1
    second_line = len(b'{"text": "Eins."}\n')
    assert (
        f":2: byte {second_line + 1}: malformed JSON: Expecting property name enclosed in double quotes"
        in done.stderr
    )


def test_help_lists_the_exit_codes() -> None:
    assert "130  interrupted" in build_parser().format_help()
