"""`timeline extract INPUTS... -o events.yaml`: articles in, merged cited events out.

A thin adapter: reading, extraction and merging live in `timeline.ingest`,
`timeline.extract` and `timeline.update`; this module only parses options, shows progress
and notes on stderr, and writes the result (atomically, events.yaml before its ledger).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from timeline.cli._options import parse_published
from timeline.errors import TimelineError, printable, printable_lines
from timeline.files import decode_text, read_bytes

__all__ = ["COMMANDS", "extract"]

PROGRESS_THRESHOLD = 50
"""Show a progress bar for at least this many articles even when stderr is not a terminal."""


def _read_text(path: Path) -> tuple[str | None, str]:
    """The file's text with "\n" newlines (None when there is no file yet), and the newline
    the file uses on disk, so a rewrite keeps a CRLF file CRLF."""
    if not path.exists():
        return None, "\n"
    data = read_bytes(path)
    newline = "\r\n" if b"\r\n" in data else "\n"
    return decode_text(data, str(path)).replace("\r\n", "\n"), newline


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
    you edited or deleted by hand stay exactly as you left them. An input that cannot be
    read is reported and skipped; the others are written, and the exit status is 1.
    A `.urls` file lists URLs to read, one per line.

    \b
    Example:
      timeline extract articles/ -o events.yaml --manifest articles/published.yaml
    """
    try:
        failed, written = _run(
            inputs, Path(output), manifest, published, language, top, workers, dry_run, title
        )
    except KeyboardInterrupt:
        click.echo(f"Interrupted; {output} unchanged.", err=True)
        sys.exit(130)
    if failed:
        unwritten = "" if written else f"; {output} not written"
        click.echo(f"{failed} input{'s' if failed != 1 else ''} failed{unwritten}", err=True)
        sys.exit(1)


def _run(
    inputs: tuple[str, ...],
    out: Path,
    manifest: str | None,
    published: str | None,
    language: str | None,
    top: int | None,
    workers: int | None,
    dry_run: bool,
    title: str | None,
) -> tuple[int, bool]:
    """The command's work: how many inputs failed, and whether the output was written
    (or, for a dry run, would be)."""
    from timeline.extract import default_workers, extract_inputs
    from timeline.ingest import plan_inputs
    from timeline.schema import install_schema
    from timeline.store import write_text_atomic
    from timeline.update import dump_ledger, ledger_path, parse_ledger, update_timeline

    published_date = parse_published(published)
    plan = plan_inputs(list(inputs), manifest=manifest)
    for line in [*plan.notes, *plan.failed]:
        click.echo(printable(line), err=True)
    items = plan.items
    total = len(items)
    if not items:
        return max(len(plan.failed), 1), False
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
            published=published_date,
            language=language,
            workers=workers,
            top=top,
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
    if failed and not extraction.sources:
        return failed, False
    old_text, newline = _read_text(out)
    ledger_file = ledger_path(out)
    ledger_text, _ = _read_text(ledger_file)
    ledger = parse_ledger(ledger_text, str(ledger_file)) if ledger_text is not None else {}
    update = update_timeline(
        old_text, str(out), extraction.events, extraction.sources, ledger, title=title
    )
    if dry_run:
        click.echo(f"{out} (dry run, nothing written): {update.summary()}")
        diff = update.diff(str(out))
        if diff:
            click.echo(diff, nl=False)
        return failed, True
    out.parent.mkdir(parents=True, exist_ok=True)
    if update.changed or old_text is None:
        write_text_atomic(out, update.text, newline=newline)
    install_schema(out.parent)
    new_ledger = dump_ledger(update.ledger)
    if new_ledger != ledger_text:
        write_text_atomic(ledger_file, new_ledger)
    click.echo(f"{out}: {update.summary()}")
    return failed, True


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
