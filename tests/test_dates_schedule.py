"""Scheduled and reported future: a present-tense event verb with a weekday or a date names
a coming day ("the plant opens Saturday"), while "said Tuesday" stays in the past; months
with a relative year or a modifier are one mention in every language."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

WEDNESDAY = dt.date(2024, 6, 19)


def values(text: str, reference: dt.date = WEDNESDAY, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference, (lang,))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new plant opens Saturday.", "2024-06-22"),
        ("Talks resume Friday in Geneva.", "2024-06-21"),
        ("The court hears the case Monday.", "2024-06-24"),
        ("He and the prime minister meet separately Monday with the envoy.", "2024-06-24"),
        ("The new tariff takes effect Monday.", "2024-06-24"),
        ("The festival kicks off Friday.", "2024-06-21"),
        ("The offer expires Friday, the company said.", "2024-06-21"),
        ("The exhibition opens July 3.", "2024-07-03"),
        ("The trial begins Wednesday.", "2024-06-19"),  # the reference day itself
    ],
)
def test_a_scheduled_present_names_the_coming_day(sentence: str, expected: str) -> None:
    """News writes schedules in the present tense: the weekday or date lies ahead."""
    assert values(sentence)[0][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said Tuesday the plant opens soon.", "2024-06-18"),
        ("The two leaders did not meet Monday.", "2024-06-17"),
        ("The talks were scheduled to resume Monday.", "2024-06-17"),
        ("Stocks rose Monday as the market opened higher.", "2024-06-17"),
        ("Shares rose more than expected Monday.", "2024-06-17"),
        ("The launch went ahead as planned Saturday.", "2024-06-15"),
    ],
)
def test_past_verbs_keep_the_weekday_behind(sentence: str, expected: str) -> None:
    """A nearer past verb, a negated past, a past plan or "than expected" still point back."""
    assert values(sentence)[0][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme said it will complete the sale in February.", ("February", "2025-02")),
        ("Acme said it would close the deal on March 3.", ("March 3", "2025-03-03")),
        ("Lenders extended the credit line through January.", ("January", "2025-01")),
    ],
)
def test_reported_plans_and_deadlines_lie_ahead(sentence: str, expected: tuple[str, str]) -> None:
    """A future in reported speech, or a deadline ("through January"), points forward."""
    assert values(sentence) == [expected]


def test_last_month_name_for_the_month_just_ended_is_a_year_back() -> None:
    """Said in March, "last February" is February a year back: the month just ended would
    be "last month"; "this past February" is the one just ended."""
    march = dt.date(1998, 3, 1)
    assert values("Two helicopters crashed last February.", march) == [("last February", "1997-02")]
    assert values("Prices fell this past February.", march) == [("this past February", "1998-02")]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "en",
            "The plant closed in September of last year.",
            ("September of last year", "2023-09"),
        ),
        ("en", "The plant closed in July last year.", ("July last year", "2023-07")),
        ("en", "The plant closed last September.", ("last September", "2023-09")),
        (
            "es",
            "La planta cerró en septiembre del año pasado.",
            ("septiembre del año pasado", "2023-09"),
        ),
        ("es", "Abrirá en marzo del próximo año.", ("marzo del próximo año", "2025-03")),
        ("fr", "L'usine a fermé en septembre dernier.", ("septembre dernier", "2023-09")),
        (
            "fr",
            "L'usine a fermé en septembre de l'an dernier.",
            ("septembre de l'an dernier", "2023-09"),
        ),
        (
            "de",
            "Die Fabrik schloss im September letzten Jahres.",
            ("September letzten Jahres", "2023-09"),
        ),
        ("de", "Sie öffnet im März nächsten Jahres.", ("März nächsten Jahres", "2025-03")),
        (
            "it",
            "È chiusa nel settembre dell'anno scorso.",
            ("settembre dell'anno scorso", "2023-09"),
        ),
        ("pt", "Fechou em setembro do ano passado.", ("setembro do ano passado", "2023-09")),
        ("pt", "Fechou em setembro passado.", ("setembro passado", "2023-09")),
    ],
)
def test_a_month_with_a_relative_year_is_one_mention(
    lang: str, sentence: str, expected: tuple[str, str]
) -> None:
    """ "septiembre del año pasado" is September a year back, not a month plus a year."""
    assert values(sentence, lang=lang) == [expected]


def test_a_month_then_a_comma_and_last_year_stay_two_mentions() -> None:
    """ "In May, last year's figures ..." names May and last year separately."""
    assert values("In May, last year's figures were revised.") == [
        ("May", "2024-05"),
        ("last year", "2023"),
    ]


def test_weekday_nights_in_the_plural_recur() -> None:
    """ "on Monday and Tuesday nights" is a weekly schedule, not two dates."""
    assert values("Flights leave on Monday and Tuesday nights from March 30.") == [
        ("March 30", "2024-03-30")
    ]
