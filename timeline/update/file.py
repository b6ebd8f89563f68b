"""`update_file`: merge an extraction into events.yaml on disk, losing nothing to a kill,
a concurrent run or a hand edit saved meanwhile.

Under a lock (`.timeline/<name>.lock` beside events.yaml; a second run waits for it):

1. remove the temporary files a killed run left;
2. read events.yaml (its newline style and the digest of its bytes) and the ledger, and
   settle a write the ledger says was under way (`timeline.update.ledger.settle`);
3. merge (`update_timeline`);
4. commit, with Ctrl-C held until it is done: the ledger with `pending` (what is about to
   be written), events.yaml, the ledger without `pending`, each replaced atomically. Right
   before events.yaml is replaced, its digest is checked again: if a person saved it since
   step 2, the ledger is put back and the merge starts again from step 2 (at most
   `MERGE_ATTEMPTS` times, then a one-line error and nothing written);
5. install the editor schema.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from filelock import FileLock, Timeout

from timeline.errors import TimelineError
from timeline.events import MergedEvent
from timeline.files import decode_text, read_bytes, write_text_atomic
from timeline.model import Origin, Source, Timeline
from timeline.store import parse_timeline
from timeline.store.schema import install_schema
from timeline.update.ledger import (
    Ledger,
    LedgerEntry,
    Pending,
    dump_ledger,
    ledger_path,
    parse_ledger,
    settle,
    with_pending,
)
from timeline.update.text import Parsed, Update, update_timeline

__all__ = [
    "MERGE_ATTEMPTS",
    "Interrupted",
    "LedgerRead",
    "ParseMemo",
    "files_digest",
    "read_ledger",
    "update_file",
]

MERGE_ATTEMPTS = 5
"""How often a run merges again when events.yaml keeps changing under it."""


class ParseMemo(Protocol):
    """Somewhere to keep the events.yaml a run wrote, as read back, by the digest of its
    bytes: the next run takes it from there instead of parsing the file again."""

    def parsed(self, digest: str) -> Parsed | None: ...

    def keep_parsed(self, digest: str, parsed: Parsed) -> None: ...


@dataclass(frozen=True)
class LedgerRead:
    """The ledger beside events.yaml as a run read it before merging (to know which
    articles the timeline cites): `update_file` reuses it while the bytes are the same."""

    digest: str
    """Of the ledger's bytes."""
    ledger: Ledger


def read_ledger(path: str | os.PathLike[str]) -> LedgerRead | None:
    """The ledger of the events.yaml at `path`, None when there is none; raises
    `TimelineError` for one that cannot be read or is not a ledger."""
    ledger_file = ledger_path(Path(path))
    if not ledger_file.is_file():
        return None
    data = read_bytes(ledger_file)
    text = decode_text(data, str(ledger_file))
    return LedgerRead(_digest(data), parse_ledger(text, str(ledger_file)))


class Interrupted(KeyboardInterrupt):
    """Ctrl-C came while the files were being written; they were written first."""

    def __init__(self, update: Update) -> None:
        super().__init__()
        self.update = update


@dataclass(frozen=True)
class _Read:
    """events.yaml as one run read it."""

    text: str | None
    """With "\\n" newlines; None when there is no file yet."""
    newline: str
    """The newline the file uses on disk, so a rewrite keeps a CRLF file CRLF."""
    digest: str
    """Of the bytes on disk ("" for no file): how a later look tells it changed."""


