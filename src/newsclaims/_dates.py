"""Dates that may be known only to the year or the month."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal, Union

import attrs

__all__ = ["DateLike", "PartialDate", "Precision"]

Precision = Literal["year", "month", "day"]

#: Anything :meth:`PartialDate.parse` accepts.
DateLike = Union["PartialDate", dt.date, str]

# ISO 8601 calendar date with optional month and day; a time part after "T" or
# a space is accepted and ignored (publication timestamps carry one).
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?")


def _check_month(
    instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month must be between 1 and 12, got {value}")


def _check_day(
    instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is None:
        return
    if instance.month is None:
        raise ValueError("a day needs a month")
    last = calendar.monthrange(instance.year, instance.month)[1]
    if not 1 <= value <= last:
        raise ValueError(
            f"day must be between 1 and {last} in {instance.year}-{instance.month:02d}, got {value}"
        )


@attrs.frozen(kw_only=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    News metadata is often coarse ("2024-08"), and a reference date of month
    precision must not be treated as the first of the month.  ``str()`` gives
    the ISO form of the known part.

    >>> from newsclaims import PartialDate
    >>> PartialDate.parse("2024-08")
    PartialDate(year=2024, month=8, day=None)
    >>> str(PartialDate(year=2024, month=8, day=13)), PartialDate.parse("2024").precision
    ('2024-08-13', 'year')
    """

    year: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(1)])
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    @property
    def precision(self) -> Precision:
        """``"year"``, ``"month"`` or ``"day"``: how much of the date is known."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @classmethod
    def parse(cls, value: DateLike) -> PartialDate:
        """Read an ISO date (``2024``, ``2024-08``, ``2024-08-13``, a timestamp), a date or a datetime.

        Raises:
            ValueError: the value is not such a date; the message quotes it.
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.date):  # datetime is a date too
            return cls(year=value.year, month=value.month, day=value.day)
        if not isinstance(value, str):
            raise TypeError(
                f"expected an ISO date string, a date or a PartialDate, got {type(value).__name__}"
            )
        match = _ISO.fullmatch(value.strip())
        if match is None:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None  # the pattern requires it
        try:
            return cls(year=year, month=month, day=day)
        except ValueError as error:
            raise ValueError(f"not a valid date: {value!r} ({error})") from None

    def isoformat(self) -> str:
        """The known part in ISO 8601 form: ``2024``, ``2024-08`` or ``2024-08-13``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def to_date(self) -> dt.date | None:
        """The :class:`datetime.date`, or ``None`` when the day is not known."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        return self.isoformat()


def optional_date(value: DateLike | None) -> PartialDate | None:
    """attrs converter: ``None`` stays ``None``, anything else is parsed."""
    return None if value is None else PartialDate.parse(value)
