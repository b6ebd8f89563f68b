"""The Markdown of each page: period pages of event cards, home, tag and source indexes."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast
from urllib.parse import quote

from timeline.generate._axis import axis_block, plan_span
from timeline.generate._chart import overview_svg
from timeline.generate._links import Links
from timeline.generate._locale import Locale
from timeline.generate._plan import PagePlan
from timeline.generate._slug import anchor, slug
from timeline.generate._stash import HtmlStash
from timeline.generate._text import (
    escape_attr,
    escape_inline,
    front_matter,
    html_text,
    language_attr,
    paragraphs,
    safe_url,
)
from timeline.model import Era, Event, Media, PartialDate, Source, Timeline

_T = TypeVar("_T")


@dataclass(frozen=True)
class Site:
    """What every page renderer needs to know about the whole site."""

    links: Links
    sources: dict[str, Source]
    tag_paths: dict[str, str]
    where: dict[str, str]
    """Event id → the period page that holds its card."""
    locale: Locale
    stash: HtmlStash | None = field(default=None)
    """Where raw HTML blocks go instead of the Markdown (the plugin); None writes them inline."""
    review: bool = False
    """Show the review marks (`review: true`, disputed dates): for curators, off to publish."""
    eras: tuple[Era, ...] = ()
    docs_up: str = ""
    """From the generated pages' folder up to docs/ ("../" under a plugin `prefix`)."""
    memo: dict[object, Any] | None = field(default=None)
    """Cards and list items of an earlier run, by everything they are made of (`mkdocs
    serve` rebuilds after each edit; most of the HTML is unchanged)."""
    context: object = field(default=None, compare=False)
    """What every page also depends on (the language, the URL style, the tags' and sources'
    pages and labels, the eras...) as a token that stays the same object from one run to
    the next while all of it is equal: part of each page's key in `page`."""
    parts: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)
    """Pieces of HTML this run makes many times (a source's label in every card citing it,
    an event's date and title in every list naming it), made once."""

    def recall(self, kind: str, event: Event, extra: tuple[Any, ...], make: Callable[[], _T]) -> _T:
        """`make()`, or what it gave for this very event object and `extra` in an earlier run.

        Keyed by the event's identity, not its value: an unchanged event is the same object
        from one read of events.yaml to the next (`ParseCache`), and hashing it whole costs
        about as much as making its HTML again. The value keeps the event, so its id cannot
        be taken by another object while the entry lives; `extra` is compared by value.
        """
        if self.memo is None:
            return make()
        key = (kind, id(event))
        found = self.memo.get(key)
        if found is not None and found[0] is event and found[1] == extra:
            return cast(_T, found[2])
        value = make()
        self.memo[key] = (event, extra, value)
        return value

    def page(self, path: str, key: tuple[Any, ...], make: Callable[[], str]) -> str:
        """`make()`, or the page an earlier run made for an equal `key` (with `context`),
        its raw HTML blocks held again in the stash. Under `mkdocs serve` an edit changes a
        page or two: the others are not made again, card by card, on every save."""
        if self.memo is None:
            return make()
        key = (self.context, self.stash is None, *key)
        found = self.memo.get(("page", path))
        if found is not None and found[0] == key:
            if self.stash is not None:
                self.stash.restore(path, found[2])
            return cast(str, found[1])
        text = make()
        blocks = self.stash.blocks(path) if self.stash is not None else ()
        self.memo[("page", path)] = (key, text, blocks)
        return text

    def raw(self, page: str, lines: list[str]) -> list[str]:
        """One raw HTML block of `page` (ending in a blank line), or its stash placeholder."""
        if self.stash is None or not lines:
            return lines
        return self.stash.hold(page, lines)

    def a(
        self,
        from_path: str,
        to_path: str,
        label: str,
        anchor: str = "",
        cls: str = "",
        isolate: bool = False,
    ) -> str:
        """An `<a>` to a generated page; `label` must already be escaped. `isolate` gives the
        link `dir="auto"`, which isolates untrusted text as a `<bdi>` inside it would."""
        klass = f' class="{cls}"' if cls else ""
        bidi = ' dir="auto"' if isolate else ""
        return f'<a{klass} href="{self.links.href(from_path, to_path, anchor)}"{bidi}>{label}</a>'

    def tag_key(self, tag: str) -> str:
        """The tag's slug: its page name, and its key for the on-page filter."""
        return self.tag_paths[tag].removeprefix("tags/").removesuffix(".md")

    def time(self, date: PartialDate) -> str:
        return f'<time datetime="{date.iso()}">{self.locale.date(date)}</time>'

    def when(self, event: Event) -> str:
        return self.span(event.date, event.end)

    def span(self, start: PartialDate, end: PartialDate | None) -> str:
        if end is None or end == start:
            return self.time(start)
        return f"{self.time(start)} – {self.time(end)}"

    def media_src(self, page_path: str, url: str) -> str:
        """An image's address from a page: web addresses as they are, docs/ paths made
        relative to the page."""
        if safe_url(url):
            return url
        return self.links.root(page_path) + self.docs_up + url

    def era_of(self, event: Event) -> Era | None:
        """The first era (in file order) that the event begins in."""
        return next((era for era in self.eras if era.contains(event.date)), None)

    def event_item(self, event: Event, from_path: str) -> str:
        return self.recall(
            "item:" + from_path,
            event,
            (self.where[event.id],),
            lambda: self._event_item(event, from_path),
        )

    def _event_item(self, event: Event, from_path: str) -> str:
        key = ("item", event.id)
        found = self.parts.get(key)
        if found is None:  # the date and the escaped title
            found = self.parts[key] = (self.time(event.date), html_text(event.title))
        time, title = found
        link = self.a(from_path, self.where[event.id], title, anchor(event.id), isolate=True)
        return f"<li>{time} — {link}</li>"


