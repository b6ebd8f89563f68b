"""The zoomable time axis: one data file for the whole timeline, one container per page.

The axis is drawn in the browser by `assets/timeline.js` (plain SVG, no library, no
network), from `assets/timeline-data.js`: every event's span in days at its own precision
(a month event spans its month), its card's page, its weight, its tags and sources, and
the eras. One file serves every page, so a period page's axis can still pan to other
periods and a `?tag=` filter covers the whole timeline. It is a script rather than JSON so
that a site opened from disk (`file://`, where `fetch` is refused) still draws its axis.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from timeline.generate._links import Links
from timeline.generate._locale import Locale
from timeline.generate._plan import PagePlan
from timeline.generate._slug import anchor, tag_paths
from timeline.generate._text import clean_text, escape_attr, html_text
from timeline.model import Event, PartialDate, Source, Timeline

DATA_SCRIPT = "assets/timeline-data.js"
"""Where the axis data lives, in the site (beside the stylesheet and the script)."""

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
    scores = sorted((importance(e) for e in events), reverse=True)
    if not scores or scores[0] == scores[-1]:
        return {e.id: 1 for e in events}
    heavy = scores[max(0, len(scores) // 10 - 1)]
    middle = scores[max(0, len(scores) * 3 // 10 - 1)]
    out = {}
    for event in events:
        score = importance(event)
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


def axis_data(timeline: Timeline, plans: Sequence[PagePlan], links: Links) -> str:
    """The content of `DATA_SCRIPT`: `window.timelineAxisData = {...};`.

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
    events = []
    for event in timeline.chronological():
        start, end = span_days(event.date, event.end)
        events.append(
            [
                anchor(event.id),
                start,
                end,
                int(event.date.precision),
                clean_text(" ".join(event.title.split())),
                where[event.id],
                weight[event.id],
                [tag_index[tag_keys[t]] for t in dict.fromkeys(event.tags)],
                [source_index[s] for s in event.source_ids],
            ]
        )
    data = {
        "pages": [links.href("index.md", plan.path) for plan in plans],
        "tags": [[key, tag_names[key]] for key in tags],
        "sources": [[s, _source_label(known[s]) if s in known else clean_text(s)] for s in sources],
        "eras": [[clean_text(era.title), *span_days(era.start, era.end)] for era in timeline.eras],
        "events": events,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"window.timelineAxisData = {text};\n"


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
