"""Reading text files: bytes -> str, with one-line errors that name the file."""

from __future__ import annotations

import re
from pathlib import Path

from timeline.files import decode_text as decode
from timeline.files import read_bytes

__all__ = ["decode", "read_bytes", "read_text_file", "strip_controls"]

_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""Characters Python (and YAML) read as line breaks besides "\n": one break each."""
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""Other control characters (but tab, newline and carriage return) and two non-characters."""


def strip_controls(text: str) -> str:
    """Text without control characters: stray line-break characters become "\n", the
    others (NUL, escape, C1 controls) are dropped.

    Done once at ingest, so nothing downstream meets them: a NUL cannot hide a spreadsheet
    formula, an escape code cannot reach a terminal, and YAML never refuses a quote.
    """
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def read_text_file(path: str | Path, *, max_bytes: int | None = None) -> str:
    """A UTF-8 text file's content with newlines normalized; a file over `max_bytes` is a
    one-line error."""
    data = read_bytes(path, max_bytes=max_bytes)
    return decode(data, str(path)).replace("\r\n", "\n").replace("\r", "\n")
