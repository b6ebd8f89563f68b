"""Exceptions and the one shape every user-facing problem takes: `file:line:col: message`."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Problem",
    "TimelineError",
    "ValidationFailed",
    "format_problems",
    "printable",
    "printable_lines",
]

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
"""C0/C1 controls, bidi overrides and isolates, line separators, and the lone surrogates
that stand for undecodable bytes in a file name."""


def printable(text: str) -> str:
    """`text` safe to show on a terminal as one line: controls written as escapes (`\\x1b`).

    File names come from the articles folder, which an attacker may have packed: an escape
    sequence in one could retitle the terminal, hide the output or fake a message line.
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def printable_lines(text: str) -> str:
    """`printable` applied to each line of a message that has several."""
    return "\n".join(printable(line) for line in text.split("\n"))


@dataclass(frozen=True, order=True)
class Problem:
    """A single problem in an input file, located 1-based like a compiler diagnostic."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}:{self.column}: {self.message}")


class TimelineError(Exception):
    """A failure to report to the user as one line, without a traceback."""


class ValidationFailed(TimelineError):
    """events.yaml (or another input) has problems; all of them are attached."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(format_problems(self.problems))


def format_problems(problems: list[Problem]) -> str:
    """All problems, sorted, one per line, then a count."""
    lines = [str(p) for p in sorted(problems)]
    count = len(problems)
    lines.append(f"{count} problem{'s' if count != 1 else ''} found")
    return "\n".join(lines)
