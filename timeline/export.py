"""A `Timeline` as text other tools read: JSON, CSV, TimelineJS3 JSON, iCalendar and feeds.

Pure functions (Timeline → str) so the CLI, tests and other programs share one definition of
each format. Every format lists events chronologically, keeps a date's precision (a year is
the whole year, never January 1st) and treats all text from events.yaml as untrusted: CSV
cells cannot start a spreadsheet formula, TimelineJS text is HTML-escaped, iCalendar text is
escaped and folded per RFC 5545.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import urlsplit

from timeline.generate._locale import locale_for
from timeline.model import (
    Citation,
    Era,
    Event,
    Media,
    PartialDate,
    Precision,
    Source,
    Timeline,
)

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "GROUPINGS",
    "ICS_BLOCK_DAYS",
    "ICS_EPOCH",
    "JSON_FORMAT_VERSION",
    "ExportFormat",
    "GroupBy",
    "export_csv",
    "export_ics",
    "export_json",
    "export_timeline",
    "export_timelinejs",
]

ExportFormat = Literal["json", "csv", "timelinejs", "ics", "atom", "rss"]
FORMATS: tuple[ExportFormat, ...] = ("json", "csv", "timelinejs", "ics", "atom", "rss")

GroupBy = Literal["tag", "source", "none"]
GROUPINGS: tuple[GroupBy, ...] = ("none", "tag", "source")
"""The facets a TimelineJS slide's `group` (its row on the time axis) can come from."""

ICS_BLOCK_DAYS = 21
"""A day-precise range up to three weeks is one calendar block; a longer or vaguer event is
one all-day entry on its first day, so a calendar is not covered by month-long bars."""

JSON_FORMAT_VERSION = 1
"""Bumped only when a key of the JSON export changes meaning or disappears."""

CSV_COLUMNS = (
    "id",
    "date",
    "end",
    "precision",
    "title",
    "text",
    "tags",
    "sources",
    "url",
    "quotes",
    "status",
    "disputed",
    "review",
    "importance",
)

ICS_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""DTSTAMP when no source has a publication date: fixed, so exports are reproducible."""


def export_timeline(
    timeline: Timeline, fmt: ExportFormat, *, group: GroupBy = "none", site_url: str = ""
) -> str:
    """The timeline in one of `FORMATS`; raises ValueError for any other name.

    `group` is TimelineJS's facet (`export_timelinejs`); `site_url` is where the feeds link
    their entries (`timeline.feed`).
    """
    from timeline.feed import export_atom, export_rss

    exporters: dict[str, Callable[[Timeline], str]] = {
        "json": export_json,
        "csv": export_csv,
        "timelinejs": lambda t: export_timelinejs(t, group=group),
        "ics": export_ics,
        "atom": lambda t: export_atom(t, site_url=site_url),
        "rss": lambda t: export_rss(t, site_url=site_url),
    }
    if fmt not in exporters:
        raise ValueError(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    return exporters[fmt](timeline)


# --- shared ------------------------------------------------------------------------------


def _end(event: Event) -> PartialDate | None:
    """The end date, or None when there is none or it repeats the start."""
    return None if event.end is None or event.end == event.date else event.end


def _last_day(event: Event) -> dt.date:
    return (_end(event) or event.date).last_day()


_UNSAFE_URL_RE = re.compile(r"[\s\x00-\x1f\x7f]")


def _web_url(url: str) -> str | None:
    """The URL if it is a plain web link; `javascript:` and friends are never passed on, nor
    is an address Python cannot parse (`http://[::1`)."""
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme
    except ValueError:
        return None
    if scheme.lower() in {"http", "https"} and not _UNSAFE_URL_RE.search(url):
        return url
    return None


def _cited(timeline: Timeline, event: Event) -> list[tuple[Citation, Source | None]]:
    return [(c, timeline.source(c.source)) for c in event.sources]


def _first_url(timeline: Timeline, event: Event) -> str:
    """The web address of the first cited source that has one."""
    for source_id in event.source_ids:
        source = timeline.source(source_id)
        url = _web_url(source.url) if source else None
        if url:
            return url
    return ""


def _display_span(event: Event) -> str:
    """'June 19, 2024', or 'June 2024 – 1972' for a span, at each date's own precision."""
    end = _end(event)
    return event.date.display() if end is None else f"{event.date.display()} – {end.display()}"


