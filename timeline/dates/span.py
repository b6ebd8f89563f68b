"""Turn TimeML date values into calendar spans and into events.yaml dates.

The engine speaks TimeML ("2024-W25", "2024-W25-WE", "2024-Q2", "199"); events.yaml speaks
year, month or day. A week (or weekend) becomes a day range, a quarter or season a month
range, a decade a year range, so no precision is invented and none is lost.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import PartialDate

__all__ = ["to_partial_dates", "value_span"]

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_VALUE_RE = re.compile(
    r"^(?:(?P<decade>\d{3})|(?P<year>\d{4})"
    r"(?:-(?:W(?P<week>\d{2})(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|AU|WI)|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?)(?:T.*)?$"
)


def _months(year: int, first: int, last: int) -> tuple[PartialDate, PartialDate]:
    end_year = year + (last - 1) // 12
    end_month = (last - 1) % 12 + 1
    return PartialDate(year, first), PartialDate(end_year, end_month)


def _parts(value: str) -> tuple[PartialDate, PartialDate | None]:
    match = _VALUE_RE.match(value)
    if not match:
        raise ValueError(f"not a calendar value: {value!r}")
    g = match.groupdict()
    if g["decade"]:
        first = int(g["decade"]) * 10
        return PartialDate(max(first, 1)), PartialDate(first + 9)
    year = int(g["year"])
    if g["week"]:
        monday = dt.date.fromisocalendar(year, int(g["week"]), 1)
        sunday = monday + dt.timedelta(days=6)
        if g["weekend"]:
            monday += dt.timedelta(days=5)  # "2024-W25-WE": that week's Saturday and Sunday
        return (
            PartialDate(monday.year, monday.month, monday.day),
            PartialDate(sunday.year, sunday.month, sunday.day),
        )
    if g["quarter"]:
        q = int(g["quarter"])
        return _months(year, 3 * q - 2, 3 * q)
    if g["half"]:
        h = int(g["half"])
        return _months(year, 6 * h - 5, 6 * h)
    if g["season"]:
        return _months(year, *_SEASON_MONTHS[g["season"]])
    month = int(g["month"]) if g["month"] else None
    day = int(g["day"]) if g["day"] else None
    return PartialDate(year, month, day), None


def to_partial_dates(
    value: str, end_value: str | None = None
) -> tuple[PartialDate, PartialDate | None]:
    """An events.yaml (date, end) pair for a TimeML value and an optional range end."""
    first, last = _parts(value)
    if end_value is not None:
        end_first, end_last = _parts(end_value)
        last = end_last or end_first
    return first, last


def value_span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last calendar day a TimeML value covers."""
    first, last = _parts(value)
    closing = last or first
    return first.first_day(), closing.last_day()
