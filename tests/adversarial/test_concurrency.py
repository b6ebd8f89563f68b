"""Two `timeline extract -o events.yaml` runs and a hand edit racing: nothing is lost.

Each round starts two extracts of different articles into the same events.yaml (in forked
processes, so they race as two terminals would) and saves a hand edit while they run. A
run that exits 0 must have its event in the file, every hand edit must still be there,
and every machine event must be in the ledger. A run may instead stop with one clear line
(the file kept changing under it), but never report success and drop its work.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.store import load_timeline

ROUNDS = 20
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


def write_article(folder: Path, name: str, number: int) -> Path:
    """A one-sentence article whose event (and source id `name`) no other article has."""
    month = MONTHS[number % len(MONTHS)]
    path = folder / f"{name}.md"
    path.write_text(
        f"---\ntitle: Harbour note {name}\npublished: 2021-12-01\n---\n\n"
        f"The ferry Skerry{name} made its maiden crossing to Port{name} "
        f"on {1 + number % 27} {month} {1990 + number}.\n",
        encoding="utf-8",
    )
    return path


def _run_cli(args: list[str], log: str) -> None:
    """The child's body: the real command, its output in `log`, its exit status kept."""
    sys.stdout = sys.stderr = open(log, "w", encoding="utf-8")  # noqa: SIM115
    main.main(args=args, prog_name="timeline")


def start_extract(article: Path, events: Path, log: Path) -> multiprocessing.Process:
    context = multiprocessing.get_context("fork")  # warm imports: a run takes milliseconds
    process = context.Process(
        target=_run_cli, args=(["extract", str(article), "-o", str(events)], str(log))
    )
    process.start()
    return process


def save_hand_edit(events: Path, number: int) -> None:
    """What an editor does on save: read, add a hand-written event, replace the file."""
    block = (
        f"\n  - id: hand-{number}\n    date: 1980-01-{1 + number:02d}\n"
        f"    title: Hand note {number}\n"
    )
    while True:
        before = events.read_bytes()
        scratch = events.with_name("events.yaml.saving")
        scratch.write_bytes(before.rstrip(b"\n") + b"\n" + block.encode())
        if events.read_bytes() == before:  # a careful editor: do not save over a change
            os.replace(scratch, events)
            return


def machine_ids_missing_from_ledger(events: Path) -> set[str]:
    ledger = json.loads(events.with_name("events.ledger.json").read_text(encoding="utf-8"))
    machine = {e.id for e in load_timeline(events).events if not e.is_hand_edited}
    return machine - set(ledger["events"])


def test_two_extracts_and_a_hand_edit_racing_lose_nothing(tmp_path: Path) -> None:
    """20 rounds: every run that says it wrote did write, and every hand edit survives."""
    folder = tmp_path / "articles"
    folder.mkdir()
    events = tmp_path / "events.yaml"
    seed = write_article(folder, "seed", 99)
    result = CliRunner().invoke(main, ["extract", str(seed), "-o", str(events)])
    assert result.exit_code == 0, result.output
    for number in range(ROUNDS):
        pace = random.Random(number)
        runs = {}
        for name in (f"a{number}", f"b{number}"):
            log = tmp_path / f"{name}.log"
            runs[name] = (start_extract(write_article(folder, name, number), events, log), log)
        time.sleep(pace.uniform(0, 0.08))
        save_hand_edit(events, number)
        for process, _ in runs.values():
            process.join(30)
        timeline = load_timeline(events)
        cited = {c.source for e in timeline.events for c in e.sources}
        for name, (process, log) in runs.items():
            output = log.read_text(encoding="utf-8")
            if process.exitcode == 0:
                assert name in cited, f"round {number}: {name} said it wrote:\n{output}"
            else:
                assert "changed while" in output and len(output.splitlines()) <= 3, output
        ids = {e.id for e in timeline.events}
        assert {f"hand-{n}" for n in range(number + 1)} <= ids, f"round {number}"
        assert not machine_ids_missing_from_ledger(events), f"round {number}"


@pytest.mark.parametrize("runs", [3])
def test_runs_queue_for_the_lock_and_each_adds_its_event(tmp_path: Path, runs: int) -> None:
    """Several runs started at once all finish with exit 0, each event written once."""
    folder = tmp_path / "articles"
    folder.mkdir()
    events = tmp_path / "events.yaml"
    started = [
        start_extract(write_article(folder, f"q{n}", n), events, tmp_path / f"q{n}.log")
        for n in range(runs)
    ]
    for process in started:
        process.join(30)
    assert [p.exitcode for p in started] == [0] * runs
    cited = [c.source for e in load_timeline(events).events for c in e.sources]
    assert sorted(cited) == [f"q{n}" for n in range(runs)]
