"""The numbers plugin inside a pipeline: registered, boilerplate skipped, can be disabled."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclaims
import newsclaims_numbers
from newsclaims.testing import all_spans, assert_spans_valid, make_pipeline

ARTICLE = (
    "Stadt investiert 3,5 Millionen Euro\n"
    "Die Stadt investiert rund 3,5 Millionen Euro in 12 neue Radwege.\n"
    "Anzeige: Jetzt 5,- Euro spenden!\n"
)


class _AdvertisementCleaner:
    """A test cleaner that marks the line starting with "Anzeige" as boilerplate."""

    @newsclaims.hookimpl
    def newsclaims_clean(self, article: newsclaims.Article) -> newsclaims.Cleaning:
        start = article.text.index("Anzeige")
        end = article.text.index("\n", start)
        return newsclaims.Cleaning(
            boilerplate=[
                newsclaims.Boilerplate.at(article.text, start, end, reason="advertisement")
            ]
        )


def test_the_installed_plugin_fills_the_quantities_layer() -> None:
    analysis = make_pipeline(installed=("numbers",)).analyze(ARTICLE)
    assert [q.text for q in analysis.quantities] == [
        "3,5 Millionen Euro",
        "3,5 Millionen Euro",
        "12 neue Radwege",
        "5,- Euro",
    ]
    assert_spans_valid(ARTICLE, all_spans(analysis))
    assert not analysis.errors


def test_boilerplate_is_skipped() -> None:
    analysis = make_pipeline(_AdvertisementCleaner(), installed=("numbers",)).analyze(ARTICLE)
    assert "5,- Euro" not in [q.text for q in analysis.quantities]
    assert len(analysis.quantities) == 3


def test_the_plugin_can_be_disabled() -> None:
    pipeline = newsclaims.Pipeline(plugins=["numbers"], disable=["numbers"], environ={})
    assert pipeline.analyze(ARTICLE).quantities == ()


def test_quantities_become_numeric_claims() -> None:
    analysis = make_pipeline(installed=("numbers",)).analyze(ARTICLE)
    numeric = [claim for claim in analysis.claims if claim.kind == newsclaims.ClaimKind.NUMERIC]
    assert numeric
    assert numeric[0].quantities


def test_the_json_output_carries_value_unit_and_hedge() -> None:
    data = make_pipeline(installed=("numbers",)).analyze(ARTICLE).to_dict()
    first = data["quantities"][1]
    assert (first["value"], first["unit"], first["approx"]) == (3_500_000.0, "Euro", "about")


def _modules() -> list[str]:
    return [
        f"newsclaims_numbers.{info.name}"
        for info in pkgutil.iter_modules(newsclaims_numbers.__path__)
    ] + ["newsclaims_numbers"]


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def test_the_docstrings_have_examples() -> None:
    attempted = sum(doctest.testmod(importlib.import_module(name)).attempted for name in _modules())
    assert attempted >= 10
