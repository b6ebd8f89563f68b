"""The timeline's newest events as an Atom or RSS feed, for feed readers (built with feedgen).

"Newest" is by when an event came into the timeline, which nothing records without a clock:
the newest publication date among the sources that report it stands for it (an event is
added when an article telling it is extracted), the event's own date when it cites none.
All text from events.yaml is untrusted: controls and characters XML cannot hold are dropped,
and feedgen escapes the rest; the HTML content is built from escaped text and web links only.
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
import re
import uuid
from collections.abc import Mapping
from typing import Literal

from feedgen.feed import FeedGenerator

from timeline.generate import clean_text, event_links, safe_url
from timeline.model import Event, Source, Timeline

__all__ = ["FEED_LIMIT", "FeedFormat", "added_on", "export_atom", "export_rss", "newest_events"]

FeedFormat = Literal["atom", "rss"]

FEED_LIMIT = 50
"""Entries in a feed: readers poll it often, so it holds the newest events, not all of them."""

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold (lxml refuses them): dropped from every text."""

_FEED_TIME = dt.time(tzinfo=dt.UTC)


def _text(text: str) -> str:
    return _NOT_XML.sub("", clean_text(text))


def _line(text: str) -> str:
    return " ".join(_text(text).split())


def added_on(
    timeline: Timeline, event: Event, published: Mapping[str, dt.date] | None = None
) -> dt.date:
    """When the event came into the timeline, as far as the data tells: the newest
    publication date (its last day) of the sources it cites, else its own last day.
    `published` (source id → last day) saves looking each source up."""
    if published is None:
        published = _published(timeline)
    dates = [published[s] for s in event.source_ids if s in published]
    return max(dates) if dates else (event.end or event.date).last_day()


def _published(timeline: Timeline) -> dict[str, dt.date]:
    return {s.id: s.published.last_day() for s in timeline.sources if s.published is not None}


def newest_events(timeline: Timeline, limit: int = FEED_LIMIT) -> list[tuple[Event, dt.date]]:
    """The `limit` most recently added events with their dates, newest first (the later
    event first among those added on one day)."""
    published = _published(timeline)
    dated = [(event, added_on(timeline, event, published)) for event in timeline.events]
    if len(dated) > limit:  # only the events added on or after the limit-th newest day
        cut = heapq.nlargest(limit, (added for _, added in dated))[-1]
        dated = [pair for pair in dated if pair[1] >= cut]
    dated.sort(key=lambda pair: (pair[1], pair[0].sort_key()), reverse=True)
    return dated[:limit]


def _web_url(url: str) -> str:
    found = safe_url(url)
    return found if found is not None and not re.search(r"[\s<>\"]", found) else ""


def _content(timeline: Timeline, event: Event, sources: Mapping[str, Source]) -> str:
    """The card as escaped HTML: date, text, then each source with its quote."""
    when = event.date.display() + (f" – {event.end.display()}" if event.end else "")
    parts = [f"<p>{html.escape(when)}</p>"]
    parts += [
        f"<p>{html.escape(' '.join(p.split()))}</p>"
        for p in re.split(r"\n\s*\n", _text(event.text))
        if p.strip()
    ]
    items = []
    for citation in event.sources:
        source = sources.get(citation.source)
        name = html.escape(_line(source.name if source else citation.source))
        url = _web_url(source.url) if source else ""
        label = f'<a href="{html.escape(url)}">{name}</a>' if url else name
        if citation.quote.strip():
            label += f" — <q>{html.escape(_line(citation.quote))}</q>"
        items.append(f"<li>{label}</li>")
    if items:
        parts.append(f"<ul>{''.join(items)}</ul>")
    return "".join(parts)


def _feed(
    timeline: Timeline,
    site_url: str,
    links: Mapping[str, str] | None,
    limit: int,
    feed_path: str,
    newest: list[tuple[Event, dt.date]] | None = None,
) -> FeedGenerator:
    base = site_url.rstrip("/") + "/" if site_url else ""
    if base and links is None:
        links = event_links(timeline)
    key = base or f"timeline:{timeline.title}"
    entries = newest if newest is not None else newest_events(timeline, limit)
    sources = {s.id: s for s in timeline.sources}
    updated = max((added for _, added in entries), default=dt.date(1970, 1, 1))
    fg = FeedGenerator()
    fg.id(base or uuid.uuid5(uuid.NAMESPACE_URL, key).urn)
    fg.title(_line(timeline.title) or "Timeline")
    fg.subtitle(_line(timeline.description) or _line(timeline.title) or "Timeline")
    fg.author({"name": _line(timeline.title) or "Timeline"})
    fg.link(href=base or "./", rel="alternate")
    if base:
        fg.link(href=base + feed_path, rel="self")
    fg.generator("timeline")
    fg.updated(dt.datetime.combine(updated, _FEED_TIME))  # never the clock: feedgen's default
    for event, added in entries:
        entry = fg.add_entry(order="append")
        entry.id(uuid.uuid5(uuid.NAMESPACE_URL, f"{key}#{event.id}").urn)
        entry.guid(uuid.uuid5(uuid.NAMESPACE_URL, f"{key}#{event.id}").urn, permalink=False)
        entry.title(_line(event.title) or event.id)
        stamp = dt.datetime.combine(added, _FEED_TIME)
        entry.updated(stamp)
        entry.published(stamp)
        link = base + links[event.id] if links and event.id in links else ""
        link = link or _first_web_url(event, sources)
        if link:
            entry.link(href=link, rel="alternate")
        entry.content(_content(timeline, event, sources), type="html")
        for tag in dict.fromkeys(event.tags):
            entry.category(term=_line(tag))
    return fg


def _first_web_url(event: Event, sources: Mapping[str, Source]) -> str:
    for source_id in event.source_ids:
        source = sources.get(source_id)
        url = _web_url(source.url) if source is not None else ""
        if url:
            return url
    return ""


def export_atom(
    timeline: Timeline,
    *,
    site_url: str = "",
    links: Mapping[str, str] | None = None,
    limit: int = FEED_LIMIT,
    feed_path: str = "feed.atom.xml",
    newest: list[tuple[Event, dt.date]] | None = None,
) -> str:
    """An Atom 1.0 feed of the `limit` newest events.

    Entries link to their cards: `links` maps event ids to URLs under the site (relative
    ones resolve against the feed's own address), by default the layout of `render_pages`
    when a `site_url` is given; without either, to the first cited article. Entry
    ids are stable URNs made from the site address (or title) and the event id. `newest`
    saves finding the entries again when the caller has `newest_events` already.
    """
    fg = _feed(timeline, site_url, links, limit, feed_path, newest)
    return str(fg.atom_str(pretty=True).decode("utf-8"))


def export_rss(
    timeline: Timeline,
    *,
    site_url: str = "",
    links: Mapping[str, str] | None = None,
    limit: int = FEED_LIMIT,
    feed_path: str = "feed.rss.xml",
    newest: list[tuple[Event, dt.date]] | None = None,
) -> str:
    """The same feed as RSS 2.0 (see `export_atom`)."""
    fg = _feed(timeline, site_url, links, limit, feed_path, newest)
    return str(fg.rss_str(pretty=True).decode("utf-8"))
