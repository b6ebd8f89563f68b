"""Turn a `Timeline` into Markdown pages: period pages of event cards, tag and source indexes.

Pure and deterministic: the same timeline always gives the same `{path: markdown}` mapping,
so the MkDocs plugin can serve it from memory and `timeline render` can write it to disk.

Events are grouped so that no page is huge and the navigation stays short: a year per page,
sparse decades merged into one page, crowded years split by month (MkDocs' search cost grows
with the square of a page's headings, and one page per event does not scale).

Every piece of text from events.yaml is escaped twice over: HTML-special characters become
entities, and characters that Markdown, Markdown extensions or Jinja would act on become
numeric character references, so a title `<script>` or `*x*` shows exactly as written.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from timeline.model import Event, PartialDate, Source, Timeline

__all__ = [
    "STYLESHEET",
    "Grouping",
    "PagePlan",
    "nav_entries",
    "plan_pages",
    "render_pages",
    "stylesheet",
]

Grouping = Literal["auto", "decade", "year", "month"]

STYLESHEET = "assets/timeline.css"
"""Where the card stylesheet lives, both in the package and in the built site."""

MAX_EVENTS_PER_PAGE = 120
"""A year with more events than this is split into month pages (auto grouping)."""

SPARSE_DECADE = 12
"""A decade with at most this many events, spread over several years, gets one page."""

NAV_FLAT_LIMIT = 15
"""More period pages than this are grouped into decade (then century) nav sections."""

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#|~^=:$!]")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+>])", re.MULTILINE)
_DOUBLED = re.compile(r"(?<=[-+])[-+]")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_ANCHOR_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


# --- escaping -----------------------------------------------------------------------------


def _escape_text(text: str) -> str:
    """Untrusted text made inert for HTML, Markdown, its extensions and Jinja."""
    out = html.escape(text, quote=False)
    out = _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", out)
    out = _DOUBLED.sub(lambda m: f"&#{ord(m.group())};", out)

    def _line_start(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return f"{m.group(1)}{m.group(2)}&#{ord(m.group(3))};"
        return f"{m.group(4)}&#{ord(m.group(5))};"

    return _LINE_START.sub(_line_start, out)


def _escape_inline(text: str) -> str:
    """Escaped text folded onto one line (titles, outlets, quotes)."""
    return _escape_text(" ".join(text.split()))


def _escape_attr(text: str) -> str:
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”"})


def _front_matter(title: str) -> str:
    """A page title for MkDocs' templates, which print it unescaped (and unescape entities).

    The visible heading keeps the exact text; this copy swaps the few characters that could
    form markup for look-alikes, so no title can close `<title>` or open a tag.
    """
    plain = " ".join(title.split()).translate(_TITLE_SAFE)
    return f"---\ntitle: {json.dumps(plain, ensure_ascii=False)}\n---\n\n"


def _safe_url(url: str) -> str | None:
    """The URL if it is a plain web link; `javascript:` and friends are never linked."""
    url = url.strip()
    if urlsplit(url).scheme.lower() in {"http", "https"}:
        return url
    return None


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


# --- planning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PagePlan:
    """One period page: where it goes, what it is called, and its events in order."""

    path: str
    label: str
    kind: Literal["decade", "year", "month", "year-rest"]
    events: tuple[Event, ...]

    @property
    def decade(self) -> int:
        return self.events[0].date.year // 10 * 10


def _decade_label(decade: int) -> str:
    return f"{decade}s"


def _month_pages(year: int, events: list[Event]) -> list[PagePlan]:
    pages: list[PagePlan] = []
    rest = tuple(e for e in events if e.date.month is None)
    if rest:
        pages.append(PagePlan(f"years/{year}.md", f"{year}", "year-rest", rest))
    months: dict[int, list[Event]] = {}
    for event in events:
        if event.date.month is not None:
            months.setdefault(event.date.month, []).append(event)
    for month, month_events in sorted(months.items()):
        label = PartialDate(year, month).display()
        path = f"years/{year}-{month:02d}.md"
        pages.append(PagePlan(path, label, "month", tuple(month_events)))
    return pages


def _year_pages(year: int, events: list[Event], grouping: Grouping) -> list[PagePlan]:
    if grouping == "month" or (grouping == "auto" and len(events) > MAX_EVENTS_PER_PAGE):
        return _month_pages(year, events)
    return [PagePlan(f"years/{year}.md", str(year), "year", tuple(events))]


def plan_pages(timeline: Timeline, *, grouping: Grouping = "auto") -> list[PagePlan]:
    """Group the events into period pages, in chronological order.

    `auto` gives each year a page, merges a sparse decade (few events over several years)
    into one page and splits a crowded year into months; the other values force one level.
    """
    by_decade: dict[int, dict[int, list[Event]]] = {}
    for event in timeline.chronological():
        year = event.date.year
        by_decade.setdefault(year // 10 * 10, {}).setdefault(year, []).append(event)
    pages: list[PagePlan] = []
    for decade, years in sorted(by_decade.items()):
        count = sum(len(v) for v in years.values())
        sparse = grouping == "auto" and count <= SPARSE_DECADE and len(years) > 1
        if grouping == "decade" or sparse:
            events = tuple(e for year in sorted(years) for e in years[year])
            path = f"years/{_decade_label(decade)}.md"
            pages.append(PagePlan(path, _decade_label(decade), "decade", events))
            continue
        for year, events_of_year in sorted(years.items()):
            pages.extend(_year_pages(year, events_of_year, grouping))
    return pages


# --- slugs and links ----------------------------------------------------------------------


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", text.lower()).strip("-") or "tag"


def _tag_paths(tags: Iterable[str]) -> dict[str, str]:
    """A distinct file for every tag, even when two tags slugify alike."""
    paths: dict[str, str] = {}
    used: set[str] = set()
    for tag in sorted(set(tags), key=lambda t: (t.casefold(), t)):
        base = _slug(tag)
        slug, n = base, 2
        while slug in used or slug == "index":
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        paths[tag] = f"tags/{slug}.md"
    return paths


def _anchor(event_id: str) -> str:
    """The event's id as an HTML anchor; ids that are not already plain slugs are slugged."""
    return event_id if _ANCHOR_RE.match(event_id) else "event-" + _slug(event_id)


