"""`timeline render` and `timeline new`: the site as plain files, and a fresh project."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import click

from timeline.cli._options import events_option
from timeline.errors import TimelineError, printable
from timeline.project import (
    ENGINES,
    Engine,
    install_requirement,
    scaffold_project,
    write_rendered,
)


@click.command()
@events_option
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
@click.option(
    "--language",
    default="en",
    show_default=True,
    help="The site's language, as in mkdocs.yml's `theme.language` (en, es, fr, de, it, pt).",
)
@click.option(
    "--edit-page/--no-edit-page",
    default=False,
    show_default=True,
    help='Also write the "How to edit" page (left out of published sites by default).',
)
def render(
    events: Path, out: Path, grouping: str, directory_urls: bool, language: str, edit_page: bool
) -> None:
    """Write the site's pages as plain Markdown files, for MkDocs without the plugin.

    Example: timeline render --events events.yaml --out docs/timeline

    Add `extra_css: [timeline/assets/timeline.css]`, `extra_javascript:
    [timeline/assets/timeline.js]` and the `attr_list` and `md_in_html` Markdown extensions to
    mkdocs.yml (the plugin does this by itself). Zensical builds the same files:
    `timeline new --engine zensical` sets a project up for it.
    """
    if not events.exists():
        raise TimelineError(f"{events}: file not found")
    written = write_rendered(events, out, grouping, directory_urls, language, edit_page)
    click.echo(f"Wrote {len(written)} files to {printable(str(out))}")


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default=None, help="The timeline's title (default: the folder name).")
@click.option(
    "--example",
    is_flag=True,
    help="Start from two example events and a source instead of an empty timeline.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="mkdocs",
    show_default=True,
    help="Build with MkDocs and the timeline plugin, or with Zensical from `timeline render`.",
)
def new(directory: Path, title: str | None, example: bool, engine: str) -> None:
    """Create a new timeline project: events.yaml, mkdocs.yml and a Pages workflow.

    Example: timeline new my-timeline
    """
    name = title or directory.resolve().name.replace("-", " ").replace("_", " ").title()
    written = scaffold_project(directory, name, example=example, engine=cast(Engine, engine))
    shown = printable(str(directory))
    click.echo(f"Created {shown} ({len(written)} files). Next steps:")
    click.echo(f"  cd {shown}")
    click.echo(
        "  timeline extract articles/ -o events.yaml     # events from your articles (files, URLs)"
    )
    click.echo("  timeline check events.yaml    # validate your edits")
    if engine == "zensical":
        click.echo("  timeline render --out docs/timeline && zensical serve   # preview")
        click.echo("  timeline render --out docs/timeline && zensical build   # the site, in site/")
    else:
        click.echo("  mkdocs serve                  # preview at http://127.0.0.1:8000")
        click.echo("  mkdocs build --strict         # the site, in site/")
        click.echo("  mkdocs gh-deploy --strict     # publish to the gh-pages branch")
    click.echo("Or push to GitHub: .github/workflows/pages.yml deploys the site.")
    if install_requirement() is None:
        click.echo(
            "Note: add the line you install `timeline` with to requirements.txt first "
            "(this copy was installed from a local folder, which CI cannot reach)."
        )


COMMANDS: list[click.Command] = [render, new]
