"""examples/numbers_quantities.py runs and lists the sample article's quantities."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "numbers_quantities.py"


def test_the_example_lists_value_unit_and_hedge() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()]
    assert ["120", "Millionen", "Euro", "120000000", "Euro", "about"] in rows
    assert ["54-Jährige", "54", "Jahr"] in rows