@dataclass(frozen=True)
class _Links:
    """Relative URLs between generated pages, as MkDocs will lay them out.

    Links are written as final URLs inside raw HTML, not as Markdown links to `.md` files:
    MkDocs resolving tens of thousands of Markdown links (every tag chip, every index entry)
    was the largest cost of building a big timeline.
    """

    directory_urls: bool = True

    def _url_parts(self, path: str) -> tuple[list[str], str]:
        parts = path.removesuffix(".md").split("/")
        if self.directory_urls:
            return (parts[:-1] if parts[-1] == "index" else parts), ""
        return parts[:-1], parts[-1] + ".html"

    def href(self, from_path: str, to_path: str, anchor: str = "") -> str:
        here, _ = self._url_parts(from_path)
        there, name = self._url_parts(to_path)
        common = 0
        while common < min(len(here), len(there)) and here[common] == there[common]:
            common += 1
        steps = [".."] * (len(here) - common) + there[common:]
        fragment = f"#{anchor}" if anchor else ""
        if name:
            return "/".join([*steps, name]) + fragment
        return ("/".join(steps) + "/" if steps else "./") + fragment


@dataclass(frozen=True)
class _Site:
    """What every page renderer needs to know about the whole site."""

    links: _Links
    sources: dict[str, Source]
    tag_paths: dict[str, str]
    where: dict[str, str]
    """Event id → the period page that holds its card."""

    def a(self, from_path: str, to_path: str, label: str, anchor: str = "", cls: str = "") -> str:
        """An `<a>` to a generated page; `label` must already be escaped."""
        klass = f' class="{cls}"' if cls else ""
        return f'<a{klass} href="{self.links.href(from_path, to_path, anchor)}">{label}</a>'

    def event_item(self, event: Event, from_path: str) -> str:
        link = self.a(from_path, self.where[event.id], _html_text(event.title), _anchor(event.id))
        return f"<li>{_time(event.date)} — {link}</li>"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- rendering pieces ---------------------------------------------------------------------


def _time(date: PartialDate) -> str:
    return f'<time datetime="{date.iso()}">{date.display()}</time>'


def _when(event: Event) -> str:
    if event.end is None or event.end == event.date:
        return _time(event.date)
    return f"{_time(event.date)} – {_time(event.end)}"


