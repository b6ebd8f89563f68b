"""The zoomable time axis: its data files for the whole timeline, one container per page.

The axis is drawn in the browser by `assets/timeline.js` (plain SVG, no library, no
network), from `assets/timeline-data.js`: every event's span in days at its own precision
(a month event spans its month), its card's page, its weight, its tags and sources, and
the eras. One file serves every page, so a period page's axis can still pan to other
periods and a `?tag=` filter covers the whole timeline. It is a script rather than JSON so
that a site opened from disk (`file://`, where `fetch` is refused) still draws its axis.

A big timeline's events would make that file grow without bound (8 MB at 100,000 events,
which every page would load). Past `AXIS_INLINE` events they go into parts instead
(`assets/timeline-axis/<n>.js`, `AXIS_PART` events each, in date order), and the data file
holds where each part starts and ends and a histogram of all events: a view with more
events than can be drawn one by one shows the histogram, and the script loads only the
parts a closer view (or a filter) needs. Its sources' ids and names wait in a file of their
own (`SOURCES_SCRIPT`), loaded only for a source filter: with thousands of sources they were
most of the data file.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from typing import Any

from timeline.generate._links import Links
from timeline.generate._locale import Locale
from timeline.generate._memo import recall
from timeline.generate._plan import PagePlan
from timeline.generate._slug import anchor, tag_paths
from timeline.generate._text import clean_text, escape_attr, html_text
from timeline.model import Event, PartialDate, Source, Timeline

DATA_SCRIPT = "assets/timeline-data.js"
"""Where the axis data lives, in the site (beside the stylesheet and the script)."""

PARTS_FOLDER = "assets/timeline-axis/"
"""Where the parts of a big timeline's axis data go (`<n>.js`, from 0)."""
SOURCES_SCRIPT = PARTS_FOLDER + "sources.js"
"""A big timeline's sources (`[[id, name], ...]`, indexed by the events' rows), loaded
only for a source filter."""
AXIS_INLINE = 5_000
"""Up to this many events, the data file holds them all (no parts)."""
AXIS_PART = 2_000
"""Events in a part: about 160 KB, a period page's view needs one or two."""
HISTOGRAM_BUCKETS = 1_000
"""Bars of the histogram of all events (the axis draws at most a few hundred)."""

_EPOCH = dt.date(1970, 1, 1).toordinal()


def importance(event: Event) -> float:
    """How much an event weighs on the axis: the score `extract --top` ranks dates by.

    Distinct sources count most, extra citations a little (the extractor's repeat count is
    not stored in events.yaml). The one place to swap in an explicit `importance:` field.
    """
    sources = len(event.source_ids)
    return sources + 0.5 * (len(event.sources) - sources)


