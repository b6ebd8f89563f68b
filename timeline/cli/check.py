"""`timeline check`: validate events.yaml and list every problem, compiler style."""

from __future__ import annotations

import os

import click

from timeline.errors import printable
from timeline.project import find_placeholders
from timeline.store import load_timeline

__all__ = ["COMMANDS", "check"]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@click.command()
@click.argument("file", default="events.yaml", type=click.Path())
def check(file: str) -> None:
    """Check FILE (default: events.yaml) and list every problem with its line.

    FILE may be a project folder: its events.yaml is checked. Exits 0 when the file is
    valid, 1 otherwise. Text left in from `timeline new --example` is listed as a warning
    (the file is still valid). Example:

        timeline check events.yaml
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


COMMANDS: list[click.Command] = [check]