def _html_text(text: str) -> str:
    """Untrusted text inside a raw HTML block, which Markdown leaves alone: HTML-escape it
    (and the braces, for any Jinja-based post-processing)."""
    out = html.escape(" ".join(text.split()), quote=False)
    return out.replace("{", "&#123;").replace("}", "&#125;")


def _source_item(source: Source | None, source_id: str, quote: str) -> str:
    """One citation as an HTML list item: outlet, linked title, date, quoted sentence."""
    if source is None:
        parts = [f'<span class="tl-outlet">{_html_text(source_id)}</span>']
    else:
        parts = [_source_label(source)]
        if source.published is not None:
            parts.append(_time(source.published))
    item = " · ".join(parts)
    if quote.strip():
        item += f' <q class="tl-quote">{_html_text(quote)}</q>'
    return f"<li>{item}</li>"


def _source_label(source: Source) -> str:
    """Outlet, then the article title linked to its web address (never a non-web link)."""
    out = f'<span class="tl-outlet">{_html_text(source.outlet or source.title or source.id)}</span>'
    label = _html_text(source.title) if source.title and source.outlet else ""
    url = _safe_url(source.url)
    if url:
        out += f' · <a href="{_escape_attr(url)}" rel="nofollow">{label or _html_text(url)}</a>'
    elif label:
        out += f" · {label}"
    return out


def _source_anchor(source_id: str) -> str:
    return "source-" + _slug(source_id)


def _event_card(event: Event, site: _Site, page_path: str, level: int) -> list[str]:
    """A card as one raw HTML block: heading with permalink, date, text, tags, sources.

    Raw HTML, because Markdown's inline pass over every title, sentence and link would
    dominate the build of a large timeline. No blank line may appear inside the block.
    """
    anchor = _anchor(event.id)
    lines = [
        '<div class="tl-event">',
        f'<h{level} class="tl-title" id="{anchor}">{_html_text(event.title)}'
        f'<a class="headerlink" href="#{anchor}" title="Permanent link">¶</a></h{level}>',
        f'<p class="tl-when">{_when(event)}</p>',
    ]
    lines += [f"<p>{_html_text(paragraph)}</p>" for paragraph in _paragraphs(event.text)]
    if event.tags:
        chips = " ".join(
            site.a(page_path, site.tag_paths[tag], _html_text(tag), cls="tl-tag")
            for tag in event.tags
        )
        lines.append(f'<p class="tl-tags">{chips}</p>')
    if event.sources:
        lines.append('<ul class="tl-sources">')
        lines += [
            _source_item(site.sources.get(c.source), c.source, c.quote) for c in event.sources
        ]
        lines.append("</ul>")
    lines += ["</div>", ""]
    return lines


def _section_key(plan: PagePlan, event: Event) -> tuple[str, str] | None:
    """The sub-heading an event sits under on its page (a year on a decade page, etc.)."""
    if plan.kind == "decade":
        return (f"tl-{event.date.year}", str(event.date.year))
    if plan.kind == "year" and event.date.month is not None:
        month = PartialDate(event.date.year, event.date.month)
        return (f"tl-{month.iso()}", month.display())
    return None


def _period_page(plans: Sequence[PagePlan], index: int, site: _Site) -> str:
    plan = plans[index]
    lines = [
        f"# {plan.label}",
        "",
        f'<p class="tl-count">{_plural(len(plan.events), "event")}</p>',
        "",
    ]
    has_sections = any(_section_key(plan, e) for e in plan.events)
    current: tuple[str, str] | None = None
    for event in plan.events:
        key = _section_key(plan, event)
        if key is not None and key != current:
            lines += [f"## {key[1]} {{ #{key[0]} }}", ""]
            current = key
        lines += _event_card(event, site, plan.path, 3 if has_sections else 2)
    pager = []
    if index > 0:
        prev = plans[index - 1]
        pager.append(site.a(plan.path, prev.path, f"← {prev.label}"))
    if index + 1 < len(plans):
        nxt = plans[index + 1]
        pager.append(site.a(plan.path, nxt.path, f"{nxt.label} →"))
    if pager:
        lines += [f'<p class="tl-pager">{" · ".join(pager)}</p>', ""]
    return "\n".join(lines)


