"""Evaluation gate: the dates plugin's scores on the shared dev sets may not fall below the targets.

Issue 5 sets extent F1 >= 0.88, value accuracy >= 0.90 and strict F1 >= 0.80
on each gold file; HeidelTime 2.2 reaches 0.81 / 0.87 / 0.70 on KRAUTS.  The
data is not shipped with newsclaims: the tests skip when ``../shared`` is
absent.  Measured when this gate was set (KRAUTS dev, seeds):
0.958 / 0.902 / 0.865 and 1.000 / 1.000 / 1.000.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.shared

FLOORS = {"times.f1": 0.88, "times.value_acc": 0.90, "times.strict_f1": 0.80}


@pytest.mark.parametrize("gold_name", ["times.krauts.dev.jsonl", "seeds.gold.jsonl"])
def test_dates_scores_hold(eval_gate: Callable[..., dict[str, Any]], gold_name: str) -> None:
    eval_gate(gold_name, FLOORS, plugins=["dates"])
