"""`Timeline` → canonical events.yaml text that people can read, diff and edit.

Written by hand rather than with `yaml.dump`: the layout (key order, block lists, one blank
line between events, `|-` blocks for multi-line text) is part of the format, and a string is
quoted only when YAML would otherwise read it as something else, so the text stays readable
and `parse_timeline(dump_timeline(t))` gives back exactly `t`.
"""

from __future__ import annotations

import json
import re

from timeline.model import Citation, Era, Event, Media, PartialDate, Source, Timeline
from timeline.store._compose import RESOLVERS, resolve_plain
from timeline.store.schema import SCHEMA_LINE

__all__ = ["dump_event", "dump_timeline"]

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVED = frozenset(first for first in RESOLVERS if first)
"""First characters of the plain scalars YAML may read as something else than a string."""

# Plain (unquoted) scalars: start with a letter, digit or non-ASCII character, and contain
# no character that YAML cannot print unescaped; `: `, ` #` and a final `:` are checked apart.
_PLAIN = re.compile(
    r"(?![\u2028\u2029])[A-Za-z0-9\u00a1-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    r"[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*"
)
_PLAIN_IN_FLOW = re.compile(r"[^,\[\]{}]*")
# Characters a double-quoted scalar must escape beyond what JSON escapes.
_UNPRINTABLE = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
# Text that a `|-` literal block reproduces exactly.
_LITERAL_OK = re.compile(r"[^\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*")


def _is_plain(value: str, flow: bool = False) -> bool:
    return (
        _PLAIN.fullmatch(value) is not None
        and not value.endswith((" ", ":"))
        and ": " not in value
        and " #" not in value
        and (not flow or _PLAIN_IN_FLOW.fullmatch(value) is not None)
        and (value[0] not in _RESOLVED or resolve_plain(value) == _STR_TAG)
    )


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _quoted(value: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is a subset of it)."""
    return _UNPRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False))


def _scalar(value: str, flow: bool = False) -> str:
    return value if _is_plain(value, flow) else _quoted(value)


def _literal_lines(value: str) -> list[str] | None:
    """The lines of a `|-` block for multi-line text, or None when it would change it."""
    if "\n" not in value or value.endswith("\n") or value.startswith((" ", "\n")):
        return None
    if _LITERAL_OK.fullmatch(value) is None:
        return None
    lines = value.split("\n")
    if any(line.strip(" ") == "" and line for line in lines):
        return None  # a line of only spaces would lose them
    return lines


def _text_field(key: str, value: str, indent: str) -> list[str]:
    lines = _literal_lines(value)
    if lines is None:
        return [f"{indent}{key}: {_scalar(value)}"]
    inner = indent + "  "
    return [f"{indent}{key}: |-", *(f"{inner}{line}" if line else "" for line in lines)]


def _date(value: PartialDate) -> str:
    """Plain, except a year before 1000 in quotes: editors read a plain `0476` as the number
    476, which their schema (like `timeline check`) refuses as a date."""
    return f'"{value.iso()}"' if value.year < 1000 else value.iso()


def _source_lines(source: Source) -> list[str]:
    out = [f"  - id: {_scalar(source.id)}"]
    for key in ("title", "outlet", "url"):
        value: str = getattr(source, key)
        if value:
            out.extend(_text_field(key, value, "    "))
    if source.published is not None:
        out.append(f"    published: {_date(source.published)}")
    if source.language:
        out.append(f"    language: {_scalar(source.language)}")
    return out


def _citation_lines(citation: Citation) -> list[str]:
    if not citation.quote and citation.start is None and citation.end is None:
        return [f"      - {_scalar(citation.source)}"]
    out = [f"      - source: {_scalar(citation.source)}"]
    if citation.quote:
        out.extend(_text_field("quote", citation.quote, "        "))
    if citation.start is not None:
        out.append(f"        start: {citation.start}")
    if citation.end is not None:
        out.append(f"        end: {citation.end}")
    return out


def _media_lines(media: Media) -> list[str]:
    out = ["    media:"]
    for key in ("url", "alt", "caption", "credit"):
        value: str = getattr(media, key)
        if value:
            out.extend(_text_field(key, value, "      "))
    return out


def _era_lines(era: Era) -> list[str]:
    title = _text_field("title", era.title, "    ")
    return [
        "  - " + title[0].lstrip(),
        *title[1:],
        f"    start: {_date(era.start)}",
        f"    end: {_date(era.end)}",
    ]


def _event_lines(event: Event) -> list[str]:
    out = [f"  - id: {_scalar(event.id)}", f"    date: {_date(event.date)}"]
    if event.end is not None:
        out.append(f"    end: {_date(event.end)}")
    out.extend(_text_field("title", event.title, "    "))
    if event.text:
        out.extend(_text_field("text", event.text, "    "))
    if event.media is not None:
        out.extend(_media_lines(event.media))
    if event.tags:
        out.append(f"    tags: [{', '.join(_scalar(tag, flow=True) for tag in event.tags)}]")
    if event.sources:
        out.append("    sources:")
        for citation in event.sources:
            out.extend(_citation_lines(citation))
    if event.status:
        out.append(f"    status: {_scalar(event.status)}")
    if event.disputed:
        out.append("    disputed:")
        for dispute in event.disputed:
            out.append(f"      - source: {_scalar(dispute.source)}")
            out.append(f"        date: {_date(dispute.date)}")
    if event.review:
        out.append("    review: true")
    if event.locked:
        out.append("    locked: true")
    if event.importance is not None:
        out.append(f"    importance: {_number(event.importance)}")
    if event.extracted is not None:
        out.append(f"    extracted: {_scalar(event.extracted)}")
    return out


def _number(value: float) -> str:
    """A plain number as the validator reads it: "3" for a whole number, else "2.5"."""
    return str(int(value)) if value == int(value) else f"{value:.6f}".rstrip("0")


def dump_event(event: Event) -> str:
    """One event's block as it appears in the `events:` list (indented, ends with a newline)."""
    return "\n".join(_event_lines(event)) + "\n"


def dump_timeline(timeline: Timeline) -> str:
    """Canonical events.yaml text: schema line, title, description, sources, events."""
    out = [SCHEMA_LINE]
    out.extend(_text_field("title", timeline.title, ""))
    if timeline.description:
        out.extend(_text_field("description", timeline.description, ""))
    if timeline.language:
        out.append(f"language: {_scalar(timeline.language)}")
    out.append("")
    if timeline.eras:
        out.append("eras:")
        for era in timeline.eras:
            out.extend(_era_lines(era))
        out.append("")
    if timeline.sources:
        out.append("sources:")
        for source in timeline.sources:
            out.extend(_source_lines(source))
    else:
        out.append("sources: []")
    out.append("")
    if timeline.events:
        out.append("events:")
        for index, event in enumerate(timeline.events):
            if index:
                out.append("")
            out.extend(_event_lines(event))
    else:
        out.append("events: []")
    return "\n".join(out) + "\n"
