"""Reading text files: bytes -> str, with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path

from timeline.errors import TimelineError

__all__ = ["decode", "read_bytes", "read_text_file"]


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or TimelineError("<path>: no such file") and the like."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise TimelineError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TimelineError(f"{path}: is a directory") from None
    except OSError as exc:
        raise TimelineError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode as `encoding` (default UTF-8, BOM dropped); a bad byte is one located error."""
    codec = (encoding or "utf-8").strip().lower()
    if codec in ("utf-8", "utf8"):
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except LookupError:
        raise TimelineError(f"{name}: unknown text encoding '{encoding}'") from None
    except UnicodeDecodeError as exc:
        label = "UTF-8" if codec == "utf-8-sig" else encoding
        raise TimelineError(
            f"{name}: not valid {label} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def read_text_file(path: str | Path) -> str:
    """A UTF-8 text file's content with newlines normalized."""
    return decode(read_bytes(path), str(path)).replace("\r\n", "\n").replace("\r", "\n")
