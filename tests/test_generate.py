"""The generator: grouping into pages, event cards, escaping, links and the nav."""

from __future__ import annotations

import dataclasses
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from timeline.generate import (
    MAX_EVENTS_PER_PAGE,
    NAV_FLAT_LIMIT,
    NAV_PAGES_LIMIT,
    HtmlStash,
    SearchEntry,
    nav_entries,
    plan_pages,
    render_pages,
    stylesheet,
)
from timeline.model import Citation, Era, Event, PartialDate, Source, Timeline

GOLDEN = Path(__file__).parent / "golden" / "generate"
EXTENSIONS = ["attr_list", "toc", "tables"]


def to_html(text: str) -> str:
    """Markdown → HTML with the extensions the plugin enables (front matter dropped)."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    return str(markdown.markdown(text, extensions=EXTENSIONS))


class _Elements(HTMLParser):
    """Collects each element's tag, attributes and text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.found: list[tuple[str, dict[str, str | None], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append((tag, dict(attrs), []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs), ""))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            name, attrs, parts = self.stack.pop()
            text = "".join(parts)
            self.found.append((name, attrs, text))
            if self.stack:
                self.stack[-1][2].append(text)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1][2].append(data)


def elements(html: str) -> list[tuple[str, dict[str, str | None], str]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.found


def event(eid: str, date: str, title: str = "An event", **kw: object) -> Event:
    return Event(id=eid, date=PartialDate.parse(date), title=title, **kw)  # type: ignore[arg-type]


def timeline_of(*dates: str) -> Timeline:
    return Timeline(
        title="T", events=tuple(event(f"e{i}", d, f"Event {i}") for i, d in enumerate(dates))
    )


HOSTILE = [
    "<script>alert(1)</script>",
    "*bold* _italic_ **strong** __under__",
    "[a link](https://example.org) and ![an image](x.png)",
    "{{ jinja }} {% block x %} {# note #}",
    "`code` and ``more``",
    "# not a heading",
    "1961. A year, not a list",
    "- not a list item",
    "> not a quote",
    "a | table | row",
    "==mark== ~~strike~~ ^^insert^^ ++key++ {~~critic~~}",
    ":smile: and $x^2$ math",
    r"back\slash \*escaped\*",
    "&amp; an entity &lt;b&gt; and a bare & ampersand",
    "<!-- a comment --> <b onclick='x()'>bold</b>",
    "quotes \"double\" and 'single'",
    "title { #fake-id .fake-class }",
    "under_scores_in_words and 5 * 3 * 2",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_event_title_renders_as_exactly_its_text(title: str) -> None:
    """Whatever characters a title holds, the card heading shows them verbatim, as text."""
    tl = Timeline(title="T", events=(event("e1", "2024-06-19", title, text=title, tags=(title,)),))
    page = render_pages(tl)["years/2024.md"]
    found = elements(to_html(page))
    headings = [(a, text.removesuffix("¶")) for tag, a, text in found if tag in {"h2", "h3"}]
    assert ({"class": "tl-title", "id": "e1", "dir": "auto"}, title) in headings
    paragraphs = [text for tag, _, text in found if tag == "p"]
    assert title.strip() in paragraphs
    tags = [text for tag, attrs, text in found if tag == "a" and attrs.get("class") == "tl-tag"]
    assert tags == [" ".join(title.split())]
    assert not {"script", "b", "strong", "em", "code", "img", "blockquote", "ul", "table"} & {
        tag for tag, _, _ in found
    }


@pytest.mark.parametrize("title", HOSTILE)
def test_timeline_title_renders_as_text_on_home_and_in_page_title(title: str) -> None:
    """The home page heading shows the title verbatim; its front-matter title has no markup."""
    tl = Timeline(title=title, description=title, events=(event("e1", "2024-06-19"),))
    home = render_pages(tl)["index.md"]
    h1 = [text for tag, _, text in elements(to_html(home)) if tag == "h1"]
    assert h1 == [title]
    front = home.split("---\n")[1]
    assert not re.search(r"[<>&]", front)


@pytest.mark.parametrize(
    ("date", "end", "expected"),
    [
        ("2024-06-19", None, '<time datetime="2024-06-19">June 19, 2024</time>'),
        ("2024-06", None, '<time datetime="2024-06">June 2024</time>'),
        ("1961", None, '<time datetime="1961">1961</time>'),
        (
            "2024-06-18",
            "2024-06-19",
            '<time datetime="2024-06-18">June 18, 2024</time> – '
            '<time datetime="2024-06-19">June 19, 2024</time>',
        ),
        ("1991", "1994", '<time datetime="1991">1991</time> – <time datetime="1994">1994</time>'),
    ],
)
def test_card_shows_date_at_its_precision_with_machine_readable_time(
    date: str, end: str | None, expected: str
) -> None:
    """A card's date is written as known, in a `<time datetime>` per end of a range."""
    ev = event("e1", date, end=PartialDate.parse(end) if end else None)
    pages = render_pages(Timeline(title="T", events=(ev,)))
    page = next(text for path, text in pages.items() if path.startswith("years/"))
    assert f'<p class="tl-when">{expected}</p>' in page


@pytest.mark.parametrize(
    ("dates", "labels"),
    [
        (["2024-06-19"], ["2024"]),
        (["1961", "1991", "2000-07-19", "2001-08", "2023-09-13", "2024-06-19"],
         ["1961", "1991", "2000", "2001", "2023", "2024"]),
        (["1961", "1961-05", "1969"], ["1961", "1969"]),
        (["2021"] * 13 + ["2022"], ["2021", "2022"]),
        (["2000-01-01", "2000-01-01"], ["2000"]),
    ],
)  # fmt: skip
def test_auto_grouping_gives_every_year_a_page(dates: list[str], labels: list[str]) -> None:
    """A year gets a page, however sparse its decade: no decade page beside year pages."""
    assert [p.label for p in plan_pages(timeline_of(*dates))] == labels


def test_crowded_year_is_split_into_month_pages() -> None:
    """A year with more events than fit a page gets a page per month (plus one for year-only)."""
    days = [f"2024-{m:02d}-{d:02d}" for m in (1, 2, 3) for d in range(1, 28)]
    days += [f"2024-04-{d % 28 + 1:02d}" for d in range(MAX_EVENTS_PER_PAGE - len(days) + 1)]
    plans = plan_pages(timeline_of("2024", *days))
    assert [p.path for p in plans] == [
        "years/2024.md",
        "years/2024-01.md",
        "years/2024-02.md",
        "years/2024-03.md",
        "years/2024-04.md",
    ]
    assert sum(len(p.events) for p in plans) == len(days) + 1


@pytest.mark.parametrize(
    ("grouping", "paths"),
    [
        ("decade", ["years/1960s.md", "years/2020s.md"]),
        ("year", ["years/1961.md", "years/2023.md", "years/2024.md"]),
        ("month", ["years/1961.md", "years/2023-09.md", "years/2024-06.md"]),
    ],
)
def test_forced_grouping_uses_one_level(grouping: str, paths: list[str]) -> None:
    """`decade`, `year` and `month` group every event at that level, whatever the density."""
    tl = timeline_of("1961", "2023-09-13", "2024-06-19")
    assert [p.path for p in plan_pages(tl, grouping=grouping)] == paths  # type: ignore[arg-type]


def test_every_event_lands_on_exactly_one_period_page_in_order(small_timeline: Timeline) -> None:
    """Period pages partition the events, chronologically."""
    plans = plan_pages(small_timeline)
    ids = [e.id for p in plans for e in p.events]
    assert ids == [e.id for e in small_timeline.chronological()]


def test_pages_cover_home_periods_tags_sources_and_editing(small_timeline: Timeline) -> None:
    """The site has a home page, a page per period and per tag, a tag index, sources, help."""
    assert sorted(render_pages(small_timeline)) == [
        "edit.md",
        "index.md",
        "sources.md",
        "tags/cold-war.md",
        "tags/index.md",
        "tags/protest.md",
        "tags/treaty.md",
        "tags/visit.md",
        "years/1961.md",
        "years/2000.md",
        "years/2001.md",
        "years/2024.md",
    ]


@pytest.mark.parametrize(
    ("directory_urls", "page", "expected"),
    [
        (True, "tags/visit.md", "../../years/2024/#summit-2024"),
        (True, "sources.md", "../years/2024/#summit-2024"),
        (True, "index.md", "years/2024/#summit-2024"),
        (False, "tags/visit.md", "../years/2024.html#summit-2024"),
        (False, "sources.md", "years/2024.html#summit-2024"),
        (False, "index.md", "years/2024.html#summit-2024"),
    ],
)
def test_index_pages_link_to_the_event_anchor_at_its_final_url(
    small_timeline: Timeline, directory_urls: bool, page: str, expected: str
) -> None:
    """Tag, source and home pages point at the card's permalink, as MkDocs lays URLs out."""
    pages = render_pages(small_timeline, directory_urls=directory_urls)
    hrefs = [a.get("href") for tag, a, _ in elements(pages[page]) if tag == "a"]
    assert expected in hrefs


@pytest.mark.parametrize(
    ("directory_urls", "expected"),
    [
        (True, ["../../tags/visit/", "../../tags/treaty/", "../2001/"]),
        (False, ["../tags/visit.html", "../tags/treaty.html", "2001.html"]),
    ],
)
def test_cards_link_tags_and_neighbour_pages(
    small_timeline: Timeline, directory_urls: bool, expected: list[str]
) -> None:
    """Tag chips lead to the tag's page and the pager to the previous period."""
    pages = render_pages(small_timeline, directory_urls=directory_urls)
    hrefs = [a.get("href") for tag, a, _ in elements(pages["years/2024.md"]) if tag == "a"]
    assert all(url in hrefs for url in expected)


def test_card_heading_carries_the_event_id_and_a_permalink(small_timeline: Timeline) -> None:
    """Each card's heading has the event id as anchor and a visible ¶ link to itself."""
    html = to_html(render_pages(small_timeline)["years/2024.md"])
    assert '<h3 class="tl-title" id="summit-2024" dir="auto">' in html
    assert '<a class="headerlink" href="#summit-2024" title="Permanent link">¶</a>' in html


def test_sources_show_outlet_link_and_quote_but_never_unsafe_links(
    small_timeline: Timeline,
) -> None:
    """A citation shows its outlet, a web link and the quoted sentence; `javascript:` is text."""
    found = elements(to_html(render_pages(small_timeline)["years/2024.md"]))
    links = [attrs.get("href") for tag, attrs, _ in found if tag == "a"]
    assert "https://example.org/news/pact?id=1&lang=en" in links
    assert not any(str(href).startswith("javascript") for href in links)
    quotes = [text for tag, _, text in found if tag == "q"]
    assert quotes == ["The pact was signed on Wednesday.", "Nothing here should be a link."]
    outlets = [text for tag, attrs, text in found if attrs.get("class") == "tl-outlet"]
    assert outlets == ["Example Gazette", "Dubious Wire"]


def test_cited_source_missing_from_sources_list_still_appears() -> None:
    """An event citing an unknown source id still names it (validation reports it elsewhere)."""
    ev = event("e1", "2024-06-19", sources=(Citation("ghost", "A quote."),))
    pages = render_pages(Timeline(title="T", events=(ev,)))
    assert "ghost" in pages["sources.md"]
    assert "ghost" in pages["years/2024.md"]


def test_empty_timeline_still_renders_every_fixed_page() -> None:
    """A new timeline without events gives a home page that says so, and no period pages."""
    pages = render_pages(Timeline(title="Nothing yet"))
    assert sorted(pages) == ["edit.md", "index.md", "sources.md", "tags/index.md"]
    assert "no events yet" in pages["index.md"]


def test_tags_that_slugify_alike_get_distinct_pages() -> None:
    """Tags that differ only in case or punctuation (or are named `index`) get their own page,
    told apart by a hash of their own text, never a counter."""
    tl = Timeline(title="T", events=(event("e1", "2024", tags=("Cold War", "cold-war", "index")),))
    tag_pages = sorted(p for p in render_pages(tl) if p.startswith("tags/"))
    assert len(tag_pages) == 4
    assert {"tags/cold-war.md", "tags/index.md"} <= set(tag_pages)
    others = set(tag_pages) - {"tags/cold-war.md", "tags/index.md"}
    assert {re.sub(r"-[0-9a-f]{6}\.md$", "", p) for p in others} == {"tags/cold-war", "tags/index"}


def test_edit_page_names_the_events_file_and_publishing_commands() -> None:
    """The "how to edit" page quotes the events file it was given and how to publish."""
    page = render_pages(Timeline(title="T"), events_path="data/my events.yaml")["edit.md"]
    assert "`data/my events.yaml`" in page
    assert "mkdocs gh-deploy" in page
    assert ".github/workflows/pages.yml" in page


def test_rendering_is_deterministic(small_timeline: Timeline) -> None:
    """The same timeline, with its events in any order, renders to the same pages."""
    shuffled = dataclasses.replace(small_timeline, events=small_timeline.events[::-1])
    assert render_pages(small_timeline) == render_pages(shuffled)


def test_nav_stays_short_for_ten_thousand_events_over_a_century() -> None:
    """However many period pages, the nav's top level of periods stays within a screenful."""
    dates = [f"{1900 + i % 125}-{i % 12 + 1:02d}-{i % 28 + 1:02d}" for i in range(10_000)]
    nav = nav_entries(timeline_of(*dates))
    assert [next(iter(entry)) for entry in nav] == [
        "Home",
        "Timeline",
        "Tags",
        "Sources",
        "How to edit",
    ]
    periods = nav[1]["Timeline"]
    assert isinstance(periods, list)
    assert len(periods) <= NAV_FLAT_LIMIT


def test_a_long_timeline_lists_each_decade_once_in_the_nav() -> None:
    """Past `NAV_PAGES_LIMIT` periods, a decade is one nav entry leading to its first page
    (every page carries the nav); its other years are a pager step and a home link away."""
    years = [str(1900 + i) for i in range(NAV_PAGES_LIMIT + 1)]
    timeline = timeline_of(*years)
    periods = nav_entries(timeline)[1]["Timeline"]
    assert periods[:2] == [{"1900s": "years/1900.md"}, {"1910s": "years/1910.md"}]
    assert len(periods) == 7
    home = render_pages(timeline)["index.md"]
    assert all(f"years/{year}/" in home for year in years)


def test_stylesheet_ships_with_the_package() -> None:
    """The card stylesheet is package data, so the plugin can serve it without copying."""
    assert ".tl-event" in stylesheet()


def _golden_timeline() -> Timeline:
    sources = (
        Source(
            id="desk-1",
            title="Leaders meet",
            outlet="Example Desk",
            url="https://example.org/1",
            published=PartialDate(2024, 6, 19),
        ),
    )
    events = (
        event("founding", "1948-09", "A state is proclaimed", tags=("founding",)),
        event(
            "pact",
            "2024-06-19",
            "A pact is *signed*",
            text="Text with <b>markup</b> and {{ braces }}.",
            tags=("treaty", "visit"),
            sources=(Citation("desk-1", "The pact was signed."),),
        ),
        event("talks", "2024-06-18", "Talks begin", end=PartialDate(2024, 6, 19), tags=("visit",)),
    )
    return Timeline(title="Golden", description="A fixed timeline.", sources=sources, events=events)


def test_generated_markdown_matches_the_golden_files() -> None:
    """The pages for a fixed timeline are byte-for-byte the reviewed golden Markdown.

    After an intended change, regenerate with `TIMELINE_UPDATE_GOLDEN=1 pytest` and review the
    diff.
    """
    pages = render_pages(_golden_timeline())
    if os.environ.get("TIMELINE_UPDATE_GOLDEN") == "1":
        for path, text in pages.items():
            target = GOLDEN / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    expected = {
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for p in GOLDEN.rglob("*.md")
    }
    assert pages == expected


@pytest.mark.parametrize(
    ("text", "quote", "quotes_shown"),
    [
        ("The pact was signed on Wednesday.", "The pact was signed on Wednesday.", 0),
        ("The pact was  signed\non Wednesday.", "“The pact was signed on Wednesday.”", 0),
        ("Leaders meet.", "The pact was signed on Wednesday.", 1),
        ("", "The pact was signed on Wednesday.", 1),
    ],
)
def test_a_quote_that_is_the_cards_text_shows_once(
    text: str, quote: str, quotes_shown: int
) -> None:
    """When the event's text is its source's quote, the card shows it once, as its text."""
    cited = event("e", "2024-06-19", text=text, sources=(Citation("s", quote),))
    pages = render_pages(Timeline("T", sources=(Source("s", outlet="Wire"),), events=(cited,)))
    card = pages["years/2024.md"]
    assert card.count('class="tl-quote"') == quotes_shown
    assert card.count("signed on Wednesday") == 1


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        (Source("3f9a1c2e7b", url="articles/2024-06-19-pact.md"), "2024-06-19-pact.md"),
        (Source("3f9a1c2e7b", url="https://example.org/news/pact.html"), "pact.html"),
        (Source("3f9a1c2e7b", url="https://example.org/"), "example.org"),
        (Source("3f9a1c2e7b", outlet="Example Wire"), "Example Wire"),
        (Source("3f9a1c2e7b", title="Pact signed"), "Pact signed"),
    ],
)
def test_a_source_without_a_title_is_named_by_its_outlet_or_file(
    source: Source, shown: str
) -> None:
    """A card and the sources page name an untitled source by outlet or file, never its id."""
    cited = event("e", "2024-06-19", sources=(Citation(source.id),))
    pages = render_pages(Timeline("T", sources=(source,), events=(cited,)))
    card = f'<span class="tl-outlet" dir="auto" data-source="3f9a1c2e7b">{shown}</span>'
    assert card in pages["years/2024.md"]  # the id is the source picker's key, not shown
    assert f'<span class="tl-outlet" dir="auto">{shown}</span>' in pages["sources.md"]
    for page in (pages["years/2024.md"], pages["sources.md"]):
        assert ">3f9a1c2e7b<" not in page


