"""Reading and atomically replacing files, with errors a user can act on.

Shared by the store (events.yaml, the ledger), ingest (articles, manifests) and the CLI, so
every missing, unreadable or unwritable file is reported the same way.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from timeline.errors import TimelineError

__all__ = ["NOT_REGULAR", "decode_text", "locate_offset", "read_bytes", "write_text_atomic"]


NOT_REGULAR = "is not a regular file (a device, FIFO or socket); name a regular file"
"""Why a special file is refused: a FIFO would block, `/dev/zero` never ends, and
replacing a device node (as root) would remove the device."""


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """The file's bytes; a missing, unreadable or special file, or one larger than
    `max_bytes`, is a one-line `TimelineError`.

    Opened without blocking and checked before reading, so a FIFO cannot hang the run and
    a device such as `/dev/zero` cannot be read without end.
    """
    shown = os.fspath(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise TimelineError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise TimelineError(f"{shown}: is a directory, not a file") from None
    except OSError as exc:
        raise TimelineError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise TimelineError(f"{shown}: is a directory, not a file")
        raise TimelineError(f"{shown}: {NOT_REGULAR}")
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(-1 if max_bytes is None else max_bytes + 1)
        except OSError as exc:
            raise TimelineError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise TimelineError(
            f"{shown}: larger than {max_bytes:,} bytes; split it into smaller files"
        )
    return data


def locate_offset(data: bytes, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a byte offset, counting characters, not bytes, in the line."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return line, column


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode as `encoding` (default UTF-8, BOM dropped); a bad byte is one located error.

    The error reads `name:line:col: not valid UTF-8 (byte 0xe9 at offset 10)`, so a user can
    jump straight to the byte an editor saved in the wrong encoding.
    """
    codec = (encoding or "utf-8").strip().lower()
    if codec in ("utf-8", "utf8", "utf-8-sig"):
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except LookupError:
        raise TimelineError(f"{name}: unknown text encoding '{encoding}'") from None
    except UnicodeDecodeError as exc:
        label = "UTF-8" if codec == "utf-8-sig" else encoding
        line, column = locate_offset(data, exc.start)
        raise TimelineError(
            f"{name}:{line}:{column}: not valid {label} "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def write_text_atomic(
    path: str | os.PathLike[str],
    text: str,
    *,
    newline: str = "\n",
    unless: Callable[[], bool] | None = None,
) -> bool:
    """Replace the file's content all at once: readers see the old file or the new one.

    `newline` is what each "\n" of `text` becomes on disk, so a file a Windows editor
    saved with CRLF keeps them and a version-control diff shows only real changes.

    Writes a temporary file in the same directory (so `os.replace` is a rename on one
    file system), flushes it to disk, then renames it over the target. On any failure the
    old file is untouched and the temporary file is removed. A symlink is written through:
    its final target is replaced (in the target's directory) and the link stays a link.

    `unless` is asked once the new content is on disk, right before the rename: if it
    says True (say, the file changed since it was read), nothing is replaced and the
    result is False. Otherwise the result is True.

    A device, FIFO or socket is refused: renaming over it would remove it.
    """
    try:
        target = _final_target(Path(path))
    except OSError as exc:
        raise TimelineError(f"{os.fspath(path)}: cannot write ({exc.strerror or exc})") from None
    directory = target.parent
    try:
        info = target.stat()
    except OSError:
        mode = 0o666 & ~_umask()  # what a plain open() would have created
    else:
        if stat.S_ISDIR(info.st_mode):
            raise TimelineError(f"{os.fspath(path)}: cannot write: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise TimelineError(f"{os.fspath(path)}: cannot write: {NOT_REGULAR}")
        mode = info.st_mode & 0o777
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise TimelineError(f"{os.fspath(path)}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if unless is not None and unless():
            os.unlink(tmp)
            return False
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise TimelineError(
                f"{os.fspath(path)}: cannot write ({exc.strerror or exc})"
            ) from None
        raise
    return True


def _final_target(path: Path) -> Path:
    """The file a chain of symlinks ends at (which may not exist yet); raises on a loop."""
    seen: set[Path] = set()
    while path.is_symlink():
        if path in seen or len(seen) > 40:
            raise OSError(40, "too many levels of symbolic links")
        seen.add(path)
        path = path.parent / os.readlink(path)
    return path


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
