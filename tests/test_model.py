"""The domain objects: partial dates, events and their hand-edit fingerprint."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline.model import (
    Citation,
    Event,
    PartialDate,
    Precision,
    Source,
    Timeline,
    content_digest,
)


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("1961", PartialDate(1961), Precision.YEAR),
        (" 1961 ", PartialDate(1961), Precision.YEAR),
        (1961, PartialDate(1961), Precision.YEAR),
        (476, PartialDate(476), Precision.YEAR),
        ("0476", PartialDate(476), Precision.YEAR),
        ("2024-06", PartialDate(2024, 6), Precision.MONTH),
        ("2024-06-19", PartialDate(2024, 6, 19), Precision.DAY),
        (dt.date(2024, 6, 19), PartialDate(2024, 6, 19), Precision.DAY),
        (PartialDate(2024, 6), PartialDate(2024, 6), Precision.MONTH),
        ("2024-02-29", PartialDate(2024, 2, 29), Precision.DAY),
    ],
)
def test_parse_reads_each_precision(
    value: object, expected: PartialDate, precision: Precision
) -> None:
    """Years, months and days parse to dates of that precision, from text, ints or dates."""
    parsed = PartialDate.parse(value)
    assert parsed == expected
    assert parsed.precision is precision


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("12/03", "expected YYYY, YYYY-MM or YYYY-MM-DD, got '12/03'"),
        ("2024-6-1", "expected YYYY, YYYY-MM or YYYY-MM-DD, got '2024-6-1'"),
        ("June 2024", "expected YYYY, YYYY-MM or YYYY-MM-DD, got 'June 2024'"),
        ("", "expected YYYY, YYYY-MM or YYYY-MM-DD, got ''"),
        ("2023-02-29", "2023-02 has no day 29 (it has 28 days)"),
        ("2024-04-31", "2024-04 has no day 31 (it has 30 days)"),
        ("2024-00", "month 0 is out of range 1-12"),
        ("2024-13-01", "month 13 is out of range 1-12"),
        ("0000", "year 0 is out of range 1-9999"),
        (0, "year 0 is out of range 1-9999"),
        (-44, "year -44 is out of range 1-9999"),
        (True, "expected YYYY, YYYY-MM or YYYY-MM-DD, got bool"),
        (2024.5, "expected YYYY, YYYY-MM or YYYY-MM-DD, got float"),
        (
            dt.datetime(2024, 6, 19, 10, 0),
            "expected YYYY, YYYY-MM or YYYY-MM-DD, got a date with a time '2024-06-19T10:00:00'",
        ),
    ],
)
def test_parse_rejects_with_a_reportable_message(value: object, message: str) -> None:
    """Bad dates raise ValueError whose text can follow `file:line: date:` as is."""
    with pytest.raises(ValueError) as info:
        PartialDate.parse(value)
    assert str(info.value) == message


def test_a_day_needs_a_month() -> None:
    """A day without a month cannot be built."""
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2024, None, 3)


@pytest.mark.parametrize(
    ("date", "iso", "shown", "first", "last"),
    [
        (PartialDate(1961), "1961", "1961", dt.date(1961, 1, 1), dt.date(1961, 12, 31)),
        (
            PartialDate(2024, 2),
            "2024-02",
            "February 2024",
            dt.date(2024, 2, 1),
            dt.date(2024, 2, 29),
        ),
        (
            PartialDate(476, 9, 4),
            "0476-09-04",
            "September 4, 476",
            dt.date(476, 9, 4),
            dt.date(476, 9, 4),
        ),
    ],
)
def test_a_date_prints_and_spans_at_its_own_precision(
    date: PartialDate, iso: str, shown: str, first: dt.date, last: dt.date
) -> None:
    """A year is the whole year, printed as the year; never January 1st."""
    assert (date.iso(), str(date), date.display()) == (iso, iso, shown)
    assert (date.first_day(), date.last_day()) == (first, last)


def test_dates_sort_chronologically_with_coarser_dates_first() -> None:
    """A year sorts before the months and days inside it; otherwise by calendar."""
    dates = [
        PartialDate(2024, 6, 19),
        PartialDate(1961),
        PartialDate(2024, 6),
        PartialDate(2024),
        PartialDate(2024, 1, 1),
        PartialDate(1960, 12, 31),
    ]
    ordered = sorted(dates, key=PartialDate.sort_key)
    assert [d.iso() for d in ordered] == [
        "1960-12-31",
        "1961",
        "2024",
        "2024-01-01",
        "2024-06",
        "2024-06-19",
    ]


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        (PartialDate(2024), PartialDate(2024, 6, 19), True),
        (PartialDate(2024, 6), PartialDate(2024, 6, 30), True),
        (PartialDate(2024, 6), PartialDate(2024), False),
        (PartialDate(2024, 6), PartialDate(2024, 7, 1), False),
        (PartialDate(2024, 6, 19), PartialDate(2024, 6, 19), True),
    ],
)
def test_contains_means_within_the_span(
    outer: PartialDate, inner: PartialDate, expected: bool
) -> None:
    """A date contains another when the other's whole span is inside its own."""
    assert outer.contains(inner) is expected


