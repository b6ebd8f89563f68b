"""`kill -9` or Ctrl-C at any point of `timeline extract`: events.yaml and its ledger agree.

Each round kills an extract that adds one article's event, at a random moment (half of
the rounds: just after a temporary file of an atomic write appears, when a kill does the
most harm). Then a person deletes the event if it landed, and the same extract runs again
to the end. The files must always read; the next run leaves no temporary file; a deleted
event never comes back; an event that never landed is added; every machine event is in
the ledger, and the ledger holds no write still pending.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main
from timeline.store import load_timeline, locate_events

ROUNDS = 30


def write_article(folder: Path, name: str, number: int) -> Path:
    """A one-sentence article whose event (and source id `name`) no other article has."""
    path = folder / f"{name}.md"
    path.write_text(
        f"---\ntitle: Harbour note {name}\npublished: 2021-12-01\n---\n\n"
        f"The ferry Skerry{name} made its maiden crossing to Port{name} "
        f"on {1 + number % 27} March {1950 + number}.\n",
        encoding="utf-8",
    )
    return path


def _run_cli(args: list[str], log: str) -> None:
    sys.stdout = sys.stderr = open(log, "w", encoding="utf-8")  # noqa: SIM115
    main.main(args=args, prog_name="timeline")


def start_extract(article: Path, events: Path, log: Path) -> multiprocessing.Process:
    context = multiprocessing.get_context("fork")  # warm imports: a run takes milliseconds
    process = context.Process(
        target=_run_cli, args=(["extract", str(article), "-o", str(events)], str(log))
    )
    process.start()
    return process


def send(process: multiprocessing.BaseProcess, signal_number: int) -> None:
    """Signal the run unless it has already ended (and been reaped by `is_alive`)."""
    if process.exitcode is None and process.pid is not None:
        os.kill(process.pid, signal_number)


def temp_files(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob(".*.tmp") if p.name.startswith(".")
    )


def wait_for_a_temp_file(folder: Path, process: multiprocessing.BaseProcess) -> None:
    """Spin until an atomic write has begun (or the run ended without one)."""
    while process.is_alive() and not temp_files(folder):
        pass


def delete_events_citing(events: Path, source: str) -> list[str]:
    """What a person does with an event they do not want: delete its block."""
    doomed = [
        e.id for e in load_timeline(events).events if any(c.source == source for c in e.sources)
    ]
    text = events.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    blocks = locate_events(text)
    for event_id in sorted(doomed, key=lambda i: blocks[i][0], reverse=True):
        first, last = blocks[event_id]
        del lines[first - 1 : last]
    events.write_text("".join(lines), encoding="utf-8")
    return doomed


def check_consistent(events: Path) -> None:
    """Every machine event is in the ledger and no write is left pending."""
    ledger = json.loads(events.with_name("events.ledger.json").read_text(encoding="utf-8"))
    assert "pending" not in ledger
    machine = {e.id for e in load_timeline(events).events if not e.is_hand_edited}
    assert machine <= set(ledger["events"])


def seeded(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    events = tmp_path / "events.yaml"
    result = CliRunner().invoke(
        main, ["extract", str(write_article(folder, "seed", 99)), "-o", str(events)]
    )
    assert result.exit_code == 0, result.output
    return folder, events


def test_kill_9_at_random_points_never_leaves_the_files_disagreeing(tmp_path: Path) -> None:
    """30 kills: the files read, deletions stick, lost work is redone, no temp file stays."""
    folder, events = seeded(tmp_path)
    started = time.perf_counter()
    probe = start_extract(write_article(folder, "probe", 98), events, tmp_path / "probe.log")
    probe.join(30)
    duration = time.perf_counter() - started
    for number in range(ROUNDS):
        chance = random.Random(number)
        name = f"k{number}"
        article = write_article(folder, name, number)
        run = start_extract(article, events, tmp_path / f"{name}.log")
        if number % 2:
            wait_for_a_temp_file(tmp_path, run)
            time.sleep(chance.uniform(0, 0.003))
        else:
            time.sleep(chance.uniform(0, 1.2 * duration))
        send(run, signal.SIGKILL)
        run.join(30)

        load_timeline(events)  # whole: the old file or the new one
        json.loads(events.with_name("events.ledger.json").read_text(encoding="utf-8"))
        deleted = delete_events_citing(events, name)

        result = CliRunner().invoke(main, ["extract", str(article), "-o", str(events)])
        assert result.exit_code == 0, result.output
        assert temp_files(tmp_path) == [], f"round {number}"
        cited = {c.source for e in load_timeline(events).events for c in e.sources}
        if deleted:
            assert name not in cited, f"round {number}: a deleted event came back"
        else:
            assert name in cited, f"round {number}: the killed run's event is missing"
        check_consistent(events)


def test_ctrl_c_at_random_points_says_truly_whether_the_file_changed(tmp_path: Path) -> None:
    """Interrupted runs say "unchanged" only when events.yaml is byte for byte the same."""
    folder, events = seeded(tmp_path)
    for number in range(10):
        name = f"c{number}"
        before = events.read_bytes()
        log = tmp_path / f"{name}.log"
        run = start_extract(write_article(folder, name, number), events, log)
        if number % 2:
            wait_for_a_temp_file(tmp_path, run)
        else:
            time.sleep(random.Random(number).uniform(0, 0.05))
        send(run, signal.SIGINT)
        run.join(30)
        output = log.read_text(encoding="utf-8")
        if f"Interrupted; {events} unchanged." in output:
            assert events.read_bytes() == before, f"round {number}: {output}"
        if run.exitcode == 0 or "Interrupted after writing" in output:
            assert events.read_bytes() != before, f"round {number}: {output}"
        check_consistent(events)
