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
from typing import Literal, cast

from timeline.errors import Problem, TimelineError
from timeline.generate import (
    SCRIPT,
    STYLESHEET,
    Grouping,
    axis_files,
    render_pages,
    script,
    stylesheet,
    template_safe,
)
from timeline.model import Timeline

__all__ = [
    "DISTRIBUTION",
    "ENGINES",
    "Engine",
    "find_placeholders",
    "install_requirement",
    "scaffold_project",
    "write_rendered",
]

DISTRIBUTION = "cited-timeline"
"""The name this project is installed by (`pip install cited-timeline`): `timeline` on PyPI
is an unrelated project. The package, the command and the MkDocs plugin are `timeline`."""

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

Engine = Literal["mkdocs", "zensical"]
ENGINES: tuple[Engine, ...] = ("mkdocs", "zensical")

_ZENSICAL = {
    "mkdocs.yml": "zensical/mkdocs.yml",
    "requirements.txt": "zensical/requirements.txt",
    "github/workflows/pages.yml": "zensical/pages.yml",
}
"""The templates a Zensical project takes instead: no plugin (Zensical runs none), the
rendered pages' assets and extensions, and a workflow that runs `timeline render` first."""

_EXAMPLE = "example.yaml"
"""The filled-in events.yaml `timeline new --example` writes; its texts are the placeholders
`timeline check` warns about."""

_REQUIREMENT_TODO = f"""\
# TODO: add the line you install the `timeline` tool with, for example
#   {DISTRIBUTION} @ git+https://github.com/OWNER/REPO
# (the distribution is `{DISTRIBUTION}`: the PyPI project named `timeline` is another tool;
# until then the Pages build stops with: The "timeline" plugin is not installed)."""


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


def install_requirement(distribution: str = DISTRIBUTION) -> str | None:
    """A requirements.txt line that reinstalls this tool elsewhere (a CI runner), if known.

    Read from the installer's PEP 610 record: a VCS install pins its commit, a URL install
    its archive, an installer's install from a package index (no URL) names the
    distribution at least at this version. A local path (an editable checkout) cannot be
    reached from CI: None.
    """
    try:
        found = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return None
    raw = found.read_text("direct_url.json")
    if not raw:  # an installer's record without a URL: from an index; else a source tree
        return f"{distribution}>={found.version}" if found.read_text("INSTALLER") else None
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


def scaffold_project(
    directory: Path, title: str, *, example: bool = False, engine: Engine = "mkdocs"
) -> list[str]:
    """Create a new timeline project in `directory`; return the files written.

    events.yaml has no events or sources (extraction or the user fills it) unless `example`
    asks for a filled-in one to learn from. `engine` "zensical" sets the project up to build
    with Zensical from `timeline render`'s pages instead of MkDocs and the plugin.
    """
    with _writing("create the project", directory):
        return _scaffold(directory, title, example, engine)


def find_placeholders(text: str, path: str) -> list[Problem]:
    """Where an events.yaml still holds text of the `--example` file (a title, a sentence,
    an address), one warning per line: a site published with them would show them."""
    phrases = [phrase for phrase in _placeholders() if phrase in text]
    found: list[Problem] = []
    if not phrases:
        return found  # a phrase never spans lines: a file without any has none on a line
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue
        for phrase in phrases:
            column = line.find(phrase)
            if column >= 0:
                found.append(
                    Problem(
                        path,
                        number,
                        column + 1,
                        f"warning: placeholder text from `timeline new --example` left in: "
                        f"{phrase!r}",
                    )
                )
                break
    return found


def _placeholders() -> list[str]:
    """The example file's own words: every value of at least a few words or an address."""
    text = (files("timeline") / "scaffold" / _EXAMPLE).read_text(encoding="utf-8")
    values: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        value = line.split(":", 1)[1].strip() if ":" in line else line.strip()  # or folded
        if value.startswith(("http://", "https://")) or len(value.split()) >= 3:
            values.append(value)
    return values


def _scaffold(directory: Path, title: str, example: bool, engine: Engine) -> list[str]:
    from timeline.store.schema import SCHEMA_LINE, install_schema

    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise TimelineError(f"{directory}: already exists and is not empty")
    templates = files("timeline") / "scaffold"
    requirement = install_requirement() or _REQUIREMENT_TODO
    written: list[str] = []
    for template, target in _SCAFFOLD.items():
        if template == "events.yaml" and example:
            template = _EXAMPLE
        if engine == "zensical":
            template = _ZENSICAL.get(template, template)
        text = (templates / template).read_text(encoding="utf-8")
        if engine == "zensical" and target == ".gitignore":
            text += "docs/timeline/\n"  # `timeline render` writes it before each build
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
    if engine == "zensical":  # the site's root leads to the rendered timeline
        text = (templates / "zensical" / "index.md").read_text(encoding="utf-8")
        text = text.replace(
            "__SITE_NAME_TEXT__", json.dumps(template_safe(title), ensure_ascii=False)
        )
        (directory / "docs" / "index.md").write_text(text, encoding="utf-8")
        written.append("docs/index.md")
    else:
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
    edit: bool = False,
) -> list[str]:
    """Write the generated pages, stylesheet and script under `out`; return their paths.

    The "How to edit" page is left out unless `edit` asks for it (the output is published).

    `out` must be empty, missing, or a folder an earlier render wrote (its stale pages go).
    """
    from timeline.store import load_timeline

    timeline = load_timeline(str(events))
    with _writing("write the pages", out):
        return _write_pages(
            timeline, events, out, cast(Grouping, grouping), directory_urls, language, edit
        )


def _write_pages(
    timeline: Timeline,
    events: Path,
    out: Path,
    grouping: Grouping,
    directory_urls: bool,
    language: str,
    edit: bool,
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
        edit=edit,
    )
    pages[STYLESHEET] = stylesheet()
    pages[SCRIPT] = script()
    pages.update(
        axis_files(timeline, grouping=grouping, directory_urls=directory_urls, language=language)
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
