"""events.yaml in and out: load with every problem located, dump canonically, write atomically.

Public API:

- `parse_timeline(text, path, cache=None)` → `(Timeline | None, problems)`; never raises for
  bad input. Events and sources are composed one by one (`_chunks`); a `ParseCache` kept
  across reads skips the ones whose text did not change. `parse_located` also gives
  `locate_events`' blocks.
- `load_timeline(path)` → `Timeline`, or raises `ValidationFailed` with every problem.
- `check_file(path)` → the problems (empty when the file is fine).
- `dump_timeline(timeline)`, `dump_event(event)` → canonical YAML text.
- `write_timeline(path, timeline)`, `write_text_atomic(path, text)` → atomic replacement.
- `read_language(path)` → the top-level `language:` of an events.yaml, "" when unset or unreadable.
- `locate_events(text)` → event id → (first line, last line) of its block.
- `splice_timeline(old_text, old, new, copied, added_sources)` → the old text with only
  what changed rewritten, comments carried (`_splice`, `_comments`); `keep_comments` for
  a file that must be rewritten whole (flow style).
- `schema`: the JSON Schema editors use, and the copy installed beside events.yaml.
- `compose_untrusted(text, max_depth=, max_nodes=)` → a YAML node tree from untrusted hands
  (front matter, manifests), or `RefusedYAML` at the first alias or past the limits.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from timeline.errors import Problem, TimelineError, ValidationFailed
from timeline.files import read_bytes, write_text_atomic
from timeline.model import Timeline
from timeline.store._comments import keep_comments
from timeline.store._compose import RefusedYAML, compose_untrusted
from timeline.store._dump import dump_event, dump_timeline
from timeline.store._locate import locate_events
from timeline.store._parse import ParseCache, parse_located, parse_timeline
from timeline.store._spec import (
    CITATION_KEYS,
    ERA_KEYS,
    EVENT_KEYS,
    ID_RE,
    LANGUAGE_RE,
    MAX_OFFSET,
    MEDIA_KEYS,
    MEDIA_URL_RE,
    SOURCE_KEYS,
    TOP_KEYS,
    URL_RE,
)
from timeline.store._splice import splice_timeline
from timeline.store.schema import install_schema

__all__ = [
    "CITATION_KEYS",
    "ERA_KEYS",
    "EVENT_KEYS",
    "ID_RE",
    "LANGUAGE_RE",
    "MAX_OFFSET",
    "MEDIA_KEYS",
    "MEDIA_URL_RE",
    "SOURCE_KEYS",
    "TOP_KEYS",
    "URL_RE",
    "ParseCache",
    "RefusedYAML",
    "check_file",
    "compose_untrusted",
    "dump_event",
    "dump_timeline",
    "keep_comments",
    "load_timeline",
    "locate_events",
    "parse_located",
    "parse_timeline",
    "read_language",
    "splice_timeline",
    "write_text_atomic",
    "write_timeline",
]


def check_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem in the file, sorted; raises `TimelineError` if it cannot be read."""
    return parse_timeline(read_bytes(path), os.fspath(path))[1]


def load_timeline(path: str | os.PathLike[str], cache: ParseCache | None = None) -> Timeline:
    """The timeline in the file; raises `ValidationFailed` listing every problem. Pass the
    same `cache` to each load of one file to re-read only the items that changed."""
    timeline, problems = parse_timeline(read_bytes(path), os.fspath(path), cache)
    if problems or timeline is None:
        raise ValidationFailed(problems)
    return timeline


def write_timeline(path: str | os.PathLike[str], timeline: Timeline) -> None:
    """Write canonical events.yaml atomically, with the editor schema its first line names."""
    write_text_atomic(path, dump_timeline(timeline))
    install_schema(Path(path).parent)


_TOP_LANGUAGE_RE = re.compile(r"^language:[ \t]*(['\"]?)([^'\"#\s]+)\1[ \t]*(?:#.*)?$", re.M)
"""A top-level `language:` line (column 0, plain or quoted, maybe a comment after it)."""


def read_language(path: str | os.PathLike[str]) -> str:
    """The language an events.yaml sets for itself (`language: es`), without parsing the
    whole file: extract reads it before merging so a hand-set language picks which report
    titles a merged event. "" when the file is missing, unreadable or sets none or a bad one
    (loading the file reports that)."""
    try:
        text = read_bytes(path).decode("utf-8", errors="replace")
    except (OSError, TimelineError):
        return ""
    match = _TOP_LANGUAGE_RE.search(text)
    if match is None or not LANGUAGE_RE.match(match.group(2)):
        return ""
    return match.group(2).split("-")[0].lower()