# --- JSON --------------------------------------------------------------------------------


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published.iso() if source.published else None,
        "language": source.language,
    }


def _citation_json(citation: Citation, source: Source | None) -> dict[str, Any]:
    return {
        "source": citation.source,
        "title": source.title if source else "",
        "outlet": source.outlet if source else "",
        "url": source.url if source else "",
        "quote": citation.quote,
        "start": citation.start,
        "end": citation.end,
    }


def _event_json(timeline: Timeline, event: Event) -> dict[str, Any]:
    end = _end(event)
    return {
        "id": event.id,
        "date": event.date.iso(),
        "end": end.iso() if end else None,
        "precision": event.date.precision.name.lower(),
        "start": event.date.first_day().isoformat(),
        "end_day": _last_day(event).isoformat(),
        "title": event.title,
        "text": event.text,
        "tags": list(event.tags),
        "sources": [_citation_json(c, s) for c, s in _cited(timeline, event)],
        "locked": event.locked,
        "importance": event.importance,
        "status": event.status or None,
        "disputed": [{"source": d.source, "date": d.date.iso()} for d in event.disputed],
        "review": event.review,
    }


def export_json(timeline: Timeline) -> str:
    """The timeline's facts as a documented JSON object (see docs/export.md), events in order.

    `date`/`end` are as written in events.yaml ("1961", "2024-06"); `start`/`end_day` are the
    first and last ISO day they cover, so programs can compare events without parsing
    precisions. Keys are fixed and always present (null or empty when unknown).
    """
    data = {
        "format": "timeline",
        "version": JSON_FORMAT_VERSION,
        "title": timeline.title,
        "description": timeline.description,
        "language": timeline.language or None,
        "sources": [_source_json(s) for s in timeline.sources],
        "events": [_event_json(timeline, e) for e in timeline.chronological()],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- CSV ---------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""What starts a formula, with the fullwidth forms some spreadsheets also accept."""
_CSV_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters but tab and line breaks: dropped from every cell."""


def _csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading '.

    Spreadsheets run a cell that starts with = + - @ (also after leading spaces, and a cell
    starting with a tab or carriage return) as a formula — the classic CSV injection. Some
    also skip a leading NUL or other control character, so those are dropped first and the
    rule is applied to what is left; leading invisible format characters (zero-width
    spaces, bidi marks) are looked through too.
    """
    value = _CSV_CONTROL.sub("", value)
    if value[:1] in ("\t", "\r") or _visible_start(value).startswith(_FORMULA_START):
        return "'" + value
    return value


def _visible_start(value: str) -> str:
    """The text from its first character that is neither whitespace nor invisible."""
    for at, char in enumerate(value):
        if not char.isspace() and unicodedata.category(char) != "Cf":
            return value[at:]
    return ""


def _csv_row(timeline: Timeline, event: Event) -> list[str]:
    end = _end(event)
    return [
        event.id,
        event.date.iso(),
        end.iso() if end else "",
        event.date.precision.name.lower(),
        event.title,
        event.text,
        "; ".join(event.tags),
        "; ".join(event.source_ids),
        _first_url(timeline, event),
        "\n".join(c.quote for c in event.sources if c.quote.strip()),
        event.status,
        "; ".join(f"{d.source} {d.date.iso()}" for d in event.disputed),
        "true" if event.review else "",
        _number(event.importance),
    ]


def _number(value: float | None) -> str:
    """An importance as events.yaml writes it ("3", "2.5"), empty when the event has none."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:.6f}".rstrip("0")


def export_csv(timeline: Timeline) -> str:
    """One row per event under a header row, RFC 4180 (CRLF rows, quoted where needed).

    Tags and source ids are joined by "; ", quotes by a line break inside the cell.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in timeline.chronological():
        writer.writerow([_csv_cell(cell) for cell in _csv_row(timeline, event)])
    return out.getvalue()


# --- TimelineJS --------------------------------------------------------------------------


def _tljs_date(date: PartialDate) -> dict[str, Any]:
    """A TimelineJS date object with only the parts that are known."""
    out: dict[str, Any] = {"year": date.year}
    if date.month is not None:
        out["month"] = date.month
    if date.day is not None:
        out["day"] = date.day
    out["display_date"] = date.display()
    return out


def _html(text: str) -> str:
    return html.escape(text, quote=True)


def _tljs_label(text: str) -> str:
    """A group label, escaped twice: TimelineJS decodes it to plain text (`stripMarkup`)
    and then inserts that text as HTML (`innerHTML`), so one escape would let a tag such as
    `<img onerror=…>` through; after two, the label shows exactly as written."""
    return _html(_html(text))


def _html_paragraphs(text: str) -> str:
    """Untrusted plain text as escaped paragraphs; single line breaks are kept."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(
        f"<p>{'<br>'.join(_html(line) for line in p.splitlines())}</p>" for p in paragraphs
    )


