"""Per-article metadata supplied by the user: the manifest and Markdown front matter.

Both speak the same fields (`title`, `published`, `url`, `outlet`, `lang`, `mode`) and are checked
the same way, so a date is read identically whether quoted or not, and every problem is
reported as `file:line:col: message` before anything is extracted.

Both are untrusted (an article folder may come from anywhere), so both are read by
`read_metadata_yaml`: the store's guarded composer, which refuses YAML aliases (a few lines
of nested aliases expand to gigabytes), deep nesting and more values than a real manifest
has, and never constructs anything but text, numbers as text, booleans and nulls.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from timeline.errors import Problem, ValidationFailed
from timeline.ingest.fetch import web_url
from timeline.ingest.language import is_known_language, normalize_language
from timeline.ingest.text import read_text_file
from timeline.model import PartialDate
from timeline.store import RefusedYAML, compose_untrusted

__all__ = [
    "FIELDS",
    "MAX_MANIFEST_BYTES",
    "MAX_MANIFEST_VALUES",
    "MAX_METADATA_DEPTH",
    "Manifest",
    "check_fields",
    "load_manifest",
    "metadata_value",
    "parse_published",
    "read_manifest",
    "read_metadata_yaml",
]

MAX_METADATA_DEPTH = 16
"""Nesting a manifest or front matter may use: a field's value is text, or at most a list
or mapping of other tools' keys, nowhere near this deep."""
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
"""The largest manifest read: about 150,000 entries of a date and a title."""
MAX_MANIFEST_VALUES = 500_000
"""The most YAML values (keys included) a manifest may hold: a bound on the node tree
(about 200 MB at most), which a file of short values could otherwise make 30 times its
size."""
_TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = frozenset(
    f"{_TAG}{name}" for name in ("str", "int", "float", "timestamp", "value", "merge")
)
"""Scalar types read as their text: `2024-06-19` and `1961` stay as written (a number or
date is checked by the field that reads it)."""

FIELDS: tuple[str, ...] = ("title", "published", "url", "outlet", "lang", "mode")
DATE_MODES: tuple[str, ...] = ("auto", "news", "narrative")
"""How an article's relative dates are read (`timeline.dates.find_dates`'s `mode`)."""
_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_published(value: object) -> dt.date:
    """A publication day from a YAML date or a "YYYY-MM-DD" string (one code path for both).

    A timestamp keeps its day. Raises ValueError with a message fit for a report.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip() if isinstance(value, str | int) else ""
    match = _ISO_DAY_RE.match(text[:10]) if len(text) == 10 or "T" in text[10:11] else None
    if not match:
        shown = text if text else type(value).__name__
        raise ValueError(f"expected YYYY-MM-DD, got '{shown}'")
    try:
        day = PartialDate(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:  # the reason, worded as events.yaml words it
        raise ValueError(f"expected YYYY-MM-DD, got '{text}': {exc}") from None
    return day.first_day()


def check_fields(
    values: Mapping[str, object],
    *,
    strict: bool,
    warnings: list[tuple[str, str]] | None = None,
) -> tuple[dict[str, object], list[tuple[str | None, str]]]:
    """Normalize known fields; return them and `(key or None, message)` problems.

    `strict` rejects unknown keys (the manifest); front matter tolerates other tools' keys.
    A `url` that is not http(s) is dropped with a `(key, message)` in `warnings`: one bad
    link must not stop a run. A scheme in capitals is made lowercase.
    """
    out: dict[str, object] = {}
    problems: list[tuple[str | None, str]] = []
    for key, value in values.items():
        if key not in FIELDS:
            if strict:
                near = difflib.get_close_matches(str(key), FIELDS, n=1)
                hint = f" (did you mean '{near[0]}'?)" if near else ""
                problems.append((key, f"unknown field '{key}'{hint}"))
            continue
        if value is None:
            continue
        if key == "published":
            try:
                out[key] = parse_published(value)
            except ValueError as exc:
                problems.append((key, f"published: {exc}"))
        elif key == "lang":
            lang = normalize_language(value)
            if lang is None:
                problems.append((key, f"lang: expected a language code like 'en', got '{value}'"))
            elif not is_known_language(lang):
                problems.append((key, f"lang: unsupported language '{value}'"))
            else:
                out[key] = lang
        elif key == "mode":
            if str(value).strip().lower() not in DATE_MODES:
                choices = ", ".join(DATE_MODES)
                problems.append((key, f"mode: expected one of {choices}, got '{value}'"))
            else:
                out[key] = str(value).strip().lower()
        elif key == "url" and isinstance(value, str):
            url = web_url(value)
            if url is None:
                if warnings is not None:
                    warnings.append(
                        (key, f"url: expected an http(s) address, got '{value}'; url dropped")
                    )
            else:
                out[key] = url
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            out[key] = str(value).strip()
        else:
            problems.append((key, f"{key}: expected text, got {type(value).__name__}"))
    return out, problems


@dataclass
class Manifest:
    """A manifest's entries, where each key is written, and its warnings (dropped urls)."""

    entries: dict[str, dict[str, object]] = field(default_factory=dict)
    where: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Key -> 1-based (line, column), to point at a key that matches no input."""
    warnings: list[Problem] = field(default_factory=list)


def load_manifest(path: str | Path) -> dict[str, dict[str, object]]:
    """Read a manifest: file name -> publication date, or -> a mapping of the fields.

    Keys are normalized to forward slashes without a leading "./". Every problem in the file
    is collected and raised together as `ValidationFailed`.
    """
    return read_manifest(path).entries


def read_manifest(path: str | Path) -> Manifest:
    """`load_manifest` with the keys' positions and the warnings."""
    name = str(path)
    manifest = Manifest()
    text = read_text_file(path, max_bytes=MAX_MANIFEST_BYTES)
    manifest.entries = parse_manifest(text, name, manifest)
    return manifest