def _heading(text: str) -> str:
    """A Markdown heading's text with its direction taken from its first strong character."""
    return f"{escape_inline(text)} {{ dir=auto }}"


# --- cards --------------------------------------------------------------------------------


def _source_item(site: Site, source: Source | None, source_id: str, quote: str) -> str:
    """One citation as an HTML list item: outlet, linked title, date, quoted sentence."""
    key = ("source", source_id)
    item = site.parts.get(key)
    if item is None:
        named = f' data-source="{escape_attr(source_id)}"'  # the source picker's label
        if source is None:
            parts = [f'<span class="tl-outlet" dir="auto"{named}>{html_text(source_id)}</span>']
        else:
            parts = [_source_label(source, named)]
            if source.published is not None:
                parts.append(site.time(source.published))
        item = site.parts[key] = " · ".join(parts)
    item = str(item)
    if quote.strip():
        lang = language_attr(source.language) if source is not None else ""
        item += f' <q class="tl-quote" dir="auto"{lang}>{html_text(quote)}</q>'
    return f"<li>{item}</li>"


def _source_label(source: Source, named: str = "") -> str:
    """Outlet, then the article title linked to its web address (never a non-web link). A
    source with neither is named by its file or page (`Source.name`), never by its id.
    `named` is more attributes for the outlet's element."""
    outlet = html_text(source.outlet or source.name)
    out = f'<span class="tl-outlet" dir="auto"{named}>{outlet}</span>'
    titled = bool(source.title and source.outlet)
    url = safe_url(source.url)
    if url:
        bidi = ' dir="auto"' if titled else ""
        label = html_text(source.title) if titled else html_text(url)
        out += f' · <a href="{escape_attr(url)}" rel="nofollow"{bidi}>{label}</a>'
    elif titled:
        out += f" · <bdi>{html_text(source.title)}</bdi>"
    return out