def update_file(
    path: str | os.PathLike[str],
    events: Sequence[MergedEvent],
    sources: Sequence[Source],
    *,
    origins: Mapping[str, Origin] | None = None,
    carried: frozenset[str] = frozenset(),
    title: str | None = None,
    dry_run: bool = False,
    on_wait: Callable[[], None] | None = None,
    memo: ParseMemo | None = None,
    supersede: bool = False,
    ledger_read: LedgerRead | None = None,
) -> Update:
    """Merge `events` (and their `sources`) into the events.yaml at `path` and its ledger.

    The file is created when missing; `title` names a new timeline or renames one.
    `origins` (source id -> where its article was read and a digest of its text) lets a
    new article that happens to get an old article's id be told apart from it. `carried`
    are the ids of sources the run took from the cache rather than read (see
    `update_timeline`). A dry run
    only computes the `Update` (its `diff` shows what would change), without the lock.
    `on_wait` is called once if another run holds the lock. Raises `ValidationFailed`
    when the existing file has problems, `TimelineError` for a file that cannot be read
    or written or that keeps changing, and `Interrupted` when Ctrl-C came during the
    write; in all but the last case nothing is written. The `Update` returned says what it
    left on disk (`Update.left`), computed from the bytes it wrote, not read back later,
    when another run or an editor may have written since. With a `memo`, a file exactly as
    a run left it is not parsed again, and the file written is kept there as read back.
    `supersede` drops extractor events the run no longer finds (see `update_timeline`).
    `ledger_read` is the ledger as the run read it already (`read_ledger`): while its bytes
    are unchanged it is not parsed again.
    """
    path = Path(path)
    located = None if origins is None else _located(origins, path)
    if dry_run:
        current = _read(path)
        ledger, _, _ = _read_ledger(path, current, ledger_read)
        return update_timeline(
            current.text,
            str(path),
            events,
            sources,
            ledger,
            origins=located,
            carried=carried,
            title=title,
            parsed=_recalled(memo, current),
            supersede=supersede,
        )
    with _locked(path, on_wait):
        _remove_leftovers(path)
        current = _read(path)
        ledger, ledger_text, ledger_digest = _read_ledger(path, current, ledger_read)
        for _ in range(MERGE_ATTEMPTS):
            recalled = _recalled(memo, current)
            update = update_timeline(
                current.text,
                str(path),
                events,
                sources,
                ledger,
                origins=located,
                carried=carried,
                title=title,
                parsed=recalled,
                supersede=supersede,
            )
            with _interrupts_held() as interrupted:
                left = _commit(path, current, ledger, (ledger_text, ledger_digest), update)
            committed = left is not None
            if left is not None:
                install_schema(path.parent)
                update = replace(update, left=_pair_digest(*left))
                fresh = update.changed or recalled is None  # else the memo has it
                if memo is not None and update.parsed is not None and fresh:
                    memo.keep_parsed(left[0], update.parsed)
            if interrupted:
                raise Interrupted(update) if committed else KeyboardInterrupt
            if committed:
                return update
            current = _read(path)
    raise TimelineError(
        f"{path}: changed while merging, {MERGE_ATTEMPTS} times; nothing written "
        "(run the command again once it is saved)"
    )


def _commit(
    path: Path,
    current: _Read,
    ledger: Ledger,
    ledger_read: tuple[str | None, str],
    update: Update,
) -> tuple[str, str] | None:
    """Write the update (see the module's step 4) and return the digests of the bytes of
    events.yaml and the ledger it left; None when events.yaml changed since it was read,
    with nothing written."""
    ledger_file = ledger_path(path)
    ledger_text, ledger_digest = ledger_read
    final = dump_ledger(update.ledger)
    final_digest = _digest(final.encode("utf-8"))  # as write_text_atomic writes it
    if current.text is not None and not update.changed:
        if final != ledger_text:
            write_text_atomic(ledger_file, final)
            ledger_digest = final_digest
        return current.digest, ledger_digest
    if _digest_on_disk(path) != current.digest:
        return None
    data = update.text.replace("\n", current.newline).encode("utf-8")  # as written below
    pending = Pending(
        before=current.digest,
        after=_digest(data),
        written=update.written,
        new_sources=frozenset(update.new_sources),
        undo=_undo(ledger.events, update.ledger.events),
    )
    write_text_atomic(ledger_file, with_pending(final, pending))
    if not write_text_atomic(
        path,
        update.text,
        newline=current.newline,
        unless=lambda: _digest_on_disk(path) != current.digest,  # saved meanwhile
    ):
        if ledger_text is None:
            ledger_file.unlink()
        else:
            write_text_atomic(ledger_file, ledger_text)
        return None
    write_text_atomic(ledger_file, final)
    return _digest(data), final_digest


def files_digest(path: str | os.PathLike[str]) -> str:
    """A digest of events.yaml and its ledger as they are on disk now (a missing one
    counts): equal to `Update.left` while nobody has written either since."""
    path = Path(path)
    return _pair_digest(_digest_on_disk(path), _digest_on_disk(ledger_path(path)))


