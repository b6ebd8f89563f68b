"""Merge an extraction into events.yaml without undoing anything a person did.

- `update_file(path, events, sources)` → `Update`: the whole on-disk step (events.yaml,
  its ledger, the editor schema), what `timeline extract` runs after extracting; locked
  against other runs, checked against hand edits saved meanwhile, safe to kill.
- `update_timeline(old_text, path, events, sources, ledger)` → `Update`: the same on text,
  writing nothing (`text`: splice the merge into the old file, `match`: which existing,
  deleted or hand event an extracted one is, `sources`: which source an article is).
- `parse_ledger`, `dump_ledger`, `ledger_path`: the ledger of what the extractor wrote;
  `read_ledger` reads it once for a run (`update_file` takes it back: `ledger_read`).
"""

from __future__ import annotations

from timeline.update.file import (
    Interrupted,
    LedgerRead,
    ParseMemo,
    files_digest,
    read_ledger,
    update_file,
)
from timeline.update.ledger import Ledger, LedgerEntry, dump_ledger, ledger_path, parse_ledger
from timeline.update.match import event_id
from timeline.update.text import Update, update_timeline

__all__ = [
    "Interrupted",
    "Ledger",
    "LedgerEntry",
    "LedgerRead",
    "ParseMemo",
    "Update",
    "dump_ledger",
    "event_id",
    "files_digest",
    "ledger_path",
    "parse_ledger",
    "read_ledger",
    "update_file",
    "update_timeline",
]
