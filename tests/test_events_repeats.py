"""Page furniture across a collection: a sentence many pages of different days repeat."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner
from conftest import day_candidate

from timeline.cli import main
from timeline.events.repeats import drop_repeated
from timeline.store import load_timeline


def test_a_sentence_many_pages_of_different_days_repeat_is_furniture() -> None:
    """A site's teaser on pages of three days gives no event; wire copy of one day stays."""
    teaser = "Le Monde en 2030: subscribe today for the full story."
    wire = "The harbour authority signed the agreement with dockers on Sunday."
    own = "Dockers ended the harbour strike on Sunday."
    candidates = [
        *(day_candidate(page, teaser) for page in ("a", "b", "c")),
        *(day_candidate(page, wire) for page in ("d", "e", "f")),
        day_candidate("a", own),
    ]
    published = {
        "a": dt.date(2024, 3, 1),
        "b": dt.date(2024, 3, 5),
        "c": dt.date(2024, 3, 9),
        "d": dt.date(2024, 3, 10),
        "e": dt.date(2024, 3, 10),
        "f": dt.date(2024, 3, 11),
    }
    kept, dropped = drop_repeated(candidates, published)
    assert dropped == 3  # the teaser, on each of three pages
    assert {c.citation.quote for c in kept} == {wire, own}


def test_two_pages_may_share_a_sentence() -> None:
    """A quote two articles of different days share is not furniture."""
    quote = "The strike began on 1 March."
    candidates = [day_candidate("a", quote), day_candidate("b", quote)]
    published = {"a": dt.date(2024, 3, 1), "b": dt.date(2024, 4, 1)}
    assert drop_repeated(candidates, published) == (candidates, 0)


def test_the_run_summary_counts_repeated_sentences(tmp_path: Path) -> None:
    """`timeline extract` drops a dated line repeated across pages and says how many."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for day in (3, 7, 12, 18):
        (folder / f"strike-{day}.md").write_text(
            f"---\npublished: 2024-03-{day:02d}\n---\n\n"
            "Daily harbour briefing, printed on 1 March 2024 for subscribers.\n\n"
            f"Dockers and the harbour authority met on {day} March 2024 to discuss the strike.\n",
            encoding="utf-8",
        )
    out = tmp_path / "events.yaml"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "dated sentences repeated across pages: 4" in result.output
    quotes = {c.quote for e in load_timeline(out).events for c in e.sources}
    assert quotes and not any("briefing" in quote for quote in quotes)
