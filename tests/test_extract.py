"""The extraction pipeline: inputs listed in the parent, read and analysed in workers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import extract
from timeline.errors import TimelineError
from timeline.ingest import ArticleInput, expand_inputs

STORIES = [
    "The ferry to Skye resumed service on Monday after a week of storms.",
    "The old lighthouse at Portree was repainted on Tuesday by volunteers.",
    "Fishermen in Mallaig landed a record catch of herring on Wednesday.",
    "The island council approved a new harbour budget on Thursday.",
    "A folk festival opened in Portree on Friday with a ceilidh.",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for number, story in enumerate(STORIES):
        (root / f"story-{number}.txt").write_text(f"Island news {number}\n\n{story}\n")
    (root / "undated.md").write_text("# Notes\n\nThe pier reopened on Saturday.\n")
    return root


def run(folder: Path, workers: int) -> extract.Extraction:
    done: list[int] = []
    result = extract.extract_inputs(
        expand_inputs([str(folder)]),
        published=dt.date(2024, 3, 14),
        workers=workers,
        on_done=done.append,
    )
    assert sum(done) == len(STORIES) + 1
    return result


def test_a_process_pool_reads_and_finds_the_same_events_as_one_process(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small chunks force the pool; events, sources and notes match the serial run."""
    monkeypatch.setattr(extract, "CHUNK_SIZE", 2)
    serial = run(folder, 1)
    pooled = run(folder, 2)
    assert pooled.events == serial.events
    assert [s.id for s in pooled.sources] == [s.id for s in serial.sources]
    assert pooled.candidates == serial.candidates


@pytest.mark.parametrize("workers", [1, 2])
def test_notes_arrive_in_input_order_with_their_paths(
    folder: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """Each article's notes (a missing date) reach the caller once, naming its file."""
    monkeypatch.setattr(extract, "CHUNK_SIZE", 2)
    notes: list[str] = []
    extract.extract_inputs(
        expand_inputs([str(folder)]),
        workers=workers,
        on_note=lambda path, message: notes.append(Path(path).name),
    )
    assert notes == sorted(notes) and len(notes) == len(STORIES) + 1


def test_published_dates_resolve_relative_days_in_the_workers(folder: Path) -> None:
    """A run-wide publication date reaches the workers: Monday resolves against it."""
    result = extract.extract_inputs(
        expand_inputs([str(folder)]), published=dt.date(2024, 3, 14), workers=1
    )
    assert "2024-03-11" in {e.date.iso() for e in result.events}


def test_a_bad_language_stops_before_reading(folder: Path) -> None:
    """An invalid --lang is one error, raised before any article is read."""
    with pytest.raises(TimelineError, match="language: expected a code"):
        extract.extract_inputs(expand_inputs([str(folder)]), language="!!")


def test_a_runner_starts_its_first_chunks_before_a_result_is_asked() -> None:
    """`in_order` submits a window of chunks at once (workers start up while the caller
    loads stored results), then one per result taken; results come in input order."""
    from concurrent.futures import ThreadPoolExecutor

    chunks = [[ArticleInput(f"a{i}.txt", f"a{i}")] for i in range(10)]
    submitted: list[object] = []
    with ThreadPoolExecutor(2) as pool:

        def submit(chunk: list[ArticleInput]) -> object:
            submitted.append(chunk)
            return pool.submit(lambda c: c, chunk)

        results = extract.in_order(submit, chunks, 4)
        assert len(submitted) == 4
        assert next(results) == chunks[0]
        assert len(submitted) == 5
        assert list(results) == chunks[1:]
