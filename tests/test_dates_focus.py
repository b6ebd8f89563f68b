"""Specifications of the temporal focus: anaphoric expressions ("the latest quarter", "a year
earlier", "the previous Friday") resolve against the period the text is talking about, not
blindly against the publication date; and the tense and context cues added with it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

LATE_OCTOBER = dt.date(2024, 10, 28)


def resolved(text: str, reference: dt.date = LATE_OCTOBER) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference)]


def test_a_forecast_quarter_does_not_become_the_reported_quarter() -> None:
    """A quarter still under way ("will take a fourth-quarter charge") leaves the focus on the
    ended quarter, so "the latest quarter" and "a year ago" stay with the third quarter."""
    text = (
        "Acme said third-quarter profit rose 8%. It will take a fourth-quarter charge for the "
        "storm. Sales in the latest quarter grew, compared with a drop a year ago."
    )
    assert resolved(text) == [
        ("third-quarter", "2024-Q3"),
        ("fourth-quarter", "2024-Q4"),
        ("the latest quarter", "2024-Q3"),
        ("a year ago", "2023-Q3"),
    ]


def test_a_fiscal_quarter_reported_in_the_past_tense_is_the_focus() -> None:
    """ "reported a decline in fourth-quarter earnings" in November is a fiscal quarter that has
    ended, so "a year earlier" compares with that quarter one year back."""
    text = (
        "Brightway reported a decline in fourth-quarter earnings. It earned $4 million, "
        "compared with $6 million a year earlier."
    )
    assert resolved(text, dt.date(2024, 11, 4))[-1] == ("a year earlier", "2023-Q4")


@pytest.mark.parametrize(
    "text",
    [
        "For the nine months, Acme earned $9 million, up from $7 million a year earlier.",
        "In the first half, Acme earned $9 million; a year ago it lost money.",
        "Last year the unit lost $2 million. The year-earlier results were restated.",
    ],
)
def test_after_a_longer_period_a_year_earlier_is_last_year(text: str) -> None:
    """Once a text moves from a quarter to nine months, a half or last year as a whole, a
    year-earlier comparison means the previous year, not the quarter."""
    prefix = "Acme's third-quarter profit rose. "
    assert resolved(prefix + text)[-1][1] == "2023"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the 2023 period, Acme earned $3 million.", ("the 2023 period", "2023-Q3")),
        ("For the quarter a year ago, it lost money.", ("the quarter a year ago", "2023-Q3")),
        (
            "That compares with $2 million for the corresponding period last year.",
            ("the corresponding period last year", "2023-Q3"),
        ),
        ("This quarter's loss includes a charge.", ("This quarter", "2024-Q3")),
        ("Net rose to $5 million, compared with $4 million last year.", ("last year", "2023-Q3")),
        ("Sales rose 13% from last year's $1.5 billion.", ("last year", "2023-Q3")),
    ],
)
def test_earnings_phrases_refer_to_the_reported_quarter(
    sentence: str, expected: tuple[str, str]
) -> None:
    """Phrases that compare or restate a quarter's results take the reported quarter."""
    text = "Acme posted a loss for the third quarter. " + sentence
    assert resolved(text)[-1] == expected


def test_this_quarter_looking_ahead_is_the_current_quarter() -> None:
    """ "expects to break even this quarter" is the quarter under way, even in a report."""
    text = "Acme posted a loss for the third quarter. It expects to break even this quarter."
    assert resolved(text)[-1] == ("this quarter", "2024-Q4")


def test_last_year_on_its_own_stays_the_whole_year() -> None:
    """Without a comparison, "last year" in a quarterly report is still last year."""
    text = "Acme posted a loss for the third quarter. The plant opened last year."
    assert resolved(text)[-1] == ("last year", "2023")


def test_a_year_earlier_period_of_months_is_not_a_date() -> None:
    """ "the year-earlier nine months" is a stretch of time, so it yields no date."""
    text = "Net for the year-earlier nine months included a gain."
    assert resolved(text) == []


