"""`timeline render` and `timeline new`: the site as plain files, and a fresh project."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path
from typing import cast

import click

from timeline.errors import TimelineError

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


def write_rendered(
    events: Path, out: Path, grouping: str = "auto", directory_urls: bool = True
) -> list[str]:
    """Write the generated pages and stylesheet under `out`; return their relative paths.

    `out` must be empty, missing, or a folder an earlier render wrote (its stale pages go).
    """
    from timeline.generate import STYLESHEET, Grouping, render_pages, stylesheet
    from timeline.store import load_timeline

    timeline = load_timeline(str(events))
    marker = out / _RENDER_MARKER
    if out.exists() and any(out.iterdir()) and not marker.is_file():
        raise TimelineError(f"{out}: not empty and not written by `timeline render`; pick --out")
    pages = render_pages(
        timeline,
        events_path=events.as_posix(),
        grouping=cast(Grouping, grouping),
        directory_urls=directory_urls,
    )
    pages[STYLESHEET] = stylesheet()
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


@click.command()
@click.option(
    "--events",
    "events",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("events.yaml"),
    show_default=True,
    help="The timeline file.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("docs/timeline"),
    show_default=True,
    help="Folder for the Markdown pages.",
)
@click.option(
    "--grouping",
    type=click.Choice(["auto", "decade", "year", "month"]),
    default="auto",
    show_default=True,
    help="How events are grouped into pages.",
)
@click.option(
    "--directory-urls/--no-directory-urls",
    default=True,
    show_default=True,
    help="Match mkdocs.yml's `use_directory_urls` (links between pages depend on it).",
)
def render(events: Path, out: Path, grouping: str, directory_urls: bool) -> None:
    """Write the site's pages as plain Markdown files, for MkDocs without the plugin.

    Example: timeline render --events events.yaml --out docs/timeline

    Add `extra_css: [timeline/assets/timeline.css]` and the `attr_list` Markdown extension
    to mkdocs.yml (the plugin does both by itself).
    """
    if not events.is_file():
        raise TimelineError(f"{events}: file not found")
    written = write_rendered(events, out, grouping, directory_urls)
    click.echo(f"Wrote {len(written)} files to {out}")


def scaffold_project(directory: Path, title: str) -> list[str]:
    """Create a new timeline project in `directory`; return the files written."""
    from timeline.schema import SCHEMA_LINE, install_schema

    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise TimelineError(f"{directory}: already exists and is not empty")
    templates = files("timeline") / "scaffold"
    written: list[str] = []
    for template, target in _SCAFFOLD.items():
        text = (templates / template).read_text(encoding="utf-8")
        text = text.replace("__SCHEMA_LINE__", SCHEMA_LINE).replace("__TITLE__", json.dumps(title))
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


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default=None, help="The timeline's title (default: the folder name).")
def new(directory: Path, title: str | None) -> None:
    """Create a new timeline project: events.yaml, mkdocs.yml and a Pages workflow.

    Example: timeline new my-timeline
    """
    name = title or directory.resolve().name.replace("-", " ").replace("_", " ").title()
    written = scaffold_project(directory, name)
    click.echo(f"Created {directory} ({len(written)} files). Next steps:")
    click.echo(f"  cd {directory}")
    click.echo("  timeline check events.yaml    # validate your edits")
    click.echo("  mkdocs serve                  # preview at http://127.0.0.1:8000")
    click.echo("  mkdocs build --strict         # the site, in site/")
    click.echo("  mkdocs gh-deploy              # publish to the gh-pages branch")
    click.echo("Or push to GitHub: .github/workflows/pages.yml deploys (see requirements.txt).")


COMMANDS: list[click.Command] = [render, new]