def _at(name: str, node: yaml.Node, message: str) -> Problem:
    return Problem(name, node.start_mark.line + 1, node.start_mark.column + 1, message)


def read_metadata_yaml(
    text: str, name: str, *, max_values: int, first_line: int = 1, prefix: str = ""
) -> yaml.Node | None:
    """The node tree of an untrusted metadata document, or `ValidationFailed` with one
    located problem. `first_line` is the document's first line in the file `name`;
    `prefix` starts each message ("front matter: ")."""

    def fail(line: int, column: int, message: str) -> ValidationFailed:
        return ValidationFailed([Problem(name, line + first_line, column + 1, prefix + message)])

    try:
        return compose_untrusted(text, max_depth=MAX_METADATA_DEPTH, max_nodes=max_values)
    except RefusedYAML as exc:
        raise fail(exc.line, exc.column, str(exc.problem)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark else (0, 0)
        raise fail(line, column, f"invalid YAML: {exc.problem}") from None
    except yaml.reader.ReaderError as exc:
        at = min(max(exc.position, 0), len(text))
        line = text.count("\n", 0, at)
        column = at - (text.rfind("\n", 0, at) + 1)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = (
            f"invalid YAML: character U+{char:04X} is not allowed"
            " (write it as an escape inside double quotes)"
        )
        raise fail(line, column, message) from None
    except yaml.YAMLError:  # pragma: no cover - every YAMLError is one of the above
        raise fail(0, 0, "invalid YAML") from None


def metadata_value(node: yaml.Node) -> object:
    """A node as plain data: text (numbers and dates as written), booleans, None, lists and
    dicts. Any other tag (`!!python/object`, `!!binary`, `!custom`) raises `RefusedYAML`."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag in _TEXT_TAGS:
            return str(node.value)
        if node.tag == f"{_TAG}null":
            return None
        if node.tag == f"{_TAG}bool":
            return str(node.value).lower() in ("yes", "true", "on", "y")
    elif isinstance(node, yaml.SequenceNode) and node.tag == f"{_TAG}seq":
        return [metadata_value(item) for item in node.value]
    elif isinstance(node, yaml.MappingNode) and node.tag == f"{_TAG}map":
        return {str(metadata_value(key)): metadata_value(value) for key, value in node.value}
    raise RefusedYAML(f"unsupported YAML tag '{node.tag}'", node.start_mark)


def parse_manifest(
    text: str, name: str, into: Manifest | None = None
) -> dict[str, dict[str, object]]:
    """`load_manifest` on text already read; `name` locates the problems; `into` collects
    the keys' positions and the warnings."""
    into = into if into is not None else Manifest()
    root = read_metadata_yaml(text, name, max_values=MAX_MANIFEST_VALUES)
    try:
        return _manifest_entries(root, name, into)
    except RefusedYAML as exc:  # a tag other than text, numbers, booleans and null
        problem = Problem(name, exc.line + 1, exc.column + 1, str(exc.problem))
        raise ValidationFailed([problem]) from None


def _manifest_entries(
    root: yaml.Node | None, name: str, into: Manifest
) -> dict[str, dict[str, object]]:
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise ValidationFailed([_at(name, root, "expected a mapping of file names to dates")])
    entries: dict[str, dict[str, object]] = {}
    problems: list[Problem] = []
    for key_node, value_node in root.value:
        key = str(metadata_value(key_node)).strip().replace("\\", "/")
        key = key.removeprefix("./")
        if not key:
            problems.append(_at(name, key_node, "empty file name"))
            continue
        if key in entries:
            problems.append(_at(name, key_node, f"'{key}' is listed twice"))
            continue
        if isinstance(value_node, yaml.MappingNode):
            raw: dict[str, object] = {}
            nodes: dict[str, yaml.Node] = {}
            for field_key, field_value in value_node.value:
                field = str(metadata_value(field_key))
                if field in raw:
                    problems.append(_at(name, field_key, f"'{key}': field '{field}' is repeated"))
                    continue
                raw[field] = metadata_value(field_value)
                nodes[field] = field_value if field in FIELDS else field_key
            warned: list[tuple[str, str]] = []
            fields, found = check_fields(raw, strict=True, warnings=warned)
            for field_name, message in found:
                where = nodes.get(field_name or "", value_node)
                problems.append(_at(name, where, f"'{key}': {message}"))
            for field_name, message in warned:
                into.warnings.append(_at(name, nodes[field_name], f"'{key}': {message}"))
        elif isinstance(value_node, yaml.ScalarNode):
            fields, found = check_fields({"published": metadata_value(value_node)}, strict=True)
            problems.extend(
                _at(name, value_node, f"'{key}': {msg.removeprefix('published: ')}")
                for _, msg in found
            )
        else:
            problems.append(
                _at(name, value_node, f"'{key}': expected a date or a mapping of fields")
            )
            continue
        entries[key] = fields
        into.where[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    if problems:
        raise ValidationFailed(problems)
    return entries
