"""Eval gate: the quotes plugin's scores on the dev gold files may not fall.

Floors are the targets of issue 6; where a target is not reached yet the floor
is the measured figure minus a small margin (noted below), so that any
regression fails CI.  Skipped when ../shared/ is absent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.shared

GNQA_FLOORS = {
    "quotes.f1": 0.80,
    "quotes.direct_r": 0.95,
    "quotes.indirect_r": 0.75,
    # target 0.85; measured 0.794 (see docs/plugins/quotes.rst for why)
    "quotes.speaker_acc": 0.785,
}

SEEDS_FLOORS = {
    "quotes.f1": 0.80,
    "quotes.direct_r": 0.95,
    "quotes.indirect_r": 0.75,
    "quotes.speaker_acc": 0.85,
    "quotes.speaker_name_acc": 0.85,
}


def below(metrics: dict[str, Any], floors: dict[str, float]) -> list[str]:
    return [
        f"{name} = {metrics.get(name, 0.0):.3f} < {floor}"
        for name, floor in floors.items()
        if metrics.get(name, 0.0) < floor
    ]


def test_gnqa_dev(evaluate: Callable[..., dict[str, Any]]) -> None:
    metrics = evaluate("quotes.gnqa.dev.jsonl", plugins=["quotes"])
    assert not below(metrics, GNQA_FLOORS)


def test_seeds(evaluate: Callable[..., dict[str, Any]]) -> None:
    metrics = evaluate("seeds.gold.jsonl", plugins=["quotes"])
    assert not below(metrics, SEEDS_FLOORS)
