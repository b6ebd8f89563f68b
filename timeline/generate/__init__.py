"""Turn a `Timeline` into Markdown pages: period pages of event cards, tag and source indexes.

Pure and deterministic: the same timeline always gives the same `{path: markdown}` mapping,
so the MkDocs plugin can serve it from memory and `timeline render` can write it to disk.

Every piece of text from events.yaml is cleaned of invisible controls (`_text.clean_text`)
and escaped: HTML-special characters become entities, and characters that Markdown, its
extensions or Jinja would act on become numeric references, so a title `<script>` or `*x*`
shows exactly as written. The words around it follow the site's language (`_locale`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Sequence
from importlib.resources import files
from typing import Any

from timeline.generate._axis import DATA_SCRIPT, PARTS_FOLDER, axis_data
from timeline.generate._edit import edit_page
from timeline.generate._links import Links
from timeline.generate._locale import LANGUAGES, Locale, locale_for
from timeline.generate._pages import (
    Site,
    home_page,
    period_page,
    sources_pages,
    tag_index,
    tag_pages,
)
from timeline.generate._plan import MAX_EVENTS_PER_PAGE, Grouping, PagePlan
from timeline.generate._plan import plan_pages as _plan_pages
from timeline.generate._problems import problem_page
from timeline.generate._search import SearchEntry, event_entry, page_entry, text_limit
from timeline.generate._share import ShareCard, share_cards
from timeline.generate._slug import anchor, slug, tag_paths
from timeline.generate._stash import HtmlStash
from timeline.generate._text import clean_text, safe_url, template_safe
from timeline.model import Event, Timeline

__all__ = [
    "DATA_SCRIPT",
    "FEED_FILES",
    "LANGUAGES",
    "MAX_EVENTS_PER_PAGE",
    "NAV_FLAT_LIMIT",
    "NAV_PAGES_LIMIT",
    "PARTS_FOLDER",
    "SCRIPT",
    "STYLESHEET",
    "Grouping",
    "HtmlStash",
    "PagePlan",
    "SearchEntry",
    "ShareCard",
    "axis_files",
    "axis_script",
    "clean_text",
    "event_links",
    "nav_entries",
    "nav_plans",
    "plan_pages",
    "problem_page",
    "render_pages",
    "safe_url",
    "script",
    "share_metadata",
    "slug",
    "stylesheet",
    "tag_paths",
    "template_safe",
]

STYLESHEET = "assets/timeline.css"
"""Where the card stylesheet lives, both in the package and in the built site."""

SCRIPT = "assets/timeline.js"
"""The tag filter of period pages: package path and site path."""

FEED_FILES = {"atom": "feed.atom.xml", "rss": "feed.rss.xml"}
"""Where the site's feeds live, beside the home page (`timeline.feed` writes them)."""

NAV_FLAT_LIMIT = 15
"""More period pages than this are grouped into decade (then century) nav sections."""

NAV_PAGES_LIMIT = 60
"""More listed periods than this and each decade is one nav entry, its first page: every
page of the site carries the whole navigation, and at 100,000 events drawing it for every
page was a third of the build and most of each page's bytes."""


def plan_pages(
    timeline: Timeline, *, grouping: Grouping = "auto", language: str = "en"
) -> list[PagePlan]:
    """Group the events into period pages, in chronological order (labels in `language`).

    `auto` gives each year a page and splits a crowded year into months; the other values
    force one level.
    """
    return _plan_pages(timeline, grouping=grouping, locale=locale_for(language))


