"""Holidays with a fixed or computable date, as rules from a year to a day.

A rule is a fixed day (Christmas), the nth weekday of a month (Thanksgiving: the fourth
Thursday of November) or an offset from Easter, which the Gregorian computus gives. The names
and their rules are language data (`timeline/lang/<code>/dates.py`): dateparser's locale data
carries no holiday names. The holiday pattern resolves them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from timeline.dates._langdata import DateWords, every_language, every_word

__all__ = [
    "BARE_HOLIDAYS",
    "HOLIDAY_NAMES",
    "HOLIDAY_WEEKS",
    "easter",
    "holiday_date",
    "holiday_names",
]

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


def _days_after(rule: DateRule, days: int) -> DateRule:
    """ "Black Friday": the day after Thanksgiving, whatever Friday it is."""
    if not days:
        return rule
    return lambda year: rule(year) + dt.timedelta(days=days)


def _rules(words: DateWords) -> dict[str, DateRule]:
    """Name → rule for one language's holidays; a week's rule gives a day of that week."""
    rules: dict[str, DateRule] = {}
    for days, names in words.easter_weeks.items():
        rules.update(dict.fromkeys(names, _from_easter(days)))
    for (month, day), names in words.fixed_holidays.items():
        rules.update(dict.fromkeys(names, _fixed(month, day)))
    for (month, weekday, nth, after), names in words.weekday_holidays.items():
        rules.update(dict.fromkeys(names, _days_after(_nth_weekday(month, weekday, nth), after)))
    for days, names in words.easter_holidays.items():
        rules.update(dict.fromkeys(names, _from_easter(days)))
    return rules


_RULES: dict[str, DateRule] = {
    name: rule for words in every_language() for name, rule in _rules(words).items()
}
HOLIDAY_NAMES = tuple(_RULES)
"""Lower-cased names the grammar matches (with "’" folded to "'"), in every language."""

HOLIDAY_WEEKS = every_word(lambda w: (n for names in w.easter_weeks.values() for n in names))
"""Names of weeks ("Holy Week", "Semana Santa"): `holiday_date` gives a day of the week."""


def holiday_names(words: DateWords) -> tuple[str, ...]:
    """The holiday names of one language's data."""
    return tuple(_rules(words))


BARE_HOLIDAYS = every_word(lambda w: w.bare_holidays)
"""One-word names that also modify nouns ("Christmas tree", "Easter Island", "Thanksgiving
turkey"): a date only after a temporal preposition or a modifier, or before a year."""


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of holiday `name` (as HOLIDAY_NAMES spells it) in `year`."""
    rule = _RULES.get(name)
    return rule(year) if rule else None
