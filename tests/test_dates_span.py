"""TimeML values → calendar spans and events.yaml dates (`timeline.dates.span`)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates.span import to_partial_dates, value_span
from timeline.model import PartialDate


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("1961", dt.date(1961, 1, 1), dt.date(1961, 12, 31)),
        ("2024-06", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
        ("2024-06-19", dt.date(2024, 6, 19), dt.date(2024, 6, 19)),
        ("2024-W25", dt.date(2024, 6, 17), dt.date(2024, 6, 23)),
        ("2024-W25-WE", dt.date(2024, 6, 22), dt.date(2024, 6, 23)),
        ("2024-Q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("2024-H2", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("2023-WI", dt.date(2023, 12, 1), dt.date(2024, 2, 29)),
        ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("2024-06-19T10:30", dt.date(2024, 6, 19), dt.date(2024, 6, 19)),
    ],
)
def test_value_span_covers_the_whole_period(value: str, first: dt.date, last: dt.date) -> None:
    """Each TimeML value covers exactly its period, from first to last day."""
    assert value_span(value) == (first, last)


def test_to_partial_dates_keeps_precision_and_closes_ranges() -> None:
    """A month stays a month; a range end becomes the events.yaml `end`."""
    assert to_partial_dates("2024-06") == (PartialDate(2024, 6), None)
    assert to_partial_dates("2000", "2001") == (PartialDate(2000), PartialDate(2001))
    assert to_partial_dates("2024-Q2") == (PartialDate(2024, 4), PartialDate(2024, 6))


@pytest.mark.parametrize("value", ["PRESENT_REF", "XXXX-06", "2024-13", "June"])
def test_non_calendar_values_are_rejected(value: str) -> None:
    """Values that name no calendar period raise ValueError."""
    with pytest.raises(ValueError):
        value_span(value)