def weights(events: Sequence[Event]) -> dict[str, int]:
    """Each event's visual weight, 1 (most) to 3 (key events): the top tenth of scores is 3,
    the next fifth 2. Equal scores weigh the same; a timeline where all are equal is all 1."""
    own = [importance(e) for e in events]
    scores = sorted(own, reverse=True)
    if not scores or scores[0] == scores[-1]:
        return {e.id: 1 for e in events}
    heavy = scores[max(0, len(scores) // 10 - 1)]
    middle = scores[max(0, len(scores) * 3 // 10 - 1)]
    out = {}
    for event, score in zip(events, own, strict=True):
        out[event.id] = 3 if score >= heavy else 2 if score >= middle and score > scores[-1] else 1
    return out


def day_number(date: dt.date) -> int:
    """Days since 1970-01-01 (negative before), the axis's unit."""
    return date.toordinal() - _EPOCH


def span_days(start: PartialDate, end: PartialDate | None) -> tuple[int, int]:
    """The first day and the day after the last, at the dates' own precision."""
    last = (end or start).last_day()
    return day_number(start.first_day()), day_number(last) + 1


def plan_span(plan: PagePlan) -> tuple[int, int]:
    """The days a period page covers (the whole year of a year page, and so on)."""
    first = plan.events[0].date
    if plan.kind == "decade":
        decade = first.year // 10 * 10
        return span_days(PartialDate(decade), PartialDate(min(decade + 9, 9999)))
    if plan.kind == "month" and first.month is not None:
        return span_days(PartialDate(first.year, first.month), None)
    return span_days(PartialDate(first.year), None)


def _source_label(source: Source) -> str:
    return clean_text(source.outlet or source.title or source.id)


def axis_data(
    timeline: Timeline,
    plans: Sequence[PagePlan],
    links: Links,
    *,
    inline: int = AXIS_INLINE,
    part: int = AXIS_PART,
    memo: dict[object, Any] | None = None,
) -> dict[str, str]:
    """`{DATA_SCRIPT: "window.timelineAxisData = {...};"}`, and the parts' files past
    `inline` events (`part` events each). A `memo` kept between calls (`mkdocs serve`)
    reuses each unchanged event's row.

    Text stays plain in the data; the script escapes it when it draws.
    """
    page_index = {plan.path: i for i, plan in enumerate(plans)}
    where = {e.id: page_index[p.path] for p in plans for e in p.events}
    counts: dict[str, None] = {}
    for event in timeline.events:
        counts.update(dict.fromkeys(event.tags))
    paths = tag_paths(counts)
    tag_keys = {t: paths[t].removeprefix("tags/").removesuffix(".md") for t in counts}
    tags = list(dict.fromkeys(tag_keys[t] for t in sorted(counts, key=str.casefold)))
    tag_names = {tag_keys[t]: clean_text(t) for t in counts}
    tag_index = {key: i for i, key in enumerate(tags)}
    known = {s.id: s for s in timeline.sources}
    cited = dict.fromkeys(s for e in timeline.events for s in e.source_ids)
    sources = list(cited)
    source_index = {s: i for i, s in enumerate(sources)}
    weight = weights(timeline.events)
    events: list[list[Any]] = []
    for event in timeline.chronological():
        own = recall(memo, "axis", event, (), functools.partial(_own_row, event))
        events.append(
            [
                *own,
                where[event.id],
                weight[event.id],
                [tag_index[tag_keys[t]] for t in dict.fromkeys(event.tags)],
                [source_index[s] for s in event.source_ids],
            ]
        )
    named = [[s, _source_label(known[s]) if s in known else clean_text(s)] for s in sources]
    data: dict[str, object] = {
        "pages": [links.href("index.md", plan.path) for plan in plans],
        "tags": [[key, tag_names[key]] for key in tags],
        "eras": [[clean_text(era.title), *span_days(era.start, era.end)] for era in timeline.eras],
    }
    files: dict[str, str] = {}
    if len(events) <= inline:
        data["sources"] = named
        data["events"] = events
    else:
        # Only a source filter needs every source's id and name (a page's source picker
        # names its own from its cards): 0.5 of 0.54 MB at 100,000 events and 20,000
        # sources, which every page would load for its axis.
        files[SOURCES_SCRIPT] = f"window.timelineAxisSources = {_json(named)};\n"
        chunks = [events[i : i + part] for i in range(0, len(events), part)]
        data["parts"] = [[c[0][1], max(row[2] for row in c), len(c)] for c in chunks]
        data["histogram"] = _histogram(events)
        for number, chunk in enumerate(chunks):
            rows = _json(chunk)
            files[f"{PARTS_FOLDER}{number}.js"] = (
                f"(window.timelineAxisParts = window.timelineAxisParts || {{}})[{number}] = "
                f"{rows};\n"
            )
    return {DATA_SCRIPT: f"window.timelineAxisData = {_json(data)};\n", **files}


def _own_row(event: Event) -> tuple[object, ...]:
    """What an event's row holds of the event alone: anchor, span, precision, title."""
    start, end = span_days(event.date, event.end)
    title = clean_text(" ".join(event.title.split()))
    return (anchor(event.id), start, end, int(event.date.precision), title)


def _histogram(events: list[list[Any]]) -> dict[str, object]:
    """Events per stretch of `step` days from `from` (by their first day): what the axis
    draws when a view holds more events than it can draw one by one."""
    first = events[0][1]
    last = max(row[1] for row in events)
    step = max(1, -(-(last - first + 1) // HISTOGRAM_BUCKETS))
    counts = [0] * ((last - first) // step + 1)
    for row in events:
        counts[(row[1] - first) // step] += 1
    return {"from": first, "step": step, "counts": counts}


def _json(value: object) -> str:
    """Compact JSON (the data files are scripts of their own: nothing in them can close an
    HTML `<script>` element)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def axis_block(
    page_path: str, links: Links, locale: Locale, span: tuple[int, int] | None = None
) -> list[str]:
    """The axis's container on a page (hidden until the script draws into it).

    `span` is the days the axis opens on (a period page's own period); none shows it all.
    """
    words = locale.words
    root = links.root(page_path)
    opens = f' data-from="{span[0]}" data-to="{span[1]}"' if span else ""

    def button(action: str, label: str, text: str) -> str:
        return (
            f'<button type="button" class="tl-axis-button" data-zoom="{action}" '
            f'aria-label="{escape_attr(label)}" title="{escape_attr(label)}">{text}</button>'
        )

    return [
        f'<div class="tl-timeaxis" data-src="{escape_attr(root + DATA_SCRIPT)}" '
        f'data-root="{escape_attr(root)}"{opens} hidden>',
        f'<div class="tl-axis-bar" role="toolbar" aria-label="{escape_attr(words.axis)}">'
        + button("in", words.zoom_in, "+")
        + button("out", words.zoom_out, "−")
        + button("reset", words.zoom_reset, html_text(words.zoom_reset))
        + "</div>",
        f'<div class="tl-axis-view" tabindex="0" role="group" '
        f'aria-label="{escape_attr(words.axis)}"></div>',
        "</div>",
    ]