def _figure(media: Media, site: Site, page_path: str) -> list[str]:
    """The event's image: lazy-loaded, with its alt text, caption and credit."""
    src = escape_attr(site.media_src(page_path, media.url))
    lines = [
        '<figure class="tl-media">',
        f'<img src="{src}" alt="{escape_attr(" ".join(media.alt.split()))}" loading="lazy" '
        'decoding="async">',
    ]
    if media.caption or media.credit:
        caption = f'<span dir="auto">{html_text(media.caption)}</span>' if media.caption else ""
        if media.credit:
            caption += f' <span class="tl-credit" dir="auto">{html_text(media.credit)}</span>'
        lines.append(f"<figcaption>{caption.strip()}</figcaption>")
    lines.append("</figure>")
    return lines


def _copy_button(key: str, title: str, site: Site) -> str:
    """Copies the card's stable link (shown by the script; the ¶ permalink works without).

    Its visible words come from `data-label`, set by the script: text in the HTML would go
    into the search index once per card.
    """
    words = site.locale.words
    return (
        f'<button type="button" class="tl-copy" data-anchor="{escape_attr(key)}" '
        f'data-label="{escape_attr(words.copy_link)}" '
        f'data-done="{escape_attr(words.link_copied)}" '
        f'aria-label="{escape_attr(words.copy_link)}: {escape_attr(title)}" hidden></button>'
    )


def _repeats(quote: str, text: list[str]) -> bool:
    """Whether the quote only says again what the card's text says (the extractor writes a
    source's sentence as the event's text): then the card shows it once, as its text."""
    said = " ".join(text).casefold().strip(_QUOTE_MARKS)
    return bool(said) and " ".join(quote.split()).casefold().strip(_QUOTE_MARKS) == said


_QUOTE_MARKS = " \"'“”‘’«»„‚"
"""Quotation marks and spaces around a quote, ignored when it is compared with the text."""


def event_card(event: Event, site: Site, page_path: str, level: int) -> list[str]:
    """A card as one raw HTML block: heading with permalink, date, text, tags, sources.

    Raw HTML, because Markdown's inline pass over every title, sentence and link would
    dominate the build of a large timeline. No blank line may appear inside the block.
    """
    if site.memo is None:
        return _event_card(event, site, page_path, level)
    extra = (
        page_path,
        level,
        tuple(site.tag_paths[t] for t in event.tags),
        tuple(site.sources.get(c.source) for c in event.sources),  # the same objects: quick
    )
    make = lambda: _event_card(event, site, page_path, level)  # noqa: E731
    return list(site.recall("card:" + page_path, event, extra, make))


def _event_card(event: Event, site: Site, page_path: str, level: int) -> list[str]:
    key = anchor(event.id)
    tags = list(dict.fromkeys(event.tags))
    data = f' data-tags="{" ".join(escape_attr(site.tag_key(t)) for t in tags)}"' if tags else ""
    words = site.locale.words
    planned = (
        f' <span class="tl-planned">{html_text(words.planned)}</span>' if event.planned else ""
    )
    marked = site.review and event.review
    review = f' <span class="tl-review">{html_text(words.review)}</span>' if marked else ""
    klass = "tl-event tl-event-planned" if event.planned else "tl-event"
    if event.sources:
        data += f' data-sources="{" ".join(escape_attr(s) for s in event.source_ids)}"'
    lines = [
        f'<div class="{klass}"{data}>',
        f'<h{level} class="tl-title" id="{escape_attr(key)}" dir="auto">{html_text(event.title)}'
        f'<a class="headerlink" href="#{escape_attr(key)}" title="Permanent link">¶</a></h{level}>',
        f'<p class="tl-when">{site.when(event)}{planned}{review}</p>',
        _copy_button(key, event.title, site),
    ]
    if site.review and event.disputed:
        dates = ", ".join(f"{site.time(d.date)} ({html_text(d.source)})" for d in event.disputed)
        before, _, after = words.disputed.partition("{dates}")
        lead = f"{html_text(before.rstrip())} " if before.strip() else ""
        said = f"{lead}{dates}{html_text(after)}"
        lines.append(f'<p class="tl-disputed">{said}</p>')
    if event.media is not None:
        lines += _figure(event.media, site, page_path)
    text = paragraphs(event.text)
    lines += [f'<p dir="auto">{html_text(p)}</p>' for p in text]
    if tags:
        chips = " ".join(
            site.a(page_path, site.tag_paths[tag], html_text(tag), cls="tl-tag", isolate=True)
            for tag in tags
        )
        lines.append(f'<p class="tl-tags">{chips}</p>')
    if event.sources:
        lines.append('<ul class="tl-sources">')
        lines += [
            _source_item(
                site,
                site.sources.get(c.source),
                c.source,
                "" if _repeats(c.quote, text) else c.quote,
            )
            for c in event.sources
        ]
        lines.append("</ul>")
    lines += ["</div>", ""]
    return lines


