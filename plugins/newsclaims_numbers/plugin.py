"""The hook implementation that puts the quantities into an analysis."""

from __future__ import annotations

import newsclaims

from .extract import find_quantities


@newsclaims.hookimpl
def newsclaims_extract(document: newsclaims.Document) -> list[newsclaims.Quantity]:
    """The quantities of the article's content (boilerplate is skipped)."""
    ends = [sentence.end for sentence in document.sentences]
    found: list[newsclaims.Quantity] = []
    for start, end in document.content_regions:
        found.extend(find_quantities(document.text, start, end, sentence_ends=ends))
    return [q for q in found if not document.in_boilerplate(q.start, q.end)]