def _html_citation(citation: Citation, source: Source | None) -> str:
    if source is None:
        label = _html(citation.source)
    else:
        name = _html(source.name)
        url = _web_url(source.url)
        label = f'<a href="{_html(url)}" rel="nofollow noopener">{name}</a>' if url else name
        if source.outlet and source.title:
            label = f"{_html(source.outlet)}: {label}"
        if source.published is not None:
            label += f" ({_html(source.published.display())})"
    if citation.quote.strip():
        label += f" — <q>{_html(' '.join(citation.quote.split()))}</q>"
    return f"<li>{label}</li>"


def _tljs_text(timeline: Timeline, event: Event) -> str:
    body = _html_paragraphs(event.text)
    cited = _cited(timeline, event)
    if cited:
        items = "".join(_html_citation(c, s) for c, s in cited)
        body += f'<ul class="tl-sources">{items}</ul>'
    return body


def _tljs_event(timeline: Timeline, event: Event, group: GroupBy) -> dict[str, Any]:
    slide: dict[str, Any] = {"start_date": _tljs_date(event.date)}
    end = _end(event)
    if end is not None:
        slide["end_date"] = _tljs_date(end)
    slide["display_date"] = _display_span(event)
    if event.planned:
        slide["display_date"] += f" ({locale_for(timeline.language or 'en').words.planned})"
    slide["text"] = {"headline": _html(event.title), "text": _tljs_text(timeline, event)}
    if event.media is not None:
        slide["media"] = _tljs_media(event.media)
    label = _tljs_group(timeline, event, group)
    if label:
        slide["group"] = _tljs_label(label)
    slide["unique_id"] = event.id
    return slide


def _tljs_media(media: Media) -> dict[str, str]:
    """TimelineJS's media object: caption and credit are rendered as HTML, so escaped; `alt`
    is set as a DOM property, so plain text. A path under docs/ stays relative: it resolves
    against the page that embeds the timeline, as it does on the generated site."""
    out = {"url": media.url, "alt": " ".join(media.alt.split())}
    if media.caption:
        out["caption"] = _html(media.caption)
    if media.credit:
        out["credit"] = _html(media.credit)
    return out


def _tljs_era(era: Era) -> dict[str, Any]:
    return {
        "start_date": _tljs_date(era.start),
        "end_date": _tljs_date(era.end),
        "text": {"headline": _html(era.title)},
    }


def _tljs_group(timeline: Timeline, event: Event, group: GroupBy) -> str:
    """The facet value an event is grouped under: its first tag, or its first source's name."""
    if group == "tag":
        return event.tags[0] if event.tags else ""
    if group == "source" and event.source_ids:
        source = timeline.source(event.source_ids[0])
        return source.name if source is not None else event.source_ids[0]
    return ""


