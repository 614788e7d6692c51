"""Eval gate: the quotes plugin's scores on the dev gold files may not fall.

Each floor is the figure measured when it was last raised minus a small
margin (about one item on the five seed articles, a few on the 850 Wikinews
articles), and never below the target of issue 6.
Skipped when ../shared/ is absent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.shared

GNQA_FLOORS = {
    "quotes.f1": 0.81,  # measured 0.818; target 0.80
    "quotes.direct_r": 0.965,  # measured 0.973; target 0.95
    "quotes.indirect_r": 0.825,  # measured 0.834; target 0.75
    "quotes.speaker_acc": 0.85,  # measured 0.850; target 0.85 (see docs/plugins/quotes.rst)
}

SEEDS_FLOORS = {
    "quotes.f1": 0.93,  # measured 0.942; target 0.80
    "quotes.direct_r": 0.95,  # measured 1.000 on 35 quotes; target 0.95
    "quotes.indirect_r": 0.91,  # measured 0.930; target 0.75
    "quotes.speaker_acc": 0.91,  # measured 0.932; target 0.85
    "quotes.speaker_name_acc": 0.91,  # measured 0.932; target 0.85
}


def test_gnqa_dev(eval_gate: Callable[..., dict[str, Any]]) -> None:
    eval_gate("quotes.gnqa.dev.jsonl", GNQA_FLOORS, plugins=["quotes"])


def test_seeds(eval_gate: Callable[..., dict[str, Any]]) -> None:
    eval_gate("seeds.gold.jsonl", SEEDS_FLOORS, plugins=["quotes"])
