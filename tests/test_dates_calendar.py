"""Calendar arithmetic behind date resolution (`timeline.dates._calendar`): pure functions
of dates, so each rule is pinned here without any text."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import _calendar as cal

FRIDAY = dt.date(2024, 6, 21)


@pytest.mark.parametrize(
    ("weekday", "direction", "strict", "expected"),
    [
        (4, -1, False, FRIDAY),  # "on Friday" said on a Friday, past tense: that day
        (4, -1, True, dt.date(2024, 6, 14)),  # "last Friday"
        (4, 1, True, dt.date(2024, 6, 28)),  # "next Friday"
        (0, -1, False, dt.date(2024, 6, 17)),  # "on Monday": the Monday just gone
        (0, 1, False, dt.date(2024, 6, 24)),  # "will ... on Monday"
    ],
)
def test_weekday_on_counts_from_the_reference(
    weekday: int, direction: int, strict: bool, expected: dt.date
) -> None:
    """The weekday before or after the reference, the reference itself unless strict."""
    assert cal.weekday_on(FRIDAY, weekday, direction, strict) == expected


@pytest.mark.parametrize(
    ("reference", "month", "day", "tense", "expected"),
    [
        (dt.date(2025, 1, 3), 12, 28, 0, dt.date(2024, 12, 28)),
        (dt.date(2024, 12, 28), 1, 5, 0, dt.date(2025, 1, 5)),
        (dt.date(2024, 2, 6), 8, 6, -1, dt.date(2023, 8, 6)),  # a near-tie: tense decides
        (dt.date(2024, 2, 6), 8, 6, 1, dt.date(2024, 8, 6)),
        (dt.date(2024, 10, 31), 1, 31, -1, dt.date(2025, 1, 31)),  # past is much further
        (dt.date(2024, 10, 31), 1, 31, -2, dt.date(2024, 1, 31)),  # "ended Jan. 31"
        (dt.date(2023, 3, 1), 2, 29, 0, dt.date(2024, 2, 29)),  # only leap years have it
    ],
)
def test_nearest_day_prefers_nearness_then_tense(
    reference: dt.date, month: int, day: int, tense: int, expected: dt.date
) -> None:
    """A day without a year lands nearest the reference; tense settles near-ties."""
    assert cal.nearest_day(reference, month, day, tense) == expected


@pytest.mark.parametrize(
    ("month", "tense", "expected"),
    [(1, 0, 2025), (3, 0, 2025), (3, -1, 2024), (6, -1, 2024), (6, 1, 2025), (11, 0, 2024)],
)
def test_nearest_month_from_november(month: int, tense: int, expected: int) -> None:
    """From November the nearer occurrence wins; a past or future sentence moves a month
    that is not much further the other way ("in March" said in November, past tense)."""
    assert cal.nearest_month(dt.date(2024, 11, 2), month, tense) == expected


@pytest.mark.parametrize(
    ("day", "amount", "unit", "expected"),
    [
        (dt.date(2024, 3, 31), -1, "month", dt.date(2024, 2, 29)),
        (dt.date(2024, 2, 29), -1, "year", dt.date(2023, 2, 28)),
        (dt.date(2024, 6, 20), -2, "week", dt.date(2024, 6, 6)),
        (dt.date(2024, 1, 1), -1, "day", dt.date(2023, 12, 31)),
    ],
)
def test_shift_clamps_the_day_of_month(
    day: dt.date, amount: int, unit: str, expected: dt.date
) -> None:
    """Moving by months or years keeps the day when it exists, else the month's last day."""
    assert cal.shift(day, amount, unit) == expected


def test_seasons_and_quarters_of_a_day() -> None:
    """January belongs to the previous year's winter; quarters count from 1."""
    assert cal.season_of(dt.date(2024, 1, 15)) == (2023, 3)
    assert cal.season_of(dt.date(2024, 7, 1)) == (2024, 1)
    assert cal.quarter_of(dt.date(2024, 11, 2)) == (2024, 4)
    assert cal.week_value(dt.date(2024, 12, 30)) == "2025-W01"
