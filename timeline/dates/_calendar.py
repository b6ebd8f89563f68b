"""Calendar arithmetic for resolution: pure functions of dates, no text, no clock."""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = [
    "day_value",
    "month_value",
    "month_year",
    "nearest_day",
    "nearest_month",
    "nearest_of",
    "quarter_of",
    "season_of",
    "shift",
    "shift_months",
    "week_value",
    "weekday_on",
]

SEASONS = ("SP", "SU", "FA", "WI")
"""TimeML season codes; WI of year Y runs from December Y to February Y+1."""


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def season_of(day: dt.date) -> tuple[int, int]:
    """(year, index into SEASONS) of the season `day` falls in."""
    if day.month in (1, 2):
        return day.year - 1, 3
    if day.month == 12:
        return day.year, 3
    return day.year, (day.month - 3) // 3


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` units (day, week, month, year), clamping the day of month."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    year, month = shift_months(day.year, day.month, months)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def weekday_on(reference: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    """The `weekday` (0 = Monday) before (direction -1) or after (+1) the reference.

    `strict` excludes the reference day itself ("last Friday" said on a Friday).
    """
    delta = (
        (weekday - reference.weekday()) % 7
        if direction > 0
        else -((reference.weekday() - weekday) % 7)
    )
    if delta == 0 and strict:
        delta = 7 * direction
    return reference + dt.timedelta(days=delta)


def nearest_day(reference: dt.date, month: int, day: int, tense: int) -> dt.date | None:
    """The year that puts month/day nearest the reference; tense breaks near-ties.

    A past-tense sentence takes the occurrence before the reference when it is at most
    about five months further away than the nearest one; a future sentence likewise.
    """
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    return nearest_of(reference, options, tense)


def nearest_of(reference: dt.date, options: list[dt.date], tense: int) -> dt.date:
    """The option nearest the reference; a past (future) tense takes the one before (after)
    it when that is at most about five months further away (a year when `tense` is ±2)."""
    options = sorted(options, key=lambda d: abs((d - reference).days))
    best = options[0]
    slack = abs((best - reference).days) + (366 if abs(tense) > 1 else 150)
    if tense < 0 and best > reference:
        earlier = [d for d in options if d <= reference and (reference - d).days <= slack]
        best = earlier[0] if earlier else best
    elif tense > 0 and best < reference:
        later = [d for d in options if d >= reference and (d - reference).days <= slack]
        best = later[0] if later else best
    return best


def month_year(reference: dt.date, month: int, direction: int) -> int:
    """The year of the `month` before (-1), of (0) or after (+1) the reference:
    "last May", "this May", "next May"."""
    if direction < 0:
        return reference.year if month < reference.month else reference.year - 1
    if direction > 0:
        return reference.year if month > reference.month else reference.year + 1
    return reference.year


def nearest_month(reference: dt.date, month: int, tense: int) -> int:
    """The year of the `month` nearest the reference month; tense breaks near-ties."""
    back = (reference.month - month) % 12
    ahead = (month - reference.month) % 12
    if back == 0:
        return reference.year
    past_year = month_year(reference, month, -1)
    future_year = month_year(reference, month, 1)
    slack = 12 if abs(tense) > 1 else 7
    if tense < 0 and back <= ahead + slack:
        return past_year
    if tense > 0 and ahead <= back + slack:
        return future_year
    return past_year if back <= ahead else future_year
