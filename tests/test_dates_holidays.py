"""Holidays (`timeline.dates._holidays`): each rule gives the right day in any year, and the
engine finds holiday names only where they name a day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates
from timeline.dates._calendar import week_value
from timeline.dates._holidays import (
    HOLIDAY_NAMES,
    HOLIDAY_WEEKS,
    easter,
    holiday_date,
    holiday_names,
)
from timeline.dates._langdata import date_words
from timeline.lang import LANGUAGES

JUNE = dt.date(2024, 6, 19)  # a Wednesday


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1961, dt.date(1961, 4, 2)),
        (1998, dt.date(1998, 4, 12)),
        (2000, dt.date(2000, 4, 23)),
        (2008, dt.date(2008, 3, 23)),  # an early Easter
        (2011, dt.date(2011, 4, 24)),  # a late one
        (2024, dt.date(2024, 3, 31)),
        (2025, dt.date(2025, 4, 20)),
        (2038, dt.date(2038, 4, 25)),  # the latest possible date
    ],
)
def test_easter_follows_the_gregorian_computus(year: int, expected: dt.date) -> None:
    """Easter Sunday is computed, not looked up, and lands on the published dates."""
    assert easter(year) == expected
    assert expected.weekday() == 6


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("thanksgiving", 2024, dt.date(2024, 11, 28)),  # fourth Thursday of November
        ("thanksgiving", 2023, dt.date(2023, 11, 23)),
        ("black friday", 2024, dt.date(2024, 11, 29)),
        ("labor day", 2024, dt.date(2024, 9, 2)),  # first Monday of September
        ("memorial day", 2024, dt.date(2024, 5, 27)),  # last Monday of May
        ("memorial day", 2021, dt.date(2021, 5, 31)),
        ("martin luther king day", 2024, dt.date(2024, 1, 15)),
        ("mother's day", 2024, dt.date(2024, 5, 12)),
        ("good friday", 2024, dt.date(2024, 3, 29)),
        ("easter monday", 2025, dt.date(2025, 4, 21)),
        ("independence day", 1776, dt.date(1776, 7, 4)),
        ("bastille day", 1989, dt.date(1989, 7, 14)),
        ("new year's eve", 1999, dt.date(1999, 12, 31)),
        ("election day", 2024, dt.date(2024, 11, 5)),  # the Tuesday after the first Monday
        ("election day", 2022, dt.date(2022, 11, 8)),  # November 1 was a Tuesday
        ("holy week", 2024, dt.date(2024, 3, 28)),  # a week's rule gives a day of it
        ("weihnachten", 2024, dt.date(2024, 12, 25)),
        ("karfreitag", 2025, dt.date(2025, 4, 18)),
        ("pentecôte", 2024, dt.date(2024, 5, 19)),
    ],
)
def test_holiday_rules_give_the_day_of_each_year(name: str, year: int, expected: dt.date) -> None:
    """Fixed days, nth weekdays of a month and Easter offsets all resolve per year."""
    assert holiday_date(name, year) == expected


def test_every_holiday_has_a_date_in_every_year_of_a_century() -> None:
    """No rule fails for any year (leap years, months that start on any weekday)."""
    for name in HOLIDAY_NAMES:
        for year in range(1950, 2051):
            day = holiday_date(name, year)
            assert day is not None and day.year == year, (name, year)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stores will close on Christmas Day.", [("Christmas Day", "2024-12-25")]),
        ("Shoppers returned after Christmas.", [("Christmas", "2023-12-25")]),
        ("The park reopens by Labor Day.", [("Labor Day", "2024-09-02")]),
        ("Sales at Christmas 2023 were weak.", [("Christmas 2023", "2023-12-25")]),
        ("Last Christmas the plant was idle.", [("Last Christmas", "2023-12-25")]),
        ("Next Easter the church reopens.", [("Next Easter", "2025-04-20")]),
        ("On New Year’s Eve crowds gathered.", [("New Year’s Eve", "2023-12-31")]),
        ("The agreement was signed on Good Friday, 1998.", [("Good Friday, 1998", "1998-04-10")]),
        ("Parades on Independence Day drew crowds.", [("Independence Day", "2024-07-04")]),
    ],
)
def test_holidays_in_sentences_resolve_like_dates(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """A holiday takes the year the text states, its modifier's, or the nearest by tense."""
    assert [(m.text, m.value) for m in find_dates(sentence, JUNE)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The town lit its Christmas tree.",
        "Easter Island lies in the Pacific.",
        "Eastern Airlines cut flights.",
        "Thanksgiving turkey prices rose.",
        "India's Independence Day parade was held.",
        "Children hunted easter eggs.",
    ],
)
def test_holiday_words_that_do_not_name_a_day(sentence: str) -> None:
    """Holiday names used as modifiers, places or other nations' days are not dates."""
    assert find_dates(sentence, JUNE) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_holiday_name_is_found_with_a_year(language: str) -> None:
    """Each name a language's rules know is matched as written in news ("St. Patrick's Day
    2020", "Semana Santa 2020"): a day, or for a week's name the ISO week."""
    for name in holiday_names(date_words(language)):
        written = " ".join(word[:1].upper() + word[1:] for word in name.split())
        mentions = find_dates(f"{written} 2020.", JUNE, languages=(language,))
        day = holiday_date(name, 2020)
        assert day is not None, name
        value = week_value(day) if name in HOLIDAY_WEEKS else day.isoformat()
        assert [(m.text, m.value) for m in mentions] == [(f"{written} 2020", value)], name
