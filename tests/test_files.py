"""Reading and atomically replacing files: symlinks, modes and located errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.files import write_text_atomic


def test_write_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    """Writing to a symlink replaces the target's content; the link stays a link."""
    real = tmp_path / "data" / "events.yaml"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "events.yaml"
    link.symlink_to(Path("data") / "events.yaml")
    write_text_atomic(link, "new\n")
    assert link.is_symlink()
    assert real.read_text() == "new\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["events.yaml"]


def test_write_through_a_chain_of_symlinks_reaches_the_final_target(tmp_path: Path) -> None:
    """A link to a link is followed to the real file."""
    real = tmp_path / "real.yaml"
    real.write_text("old\n")
    (tmp_path / "middle.yaml").symlink_to(real)
    (tmp_path / "events.yaml").symlink_to(tmp_path / "middle.yaml")
    write_text_atomic(tmp_path / "events.yaml", "new\n")
    assert real.read_text() == "new\n"
    assert (tmp_path / "events.yaml").is_symlink() and (tmp_path / "middle.yaml").is_symlink()


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    """A link whose target does not exist yet gets the target created, not replaced."""
    link = tmp_path / "events.yaml"
    link.symlink_to("target.yaml")
    write_text_atomic(link, "new\n")
    assert link.is_symlink()
    assert (tmp_path / "target.yaml").read_text() == "new\n"


def test_a_symlink_loop_is_a_one_line_error(tmp_path: Path) -> None:
    """Links pointing at each other are reported, not followed forever."""
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    with pytest.raises(TimelineError, match=r"a\.yaml: cannot write"):
        write_text_atomic(tmp_path / "a.yaml", "x\n")


def test_the_target_keeps_its_permissions(tmp_path: Path) -> None:
    """Replacing a file through a link keeps the target's mode bits."""
    real = tmp_path / "real.yaml"
    real.write_text("old\n")
    os.chmod(real, 0o640)
    (tmp_path / "events.yaml").symlink_to(real)
    write_text_atomic(tmp_path / "events.yaml", "new\n")
    assert real.stat().st_mode & 0o777 == 0o640
