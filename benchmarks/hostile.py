"""Hostile-article benchmark: seconds and peak memory as hostile inputs grow (issue 8, item 5).

Each input is built here at three sizes and measured twice, each time in a child process
with a time limit: the date engine alone (`timeline.dates.find_dates` on the text) and the
whole per-article extraction (`timeline extract FILE -o events.yaml --workers 1`: reading,
dates, sentences, roles, titles, merge, YAML). Near-linear cost shows as times that grow
with the size, not with its square or cube.

`--baseline PATH` measures another checkout of the project (say, the code before a change)
in the same run, side by side; a case that runs out of time prints "> N s", and its larger
sizes are not tried.

Run: ``python -m benchmarks.hostile [--baseline PATH] [--timeout 60] [--only june ...]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CASES", "Case", "Measure", "main", "measure"]

REPO = Path(__file__).resolve().parents[1]
PUBLISHED = "2024-06-19"
MB = 1_000_000

_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_SENTENCES = [
    "The two leaders signed the {name} pact in the capital on June 19, {year}.",
    "Officials in {name} said talks would resume on Friday after a pause.",
    "In {year}, the {name} company reported a loss of $3 million in the third quarter.",
    "The minister of {name}, who took office in March {year}, resigned last week.",
    "Protesters gathered outside the {name} parliament on Tuesday, police said.",
    "A year earlier, the {name} plant had produced twice as much steel.",
    "The court will hear the {name} case on 12 May {year}, according to the filing.",
    "Prices of {name} rose 4% in April compared with the same month a year ago.",
]
"""Templates of ordinary news sentences; `{name}` makes every sentence different, since the
reader drops a paragraph it has already seen (repeated text would measure nothing)."""


def _name(number: int) -> str:
    """A made-up proper name per number ("Zqa", "Zqb", ...): never a date word."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not number:
            return "Zq" + letters


def dates_sentence(count: int) -> str:
    """One sentence listing `count` different days."""
    days = (f"{_MONTHS[i % 12]} {i % 28 + 1}, {2000 + i % 25}" for i in range(count))
    return "The council met on " + ", ".join(days) + ".\n"


