"""The HTML stash: pages whose raw HTML skips Markdown and is spliced back afterwards."""

from __future__ import annotations

import re

import markdown
import pytest

from timeline.generate import HtmlStash, render_pages
from timeline.model import Citation, Event, PartialDate, Source, Timeline

EXTENSIONS = ["attr_list", "toc", "tables"]


def to_html(text: str) -> str:
    """Markdown → HTML with the extensions the plugin enables (front matter dropped)."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    return str(markdown.markdown(text, extensions=EXTENSIONS))


def _crowded_timeline() -> Timeline:
    """Decade, year and month pages at once, a hostile title that imitates an id attribute."""
    events = [
        Event(
            id=f"busy-{i}",
            date=PartialDate(2024, 1 + i % 12, 1 + i % 28),
            title=f"Busy day {i}",
            tags=("busy", "odd" if i % 2 else "even"),
            sources=(Citation("desk", f"Sentence {i}."),),
        )
        for i in range(130)
    ]
    events += [
        Event(id="quiet-1961", date=PartialDate(1961), title='A title with id="fake-a" in it'),
        Event(id="quiet-1965", date=PartialDate(1965, 3), title='<b id="fake-b">bold</b>'),
        Event(id="year-2000", date=PartialDate(2000, 5), title="One", tags=("x",)),
        Event(id="year-2000-b", date=PartialDate(2000, 6), title="Two", tags=("y",)),
    ]
    return Timeline(
        title="Crowded",
        sources=(Source(id="desk", outlet="Desk", title="Report", url="https://example.org/r"),),
        events=tuple(events),
    )


@pytest.fixture(params=["small", "crowded"])
def any_timeline(request: pytest.FixtureRequest, small_timeline: Timeline) -> Timeline:
    """The conftest's small timeline and a crowded one with month pages."""
    return small_timeline if request.param == "small" else _crowded_timeline()


def test_spliced_pages_render_exactly_as_inline_pages(any_timeline: Timeline) -> None:
    """Rendering the placeholder Markdown and splicing the blocks back gives the inline HTML."""
    stash = HtmlStash()
    stashed = render_pages(any_timeline, stash=stash)
    inline = render_pages(any_timeline)
    assert stashed.keys() == inline.keys()
    assert set(stash.pages()) <= set(stashed)
    for path, text in stashed.items():
        assert stash.splice(path, to_html(text)) == to_html(inline[path]), path


def test_stashed_markdown_keeps_headings_and_no_raw_html(any_timeline: Timeline) -> None:
    """What Markdown still sees is every heading (for the table of contents) and placeholders."""
    stash = HtmlStash()
    pages = render_pages(any_timeline, stash=stash)
    inline = render_pages(any_timeline)
    for path in stash.pages():
        assert not re.search(r"<(div|ul|li|p|h\d|figure)\b", pages[path]), path
        headings = re.compile(r"^#+ .*$", re.MULTILINE)
        assert headings.findall(pages[path]) == headings.findall(inline[path]), path
    assert any(".tl-section }" in text for text in pages.values())


def test_anchor_ids_are_the_cards_and_sources_but_never_text() -> None:
    """Event and source anchors are registered; a title that spells out `id="…"` is not."""
    stash = HtmlStash()
    pages = render_pages(_crowded_timeline(), stash=stash)
    assert "years/1961.md" in pages
    assert stash.anchor_ids("years/1961.md") == {"quiet-1961"}
    assert stash.anchor_ids("years/1965.md") == {"quiet-1965"}
    assert {"busy-0", "busy-12"} <= stash.anchor_ids("years/2024-01.md")
    assert "source-desk" in stash.anchor_ids("sources.md")
    every = {i for path in stash.pages() for i in stash.anchor_ids(path)}
    assert not {"fake-a", "fake-b"} & every


def test_splice_refuses_a_page_that_lost_a_placeholder() -> None:
    """If rendering dropped a placeholder, splicing fails instead of losing cards silently."""
    stash = HtmlStash()
    pages = render_pages(_crowded_timeline(), stash=stash)
    rendered = to_html(pages["years/2000.md"])
    assert "<!--tl-block-" in rendered
    stripped = re.sub(r"<!--.*?-->", "", rendered)
    with pytest.raises(LookupError, match="HTML blocks were lost"):
        stash.splice("years/2000.md", stripped)


def test_a_page_without_blocks_is_returned_unchanged() -> None:
    """Splicing a page the stash knows nothing about leaves its HTML as it is."""
    stash = HtmlStash()
    assert stash.splice("notes.md", "<p><!--tl-block-0--></p>") == "<p><!--tl-block-0--></p>"
