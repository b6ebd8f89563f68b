"""`timeline render`: the plugin's pages as plain Markdown files, buildable without it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MkdocsBuild

from timeline.cli import main
from timeline.generate import render_pages
from timeline.store import load_timeline

PLAIN_MKDOCS_YML = textwrap.dedent(
    """\
    site_name: Plain MkDocs, no plugin
    theme:
      name: material
    extra_css: [timeline/assets/timeline.css]
    extra_javascript: [timeline/assets/timeline.js]
    markdown_extensions: [attr_list, toc]
    """
)


@pytest.fixture
def events_file(tmp_path: Path, plugin_project: Path) -> Path:
    return plugin_project / "events.yaml"


def test_render_writes_the_plugin_pages_and_stylesheet(events_file: Path, tmp_path: Path) -> None:
    """Every generated page lands under --out with the same Markdown the plugin serves."""
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["render", "--events", str(events_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    expected = render_pages(
        load_timeline(events_file), events_path=events_file.as_posix(), edit=False
    )
    assert result.output == f"Wrote {len(expected) + 3} files to {out}\n"  # + css, js, data
    assert not (out / "edit.md").exists()  # published output: no "How to edit" by default
    for rel, text in expected.items():
        assert (out / rel).read_text(encoding="utf-8") == text
    assert ".tl-event" in (out / "assets" / "timeline.css").read_text(encoding="utf-8")


def test_render_writes_the_edit_page_when_asked(events_file: Path, tmp_path: Path) -> None:
    """`--edit-page` adds the "How to edit" page to the rendered files."""
    out = tmp_path / "out"
    args = ["render", "--events", str(events_file), "--out", str(out), "--edit-page"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert "events.yaml" in (out / "edit.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_rendered_files_build_with_plain_mkdocs_strictly(
    events_file: Path, tmp_path: Path, mkdocs_build: MkdocsBuild
) -> None:
    """Without the plugin, MkDocs builds the rendered folder with zero warnings (links resolve)."""
    project = tmp_path / "plain"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(PLAIN_MKDOCS_YML, encoding="utf-8")
    out = project / "docs" / "timeline"
    result = CliRunner().invoke(main, ["render", "--events", str(events_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    build = mkdocs_build(project)
    assert build.returncode == 0, build.stderr
    assert "WARNING" not in build.stderr
    assert (project / "site" / "timeline" / "years" / "2024" / "index.html").is_file()


def test_rerender_removes_stale_pages_it_wrote(events_file: Path, tmp_path: Path) -> None:
    """When an event moves or goes, the page it leaves behind is deleted on the next render."""
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["render", "--events", str(events_file), "--out", str(out)]).exit_code
        == 0
    )
    assert (out / "tags" / "protest.md").is_file()
    text = events_file.read_text(encoding="utf-8").replace("tags: [protest]", "tags: [rally]")
    events_file.write_text(text, encoding="utf-8")
    assert (
        runner.invoke(main, ["render", "--events", str(events_file), "--out", str(out)]).exit_code
        == 0
    )
    assert not (out / "tags" / "protest.md").exists()
    assert (out / "tags" / "rally.md").is_file()


def test_render_refuses_a_folder_it_did_not_write(events_file: Path, tmp_path: Path) -> None:
    """A non-empty --out folder without render's marker is left alone, with a one-line error."""
    out = tmp_path / "docs"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    result = CliRunner().invoke(main, ["render", "--events", str(events_file), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out}: not empty and not written by `timeline render`; pick --out\n"
    )
    assert (out / "notes.md").read_text() == "mine"


def test_render_reports_a_broken_events_file_without_traceback(
    events_file: Path, tmp_path: Path
) -> None:
    """Validation problems print as `file:line:col` lines and a count; exit status 1."""
    text = events_file.read_text(encoding="utf-8").replace("date: 1961", "date: 1961-13")
    events_file.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["render", "--events", str(events_file), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{events_file}:11:") and "month 13" in lines[0]
    assert lines[-1] == "1 problem found"
    assert "Traceback" not in result.output


def test_render_reports_a_missing_events_file(tmp_path: Path) -> None:
    """A missing events file is one line naming it."""
    missing = tmp_path / "nope.yaml"
    result = CliRunner().invoke(main, ["render", "--events", str(missing)])
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: file not found\n"


@pytest.mark.parametrize("kind", ["under-a-file", "proc"])
def test_render_to_an_unwritable_place_is_one_error_line(
    events_file: Path, tmp_path: Path, kind: str
) -> None:
    """An --out the file system refuses ends in one `Error:` line naming it, no traceback."""
    if kind == "proc":
        if not Path("/proc/self").is_dir():
            pytest.skip("no /proc on this system")
        out = Path("/proc/timeline-test-x")
    else:
        (tmp_path / "file.txt").write_text("x")
        out = tmp_path / "file.txt" / "x"
    result = CliRunner().invoke(main, ["render", "--events", str(events_file), "--out", str(out)])
    assert result.exit_code == 1
    (line,) = result.output.splitlines()
    assert line.startswith(f"Error: {out}") and "cannot write the pages" in line


def test_render_writes_pages_in_the_chosen_language(events_file: Path, tmp_path: Path) -> None:
    """`--language de` gives German words and dates, as the plugin does for `theme.language`."""
    out = tmp_path / "out"
    args = ["render", "--events", str(events_file), "--out", str(out), "--language", "de"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert "19. Juni 2024" in (out / "years" / "2024.md").read_text(encoding="utf-8")
    assert (out / "assets" / "timeline.js").is_file()
