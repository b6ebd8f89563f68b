"""Markdown articles: YAML front matter for metadata, the body reduced to plain paragraphs.

Offsets downstream refer to the cleaned text, so markup (emphasis, links, heading marks) is
removed here rather than carried into quotes.
"""

from __future__ import annotations

import re

import yaml

from timeline.errors import Problem, ValidationFailed
from timeline.ingest.manifest import check_fields, metadata_value, read_metadata_yaml
from timeline.store import RefusedYAML

__all__ = [
    "FRONT_MATTER_ALIASES",
    "MAX_FRONT_MATTER_CHARS",
    "has_front_matter",
    "markdown_to_text",
    "split_front_matter",
]

_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER_CHARS = 64 * 1024
"""The longest front matter read: metadata is a few lines, and an article is untrusted."""
_FRONT_MATTER_VALUES = 10_000


FRONT_MATTER_ALIASES: tuple[tuple[str, str], ...] = (
    ("date", "published"),
    ("source", "outlet"),
    ("site_name", "outlet"),
    ("language", "lang"),
)
"""Other tools' keys read as ours when ours is absent: Hugo's and Jekyll's `date`, a
scraper's `source` or `site_name`, `language`."""
_STAMP_RE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9:.]+(?:Z|[+-][0-9:]+)?$")


def _day_of(value: object) -> object:
    """A Hugo/Jekyll `date` with a time ("2024-06-19T10:00:00+02:00") names its day."""
    if isinstance(value, str):
        match = _STAMP_RE.match(value.strip())
        if match:
            return match.group(1)
    return value


def has_front_matter(text: str) -> bool:
    """Whether a plain-text file opens with YAML front matter: a `---` line, then a
    `key: value` line. A text that merely starts with a rule of dashes has none."""
    return bool(re.match(r"\A---[ \t]*\n[A-Za-z_][\w-]*[ \t]*:", text)) and bool(
        _FRONT_RE.match(text)
    )


def split_front_matter(
    text: str, name: str, warnings: list[Problem] | None = None
) -> tuple[dict[str, object], str, int]:
    """(known fields, body, number of lines the front matter used).

    Problems in the front matter are raised as `ValidationFailed` located in the file; a
    dropped `url` is added to `warnings`.
    """
    match = _FRONT_RE.match(text)
    if not match:
        return {}, text, 0
    block = match.group(1) or ""
    if len(block) > MAX_FRONT_MATTER_CHARS:
        message = f"front matter: longer than {MAX_FRONT_MATTER_CHARS:,} characters"
        raise ValidationFailed([Problem(name, 1, 1, message)])
    root = read_metadata_yaml(
        block, name, max_values=_FRONT_MATTER_VALUES, first_line=2, prefix="front matter: "
    )
    if root is not None and not isinstance(root, yaml.MappingNode):
        raise ValidationFailed([Problem(name, 2, 1, "front matter: expected a mapping")])
    data: dict[str, object] = {}
    key_lines: dict[str, int] = {}
    for key_node, value_node in root.value if root is not None else ():
        try:
            key, value = str(metadata_value(key_node)), metadata_value(value_node)
        except RefusedYAML as exc:
            message = f"front matter: {exc.problem}"
            raise ValidationFailed([Problem(name, exc.line + 2, exc.column + 1, message)]) from None
        data[key] = value
        key_lines[key] = key_node.start_mark.line + 2
    warned: list[tuple[str, str]] = []
    for alias, key in FRONT_MATTER_ALIASES:
        if alias not in data or key in data:
            continue
        value = _day_of(data[alias]) if key == "published" else data[alias]
        _, wrong = check_fields({key: value}, strict=False)
        if wrong:  # another tool's key may mean something else: warn, do not refuse
            warned.append((alias, f"{alias}: {wrong[0][1].split(': ', 1)[-1]}; ignored"))
            continue
        data[key] = value
        key_lines[key] = key_lines.get(alias, 2)
    fields, found = check_fields(data, strict=False, warnings=warned)

    def line_of(key: str | None) -> int:
        return key_lines.get(key or "", 2)

    if warnings is not None:
        warnings.extend(Problem(name, line_of(k), 1, f"front matter: {m}") for k, m in warned)
    if found:
        raise ValidationFailed(
            [Problem(name, line_of(key), 1, f"front matter: {message}") for key, message in found]
        )
    used = match.group(0).count("\n")
    return fields, text[match.end() :], used


_FENCE_RE = re.compile(r"^(```|~~~)")
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links keep their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),  # code spans
)
_LINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$"), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}>\s?"), ""),  # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+"), ""),  # list markers
)
_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_HRULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")


def markdown_to_text(body: str) -> tuple[str, str | None]:
    """(plain text with blank-line paragraphs, the first level-1 heading or None)."""
    out: list[str] = []
    title: str | None = None
    in_fence = False
    lines = body.splitlines()
    for i, raw in enumerate(lines):
        if _FENCE_RE.match(raw.strip()):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(raw)
            continue
        if _REFDEF_RE.match(raw) or (_HRULE_RE.match(raw) and not raw.strip().startswith("-")):
            out.append("")
            continue
        if _SETEXT_RE.match(raw) and out and out[-1].strip():
            if title is None and raw.strip().startswith("="):
                title = out[-1].strip()
            out.append("")  # the underline ends the heading paragraph
            continue
        if _HRULE_RE.match(raw):
            out.append("")
            continue
        line = raw
        is_h1 = re.match(r"^\s{0,3}#\s", line) is not None
        for pattern, repl in _LINE_RULES:
            line = pattern.sub(repl, line)
        for pattern, repl in _RULES:
            line = pattern.sub(repl, line)
        if is_h1 and title is None and line.strip():
            title = line.strip()
        heading = re.match(r"^\s{0,3}#{1,6}\s", raw) is not None
        if heading and out and out[-1].strip():
            out.append("")
        out.append(line.rstrip())
        if heading and i + 1 < len(lines):
            out.append("")
    return "\n".join(out), title
