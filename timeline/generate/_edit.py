"""The "how to edit" page: where the data lives, how to check, preview and publish it."""

from __future__ import annotations

from timeline.generate._locale import Locale
from timeline.generate._text import escape_inline


def edit_page(events_path: str, locale: Locale) -> str:
    """The page's instructions are in English; its title follows the site's language."""
    path = escape_inline(events_path)
    return "\n".join(
        [
            f"# {locale.words.how_to_edit}",
            "",
            f"Every page of this site is generated from one file, `{path}`. Edit it with any",
            "text editor; the site follows.",
            "",
            "## Change an event",
            "",
            f"1. Open `{path}` and find the event by its `id` (the anchor of its card: the",
            "   `¶` link next to each title).",
            "2. Change its `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` — write only what is",
            "   known), `title`, `text`, `tags` or `sources`.",
            "3. Set `locked: true` if re-running the extractor must never touch it (an edited",
            "   event is already left alone).",
            f"4. Run `timeline check {path}`: every problem is reported as `file:line:column`.",
            "",
            "## Preview",
            "",
            "```sh",
            "mkdocs serve        # http://127.0.0.1:8000, rebuilds when the file changes",
            "mkdocs build --strict",
            "```",
            "",
            "## Publish",
            "",
            "Push to GitHub with the workflow in `.github/workflows/pages.yml` and choose",
            "*Settings → Pages → Source: GitHub Actions*; every push to the default branch",
            "rebuilds the site. Or publish from your machine to the `gh-pages` branch:",
            "",
            "```sh",
            "mkdocs gh-deploy --strict",
            "```",
            "",
            "## Without the MkDocs plugin",
            "",
            "`timeline render --out docs/timeline` writes these same pages as plain Markdown",
            "files (plus their stylesheet and script) that any MkDocs can build.",
            "",
        ]
    )