# --- period pages -------------------------------------------------------------------------


def _section_key(plan: PagePlan, event: Event, locale: Locale) -> tuple[str, str] | None:
    """The sub-heading an event sits under on its page (a year on a decade page, etc.)."""
    if plan.kind == "decade":
        return (f"tl-{event.date.year}", str(event.date.year))
    if plan.kind == "year" and event.date.month is not None:
        month = PartialDate(event.date.year, event.date.month)
        return (f"tl-{month.iso()}", locale.date(month))
    return None


MAX_FILTER_CHIPS = 12
"""Tag chips shown on a page; the less frequent rest wait behind "more" (issue 11)."""


def _filter_bar(plan: PagePlan, site: Site) -> list[str]:
    """Tag chips that filter the page's cards; hidden until the script wires them up.

    Without JavaScript the bar stays hidden and every card shows. Not worth it for a page
    whose events all share one set of tags.
    """
    counts: Counter[str] = Counter(t for e in plan.events for t in dict.fromkeys(e.tags))
    if len(counts) < 2 or len(plan.events) < 2:
        return []
    locale = site.locale
    label = escape_attr(locale.words.filter)
    buttons = [
        '<button type="button" class="tl-chip" data-tag="" aria-pressed="true">'
        f"{html_text(locale.words.filter_all)} ({len(plan.events)})</button>"
    ]
    ranked = sorted(counts, key=lambda t: (-counts[t], t.casefold(), t))
    for position, tag in enumerate(ranked):
        if position == MAX_FILTER_CHIPS:
            buttons.append(
                f'<details class="tl-filter-more"><summary>{html_text(locale.words.more)}'
                f" ({len(ranked) - position})</summary>"
            )
        buttons.append(
            f'<button type="button" class="tl-chip" data-tag="{escape_attr(site.tag_key(tag))}" '
            f'aria-pressed="false"><bdi>{html_text(tag)}</bdi> ({counts[tag]})</button>'
        )
    if len(ranked) > MAX_FILTER_CHIPS:
        buttons.append("</details>")
    return [
        f'<div class="tl-filter" role="group" aria-label="{label}" hidden>',
        f'<span class="tl-filter-label">{html_text(locale.words.filter)}:</span>',
        *buttons,
        "</div>",
        "",
    ]


def _source_picker(plan: PagePlan, site: Site) -> list[str]:
    """A choice of the sources the page's cards cite, which filters the cards and the axis
    like `?source=` (and puts it in the URL); hidden until the script fills it from the
    cards (their `data-sources`, named by the axis data: a page's HTML does not repeat
    every name), and left out when the cards cite fewer than two sources."""
    if len({s for e in plan.events for s in e.source_ids}) < 2:
        return []
    words = site.locale.words
    return [
        '<p class="tl-source-pick" hidden><label>'
        f"<span>{html_text(words.filter_source)}:</span> "
        f'<select class="tl-source-select"><option value="">{html_text(words.all_sources)}'
        "</option></select></label></p>",
        "",
    ]


