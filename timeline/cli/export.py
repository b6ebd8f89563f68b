"""`timeline export`: the timeline as JSON, CSV, TimelineJS, iCalendar or a feed, for other
tools."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import click

from timeline.cli._options import events_option
from timeline.errors import TimelineError, printable
from timeline.export import FORMATS, GROUPINGS, ExportFormat, GroupBy, export_timeline
from timeline.files import write_text_atomic
from timeline.store import load_timeline

__all__ = ["COMMANDS", "export"]

_BY_SUFFIX: dict[str, ExportFormat] = {
    ".json": "json",
    ".csv": "csv",
    ".ics": "ics",
    ".atom": "atom",
    ".rss": "rss",
}


def _choose_format(fmt: str | None, output: Path | None) -> ExportFormat:
    """The format asked for, else the one the output file's suffix names."""
    if fmt is not None:
        return fmt  # type: ignore[return-value]  # click.Choice(FORMATS) checked it
    if output is not None and output.suffix.lower() in _BY_SUFFIX:
        return _BY_SUFFIX[output.suffix.lower()]
    raise TimelineError(f"choose a format with --format ({', '.join(FORMATS)})")


@click.command()
@events_option
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from the -o suffix: .json, .csv, .ics, .atom or .rss).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to FILE instead of standard output.",
)
@click.option(
    "--group",
    type=click.Choice(GROUPINGS),
    default="none",
    show_default=True,
    help="TimelineJS: put each slide in a row by its first tag or first source.",
)
@click.option(
    "--site-url",
    default="",
    help="Atom/RSS: the published site's address, so entries link to their cards.",
)
def export(events: Path, fmt: str | None, output: Path | None, group: str, site_url: str) -> None:
    """Export the timeline for spreadsheets, calendars, TimelineJS, feed readers or other
    programs.

    Formats: json (every fact, documented), csv (one row per event), timelinejs (the
    TimelineJS3 JSON file), ics (an iCalendar file of all-day events), atom and rss (the
    newest events as a feed). Examples:

        timeline export --format csv -o events.csv

        timeline export --format timelinejs --group tag > timeline.json

        timeline export --format atom --site-url https://example.org/timeline/ -o feed.atom
    """
    chosen = _choose_format(fmt, output)
    text = export_timeline(
        load_timeline(events), chosen, group=cast(GroupBy, group), site_url=site_url
    )
    if output is None:
        click.echo(text.encode("utf-8"), nl=False)  # bytes: UTF-8 and CRLF whatever the locale
    else:
        write_text_atomic(output, text)  # writes line ends as given (CSV and ICS use CRLF)
        click.echo(f"Wrote {printable(str(output))} ({chosen})")


COMMANDS: list[click.Command] = [export]
