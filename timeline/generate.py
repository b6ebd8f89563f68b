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
import posixpath
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


def _rel(from_path: str, to_path: str) -> str:
    """A relative link between two generated pages (both paths relative to the docs root)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


# --- rendering pieces ---------------------------------------------------------------------


def _time(date: PartialDate) -> str:
    return f'<time datetime="{date.iso()}">{date.display()}</time>'


def _when(event: Event) -> str:
    if event.end is None or event.end == event.date:
        return _time(event.date)
    return f"{_time(event.date)} – {_time(event.end)}"


def _source_line(source: Source | None, source_id: str, quote: str, sources_link: str) -> str:
    if source is None:
        label = _escape_inline(source_id)
        parts = [f'<span class="tl-outlet">{label}</span>']
    else:
        outlet = _escape_inline(source.outlet or source.title or source.id)
        url = _safe_url(source.url)
        parts = [f'<span class="tl-outlet">{outlet}</span>']
        if source.title and source.outlet:
            title = _escape_inline(source.title)
            if url:
                parts.append(f'<a href="{_escape_attr(url)}" rel="nofollow">{title}</a>')
            else:
                parts.append(title)
        elif url:
            parts.append(f'<a href="{_escape_attr(url)}" rel="nofollow">link</a>')
        if source.published is not None:
            parts.append(_time(source.published))
    anchor = f"[&#8599;]({sources_link}#{_source_anchor(source_id)})" + '{ title="All events" }'
    line = " · ".join(parts) + f" {anchor}"
    if quote.strip():
        line += f'\n    <q class="tl-quote">{_escape_inline(quote)}</q>'
    return line


def _source_anchor(source_id: str) -> str:
    return "source-" + _slug(source_id)


def _event_card(
    event: Event,
    timeline: Timeline,
    page_path: str,
    tag_paths: dict[str, str],
    level: int,
) -> list[str]:
    hashes = "#" * level
    lines = [
        '<article class="tl-event" markdown>',
        "",
        f"{hashes} {_escape_inline(event.title)} {{ #{_anchor(event.id)} .tl-title }}",
        "",
        f'<p class="tl-when">{_when(event)}</p>',
        "",
    ]
    for paragraph in _paragraphs(event.text):
        lines += [_escape_text(paragraph), ""]
    if event.tags:
        chips = " ".join(
            f"[{_escape_inline(tag)}]({_rel(page_path, tag_paths[tag])}){{ .tl-tag }}"
            for tag in event.tags
        )
        lines += [chips, "{: .tl-tags }", ""]
    if event.sources:
        sources_link = _rel(page_path, "sources.md")
        lines.append('<div class="tl-sources" markdown>')
        lines.append("")
        for citation in event.sources:
            source = timeline.source(citation.source)
            lines.append("- " + _source_line(source, citation.source, citation.quote, sources_link))
        lines += ["", "</div>", ""]
    lines += ["</article>", ""]
    return lines


def _section_key(plan: PagePlan, event: Event) -> tuple[str, str] | None:
    """The sub-heading an event sits under on its page (a year on a decade page, etc.)."""
    if plan.kind == "decade":
        return (f"tl-{event.date.year}", str(event.date.year))
    if plan.kind == "year" and event.date.month is not None:
        month = PartialDate(event.date.year, event.date.month)
        return (f"tl-{month.iso()}", month.display())
    return None


def _period_page(plan: PagePlan, timeline: Timeline, tag_paths: dict[str, str], pager: str) -> str:
    count = len(plan.events)
    lines = [
        f"# {plan.label}",
        "",
        f'<p class="tl-count">{count} event{"s" if count != 1 else ""}</p>',
        "",
    ]
    has_sections = any(_section_key(plan, e) for e in plan.events)
    current: tuple[str, str] | None = None
    for event in plan.events:
        key = _section_key(plan, event)
        if key is not None and key != current:
            lines += [f"## {key[1]} {{ #{key[0]} }}", ""]
            current = key
        lines += _event_card(event, timeline, plan.path, tag_paths, 3 if has_sections else 2)
    if pager:
        lines += [pager, ""]
    return "\n".join(lines)


def _event_link(event: Event, from_path: str, where: dict[str, str]) -> str:
    target = _rel(from_path, where[event.id]) + f"#{_anchor(event.id)}"
    return f"{_time(event.date)} — [{_escape_inline(event.title)}]({target})"


def _pager(plans: Sequence[PagePlan], index: int) -> str:
    here = plans[index].path
    links = []
    if index > 0:
        prev = plans[index - 1]
        links.append(f"[← {prev.label}]({_rel(here, prev.path)})")
    if index + 1 < len(plans):
        nxt = plans[index + 1]
        links.append(f"[{nxt.label} →]({_rel(here, nxt.path)})")
    return " · ".join(links) + "\n{ .tl-pager }" if links else ""


def _home_page(
    timeline: Timeline,
    plans: Sequence[PagePlan],
    tag_paths: dict[str, str],
    tag_counts: Counter[str],
) -> str:
    events = timeline.chronological()
    lines = [_front_matter(timeline.title) + f"# {_escape_inline(timeline.title)}", ""]
    for paragraph in _paragraphs(timeline.description):
        lines += [_escape_text(paragraph), ""]
    if not events:
        return "\n".join([*lines, "This timeline has no events yet.", ""])
    first, last = events[0].date, events[-1].date
    n_sources = len({s for e in events for s in e.source_ids})
    lines += [
        f'<p class="tl-count">{len(events)} events from {_time(first)} to {_time(last)}, '
        f"citing {n_sources} source{'s' if n_sources != 1 else ''}.</p>",
        "",
        "## Periods",
        "",
        '<div class="tl-periods" markdown>',
        "",
    ]
    for plan in plans:
        n = len(plan.events)
        lines.append(f"- [{plan.label}]({plan.path}) — {n} event{'s' if n != 1 else ''}")
    lines += ["", "</div>", ""]
    if tag_counts:
        lines += ["## Tags", ""]
        chips = [
            f"[{_escape_inline(tag)} ({n})]({tag_paths[tag]}){{ .tl-tag }}"
            for tag, n in sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
        ]
        lines += [" ".join(chips), "", "[All tags](tags/index.md)", ""]
    where = {e.id: p.path for p in plans for e in p.events}
    lines += ["## Latest events", ""]
    for event in reversed(events[-5:]):
        lines.append("- " + _event_link(event, "index.md", where))
    lines.append("")
    return "\n".join(lines)


def _tag_index(tag_paths: dict[str, str], tag_counts: Counter[str]) -> str:
    lines = ["# Tags", ""]
    if not tag_counts:
        return "\n".join([*lines, "No event has tags yet.", ""])
    lines += [f"{len(tag_counts)} tags, by name.", ""]
    for tag in tag_paths:
        n = tag_counts[tag]
        path = _rel("tags/index.md", tag_paths[tag])
        lines.append(f"- [{_escape_inline(tag)}]({path}) — {n} event{'s' if n != 1 else ''}")
    lines.append("")
    return "\n".join(lines)


def _tag_page(tag: str, path: str, events: list[Event], where: dict[str, str]) -> str:
    n = len(events)
    lines = [
        _front_matter(f"Tag: {tag}") + f"# Tag: {_escape_inline(tag)}",
        "",
        f'<p class="tl-count">{n} event{"s" if n != 1 else ""} · [All tags](index.md)</p>',
        "",
    ]
    lines += ["- " + _event_link(e, path, where) for e in events]
    lines.append("")
    return "\n".join(lines)


def _sources_page(timeline: Timeline, where: dict[str, str]) -> str:
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
    lines += [f"{len(sources)} sources, by outlet. Each lists the events it reports.", ""]
    for source in sources:
        outlet = _escape_inline(source.outlet or source.id)
        title = _escape_inline(source.title) if source.title else ""
        url = _safe_url(source.url)
        head = f'<span id="{_source_anchor(source.id)}"></span>**{outlet}**'
        if title:
            head += (
                f' — <a href="{_escape_attr(url)}" rel="nofollow">{title}</a>'
                if url
                else f" — {title}"
            )
        elif url:
            head += f' — <a href="{_escape_attr(url)}" rel="nofollow">{_escape_inline(url)}</a>'
        if source.published is not None:
            head += f" ({_time(source.published)})"
        lines.append(f"- {head}")
        for event in citing.get(source.id, []):
            lines.append("    - " + _event_link(event, "sources.md", where))
    lines.append("")
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
    timeline: Timeline, *, events_path: str = "events.yaml", grouping: Grouping = "auto"
) -> dict[str, str]:
    """All pages of the site, as `{relative .md path: Markdown}`, in a stable order.

    `events_path` is only quoted on the "how to edit" page.
    """
    plans = plan_pages(timeline, grouping=grouping)
    where = {e.id: p.path for p in plans for e in p.events}
    tag_counts: Counter[str] = Counter(t for e in timeline.events for t in dict.fromkeys(e.tags))
    tag_paths = _tag_paths(tag_counts)
    pages: dict[str, str] = {
        "index.md": _home_page(timeline, plans, tag_paths, tag_counts),
    }
    for i, plan in enumerate(plans):
        pages[plan.path] = _period_page(plan, timeline, tag_paths, _pager(plans, i))
    pages["tags/index.md"] = _tag_index(tag_paths, tag_counts)
    chronological = timeline.chronological()
    for tag, path in tag_paths.items():
        tagged = [e for e in chronological if tag in e.tags]
        pages[path] = _tag_page(tag, path, tagged, where)
    pages["sources.md"] = _sources_page(timeline, where)
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