def test_the_first_two_quarters_of_a_year_are_its_first_half() -> None:
    """ "the first two quarters of 2025" is the half-year 2025-H1."""
    assert resolved("Losses will last through the first two quarters of 2025.") == [
        ("the first two quarters of 2025", "2025-H1")
    ]


def test_the_previous_weekday_counts_back_from_the_day_in_focus() -> None:
    """ "the previous Friday" is the Friday before the day the text last named, even when
    that day was named several paragraphs earlier."""
    filler = " Traders were cautious about the pound and about bonds." * 14
    text = f"Stocks fell on Friday.{filler} The index was down 4% from the previous Friday."
    assert resolved(text, dt.date(2024, 10, 28))[-1] == ("previous Friday", "2024-10-18")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The offer appeared in today's editions.", [("today", "2024-10-28")]),
        ("Now for today's geography quiz.", [("today", "2024-10-28")]),
        ("Rebels urged him to run in this year's election.", [("this year", "2024")]),
        ("In today's world, nobody writes letters.", []),
        ("The chip powers many of today's computers.", []),
    ],
)
def test_possessive_today_is_the_day_unless_it_means_the_present_at_large(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """ "today's editions" is the day; "today's world" and "many of today's computers" are
    the present in general."""
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        ("In January, the company hired a new chief.", dt.date(2024, 9, 20), "2024-01"),
        ("The firm switched to a calendar year in December.", dt.date(2024, 8, 27), "2023-12"),
        ("She will be named to lead a mission in December.", dt.date(2024, 3, 4), "2024-12"),
        (
            "The split would be paid on a still unspecified date in January.",
            dt.date(2024, 10, 26),
            "2025-01",
        ),
    ],
)
def test_a_bare_month_follows_a_clear_tense_across_most_of_the_year(
    sentence: str, reference: dt.date, expected: str
) -> None:
    """A past verb puts a bare month in the past and a future verb in the future even when
    the other reading is up to seven months closer; "a still unspecified date" is not past."""
    assert [m.value for m in find_dates(sentence, reference)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan, which had been expected, is to repay the loan by February.", "2025-02"),
        ("By February, the rebels had taken the city.", "2024-02"),
    ],
)
def test_a_deadline_month_mid_sentence_lies_ahead(sentence: str, expected: str) -> None:
    """ "repay the loan by February" is a deadline to come; a sentence that opens with "By
    February" and a past verb narrates the past."""
    assert [m.value for m in find_dates(sentence, dt.date(2024, 10, 30))] == [expected]


def test_the_latest_fiscal_year_is_the_last_one_that_ended() -> None:
    """ "the latest fiscal year" is the year before the publication date."""
    assert resolved("Sales were $7 billion in the latest fiscal year.") == [
        ("the latest fiscal year", "2023")
    ]


def test_a_fiscal_quarter_keeps_its_number_when_its_end_date_is_given() -> None:
    """After "the fiscal first quarter", "the quarter ended Sept. 29" is that fiscal quarter,
    and "the 2023 period" is its counterpart a year back, not calendar third quarters."""
    text = (
        "Orbit earned $5 million in the fiscal first quarter. Sales for the quarter ended "
        "Sept. 29 rose. In the 2023 period, Orbit earned $3 million."
    )
    assert resolved(text) == [
        ("the fiscal first quarter", "2024-Q1"),
        ("the quarter", "2024-Q1"),
        ("Sept. 29", "2024-09-29"),
        ("the 2023 period", "2023-Q1"),
    ]


def test_without_a_fiscal_quarter_an_end_date_names_the_calendar_quarter() -> None:
    """With no fiscal numbering in focus, "the quarter ended June 30" is the second quarter."""
    text = "Orbit posted a third-quarter loss. For the quarter ended June 30, Nova earned more."
    assert resolved(text)[1] == ("the quarter", "2024-Q2")


def test_last_years_results_in_a_quarterly_report_are_the_year_ago_quarter() -> None:
    """ "Last year's results were hurt by charges" compares with the reported quarter."""
    text = "Acme posted a loss for the third quarter. Last year's results were hurt by charges."
    assert resolved(text)[-1] == ("Last year", "2023-Q3")


