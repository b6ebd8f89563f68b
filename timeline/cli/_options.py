"""Options and argument parsing shared by several commands, so they read and fail alike."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import click

from timeline.errors import TimelineError

__all__ = ["events_option", "parse_published"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

events_option = click.option(
    "--events",
    "events",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("events.yaml"),
    show_default=True,
    help="The timeline file.",
)
"""`--events FILE`: the events.yaml a command reads (default: events.yaml)."""


def parse_published(value: str | None, *, option: str = "--published") -> dt.date | None:
    """`--published YYYY-MM-DD` (or another date `option`) as a date; anything else is a
    one-line error.

    Strict on purpose: Python accepts "20240619" too, which a user would not expect.
    """
    if value is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TimelineError(f"{option}: expected YYYY-MM-DD, got '{value}'") from None
