"""Holidays with a fixed or computable date, as rules from a year to a day.

A rule is a fixed day (Christmas), the nth weekday of a month (Thanksgiving: the fourth
Thursday of November) or an offset from Easter, which the Gregorian computus gives. English
names only: dateparser's locale data carries no holiday names. `_relative` resolves them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

__all__ = ["BARE_HOLIDAYS", "HOLIDAY_NAMES", "easter", "holiday_date"]

DateRule = Callable[[int], dt.date]


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _fixed(month: int, day: int) -> DateRule:
    return lambda year: dt.date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> DateRule:
    """The `nth` `weekday` (0 = Monday) of `month`; nth = -1 is the last one."""

    def rule(year: int) -> dt.date:
        if nth < 0:
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))

    return rule


def _from_easter(days: int) -> DateRule:
    return lambda year: easter(year) + dt.timedelta(days=days)


_RULES: dict[str, DateRule] = {
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17),
    "juneteenth": _fixed(6, 19),
    "independence day": _fixed(7, 4),  # the United States' (English-language news)
    "fourth of july": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "veterans' day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "martin luther king day": _nth_weekday(1, 0, 3),
    "martin luther king jr. day": _nth_weekday(1, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3),
    "presidents' day": _nth_weekday(2, 0, 3),
    "mother's day": _nth_weekday(5, 6, 2),
    "memorial day": _nth_weekday(5, 0, -1),
    "father's day": _nth_weekday(6, 6, 3),
    "labor day": _nth_weekday(9, 0, 1),
    "columbus day": _nth_weekday(10, 0, 2),
    "thanksgiving day": _nth_weekday(11, 3, 4),
    "thanksgiving": _nth_weekday(11, 3, 4),
    "black friday": lambda year: _nth_weekday(11, 3, 4)(year) + dt.timedelta(days=1),
    "ash wednesday": _from_easter(-46),
    "palm sunday": _from_easter(-7),
    "good friday": _from_easter(-2),
    "easter sunday": _from_easter(0),
    "easter": _from_easter(0),
    "easter monday": _from_easter(1),
    "pentecost": _from_easter(49),
}
HOLIDAY_NAMES = tuple(_RULES)
"""Lower-cased names the grammar matches (with "’" folded to "'")."""

BARE_HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "halloween", "juneteenth"})
"""One-word names that also modify nouns ("Christmas tree", "Easter Island", "Thanksgiving
turkey"): a date only after a temporal preposition or a modifier, or before a year."""


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of holiday `name` (as HOLIDAY_NAMES spells it) in `year`."""
    rule = _RULES.get(name)
    return rule(year) if rule else None
