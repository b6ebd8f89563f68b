"""The per-article cache: what one article gave, kept so a re-run does not analyse it again.

Reading, cleaning and analysing an article is the whole cost of a run; merging and writing
are cheap next to it. So each article's result (its source entry, notes, candidates and
origin) is stored under a key made of everything it depends on:

- the bytes of the file and its run inputs (path, id, manifest fields, run options);
- the engine: a digest of the package's own files, so any change to the code or to its
  language data starts afresh instead of serving results an older engine made.

A re-run on the same folder does not even read an unchanged file: like git's index, the
cache remembers each file's stat (size, modification and change times, inode) beside the
digest of its bytes, and trusts that digest while the stat is the same. A file changed in
the second before it was hashed is hashed again next time, since a change in the same
clock tick could leave its times as they were (`SETTLE_NS`). The store is one SQLite
file (`.timeline/cache/<events name>.sqlite` beside events.yaml): safe to delete, not meant
for version control, and as trusted as the project folder itself (it holds pickles; do not
take one from someone else). URLs are not cached: their content is the expensive part.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "CACHE_FOLDER",
    "SETTLE_NS",
    "ArticleCache",
    "FileStamp",
    "article_key",
    "cache_path",
    "content_digest",
    "engine_digest",
    "stamp_of",
]

CACHE_FOLDER = Path(".timeline") / "cache"
"""Where a timeline's cache lives, relative to the folder of its events.yaml."""

_VERSION = 3
"""The layout of the tables below; a cache file of another layout is started afresh."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reads (key TEXT PRIMARY KEY, origin TEXT, payload BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS reads_origin ON reads (origin);
CREATE TABLE IF NOT EXISTS runs (output TEXT PRIMARY KEY, run TEXT, files TEXT, said TEXT);
CREATE TABLE IF NOT EXISTS parsed (digest TEXT PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, ctime INTEGER, inode INTEGER,
    digest TEXT NOT NULL
);
"""

SETTLE_NS = 2_000_000_000
"""A file's stat is trusted only when its last change came at least this long before the
run that hashed it began: some file systems keep times in whole seconds (two on FAT), so a
later change within the same tick could leave the stat as it was."""


@dataclass(frozen=True)
class FileStamp:
    """What `os.stat` says of a file, enough to tell it changed without reading it."""

    size: int
    mtime: int
    ctime: int
    inode: int


