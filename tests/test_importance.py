"""Importance: distinct articles per day, retrospective and planned mentions, dominant pages."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import Candidate, MergedEvent
from timeline.events.importance import (
    DOMINANT_SHARE,
    LASTING_BONUS,
    LASTING_DAYS,
    OFF_STORY_WEIGHT,
    PLAN_WEIGHT,
    POINTED_WEIGHT,
    RETROSPECTIVE_BONUS,
    STORY_ARTICLE_SHARE,
    article_weights,
    day_support,
    rank_events,
)
from timeline.model import Citation, PartialDate


def _candidate(
    source: str,
    date: str,
    quote: str | None = None,
    *,
    end: str | None = None,
    stated: bool = True,
) -> Candidate:
    """A candidate at `date` cited from `source` (its quote unique unless given)."""
    return Candidate(
        date=PartialDate.parse(date),
        end=PartialDate.parse(end) if end else None,
        title="t",
        text=quote or f"{source} {date}",
        tags=(),
        citation=Citation(source, quote or f"{source} says {date} {end}"),
        keywords=frozenset(),
        stated=stated,
    )


DAY = dt.date(2024, 3, 10)


def test_an_article_repeating_a_day_votes_once() -> None:
    """Three sentences of one page naming a day count as one article; two pages as two."""
    one = [_candidate("a", "2024-03-10", f"sentence {i}") for i in range(3)]
    two = [*one, _candidate("b", "2024-03-10")]
    published: dict[str, dt.date | None] = {"a": None, "b": None}  # no volume bonus
    assert day_support(one, published) == pytest.approx({DAY: 1.0})
    assert day_support(two, published)[DAY] == pytest.approx(2.0)


def test_a_sentence_printed_word_for_word_by_two_articles_votes_once() -> None:
    """Wire copy or a teaser repeated on another page is one report, not two."""
    same = [
        _candidate("a", "2024-03-10", "Same words."),
        _candidate("b", "2024-03-10", "Same words."),
    ]
    assert day_support(same, {"a": None, "b": None})[DAY] == pytest.approx(1.0)


def test_a_later_article_referring_back_weighs_more_and_a_plan_less() -> None:
    """Looking back a week adds the retrospective bonus; a day after publication is a plan
    (one article published on or the day after the day adds the weak volume signal)."""
    later = [_candidate("a", "2024-03-10")]
    assert day_support(later, {"a": DAY + dt.timedelta(days=7)})[DAY] == pytest.approx(
        1 + RETROSPECTIVE_BONUS
    )
    assert day_support(later, {"a": DAY - dt.timedelta(days=2)})[DAY] == pytest.approx(PLAN_WEIGHT)


def test_coarse_dates_never_count_for_a_day() -> None:
    """A week (a range), a month or a year mention adds nothing to any day inside it."""
    coarse = [
        _candidate("a", "2024-03"),
        _candidate("b", "2024"),
        _candidate("c", "2024-03-04", end="2024-03-10"),
        _candidate("d", "2024-03-10"),
    ]
    support = day_support(coarse, {})
    assert set(support) == {DAY}
    assert support[DAY] == pytest.approx(1.0)


def test_a_page_naming_most_days_is_weighed_down() -> None:
    """A year-in-review naming 40 days, among 10 pages naming one day each, is scaled so
    its votes stay within the dominant share of all (3 articles' worth in a small set)."""
    review = [_candidate("review", f"2024-{m:02d}-{d:02d}") for m in (1, 2) for d in range(1, 21)]
    others = [_candidate(f"p{i}", "2024-03-10") for i in range(10)]
    weights = article_weights([*review, *others])
    assert weights["p0"] == 1.0
    share = max(DOMINANT_SHARE, 3 / 11)
    assert weights["review"] * 40 == pytest.approx(share * 50)


def test_an_event_counts_its_day_and_its_own_sources() -> None:
    """Importance is the day's support plus the event's own distinct sources."""
    candidates = [_candidate("a", "2024-03-10"), _candidate("b", "2024-03-10")]
    event = MergedEvent(
        date=PartialDate(2024, 3, 10),
        end=None,
        title="t",
        text="t",
        tags=(),
        citations=(Citation("a", "x"), Citation("a", "y")),
        mentions=2,
    )
    published: dict[str, dt.date | None] = {"a": None, "b": None}
    (ranked,) = rank_events([event], candidates, published)
    assert ranked.importance == pytest.approx(2.0 + 1.0)  # two articles + one own source
    month = MergedEvent(
        date=PartialDate(2024, 3),
        end=None,
        title="t",
        text="t",
        tags=(),
        citations=(Citation("a", "x"),),
        mentions=1,
    )
    assert rank_events([month], candidates, published)[0].importance == pytest.approx(1.0)


def test_a_day_only_pointed_at_counts_less_than_a_day_written_out() -> None:
    """ "Yesterday" in one article weighs less than "on 10 March" in another."""
    pointed = [_candidate("a", "2024-03-10", stated=False)]
    written = [_candidate("a", "2024-03-10")]
    published = {"a": DAY + dt.timedelta(days=1)}
    assert day_support(pointed, published)[DAY] < day_support(written, published)[DAY]


def test_a_coarse_citation_joined_to_a_day_event_does_not_count_for_it() -> None:
    """ "In March" told by another article may join the day's event, but adds nothing."""
    day = _candidate("a", "2024-03-10", "On 10 March the pier closed.")
    month = _candidate("b", "2024-03", "In March the pier closed.")
    event = MergedEvent(
        date=PartialDate(2024, 3, 10),
        end=None,
        title="t",
        text="t",
        tags=(),
        citations=(day.citation, month.citation),
        mentions=2,
    )
    (ranked,) = rank_events([event], [day, month], {"a": None, "b": None})
    assert ranked.importance == pytest.approx(1.0 + 1.0)  # one article for the day, one own


def _day_event(*citations: Citation) -> MergedEvent:
    return MergedEvent(
        date=PartialDate(2024, 3, 10),
        end=None,
        title="t",
        text="t",
        tags=(),
        citations=citations,
        mentions=len(citations),
    )


def test_within_a_day_the_event_that_names_the_story_and_writes_the_day_out_leads() -> None:
    """Three pages tell a harbour story; on one day, the report naming the harbour and
    writing the day out outweighs another story's report and a report of "on Sunday"."""
    story = [
        _candidate(f"p{i}", "2024-03-09", f"Dockers in Portavel voted, page {i}.") for i in range(3)
    ]
    named = _candidate("a", "2024-03-10", "On 10 March the gates of Portavel closed.")
    other = _candidate("b", "2024-03-10", "On 10 March the ferry to Lindholm sank.")
    pointed = _candidate("c", "2024-03-10", "On Sunday the gates of Portavel closed.", stated=False)
    candidates = [*story, named, other, pointed]
    events = [_day_event(c.citation) for c in (named, other, pointed)]
    published: dict[str, dt.date | None] = {c.citation.source: None for c in candidates}
    first, second, third = (e.importance for e in rank_events(events, candidates, published))
    assert first > second
    assert first > third
    assert first - second == pytest.approx(1 - OFF_STORY_WEIGHT)
    assert first - third == pytest.approx(1 - POINTED_WEIGHT)


def test_a_day_still_named_a_month_on_counts_more_when_the_mention_names_the_story() -> None:
    """Written out 40 days later and naming the story, a day gains the lasting bonus; the same
    look back from a review of another story, or only pointed at, gains nothing more."""
    story = [
        _candidate(f"p{i}", "2024-02-01", f"Dockers in Portavel voted, page {i}.") for i in range(3)
    ]
    later = DAY + dt.timedelta(days=LASTING_DAYS + 10)
    named = _candidate("a", "2024-03-10", "Since 10 March the gates of Portavel stay shut.")
    other = _candidate("a", "2024-03-10", "On 10 March the ferry to Lindholm sank.")
    published: dict[str, dt.date | None] = {f"p{i}": None for i in range(3)} | {"a": later}
    lasting = day_support([*story, named], published)[DAY]
    assert lasting == pytest.approx(1 + RETROSPECTIVE_BONUS + LASTING_BONUS)
    assert day_support([*story, other], published)[DAY] == pytest.approx(1 + RETROSPECTIVE_BONUS)


def test_a_chronology_of_the_story_counts_its_lasting_entries_that_name_nothing() -> None:
    """An article most of whose dated sentences name the story is about it: its entry of a
    day 40 days back gains the lasting bonus even when that entry names no one."""
    story = [
        _candidate(f"p{i}", "2024-02-01", f"Dockers in Portavel voted, page {i}.") for i in range(3)
    ]
    chronology = [
        _candidate("c", "2024-03-01", "1 March: the dockers of Portavel walk out."),
        _candidate("c", "2024-03-05", "5 March: Portavel's mayor meets the union."),
        _candidate("c", "2024-03-10", "10 March: the gates close."),
    ]
    published: dict[str, dt.date | None] = {f"p{i}": None for i in range(3)}
    published["c"] = DAY + dt.timedelta(days=LASTING_DAYS + 10)
    assert STORY_ARTICLE_SHARE <= 2 / 3
    support = day_support([*story, *chronology], published)
    assert support[DAY] == pytest.approx(1 + RETROSPECTIVE_BONUS + LASTING_BONUS)
