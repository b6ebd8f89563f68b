"""Extraction benchmark: wall time, CPU time and peak memory of `timeline extract`.

Builds a synthetic corpus of news-like articles (sentences written here, with varied dates
and wording; several articles report each happening, so merging has work to do), then runs
the real command (`timeline extract DIR --manifest ... -o events.yaml --workers N`) in a
child process per size and measures its wall time, its CPU time (the command and its
workers), and its peak memory: the resident memory of the command and all its workers
added up, sampled every 20 ms, at its highest (not each process's peak summed).

Per size it runs, one after the other: a fresh run (no events.yaml, no cache), a no-op
re-run (every article served from the per-article cache), and a run after adding 1 % new
articles (only those are analysed; the others come from the cache); then `timeline check`
on the file written (time and peak memory).

With `--baseline DIR` (a checkout of another version, e.g. the last release; repeatable,
each named by its folder), every step is also run with that version's code on the same
corpus, each version writing its own events.yaml and cache, so all are measured in one run
on one machine load.

Run: ``python -m benchmarks.extract [--sizes 1000 10000] [--workers 2] [--engine local|dask]
[--keep DIR] [--baseline DIR] [--steps fresh check no-op "+1 %"] [--repeat N]``. With
`--keep`, a corpus of the right size left there by an earlier run is used again (building
100,000 articles takes minutes), so `--keep DIR --steps check --repeat 3` times only
`timeline check` on the files the last run wrote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Result", "build_corpus", "main", "run_extract"]

_FIRST = ["Ana", "Tomas", "Lena", "Omar", "Priya", "Jonas", "Mei", "Carlos", "Ines", "Kofi"]
_LAST = ["Duarte", "Reyes", "Moss", "Haddad", "Varma", "Berg", "Tanaka", "Ortiz", "Lund", "Mensah"]
_ROLES = ["Mayor", "President", "Minister", "Governor", "Senator", "Chancellor"]
_PLACES = ["Oslo", "Lisbon", "Nairobi", "Lima", "Hanoi", "Tbilisi", "Accra", "Quito", "Riga"]
_COUNTRIES = ["Norway", "Portugal", "Kenya", "Peru", "Vietnam", "Georgia", "Ghana", "Chile"]
_OBJECTS = [
    ("opened", "the new {place} bridge"),
    ("signed", "a trade agreement with {country}"),
    ("approved", "the {place} water budget"),
    ("announced", "a rail link between {place} and {place2}"),
    ("visited", "flooded villages near {place}"),
    ("launched", "an inquiry into the {place} port contracts"),
    ("closed", "the coal plant outside {place}"),
    ("unveiled", "a housing plan for {place}"),
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FILLER = [
    "Officials did not comment further.",
    "Critics called the move overdue.",
    "Local businesses welcomed the decision, according to a chamber of commerce survey.",
    "The opposition said it would study the details.",
    "Residents gathered outside the town hall to follow the debate.",
    "Analysts expect the costs to rise.",
    "Leave a comment below.",
    "The plan had been discussed for years without result.",
]


@dataclass(frozen=True)
class _Story:
    day: dt.date
    actor: str
    role: str
    verb: str
    thing: str
    background_year: int
    place: str


def _story(rng: random.Random) -> _Story:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 3650))
    verb, thing = rng.choice(_OBJECTS)
    place, place2 = rng.sample(_PLACES, 2)
    return _Story(
        day=day,
        actor=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        role=rng.choice(_ROLES),
        verb=verb,
        thing=thing.format(place=place, place2=place2, country=rng.choice(_COUNTRIES)),
        background_year=rng.randrange(1950, 2010),
        place=place,
    )


def _date_phrase(rng: random.Random, story: _Story, published: dt.date) -> str:
    """The story's day as a reporter might write it, relative to the publication date."""
    gap = (published - story.day).days
    choice = rng.randrange(4)
    if gap == 0 and choice == 0:
        return "today"
    if 0 < gap < 7 and choice <= 1:
        return f"on {_WEEKDAYS[story.day.weekday()]}"
    if choice == 2:
        return f"on {story.day:%B} {story.day.day}"
    return f"on {story.day.day} {story.day:%B} {story.day.year}"


def _article(rng: random.Random, story: _Story) -> tuple[str, dt.date]:
    published = story.day + dt.timedelta(days=rng.randrange(0, 4))
    when = _date_phrase(rng, story, published)
    lead = rng.choice(
        [
            f"{story.role} {story.actor} {story.verb} {story.thing} {when}.",
            f"{story.actor}, the {story.role.lower()}, {story.verb} {story.thing} {when}.",
            f"According to officials, {story.actor} {story.verb} {story.thing} {when}.",
        ]
    )
    background = rng.choice(
        [
            f"The decision replaces rules dating back to {story.background_year}.",
            f"It is the largest project in {story.place} since the floods of "
            f"{story.background_year}.",
            f"{story.actor} first proposed the idea in {story.background_year}.",
        ]
    )
    sentences = [lead, *rng.sample(_FILLER, 3), background, *rng.sample(_FILLER, 2)]
    headline = f"{story.actor} {story.verb} {story.thing}"
    return f"{headline}\n\n" + " ".join(sentences) + "\n", published


