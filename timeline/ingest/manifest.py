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
from pathlib import Path

import yaml

from timeline.errors import Problem, ValidationFailed
from timeline.files import decode_text, read_bytes
from timeline.ingest.language import normalize_language

__all__ = ["FIELDS", "DateAsTextLoader", "check_fields", "load_manifest", "parse_published"]

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
        raise ValueError(f"published: expected a date YYYY-MM-DD, got '{shown}'")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise ValueError(f"published: {exc} in '{text}'") from None


def check_fields(
    values: Mapping[str, object], *, strict: bool
) -> tuple[dict[str, object], list[tuple[str | None, str]]]:
    """Normalize known fields; return them and `(key or None, message)` problems.

    `strict` rejects unknown keys (the manifest); front matter tolerates other tools' keys.
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
                problems.append((key, str(exc)))
        elif key == "lang":
            lang = normalize_language(value)
            if lang is None:
                problems.append((key, f"lang: expected a language code like 'en', got '{value}'"))
            else:
                out[key] = lang
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            out[key] = str(value).strip()
        else:
            problems.append((key, f"{key}: expected text, got {type(value).__name__}"))
    return out, problems


def load_manifest(path: str | Path) -> dict[str, dict[str, object]]:
    """Read a manifest: file name -> publication date, or -> a mapping of the fields.

    Keys are normalized to forward slashes without a leading "./". Every problem in the file
    is collected and raised together as `ValidationFailed`.
    """
    name = str(path)
    return parse_manifest(decode_text(read_bytes(path), name), name)


def _at(name: str, node: yaml.Node, message: str) -> Problem:
    return Problem(name, node.start_mark.line + 1, node.start_mark.column + 1, message)


def parse_manifest(text: str, name: str) -> dict[str, dict[str, object]]:
    """`load_manifest` on text already read; `name` locates the problems."""
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
                nodes[field] = field_key
            fields, found = check_fields(raw, strict=True)
            for field_name, message in found:
                where = nodes.get(field_name or "", value_node)
                problems.append(_at(name, where, f"'{key}': {message}"))
        elif isinstance(value_node, yaml.ScalarNode):
            fields, found = check_fields(
                {"published": loader.construct_object(value_node)}, strict=True
            )
            problems.extend(_at(name, value_node, f"'{key}': {msg}") for _, msg in found)
        else:
            problems.append(
                _at(name, value_node, f"'{key}': expected a date or a mapping of fields")
            )
            continue
        entries[key] = fields
    if problems:
        raise ValidationFailed(problems)
    return entries
