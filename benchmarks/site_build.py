"""Time real `mkdocs build` runs of synthetic timelines: does a big events.yaml stay fast?

    python benchmarks/site_build.py                 # 1,000 / 5,000 / 10,000 events
    python benchmarks/site_build.py 500 20000       # other sizes
    python benchmarks/site_build.py --example       # also the repository's own site

Each timeline spreads its events over 1900-2024 (year, month and day dates, some ranges),
with tags from a fixed vocabulary and one to three cited sources per event. The build runs
in a fresh temporary project with the `timeline` plugin, exactly as a user would run it.
Prints: events, pages, seconds, MB of output. Timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TAGS = ["politics", "economy", "military", "treaty", "visit", "energy", "trade", "science",
        "culture", "sport", "health", "border", "elections", "protest", "space"]  # fmt: skip
WORDS = ["talks", "minister", "summit", "agreement", "border", "delegation", "report", "vote",
         "council", "budget", "reform", "railway", "harbour", "festival", "launch"]  # fmt: skip

MKDOCS_YML = """\
site_name: Benchmark timeline
theme:
  name: material
  font: false
plugins:
  - search
  - timeline
markdown_extensions:
  - toc:
      permalink: true
"""


def synthetic_events_yaml(n: int, seed: int = 1) -> str:
    """An events.yaml with `n` events over 1900-2024, written as a person would."""
    rng = random.Random(seed)
    n_sources = max(1, n // 5)
    lines = ["title: Synthetic benchmark timeline", "description: Generated events.", "sources:"]
    for s in range(n_sources):
        lines += [
            f"  - id: src-{s}",
            f"    outlet: Outlet {s % 40}",
            f"    title: Report number {s}",
            f"    url: https://example.org/news/{s}",
        ]
    lines.append("events:")
    for i in range(n):
        year = rng.randint(1900, 2024)
        kind = rng.random()
        if kind < 0.15:
            date = f"{year}"
        elif kind < 0.35:
            date = f"{year}-{rng.randint(1, 12):02d}"
        else:
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        words = " ".join(rng.choice(WORDS) for _ in range(6))
        lines += [
            f"  - id: event-{i}",
            f"    date: {date}",
            f"    title: Event {i} about {rng.choice(WORDS)}",
            f"    text: The {words} continued as planned.",
            f"    tags: [{', '.join(rng.sample(TAGS, rng.randint(1, 3)))}]",
            "    sources:",
        ]
        for s in rng.sample(range(n_sources), min(n_sources, rng.randint(1, 3))):
            lines += [f"      - source: src-{s}", f"        quote: Sentence {i} of report {s}."]
    return "\n".join(lines) + "\n"


def build(project: Path, site: Path) -> float:
    """Seconds for one real `mkdocs build --strict`; raises if the build fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr}")
    return elapsed


def measure(site: Path) -> tuple[int, float]:
    pages = sum(1 for _ in site.rglob("*.html"))
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return pages, size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 10000])
    parser.add_argument("--example", action="store_true", help="also build this repo's site")
    args = parser.parse_args()
    print(f"{'timeline':>12} {'events':>7} {'pages':>6} {'seconds':>8} {'MB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        if args.example:
            from timeline.store import load_timeline

            n = len(load_timeline(REPO / "events.yaml").events)
            site = Path(tmp) / "example-site"
            seconds = build(REPO, site)
            pages, mb = measure(site)
            print(f"{'example':>12} {n:>7} {pages:>6} {seconds:>8.2f} {mb:>7.1f}")
        for n in args.sizes:
            project = Path(tmp) / f"n{n}"
            (project / "docs").mkdir(parents=True)
            (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
            (project / "events.yaml").write_text(synthetic_events_yaml(n), encoding="utf-8")
            seconds = build(project, project / "site")
            pages, mb = measure(project / "site")
            print(f"{'synthetic':>12} {n:>7} {pages:>6} {seconds:>8.2f} {mb:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
