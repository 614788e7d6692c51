"""Fixtures shared by all tests: the evaluation data beside the project, and a scorer.

Tests that read ``../shared/`` (or ``$NEWSCLAIMS_SHARED``) skip cleanly when it
is absent: a user's checkout does not have it.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import settings

import newsclaims
from newsclaims.testing import make_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))

# Hypothesis: the default profile is deterministic, so CI never turns red by
# the luck of the draw and a failure reproduces on every machine; per-example
# deadlines are off because a loaded CI machine is not a slow algorithm (the
# linear-time tests check that).  `HYPOTHESIS_PROFILE=explore pytest` hunts
# for new failures with fresh random examples, ten times as many.
settings.register_profile("default", derandomize=True, deadline=None, print_blob=True)
settings.register_profile(
    "explore", derandomize=False, deadline=None, max_examples=1000, print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

#: What a user would hand newsclaims from a gold record: never the gold layers.
INPUT_KEYS = ("id", "text", "reference_date", "title")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared evaluation folder; skips the test when it is not there."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"evaluation data not found at {SHARED} (set NEWSCLAIMS_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path) -> ModuleType:
    """``shared/eval/score.py`` imported as a module."""
    spec = importlib.util.spec_from_file_location("newsclaims_score", shared / "eval" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def gold(shared: Path) -> Callable[[str], list[dict[str, Any]]]:
    """``gold("seeds.gold.jsonl")``: the records of a gold file (skips when it is missing)."""

    def load(name: str) -> list[dict[str, Any]]:
        path = shared / "data" / name
        if not path.is_file():
            pytest.skip(f"{path} not found")
        return read_jsonl(path)

    return load


@pytest.fixture(scope="session")
def evaluate(
    gold: Callable[[str], list[dict[str, Any]]], scorer: ModuleType
) -> Callable[..., dict[str, Any]]:
    """``evaluate("seeds.gold.jsonl", plugins=["numbers"])``: run a pipeline on a gold file and score it.

    The pipeline sees only what a user would give (id, text, reference date,
    title).  Returns the scorer's metrics dict.
    """

    def run(
        name: str,
        *,
        plugins: Iterable[str] | None = None,
        pipeline: newsclaims.Pipeline | None = None,
    ) -> dict[str, Any]:
        records = gold(name)
        pipeline = pipeline or make_pipeline(installed=plugins, strict=False)
        tally = scorer.Tally()
        for record in records:
            article = newsclaims.article_from_record(
                {k: record[k] for k in INPUT_KEYS if record.get(k) is not None}
            )[0]
            prediction = pipeline.analyze(article).to_dict()
            scorer.score_doc(tally, record, prediction)
        return scorer.summarize(tally)

    return run


@pytest.fixture(scope="session")
def eval_gate(evaluate: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """``eval_gate("seeds.gold.jsonl", {"quantities.strict_f1": 0.95}, plugins=["numbers"])``.

    Runs :func:`evaluate` and fails with every metric that is below its floor
    (like trafilatura's eval gate: a regression on the dev sets fails CI).
    Returns the metrics.
    """

    def check(
        name: str, floors: dict[str, float], *, plugins: Iterable[str] | None = None
    ) -> dict[str, Any]:
        metrics = evaluate(name, plugins=plugins)
        below = {
            metric: round(metrics.get(metric, 0.0), 3)
            for metric, floor in floors.items()
            if metrics.get(metric, 0.0) < floor
        }
        assert not below, f"{name}: below the floor: {below} (floors {floors})"
        return metrics

    return check
