"""Sequence of tenses: a date's direction comes from the verb that governs it, not from the
nearest past form. A temporal clause under a future seen from the past ("would buy as soon as
trading opened Monday") is a backshifted future; an intention's infinitive ("agreed to buy
the line in February") does not inherit the intention's past tense; the terms of an
announcement ("payable Dec. 7", "effective Feb. 1") name a coming day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

WEDNESDAY = dt.date(2024, 6, 19)
OCTOBER = dt.date(2024, 10, 28)


def value_of(text: str, words: str, reference: dt.date) -> str:
    """The value of the mention overlapping the first occurrence of `words`."""
    start = text.index(words)
    end = start + len(words)
    found = [m for m in find_dates(text, reference) if m.start < end and m.end > start]
    assert found, f"no mention at {words!r} in {text!r}"
    return found[0].value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union said members would walk out as soon as the shift ended Friday.", "2024-06-21"),
        ("Brokers were likely to sell the shares once trading resumed Monday.", "2024-06-24"),
        ("She said she would sign the lease when the board met Thursday.", "2024-06-20"),
        ("The mayor was expected to speak after the council voted Tuesday.", "2024-06-25"),
    ],
)
def test_a_temporal_clause_under_a_future_in_the_past_looks_ahead(
    sentence: str, expected: str
) -> None:
    """ "would X as soon as Y happened <day>" reports "will X as soon as Y happens": ahead."""
    assert find_dates(sentence, WEDNESDAY)[0].value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices fell as soon as trading opened Monday.", "2024-06-17"),
        ("The mayor spoke after the council voted Tuesday.", "2024-06-18"),
        # a past perfect plan was overtaken: its clause stays in the past
        ("The fund had been due to sell once trading opened Monday.", "2024-06-17"),
        # another verb between the future and the clause governs it
        ("Officials expect calm, but riots broke out when the verdict came Monday.", "2024-06-17"),
    ],
)
def test_a_temporal_clause_in_a_past_narrative_stays_past(sentence: str, expected: str) -> None:
    """Without a future governing it, a temporal clause's past verb is a plain past."""
    assert find_dates(sentence, WEDNESDAY)[0].value == expected


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        # the nearest February to late October is the coming one
        (
            "Acme, which agreed to buy the pump line for $22 million in February.",
            "February",
            "2025-02",
        ),
        ("The bank announced an agreement to acquire the lender in January.", "January", "2025-01"),
        ("The council voted to close the depot in February.", "February", "2025-02"),
        # the intention's infinitive is neutral: a nearer past month stays past
        ("The company agreed to sell its stake in September.", "September", "2024-09"),
        # a weekday still defaults to the one just past: "agreed to buy it on Friday"
        ("Acme agreed to buy the vaccine maker on Friday.", "Friday", "2024-10-25"),
    ],
)
def test_an_intentions_infinitive_takes_no_tense_from_the_intention(
    sentence: str, words: str, expected: str
) -> None:
    """ "agreed to buy X in February": the buying follows the agreement, whenever that was,
    so the nearest February wins instead of the one before the past-tense "agreed"."""
    assert value_of(sentence, words, OCTOBER) == expected


def test_a_month_after_a_plain_past_verb_still_follows_the_past() -> None:
    """Without an infinitive between them, "agreed" keeps the month behind."""
    sentence = "The two companies agreed on the terms in July."
    assert value_of(sentence, "July", OCTOBER) == "2024-07"


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        (
            "The board declared a dividend, payable Jan. 2 to holders of record Dec. 15.",
            "Jan. 2",
            "2025-01-02",
        ),
        (
            "The board declared a dividend, payable Jan. 2 to holders of record Dec. 15.",
            "Dec. 15",
            "2024-12-15",
        ),
        ("The chairman resigned, effective Friday.", "Friday", "2024-11-01"),
        ("He was named president, effective on April 1.", "April 1", "2025-04-01"),
        # a lean, not a verdict: a day a few weeks past is the one already in force
        ("The price rise, effective Oct. 1, lifted sales.", "Oct. 1", "2024-10-01"),
    ],
)
def test_the_terms_of_an_announcement_name_a_coming_day(
    sentence: str, words: str, expected: str
) -> None:
    """ "payable", "of record" and "effective" before a date set terms that lie ahead, unless
    the date is only weeks behind."""
    assert value_of(sentence, words, OCTOBER) == expected


def test_an_effective_adjective_elsewhere_sets_no_direction() -> None:
    """ "an effective remedy" is not a date's terms: the past verb keeps July behind."""
    sentence = "Doctors found an effective remedy in July."
    assert value_of(sentence, "July", OCTOBER) == "2024-07"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "rose" governs September: the month May lends it no future
        ("Output rose in May and in September.", "2023-09"),
        # the verb "may" still looks ahead
        ("Officials said the vote may come in January.", "2025-01"),
    ],
)
def test_a_capitalised_may_mid_sentence_is_the_month_not_the_verb(
    sentence: str, expected: str
) -> None:
    """ "in May" mid-sentence is a month; only the verb "may" lends a date a future tense."""
    mentions = find_dates(sentence, WEDNESDAY)
    assert mentions[-1].value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The general let the offensive begin Saturday night.", "2024-06-15"),
        ("Rain made the talks resume Monday under a tent.", "2024-06-17"),
        # without a causative the base form is still a schedule
        ("The two delegations resume talks Monday.", "2024-06-24"),
    ],
)
def test_a_bare_infinitive_after_let_or_make_is_no_schedule(sentence: str, expected: str) -> None:
    """ "let the offensive begin Saturday" reports a past act: "begin" is not a present."""
    assert find_dates(sentence, WEDNESDAY)[0].value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Dec. 6 is nearer ahead, but only Dec. 6, 2023 was a Wednesday
        ("Polling day: Wednesday, Dec. 6.", "2023-12-06"),
        ("Polling day: Friday, Dec. 6.", "2024-12-06"),
        # no year within one of the nearest fits: the nearest stays
        ("Polling day: Monday, Dec. 6.", "2024-12-06"),
    ],
)
def test_a_stated_weekday_picks_the_year_of_a_date_without_one(
    sentence: str, expected: str
) -> None:
    """ "Wednesday, Dec. 6": the year in which that day is a Wednesday, when one is adjacent."""
    assert find_dates(sentence, WEDNESDAY)[0].value == expected
