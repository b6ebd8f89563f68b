"""`timeline extract INPUTS... -o events.yaml`: articles in, merged cited events out.

A thin adapter: reading, extraction and merging live in `timeline.ingest`,
`timeline.extract` and `timeline.update` (`update_file` writes events.yaml, its ledger and
the schema); this module only parses options, shows progress and notes on stderr, and
prints the summary.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from timeline.cli._options import mode_option, parse_published
from timeline.errors import TimelineError, printable, printable_lines

if TYPE_CHECKING:
    from timeline.cache import ArticleCache
    from timeline.extract import Extraction, Runner
    from timeline.update import LedgerRead, Update

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
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the per-article work runs: local processes, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler to use with --engine dask [default: a local cluster of --workers].",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    metavar="N",
    help="Read only the first N inputs (to try a run on part of a collection).",
)
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    help="Leave out articles published before this date.",
)
@click.option("--dry-run", is_flag=True, help="Show the summary and diff; write nothing.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Analyse every article again instead of reusing results kept in .timeline/cache/.",
)
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
    engine: str,
    scheduler: str | None,
    limit: int | None,
    since: str | None,
    dry_run: bool,
    no_cache: bool,
    title: str | None,
    mode: str | None,
) -> None:
    """Extract dated, cited events from articles (files, folders, URLs) into events.yaml.

    Re-running merges: new events are added, machine-written ones refreshed, and events
    you edited or deleted by hand stay exactly as you left them. An input that cannot be
    read is reported and skipped; the others are written, and the exit status is 1.
    Each article's analysis is kept in .timeline/cache/ beside the output, so a re-run
    only analyses new or changed articles.
    A `.urls` file lists URLs to read, one per line.

    \b
    Example:
      timeline extract articles/ -o events.yaml --manifest articles/published.yaml
    """
    from timeline.cache import ArticleCache, cache_path
    from timeline.store import read_language
    from timeline.store.schema import install_schema
    from timeline.update import Interrupted, files_digest, update_file

    out = Path(output)
    written: Update | None = None

    def waiting() -> None:
        click.echo(f"{out}: another run is writing it; waiting for it to finish", err=True)

    since_date = parse_published(since, option="--since")
    cache = None if no_cache else ArticleCache(cache_path(out), read_only=dry_run)
    carry, ledger_read = _carry(out) if cache is not None else ({}, None)
    record = str(out.absolute())

    repeat: list[_Said] = []

    def unchanged(run_key: str) -> bool:
        """Did the run that last wrote events.yaml (and left it as it is) have these inputs?"""
        last = cache.last_run(record) if cache is not None and not dry_run else None
        if last is None or last[:2] != (f"{run_key} {title!r}", files_digest(out)):
            return False
        said = _Said.loads(last[2])
        if said is None:
            return False
        repeat.append(said)
        return True

    try:
        with _runner(engine, scheduler, workers) as runner:
            extraction, failed, told = _extract(
                inputs,
                manifest,
                _Run(
                    parse_published(published),
                    language,
                    top,
                    workers,
                    limit,
                    since_date,
                    topic,
                    mode,
                    read_language(out),
                ),
                cache,
                runner,
                carry,
                unchanged,
                repeat,
            )
        if extraction is not None and extraction.unchanged:
            click.echo(f"{out}: {repeat[0].said}")  # what merging them again would say
            install_schema(out.parent)
        elif extraction is not None:
            update = update_file(
                out,
                extraction.events,
                extraction.sources,
                origins=extraction.origins,
                carried=frozenset(extraction.carried.values()),
                title=title,
                dry_run=dry_run,
                on_wait=waiting,
                memo=cache,
                supersede=top is None,  # the whole merge, not the top few dates
                ledger_read=ledger_read,
            )
            written = None if dry_run else update
            _report(out, update, dry_run)
            if cache is not None and not dry_run and extraction.run_key:
                again = replace(
                    update,
                    added=[],
                    refreshed=[],
                    unchanged=[*update.added, *update.refreshed, *update.unchanged],
                    new_sources=[],
                )
                key = f"{extraction.run_key} {title!r}"
                said = replace(told, said=again.summary()).dumps()
                cache.record_run(record, key, update.left, said)
    except KeyboardInterrupt as exc:
        if isinstance(exc, Interrupted):
            written = exc.update
        if written is not None and written.changed:
            click.echo(f"Interrupted after writing {output}: {written.summary()}", err=True)
        else:
            click.echo(f"Interrupted; {output} unchanged.", err=True)
        sys.exit(130)
    finally:
        if cache is not None:
            cache.close()
    if failed:
        unwritten = "" if extraction is not None else f"; {output} not written"
        click.echo(f"{failed} input{'s' if failed != 1 else ''} failed{unwritten}", err=True)
        sys.exit(1)


@dataclass(frozen=True)
class _Said:
    """What a repeat of a run prints: the summary on stdout; on stderr the articles' notes,
    the counts (without what the listing left out, which is told afresh) and what the
    filters removed."""

    said: str = ""
    notes: tuple[str, ...] = ()
    counts: str = ""
    removed: str = ""

    def dumps(self) -> str:
        return json.dumps([self.said, list(self.notes), self.counts, self.removed])

    @classmethod
    def loads(cls, text: str) -> _Said | None:
        try:
            said, notes, counts, removed = json.loads(text)
            return cls(str(said), tuple(str(n) for n in notes), str(counts), str(removed))
        except (ValueError, TypeError):
            return None


@dataclass(frozen=True)
class _Run:
    """The options that shape what a run reads and keeps."""

    published: dt.date | None
    language: str | None
    top: int | None
    workers: int | None
    limit: int | None
    since: dt.date | None
    topic: str | None = None
    mode: str | None = None
    timeline_language: str = ""
    """The `language:` events.yaml sets: merged events are titled from a report in it."""


def _extract(
    inputs: tuple[str, ...],
    manifest: str | None,
    run: _Run,
    cache: ArticleCache | None,
    runner: Runner | None,
    carry: dict[str, str],
    unchanged: Callable[[str], bool] | None = None,
    repeat: list[_Said] | None = None,
) -> tuple[Extraction | None, int, _Said]:
    """The extraction, with progress and notes on stderr, how many inputs failed, and what
    a repeat of the run would print on stderr (a repeat found by `unchanged` before reading
    anything prints that of `repeat`). No extraction (None) when nothing could be read:
    there is nothing to merge."""
    from timeline.extract import default_workers, extract_inputs
    from timeline.ingest import plan_inputs

    plan = plan_inputs(list(inputs), manifest=manifest)
    for line in [*plan.notes, *plan.failed]:
        click.echo(printable(line), err=True)
    items = plan.items[: run.limit] if run.limit else plan.items
    total = len(items)
    if not items:
        return None, max(len(plan.failed), 1), _Said()
    workers = run.workers or (default_workers() if total >= 200 else 1)
    told: list[str] = []

    def note(path: str, message: str) -> None:
        shown = message if message.startswith(f"{path}:") else f"{path}: {message}"
        told.append(printable(shown))
        click.echo(told[-1], err=True)

    def error(message: str) -> None:
        click.echo(printable_lines(message), err=True)

    with _progress(total) as done:
        extraction = extract_inputs(
            items,
            published=run.published,
            language=run.language,
            mode=run.mode,
            workers=workers,
            top=run.top,
            topic=run.topic,
            on_note=note,
            on_done=done,
            on_error=error,
            cache=cache,
            runner=runner,
            since=run.since,
            carry=carry,
            unchanged=unchanged,
            timeline_language=run.timeline_language,
        )
    failed = len(plan.failed) + len(extraction.failed)
    skipped, beyond = plan.skipped_summary(), len(plan.items) - total
    if extraction.unchanged and repeat and not extraction.sources:  # nothing was read
        said = repeat[0]
        for line in said.notes:
            click.echo(line, err=True)
        click.echo("; ".join([said.counts, *_left_out(skipped, beyond)]), err=True)
    else:
        counts = _counts(extraction)
        click.echo("; ".join([counts, *_left_out(skipped, beyond)]), err=True)
        again = replace(extraction, cached=total - len(extraction.failed), unchanged=True)
        said = _Said("", tuple(told), _counts(again), _removed(extraction.removed))
    if said.removed:
        click.echo(said.removed, err=True)
    if failed and not extraction.sources and not extraction.unchanged:
        return None, failed, said
    return extraction, failed, said


def _counts(extraction: Extraction) -> str:
    """The run's summary line: what was read and found, and what `--since` left out."""
    counts = (
        f"{len(extraction.sources)} articles, {extraction.candidates} dated sentences, "
        f"{len(extraction.events)} events"
    )
    if extraction.carried:
        counts = (
            f"{len(extraction.sources) - len(extraction.carried)} articles "
            f"(+{len(extraction.carried)} already in the timeline, from the cache), "
            f"{extraction.candidates} dated sentences, {len(extraction.events)} events"
        )
    if extraction.cached:
        counts += f" ({extraction.cached} articles unchanged since the last run)"
    if extraction.unchanged:
        counts = counts.replace(f", {len(extraction.events)} events", ", nothing to merge again")
    if extraction.before_since:
        counts += f"; {extraction.before_since} articles published before --since left out"
    return counts


