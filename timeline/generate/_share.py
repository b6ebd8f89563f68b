"""What a shared link shows: each page's description and first image, for Open Graph and
Twitter card metadata (the plugin writes the `<meta>` tags; text here is plain, unescaped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.generate._locale import Locale
from timeline.generate._plan import PagePlan
from timeline.generate._text import clean_text
from timeline.model import Event, Timeline

MAX_DESCRIPTION = 200
"""Characters of a description; link previews cut longer ones anyway."""


@dataclass(frozen=True)
class ShareCard:
    """A page's link preview: a sentence about it and the address of its first image."""

    description: str
    image: str = ""
    """An http(s) address, or a path under docs/ (the plugin makes it absolute)."""


def _shorten(text: str) -> str:
    text = " ".join(clean_text(text).split())
    if len(text) <= MAX_DESCRIPTION:
        return text
    return text[: MAX_DESCRIPTION - 1].rsplit(" ", 1)[0] + "…"


def _first_image(events: Sequence[Event]) -> str:
    return next((e.media.url for e in events if e.media is not None), "")


def _listing(events: Sequence[Event], locale: Locale) -> ShareCard:
    """A page of events: their count, then their titles until the description is full."""
    said: list[str] = []
    length = 0
    for event in events:  # only as many titles as a description can hold (a tag has 1000s)
        if length > MAX_DESCRIPTION:
            break
        said.append(" ".join(event.title.split()))
        length += len(said[-1]) + 2
    titles = "; ".join(said)
    return ShareCard(
        _shorten(f"{locale.words.event.count(len(events))}: {titles}"), _first_image(events)
    )


def share_cards(
    timeline: Timeline, plans: Sequence[PagePlan], tag_pages: dict[str, list[Event]], locale: Locale
) -> dict[str, ShareCard]:
    """`{page path: ShareCard}` for the home page, each period page and each tag page."""
    events = timeline.chronological()
    home = timeline.description or (
        _listing(events, locale).description if events else locale.words.no_events
    )
    cards = {"index.md": ShareCard(_shorten(home), _first_image(events))}
    for plan in plans:
        cards[plan.path] = _listing(plan.events, locale)
    for path, tagged in tag_pages.items():
        cards[path] = _listing(tagged, locale)
    return cards
