"""`timeline dates FILE [--published YYYY-MM-DD]`: show the dates the engine finds in an article.

The article is read exactly as `timeline extract` reads it (`timeline.ingest.read_article`:
HTML cleaned of scripts, comments and navigation; its publication date and language), so
what this command shows is what extraction sees. Offsets refer to that cleaned text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from timeline.cli._options import mode_option, parse_published
from timeline.errors import TimelineError, printable
from timeline.lang import article_languages

if TYPE_CHECKING:
    from timeline.ingest import Article

__all__ = ["COMMANDS", "dates"]

STDIN = "-"
_HTML_START = re.compile(r"\s*(?:<!--|<!doctype\s+html|<html|<head|<body|<article|<p[\s>])", re.I)


def _stdin_suffix(data: bytes) -> str:
    """The file type stdin holds, as `read_article` tells them apart: by suffix."""
    head = data[:2048].decode("utf-8", "replace")
    if _HTML_START.match(head):
        return ".html"
    return ".md" if head.startswith("---\n") else ".txt"


def _read(source: str, published: dt.date | None, language: str | None) -> Article:
    """The cleaned article at a path, a URL or `-` (standard input)."""
    from timeline.ingest import read_article

    if source != STDIN:
        return read_article(source, published=published, language=language)
    data = sys.stdin.buffer.read()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"stdin{_stdin_suffix(data)}"
        path.write_bytes(data)
        try:
            article = read_article(str(path), published=published, language=language)
        except TimelineError as exc:
            raise TimelineError(str(exc).replace(str(path), "<stdin>")) from None
    return article


def _languages(langs: tuple[str, ...], detected: str) -> tuple[str, ...]:
    """--lang codes as given, else the article's language (as `extract` reads it)."""
    given = tuple(code.strip() for item in langs for code in item.split(",") if code.strip())
    if given:
        return given
    return article_languages(detected)


@click.command("dates")
@click.argument("file", metavar="FILE")
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date (resolves relatives); default: the article's own date.",
)
@click.option(
    "--lang",
    "langs",
    multiple=True,
    help="Language code; repeat or comma-separate for several (en, es, fr, it, pt, de). "
    "Default: the article's detected language.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--show-text", is_flag=True, help="Print the cleaned text the offsets refer to.")
@mode_option
def dates(
    file: str,
    published: str | None,
    langs: tuple[str, ...],
    as_json: bool,
    show_text: bool,
    mode: str | None,
) -> None:
    """Print the date expressions found in FILE (a .txt, .md or .html file, a URL, or - for
    standard input), resolved against its publication date.

    Example: timeline dates story.html --published 2024-06-19 --lang en --mode narrative
    """
    from timeline.dates import as_mode, find_dates

    reference = parse_published(published)
    article = _read(file, reference, _languages(langs, "")[0] if langs else None)
    text = article.text
    languages = _languages(langs, article.language)
    chosen = as_mode(mode or article.mode)
    mentions = find_dates(text, reference or article.published, languages, mode=chosen)
    for note in article.notes:
        click.echo(printable(f"{'<stdin>' if file == STDIN else file}: {note}"), err=True)
    if show_text:
        click.echo(text)
        return
    lines = _LineCounter(text)
    for mention in mentions:
        if as_json:
            click.echo(json.dumps(asdict(mention), ensure_ascii=False))
            continue
        value = mention.value + (f"..{mention.end_value}" if mention.end_value else "")
        shown = " ".join(mention.text.split())
        line, column = lines.at(mention.start)
        click.echo(
            f"{line}:{column}\t{value:<24}\t{mention.precision:<8}\t{mention.resolution:<9}\t{shown}"
        )


class _LineCounter:
    """1-based (line, column) of offsets asked in increasing order: each newline is counted
    once, not once per mention (a megabyte of dates once made this quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1
        self.line_start = 0

    def at(self, offset: int) -> tuple[int, int]:
        if offset < self.offset:  # out of order: count again from the start
            self.offset, self.line, self.line_start = 0, 1, 0
        self.line += self.text.count("\n", self.offset, offset)
        last = self.text.rfind("\n", self.offset, offset)
        if last >= 0:
            self.line_start = last + 1
        self.offset = offset
        return self.line, offset - self.line_start + 1


COMMANDS: list[click.Command] = [dates]
