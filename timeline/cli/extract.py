"""`timeline extract INPUTS... -o events.yaml`: articles in, merged cited events out.

A thin adapter: reading, extraction and merging live in `timeline.ingest`,
`timeline.extract` and `timeline.update` (`update_file` writes events.yaml, its ledger and
the schema); this module only parses options, shows progress and notes on stderr, and
prints the summary.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from timeline.cli._options import mode_option, parse_published
from timeline.errors import TimelineError, printable, printable_lines

if TYPE_CHECKING:
    from timeline.extract import Extraction
    from timeline.update import Update

__all__ = ["COMMANDS", "extract"]

PROGRESS_THRESHOLD = 50
"""Show a progress bar for at least this many articles even when stderr is not a terminal."""


def _check_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from timeline.ingest import check_language

    try:
        check_language(value)
    except TimelineError as exc:
        raise click.BadParameter(str(exc).removeprefix("language: ")) from None
    return value


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
@click.option(
    "--lang",
    "language",
    metavar="xx",
    callback=_check_lang,
    help="Language of every input (e.g. en).",
)
@click.option(
    "--top", type=click.IntRange(min=1), metavar="N", help="Keep only the N most important dates."
)
@click.option(
    "--topic",
    metavar="KEYPHRASES",
    help='What the timeline is about ("Libya civil war Gaddafi"): sentences far from it '
    "give no event. By default the articles' common topic decides.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Processes for extraction [default: one per core for big runs, else 1].",
)
@click.option("--dry-run", is_flag=True, help="Show the summary and diff; write nothing.")
@click.option("--title", help="Timeline title (for a new file, or to rename an existing one).")
@mode_option
def extract(
    inputs: tuple[str, ...],
    output: str,
    manifest: str | None,
    published: str | None,
    language: str | None,
    top: int | None,
    topic: str | None,
    workers: int | None,
    dry_run: bool,
    title: str | None,
    mode: str | None,
) -> None:
    """Extract dated, cited events from articles (files, folders, URLs) into events.yaml.

    Re-running merges: new events are added, machine-written ones refreshed, and events
    you edited or deleted by hand stay exactly as you left them. An input that cannot be
    read is reported and skipped; the others are written, and the exit status is 1.
    A `.urls` file lists URLs to read, one per line.

    \b
    Example:
      timeline extract articles/ -o events.yaml --manifest articles/published.yaml
    """
    from timeline.update import Interrupted, update_file

    out = Path(output)
    written: Update | None = None

    def waiting() -> None:
        click.echo(f"{out}: another run is writing it; waiting for it to finish", err=True)

    try:
        extraction, failed = _extract(
            inputs, manifest, parse_published(published), language, top, workers, topic, mode
        )
        if extraction is not None:
            update = update_file(
                out,
                extraction.events,
                extraction.sources,
                origins=extraction.origins,
                title=title,
                dry_run=dry_run,
                on_wait=waiting,
            )
            written = None if dry_run else update
            _report(out, update, dry_run)
    except KeyboardInterrupt as exc:
        if isinstance(exc, Interrupted):
            written = exc.update
        if written is not None and written.changed:
            click.echo(f"Interrupted after writing {output}: {written.summary()}", err=True)
        else:
            click.echo(f"Interrupted; {output} unchanged.", err=True)
        sys.exit(130)
    if failed:
        unwritten = "" if extraction is not None else f"; {output} not written"
        click.echo(f"{failed} input{'s' if failed != 1 else ''} failed{unwritten}", err=True)
        sys.exit(1)


def _extract(
    inputs: tuple[str, ...],
    manifest: str | None,
    published: dt.date | None,
    language: str | None,
    top: int | None,
    workers: int | None,
    topic: str | None = None,
    mode: str | None = None,
) -> tuple[Extraction | None, int]:
    """The extraction, with progress and notes on stderr, and how many inputs failed.
    No extraction (None) when nothing could be read: there is nothing to merge."""
    from timeline.extract import default_workers, extract_inputs
    from timeline.ingest import plan_inputs

    plan = plan_inputs(list(inputs), manifest=manifest)
    for line in [*plan.notes, *plan.failed]:
        click.echo(printable(line), err=True)
    items = plan.items
    total = len(items)
    if not items:
        return None, max(len(plan.failed), 1)
    if workers is None:
        workers = default_workers() if total >= 200 else 1

    def note(path: str, message: str) -> None:
        shown = message if message.startswith(f"{path}:") else f"{path}: {message}"
        click.echo(printable(shown), err=True)

    def error(message: str) -> None:
        click.echo(printable_lines(message), err=True)

    show_bar = sys.stderr.isatty() or total >= PROGRESS_THRESHOLD
    with (
        click.progressbar(length=total, label="Extracting", file=sys.stderr, show_pos=True)
        if show_bar
        else _NoBar() as bar
    ):
        extraction = extract_inputs(
            items,
            published=published,
            language=language,
            mode=mode,
            workers=workers,
            top=top,
            topic=topic,
            on_note=note,
            on_done=bar.update,
            on_error=error,
        )
    failed = len(plan.failed) + len(extraction.failed)
    skipped = plan.skipped_summary()
    counts = (
        f"{len(extraction.sources)} articles, {extraction.candidates} dated sentences, "
        f"{len(extraction.events)} events"
    )
    click.echo(counts + (f"; {skipped}" if skipped else ""), err=True)
    removed = _removed(extraction.removed)
    if removed:
        click.echo(removed, err=True)
    if failed and not extraction.sources:
        return None, failed
    return extraction, failed


def _removed(removed: dict[str, int]) -> str:
    """One line saying what each filter kept out, or "" when none removed anything."""
    paragraphs = [
        f"{removed[key]} {label}"
        for key, label in (
            ("comments", "in reader comments"),
            ("stamps", "time stamps"),
            ("furniture", "page furniture"),
        )
        if removed.get(key)
    ]
    parts = []
    if paragraphs:
        parts.append(f"paragraphs left out: {', '.join(paragraphs)}")
    if removed.get("off-topic"):
        parts.append(f"dated sentences off the topic: {removed['off-topic']}")
    return "; ".join(parts)


def _report(out: Path, update: Update, dry_run: bool) -> None:
    """The summary line on stdout, and for a dry run the diff of what would change."""
    if not dry_run:
        click.echo(f"{out}: {update.summary()}")
        return
    click.echo(f"{out} (dry run, nothing written): {update.summary()}")
    diff = update.diff(str(out))
    if diff:
        click.echo(diff, nl=False)


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
