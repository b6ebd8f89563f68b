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
import time
from pathlib import Path

from conftest import ExtractRuns

from timeline.store import load_timeline, locate_events

ROUNDS = 30


def send(process: multiprocessing.Process, signal_number: int) -> None:
    """Signal the run unless it has already ended (and been reaped by `is_alive`)."""
    if process.exitcode is None and process.pid is not None:
        os.kill(process.pid, signal_number)


def temp_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob(".*.tmp"))


def wait_for_a_temp_file(folder: Path, process: multiprocessing.Process) -> None:
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


def test_kill_9_at_random_points_never_leaves_the_files_disagreeing(
    extract_runs: ExtractRuns,
) -> None:
    """30 kills: the files read, deletions stick, lost work is redone, no temp file stays."""
    root, events = extract_runs.root, extract_runs.events
    started = time.perf_counter()
    extract_runs.start(extract_runs.article("probe", 98)).join(30)
    duration = time.perf_counter() - started
    for number in range(ROUNDS):
        name = f"k{number}"
        article = extract_runs.article(name, number)
        run = extract_runs.start(article)
        if number % 2:
            wait_for_a_temp_file(root, run)
            time.sleep(random.Random(number).uniform(0, 0.003))
        else:
            time.sleep(random.Random(number).uniform(0, 1.2 * duration))
        send(run, signal.SIGKILL)
        run.join(30)

        load_timeline(events)  # whole: the old file or the new one
        json.loads(events.with_name("events.ledger.json").read_text(encoding="utf-8"))
        deleted = delete_events_citing(events, name)

        extract_runs.run(article)
        assert temp_files(root) == [], f"round {number}"
        cited = {c.source for e in load_timeline(events).events for c in e.sources}
        if deleted:
            assert name not in cited, f"round {number}: a deleted event came back"
        else:
            assert name in cited, f"round {number}: the killed run's event is missing"
        check_consistent(events)


def test_ctrl_c_at_random_points_says_truly_whether_the_file_changed(
    extract_runs: ExtractRuns,
) -> None:
    """Interrupted runs say "unchanged" only when events.yaml is byte for byte the same."""
    root, events = extract_runs.root, extract_runs.events
    for number in range(10):
        before = events.read_bytes()
        article = extract_runs.article(f"c{number}", number)
        run = extract_runs.start(article)
        if number % 2:
            wait_for_a_temp_file(root, run)
        else:
            time.sleep(random.Random(number).uniform(0, 0.05))
        send(run, signal.SIGINT)
        run.join(30)
        output = extract_runs.output(article)
        if f"Interrupted; {events} unchanged." in output:
            assert events.read_bytes() == before, f"round {number}: {output}"
        if run.exitcode == 0 or "Interrupted after writing" in output:
            assert events.read_bytes() != before, f"round {number}: {output}"
        check_consistent(events)
