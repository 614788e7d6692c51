"""The hook implementations the entry point ``newsclaims_dates`` registers."""

from __future__ import annotations

import newsclaims
from newsclaims import PartialDate, TimeExpression

from .api import extract_times, parse_date

__all__ = ["newsclaims_extract", "newsclaims_parse_date"]


@newsclaims.hookimpl
def newsclaims_extract(document: newsclaims.Document) -> list[TimeExpression]:
    """The time expressions outside the boilerplate, resolved against the document's reference date."""
    return extract_times(
        document.text,
        document.content_regions,
        document.sentences,
        document.reference_date,
    )


@newsclaims.hookimpl(trylast=True)
def newsclaims_parse_date(text: str, reference: PartialDate | None) -> TimeExpression | None:
    """The date of a date line ("20. März 2021 - 15:00 Uhr"), with the German vocabulary."""
    return parse_date(text, reference)