def render_pages(
    timeline: Timeline,
    *,
    events_path: str = "events.yaml",
    grouping: Grouping = "auto",
    directory_urls: bool = True,
    language: str = "en",
    edit: bool = True,
    stash: HtmlStash | None = None,
    review: bool = False,
    prefix: str = "",
    search: dict[str, list[SearchEntry]] | None = None,
    memo: dict[object, Any] | None = None,
) -> dict[str, str]:
    """All pages of the site, as `{relative .md path: Markdown}`, in a stable order.

    `events_path` is only quoted on the "how to edit" page, which `edit=False` leaves out.
    Links between the pages are final URLs, so `directory_urls` must match MkDocs'
    `use_directory_urls` (its default). `language` is the theme's (`es`, `pt-BR`...).
    With a `stash`, the pages' raw HTML blocks go into it and the Markdown holds a placeholder
    comment for each (`HtmlStash.splice` puts them back into the rendered HTML); without one,
    every page is complete Markdown. `review` shows the curators' marks (events to review,
    disputed dates); planned events are marked either way. `prefix` is the folder under
    docs/ the pages go into (the plugin's option), so an image's path under docs/ is linked
    across it. A `search` dict receives what the site search should index for each page
    (`SearchEntry`), so a search plugin need not parse the pages. A `memo` kept between calls
    with the same language and `directory_urls` reuses the cards and list items that did not
    change (`mkdocs serve`).
    """
    locale = locale_for(language)
    plans = _plan_pages(timeline, grouping=grouping, locale=locale)
    tag_counts: Counter[str] = Counter(t for e in timeline.events for t in dict.fromkeys(e.tags))
    sources = {s.id: s for s in timeline.sources}
    paths = tag_paths(tag_counts)
    docs_up = "../" * len([p for p in prefix.split("/") if p])
    context = (language, directory_urls, review, timeline.eras, docs_up, paths, sources)
    site = Site(
        links=Links(directory_urls),
        sources=sources,
        tag_paths=paths,
        where={e.id: p.path for p in plans for e in p.events},
        locale=locale,
        stash=stash,
        review=review,
        eras=timeline.eras,
        docs_up=docs_up,
        memo=memo,
        context=_same_token(memo, "pages", context),
    )
    pages: dict[str, str] = {"index.md": home_page(timeline, plans, site, tag_counts)}
    for i, plan in enumerate(plans):
        pages[plan.path] = period_page(plans, i, site)
    pages["tags/index.md"] = tag_index(site, tag_counts)
    tagged: dict[str, list[Event]] = {tag: [] for tag in site.tag_paths}
    for event in timeline.chronological():
        for tag in dict.fromkeys(event.tags):
            tagged[tag].append(event)
    for tag, path in site.tag_paths.items():
        pages.update(tag_pages(tag, path, tagged[tag], site))
    pages.update(sources_pages(timeline, site))
    if edit:
        pages["edit.md"] = edit_page(events_path, locale)
    if search is not None:
        search.update(_search_entries(timeline, plans, pages, site))
    return pages


def _same_token(memo: dict[object, Any] | None, name: str, value: tuple[Any, ...]) -> object:
    """A token for `value`: the same object as the last run's while `value` is equal to
    that run's, so keys holding it compare in no time (`Site.page`)."""
    if memo is None:
        return None
    found = memo.get(("token", name))
    if found is not None and found[0] == value:
        return found[1]
    token = object()
    memo[("token", name)] = (value, token)
    return token


def axis_files(
    timeline: Timeline,
    *,
    grouping: Grouping = "auto",
    directory_urls: bool = True,
    language: str = "en",
    memo: dict[object, Any] | None = None,
) -> dict[str, str]:
    """The time axis's data files, `{path: script}`: `DATA_SCRIPT` (every event's span, card
    link, weight, tags and sources, and the eras, for the script to draw on any page) and,
    for a big timeline, the parts it loads as a view needs them (`PARTS_FOLDER`). A `memo`
    kept between calls with the same options reuses unchanged events' rows."""
    plans = _plan_pages(timeline, grouping=grouping, locale=locale_for(language))
    return axis_data(timeline, plans, Links(directory_urls), memo=memo)


def axis_script(
    timeline: Timeline,
    *,
    grouping: Grouping = "auto",
    directory_urls: bool = True,
    language: str = "en",
) -> str:
    """The `DATA_SCRIPT` of `axis_files` alone."""
    files = axis_files(
        timeline, grouping=grouping, directory_urls=directory_urls, language=language
    )
    return files[DATA_SCRIPT]


def share_metadata(
    timeline: Timeline, *, grouping: Grouping = "auto", language: str = "en"
) -> dict[str, ShareCard]:
    """Each page's link preview (`{page path: ShareCard}`): home, period and tag pages."""
    locale = locale_for(language)
    plans = _plan_pages(timeline, grouping=grouping, locale=locale)
    tag_counts: Counter[str] = Counter(t for e in timeline.events for t in dict.fromkeys(e.tags))
    paths = tag_paths(tag_counts)
    tagged: dict[str, list[Event]] = {path: [] for path in paths.values()}
    for event in timeline.chronological():
        for tag in dict.fromkeys(event.tags):
            tagged[paths[tag]].append(event)
    return share_cards(timeline, plans, tagged, locale)