def _home_page(
    timeline: Timeline, plans: Sequence[PagePlan], site: _Site, tag_counts: Counter[str]
) -> str:
    events = timeline.chronological()
    lines = [_front_matter(timeline.title) + f"# {_escape_inline(timeline.title)}", ""]
    for paragraph in _paragraphs(timeline.description):
        lines += [_escape_text(paragraph), ""]
    if not events:
        return "\n".join([*lines, "This timeline has no events yet.", ""])
    n_sources = len({s for e in events for s in e.source_ids})
    lines += [
        f'<p class="tl-count">{_plural(len(events), "event")} from {_time(events[0].date)} '
        f"to {_time(events[-1].date)}, citing {_plural(n_sources, 'source')}.</p>",
        "",
        "## Periods",
        "",
        '<ul class="tl-periods">',
    ]
    for plan in plans:
        link = site.a("index.md", plan.path, plan.label)
        lines.append(f"<li>{link} — {_plural(len(plan.events), 'event')}</li>")
    lines += ["</ul>", ""]
    if tag_counts:
        top = sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
        chips = " ".join(
            site.a("index.md", site.tag_paths[tag], f"{_html_text(tag)} ({n})", cls="tl-tag")
            for tag, n in top
        )
        all_tags = site.a("index.md", "tags/index.md", "All tags")
        lines += ["## Tags", "", f'<p class="tl-tags">{chips}</p>', "", f"<p>{all_tags}</p>", ""]
    lines += ["## Latest events", "", "<ul>"]
    lines += [site.event_item(event, "index.md") for event in reversed(events[-5:])]
    lines += ["</ul>", ""]
    return "\n".join(lines)


def _tag_index(site: _Site, tag_counts: Counter[str]) -> str:
    lines = ["# Tags", ""]
    if not tag_counts:
        return "\n".join([*lines, "No event has tags yet.", ""])
    lines += [f"{_plural(len(tag_counts), 'tag')}, by name.", "", '<ul class="tl-tag-index">']
    for tag, path in site.tag_paths.items():
        link = site.a("tags/index.md", path, _html_text(tag))
        lines.append(f"<li>{link} — {_plural(tag_counts[tag], 'event')}</li>")
    lines += ["</ul>", ""]
    return "\n".join(lines)


def _tag_page(tag: str, path: str, events: list[Event], site: _Site) -> str:
    all_tags = site.a(path, "tags/index.md", "All tags")
    lines = [
        _front_matter(f"Tag: {tag}") + f"# Tag: {_escape_inline(tag)}",
        "",
        f'<p class="tl-count">{_plural(len(events), "event")} · {all_tags}</p>',
        "",
        "<ul>",
    ]
    lines += [site.event_item(e, path) for e in events]
    lines += ["</ul>", ""]
    return "\n".join(lines)


def _sources_page(timeline: Timeline, site: _Site) -> str:
    citing: dict[str, list[Event]] = {}
    for event in timeline.chronological():
        for source_id in event.source_ids:
            citing.setdefault(source_id, []).append(event)
    known = {s.id for s in timeline.sources}
    sources = sorted(
        [*timeline.sources, *(Source(id=i) for i in citing if i not in known)],
        key=lambda s: ((s.outlet or s.title or s.id).casefold(), s.id),
    )
    lines = ["# Sources", ""]
    if not sources:
        return "\n".join([*lines, "No sources yet.", ""])
    lines += [f"{_plural(len(sources), 'source')}, by outlet, each with the events it reports."]
    lines += ["", '<ul class="tl-source-index">']
    for source in sources:
        head = f'<li id="{_source_anchor(source.id)}">{_source_label(source)}'
        if source.published is not None:
            head += f" · {_time(source.published)}"
        lines.append(head)
        reported = citing.get(source.id, [])
        if reported:
            lines.append("<ul>")
            lines += [site.event_item(e, "sources.md") for e in reported]
            lines.append("</ul>")
        lines.append("</li>")
    lines += ["</ul>", ""]
    return "\n".join(lines)


