"""Hostile article shapes cost time in proportion to their size (issue 8, item 5).

The caps are asserted as structure (how many candidates, how long a sentence, how many
tense windows are scanned), never as a tight time; the one timed test allows ten times
what the code needs, where the quadratic engine needed more than twice the bound.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest

from timeline import extract
from timeline.cli.dates import _LineCounter
from timeline.dates import _engine, _tense, find_dates
from timeline.events import candidates_from_text, split_sentences
from timeline.events.candidates import MAX_DATES_PER_SENTENCE
from timeline.events.sentences import MAX_SENTENCE_CHARS
from timeline.ingest import ArticleInput, read_article

PUBLISHED = dt.date(2024, 6, 19)
NAMES = ("Ana", "Omar", "Lena", "Kofi", "Mei")
MONTHS = "January February March April May June July August September October November"


def _listing(count: int) -> str:
    """One sentence that lists `count` different days."""
    months = MONTHS.split()
    days = [f"{months[i % len(months)]} {i % 28 + 1}, {1950 + i % 60}" for i in range(count)]
    return "The committee met on " + ", ".join(days) + " to review the budget.\n"


def test_a_sentence_listing_a_thousand_dates_yields_no_event_but_every_date() -> None:
    """A chronology in one sentence is not the report of one happening: its dates are all
    found, and it gives no candidate (once cubic: 1,000 dates took over five minutes)."""
    text = _listing(1000)
    mentions = find_dates(text, PUBLISHED)
    assert len(mentions) == 1000
    assert candidates_from_text("s", text, mentions) == []


@pytest.mark.parametrize("count", [MAX_DATES_PER_SENTENCE - 1, MAX_DATES_PER_SENTENCE])
def test_a_sentence_with_up_to_the_cap_of_dates_still_gives_events(count: int) -> None:
    """At or below `MAX_DATES_PER_SENTENCE` dates a sentence is read as before."""
    years = ", ".join(str(1950 + 4 * i) for i in range(count - 1))
    text = f"Elections were held in {years} and {1950 + 4 * (count - 1)} across the country.\n"
    mentions = find_dates(text, PUBLISHED)
    assert len(mentions) == count
    assert candidates_from_text("s", text, mentions)


def test_one_date_past_the_cap_gives_no_event() -> None:
    """`MAX_DATES_PER_SENTENCE` + 1 dates: the whole sentence is left out."""
    count = MAX_DATES_PER_SENTENCE + 1
    years = ", ".join(str(1900 + 4 * i) for i in range(count - 1))
    text = f"Elections were held in {years} and {1900 + 4 * (count - 1)} across the country.\n"
    mentions = find_dates(text, PUBLISHED)
    assert len(mentions) == count
    assert candidates_from_text("s", text, mentions) == []


def test_a_huge_line_without_punctuation_is_cut_into_sentences_at_spaces() -> None:
    """A line longer than `MAX_SENTENCE_CHARS` becomes pieces no longer than that, cut at
    spaces, each quoting the text exactly where its offsets say."""
    words = [
        random.Random(8).choice(["talks", "resumed", "in", "the", "capital"]) for _ in range(9000)
    ]
    text = " ".join(words)
    sentences = split_sentences(text)
    assert len(sentences) > 1
    for sentence in sentences:
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        assert text[sentence.start : sentence.end] == sentence.text
        assert not sentence.text.startswith(" ") and not sentence.text.endswith(" ")
    assert " ".join(s.text for s in sentences) == text


def test_a_token_longer_than_the_cap_is_cut_at_the_cap() -> None:
    """Without any space to cut at, the pieces are exactly `MAX_SENTENCE_CHARS` long."""
    text = "x" * (2 * MAX_SENTENCE_CHARS + 5)
    sentences = split_sentences(text)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]
    assert "".join(s.text for s in sentences) == text


def test_dates_in_an_overlong_stretch_share_their_tense_windows() -> None:
    """100 KB of "on Monday" without punctuation: the tense cues are scanned once per block
    of the stretch, not once per date (11,000 windows before)."""
    text = "on Monday " * 10_000
    _tense._cues.cache_clear()
    mentions = find_dates(text, PUBLISHED)
    assert len(mentions) == 10_000
    scans = _tense._cues.cache_info().misses
    assert scans <= len(text) // _tense._REACH + 10


def test_a_long_sentence_keeps_its_own_window() -> None:
    """A sentence shorter than `LONG_SENTENCE` is read exactly as before: its ends, or
    `_REACH` characters beyond the date."""
    body = "word " * 300
    text = f"First. {body}on Monday {body}end. Next one."
    start = text.index("Monday")
    left, right = _tense.sentence_bounds(text, start, start + 6)
    assert (left, right) == (start - _tense._REACH, start + 6 + _tense._REACH)


def test_an_overlong_stretch_gives_each_date_its_block_and_reach() -> None:
    """In a stretch longer than `LONG_SENTENCE`, a date's window reaches at least `_REACH`
    characters each way, and dates in the same block share one window."""
    text = "word " * 4000
    reach = _tense._REACH
    windows = set()
    for start in range(5000, 5000 + reach, 37):
        left, right = _tense.sentence_bounds(text, start, start + 4)
        assert left <= start - reach and right >= start + 4 + reach
        windows.add((left, right))
    assert len(windows) <= 2


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    rank: int


def test_overlap_settling_keeps_the_longest_then_the_earlier_pattern() -> None:
    """Settling by marking taken characters chooses what comparing every pair chose."""
    rng = random.Random(5)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(1, 40)):
            start = rng.randrange(0, 100)
            spans.append(_Span(start, start + rng.randrange(1, 15), rng.randrange(0, 5)))
        chosen = cast(list[_Span], _engine._select(cast(Any, spans)))
        expected: list[_Span] = []
        for span in sorted(spans, key=lambda c: (c.start - c.end, c.rank, c.start)):
            if not any(span.start < e.end and e.start < span.end for e in expected):
                expected.append(span)
        assert chosen == sorted(expected, key=lambda c: c.start)


def test_a_repeated_month_name_costs_linear_time() -> None:
    """150 KB of "June June ..." (once over 10 s of settling overlaps, each candidate
    compared with every one taken) stays far under that in CPU time, however loaded the
    machine."""
    text = "June " * 30_000
    started = time.process_time()
    find_dates(text, PUBLISHED)
    assert time.process_time() - started < 8


def test_a_long_article_is_searched_up_to_the_cap_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `MAX_ARTICLE_CHARS` an article gives no events, and the run says so."""
    monkeypatch.setattr(extract, "MAX_ARTICLE_CHARS", 200)
    early = "The two leaders signed the pact in the capital on June 19, 2024.\n"
    late = "The parliament ratified the pact in the capital on July 2, 2024.\n"
    path = tmp_path / "long.txt"
    filler = "".join(f"Reporter {name} wrote these words without a date.\n" for name in NAMES)
    path.write_text(early + filler + late, "utf-8")
    article = read_article(str(path), published=PUBLISHED)
    assert extract.searched_length(article.text) <= 200
    assert article.text[extract.searched_length(article.text)] == "\n"
    dates = {c.date.iso() for c in extract.article_candidates(article)}
    assert dates == {"2024-06-19"}
    read = extract._read_one(ArticleInput(str(path), "long"), extract._Options(PUBLISHED, None))
    assert any("were searched for events" in note for note in read.notes)


def test_line_and_column_are_counted_once_whatever_the_order() -> None:
    """`timeline dates` numbers lines incrementally, and still right when asked backwards."""
    text = "ab\ncd\n\nefg\nh"
    counter = _LineCounter(text)
    for offset in [0, 1, 3, 4, 7, 9, 11, 2, 0, 11]:
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        assert counter.at(offset) == (line, column)