def _pair_digest(events: str, ledger: str) -> str:
    return _digest(f"{events}\0{ledger}".encode())


def _recalled(memo: ParseMemo | None, current: _Read) -> Parsed | None:
    """The file as read back by the run that wrote it, when it is still byte for byte so."""
    if memo is None or current.text is None:
        return None
    return memo.parsed(current.digest)


def _undo(
    before: Mapping[str, LedgerEntry], after: Mapping[str, LedgerEntry]
) -> dict[str, LedgerEntry | None]:
    return {i: before.get(i) for i, entry in after.items() if before.get(i) != entry}


def _read(path: Path) -> _Read:
    if not path.exists():
        return _Read(None, "\n", "")
    data = read_bytes(path)
    newline = "\r\n" if b"\r\n" in data else "\n"
    text = decode_text(data, str(path)).replace("\r\n", "\n")
    return _Read(text, newline, _digest(data))


def _read_ledger(
    path: Path, current: _Read, known: LedgerRead | None = None
) -> tuple[Ledger, str | None, str]:
    """The ledger with any write a killed run left pending settled, its text on disk and
    the digest of its bytes ("" for no file); `known` is taken when the bytes are its."""
    ledger_file = ledger_path(path)
    if not ledger_file.exists():
        return Ledger(), None, ""
    data = read_bytes(ledger_file)
    text = decode_text(data, str(ledger_file))
    digest = _digest(data)
    if known is not None and known.digest == digest:
        ledger = known.ledger
    else:
        ledger = parse_ledger(text, str(ledger_file))

    def timeline_now() -> Timeline | None:
        return parse_timeline(current.text, str(path))[0] if current.text is not None else None

    return settle(ledger, current.digest, timeline_now), text, digest


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _digest_on_disk(path: Path) -> str:
    try:
        return _digest(path.read_bytes())
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise TimelineError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _located(origins: Mapping[str, Origin], path: Path) -> dict[str, Origin]:
    """Origins with file locations relative to events.yaml's folder, so a project that is
    moved or cloned elsewhere still recognises its articles."""
    base = Path(os.path.abspath(path)).parent
    inside = os.path.join(base, "")
    out: dict[str, Origin] = {}
    for source_id, origin in origins.items():
        location = origin.location
        if "://" not in location:
            absolute = os.path.abspath(location)
            if absolute.startswith(inside):  # the usual case, without relpath's work
                location = absolute[len(inside) :]
            else:
                with contextlib.suppress(ValueError):  # another drive: keep it absolute
                    location = os.path.relpath(absolute, base)
            location = location.replace(os.sep, "/")
        out[source_id] = replace(origin, location=location)
    return out


@contextmanager
def _locked(path: Path, on_wait: Callable[[], None] | None) -> Iterator[None]:
    """Hold `.timeline/<name>.lock` beside the file (its real folder, for a symlink)."""
    real = Path(os.path.realpath(path))
    lock_file = real.parent / ".timeline" / f"{real.name}.lock"
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(lock_file)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait()
            lock.acquire()
    except OSError as exc:
        reason = exc.strerror or exc
        raise TimelineError(f"{path}: cannot write (cannot lock {lock_file}: {reason})") from None
    try:
        yield
    finally:
        lock.release()


def _remove_leftovers(path: Path) -> None:
    """Delete the temporary files of atomic writes a killed run left (`.events.yaml.*.tmp`
    and the same for the ledger and the schema). Only under the lock: then no run is
    writing them."""
    real = Path(os.path.realpath(path))
    places = {
        (path.parent, path.name),
        (real.parent, real.name),
        (path.parent, ledger_path(path).name),
        (path.parent / ".timeline", "events.schema.json"),
    }
    for folder, name in places:
        pattern = re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]+\.tmp")
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)


@contextmanager
def _interrupts_held() -> Iterator[list[int]]:
    """Ctrl-C inside the block is noted (in the list yielded) instead of raised, so the
    block's writes all happen; the caller raises after it. Only the main thread can."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield received
    finally:
        signal.signal(
            signal.SIGINT, previous if previous is not None else signal.default_int_handler
        )
