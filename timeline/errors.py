"""Exceptions and the one shape every user-facing problem takes: `file:line:col: message`."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem", "TimelineError", "ValidationFailed", "format_problems"]


@dataclass(frozen=True, order=True)
class Problem:
    """A single problem in an input file, located 1-based like a compiler diagnostic."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


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