def _filter_note(page_path: str, site: Site) -> list[str]:
    """The notice of a filter set in the URL (`?tag=`, `?source=`), filled by the script;
    its link is the page without the filter."""
    words = site.locale.words
    here = site.links.href(page_path, page_path)
    return [
        f'<p class="tl-urlfilter" data-tag-text="{escape_attr(words.filtered_tag)}" '
        f'data-source-text="{escape_attr(words.filtered_source)}" role="status" hidden>'
        f'<span class="tl-urlfilter-text"></span> <a class="tl-urlfilter-clear" href="{here}">'
        f"{html_text(words.clear_filter)}</a></p>",
        "",
    ]


def _era_header(era: Era, site: Site) -> str:
    """An era's header among the cards: its name and its dates."""
    return (
        f'<p class="tl-era"><span class="tl-era-name" dir="auto">{html_text(era.title)}</span> '
        f'<span class="tl-era-dates">{site.span(era.start, era.end)}</span></p>'
    )


def period_page(plans: Sequence[PagePlan], index: int, site: Site) -> str:
    """A period's cards, under year or month headings (Markdown, for the table of contents)
    when the page spans several; the HTML between two headings is one raw block. The time
    axis opens on the period; an era's header stands before its first card on the page."""
    plan = plans[index]
    near = [(p.path, p.label) for p in plans[max(0, index - 1) : index + 2] if p is not plan]
    return site.page(plan.path, (plan, index > 0, *near), lambda: _period_page(plans, index, site))


def _period_page(plans: Sequence[PagePlan], index: int, site: Site) -> str:
    plan = plans[index]
    locale = site.locale
    lines = [f"# {plan.label}", ""]
    block = [
        f'<p class="tl-count">{locale.words.event.count(len(plan.events))}</p>',
        "",
        *axis_block(plan.path, site.links, locale, plan_span(plan)),
        "",
        *_filter_note(plan.path, site),
        *_filter_bar(plan, site),
        *_source_picker(plan, site),
    ]
    has_sections = any(_section_key(plan, e, locale) for e in plan.events)
    current: tuple[str, str] | None = None
    era: Era | None = None
    for event in plan.events:
        key = _section_key(plan, event, locale)
        if key is not None and key != current:
            lines += site.raw(plan.path, block)
            lines += [f"## {key[1]} {{ #{key[0]} .tl-section }}", ""]
            block = []
            current = key
        event_era = site.era_of(event)
        if event_era is not None and event_era != era:
            block.append(_era_header(event_era, site))
        era = event_era
        block += event_card(event, site, plan.path, 3 if has_sections else 2)
    pager = []
    if index > 0:
        prev = plans[index - 1]
        pager.append(site.a(plan.path, prev.path, f"← {prev.label}"))
    if index + 1 < len(plans):
        nxt = plans[index + 1]
        pager.append(site.a(plan.path, nxt.path, f"{nxt.label} →"))
    if pager:
        block += [f'<p class="tl-pager">{" · ".join(pager)}</p>', ""]
    lines += site.raw(plan.path, block)
    return "\n".join(lines)


# --- index pages --------------------------------------------------------------------------


