"""`update_file`: merge an extraction into events.yaml on disk, with its ledger and schema.

The whole sequence a caller would otherwise have to get right: read events.yaml (keeping
its newline style) and the ledger, merge, write events.yaml before the ledger (both
atomically), and install the editor schema beside it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from timeline.files import decode_text, read_bytes, write_text_atomic
from timeline.merge import MergedEvent
from timeline.model import Source
from timeline.store.schema import install_schema
from timeline.update.ledger import dump_ledger, ledger_path, parse_ledger
from timeline.update.text import Update, update_timeline

__all__ = ["update_file"]


def update_file(
    path: str | os.PathLike[str],
    events: Sequence[MergedEvent],
    sources: Sequence[Source],
    *,
    title: str | None = None,
    dry_run: bool = False,
) -> Update:
    """Merge `events` (and their `sources`) into the events.yaml at `path` and its ledger.

    The file is created when missing; `title` names a new timeline or renames one. A dry
    run only computes the `Update` (its `diff` shows what would change). Raises
    `ValidationFailed` when the existing file has problems and `TimelineError` for a file
    that cannot be read or written; in both cases nothing is written.
    """
    path = Path(path)
    old_text, newline = _read_text(path)
    ledger_file = ledger_path(path)
    ledger_text, _ = _read_text(ledger_file)
    ledger = parse_ledger(ledger_text, str(ledger_file)) if ledger_text is not None else {}
    update = update_timeline(old_text, str(path), events, sources, ledger, title=title)
    if dry_run:
        return update
    path.parent.mkdir(parents=True, exist_ok=True)
    if update.changed or old_text is None:
        write_text_atomic(path, update.text, newline=newline)
    install_schema(path.parent)
    new_ledger = dump_ledger(update.ledger)
    if new_ledger != ledger_text:
        write_text_atomic(ledger_file, new_ledger)
    return update


def _read_text(path: Path) -> tuple[str | None, str]:
    """The file's text with "\\n" newlines (None when there is no file yet), and the newline
    the file uses on disk, so a rewrite keeps a CRLF file CRLF."""
    if not path.exists():
        return None, "\n"
    data = read_bytes(path)
    newline = "\r\n" if b"\r\n" in data else "\n"
    return decode_text(data, str(path)).replace("\r\n", "\n"), newline