def repeated(word: str, size: int) -> str:
    """`word word word ...`, `size` characters."""
    unit = word + " "
    return unit * (size // len(unit))


def prose(size: int, *, punctuated: bool = True) -> str:
    """Ordinary varied sentences, one per line; without punctuation, all on one line."""
    out: list[str] = []
    total = 0
    for i in itertools.count():
        sentence = _SENTENCES[i % len(_SENTENCES)].format(year=1990 + i % 35, name=_name(i))
        if not punctuated:
            sentence = sentence.replace(".", "").replace(",", "")
        out.append(sentence)
        total += len(sentence) + 1
        if total >= size:
            break
    return ("\n" if punctuated else " ").join(out) + "\n"


def distinct_events(size: int) -> str:
    """One dated sentence per line, each about a different company, place and day: every
    sentence is an event of its own, so merging and writing events.yaml get the most work."""
    lines: list[str] = []
    total = 0
    for i in itertools.count():
        day = dt.date(1950, 1, 1) + dt.timedelta(days=(i * 7919) % 27000)
        line = f"The Company{i} opened plant{i} in Town{i} on {day:%B} {day.day}, {day.year}."
        lines.append(line)
        total += len(line) + 1
        if total >= size:
            break
    return "\n".join(lines) + "\n"


def long_tokens(size: int) -> str:
    """Tokens of 100,000 letters separated by single spaces."""
    token = "x" * 100_000 + " "
    return token * max(1, size // len(token))


@dataclass(frozen=True)
class Case:
    name: str
    sizes: tuple[float, ...]
    unit: str
    build: Callable[[float], str]


CASES = [
    Case("dates in one sentence", (100, 300, 1000), "dates", lambda n: dates_sentence(int(n))),
    Case('"June June ..."', (0.25, 0.5, 1), "MB", lambda n: repeated("June", int(n * MB))),
    Case('"on Monday ..."', (0.25, 0.5, 1), "MB", lambda n: repeated("on Monday", int(n * MB))),
    Case("varied sentences", (5, 10, 20), "MB", lambda n: prose(int(n * MB))),
    Case(
        "one line, no punctuation",
        (5, 10, 20),
        "MB",
        lambda n: prose(int(n * MB), punctuated=False),
    ),
    Case("distinct events", (0.25, 0.5, 1), "MB", lambda n: distinct_events(int(n * MB))),
    Case("long tokens", (5, 10, 20), "MB", lambda n: long_tokens(int(n * MB))),
]
"""The hostile inputs of issue 8 (item 5), each at three sizes."""

STAGES = ("find_dates", "extract")

_CHILD = """
import datetime as dt, json, resource, sys, time
stage, path, out = sys.argv[1:4]
started = time.perf_counter()
count = None
if stage == "find_dates":
    from timeline.dates import find_dates
    text = open(path, encoding="utf-8").read()
    started = time.perf_counter()
    count = len(find_dates(text, dt.date.fromisoformat({published!r}), ("en",)))
else:
    from timeline.cli import main
    try:
        main(["extract", path, "-o", out, "--published", {published!r}, "--workers", "1"])
    except SystemExit as exc:
        if exc.code:
            raise
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:  # Linux keeps ru_maxrss across exec (the parent's peak); VmHWM is this program's own
    status = open("/proc/self/status", encoding="ascii").read()
    rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError, ValueError):
    pass
print(json.dumps({{"seconds": seconds, "rss_mb": rss, "count": count}}))
"""


@dataclass(frozen=True)
class Measure:
    """One stage on one input: seconds (None when out of time) and peak resident MB."""

    seconds: float | None
    rss_mb: float | None = None
    count: int | None = None
    note: str = ""

    def shown(self, timeout: float) -> str:
        if self.note:
            return self.note
        if self.seconds is None:
            return f"> {timeout:.0f} s"
        return f"{self.seconds:.2f} s {self.rss_mb or 0:.0f} MB"


def measure(repo: Path, stage: str, path: Path, timeout: float) -> Measure:
    """Run one stage of the code in `repo` on the file at `path` in a child process."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "events.yaml"
        code = _CHILD.format(published=PUBLISHED)
        try:
            result = subprocess.run(
                [sys.executable, "-c", code, stage, str(path), str(out)],
                cwd=folder,
                env={**os.environ, "PYTHONPATH": str(repo)},
                capture_output=True,
                text=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return Measure(None)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return Measure(None, note=f"failed: {last[:60]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return Measure(data["seconds"], data["rss_mb"], data["count"])


def _label(case: Case, size: float) -> str:
    return f"{size:g} {case.unit}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile", description=__doc__)
    parser.add_argument("--baseline", type=Path, help="another checkout to measure alongside")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per measurement")
    parser.add_argument("--only", nargs="*", help="cases whose name contains one of these words")
    parser.add_argument("--stage", choices=STAGES, action="append", help="default: both")
    args = parser.parse_args(argv)
    repos = [("this", REPO)]
    if args.baseline:
        repos.insert(0, ("baseline", args.baseline.resolve()))
    stages = tuple(args.stage or STAGES)
    cases = [c for c in CASES if not args.only or any(w in c.name for w in args.only)]
    header = f"{'input':<26} {'size':>9} {'stage':<10}" + "".join(
        f" {name + ' (s, peak MB)':>24}" for name, _ in repos
    )
    print(header)
    print("-" * len(header))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            gave_up: set[tuple[str, str]] = set()
            for size in case.sizes:
                path = Path(folder) / "article.txt"
                path.write_text(case.build(size), encoding="utf-8")
                for stage in stages:
                    cells = []
                    for name, repo in repos:
                        if (name, stage) in gave_up:
                            cells.append(f"> {args.timeout:.0f} s (skipped)")
                            continue
                        result = measure(repo, stage, path, args.timeout)
                        if result.seconds is None:
                            gave_up.add((name, stage))
                        cells.append(result.shown(args.timeout))
                    row = f"{case.name:<26} {_label(case, size):>9} {stage:<10}"
                    print(row + "".join(f" {cell:>24}" for cell in cells), flush=True)
    print(f"whole benchmark: {time.perf_counter() - started:.0f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