def home_page(
    timeline: Timeline, plans: Sequence[PagePlan], site: Site, tag_counts: Counter[str]
) -> str:
    locale = site.locale
    events = timeline.chronological()
    lines = [front_matter(timeline.title) + f"# {_heading(timeline.title)}", ""]
    intro: list[str] = []
    for paragraph in paragraphs(timeline.description):
        intro += [f'<p dir="auto">{html_text(paragraph)}</p>', ""]
    if not events:
        return "\n".join([*lines, *intro, locale.words.no_events, ""])
    n_sources = len({s for e in events for s in e.source_ids})
    summary = locale.words.summary.format(
        events=locale.words.event.count(len(events)),
        start=site.time(events[0].date),
        end=site.time(events[-1].date),
        sources=locale.words.source.count(n_sources),
    )
    lines += site.raw(
        "index.md",
        [
            *intro,
            f'<p class="tl-count">{summary}</p>',
            "",
            *axis_block("index.md", site.links, locale),
            "",
            *_filter_note("index.md", site),
        ],
    )
    chart = overview_svg(plans, locale, lambda path: site.links.href("index.md", path))
    if chart:
        lines += [f"## {locale.words.overview} {{ #tl-overview }}", ""]
        lines += site.raw("index.md", [*chart, ""])
    lines += [f"## {locale.words.periods} {{ #tl-periods }}", ""]
    periods = ['<ul class="tl-periods">']
    for plan in plans:
        link = site.a("index.md", plan.path, plan.label)
        periods.append(f"<li>{link} — {locale.words.event.count(len(plan.events))}</li>")
    lines += site.raw("index.md", [*periods, "</ul>", ""])
    if tag_counts:
        top = sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
        chips = " ".join(
            site.a("index.md", site.tag_paths[t], f"<bdi>{html_text(t)}</bdi> ({n})", cls="tl-tag")
            for t, n in top
        )
        all_tags = site.a("index.md", "tags/index.md", locale.words.all_tags)
        lines += [f"## {locale.words.tags} {{ #tl-tags }}", ""]
        lines += site.raw(
            "index.md", [f'<p class="tl-tags">{chips}</p>', "", f"<p>{all_tags}</p>", ""]
        )
    lines += [f"## {locale.words.latest} {{ #tl-latest }}", ""]
    latest = [site.event_item(event, "index.md") for event in reversed(events[-5:])]
    lines += site.raw("index.md", ["<ul>", *latest, "</ul>", ""])
    return "\n".join(lines)


def tag_index(site: Site, tag_counts: Counter[str]) -> str:
    locale = site.locale
    lines = [f"# {locale.words.tags}", ""]
    if not tag_counts:
        return "\n".join([*lines, locale.words.no_tags, ""])
    intro = locale.words.tags_by_name.format(tags=locale.words.tag.count(len(tag_counts)))
    lines += [intro, ""]
    items = ['<ul class="tl-tag-index">']
    for tag, path in site.tag_paths.items():
        link = site.a("tags/index.md", path, html_text(tag), isolate=True)
        items.append(f"<li>{link} — {locale.words.event.count(tag_counts[tag])}</li>")
    lines += site.raw("tags/index.md", [*items, "</ul>", ""])
    return "\n".join(lines)


LIST_PAGE = 1000
"""Events on one page of a tag's list: a page stays well under 2 MB, however large the
timeline."""

SOURCES_PAGE = 500
"""Sources on one page of the sources list (each with the events it reports)."""


def part_path(path: str, part: int) -> str:
    """The path of part `part` (1-based) of a list page: `tags/x.md`, `tags/x/2.md`..."""
    return path if part == 1 else f"{path.removesuffix('.md')}/{part}.md"


def _parts_pager(path: str, part: int, parts: int, site: Site) -> list[str]:
    """Links to the other parts of a paginated list ("1 2 3"), the current one unlinked."""
    if parts < 2:
        return []
    here = part_path(path, part)
    links = [
        f'<strong aria-current="page">{n}</strong>'
        if n == part
        else site.a(here, part_path(path, n), str(n))
        for n in range(1, parts + 1)
    ]
    return [f'<p class="tl-pager">{" ".join(links)}</p>', ""]


def tag_pages(tag: str, path: str, events: list[Event], site: Site) -> dict[str, str]:
    """The tag's events, `LIST_PAGE` to a page: `tags/x.md`, then `tags/x/2.md`..."""
    locale = site.locale
    title = locale.words.tag_title.format(tag=tag)
    chunks = [events[i : i + LIST_PAGE] for i in range(0, len(events), LIST_PAGE)] or [[]]
    pages: dict[str, str] = {}
    for part, chunk in enumerate(chunks, start=1):
        here = part_path(path, part)
        key = (tag, len(events), len(chunks), tuple(chunk), tuple(site.where[e.id] for e in chunk))
        make = functools.partial(_tag_page, title, path, part, chunks, len(events), site)
        pages[here] = site.page(here, key, make)
    return pages


