"""Reading HTML pages: which inputs the reader takes, what it reads from them, and the missing extra."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims
import newsclaims_boilerplate
from newsclaims.testing import make_pipeline
from newsclaims_boilerplate.html import INSTALL_HINT, claims, looks_like_html

try:
    import trafilatura  # noqa: F401 - only whether it is there
except ImportError:  # the html extra is not installed: test the hint, skip the reading
    HAVE_TRAFILATURA = False
else:
    HAVE_TRAFILATURA = True

needs_trafilatura = pytest.mark.skipif(
    not HAVE_TRAFILATURA, reason="needs the html extra (trafilatura)"
)

PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Strompreise steigen | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung">
<meta property="og:title" content="Strompreise steigen zum Jahreswechsel">
<meta name="author" content="Anna Muster; Max Mustermann">
<meta property="article:published_time" content="2023-11-06T10:19:00+01:00">
</head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<article>
<h1>Strompreise steigen zum Jahreswechsel</h1>
<p>Die Stadtwerke erhöhen zum 1. Januar die Preise für Strom und Gas um durchschnittlich zwölf Prozent,
wie ein Sprecher am Montag mitteilte.</p>
<p>„Wir müssen die stark gestiegenen Kosten für Energie an unsere Kunden weitergeben“, sagte die
Geschäftsführerin. Die Verbraucherzentrale kritisierte den Schritt als unverhältnismäßig.</p>
<p>Anzeige</p>
<p>Nach Angaben des Unternehmens sind rund 40.000 Haushalte betroffen. Wer einen Sondervertrag hat,
kann bis Ende Dezember kündigen, ohne eine Gebühr zu zahlen.</p>
</article>
<footer><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
"""


def source(name: str, data: bytes | str = PAGE) -> newsclaims.InputSource:
    return newsclaims.InputSource.from_bytes(
        name, data.encode("utf-8") if isinstance(data, str) else data
    )


@pytest.mark.parametrize(
    ("name", "data", "taken"),
    [
        ("page.html", PAGE, True),
        ("page.HTM", PAGE, True),
        ("page.html", "kein HTML, aber die Endung sagt es", True),
        ("download", PAGE, True),
        ("page.txt", "\ufeff  " + PAGE, True),
        ("page.txt", "<!-- gespeichert -->\n<html><body><p>Text</p></body></html>", True),
        ("page.txt", "Am Montag sprach <b>Musk</b>.", False),
        ("corpus.jsonl", PAGE, False),
        ("record.json", PAGE, False),
    ],
)
def test_the_reader_takes_html_by_suffix_or_by_its_first_bytes(
    name: str, data: str, taken: bool
) -> None:
    assert claims(source(name, data)) is taken


def test_html_is_told_from_text_by_its_start() -> None:
    assert looks_like_html(b"<html><head></head></html>")
    assert not looks_like_html(b"")
    assert not looks_like_html(b"<3 Liebe Gr\xc3\xbc\xc3\x9fe")


@needs_trafilatura
def test_a_page_becomes_an_article_with_its_metadata() -> None:
    pipeline = make_pipeline(newsclaims_boilerplate)
    [article] = list(pipeline.read(source("strom.html")))
    assert isinstance(article, newsclaims.Article)
    assert article.title == "Strompreise steigen zum Jahreswechsel"
    assert article.authors == ("Anna Muster", "Max Mustermann")
    assert article.publisher == newsclaims.Source(
        name="Beispielzeitung", kind=newsclaims.SourceKind.MEDIA
    )
    assert article.published == newsclaims.PartialDate.parse("2023-11-06")
    assert article.metadata["format"] == "html"
    lines = article.text.split("\n")
    # One block per line: the paragraphs stay apart, menus and footer are gone.
    assert any(line.startswith("Die Stadtwerke erhöhen") for line in lines)
    assert any(line.startswith("„Wir müssen") for line in lines)
    assert "Startseite" not in article.text
    assert "Impressum" not in article.text


@needs_trafilatura
def test_the_text_cleaning_runs_over_what_the_reader_read() -> None:
    pipeline = make_pipeline(newsclaims_boilerplate)
    [article] = list(pipeline.read(source("strom.html")))
    assert isinstance(article, newsclaims.Article)
    analysis = pipeline.analyze(article)
    assert [(span.text, span.reason) for span in analysis.boilerplate] == [
        ("Anzeige", "advertisement")
    ]


@needs_trafilatura
def test_a_page_without_text_is_a_read_error() -> None:
    pipeline = make_pipeline(newsclaims_boilerplate)
    [error] = list(
        pipeline.read(
            source("leer.html", "<html><head><title>Leer</title></head><body></body></html>")
        )
    )
    assert isinstance(error, newsclaims.ReadError)
    assert "no article text" in error.message


@needs_trafilatura
def test_broken_markup_does_not_break_the_reader() -> None:
    pipeline = make_pipeline(newsclaims_boilerplate)
    results = list(pipeline.read(source("kaputt.html", b"<html><body><p>\xff\xfe<<<>>></p")))
    assert len(results) == 1


def test_without_the_extra_the_reader_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    pipeline = make_pipeline(newsclaims_boilerplate)
    [error] = list(pipeline.read(source("strom.html")))
    assert isinstance(error, newsclaims.ReadError)
    assert error.message == INSTALL_HINT
    assert "pip install 'newsclaims[html]'" in str(error)


@needs_trafilatura
def test_newsclaims_extract_reads_a_page(tmp_path: Path) -> None:
    page = tmp_path / "strom.html"
    page.write_text(PAGE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsclaims",
            "extract",
            str(page),
            "--plugins",
            "boilerplate",
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [result] = [json.loads(line) for line in done.stdout.splitlines()]
    assert result["id"] == "strom"
    assert result["article"]["title"] == "Strompreise steigen zum Jahreswechsel"
    assert result["article"]["published"] == "2023-11-06"


def test_newsclaims_extract_without_the_extra_exits_with_the_install_hint(tmp_path: Path) -> None:
    page = tmp_path / "strom.html"
    page.write_text(PAGE, encoding="utf-8")
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "trafilatura.py").write_text("raise ImportError('trafilatura is not installed')\n")
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", str(page), "--plugins", "boilerplate"],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(blocker), "PATH": ""},
    )
    assert done.returncode == 1
    assert "pip install 'newsclaims[html]'" in done.stderr
