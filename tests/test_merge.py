"""Merging: one event per happening, citing every source that reports it."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates
from timeline.events import Candidate, candidates_from_text, merge_candidates, top_dates

PUBLISHED = dt.date(2024, 3, 14)

ARTICLES = {
    "gazette": (
        "Mayor Tomas Reyes opened the new Harbour Bridge on Tuesday after four years of works. "
        "A storm flooded the old market district on Tuesday, cutting power to 2,000 homes."
    ),
    "courier": (
        "The Harbour Bridge was opened by Mayor Tomas Reyes on Tuesday before cheering crowds.\n"
        "The bridge replaces a ferry line dating back to 1958."
    ),
    "post": (
        "Tomas Reyes, the mayor, opened the Harbour Bridge on Tuesday.\n"
        "Tomas Reyes, the mayor, opened the Harbour Bridge on Tuesday.\n"
        "Residents recalled the ferry line dating back to 1958."
    ),
}


def candidates() -> list[Candidate]:
    out: list[Candidate] = []
    for source, text in ARTICLES.items():
        out.extend(candidates_from_text(source, text, find_dates(text, PUBLISHED)))
    return out


def test_one_happening_reported_by_three_sources_is_one_event_citing_all() -> None:
    """The bridge opening, told three ways, merges; the storm that day stays its own event."""
    events = [e for e in merge_candidates(candidates()) if e.date.iso() == "2024-03-12"]
    assert len(events) == 2
    bridge, storm = events
    assert set(bridge.source_ids) == {"gazette", "courier", "post"}
    assert "Bridge" in bridge.title or "bridge" in bridge.title
    assert storm.source_ids == ("gazette",)
    assert "storm" in storm.title.lower()


def test_a_repeated_paragraph_is_cited_once_but_counts_as_a_mention() -> None:
    """Identical quotes from one source collapse into one citation."""
    (bridge,) = [e for e in merge_candidates(candidates()) if "Harbour Bridge" in e.tags]
    quotes = [(c.source, c.quote) for c in bridge.citations]
    assert len(quotes) == len(set(quotes)) == 3
    assert bridge.mentions == 4


def test_background_years_merge_across_sources_at_their_own_precision() -> None:
    """The 1958 ferry line from two sources is one year-precision event."""
    (ferry,) = [e for e in merge_candidates(candidates()) if e.date.iso() == "1958"]
    assert ferry.date.precision.name == "YEAR"
    assert set(ferry.source_ids) == {"courier", "post"}


def test_importance_grows_with_sources_and_top_keeps_the_busiest_dates() -> None:
    """The three-source bridge outranks the one-source storm; --top 1 keeps that date only."""
    events = merge_candidates(candidates())
    bridge = max(events, key=lambda e: e.importance)
    assert len(bridge.source_ids) == 3
    kept = top_dates(events, 1)
    assert {e.date.iso() for e in kept} == {"2024-03-12"}
    assert len(top_dates(events, 5)) == len(events)


def test_a_range_and_the_day_it_starts_on_can_be_one_event() -> None:
    """Two reports starting on one day merge even when one gives a range."""
    texts = {
        "a": "The Harbour Festival opened on March 4 with a parade.",
        "b": "The Harbour Festival ran from March 4 to March 10 with a parade.",
    }
    found: list[Candidate] = []
    for source, text in texts.items():
        found.extend(candidates_from_text(source, text, find_dates(text, PUBLISHED)))
    (event,) = merge_candidates(found)
    assert set(event.source_ids) == {"a", "b"}
    assert event.date.iso() == "2024-03-04"


def merged_from(texts: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    found: list[Candidate] = []
    for source, text in texts.items():
        found.extend(candidates_from_text(source, text, find_dates(text, PUBLISHED)))
    return [(e.date.iso(), e.source_ids) for e in merge_candidates(found)]


def test_one_happening_at_a_year_a_month_and_a_day_is_one_event_at_the_day() -> None:
    """ "In 2019", "in May 2019" and "on May 8, 2019" of one opening merge at the finest date."""
    texts = {
        "a": "The glassworks museum in Lerwick opened its doors to visitors in 2019.",
        "b": "The glassworks museum in Lerwick opened its doors in May 2019.",
        "c": "The glassworks museum in Lerwick opened its doors to visitors on May 8, 2019.",
    }
    assert merged_from(texts) == [("2019-05-08", ("a", "b", "c"))]


def test_different_happenings_inside_a_coarser_date_stay_apart() -> None:
    """A year's unrelated event does not join a day inside that year."""
    texts = {
        "a": "The glassworks museum in Lerwick opened its doors to visitors in 2019.",
        "b": "A winter storm closed the ferry terminal at Aberdeen on May 8, 2019.",
    }
    assert merged_from(texts) == [("2019", ("a",)), ("2019-05-08", ("b",))]


