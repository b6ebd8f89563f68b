"""The `timeline` command: a thin click adapter over the library.

Each group of commands lives in its own module; this one wires them together and turns
library errors into one-line messages and a non-zero exit, never a traceback.
"""

from __future__ import annotations

from typing import Any

import click

from timeline.errors import TimelineError, ValidationFailed, printable


class _Group(click.Group):
    """A group that reports `TimelineError`s as plain lines on stderr and exits 1.

    Messages quote file names, which may hold terminal escape codes: they are printed
    with every control character escaped (`printable`)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValidationFailed as exc:
            click.echo(str(exc), err=True)
            ctx.exit(1)
        except TimelineError as exc:
            click.echo(f"Error: {printable(str(exc))}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


@click.group(cls=_Group)
@click.version_option(package_name="cited-timeline")
def main() -> None:
    """Turn news articles into a browsable, hand-editable timeline website."""


def _register() -> None:
    from timeline.cli import check, dates, export, extract, site

    for module in (check, site, dates, extract, export):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
