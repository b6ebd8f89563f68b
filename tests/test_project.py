"""How `timeline new` tells a new project's CI to install this tool."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from timeline.project import install_requirement, scaffold_project


def _install_fake_distribution(site: Path, name: str, direct_url: dict[str, object] | None) -> None:
    """A real, minimal installed distribution (dist-info) on sys.path, as pip leaves it."""
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "INSTALLER").write_text("pip\n")
    if direct_url is not None:
        (info / "direct_url.json").write_text(json.dumps(direct_url))


@pytest.mark.parametrize(
    ("direct_url", "expected"),
    [
        (
            {"url": "https://github.com/ex/tl", "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
            "tl-fake @ git+https://github.com/ex/tl@abc123",
        ),
        (
            {"url": "https://example.org/tl-1.0.tar.gz", "archive_info": {}},
            "tl-fake @ https://example.org/tl-1.0.tar.gz",
        ),
        ({"url": "file:///home/me/timeline", "dir_info": {"editable": True}}, None),
        (None, "tl-fake>=1.0"),
    ],
    ids=["git-commit", "archive-url", "local-folder", "index-install"],
)
def test_install_requirement_pins_what_ci_can_reach(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    direct_url: dict[str, object] | None,
    expected: str | None,
) -> None:
    """A VCS, URL or package-index install is repeatable on a CI runner; a local folder is not."""
    _install_fake_distribution(tmp_path, "tl_fake", direct_url)
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert install_requirement("tl-fake") == expected


def test_a_source_tree_without_an_installer_record_is_not_reachable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Metadata no installer wrote (a checkout's egg-info) gives no requirement line."""
    info = tmp_path / "tl_fake.egg-info"
    info.mkdir()
    (info / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: tl-fake\nVersion: 1.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert install_requirement("tl-fake") is None


def test_scaffold_leaves_a_visible_todo_when_the_install_cannot_be_repeated(tmp_path: Path) -> None:
    """From a local checkout, requirements.txt says what to add instead of guessing."""
    if install_requirement() is not None:
        pytest.skip("this copy of timeline was installed from a reachable URL")
    scaffold_project(tmp_path / "new", "New")
    text = (tmp_path / "new" / "requirements.txt").read_text(encoding="utf-8")
    assert "mkdocs-material" in text
    assert "# TODO: add the line you install the `timeline` tool with" in text
    assert "cited-timeline @ git+https://github.com/OWNER/REPO" in text
