"""The write path of `timeline extract` at scale: `update_file` writing a fresh events.yaml.

Reads a written events.yaml (such as the 100,000-article file `benchmarks.extract --keep`
leaves), turns its events back into merged events and its sources into the run's sources,
then, in a child process per version, times `update_file` creating a new file from them
(ids, stamps, dump, reading it back, ledger, atomic writes) and again merging the same
extraction into that file (nothing changes: the re-run's write path), reporting CPU seconds
and the child's peak resident memory (its whole life: Python, imports and the input file).

Run: ``python -m benchmarks.write EVENTS.yaml [--baseline DIR]`` (DIR: another checkout).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["main"]

_CHILD = """
import resource, sys, time
from pathlib import Path
from timeline.events import MergedEvent
from timeline.store import load_timeline
from timeline.update import update_file

timeline = load_timeline(sys.argv[1])
events = [
    MergedEvent(date=e.date, end=e.end, title=e.title, text=e.text, tags=e.tags,
                citations=e.sources, mentions=len(e.sources), weight=e.importance,
                planned=bool(e.status), disputed=e.disputed, review=e.review)
    for e in timeline.events
]
sources = list(timeline.sources)
out = Path(sys.argv[2])
del timeline
for step in ("fresh", "again"):
    start = time.process_time()
    update_file(out, events, sources)
    print(f"{step} {time.process_time() - start:.2f}", flush=True)
print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def _run(events: Path, root: Path | None, folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    if root is not None:
        env["PYTHONPATH"] = str(root)
    out = folder / "events.yaml"
    for stale in (out, out.with_name("events.ledger.json")):
        stale.unlink(missing_ok=True)
    run = subprocess.run(
        [sys.executable, "-P", "-c", _CHILD, str(events), str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(run.stderr[-2000:])
    return dict(line.split(" ", 1) for line in run.stdout.splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--baseline", type=Path, action="append", default=[])
    options = parser.parse_args(argv)
    versions = [(root.resolve().name, root.resolve()) for root in options.baseline]
    versions.append(("new", None))
    print("code      fresh CPU s  again CPU s  peak MB (whole child)")
    with tempfile.TemporaryDirectory() as scratch:
        for name, root in versions:
            got = _run(options.events.resolve(), root, Path(scratch))
            print(f"{name:<8}  {got['fresh']:>11}  {got['again']:>11}  {got['peak']:>21}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