def export_timelinejs(timeline: Timeline, *, group: GroupBy = "none") -> str:
    """The TimelineJS3 JSON format: a title slide and one slide per event.

    Dates carry only their known parts (a year-only event has only `year`), `display_date`
    is the date at its precision, text is HTML-escaped (TimelineJS renders HTML) and the
    cited sources follow as a list with links. `group` puts each slide in a row of the time
    axis by its first tag or first source (TimelineJS draws one row per group); "none" keeps
    one row. An event's image is its `media`; the timeline's eras are TimelineJS eras.
    """
    data: dict[str, Any] = {
        "title": {
            "text": {
                "headline": _html(timeline.title),
                "text": _html_paragraphs(timeline.description),
            }
        },
        "events": [_tljs_event(timeline, e, group) for e in timeline.chronological()],
    }
    if timeline.eras:
        data["eras"] = [_tljs_era(era) for era in timeline.eras]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- iCalendar ---------------------------------------------------------------------------

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _ics_text(text: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def _ics_fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never splitting a character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    chunks: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    chunks.append(current)
    return "\r\n ".join(chunks)


def _ics_day(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _ics_stamp(timeline: Timeline) -> str:
    """DTSTAMP: the end of the newest source publication date, or the fixed `ICS_EPOCH`.

    Derived from the data, never the clock, so exporting twice gives the same bytes.
    """
    published = [s.published.last_day() for s in timeline.sources if s.published is not None]
    moment = (
        dt.datetime.combine(max(published), dt.time(), tzinfo=dt.UTC) if published else ICS_EPOCH
    )
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _ics_description(timeline: Timeline, event: Event) -> str:
    parts = [event.text.strip()] if event.text.strip() else []
    lines = []
    for citation, source in _cited(timeline, event):
        if source is None:
            line = f"- {citation.source}"
        else:
            line = "- " + (", ".join(p for p in (source.outlet, source.title) if p) or source.name)
            if source.published is not None:
                line += f" ({source.published.display()})"
            url = _web_url(source.url)
            if url:
                line += f" {url}"
        if citation.quote.strip():
            line += f': "{" ".join(citation.quote.split())}"'
        lines.append(line)
    if lines:
        parts.append("Sources:\n" + "\n".join(lines))
    return "\n\n".join(parts)


def _ics_block(event: Event) -> bool:
    """Whether the event is shown as a block over the days it covers: only a day-precise
    event or range of at most `ICS_BLOCK_DAYS` days."""
    end = _end(event) or event.date
    if event.date.precision is not Precision.DAY or end.precision is not Precision.DAY:
        return False
    return (end.last_day() - event.date.first_day()).days < ICS_BLOCK_DAYS


def _ics_event(timeline: Timeline, event: Event, stamp: str) -> list[str]:
    block = _ics_block(event)
    first = event.date.first_day()
    last = _last_day(event) if block else first
    summary = (
        event.title if block and _end(event) is None else f"{event.title} ({_display_span(event)})"
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_ics_text(event.id)}@timeline",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_ics_day(first)}",
    ]
    if last < dt.date.max:
        lines.append(f"DTEND;VALUE=DATE:{_ics_day(last + dt.timedelta(days=1))}")
    else:  # 9999-12-31 has no next day to end on
        lines.append(f"DURATION:P{(last - first).days + 1}D")
    lines.append(f"SUMMARY:{_ics_text(summary)}")
    if event.planned:
        lines.append("STATUS:TENTATIVE")  # RFC 5545: a plan, not yet confirmed
    description = _ics_description(timeline, event)
    if description:
        lines.append(f"DESCRIPTION:{_ics_text(description)}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(_ics_text(tag) for tag in event.tags))
    url = _first_url(timeline, event)
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def export_ics(timeline: Timeline) -> str:
    """An iCalendar file (RFC 5545) with one all-day VEVENT per event.

    A day, or a day-precise range of up to `ICS_BLOCK_DAYS`, covers its days (DTEND is the
    exclusive next day). A year, a month or a longer range is one all-day entry on its first
    day with the span in its summary ("Talks (June 2024)"), never a months-long bar. The UID
    is the event id + "@timeline" so re-imports update events instead of duplicating them,
    and DTSTAMP comes from the sources' publication dates (no clock).
    """
    stamp = _ics_stamp(timeline)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//timeline export//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(timeline.title)}",
    ]
    if timeline.description.strip():
        lines.append(f"X-WR-CALDESC:{_ics_text(timeline.description.strip())}")
    for event in timeline.chronological():
        lines += _ics_event(timeline, event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(_ics_fold(line) + "\r\n" for line in lines)