def test_long_tag_and_source_lists_are_split_into_pages() -> None:
    """A long tag or sources list continues on `…/2.md`, linked both ways."""
    from timeline.generate._pages import LIST_PAGE, SOURCES_PAGE

    n = LIST_PAGE + 1
    events = tuple(
        event(f"e{i}", "2020-01-01", tags=("big",), sources=(Citation(f"s{i}"),)) for i in range(n)
    )
    sources = tuple(Source(f"s{i}", outlet=f"Outlet {i:05d}") for i in range(n))
    pages = render_pages(Timeline("T", sources=sources, events=events))
    assert {"tags/big.md", "tags/big/2.md", "sources.md", "sources/2.md"} <= set(pages)
    assert pages["tags/big/2.md"].count('class="tl-pager"') == 2
    assert '<a href="../">1</a>' in pages["tags/big/2.md"]
    assert '<a href="2/">2</a>' in pages["tags/big.md"]
    assert pages["sources/2.md"].count("<li id=") == min(SOURCES_PAGE, n - SOURCES_PAGE)


def test_the_navigation_lists_a_year_split_into_months_once() -> None:
    """Month pages of a crowded year are one nav entry, the year, pointing at its first page."""
    days = [f"2024-{m:02d}-01" for m in range(1, 13)] * (MAX_EVENTS_PER_PAGE // 12 + 1)
    timeline = timeline_of("1999", *days)
    nav = nav_entries(timeline)
    periods = nav[1]["Timeline"]
    assert periods == [{"1999": "years/1999.md"}, {"2024": "years/2024-01.md"}]


def test_a_memo_kept_between_runs_changes_nothing_but_speed(small_timeline: Timeline) -> None:
    """Pages rendered with a memo of an earlier run equal pages rendered afresh, edits included."""
    memo: dict[object, object] = {}
    assert render_pages(small_timeline, memo=memo) == render_pages(small_timeline)
    first = small_timeline.events[0]
    edited = dataclasses.replace(
        small_timeline,
        events=(dataclasses.replace(first, title="Renamed", tags=("new tag",)),
                *small_timeline.events[1:]),
    )  # fmt: skip
    assert render_pages(edited, memo=memo) == render_pages(edited)
    assert "Renamed" in render_pages(edited, memo=memo)["years/1961.md"]


def _rendered(timeline: Timeline, memo: dict[object, object] | None) -> tuple[object, ...]:
    """Everything a build takes from `render_pages`: pages, held HTML blocks, search entries."""
    stash = HtmlStash()
    search: dict[str, list[SearchEntry]] = {}
    pages = render_pages(timeline, stash=stash, search=search, memo=memo)
    return pages, {path: stash.blocks(path) for path in stash.pages()}, search


def test_pages_kept_whole_between_runs_equal_pages_made_afresh(small_timeline: Timeline) -> None:
    """With a memo (mkdocs serve), each edit in turn gives exactly the pages, HTML blocks and
    search entries of a run without one: a title, a move to another year, a source's outlet,
    a new era, a tag dropped, an event removed."""
    memo: dict[object, object] = {}
    timeline = small_timeline
    first, second = timeline.events[0], timeline.events[1]
    source = timeline.sources[0]
    edits = [
        lambda t: dataclasses.replace(
            t, events=(dataclasses.replace(first, title="Renamed"), *t.events[1:])
        ),
        lambda t: dataclasses.replace(
            t,
            events=(
                t.events[0],
                dataclasses.replace(second, date=PartialDate(1961, 3)),
                *t.events[2:],
            ),
        ),
        lambda t: dataclasses.replace(
            t, sources=(dataclasses.replace(source, outlet="Other Wire"), *t.sources[1:])
        ),
        lambda t: dataclasses.replace(
            t, eras=(Era("Early years", PartialDate(1960), PartialDate(1969)),)
        ),
        lambda t: dataclasses.replace(
            t, events=(dataclasses.replace(t.events[0], tags=()), *t.events[1:])
        ),
        lambda t: dataclasses.replace(t, events=t.events[1:]),
    ]
    assert _rendered(timeline, memo) == _rendered(timeline, None)
    for edit in edits:
        timeline = edit(timeline)
        assert _rendered(timeline, memo) == _rendered(timeline, None)
    assert _rendered(timeline, memo) == _rendered(timeline, None)  # and once more, unchanged
