"""List the quantities of an article with the numbers plugin: value, unit and hedge.

    python examples/numbers_quantities.py [ARTICLE.txt]

Without an argument it reads examples/sample-article.txt.  Boilerplate is
skipped when a cleaner is installed (the pipeline runs every installed plugin).
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclaims


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("sample-article.txt")
    analysis = newsclaims.analyze(path.read_text(encoding="utf-8"))
    for quantity in analysis.quantities:
        value = f"{quantity.value:.12g}"
        if quantity.value_max is not None:
            value += f"–{quantity.value_max:.12g}"
        hedge = quantity.approx.value if quantity.approx else ""
        print(f"{quantity.text:30s} {value:>14s}  {quantity.unit or '':12s} {hedge}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
