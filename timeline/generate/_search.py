"""What the site search indexes for the timeline's pages: one entry per card (title and the
start of its text), one per index page, instead of every word of every page.

Search plugins parse each page's HTML to index it, which was most of the build of a big
timeline, and the index they wrote (every card, tag list and source list) grew past what a
phone loads (30 MB at 50,000 events). These entries are built from the events directly,
HTML-escaped (search results are shown as HTML), and the text of each event is cut so the
whole index stays within `SEARCH_TEXT_BUDGET`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from timeline.generate._text import clean_text
from timeline.model import Event

SEARCH_TEXT = 200
"""At most this many characters of an event's text go into the search index."""

SEARCH_TEXT_BUDGET = 8_000_000
"""Characters of event text in the whole index: a very large timeline keeps less text per
event (its titles only, from about 80,000 events), so the index stays small enough for a
phone to load."""


@dataclass(frozen=True)
class SearchEntry:
    """One search result: a page (`anchor` "") or a card on it; title and text are HTML."""

    anchor: str
    title: str
    text: str = ""


def text_limit(events: int) -> int:
    """Characters of text per event for a timeline of `events` events (see the budget)."""
    if not events:
        return SEARCH_TEXT
    return max(0, min(SEARCH_TEXT, SEARCH_TEXT_BUDGET // events - 100))


def _plain(text: str, limit: int) -> str:
    text = " ".join(clean_text(text).split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …" if limit else ""
    return html.escape(text, quote=False)


def page_entry(title: str, text: str = "", limit: int = SEARCH_TEXT) -> SearchEntry:
    """The entry of a page as a whole."""
    return SearchEntry("", _plain(title, 1_000), _plain(text, limit))


def event_entry(event: Event, anchor: str, limit: int) -> SearchEntry:
    """A card's entry: its title, and its text (or first quote) up to `limit` characters."""
    text = event.text or next((c.quote for c in event.sources if c.quote.strip()), "")
    return SearchEntry(anchor, _plain(event.title, 1_000), _plain(text, limit))
