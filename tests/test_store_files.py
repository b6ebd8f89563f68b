"""Atomic writes: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.model import Event, PartialDate, Timeline
from timeline.store import load_timeline, write_text_atomic, write_timeline
from timeline.store.schema import SCHEMA_RELATIVE_PATH, schema_text

TIMELINE = Timeline(title="T", events=(Event(id="a", date=PartialDate(2024), title="A"),))


def test_write_timeline_writes_a_loadable_file_and_its_editor_schema(tmp_path: Path) -> None:
    """The written file loads back equal, and the schema its first line names exists."""
    path = tmp_path / "events.yaml"
    write_timeline(path, TIMELINE)
    assert load_timeline(path) == TIMELINE
    assert (tmp_path / SCHEMA_RELATIVE_PATH).read_text(encoding="utf-8") == schema_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".timeline", "events.yaml"]


def test_write_timeline_refreshes_a_stale_schema_copy(tmp_path: Path) -> None:
    """An outdated schema copy is replaced by the installed package's schema."""
    copy = tmp_path / SCHEMA_RELATIVE_PATH
    copy.parent.mkdir()
    copy.write_text("{}", encoding="utf-8")
    write_timeline(tmp_path / "events.yaml", TIMELINE)
    assert json.loads(copy.read_text(encoding="utf-8")) == json.loads(schema_text())


def test_a_failed_write_leaves_the_old_file_intact(tmp_path: Path) -> None:
    """If writing fails midway, the old content survives and no temporary file is left."""
    path = tmp_path / "events.yaml"
    path.write_text("old content\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(path, "new content \ud800 cannot be encoded")
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.yaml"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only directories")
def test_an_unwritable_directory_is_a_one_line_error(tmp_path: Path) -> None:
    """A directory we cannot write to gives a TimelineError naming the file."""
    path = tmp_path / "events.yaml"
    path.write_text("old\n", encoding="utf-8")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(TimelineError, match=r"events\.yaml: cannot write"):
            write_text_atomic(path, "new\n")
    finally:
        tmp_path.chmod(0o700)
    assert path.read_text(encoding="utf-8") == "old\n"


def test_a_missing_directory_is_a_one_line_error(tmp_path: Path) -> None:
    """Writing into a folder that does not exist names the path instead of a traceback."""
    path = tmp_path / "nowhere" / "events.yaml"
    with pytest.raises(TimelineError) as info:
        write_text_atomic(path, "x\n")
    assert str(info.value).startswith(f"{path}: cannot write (")


def test_the_replacement_keeps_the_file_mode(tmp_path: Path) -> None:
    """Replacing a file keeps its permissions rather than the temp file's 0600."""
    path = tmp_path / "events.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o664)
    write_text_atomic(path, "new\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    assert path.read_text(encoding="utf-8") == "new\n"


def test_text_is_written_as_utf8_with_unix_newlines(tmp_path: Path) -> None:
    """Non-ASCII text is UTF-8 and newlines are not translated."""
    path = tmp_path / "out.yaml"
    write_text_atomic(path, "평양 café\n")
    assert path.read_bytes() == "평양 café\n".encode()
