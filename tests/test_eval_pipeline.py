"""Eval gate for the whole pipeline: every installed plugin together, as users run it.

The plugins' own gates measure each plugin alone; this one catches what they
do to each other (a cleaner that hides an article's dates from the dates
plugin, say).  The floors are the issues' targets; where a target is not yet
reached, the measured figure minus a small margin, marked below.  Skipped
when ../shared/ is absent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.shared

TARGETS: dict[str, dict[str, float]] = {
    "seeds.gold.jsonl": {
        "boilerplate.content_f1": 0.97,
        "quantities.strict_f1": 0.95,
        "times.f1": 0.88,
        "times.value_acc": 0.90,
        "times.strict_f1": 0.80,
        "quotes.f1": 0.80,
        "quotes.speaker_name_acc": 0.85,
    },
    "boilerplate.pages.dev.jsonl": {"boilerplate.content_f1": 0.90, "boilerplate.content_r": 0.95},
    "quantities.sentences.jsonl": {"quantities.strict_f1": 0.95, "quantities.value_acc": 0.98},
    "times.krauts.dev.jsonl": {"times.f1": 0.88, "times.value_acc": 0.90, "times.strict_f1": 0.80},
    "quotes.gnqa.dev.jsonl": {
        "quotes.f1": 0.80,
        "quotes.direct_r": 0.95,
        "quotes.indirect_r": 0.75,
        "quotes.speaker_acc": 0.85,
    },
}


@pytest.mark.parametrize("gold_name", sorted(TARGETS))
def test_the_whole_pipeline_meets_the_targets(
    gold_name: str, eval_gate: Callable[..., dict[str, Any]]
) -> None:
    eval_gate(gold_name, TARGETS[gold_name], plugins=None)
