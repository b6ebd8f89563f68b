"""`timeline check`: OK line and exit 0, or every problem, a count and exit 1; no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

VALID = """\
title: T
sources:
  - id: ap
events:
  - id: a
    date: 2024
    title: A
    sources: [ap]
  - id: b
    date: 2024-06
    title: B
"""

BROKEN = """\
title: T
sources:
  - id: ap
events:
  - id: a
    date: 12/03
    title: A
    sources: [apx]
  - id: a
    titel: B
    date: 2024
    title: B
"""


def _run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(main, ["check", *args])
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


def test_a_valid_file_prints_ok_with_counts(tmp_path: Path) -> None:
    """A valid file: one line on stdout with event and source counts, exit 0."""
    (tmp_path / "events.yaml").write_text(VALID, encoding="utf-8")
    assert _run([], tmp_path) == (0, "events.yaml: OK (2 events, 1 source)\n", "")


def test_every_problem_is_listed_then_counted(tmp_path: Path) -> None:
    """A broken file: each problem as path:line:col on stderr, then the count, exit 1."""
    (tmp_path / "mine.yaml").write_text(BROKEN, encoding="utf-8")
    assert _run(["mine.yaml"], tmp_path) == (
        1,
        "",
        "mine.yaml:6:11: event 'a': date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '12/03'\n"
        "mine.yaml:8:15: event 'a': unknown source 'apx' (did you mean 'ap'?)\n"
        "mine.yaml:9:9: event 'a': duplicate id (first used on line 5)\n"
        "mine.yaml:10:5: event 'a': unknown key 'titel' (did you mean 'title'?)\n"
        "4 problems found\n",
    )


def test_the_path_is_shown_as_given(tmp_path: Path) -> None:
    """Problems name the file exactly as the user typed it."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "events.yaml").write_text("title: ''\n", encoding="utf-8")
    code, out, err = _run(["data/events.yaml"], tmp_path)
    assert (code, out) == (1, "")
    assert err == "data/events.yaml:1:8: title: must not be empty\n1 problem found\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "events.yaml:1:1: file is empty (expected 'title', 'sources' and 'events')\n"),
        (b"title: caf\xe9\n", "events.yaml:1:11: not valid UTF-8 (byte 0xe9 at offset 10)\n"),
        (
            b"title: [\n",
            "events.yaml:2:1: invalid YAML: while parsing a flow node, "
            "did not find expected node content\n",
        ),
    ],
    ids=["empty", "not-utf8", "bad-yaml"],
)
def test_unreadable_content_is_one_problem(tmp_path: Path, content: bytes, expected: str) -> None:
    """Files that are not a YAML mapping give one located problem, not a traceback."""
    (tmp_path / "events.yaml").write_bytes(content)
    assert _run([], tmp_path) == (1, "", expected + "1 problem found\n")


def test_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    """No events.yaml in the folder: `Error: events.yaml: no such file`, exit 1."""
    assert _run([], tmp_path) == (1, "", "Error: events.yaml: no such file\n")


def test_a_folder_means_its_events_yaml(tmp_path: Path) -> None:
    """`timeline check DIR` checks DIR/events.yaml and names it so."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "events.yaml").write_text(VALID, encoding="utf-8")
    expected = os.path.join("site", "events.yaml")
    assert _run(["site"], tmp_path) == (0, f"{expected}: OK (2 events, 1 source)\n", "")


def test_a_folder_without_events_yaml_is_a_one_line_error(tmp_path: Path) -> None:
    """A folder with no events.yaml: the error names the file that was looked for."""
    (tmp_path / "site").mkdir()
    expected = os.path.join("site", "events.yaml")
    assert _run(["site"], tmp_path) == (1, "", f"Error: {expected}: no such file\n")


def test_the_help_has_an_example() -> None:
    """`timeline check --help` shows how to run it."""
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0
    assert "timeline check events.yaml" in result.stdout