def build_corpus(folder: Path, size: int, seed: int = 4) -> Path:
    """Write `size` articles and a manifest of publication dates; returns the manifest path."""
    rng = random.Random(seed)
    stories = [_story(rng) for _ in range(max(1, size // 3))]
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    for index in range(size):
        text, published = _article(rng, rng.choice(stories))
        name = f"a{index:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        manifest[name] = published.isoformat()
    path = folder / "published.yaml"
    path.write_text("".join(f"{k}: {v}\n" for k, v in manifest.items()), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Result:
    articles: int
    workers: int
    seconds: float
    peak_mb: float
    events: int
    cpu: float = 0.0
    """CPU seconds (user + system) of the command and every process it waited for."""

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu: float
    peak_mb: float
    stdout: str
    stderr: str
    returncode: int


def measure(args: list[str], *, code_root: Path | None = None) -> Measured:
    """Run `timeline ARGS` in a child process (with the package at `code_root`, default
    this one) and measure its wall time, CPU time and the peak of the resident memory of
    it and all its descendants together, sampled every 20 ms."""
    env = dict(os.environ)
    if code_root is not None:
        env["PYTHONPATH"] = str(code_root)
    code = "import sys\nfrom timeline.cli import main\nmain(sys.argv[1:])\n"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-P", "-c", code, *args],  # -P: the working folder's code
            stdout=out,  # must not shadow the version asked for
            stderr=err,
            text=True,
            env=env,
        )
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    own_kb = after.ru_maxrss  # the largest single process, a floor when sampling missed it
    peak_mb = max(peak / 2**20, own_kb / 1024 if own_kb > before.ru_maxrss else 0)
    return Measured(seconds, cpu, peak_mb, stdout, stderr, proc.returncode)


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants now (Linux /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * page
    total = 0
    for pid in rss:
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += rss[pid]
    return total


def run_extract(
    folder: Path,
    manifest: Path,
    workers: int,
    *,
    fresh: bool = True,
    engine: str = "local",
    code_root: Path | None = None,
    label: str = "",
) -> Result:
    """Run the real CLI in a child process; measure wall time, CPU time and peak memory.
    A fresh run starts without events.yaml, its ledger and its cache. `code_root` runs
    another version's code, writing its own events.yaml (named with `label`)."""
    out = output_of(folder, label)
    if fresh:
        out.unlink(missing_ok=True)
        out.with_name(out.stem + ".ledger.json").unlink(missing_ok=True)
        for cached in (folder.parent / ".timeline" / "cache").glob(f"{out.name}*"):
            cached.unlink()
    args = ["extract", str(folder), "--manifest", str(manifest), "-o", str(out)]
    args += ["--workers", str(workers)]
    if engine != "local":  # older versions have only the local engine, and no option
        args += ["--engine", engine]
    run = measure(args, code_root=code_root)
    if run.returncode != 0:
        raise SystemExit(f"extract failed:\n{run.stderr}")
    events = out.read_text(encoding="utf-8").count("\n  - id: ") - _count_sources(out)
    articles = len(list(folder.glob("*.txt")))
    return Result(articles, workers, run.seconds, run.peak_mb, events, run.cpu)


def output_of(folder: Path, label: str = "") -> Path:
    """The events.yaml a run of `label`'s code writes for `folder`."""
    return folder.parent / f"events-{folder.name}{'-' + label if label else ''}.yaml"


def run_check(events: Path, code_root: Path | None = None) -> Measured:
    """`timeline check` on a written file: time and peak memory."""
    run = measure(["check", str(events)], code_root=code_root)
    if run.returncode != 0:
        raise SystemExit(f"check failed:\n{run.stdout}{run.stderr}")
    return run


def add_articles(folder: Path, manifest: Path, count: int, seed: int = 9) -> None:
    """Add `count` new articles (and their manifest lines) to a built corpus."""
    extra = folder.parent / f"extra-{folder.name}"
    shutil.rmtree(extra, ignore_errors=True)
    build_corpus(extra, count, seed=seed)
    lines = []
    for path in sorted(extra.glob("*.txt")):
        name = f"new-{seed}-{path.name}"
        shutil.move(path, folder / name)
        published = next(
            line.split(": ", 1)[1]
            for line in (extra / "published.yaml").read_text(encoding="utf-8").splitlines()
            if line.startswith(path.name + ":")
        )
        lines.append(f"{name}: {published}\n")
    with manifest.open("a", encoding="utf-8") as handle:
        handle.writelines(lines)
    shutil.rmtree(extra)


def _count_sources(out: Path) -> int:
    text = out.read_text(encoding="utf-8")
    head = text.split("\nevents:", 1)[0]
    return head.count("\n  - id: ")


SETTLE = 2.5
"""Seconds to wait after writing articles, as a person does between writing files and
running again: the cache trusts a file's stat only once it is 2 s old (`timeline.cache`),
and every version's runs should see the files alike."""

Versions = list[tuple[str, Path | None]]
"""(name, checkout whose code to run; None for this one)."""


STEPS = ("fresh", "check", "no-op", "+1 %")
"""What `--steps` may name, in the order they run."""


def _run_size(
    folder: Path, manifest: Path, size: int, versions: Versions, options: argparse.Namespace
) -> tuple[dict[str, dict[str, Result]], dict[str, list[Measured]]]:
    """Fresh, check, no-op, +1 % (those of `options.steps`) for every version, step by step
    on one corpus. `timeline check` runs `options.repeat` times per version, each version on
    the file it wrote (or, without a fresh step, on the one this version's last run left)."""
    steps: dict[str, dict[str, Result]] = {name: {} for name, _ in versions}
    wanted = options.steps

    def step(label: str, fresh: bool) -> None:
        if label not in wanted:
            return
        for name, root in versions:
            steps[name][label] = run_extract(
                folder,
                manifest,
                options.workers,
                fresh=fresh,
                engine=options.engine,
                code_root=root,
                label=name if root is not None else "",
            )

    step("fresh", True)
    checks: dict[str, list[Measured]] = {name: [] for name, _ in versions}
    for _ in range(options.repeat if "check" in wanted else 0):
        for name, root in versions:  # interleaved: both versions see the same load
            written = output_of(folder, name if root else "")
            if not written.exists():
                written = output_of(folder)
            checks[name].append(run_check(written, root))
    step("no-op", False)
    if "+1 %" in wanted:
        add_articles(folder, manifest, max(1, size // 100))
        time.sleep(SETTLE)
    step("+1 %", False)
    return steps, checks


def _corpus(folder: Path, size: int, keep: bool) -> Path:
    """The corpus of `size` articles in `folder`: one kept from an earlier run when it is
    exactly that (same count, manifest present), else built afresh."""
    manifest = folder / "published.yaml"
    if keep and manifest.exists() and sum(1 for _ in folder.glob("*.txt")) == size:
        print(f"(reusing the corpus in {folder})")
        return manifest
    shutil.rmtree(folder, ignore_errors=True)
    manifest = build_corpus(folder, size)
    time.sleep(SETTLE)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--keep", type=Path, help="Build the corpora here and keep them.")
    parser.add_argument(
        "--baseline",
        type=Path,
        action="append",
        default=[],
        help="Also run the code of this checkout, step by step (repeatable; named by folder).",
    )
    parser.add_argument(
        "--steps",
        nargs="+",
        choices=STEPS,
        default=list(STEPS),
        help="Run only these steps (e.g. `--steps check` on the files a --keep run left).",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="Run `timeline check` this many times per version."
    )
    options = parser.parse_args(argv)
    versions: Versions = [(root.resolve().name, root.resolve()) for root in options.baseline]
    versions.append(("new", None))
    with tempfile.TemporaryDirectory() as scratch:
        base = (options.keep or Path(scratch)).resolve()
        print(
            "code      articles  run     engine  workers  seconds  of fresh  CPU s  "
            "articles/s  peak MB (all processes)  events"
        )
        for size in options.sizes:
            folder = base / f"corpus-{size}"
            manifest = _corpus(folder, size, options.keep is not None)
            steps, checks = _run_size(folder, manifest, size, versions, options)
            for name, _ in versions:
                first = steps[name].get("fresh")
                for label, result in steps[name].items():
                    share = f"{result.seconds / first.seconds:>8.0%}" if first else f"{'-':>8}"
                    print(
                        f"{name:<8}  {result.articles:>8}  {label:<6}  {options.engine:<6}  "
                        f"{result.workers:>7}  {result.seconds:>7.1f}  "
                        f"{share}  {result.cpu:>5.1f}  "
                        f"{result.per_second:>10.0f}  {result.peak_mb:>23.0f}  "
                        f"{result.events:>6}"
                    )
                for check in checks[name]:
                    print(
                        f"{name:<8}  {size:>8}  check   {check.seconds:>7.1f} s  "
                        f"{check.cpu:>5.1f} CPU s  {check.peak_mb:>5.0f} MB"
                    )
    print("(peak MB: the resident memory of the command and its workers together, sampled)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
