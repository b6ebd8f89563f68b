"""Issue 4 acceptance on the shared seed articles (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.events.title_lint import TitleProblem, lint_title
from timeline.model import Precision
from timeline.store import load_timeline, locate_events

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"

pytestmark = pytest.mark.slow

FURNITURE = ("Leave a Reply", "email address", "Required fields", "Subscribe", "More like this")


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    if not SEEDS.exists():
        pytest.skip("shared seeds not available")
    out = tmp_path / "events.yaml"
    result = CliRunner().invoke(main, extract_args(out))
    assert result.exit_code == 0, result.output
    return out


def extract_args(out: Path) -> list[str]:
    return ["extract", str(SEEDS), "--manifest", str(SEEDS / "published.yaml"), "-o", str(out)]


def test_the_summit_day_and_the_background_years_at_their_own_precision(extracted: Path) -> None:
    """2024-06-19 is a day; 1961, 2000, 2001 and 1991 are years; no date comes from nowhere."""
    events = load_timeline(extracted).events
    dates = {(e.date.iso(), e.date.precision) for e in events}
    assert ("2024-06-19", Precision.DAY) in dates
    for year in ("1961", "2000", "2001", "1991"):
        assert (year, Precision.YEAR) in dates
    stated = {"2024-06-18", "2024-06-19", "1961", "2000", "2001", "1991"}
    assert {d for d, _ in dates} <= stated


def test_no_event_text_from_furniture_or_teasers(extracted: Path) -> None:
    """Every quote sits in an article's body; none is comment-form or teaser furniture."""
    timeline = load_timeline(extracted)
    for event in timeline.events:
        for citation in event.sources:
            assert not any(marker in citation.quote for marker in FURNITURE)
            assert "Romania" not in citation.quote and "Tyrolean" not in citation.quote


def test_the_signing_is_one_event_and_the_summit_day_a_handful(extracted: Path) -> None:
    """One signing event cites at least three sources; the day has a few distinct events."""
    day = [e for e in load_timeline(extracted).events if e.date.iso() == "2024-06-19"]
    signing = [e for e in day if "sign" in e.title.lower()]
    assert len(signing) == 1
    assert len(signing[0].source_ids) >= 3
    assert 3 <= len(day) <= 8
    quotes = {(c.source, c.quote) for e in day for c in e.sources}
    assert len(day) < len(quotes)


def test_rerun_keeps_two_hand_edits_and_one_deletion(extracted: Path) -> None:
    """Edit two events, delete one, extract again: none of the three changes."""
    text = extracted.read_text(encoding="utf-8")
    blocks = locate_events(text)
    ids = sorted(blocks)
    edit_title, edit_date, delete = ids[0], ids[1], ids[-1]
    lines = text.splitlines(keepends=True)
    first, last = blocks[delete]
    del lines[first - 2 : last]  # the block and the blank line above it
    text = "".join(lines)
    events = {e.id: e for e in load_timeline(extracted).events}
    text = text.replace(f"title: {events[edit_title].title}\n", "title: Corrected by hand\n", 1)
    date_line = f"  - id: {edit_date}\n    date: {events[edit_date].date.iso()}\n"
    assert date_line in text
    text = text.replace(date_line, f"  # fixed\n  - id: {edit_date}\n    date: 1999\n")
    extracted.write_text(text, encoding="utf-8")
    kept = {i: locate_events(text)[i] for i in (edit_title, edit_date)}
    kept_text = {i: text.splitlines()[a - 1 : b] for i, (a, b) in kept.items()}

    result = CliRunner().invoke(main, extract_args(extracted))

    assert result.exit_code == 0, result.output
    assert "2 kept (written or edited by hand), 1 not re-added (removed by hand)" in result.output
    after = extracted.read_text(encoding="utf-8")
    assert after == text
    blocks_after = locate_events(after)
    assert delete not in blocks_after
    for event_id, expected in kept_text.items():
        a, b = blocks_after[event_id]
        assert after.splitlines()[a - 1 : b] == expected


def test_the_arrival_is_one_event_with_its_other_day_recorded(extracted: Path) -> None:
    """Issue 11: the sources' June 18 and June 19 for the arrival are one disputed event."""
    events = load_timeline(extracted).events
    arrivals = [e for e in events if "arrived" in e.title.lower()]
    assert len(arrivals) == 1
    (arrival,) = arrivals
    assert arrival.date.iso() == "2024-06-19"
    assert [d.date.iso() for d in arrival.disputed] == ["2024-06-18"]
    assert arrival.review


def test_the_treaty_cites_three_sources_and_date_phrases_are_flagged(extracted: Path) -> None:
    """Issue 11: the signing still cites three sources; a title that keeps a date phrase
    is never published unseen (it carries `review: true`)."""
    events = load_timeline(extracted).events
    signing = [e for e in events if "sign" in e.title.lower() and e.date.iso() == "2024-06-19"]
    assert len(signing[0].source_ids) >= 3
    for event in events:
        if TitleProblem.DATE_PHRASE in lint_title(event.title):
            assert event.review, event.title