def _edit_page(events_path: str) -> str:
    path = _escape_inline(events_path)
    return "\n".join(
        [
            "# How to edit",
            "",
            f"Every page of this site is generated from one file, `{path}`. Edit it with any",
            "text editor; the site follows.",
            "",
            "## Change an event",
            "",
            f"1. Open `{path}` and find the event by its `id` (the anchor of its card: the",
            "   `¶` link next to each title).",
            "2. Change its `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` — write only what is",
            "   known), `title`, `text`, `tags` or `sources`.",
            "3. Set `locked: true` if re-running the extractor must never touch it (an edited",
            "   event is already left alone).",
            f"4. Run `timeline check {path}`: every problem is reported as `file:line:column`.",
            "",
            "## Preview",
            "",
            "```sh",
            "mkdocs serve        # http://127.0.0.1:8000, rebuilds when the file changes",
            "mkdocs build --strict",
            "```",
            "",
            "## Publish",
            "",
            "Push to GitHub with the workflow in `.github/workflows/pages.yml` and choose",
            "*Settings → Pages → Source: GitHub Actions*; every push to the default branch",
            "rebuilds the site. Or publish from your machine to the `gh-pages` branch:",
            "",
            "```sh",
            "mkdocs gh-deploy --strict",
            "```",
            "",
            "## Without the MkDocs plugin",
            "",
            "`timeline render --out docs/timeline` writes these same pages as plain Markdown",
            "files (plus their stylesheet) that any MkDocs can build.",
            "",
        ]
    )


# --- public API ---------------------------------------------------------------------------


def render_pages(
    timeline: Timeline,
    *,
    events_path: str = "events.yaml",
    grouping: Grouping = "auto",
    directory_urls: bool = True,
) -> dict[str, str]:
    """All pages of the site, as `{relative .md path: Markdown}`, in a stable order.

    `events_path` is only quoted on the "how to edit" page. Links between the pages are
    final URLs, so `directory_urls` must match MkDocs' `use_directory_urls` (its default).
    """
    plans = plan_pages(timeline, grouping=grouping)
    tag_counts: Counter[str] = Counter(t for e in timeline.events for t in dict.fromkeys(e.tags))
    site = _Site(
        links=_Links(directory_urls),
        sources={s.id: s for s in timeline.sources},
        tag_paths=_tag_paths(tag_counts),
        where={e.id: p.path for p in plans for e in p.events},
    )
    pages: dict[str, str] = {"index.md": _home_page(timeline, plans, site, tag_counts)}
    for i, plan in enumerate(plans):
        pages[plan.path] = _period_page(plans, i, site)
    pages["tags/index.md"] = _tag_index(site, tag_counts)
    tagged: dict[str, list[Event]] = {tag: [] for tag in site.tag_paths}
    for event in timeline.chronological():
        for tag in dict.fromkeys(event.tags):
            tagged[tag].append(event)
    for tag, path in site.tag_paths.items():
        pages[path] = _tag_page(tag, path, tagged[tag], site)
    pages["sources.md"] = _sources_page(timeline, site)
    pages["edit.md"] = _edit_page(events_path)
    return pages


NavEntry = dict[str, "str | list[NavEntry]"]


def _nav_periods(plans: Sequence[PagePlan], prefix: str) -> list[NavEntry]:
    flat: list[NavEntry] = [{p.label: prefix + p.path} for p in plans]
    if len(plans) <= NAV_FLAT_LIMIT:
        return flat
    decades: dict[int, list[NavEntry]] = {}
    for plan, entry in zip(plans, flat, strict=True):
        decades.setdefault(plan.decade, []).append(entry)
    by_decade: list[tuple[int, NavEntry]] = [
        (d, {_decade_label(d): entries if len(entries) > 1 else [*entries]})
        for d, entries in decades.items()
    ]
    if len(by_decade) <= NAV_FLAT_LIMIT:
        return [entry for _, entry in by_decade]
    centuries: dict[int, list[NavEntry]] = {}
    for decade, entry in by_decade:
        centuries.setdefault(decade // 100 * 100, []).append(entry)
    return [{f"{c}–{c + 99}": entries} for c, entries in centuries.items()]


def nav_entries(
    timeline: Timeline, *, grouping: Grouping = "auto", prefix: str = ""
) -> list[NavEntry]:
    """A short MkDocs `nav` for the generated pages: periods in sections, one entry per index.

    Tag pages are reached from the tag index, not listed one by one.
    """
    plans = plan_pages(timeline, grouping=grouping)
    return [
        {"Home": prefix + "index.md"},
        {"Timeline": _nav_periods(plans, prefix)},
        {"Tags": prefix + "tags/index.md"},
        {"Sources": prefix + "sources.md"},
        {"How to edit": prefix + "edit.md"},
    ]


def stylesheet() -> str:
    """The card stylesheet shipped with the package (`timeline/assets/timeline.css`)."""
    from importlib.resources import files

    return (files("timeline") / STYLESHEET).read_text(encoding="utf-8")