@pytest.mark.parametrize(
    ("date", "end", "ok"),
    [
        (PartialDate(2024, 6, 19), PartialDate(2024, 6, 18), False),
        (PartialDate(2024, 6, 19), PartialDate(2024, 6, 19), True),
        (PartialDate(2024, 6, 19), PartialDate(2024, 6), True),
        (PartialDate(2024, 6, 19), PartialDate(2024), True),
        (PartialDate(2024), PartialDate(2023, 12, 31), False),
        (PartialDate(2024, 6), PartialDate(2024, 5), False),
    ],
)
def test_an_end_may_not_come_before_the_date(date: PartialDate, end: PartialDate, ok: bool) -> None:
    """An end whose span finishes before the date's span begins is rejected."""
    if ok:
        assert Event(id="a", date=date, end=end, title="T").end == end
    else:
        with pytest.raises(ValueError, match=f"end {end} is before date {date}"):
            Event(id="a", date=date, end=end, title="T")


EXTRACTED = Event(
    id="pact",
    date=PartialDate(2024, 6, 19),
    title="Pact signed",
    text="Both leaders signed.",
    tags=("diplomacy",),
    sources=(Citation("gazette", quote="They signed.", start=0, end=12),),
)
STAMPED = dataclasses.replace(EXTRACTED, extracted=content_digest(EXTRACTED))


@pytest.mark.parametrize(
    ("event", "hand_edited"),
    [
        (STAMPED, False),
        (EXTRACTED, True),
        (dataclasses.replace(STAMPED, locked=True), True),
        (dataclasses.replace(STAMPED, title="Pact signed in Pyongyang"), True),
        (dataclasses.replace(STAMPED, date=PartialDate(2024, 6)), True),
        (dataclasses.replace(STAMPED, end=PartialDate(2024, 6, 20)), True),
        (dataclasses.replace(STAMPED, text=""), True),
        (dataclasses.replace(STAMPED, tags=("diplomacy", "asia")), True),
        (dataclasses.replace(STAMPED, sources=()), True),
        (dataclasses.replace(STAMPED, sources=(Citation("gazette", quote="Other."),)), True),
        (dataclasses.replace(STAMPED, id="renamed"), False),
        (dataclasses.replace(STAMPED, sources=(Citation("gazette", quote="They signed."),)), False),
    ],
    ids=[
        "as-extracted",
        "never-stamped",
        "locked",
        "title",
        "date",
        "end",
        "text",
        "tags",
        "citations-removed",
        "quote",
        "id-is-bookkeeping",
        "offsets-are-bookkeeping",
    ],
)
def test_hand_edits_are_detected_by_the_digest(event: Event, hand_edited: bool) -> None:
    """An event is hand-edited when locked, unstamped, or its content left its stamp."""
    assert event.is_hand_edited is hand_edited


def test_the_digest_is_short_stable_hex() -> None:
    """The stamp is 12 hex characters and depends only on content."""
    digest = content_digest(EXTRACTED)
    assert len(digest) == 12
    assert int(digest, 16) >= 0
    assert content_digest(dataclasses.replace(EXTRACTED, locked=True)) == digest


def test_source_ids_are_distinct_in_citation_order() -> None:
    """Citing one source twice lists it once."""
    event = dataclasses.replace(
        EXTRACTED, sources=(Citation("b"), Citation("a"), Citation("b", quote="again"))
    )
    assert event.source_ids == ("b", "a")


def test_timeline_finds_sources_and_orders_events() -> None:
    """`source()` looks up by id; `chronological()` sorts by date then id."""
    late = Event(id="b", date=PartialDate(2024), title="B")
    early = Event(id="a", date=PartialDate(2024), title="A")
    first = Event(id="z", date=PartialDate(1961), title="Z")
    timeline = Timeline(title="T", sources=(Source(id="s"),), events=(late, early, first))
    assert timeline.source("s") == Source(id="s")
    assert timeline.source("missing") is None
    assert timeline.chronological() == [first, early, late]