def _left_out(skipped: str, beyond_limit: int) -> list[str]:
    """What the listing left out: files of other types, inputs beyond `--limit`."""
    left_out = [skipped] if skipped else []
    if beyond_limit:
        left_out.append(f"{beyond_limit} inputs beyond --limit not read")
    return left_out


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar with articles per second and the time left, told of finished
    articles through the function it yields; nothing for a few articles off a terminal."""
    if not (sys.stderr.isatty() or total >= PROGRESS_THRESHOLD):
        yield lambda n: None
        return
    start = time.monotonic()
    finished = 0

    def rate(_: object) -> str:
        elapsed = time.monotonic() - start
        if elapsed <= 0 or not finished:
            return ""
        speed = finished / elapsed
        left = int((total - finished) / speed)
        return f"{speed:.0f} articles/s, {left // 60}:{left % 60:02d} left"

    with click.progressbar(
        length=total,
        label="Extracting",
        file=sys.stderr,
        show_pos=True,
        show_eta=False,
        item_show_func=rate,
    ) as bar:

        def done(n: int) -> None:
            nonlocal finished
            finished += n
            bar.update(n, current_item=finished)

        yield done


def _carry(out: Path) -> tuple[dict[str, str], LedgerRead | None]:
    """The articles events.yaml already cites, as its ledger records them, for the run to
    take from the cache, and the ledger read (the update takes it back instead of parsing
    it again); nothing when there is no readable ledger (the update says why)."""
    from timeline.extract import carry_of
    from timeline.model import Origin
    from timeline.update import read_ledger

    try:
        read = read_ledger(out)
    except TimelineError:
        return {}, None
    if read is None:
        return {}, None
    sources = read.ledger.sources
    records = {i: Origin(location=r.location, digest=r.digest) for i, r in sources.items()}
    return carry_of(records, str(out.parent)), read


def _runner(
    engine: str, scheduler: str | None, workers: int | None
) -> AbstractContextManager[Runner | None]:
    """The engine's runner for the run: None picks the local default (see `extract_inputs`)."""
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine != "dask":
        return nullcontext(None)
    from timeline.cluster import dask_runner

    return dask_runner(scheduler, workers)


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
    if removed.get("repeated"):
        parts.append(f"dated sentences repeated across pages: {removed['repeated']}")
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


COMMANDS: list[click.Command] = [extract]
