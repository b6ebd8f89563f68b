"""events.yaml in and out: load with every problem located, dump canonically, write atomically.

Public API:

- `parse_timeline(text, path)` → `(Timeline | None, problems)`; never raises for bad input.
  `parse_located` also gives `locate_events`' blocks, from the same composition.
- `load_timeline(path)` → `Timeline`, or raises `ValidationFailed` with every problem.
- `check_file(path)` → the problems (empty when the file is fine).
- `dump_timeline(timeline)`, `dump_event(event)` → canonical YAML text.
- `write_timeline(path, timeline)`, `write_text_atomic(path, text)` → atomic replacement.
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
from pathlib import Path

from timeline.errors import Problem, ValidationFailed
from timeline.files import read_bytes, write_text_atomic
from timeline.model import Timeline
from timeline.store._comments import keep_comments
from timeline.store._compose import RefusedYAML, compose_untrusted
from timeline.store._dump import dump_event, dump_timeline
from timeline.store._locate import locate_events
from timeline.store._parse import parse_located, parse_timeline
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
    "splice_timeline",
    "write_text_atomic",
    "write_timeline",
]


def check_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem in the file, sorted; raises `TimelineError` if it cannot be read."""
    return parse_timeline(read_bytes(path), os.fspath(path))[1]


def load_timeline(path: str | os.PathLike[str]) -> Timeline:
    """The timeline in the file; raises `ValidationFailed` listing every problem."""
    timeline, problems = parse_timeline(read_bytes(path), os.fspath(path))
    if problems or timeline is None:
        raise ValidationFailed(problems)
    return timeline


def write_timeline(path: str | os.PathLike[str], timeline: Timeline) -> None:
    """Write canonical events.yaml atomically, with the editor schema its first line names."""
    write_text_atomic(path, dump_timeline(timeline))
    install_schema(Path(path).parent)
