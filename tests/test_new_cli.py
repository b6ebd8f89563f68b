"""`timeline new DIR`: a fresh project that builds and deploys as it stands."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import MkdocsBuild

from timeline.cli import main
from timeline.store import load_timeline
from timeline.store.schema import SCHEMA_LINE


def test_new_scaffolds_events_site_config_workflow_and_gitignore(tmp_path: Path) -> None:
    """The new folder holds a valid events.yaml, mkdocs.yml, the Pages workflow and .gitignore."""
    target = tmp_path / "my-timeline"
    result = CliRunner().invoke(main, ["new", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Created {target} (")
    assert "mkdocs serve" in result.output and "mkdocs gh-deploy" in result.output
    events = target / "events.yaml"
    assert events.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE
    assert load_timeline(events).title == "My Timeline"
    assert (target / ".timeline" / "events.schema.json").is_file()
    config = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "My Timeline"
    assert {"search", "timeline"} <= {
        next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]
    }
    workflow = (target / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "actions/deploy-pages" in workflow and "mkdocs build --strict" in workflow
    assert "site/" in (target / ".gitignore").read_text(encoding="utf-8")


def test_new_title_option_is_quoted_safely(tmp_path: Path) -> None:
    """A title with YAML-special characters survives into events.yaml exactly, and into
    mkdocs.yml with only the markup characters swapped for look-alikes."""
    title = 'Kim & Putin: "a summit" #2'
    result = CliRunner().invoke(main, ["new", str(tmp_path / "t"), "--title", title])
    assert result.exit_code == 0, result.output
    assert load_timeline(tmp_path / "t" / "events.yaml").title == title
    config = yaml.safe_load((tmp_path / "t" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "Kim ＆ Putin: ”a summit” #2"


@pytest.mark.parametrize("existing", ["file.txt", ".hidden"])
def test_new_refuses_a_non_empty_folder(tmp_path: Path, existing: str) -> None:
    """An existing non-empty folder is never overwritten: one line, exit status 1."""
    target = tmp_path / "taken"
    target.mkdir()
    (target / existing).write_text("keep me")
    result = CliRunner().invoke(main, ["new", str(target)])
    assert result.exit_code == 1
    assert result.output == f"Error: {target}: already exists and is not empty\n"
    assert sorted(p.name for p in target.iterdir()) == [existing]


def test_new_accepts_an_existing_empty_folder(tmp_path: Path) -> None:
    """An empty folder (a fresh `git clone` of an empty repo, say) is fine to fill."""
    result = CliRunner().invoke(main, ["new", str(tmp_path), "--title", "Here"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "events.yaml").is_file()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("options", "shown"),
    [([], "has no events yet"), (["--example"], "Something happened on a known day")],
)
def test_new_project_builds_strictly(
    tmp_path: Path, mkdocs_build: MkdocsBuild, options: list[str], shown: str
) -> None:
    """`mkdocs build --strict` succeeds in the new project with no edits at all."""
    target = tmp_path / "fresh"
    assert CliRunner().invoke(main, ["new", str(target), *options]).exit_code == 0
    build = mkdocs_build(target)
    assert build.returncode == 0, build.stderr
    assert "WARNING" not in build.stderr
    home = (target / "site" / "index.html").read_text(encoding="utf-8")
    assert shown in home


def _unwritable(tmp_path: Path, kind: str) -> Path:
    """A target the file system refuses: under a plain file, under /proc, or read-only."""
    if kind == "under-a-file":
        (tmp_path / "file.txt").write_text("x")
        return tmp_path / "file.txt" / "x"
    if kind == "proc":
        if not Path("/proc/self").is_dir():
            pytest.skip("no /proc on this system")
        return Path("/proc/timeline-test-x")
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root (or a non-POSIX system) ignores read-only folders")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    return locked / "x"


@pytest.mark.parametrize("kind", ["under-a-file", "proc", "read-only"])
def test_new_in_an_unwritable_place_is_one_error_line(tmp_path: Path, kind: str) -> None:
    """A folder that cannot be created ends in one `Error:` line naming it, no traceback."""
    target = _unwritable(tmp_path, kind)
    result = CliRunner().invoke(main, ["new", str(target)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    (line,) = result.output.splitlines()
    assert line.startswith(f"Error: {target}") and "cannot create the project" in line


def test_new_next_steps_publish_strictly(tmp_path: Path) -> None:
    """The suggested `gh-deploy` builds with `--strict`, like the CI workflow."""
    result = CliRunner().invoke(main, ["new", str(tmp_path / "t")])
    assert "mkdocs gh-deploy --strict" in result.output


def test_new_project_loads_no_web_fonts(tmp_path: Path) -> None:
    """The scaffolded site uses system fonts: no Google Fonts request exposes readers' IPs."""
    assert CliRunner().invoke(main, ["new", str(tmp_path / "t")]).exit_code == 0
    config = yaml.safe_load((tmp_path / "t" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["font"] is False


def test_a_hostile_title_cannot_inject_markup_into_the_site_name(
    tmp_path: Path, mkdocs_build: MkdocsBuild
) -> None:
    """MkDocs prints `site_name` unescaped, so `timeline new` writes a markup-free look-alike
    there, while events.yaml keeps the title exactly as typed."""
    title = "</title><script>alert(1)</script> & co"
    target = tmp_path / "hostile"
    assert CliRunner().invoke(main, ["new", str(target), "--title", title]).exit_code == 0
    assert load_timeline(target / "events.yaml").title == title
    site_name = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
    assert not set(site_name) & set("<>&")
    assert mkdocs_build(target).returncode == 0
    assert "<script>alert(1)" not in (target / "site" / "index.html").read_text(encoding="utf-8")


def test_new_starts_empty_and_says_how_to_extract(tmp_path: Path) -> None:
    """Without `--example` the timeline has no events or sources, and the next steps
    start with `timeline extract`."""
    result = CliRunner().invoke(main, ["new", str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    timeline = load_timeline(tmp_path / "t" / "events.yaml")
    assert (timeline.events, timeline.sources) == ((), ())
    assert "timeline extract articles/ -o events.yaml" in result.output
    check = CliRunner().invoke(main, ["check", str(tmp_path / "t" / "events.yaml")])
    assert check.exit_code == 0 and "warning" not in check.output


def test_new_example_writes_events_that_check_flags_as_placeholders(tmp_path: Path) -> None:
    """`--example` gives events to learn from; `timeline check` lists each placeholder line
    as a warning (still exit 0) until it is replaced."""
    assert CliRunner().invoke(main, ["new", str(tmp_path / "t"), "--example"]).exit_code == 0
    events = tmp_path / "t" / "events.yaml"
    assert len(load_timeline(events).events) == 2
    result = CliRunner().invoke(main, ["check", str(events)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if ": warning: placeholder" in line]
    lines = events.read_text(encoding="utf-8").splitlines()
    assert len(warnings) >= 5
    for warning in warnings:
        _, number, column, _ = warning.split(":", 3)
        phrase = warning.split("left in: ", 1)[1].strip("'\"")
        assert lines[int(number) - 1][int(column) - 1 :].startswith(phrase)
    edited = events.read_text(encoding="utf-8").replace("Something happened in 1961", "Treaty")
    events.write_text(edited, encoding="utf-8")
    again = CliRunner().invoke(main, ["check", str(events)])
    assert "Something happened in 1961" not in again.output
