"""A timeline project on disk: scaffolding a new one, and writing its pages as plain files.

Kept out of the CLI so the same operations serve scripts and tests without click.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from typing import cast

from timeline.errors import TimelineError
from timeline.generate import (
    DATA_SCRIPT,
    SCRIPT,
    STYLESHEET,
    Grouping,
    axis_script,
    render_pages,
    script,
    stylesheet,
    template_safe,
)
from timeline.model import Timeline

__all__ = ["install_requirement", "scaffold_project", "write_rendered"]

_RENDER_MARKER = ".timeline-render"
"""Lists the files `render` wrote, so a re-render removes stale pages and nothing else."""

_SCAFFOLD = {
    "events.yaml": "events.yaml",
    "mkdocs.yml": "mkdocs.yml",
    "requirements.txt": "requirements.txt",
    "gitignore": ".gitignore",
    "github/workflows/pages.yml": ".github/workflows/pages.yml",
}
"""Template in `timeline/scaffold/` → path in the new project (dotfiles are renamed)."""

_REQUIREMENT_TODO = """\
# TODO: add the line you install the `timeline` tool with, for example
#   timeline @ git+https://github.com/OWNER/timeline
# (until then the Pages build stops with: The "timeline" plugin is not installed)."""


@contextmanager
def _writing(what: str, directory: Path) -> Iterator[None]:
    """File-system failures (a read-only folder, /proc) as one `TimelineError` line naming
    the path, instead of a traceback."""
    try:
        yield
    except OSError as exc:
        path = exc.filename or directory
        reason = exc.strerror or str(exc)
        raise TimelineError(f"{path}: cannot {what}: {reason}") from None


def install_requirement(distribution: str = "timeline") -> str | None:
    """A requirements.txt line that reinstalls this tool elsewhere (a CI runner), if known.

    Read from the installer's PEP 610 record: a VCS install pins its commit, a URL install
    its archive. A local path (an editable checkout) cannot be reached from CI: None.
    """
    try:
        raw = metadata.distribution(distribution).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    if not raw:
        return None
    try:
        record = json.loads(raw)
    except json.JSONDecodeError:
        return None
    url = str(record.get("url", ""))
    if not url.startswith(("https://", "http://")):
        return None
    vcs = record.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git":
        commit = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"{distribution} @ git+{url}" + (f"@{commit}" if commit else "")
    return f"{distribution} @ {url}"


def scaffold_project(directory: Path, title: str) -> list[str]:
    """Create a new timeline project in `directory`; return the files written."""
    with _writing("create the project", directory):
        return _scaffold(directory, title)


def _scaffold(directory: Path, title: str) -> list[str]:
    from timeline.store.schema import SCHEMA_LINE, install_schema

    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise TimelineError(f"{directory}: already exists and is not empty")
    templates = files("timeline") / "scaffold"
    requirement = install_requirement() or _REQUIREMENT_TODO
    written: list[str] = []
    for template, target in _SCAFFOLD.items():
        text = (templates / template).read_text(encoding="utf-8")
        text = (
            text.replace("__SCHEMA_LINE__", SCHEMA_LINE)
            .replace("__SITE_NAME__", json.dumps(template_safe(title), ensure_ascii=False))
            .replace("__TITLE__", json.dumps(title, ensure_ascii=False))
            .replace("__TIMELINE_REQUIREMENT__", requirement)
        )
        path = directory / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(target)
    (directory / "docs").mkdir(exist_ok=True)
    (directory / "docs" / ".gitkeep").write_text("", encoding="utf-8")
    written.append("docs/.gitkeep")
    schema = install_schema(directory)
    written.append(os.path.relpath(schema, directory).replace(os.sep, "/"))
    return written


def write_rendered(
    events: Path,
    out: Path,
    grouping: str = "auto",
    directory_urls: bool = True,
    language: str = "en",
) -> list[str]:
    """Write the generated pages, stylesheet and script under `out`; return their paths.

    `out` must be empty, missing, or a folder an earlier render wrote (its stale pages go).
    """
    from timeline.store import load_timeline

    timeline = load_timeline(str(events))
    with _writing("write the pages", out):
        return _write_pages(
            timeline, events, out, cast(Grouping, grouping), directory_urls, language
        )


def _write_pages(
    timeline: Timeline,
    events: Path,
    out: Path,
    grouping: Grouping,
    directory_urls: bool,
    language: str,
) -> list[str]:
    marker = out / _RENDER_MARKER
    if out.exists() and any(out.iterdir()) and not marker.is_file():
        raise TimelineError(f"{out}: not empty and not written by `timeline render`; pick --out")
    pages = render_pages(
        timeline,
        events_path=events.as_posix(),
        grouping=grouping,
        directory_urls=directory_urls,
        language=language,
    )
    pages[STYLESHEET] = stylesheet()
    pages[SCRIPT] = script()
    pages[DATA_SCRIPT] = axis_script(
        timeline, grouping=grouping, directory_urls=directory_urls, language=language
    )
    if marker.is_file():
        for old in marker.read_text(encoding="utf-8").splitlines():
            stale = out / old
            if old and old not in pages and stale.is_file():
                stale.unlink()
    for rel, content in pages.items():
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    marker.write_text("\n".join(pages) + "\n", encoding="utf-8")
    return list(pages)
