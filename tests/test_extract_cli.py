"""`timeline extract`: the command end to end on article files written to disk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.store import load_timeline

ARTICLES = {
    "gazette.txt": (
        "Harbour Bridge opens\n\n"
        "Mayor Tomas Reyes opened the new Harbour Bridge on Tuesday after four years of works. "
        "A storm flooded the old market district on Tuesday, cutting power to 2,000 homes."
    ),
    "courier.txt": (
        "Crowds cheer the new bridge\n\n"
        "The Harbour Bridge was opened by Mayor Tomas Reyes on Tuesday before cheering crowds. "
        "The bridge replaces a ferry line dating back to 1958."
    ),
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


def test_extract_writes_events_and_a_ledger_and_reports_counts(articles: Path) -> None:
    """A first run creates events.yaml and its ledger and prints what it did."""
    out = articles.parent / "events.yaml"
    code, stdout, _ = invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    assert code == 0
    assert stdout.startswith(f"{out}: 3 added, 0 refreshed")
    timeline = load_timeline(out)
    assert {e.date.iso() for e in timeline.events} == {"1958", "2024-03-12"}
    bridge = next(e for e in timeline.events if "Harbour Bridge" in e.tags)
    assert set(bridge.source_ids) == {"gazette", "courier"}
    assert (articles.parent / "events.ledger.json").exists()


def test_rerun_is_a_no_op_and_dry_run_writes_nothing(articles: Path) -> None:
    """Running again changes nothing; --dry-run prints a summary and diff, writes nothing."""
    out = articles.parent / "events.yaml"
    invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    before = out.read_text()
    code, stdout, _ = invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    assert code == 0 and "0 added, 0 refreshed, 3 unchanged" in stdout
    (articles / "herald.txt").write_text(
        "The city council voted on March 1 to build a second bridge.", encoding="utf-8"
    )
    code, stdout, _ = invoke(
        str(articles), "-o", str(out), "--published", "2024-03-14", "--dry-run"
    )
    assert code == 0
    assert "(dry run, nothing written): 1 added" in stdout
    assert "+  - id: 2024-03-01-city-council-voted-build-second" in stdout
    assert out.read_text() == before


def test_missing_publication_date_is_noted_once_per_file(articles: Path) -> None:
    """Without a date, relative dates stay unresolved and each file says so once."""
    out = articles.parent / "events.yaml"
    code, _, stderr = invoke(str(articles), "-o", str(out))
    assert code == 0
    for name in ARTICLES:
        assert stderr.count(f"{name}: no publication date found") == 1
    assert {e.date.iso() for e in load_timeline(out).events} == {"1958"}


def test_top_keeps_the_most_important_dates(articles: Path) -> None:
    """--top 1 keeps only the date with the most reporting."""
    out = articles.parent / "events.yaml"
    invoke(str(articles), "-o", str(out), "--published", "2024-03-14", "--top", "1")
    assert {e.date.iso() for e in load_timeline(out).events} == {"2024-03-12"}


def test_workers_give_the_same_file_as_a_single_process(articles: Path) -> None:
    """--workers 2 extracts in a process pool with the same result."""
    one, two = articles.parent / "one.yaml", articles.parent / "two.yaml"
    invoke(str(articles), "-o", str(one), "--published", "2024-03-14")
    invoke(str(articles), "-o", str(two), "--published", "2024-03-14", "--workers", "2")
    assert one.read_text() == two.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--published", "14/03/2024"],
            ["Error: --published: expected YYYY-MM-DD, got '14/03/2024'"],
        ),
        (
            ["missing-folder"],
            ["missing-folder: no such file or folder", "1 input failed; {out} not written"],
        ),
    ],
)
def test_bad_input_is_one_line_without_traceback(
    articles: Path, args: list[str], message: list[str]
) -> None:
    """Bad options or inputs print one line each, no traceback, and exit 1."""
    inputs = [] if args[0] == "missing-folder" else [str(articles)]
    out = articles.parent / "e.yaml"
    code, _, stderr = invoke(*inputs, *args, "-o", str(out))
    assert code == 1
    assert stderr.strip().splitlines() == [line.format(out=out) for line in message]
    assert not out.exists()


def test_a_broken_events_file_is_reported_with_its_line(articles: Path) -> None:
    """An invalid existing events.yaml stops the run with file:line problems."""
    out = articles.parent / "events.yaml"
    out.write_text("title: X\nevents:\n  - id: a\n    date: soon\n    title: T\n")
    code, _, stderr = invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    assert code == 1
    assert f"{out}:4:" in stderr
    assert "Traceback" not in stderr


def test_a_crlf_events_file_stays_crlf(articles: Path) -> None:
    """A file saved with Windows line endings keeps them, so a diff shows only real changes."""
    out = articles.parent / "events.yaml"
    invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    out.write_bytes(out.read_bytes().replace(b"\n", b"\r\n"))
    (articles / "herald.txt").write_text(
        "The city council voted on March 1 to build a second bridge.", encoding="utf-8"
    )
    code, stdout, _ = invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    assert code == 0 and "1 added" in stdout
    data = out.read_bytes()
    assert b"city-council" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_a_date_or_url_supplied_later_updates_only_unedited_source_entries(
    articles: Path,
) -> None:
    """A second run that brings publication dates (`--published`) or a URL (manifest) fills
    in the sources the extractor wrote; an entry a person edited keeps its own values."""
    out = articles.parent / "events.yaml"
    assert invoke(str(articles), "-o", str(out))[0] == 0
    first = {s.id: s for s in load_timeline(out).sources}
    assert first["gazette"].published is None and first["courier"].published is None

    code, stdout, _ = invoke(str(articles), "-o", str(out), "--published", "2024-03-14")
    assert code == 0, stdout
    assert "2 sources updated" in stdout
    second = {s.id: s for s in load_timeline(out).sources}
    assert {s.published.iso() for s in second.values() if s.published} == {"2024-03-14"}
    assert len(second) == 2

    text = out.read_text(encoding="utf-8")
    edited = text.replace("title: Crowds cheer the new bridge", "title: Crowds cheer  # mine")
    edited = edited.replace("  - id: gazette\n", "  # the wire copy\n  - id: gazette  # archived\n")
    assert edited.count("#") == text.count("#") + 3
    out.write_text(edited, encoding="utf-8")
    manifest = articles.parent / "manifest.yaml"
    manifest.write_text(
        "gazette.txt:\n  published: 2024-03-13\n  url: https://gazette.example/bridge\n"
        "courier.txt:\n  published: 2024-03-13\n  url: https://courier.example/bridge\n",
        encoding="utf-8",
    )
    code, stdout, _ = invoke(str(articles), "-o", str(out), "--manifest", str(manifest))
    assert code == 0, stdout
    third = {s.id: s for s in load_timeline(out).sources}
    assert third["gazette"].url == "https://gazette.example/bridge"
    assert third["gazette"].published is not None
    assert third["gazette"].published.iso() == "2024-03-13"
    # the edited entry is exactly as the person left it
    assert third["courier"] == replace(second["courier"], title="Crowds cheer")
    final = out.read_text(encoding="utf-8")
    assert "title: Crowds cheer  # mine" in final
    assert "  # the wire copy\n  - id: gazette  # archived\n" in final  # comments kept

    code, stdout, _ = invoke(str(articles), "-o", str(out))
    assert code == 0
    assert "updated" not in stdout  # a run without the manifest erases nothing
    assert {s.id: s for s in load_timeline(out).sources} == third