def _tag_page(
    title: str, path: str, part: int, chunks: list[list[Event]], total: int, site: Site
) -> str:
    """Part `part` of a tag's list of `total` events."""
    locale = site.locale
    here = part_path(path, part)
    all_tags = site.a(here, "tags/index.md", locale.words.all_tags)
    pager = _parts_pager(path, part, len(chunks), site)
    block = [
        f'<p class="tl-count">{locale.words.event.count(total)} · {all_tags}</p>',
        "",
        *pager,
        "<ul>",
        *(site.event_item(e, here) for e in chunks[part - 1]),
        "</ul>",
        "",
        *pager,
    ]
    heading = title if part == 1 else f"{title} ({part})"
    return "\n".join([front_matter(heading) + f"# {_heading(heading)}", "", *site.raw(here, block)])


def _source_anchor(source_id: str) -> str:
    return "source-" + slug(source_id)


def _source_head(source: Source, site: Site, here: str, cited: bool) -> str:
    """A source's entry in the list, opened: its anchor, label, date and, when it is cited,
    a link to the whole timeline filtered to its events (memoized under `serve`: a source's
    text rarely changes between two saves)."""
    key = ("source", here, source, cited)
    found = site.memo.get(key) if site.memo is not None else None
    if found is None:
        found = f'<li id="{escape_attr(_source_anchor(source.id))}">{_source_label(source)}'
        if source.published is not None:
            found += f" · {site.time(source.published)}"
        if cited:
            to = site.links.href(here, "index.md") + "?source=" + quote(source.id, safe="")
            found += (
                f' · <a class="tl-source-axis" href="{escape_attr(to)}">'
                f"{html_text(site.locale.words.on_axis)}</a>"
            )
        if site.memo is not None:
            site.memo[key] = found
    return str(found)


def sources_pages(timeline: Timeline, site: Site) -> dict[str, str]:
    """Every source with the events it reports, `SOURCES_PAGE` sources to a page."""
    locale = site.locale
    citing: dict[str, list[Event]] = {}
    for event in timeline.chronological():
        for source_id in event.source_ids:
            citing.setdefault(source_id, []).append(event)
    known = {s.id for s in timeline.sources}
    sources = sorted(
        [*timeline.sources, *(Source(id=i) for i in citing if i not in known)],
        key=lambda s: ((s.outlet or s.name).casefold(), s.id),
    )
    if not sources:
        return {
            "sources.md": "\n".join([f"# {locale.words.sources}", "", locale.words.no_sources, ""])
        }
    intro = locale.words.sources_intro.format(sources=locale.words.source.count(len(sources)))
    chunks = [sources[i : i + SOURCES_PAGE] for i in range(0, len(sources), SOURCES_PAGE)]
    pages: dict[str, str] = {}
    for part, chunk in enumerate(chunks, start=1):
        here = part_path("sources.md", part)
        reported = tuple(tuple(citing.get(source.id, ())) for source in chunk)
        where = tuple(site.where[e.id] for events in reported for e in events)
        key = (intro, len(chunks), tuple(chunk), reported, where)
        make = functools.partial(_sources_page, part, len(chunks), chunk, reported, intro, site)
        pages[here] = site.page(here, key, make)
    return pages


def _sources_page(
    part: int,
    parts: int,
    chunk: list[Source],
    reported: tuple[tuple[Event, ...], ...],
    intro: str,
    site: Site,
) -> str:
    """Part `part` of the sources list: each source of `chunk` with the events citing it."""
    locale = site.locale
    here = part_path("sources.md", part)
    heading = locale.words.sources if part == 1 else f"{locale.words.sources} ({part})"
    pager = _parts_pager("sources.md", part, parts, site)
    items = [*pager, '<ul class="tl-source-index">']
    for source, events in zip(chunk, reported, strict=True):
        items.append(_source_head(source, site, here, bool(events)))
        if events:
            items.append("<ul>")
            items += [site.event_item(e, here) for e in events]
            items.append("</ul>")
        items.append("</li>")
    lines = [f"# {heading}", "", intro, ""]
    return "\n".join([*lines, *site.raw(here, [*items, "</ul>", "", *pager])])
