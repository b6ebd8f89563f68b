"""Reading text files: bytes -> str, with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path

from timeline.files import decode_text as decode
from timeline.files import read_bytes

__all__ = ["decode", "read_bytes", "read_text_file"]


def read_text_file(path: str | Path) -> str:
    """A UTF-8 text file's content with newlines normalized."""
    return decode(read_bytes(path), str(path)).replace("\r\n", "\n").replace("\r", "\n")
