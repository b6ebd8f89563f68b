"""The site search indexes the timeline from its events: one entry per card, lean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.generate import SearchEntry, render_pages
from timeline.generate._search import SEARCH_TEXT, text_limit
from timeline.model import Event, PartialDate, Timeline

pytestmark = pytest.mark.slow


def test_each_card_is_one_entry_at_its_anchor(small_site: Path) -> None:
    """Cards are indexed at their permalinks; tag and source lists add no entries of cards."""
    index = json.loads((small_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert "years/2024/#summit-2024" in locations
    assert len([loc for loc in locations if loc.endswith("#summit-2024")]) == 1
    assert not [loc for loc in locations if loc.startswith(("tags/", "sources/")) and "#" in loc]
    assert "tags/visit/" in locations


def test_search_text_is_escaped_and_cut_to_the_budget() -> None:
    """Entry text is escaped HTML, cut at a word; a huge timeline keeps titles only."""
    long = Event("e", PartialDate(2020), "<b>Title</b>", text="word <i> " * 100)
    search: dict[str, list[SearchEntry]] = {}
    render_pages(Timeline("T", events=(long,)), search=search)
    (card,) = [e for e in search["years/2020.md"] if e.anchor == "e"]
    assert card.title == "&lt;b&gt;Title&lt;/b&gt;"
    assert card.text.endswith(" …") and "<i>" not in card.text
    assert len(card.text) <= SEARCH_TEXT * 2
    assert text_limit(1_000) == SEARCH_TEXT and text_limit(100_000) == 0
