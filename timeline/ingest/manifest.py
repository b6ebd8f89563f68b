"""Per-article metadata supplied by the user: the manifest and Markdown front matter.

Both speak the same fields (`title`, `published`, `url`, `outlet`, `lang`) and are checked
the same way, so a date is read identically whether quoted or not, and every problem is
reported as `file:line:col: message` before anything is extracted.
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

__all__ = [
    "FIELDS",
    "DateAsTextLoader",
    "Manifest",
    "check_fields",
    "load_manifest",
    "parse_published",
    "read_manifest",
]

FIELDS: tuple[str, ...] = ("title", "published", "url", "outlet", "lang")
_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class DateAsTextLoader(yaml.SafeLoader):
    """SafeLoader that leaves unquoted dates as text, so `2024-02-30` is reported like its
    quoted twin instead of crashing PyYAML's timestamp constructor."""


DateAsTextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    manifest.entries = parse_manifest(read_text_file(path), name, manifest)
    return manifest


def _at(name: str, node: yaml.Node, message: str) -> Problem:
    return Problem(name, node.start_mark.line + 1, node.start_mark.column + 1, message)


def parse_manifest(
    text: str, name: str, into: Manifest | None = None
) -> dict[str, dict[str, object]]:
    """`load_manifest` on text already read; `name` locates the problems; `into` collects
    the keys' positions and the warnings."""
    into = into if into is not None else Manifest()
    loader = DateAsTextLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ValidationFailed([Problem(name, line, col, f"invalid YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise ValidationFailed([Problem(name, 1, 1, f"invalid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise ValidationFailed([_at(name, root, "expected a mapping of file names to dates")])
    entries: dict[str, dict[str, object]] = {}
    problems: list[Problem] = []
    for key_node, value_node in root.value:
        key = str(loader.construct_object(key_node)).strip().replace("\\", "/")
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
                field = str(loader.construct_object(field_key))
                if field in raw:
                    problems.append(_at(name, field_key, f"'{key}': field '{field}' is repeated"))
                    continue
                raw[field] = loader.construct_object(field_value, deep=True)
                nodes[field] = field_value if field in FIELDS else field_key
            warned: list[tuple[str, str]] = []
            fields, found = check_fields(raw, strict=True, warnings=warned)
            for field_name, message in found:
                where = nodes.get(field_name or "", value_node)
                problems.append(_at(name, where, f"'{key}': {message}"))
            for field_name, message in warned:
                into.warnings.append(_at(name, nodes[field_name], f"'{key}': {message}"))
        elif isinstance(value_node, yaml.ScalarNode):
            fields, found = check_fields(
                {"published": loader.construct_object(value_node)}, strict=True
            )
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
