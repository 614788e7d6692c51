"""Evaluation gate: the dates plugin's scores on the shared dev sets may not fall below their floors.

Issue 5 sets extent F1 >= 0.88, value accuracy >= 0.90 and strict F1 >= 0.80
on each gold file; HeidelTime 2.2 reaches 0.81 / 0.87 / 0.70 on KRAUTS.  The
floors sit a little below the scores measured when they were last raised
(KRAUTS dev 0.962 / 0.916 / 0.881, seeds 1.000 / 1.000 / 1.000), above the
targets, so that a regression fails CI.  The data is not shipped with
newsclaims: the tests skip when ``../shared`` is absent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.shared

FLOORS = {
    "times.krauts.dev.jsonl": {
        "times.f1": 0.95,
        "times.value_acc": 0.91,
        "times.strict_f1": 0.87,
    },
    # 24 expressions: one miss costs about four points
    "seeds.gold.jsonl": {
        "times.f1": 0.95,
        "times.value_acc": 0.95,
        "times.strict_f1": 0.95,
    },
}


@pytest.mark.parametrize("gold_name", sorted(FLOORS))
def test_dates_scores_hold(eval_gate: Callable[..., dict[str, Any]], gold_name: str) -> None:
    eval_gate(gold_name, FLOORS[gold_name], plugins=["dates"])
