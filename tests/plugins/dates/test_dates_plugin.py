"""The dates plugin inside a pipeline: registration, reference dates, boilerplate, the date hook."""

from __future__ import annotations

import pytest

import newsclaims
import newsclaims_dates
from newsclaims import Boilerplate, Cleaning, PartialDate, TimeExpression, TimexType
from newsclaims.testing import make_pipeline

TEXT = "Am Montag sprach Musk. Um 20 Uhr begann das Gespräch, es dauerte zwei Stunden."


def times(analysis: newsclaims.Analysis) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analysis.times]


def test_the_installed_plugin_extracts_times() -> None:
    pipeline = make_pipeline(installed=("dates",))
    article = newsclaims.Article(text=TEXT, published="2024-08-13")
    analysis = pipeline.analyze(article)
    assert analysis.errors == ()
    assert times(analysis) == [
        ("Montag", "2024-08-12"),
        ("20 Uhr", "2024-08-12T20:00"),
        ("zwei Stunden", "PT2H"),
    ]
    assert [t.type for t in analysis.times] == [TimexType.DATE, TimexType.TIME, TimexType.DURATION]


def test_the_callers_reference_date_wins_over_the_publication_date() -> None:
    pipeline = make_pipeline(installed=("dates",))
    article = newsclaims.Article(text="Gestern regnete es.", published="2024-08-13")
    assert times(pipeline.analyze(article)) == [("Gestern", "2024-08-12")]
    assert times(pipeline.analyze(article, reference_date="2020-01-01")) == [
        ("Gestern", "2019-12-31")
    ]


def test_a_date_line_found_by_a_cleaner_becomes_the_reference() -> None:
    text = "20. März 2021 - 15:00 Uhr\nGestern wurde gewählt."

    class DateLineCleaner:
        @newsclaims.hookimpl
        def newsclaims_clean(
            self, article: newsclaims.Article, hooks: newsclaims.Hooks
        ) -> Cleaning:
            line = article.text.split("\n", 1)[0]
            found = hooks.parse_date(line)
            if found is None or found.value is None:
                return Cleaning()
            return Cleaning(
                boilerplate=[Boilerplate.at(article.text, 0, len(line), reason="dateline")],
                published=PartialDate.parse(found.value),
            )

    analysis = make_pipeline(DateLineCleaner(), installed=("dates",)).analyze(text)
    assert analysis.reference_date == PartialDate(year=2021, month=3, day=20)
    # the date line itself is boilerplate: only the content's expression is reported
    assert times(analysis) == [("Gestern", "2021-03-19")]


def test_a_coarse_publication_date_leaves_days_unresolved() -> None:
    pipeline = make_pipeline(installed=("dates",))
    article = newsclaims.Article(text="Gestern und im Juli.", published="2024-08")
    assert times(pipeline.analyze(article)) == [("Gestern", None), ("Juli", "2024-07")]


DATE_LINES = [
    ("20. März 2021 - 15:00 Uhr", "2021-03-20T15:00"),
    (" date 2024-08", "2024-08"),
    ("Mo, 11:41 Uhr 06.11.2023", "2023-11-06T11:41"),
    ("14. Januar 2020, 9:21 Uhr", "2020-01-14T09:21"),
    ("Veröffentlicht am 3. Oktober 2019", "2019-10-03"),
    ("Stand: 13.08.2024", "2024-08-13"),
]


@pytest.mark.parametrize(("line", "value"), DATE_LINES)
def test_parse_date_reads_date_lines(line: str, value: str) -> None:
    found = newsclaims_dates.parse_date(line)
    assert found is not None
    assert found.value == value
    assert line[found.start : found.end] == found.text


@pytest.mark.parametrize(("line", "value"), DATE_LINES)
def test_the_date_hook_gives_the_day_of_date_lines(line: str, value: str) -> None:
    # The core's numeric default (also trylast, registered first) may answer a
    # purely numeric line before this plugin: the day is the same either way.
    found = make_pipeline(installed=("dates",)).hooks.parse_date(line)
    assert found is not None
    assert found.value is not None
    assert found.value[:10] == value[:10]


def test_the_date_hook_resolves_relative_lines() -> None:
    hooks = make_pipeline(installed=("dates",)).hooks
    found = hooks.parse_date("Gestern, 18:30 Uhr", PartialDate.parse("2024-08-13"))
    assert found is not None
    assert found.value == "2024-08-12T18:30"
    assert hooks.parse_date("Keine Zeitangabe hier") is None


def test_the_core_default_alone_knows_no_month_names() -> None:
    assert make_pipeline().hooks.parse_date("20. März 2021") is None
    assert make_pipeline(installed=("dates",)).hooks.parse_date("20. März 2021") is not None


def test_a_users_date_parser_answers_first() -> None:
    class Mine:
        @newsclaims.hookimpl
        def newsclaims_parse_date(self, text: str) -> TimeExpression:
            return TimeExpression.at(text, 0, len(text), type=TimexType.DATE, value="1999")

    hooks = make_pipeline(Mine(), installed=("dates",)).hooks
    found = hooks.parse_date("20. März 2021")
    assert found is not None
    assert found.value == "1999"


def test_the_plugin_can_be_disabled() -> None:
    pipeline = newsclaims.Pipeline(plugins=["dates"], disable=["dates"], environ={})
    assert pipeline.analyze("Am 5. November 2024 wird gewählt.").times == ()


def test_the_public_functions_are_exported() -> None:
    assert newsclaims_dates.__all__ == [
        "find_times",
        "newsclaims_extract",
        "newsclaims_parse_date",
        "parse_date",
    ]
    found = newsclaims_dates.parse_date("am 5. November 2024")
    assert found is not None
    assert found.value == "2024-11-05"


@pytest.mark.parametrize(
    "module",
    ["newsclaims_dates", "newsclaims_dates.api", "newsclaims_dates.calendar_math"],
)
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0
