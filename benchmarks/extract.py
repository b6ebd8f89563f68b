"""Extraction benchmark: articles per second and peak memory of `timeline extract`.

Builds a synthetic corpus of news-like articles (sentences written here, with varied dates
and wording; several articles report each happening, so merging has work to do), then runs
the real command (`timeline extract DIR --manifest ... -o events.yaml --workers N`) in a
child process per size and reads its wall time and peak resident memory.

Per size it runs, one after the other: a fresh run (no events.yaml, no cache), a no-op
re-run (every article served from the per-article cache), and a run after adding 1 % new
articles (only those are analysed; the others come from the cache).

Run: ``python -m benchmarks.extract [--sizes 1000 10000] [--workers 2] [--engine local|dask]
[--keep DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")


def run_extract(
    folder: Path, manifest: Path, workers: int, *, fresh: bool = True, engine: str = "local"
) -> Result:
    """Run the real CLI in a child process; measure wall time and peak memory. A fresh run
    starts without events.yaml, its ledger and its cache."""
    out = folder.parent / f"events-{folder.name}.yaml"
    if fresh:
        out.unlink(missing_ok=True)
        (folder.parent / f"events-{folder.name}.ledger.json").unlink(missing_ok=True)
        shutil.rmtree(folder.parent / ".timeline" / "cache", ignore_errors=True)
    code = (
        "import json, resource, sys\n"
        "from timeline.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:], standalone_mode=False)\n"
        "finally:\n"
        "    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "    print(json.dumps({'self_kb': own, 'children_kb': kids}), file=sys.stderr)\n"
    )
    args = ["extract", str(folder), "--manifest", str(manifest), "-o", str(out)]
    args += ["--workers", str(workers), "--engine", engine]
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"extract failed:\n{proc.stderr}")
    usage = json.loads(proc.stderr.strip().splitlines()[-1])
    peak_kb = usage["self_kb"] + (usage["children_kb"] * workers if workers > 1 else 0)
    events = out.read_text(encoding="utf-8").count("\n  - id: ") - _count_sources(out)
    return Result(len(list(folder.glob("*.txt"))), workers, seconds, peak_kb / 1024, events)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--keep", type=Path, help="Build the corpora here and keep them.")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        base = options.keep or Path(scratch)
        print(
            "articles  run     engine  workers  seconds  of fresh  articles/s  "
            "peak MB (all processes)  events"
        )
        for size in options.sizes:
            folder = base / f"corpus-{size}"
            manifest = build_corpus(folder, size)
            fresh = run_extract(folder, manifest, options.workers, engine=options.engine)
            again = run_extract(
                folder, manifest, options.workers, fresh=False, engine=options.engine
            )
            add_articles(folder, manifest, max(1, size // 100))
            more = run_extract(
                folder, manifest, options.workers, fresh=False, engine=options.engine
            )
            for label, result in (("fresh", fresh), ("no-op", again), ("+1 %", more)):
                print(
                    f"{result.articles:>8}  {label:<6}  {options.engine:<6}  "
                    f"{result.workers:>7}  {result.seconds:>7.1f}  "
                    f"{result.seconds / fresh.seconds:>8.0%}  {result.per_second:>10.0f}  "
                    f"{result.peak_mb:>23.0f}  {result.events:>6}"
                )
    print(f"(max RSS of the parent plus workers x the largest child; {resource.__name__} based)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
