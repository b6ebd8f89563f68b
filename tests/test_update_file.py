"""`update_file`: events.yaml and its ledger written as one step, under a lock, never over
a hand edit saved meanwhile."""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from timeline.errors import TimelineError
from timeline.events import MergedEvent
from timeline.model import Citation, PartialDate, Source
from timeline.store import load_timeline
from timeline.update import Interrupted, LedgerEntry, ledger_path, read_ledger, update_file
from timeline.update import file as update_module

SOURCES = [Source("gazette")]
HAND = "\n  - id: hand\n    date: 1999\n    title: Written while the run merged\n"


def merged(year: int) -> MergedEvent:
    quote = f"The ferry sailed in {year}."
    return MergedEvent(
        date=PartialDate(year),
        end=None,
        title=f"Ferry sails {year}",
        text=quote,
        tags=(),
        citations=(Citation("gazette", quote),),
        mentions=1,
    )


@pytest.fixture
def events(tmp_path: Path) -> Path:
    path = tmp_path / "events.yaml"
    update_file(path, [merged(2001)], SOURCES)
    return path


def test_temporary_files_a_killed_run_left_are_removed(events: Path) -> None:
    """`.events.yaml.*.tmp` and the ledger's and schema's are gone after the next run."""
    left = [
        events.with_name(".events.yaml.k1ll3d0x.tmp"),
        events.with_name(".events.ledger.json.a8b_c9zz.tmp"),
        events.parent / ".timeline" / ".events.schema.json.qq12ww34.tmp",
    ]
    for path in left:
        path.write_text("half")
    mine = events.with_name(".events.yaml.notes")
    mine.write_text("a person's file")
    update_file(events, [merged(2001)], SOURCES)
    assert not any(path.exists() for path in left)
    assert mine.exists()


def test_a_hand_edit_saved_during_the_merge_is_merged_not_overwritten(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file changed between read and write: the run merges again from the new text."""
    real = update_module.update_timeline
    calls: list[int] = []

    def merge_while_a_person_saves(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if not calls:
            events.write_text(events.read_text() + HAND)
        calls.append(1)
        return result

    monkeypatch.setattr(update_module, "update_timeline", merge_while_a_person_saves)
    update = update_file(events, [merged(2001), merged(2002)], SOURCES)
    assert len(calls) == 2 and update.added == ["2002-ferry-sails-2002"]
    assert {e.id for e in load_timeline(events).events} == {
        "2001-ferry-sails-2001",
        "2002-ferry-sails-2002",
        "hand",
    }


def test_a_file_that_keeps_changing_stops_the_run_with_one_line(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `MERGE_ATTEMPTS` merges the run gives up and writes nothing."""
    before = (events.read_bytes(), ledger_path(events).read_bytes())
    real = update_module.update_timeline

    def merge_while_a_person_keeps_saving(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        events.write_text(events.read_text() + "# saved again\n")
        return result

    monkeypatch.setattr(update_module, "update_timeline", merge_while_a_person_keeps_saving)
    with pytest.raises(TimelineError, match=r"events.yaml: changed while merging, 5 times; "):
        update_file(events, [merged(2002)], SOURCES)
    assert events.read_bytes().startswith(before[0])
    assert ledger_path(events).read_bytes() == before[1]


def test_a_second_run_waits_for_the_lock_and_says_so(events: Path) -> None:
    """While another run holds `.timeline/events.yaml.lock`, a run waits, then merges."""
    lock = FileLock(events.parent / ".timeline" / "events.yaml.lock")
    waiting = threading.Event()
    with lock:
        run = threading.Thread(
            target=update_file,
            args=(events, [merged(2002)], SOURCES),
            kwargs={"on_wait": waiting.set},
        )
        run.start()
        assert waiting.wait(10)
        assert "2002" not in events.read_text()
    run.join(10)
    assert "2002-ferry-sails-2002" in events.read_text()


def test_ctrl_c_during_the_write_lets_it_finish_then_says_it_wrote(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interrupt between the ledger and events.yaml writes is held until both are done."""
    real = update_module.write_text_atomic

    def interrupted_write(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)
        return real(*args, **kwargs)

    monkeypatch.setattr(update_module, "write_text_atomic", interrupted_write)
    with pytest.raises(Interrupted) as caught:
        update_file(events, [merged(2001), merged(2002)], SOURCES)
    assert caught.value.update.added == ["2002-ferry-sails-2002"]
    assert "2002-ferry-sails-2002" in events.read_text()
    assert '"pending"' not in ledger_path(events).read_text()


def test_a_dry_run_takes_no_lock_and_writes_nothing(tmp_path: Path) -> None:
    """Not even the `.timeline` folder appears for a dry run into a new file."""
    update = update_file(tmp_path / "events.yaml", [merged(2001)], SOURCES, dry_run=True)
    assert update.added and list(tmp_path.iterdir()) == []


def test_a_lock_that_cannot_be_made_is_one_line_naming_the_file(tmp_path: Path) -> None:
    """A file where the `.timeline` folder should be: a one-line error, nothing written."""
    (tmp_path / ".timeline").write_text("not a folder")
    with pytest.raises(TimelineError, match=r"events.yaml: cannot write \(cannot lock "):
        update_file(tmp_path / "events.yaml", [merged(2001)], SOURCES)
    assert not (tmp_path / "events.yaml").exists()


def test_the_ledger_the_run_read_is_taken_back_while_its_bytes_are_unchanged(
    events: Path,
) -> None:
    """A run reads the ledger once: `update_file` takes the one read before extracting
    (here told apart by a record the file lacks), and reads the file when it changed."""
    read = read_ledger(events)
    assert read is not None
    gone = {**read.ledger.events, "gone": LedgerEntry("1900", frozenset())}
    marked = replace(read, ledger=replace(read.ledger, events=gone))
    stale = replace(marked, digest="0" * 64)
    assert (
        "gone" not in update_file(events, [merged(2001)], SOURCES, ledger_read=stale).ledger.events
    )
    assert "gone" in update_file(events, [merged(2001)], SOURCES, ledger_read=marked).ledger.events
