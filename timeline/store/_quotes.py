"""Where a quote that was never closed opens, when YAML only notices it much later.

A missing closing quote does not stop the YAML scanner: the quoted value runs on, over
line breaks, up to whichever quote comes next (perhaps 30 lines down), and the error is
raised there. Such a value is easy to spot afterwards: one of its later lines reads like
a new key or list item, no deeper than the line the quote opened on, which a real
multi-line quoted value cannot do (its lines are indented further).
"""

from __future__ import annotations

import re

import yaml

__all__ = ["unclosed_quote"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's scanner when installed
_STARTS_ENTRY = re.compile(r"(?:- |[A-Za-z_][\w-]*\s*:(?:\s|$))")


def unclosed_quote(text: str, before_line: int) -> tuple[int, int, int] | None:
    """(line, column, line of the next quote), 0-based, of the last quoted value that
    starts before `before_line` and swallowed what reads like the next entry; or None."""
    lines = text.splitlines()
    found: tuple[int, int, int] | None = None
    try:
        for token in yaml.scan(text, Loader=_LOADER):
            start, end = token.start_mark, token.end_mark
            if start.line > before_line:
                break
            if not isinstance(token, yaml.ScalarToken) or token.style not in ('"', "'"):
                continue
            if end.line > start.line and _swallows_an_entry(lines, start.line, end.line):
                found = (start.line, start.column, end.line)
    except yaml.YAMLError:
        pass
    return found


def _swallows_an_entry(lines: list[str], first: int, last: int) -> bool:
    indent = len(lines[first]) - len(lines[first].lstrip(" "))
    for line in lines[first + 1 : last + 1]:
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) <= indent and _STARTS_ENTRY.match(stripped):
            return True
    return False