def _search_entries(
    timeline: Timeline, plans: Sequence[PagePlan], pages: dict[str, str], site: Site
) -> dict[str, list[SearchEntry]]:
    """Each generated page's entries: the home page with the description, every card with
    the start of its text, the index pages by their titles only (their lists repeat the
    cards' titles)."""
    limit = text_limit(len(timeline.events))
    entries = {"index.md": [page_entry(timeline.title, timeline.description, limit)]}

    def entry(event: Event) -> SearchEntry:
        return site.recall(
            "search", event, (limit,), lambda: event_entry(event, anchor(event.id), limit)
        )

    for plan in plans:
        found = site.memo.get(("search", plan.path)) if site.memo is not None else None
        if found is not None and found[0] == (plan, limit):
            entries[plan.path] = found[1]
            continue
        entries[plan.path] = [page_entry(plan.label)] + [entry(e) for e in plan.events]
        if site.memo is not None:
            site.memo[("search", plan.path)] = ((plan, limit), entries[plan.path])
    words = site.locale.words
    entries["tags/index.md"] = [page_entry(words.tags)]
    for tag, path in site.tag_paths.items():
        entries[path] = [page_entry(words.tag_title.format(tag=tag))]
    for path in pages:
        if path.startswith("tags/") and path not in entries:
            entries[path] = []  # a further part of a tag's list
        elif path == "sources.md" or path.startswith("sources/"):
            entries[path] = [page_entry(words.sources)] if path == "sources.md" else []
    return entries


def event_links(
    timeline: Timeline,
    *,
    grouping: Grouping = "auto",
    directory_urls: bool = True,
    only: Collection[str] | None = None,
) -> dict[str, str]:
    """Event id → the URL of its card relative to the site's root ("years/2024/#summit"), as
    `render_pages` lays the site out with the same options (feeds link to the cards).
    `only` limits it to those events (a feed needs its newest few, not every link)."""
    links = Links(directory_urls)
    return {
        event.id: links.href("index.md", plan.path, anchor(event.id)).removeprefix("./")
        for plan in _plan_pages(timeline, grouping=grouping, locale=locale_for("en"))
        for event in plan.events
        if only is None or event.id in only
    }


NavEntry = dict[str, "str | list[NavEntry]"]


def nav_plans(plans: Sequence[PagePlan]) -> list[PagePlan]:
    """The period pages the navigation lists: a year split into months is listed once, by
    its first page, under the year's label (its pages lead from one to the next). Every
    page carries the whole navigation, so listing each month made the site grow with the
    square of its page count."""
    listed: list[PagePlan] = []
    seen: set[int] = set()
    for plan in plans:
        if plan.kind in ("month", "year-rest"):
            year = plan.events[0].date.year
            if year in seen:
                continue
            seen.add(year)
            plan = dataclasses.replace(plan, label=str(year))
        listed.append(plan)
    return listed


def _nav_periods(plans: Sequence[PagePlan], prefix: str, locale: Locale) -> list[NavEntry]:
    plans = nav_plans(plans)
    flat: list[NavEntry] = [{p.label: prefix + p.path} for p in plans]
    if len(plans) <= NAV_FLAT_LIMIT:
        return flat
    decades: dict[int, list[NavEntry]] = {}
    for plan, entry in zip(plans, flat, strict=True):
        decades.setdefault(plan.decade, []).append(entry)
    by_decade: list[tuple[int, NavEntry]]
    if len(plans) > NAV_PAGES_LIMIT:  # a decade leads to its first page; its pager goes on
        by_decade = [
            (d, {locale.decade(d): next(iter(entries[0].values()))})
            for d, entries in decades.items()
        ]
    else:
        by_decade = [
            (d, {locale.decade(d): entries if len(entries) > 1 else [*entries]})
            for d, entries in decades.items()
        ]
    if len(by_decade) <= NAV_FLAT_LIMIT:
        return [entry for _, entry in by_decade]
    centuries: dict[int, list[NavEntry]] = {}
    for decade, entry in by_decade:
        centuries.setdefault(decade // 100 * 100, []).append(entry)
    return [{f"{c}–{c + 99}": entries} for c, entries in centuries.items()]


def nav_entries(
    timeline: Timeline,
    *,
    grouping: Grouping = "auto",
    prefix: str = "",
    language: str = "en",
    edit: bool = True,
) -> list[NavEntry]:
    """A short MkDocs `nav` for the generated pages: periods in sections, one entry per index.

    Tag pages are reached from the tag index, not listed one by one.
    """
    locale = locale_for(language)
    plans = _plan_pages(timeline, grouping=grouping, locale=locale)
    nav: list[NavEntry] = [
        {locale.words.home: prefix + "index.md"},
        {locale.words.timeline: _nav_periods(plans, prefix, locale)},
        {locale.words.tags: prefix + "tags/index.md"},
        {locale.words.sources: prefix + "sources.md"},
    ]
    if edit:
        nav.append({locale.words.how_to_edit: prefix + "edit.md"})
    return nav


def _asset(path: str) -> str:
    return (files("timeline") / path).read_text(encoding="utf-8")


def stylesheet() -> str:
    """The card stylesheet shipped with the package (`timeline/assets/timeline.css`)."""
    return _asset(STYLESHEET)


def script() -> str:
    """The period pages' tag filter shipped with the package (`timeline/assets/timeline.js`)."""
    return _asset(SCRIPT)
