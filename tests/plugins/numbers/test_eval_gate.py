"""Eval gate: the numbers plugin's scores on the dev gold files may not regress.

The floors are the targets of issue 4 (strict F1 0.95, value accuracy 0.98),
or the measured score minus a small margin where that is higher, so a
regression fails CI.  Skipped when ../shared/ is absent.  Measured when the
gate was set (numbers plugin alone): quantities.sentences strict F1 0.985
(three ages that file lists as non-quantities, which the guidelines count),
seeds strict F1 1.000, value accuracy 1.000 on both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.shared

FLOORS = {
    "quantities.sentences.jsonl": {"quantities.strict_f1": 0.97, "quantities.value_acc": 0.98},
    "seeds.gold.jsonl": {"quantities.strict_f1": 0.97, "quantities.value_acc": 0.98},
}


@pytest.mark.parametrize("gold_file", sorted(FLOORS))
def test_dev_scores_hold(gold_file: str, eval_gate: Callable[..., dict[str, Any]]) -> None:
    eval_gate(gold_file, FLOORS[gold_file], plugins=["numbers"])