def test_a_quarter_named_for_comparison_leaves_the_reported_quarter_in_focus() -> None:
    """ "After a flat second quarter" is a side reference: "the year-earlier period" and
    "a year ago" still compare with the reported third quarter."""
    text = (
        "Acme posted a gain in third-quarter profit. After a flat second quarter, sales "
        "recovered. Charges were taken in the year-earlier period. Taxes were lower than "
        "a year ago."
    )
    assert resolved(text) == [
        ("third-quarter", "2024-Q3"),
        ("second quarter", "2024-Q2"),
        ("the year-earlier", "2023-Q3"),
        ("a year ago", "2023-Q3"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the quarter ended July 31, Nova earned more.", "2024-Q2"),  # May-July
        ("In the quarter ended Aug. 31, Nova earned more.", "2024-Q3"),  # June-August
        ("In the quarter ended Sept. 30, Nova earned more.", "2024-Q3"),
    ],
)
def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_most_of_it_falls_in(
    sentence: str, expected: str
) -> None:
    """Three months ending July 31 are mostly the second calendar quarter."""
    assert resolved(sentence)[0] == ("the quarter", expected)


def test_a_numbered_quarter_that_ended_takes_the_year_of_its_end() -> None:
    """Said on Oct. 28, "the second quarter ended Oct. 31" ended a year before."""
    text = "In the year-ago quarter, the second quarter ended Oct. 31, it lost money."
    assert ("the second quarter", "2023-Q2") in resolved(text)


def test_a_year_earlier_than_a_named_day_is_that_day_a_year_back() -> None:
    """ "For the 12 weeks ended Aug. 12 ... a year earlier": Aug. 12 of the year before."""
    text = (
        "For the 12 weeks ended Aug. 12, Provo earned $6 million, against $9 million "
        "a year earlier."
    )
    assert resolved(text)[-1] == ("a year earlier", "2023-08-12")


def test_a_longer_period_after_the_named_day_means_last_year_as_a_whole() -> None:
    """ "said Friday ... through the first nine months, compared with a year earlier":
    the nine months, not Friday, are what the year-earlier figure compares with."""
    text = (
        "Acme said Friday that it lost $6 million through the first nine months, "
        "compared with earnings a year earlier of $3 million."
    )
    assert resolved(text)[-1] == ("a year earlier", "2023")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The percentage change is since year-end.", "2023"),
        ("Acme had $5 million in cash at year-end.", "2023"),
        ("Acme expects to close the deal by year-end.", "2024"),
    ],
)
def test_year_end_looking_back_is_last_years(sentence: str, expected: str) -> None:
    """ "since year-end" in October is the year-end that has passed; "by year-end" the next."""
    assert [value for _, value in resolved(sentence)] == [expected]


def test_an_anchored_period_named_in_apposition_is_the_named_one() -> None:
    """ "the comparable year-ago quarter, the second quarter ended Oct. 31," is that quarter."""
    text = (
        "Acme expects a third-quarter profit. In the comparable year-ago quarter, "
        "the second quarter ended Oct. 31, it lost money."
    )
    assert resolved(text)[1:3] == [
        ("the comparable year-ago", "2023-Q2"),
        ("the second quarter", "2023-Q2"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The gain means twice as high a dividend this year as last.", ("last", "2023")),
        ("Sales rose this month and last.", ("last", "2024-09")),
    ],
)
def test_a_unit_left_out_after_last_is_the_one_just_named(
    sentence: str, expected: tuple[str, str]
) -> None:
    """ "this year as last": "last" alone is last year; on its own it is no date."""
    assert resolved(sentence)[-1] == expected
    assert resolved("The runner finished last.") == []


def test_until_then_is_the_date_just_named() -> None:
    """ "Until then" points at the date before it; "since then" opens a duration instead."""
    text = "The shares become redeemable on Nov. 30. Until then, they stay convertible."
    assert resolved(text)[-1] == ("Until then", "2024-11-30")
    assert resolved("Prices rose in May. Since then, they fell.") == [("May", "2024-05")]
