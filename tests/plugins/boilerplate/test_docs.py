"""The examples in the boilerplate plugin's docstrings run, and its page documents what it reports."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

from newsclaims_boilerplate.vocabulary import REASONS

MODULES = (
    "newsclaims_boilerplate",
    "newsclaims_boilerplate.cleaner",
    "newsclaims_boilerplate.html",
    "newsclaims_boilerplate.lines",
    "newsclaims_boilerplate.metadata",
    "newsclaims_boilerplate.page",
    "newsclaims_boilerplate.plugin",
    "newsclaims_boilerplate.vocabulary",
)
PAGE = Path(__file__).resolve().parents[3] / "docs" / "plugins" / "boilerplate.rst"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def test_the_plugin_page_documents_every_reason_and_table() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for reason in REASONS:
        assert f"``{reason}``" in page
    tables = Path(importlib.import_module("newsclaims_boilerplate").__file__ or "").parent / "data"
    for table in tables.glob("*.tsv"):
        assert f"``{table.name}``" in page, f"{table.name} is not documented"
