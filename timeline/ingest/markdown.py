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

__all__ = ["MAX_FRONT_MATTER_CHARS", "markdown_to_text", "split_front_matter"]

_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER_CHARS = 64 * 1024
"""The longest front matter read: metadata is a few lines, and an article is untrusted."""
_FRONT_MATTER_VALUES = 10_000


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
