"""Analyse one article with the installed plugins and print its claims.

python examples/analyze_article.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclaims


def main(path: Path) -> None:
    article = newsclaims.Article(text=path.read_text(encoding="utf-8"), id=path.stem)
    analysis = newsclaims.analyze(article, reference_date="2025-03-12")

    print(f"{analysis.id}: {len(analysis.claims)} claims, {len(analysis.sources)} sources")
    for claim in analysis.claims:
        who = claim.claimant.name if claim.claimant else "(the article)"
        print(f"- [{claim.kind}] {who}: {claim.text}")
        for quantity in claim.quantities:
            print(
                f"    quantity {quantity.text!r} = {quantity.value:g} {quantity.unit or ''}".rstrip()
            )
        for time in claim.times:
            print(f"    time {time.text!r} = {time.value}")
    for error in analysis.errors:
        print(f"! {error}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sample-article.txt"))
