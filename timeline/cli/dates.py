"""`timeline dates FILE --published YYYY-MM-DD`: show the dates the engine finds in a text."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

import click

from timeline.errors import TimelineError

__all__ = ["COMMANDS", "dates"]


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TimelineError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"{path}: cannot read: {exc}") from None


def _reference(published: str | None) -> dt.date | None:
    if published is None:
        return None
    try:
        return dt.date.fromisoformat(published)
    except ValueError:
        raise TimelineError(f"--published: expected YYYY-MM-DD, got '{published}'") from None


@click.command("dates")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (resolves relatives).")
@click.option(
    "--lang",
    "langs",
    multiple=True,
    default=("en",),
    show_default=True,
    help="Language code; repeat or comma-separate for several (en, es, fr, it, pt, de).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def dates(file: str, published: str | None, langs: tuple[str, ...], as_json: bool) -> None:
    """Print the date expressions found in FILE, resolved against --published.

    Example: timeline dates article.txt --published 2024-06-19 --lang en
    """
    from timeline.dates import find_dates

    text = _read(file)
    reference = _reference(published)
    languages = tuple(code.strip() for item in langs for code in item.split(",") if code.strip())
    mentions = find_dates(text, reference, languages)
    for mention in mentions:
        if as_json:
            click.echo(json.dumps(asdict(mention), ensure_ascii=False))
            continue
        value = mention.value + (f"..{mention.end_value}" if mention.end_value else "")
        shown = " ".join(mention.text.split())
        line, column = _line_column(text, mention.start)
        click.echo(
            f"{line}:{column}\t{value:<24}\t{mention.precision:<8}\t{mention.resolution:<9}\t{shown}"
        )


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


COMMANDS: list[click.Command] = [dates]
