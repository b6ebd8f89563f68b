"""Options and argument parsing shared by several commands, so they read and fail alike."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import click

from timeline.errors import TimelineError

__all__ = ["DATE_MODES", "events_option", "mode_option", "parse_published"]

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


DATE_MODES = ("auto", "news", "narrative")
"""`timeline.dates.MODES`, spelled out so the CLI starts without loading the date engine."""

mode_option = click.option(
    "--mode",
    type=click.Choice(DATE_MODES),
    default=None,
    help="How relative dates are read: from the publication date (news), from the story's own "
    "dates (narrative), or per paragraph as the text shows (auto) [default: the article's "
    "`mode:`, else auto].",
)
"""`--mode auto|news|narrative`: how `find_dates` reads relative dates (issue 9)."""


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
