"""A new article that happens to get an old article's source id is a new source.

Source ids come from file names, so `x/story.md` and, in a later run, `y/story.md` both
get `story`. The second must not be credited to the first's outlet, URL and date.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main
from timeline.store import load_timeline


def article(folder: Path, outlet: str, sentence: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "story.md"
    path.write_text(
        f"---\ntitle: {outlet} story\noutlet: {outlet}\npublished: 2022-05-02\n---\n\n{sentence}\n",
        encoding="utf-8",
    )
    return path


def extract(source: Path, events: Path) -> str:
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(events)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_second_story_md_with_other_text_is_a_second_source(tmp_path: Path) -> None:
    """`y/story.md` after `x/story.md`: a new source `story-2`, cited by its own event."""
    events = tmp_path / "events.yaml"
    extract(article(tmp_path / "x", "Gazette", "The pier reopened on 3 May 2021."), events)
    second = article(tmp_path / "y", "Courier", "The lighthouse was sold on 9 June 2021.")
    summary = extract(second, events)
    assert summary.startswith(f"{events}: 1 added") and summary.endswith(", 1 new source\n")
    timeline = load_timeline(events)
    outlets = {s.id: s.outlet for s in timeline.sources}
    assert outlets == {"story": "Gazette", "story-2": "Courier"}
    lighthouse = next(e for e in timeline.events if "lighthouse" in e.title.lower())
    assert lighthouse.source_ids == ("story-2",)


def test_re_reading_either_article_keeps_its_id(tmp_path: Path) -> None:
    """Both articles read again (from their places) are the sources they were: no change.
    (The other article comes from the cache, so both events are counted unchanged.)"""
    events = tmp_path / "events.yaml"
    first = article(tmp_path / "x", "Gazette", "The pier reopened on 3 May 2021.")
    second = article(tmp_path / "y", "Courier", "The lighthouse was sold on 9 June 2021.")
    extract(first, events)
    extract(second, events)
    before = events.read_bytes()
    for path in (second, first):
        assert "0 added, 0 refreshed, 2 unchanged" in extract(path, events)
        assert events.read_bytes() == before


def test_the_same_article_moved_elsewhere_is_the_same_source(tmp_path: Path) -> None:
    """Identity follows the text: the same story under another folder adds nothing."""
    events = tmp_path / "events.yaml"
    extract(article(tmp_path / "x", "Gazette", "The pier reopened on 3 May 2021."), events)
    moved = article(tmp_path / "archive", "Gazette", "The pier reopened on 3 May 2021.")
    assert extract(moved, events).startswith(f"{events}: 0 added, 0 refreshed, 1 unchanged")
