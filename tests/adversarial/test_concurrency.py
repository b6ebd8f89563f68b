"""Two `timeline extract -o events.yaml` runs and a hand edit racing: nothing is lost.

Each round starts two extracts of different articles into the same events.yaml (in forked
processes, so they race as two terminals would) and saves a hand edit while they run. A
run that exits 0 must have its event in the file, every hand edit must still be there,
and every machine event must be in the ledger. A run may instead stop with one clear line
(the file kept changing under it), but never report success and drop its work.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

from conftest import ExtractRuns

from timeline.store import load_timeline

ROUNDS = 20


def save_hand_edit(events: Path, number: int) -> None:
    """What a careful editor does on save: read, add a hand-written event, and replace the
    file unless it changed on disk meanwhile (then read it again)."""
    block = (
        f"\n  - id: hand-{number}\n    date: 1980-01-{1 + number:02d}\n"
        f"    title: Hand note {number}\n"
    )
    while True:
        before = events.read_bytes()
        scratch = events.with_name("events.yaml.saving")
        scratch.write_bytes(before.rstrip(b"\n") + b"\n" + block.encode())
        if events.read_bytes() == before:
            os.replace(scratch, events)
            return


def machine_ids_missing_from_ledger(events: Path) -> set[str]:
    ledger = json.loads(events.with_name("events.ledger.json").read_text(encoding="utf-8"))
    machine = {e.id for e in load_timeline(events).events if not e.is_hand_edited}
    return machine - set(ledger["events"])


def test_two_extracts_and_a_hand_edit_racing_lose_nothing(extract_runs: ExtractRuns) -> None:
    """20 rounds: every run that says it wrote did write, and every hand edit survives."""
    events = extract_runs.events
    for number in range(ROUNDS):
        articles = [extract_runs.article(f"{side}{number}", number) for side in "ab"]
        started = [(article, extract_runs.start(article)) for article in articles]
        time.sleep(random.Random(number).uniform(0, 0.08))
        save_hand_edit(events, number)
        for _, process in started:
            process.join(30)
        timeline = load_timeline(events)
        cited = {c.source for e in timeline.events for c in e.sources}
        for article, process in started:
            output = extract_runs.output(article)
            if process.exitcode == 0:
                assert article.stem in cited, f"round {number}: said it wrote:\n{output}"
            else:
                assert "changed while" in output and len(output.splitlines()) <= 3, output
        ids = {e.id for e in timeline.events}
        assert {f"hand-{n}" for n in range(number + 1)} <= ids, f"round {number}"
        assert not machine_ids_missing_from_ledger(events), f"round {number}"


def test_runs_started_at_once_queue_for_the_lock_and_each_adds_its_event(
    extract_runs: ExtractRuns,
) -> None:
    """Three runs started together all finish with exit 0, each event written once."""
    articles = [extract_runs.article(f"q{n}", n) for n in range(3)]
    started = [extract_runs.start(article) for article in articles]
    for process in started:
        process.join(30)
    assert [p.exitcode for p in started] == [0, 0, 0]
    cited = [c.source for e in load_timeline(extract_runs.events).events for c in e.sources]
    assert sorted(cited) == ["q0", "q1", "q2", "seed"]
