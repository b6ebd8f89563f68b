"""`timeline check`: validate events.yaml and list every problem, compiler style."""

from __future__ import annotations

import os

import click

from timeline.errors import printable
from timeline.model import Timeline
from timeline.project import find_placeholders
from timeline.store import load_timeline, parse_located

__all__ = ["COMMANDS", "check"]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@click.command()
@click.argument("file", default="events.yaml", type=click.Path())
@click.option(
    "--review",
    is_flag=True,
    help="Also list the events to look at before publishing: marked `review: true`, "
    "planned, or with disputed dates.",
)
def check(file: str, review: bool) -> None:
    """Check FILE (default: events.yaml) and list every problem with its line.

    FILE may be a project folder: its events.yaml is checked. Exits 0 when the file is
    valid, 1 otherwise. Text left in from `timeline new --example` is listed as a warning
    (the file is still valid). Examples:

        timeline check events.yaml
        timeline check --review events.yaml
    """
    if os.path.isdir(file):
        file = os.path.join(file, "events.yaml")
    timeline = load_timeline(file)
    with open(file, encoding="utf-8", errors="replace") as handle:
        for warning in find_placeholders(handle.read(), file):
            click.echo(str(warning), err=True)
    click.echo(
        f"{printable(file)}: OK ({_count(len(timeline.events), 'event')}, "
        f"{_count(len(timeline.sources), 'source')})"
    )
    if review:
        _list_review(file, timeline)


def _list_review(file: str, timeline: Timeline) -> None:
    """One `file:line: event 'id': why` line per event a person should look at."""
    with open(file, encoding="utf-8") as handle:
        lines = parse_located(handle.read(), file)[2]  # item by item: no whole-file tree
    count = 0
    for event in timeline.chronological():
        reasons = []
        if event.review:
            reasons.append("review")
        if event.planned:
            reasons.append("planned")
        if event.disputed:
            others = ", ".join(f"{d.date.iso()} ({d.source})" for d in event.disputed)
            reasons.append(f"disputed: {others}")
        if not reasons:
            continue
        count += 1
        line = lines.get(event.id, (1, 1))[0]
        click.echo(
            f"{printable(file)}:{line}: event '{printable(event.id)}': {'; '.join(reasons)}: "
            f"{event.date.iso()} {printable(event.title)}"
        )
    click.echo(f"{_count(count, 'event')} to review")


COMMANDS: list[click.Command] = [check]