def stamp_of(info: os.stat_result) -> FileStamp:
    """The stamp of a stat result (times in nanoseconds)."""
    return FileStamp(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def cache_path(events: str | Path) -> Path:
    """The cache file of one events.yaml (one cache per timeline: keys include its options)."""
    events = Path(events)
    return events.parent / CACHE_FOLDER / f"{events.name}.sqlite"


@cache
def engine_digest() -> str:
    """A digest of every file of the installed package: the engine's version, exactly."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yaml", ".yml", ".txt"}:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_digest(content: bytes) -> str:
    """The digest of a file's bytes, as the cache files it."""
    return hashlib.sha256(content).hexdigest()


def article_key(digest: str, inputs: object) -> str:
    """The key of one article's result: the digest of its bytes (`content_digest`), its run
    inputs (a repr) and the engine."""
    key = hashlib.sha256(engine_digest().encode())
    key.update(repr(inputs).encode())
    key.update(b"\0")
    key.update(digest.encode())
    return key.hexdigest()


class ArticleCache:
    """Article results by key, and by origin ("location digest") for articles a run did not
    list but the timeline still cites. Opened per process; writes come from one process."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        """Look results up but store none (a dry run writes nothing)."""
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            if self.read_only and not self.path.is_file():
                self._db = _open(":memory:")
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    self._db = _open(self.path)
                except sqlite3.DatabaseError:  # not a cache any more (truncated, overwritten)
                    self.path.unlink(missing_ok=True)
                    self._db = _open(self.path)
        return self._db

    def get(self, key: str) -> Any | None:
        """The stored result for `key`, or None (also for an entry that no longer loads)."""
        row = self._connect().execute("SELECT payload FROM reads WHERE key = ?", (key,)).fetchone()
        return _load(row[0]) if row else None

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The stored results of those `keys` that have one (and still load)."""
        db = self._connect()
        wanted = list(dict.fromkeys(keys))
        out: dict[str, Any] = {}
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            query = f"SELECT key, payload FROM reads WHERE key IN ({marks})"
            for key, payload in db.execute(query, batch):
                loaded = _load(payload)
                if loaded is not None:
                    out[key] = loaded
        return out

    def digests(self) -> dict[str, tuple[FileStamp, str]]:
        """Absolute path -> (stamp, digest of the bytes) of every file hashed so far."""
        rows = self._connect().execute("SELECT path, size, mtime, ctime, inode, digest FROM files")
        return {row[0]: (FileStamp(*row[1:5]), row[5]) for row in rows}

    def put_digests(self, entries: Mapping[str, tuple[FileStamp, str]]) -> None:
        """Remember (stamp, digest) by absolute path, in one transaction."""
        if not entries or self.read_only:
            return
        rows = [
            (path, stamp.size, stamp.mtime, stamp.ctime, stamp.inode, digest)
            for path, (stamp, digest) in entries.items()
        ]
        with self._connect() as db:
            db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", rows)

    def parsed(self, digest: str) -> Any | None:
        """The events.yaml whose bytes have `digest`, as the run that wrote it read it back
        (`timeline.update.ParseMemo`), if this engine kept it."""
        query = "SELECT payload FROM parsed WHERE digest = ?"
        row = self._connect().execute(query, (f"{engine_digest()} {digest}",)).fetchone()
        return _load(row[0]) if row else None

    def keep_parsed(self, digest: str, parsed: Any) -> None:
        """Keep `parsed` for the file whose bytes have `digest`, in place of any other."""
        if self.read_only:
            return
        payload = pickle.dumps(parsed, protocol=5)
        with self._connect() as db:
            db.execute("DELETE FROM parsed")
            db.execute("INSERT INTO parsed VALUES (?, ?)", (f"{engine_digest()} {digest}", payload))

    def clock_ns(self) -> int:
        """The file system's time now (a new file's change time), to compare file stamps
        with: the same clock that stamps the articles, not this machine's."""
        if self.read_only:
            return 0  # stores no stamp anyway
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".clock-") as handle:
                return os.fstat(handle.fileno()).st_ctime_ns
        except OSError:
            return 0  # no stamp is trusted: every file is hashed, as without this table

    def by_origin(self, origins: Iterable[str]) -> Iterator[tuple[str, Any]]:
        """(origin, result) of the newest stored result for each of `origins` found."""
        db = self._connect()
        for origin in origins:
            row = db.execute(
                "SELECT payload FROM reads WHERE origin = ? ORDER BY rowid DESC LIMIT 1",
                (origin,),
            ).fetchone()
            loaded = _load(row[0]) if row else None
            if loaded is not None:
                yield origin, loaded

    def put_many(self, entries: Sequence[tuple[str, str | None, Any]]) -> None:
        """Store (key, origin, result) entries in one transaction."""
        if not entries or self.read_only:
            return
        rows = [(key, origin, pickle.dumps(value, protocol=5)) for key, origin, value in entries]
        with self._connect() as db:
            db.executemany("INSERT OR REPLACE INTO reads VALUES (?, ?, ?)", rows)

    def last_run(self, output: str) -> tuple[str, str, str] | None:
        """(run key, digest of the files it left, what a repeat of it says) of the last run
        that wrote `output`."""
        query = "SELECT run, files, said FROM runs WHERE output = ?"
        row = self._connect().execute(query, (output,)).fetchone()
        return (str(row[0]), str(row[1]), str(row[2])) if row else None

    def record_run(self, output: str, run: str, files: str, said: str) -> None:
        """Remember the run that just wrote `output`, the digest of what it left, and the
        summary a repeat of it would print."""
        if self.read_only:
            return
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)", (output, run, files, said)
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __getstate__(self) -> dict[str, object]:
        """Sent to a worker as its path only: each process opens its own connection."""
        return {"path": self.path, "read_only": self.read_only}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.path = Path(str(state["path"]))
        self.read_only = bool(state["read_only"])
        self._db = None


_BATCH = 500
"""Keys per `IN (...)` query: well under SQLite's limit on parameters."""


def _open(path: str | Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=60)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    if db.execute("PRAGMA user_version").fetchone()[0] != _VERSION:
        with db:
            for table in ("reads", "runs", "files", "parsed"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {_VERSION}")
    return db


def _load(payload: bytes) -> Any | None:
    try:
        return pickle.loads(payload)
    except Exception:  # an entry from an older engine's classes: recompute it
        return None
