"""Atom and RSS feeds of the newest events: read back by an independent feed parser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.feed import FEED_LIMIT, added_on, export_atom, export_rss, newest_events
from timeline.model import Citation, Event, PartialDate, Source, Timeline

feedparser = pytest.importorskip("feedparser")

HOSTILE = "Spies & <script>alert(1)</script> \x07lies\u202e \ufffe"
"""A title with markup, an ampersand, a control character, a bidi override and a non-XML
character: the feed carries the visible text and nothing else."""


def _timeline() -> Timeline:
    sources = (
        Source(
            "old", outlet="Old Wire", url="https://example.org/old", published=PartialDate(2001)
        ),
        Source(
            "new",
            title="Fresh report",
            url="javascript:alert(1)",
            published=PartialDate(2024, 6, 20),
        ),
        Source("mid", url="https://example.org/files/mid.html", published=PartialDate(2010, 3)),
    )
    events = (
        Event("ancient", PartialDate(1961), "Reported in 2024",
              sources=(Citation("new", "Quote <b>"),)),
        Event("recent", PartialDate(2023, 5, 1), HOSTILE, text="Line <i>one</i>.\n\nTwo & three.",
              tags=("x<y", "spy"), sources=(Citation("old"), Citation("mid"))),
        Event("uncited", PartialDate(1990, 2), "No source"),
    )  # fmt: skip
    return Timeline('A "timeline" <of> things', "About & more", sources, events)


def _parse(text: str) -> Any:
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_added_on_is_the_newest_source_publication_else_the_event_itself() -> None:
    """An event counts as added when its newest source was published (to its last day)."""
    timeline = _timeline()
    by_id = {e.id: e for e in timeline.events}
    assert added_on(timeline, by_id["ancient"]) == dt.date(2024, 6, 20)
    assert added_on(timeline, by_id["recent"]) == dt.date(2010, 3, 31)
    assert added_on(timeline, by_id["uncited"]) == dt.date(1990, 2, 28)


@pytest.mark.parametrize("export", [export_atom, export_rss])
def test_feeds_parse_cleanly_newest_added_first(export: Any) -> None:
    """Both feeds are well formed for feedparser and list events newest-added first."""
    parsed = _parse(export(_timeline()))
    assert parsed.feed.title == 'A "timeline" <of> things'
    titles = [entry.title for entry in parsed.entries]
    assert titles == ["Reported in 2024", "Spies & <script>alert(1)</script> lies", "No source"]
    assert parsed.entries[0].published_parsed[:3] == (2024, 6, 20)


@pytest.mark.parametrize("export", [export_atom, export_rss])
def test_feed_content_is_escaped_text_and_web_links_only(export: Any) -> None:
    """Markup in event text arrives as text; a `javascript:` address is never a link."""
    text = export(_timeline())
    assert "\x07" not in text and "\u202e" not in text and "\ufffe" not in text
    parsed = _parse(text)
    entries = {entry.title: entry for entry in parsed.entries}
    entry = entries["Spies & <script>alert(1)</script> lies"]
    body = entry.content[0].value if "content" in entry else entry.summary
    assert "<i>" not in body and "&lt;i&gt;one&lt;/i&gt;" in body
    assert '<a href="https://example.org/files/mid.html">mid.html</a>' in body
    assert [t.term for t in entries["Spies & <script>alert(1)</script> lies"].tags] == [
        "x<y",
        "spy",
    ]
    assert "javascript:" not in text


@pytest.mark.parametrize("export", [export_atom, export_rss])
def test_feeds_are_the_same_bytes_every_time(export: Any) -> None:
    """No clock: the feed's dates come from the data, so two exports are identical."""
    assert export(_timeline()) == export(_timeline())
    assert "2024" in _parse(export(_timeline())).feed.updated


def test_entries_link_to_their_cards_under_the_site_url() -> None:
    """With a site address, an entry links to its card's anchor; ids do not depend on it."""
    parsed = _parse(export_atom(_timeline(), site_url="https://example.org/tl"))
    links = {entry.title: entry.link for entry in parsed.entries}
    assert links["No source"] == "https://example.org/tl/years/1990/#uncited"
    assert links["Reported in 2024"] == "https://example.org/tl/years/1961/#ancient"
    bare = _parse(export_atom(_timeline()))
    assert {e.title: e.link for e in bare.entries}["Spies & <script>alert(1)</script> lies"] == (
        "https://example.org/old"
    )


def test_a_feed_holds_only_the_newest_events() -> None:
    """A long timeline's feed stops at `FEED_LIMIT` entries, the newest ones."""
    events = tuple(
        Event(f"e{i}", PartialDate(1900 + i), f"Event {i}") for i in range(FEED_LIMIT + 5)
    )
    timeline = Timeline("T", events=events)
    assert [e.id for e, _ in newest_events(timeline)][:2] == [
        f"e{FEED_LIMIT + 4}",
        f"e{FEED_LIMIT + 3}",
    ]
    assert len(_parse(export_rss(timeline)).entries) == FEED_LIMIT


@pytest.mark.parametrize("export", [export_atom, export_rss])
def test_an_empty_timeline_is_a_valid_empty_feed(export: Any) -> None:
    """No events: a feed with a title and no entries."""
    parsed = _parse(export(Timeline("Empty")))
    assert parsed.feed.title == "Empty" and parsed.entries == []


@pytest.mark.parametrize(("fmt", "kind"), [("atom", "atom10"), ("rss", "rss20")])
def test_cli_exports_each_feed(tmp_path: Path, fmt: str, kind: str) -> None:
    """`timeline export --format atom|rss` writes a feed of the file's events."""
    events = tmp_path / "events.yaml"
    events.write_text(
        "title: T\nevents:\n  - id: a\n    date: 2024-06\n    title: Something\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["export", "--events", str(events), "-f", fmt, "--site-url", "https://x.org/"]
    )
    assert result.exit_code == 0, result.output
    parsed = _parse(result.output)
    assert parsed.version == kind
    assert parsed.entries[0].link == "https://x.org/years/2024/#a"


@pytest.mark.slow
def test_the_site_build_publishes_both_feeds_and_names_them_in_every_page(
    plugin_project: Path, mkdocs_build: Any
) -> None:
    """`mkdocs build --strict` writes feed.atom.xml and feed.rss.xml linking to the cards
    under `site_url`, and every page's head points to them."""
    config = plugin_project / "mkdocs.yml"
    config.write_text(
        "site_url: https://example.org/tl/\n" + config.read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    site = plugin_project / "site"
    atom = _parse((site / "feed.atom.xml").read_text(encoding="utf-8"))
    rss = _parse((site / "feed.rss.xml").read_text(encoding="utf-8"))
    assert [e.link for e in atom.entries] == [e.link for e in rss.entries]
    assert "https://example.org/tl/years/2024/#summit-2024" in [e.link for e in atom.entries]
    page = (site / "years" / "2024" / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in page and 'href="../../feed.atom.xml"' in page
    assert 'href="../../feed.rss.xml"' in page


@pytest.mark.slow
def test_feeds_can_be_turned_off(plugin_project: Path, mkdocs_build: Any) -> None:
    """`feeds: false` publishes no feed and names none."""
    config = plugin_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "  - timeline\n", "  - timeline:\n      feeds: false\n"
    )
    config.write_text(text, encoding="utf-8")
    assert mkdocs_build(plugin_project).returncode == 0
    site = plugin_project / "site"
    assert not (site / "feed.atom.xml").exists()
    assert "application/atom+xml" not in (site / "index.html").read_text(encoding="utf-8")
