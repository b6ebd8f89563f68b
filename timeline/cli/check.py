"""`timeline check`: validate events.yaml and list every problem, compiler style."""

from __future__ import annotations

import click

from timeline.store import load_timeline

__all__ = ["COMMANDS", "check"]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@click.command()
@click.argument("file", default="events.yaml", type=click.Path())
def check(file: str) -> None:
    """Check FILE (default: events.yaml) and list every problem with its line.

    Exits 0 when the file is valid, 1 otherwise. Example:

        timeline check events.yaml
    """
    timeline = load_timeline(file)
    click.echo(
        f"{file}: OK ({_count(len(timeline.events), 'event')}, "
        f"{_count(len(timeline.sources), 'source')})"
    )


COMMANDS: list[click.Command] = [check]