def test_a_coarse_date_outside_the_finer_one_does_not_merge() -> None:
    """The same words at a month that does not contain the day stay two events."""
    texts = {
        "a": "The glassworks museum in Lerwick opened its doors in June 2019.",
        "b": "The glassworks museum in Lerwick opened its doors to visitors on May 8, 2019.",
    }
    assert merged_from(texts) == [("2019-05-08", ("b",)), ("2019-06", ("a",))]


def test_what_happened_leads_over_what_was_planned() -> None:
    """ "Is due to leave" and "left" merge (one verb, two forms); the report of the deed leads."""
    texts = {
        "a": "The royal yacht is due to leave Bergen harbour for Oslo on March 12.",
        "b": "The royal yacht left Bergen harbour for Oslo on March 12.",
    }
    found: list[Candidate] = []
    for source, text in texts.items():
        found.extend(candidates_from_text(source, text, find_dates(text, PUBLISHED)))
    (event,) = merge_candidates(found)
    assert event.title == "The royal yacht left Bergen harbour for Oslo"
    assert set(event.source_ids) == {"a", "b"}


def test_a_day_and_a_range_starting_on_it_stay_at_that_day() -> None:
    """A cluster holding a stated day never moves to another day inside its range."""
    texts = {
        "a": "The Lerwick glass fair opened on March 4 and ran to March 6.",
        "b": "The Lerwick glass fair opened its doors on March 4.",
        "c": "The Lerwick glass fair drew its biggest crowd on March 6.",
    }
    dates = [d for d, _ in merged_from(texts)]
    assert "2024-03-04" in dates and "2024-03-06" in dates


def test_a_background_noun_phrase_joins_the_dated_event_it_names() -> None:
    """ "The 1998 charter" (background, a year) joins the charter's signing on a day of 1998."""
    texts = {
        "a": "Officials cited the 1998 harbour charter as a model for the new rules.",
        "b": "The three towns signed the harbour charter in Lerwick on May 2, 1998.",
    }
    assert merged_from(texts) == [("1998-05-02", ("a", "b"))]


def test_took_place_and_met_report_one_meeting() -> None:
    """ "Their first summit took place in Oslo" and "first met at a summit in Oslo" merge:
    "took place" is no action of its own, so it cannot set the two reports apart."""
    texts = {
        "a": "The two mayors first met at a summit in Oslo on May 2, 2019.",
        "b": "Their first summit took place in Oslo on May 2, 2019, and their second in Bergen.",
        "c": "A storm flooded the harbour in Oslo on May 2, 2019.",
    }
    found = [
        c for s, t in texts.items() for c in candidates_from_text(s, t, find_dates(t, PUBLISHED))
    ]
    events = merge_candidates(found)
    assert sorted(e.source_ids for e in events) == [("a", "b"), ("c",)]


def test_a_surname_alone_takes_the_full_name_other_articles_give() -> None:
    """ "Gheddafi" in one article is "Muammar Gheddafi" when the run names no other
    Gheddafi and cites that full name at least twice."""
    articles = {
        "a": "Muammar Gheddafi addressed a crowd in Tripoli on March 1. "
        "Muammar Gheddafi left the square on March 2.",
        "b": "Rebels said that Gheddafi fled Tripoli on March 5.",
    }
    found = []
    for source, text in articles.items():
        found.extend(candidates_from_text(source, text, find_dates(text, PUBLISHED)))
    fled = [e for e in merge_candidates(found) if "fled" in e.title]
    assert "Muammar Gheddafi" in fled[0].tags and "Gheddafi" not in fled[0].tags


def test_close_days_with_other_numbers_in_their_titles_stay_apart() -> None:
    """ "Pier 4 reopened" on one day and "pier 5 reopened" the next are two happenings, not
    one event with a disputed date, however alike the sentences are."""
    reports = [
        ("a", "2021-03-04", "The town reopened pier number 4 on 4 March 2021."),
        ("b", "2021-03-04", "Officials said the town reopened pier number 4 on 4 March 2021."),
        ("c", "2021-03-05", "The town reopened pier number 5 on 5 March 2021."),
        ("d", "2021-03-05", "Officials said the town reopened pier number 5 on 5 March 2021."),
    ]
    candidates = [
        c
        for source, _, text in reports
        for c in candidates_from_text(
            source, text, find_dates(text, dt.date(2021, 4, 1), languages=("en",))
        )
    ]
    events = merge_candidates(candidates)
    assert sorted(e.date.iso() for e in events) == ["2021-03-04", "2021-03-05"]
    assert not any(e.disputed for e in events)
