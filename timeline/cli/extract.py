"""`timeline extract INPUTS... -o events.yaml`: articles in, merged cited events out.

A thin adapter: reading, extraction and merging live in `timeline.ingest`,
`timeline.extract` and `timeline.update`; this module only parses options, shows progress
and notes on stderr, and writes the result (atomically, events.yaml before its ledger).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from timeline.errors import TimelineError

__all__ = ["COMMANDS", "extract"]

PROGRESS_THRESHOLD = 50
"""Show a progress bar for at least this many articles even when stderr is not a terminal."""


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TimelineError(f"--published: expected YYYY-MM-DD, got '{value}'") from None


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"{path}: cannot read: {exc}") from None


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    default="events.yaml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="events.yaml to create or merge into.",
)
@click.option("--manifest", type=click.Path(dir_okay=False), help="YAML of per-file metadata.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every input.")
@click.option("--lang", "language", metavar="xx", help="Language of every input (e.g. en).")
@click.option(
    "--top", type=click.IntRange(min=1), metavar="N", help="Keep only the N most important dates."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Processes for extraction [default: one per core for big runs, else 1].",
)
@click.option("--dry-run", is_flag=True, help="Show the summary and diff; write nothing.")
@click.option("--title", help="Timeline title (for a new file, or to rename an existing one).")
def extract(
    inputs: tuple[str, ...],
    output: str,
    manifest: str | None,
    published: str | None,
    language: str | None,
    top: int | None,
    workers: int | None,
    dry_run: bool,
    title: str | None,
) -> None:
    """Extract dated, cited events from articles (files, folders, URLs) into events.yaml.

    Re-running merges: new events are added, machine-written ones refreshed, and events
    you edited or deleted by hand stay exactly as you left them.

    \b
    Example:
      timeline extract articles/ -o events.yaml --manifest articles/published.yaml
    """
    from timeline.extract import default_workers, extract_inputs
    from timeline.ingest import expand_inputs
    from timeline.store import write_text_atomic
    from timeline.update import dump_ledger, ledger_path, parse_ledger, update_timeline

    out = Path(output)
    published_date = _published(published)
    items = expand_inputs(list(inputs), manifest=manifest)
    total = len(items)
    if workers is None:
        workers = default_workers() if total >= 200 else 1

    def note(path: str, message: str) -> None:
        click.echo(f"{path}: {message}", err=True)

    show_bar = sys.stderr.isatty() or total >= PROGRESS_THRESHOLD
    with (
        click.progressbar(length=total, label="Extracting", file=sys.stderr, show_pos=True)
        if show_bar
        else _NoBar() as bar
    ):
        extraction = extract_inputs(
            items,
            published=published_date,
            language=language,
            workers=workers,
            top=top,
            on_note=note,
            on_done=bar.update,
        )
    old_text = _read_text(out)
    ledger_file = ledger_path(out)
    ledger_text = _read_text(ledger_file)
    ledger = parse_ledger(ledger_text, str(ledger_file)) if ledger_text is not None else {}
    update = update_timeline(
        old_text, str(out), extraction.events, extraction.sources, ledger, title=title
    )
    click.echo(
        f"{len(extraction.sources)} articles, {extraction.candidates} dated sentences, "
        f"{len(extraction.events)} events",
        err=True,
    )
    if dry_run:
        click.echo(f"{out} (dry run, nothing written): {update.summary()}")
        diff = update.diff(str(out))
        if diff:
            click.echo(diff, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    if update.changed or old_text is None:
        write_text_atomic(out, update.text)
    new_ledger = dump_ledger(update.ledger)
    if new_ledger != ledger_text:
        write_text_atomic(ledger_file, new_ledger)
    click.echo(f"{out}: {update.summary()}")


class _NoBar:
    """Stands in for a progress bar when there is nothing worth showing."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None

    def __iter__(self) -> Iterator[int]:
        return iter(())


COMMANDS: list[click.Command] = [extract]
