"""Time real `mkdocs build` runs of synthetic timelines: does a big events.yaml stay fast?

    python benchmarks/site_build.py                 # 1,000 / 10,000 events
    python benchmarks/site_build.py 1000 10000 50000 100000   # issue 12's sizes
    python benchmarks/site_build.py --serve 10000   # also edit -> reload under `mkdocs serve`
    python benchmarks/site_build.py --serve 10000 --edits 7 --load   # 7 edits, one core busy
    python benchmarks/site_build.py --before ../start 10000   # also another checkout, same run
    python benchmarks/site_build.py --example       # also the repository's own site

Each timeline spreads its events over 1900-2024 (year, month and day dates, some ranges),
with tags from a fixed vocabulary and one to three cited sources per event. The build runs
in a fresh temporary project with the `timeline` plugin, exactly as a user would run it.
Prints per size: events, pages, build seconds, peak RAM of the build process (MB), the
size of site/ (MB), its largest HTML page, the search index, the largest axis data file and
the main one every axis loads (MB); with `--serve`, the
seconds from saving an edit to one event to the edited page being served by `mkdocs serve`
(the moment live reload shows it): the median and the worst of `--edits` edits, and the
CPU seconds per edit of the serve process's main thread, which builds. `--load` keeps one
core busy with another process
while the edits are timed. `--before DIR` builds (and serves) each size with the `timeline`
package of another checkout as well, in the same run, row after row. Timings depend on the
machine and its load: compare rows of one run, and the CPU seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
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


_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def code_env(checkout: Path | None) -> dict[str, str]:
    """The environment of the MkDocs processes: with `checkout`, its `timeline` package is
    imported instead of the installed one (PYTHONPATH comes before an editable install)."""
    if checkout is None:
        return _ENV
    return {**_ENV, "PYTHONPATH": str(checkout.resolve())}


def build(project: Path, site: Path, env: dict[str, str] = _ENV) -> tuple[float, float, float]:
    """Seconds, CPU seconds (user + system: what a busy machine's other work does not
    inflate) and peak RAM (MB, resident) of one real `mkdocs build --strict`; raises if the
    build fails."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
            cwd=project,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"build failed in {project}:\n{errors.read()}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KB on Linux


@dataclass(frozen=True)
class SiteSize:
    pages: int
    total_mb: float
    largest_page: str
    largest_page_mb: float
    search_mb: float
    largest_asset_mb: float
    """The largest axis data file (the only one, a part, or a big timeline's sources)."""
    axis_main_mb: float
    """The axis data file every page with an axis loads (`timeline-data.js`)."""


def measure(site: Path) -> SiteSize:
    """The built site's page count, size, largest HTML page and search index size."""
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    search = sum(p.stat().st_size for p in files if p.parent.name == "search")
    axis = [
        p.stat().st_size
        for p in files
        if p.name == "timeline-data.js" or p.parent.name == "timeline-axis"
    ]
    return SiteSize(
        pages=len(pages),
        total_mb=sum(p.stat().st_size for p in files) / 1e6,
        largest_page=str(largest.relative_to(site)),
        largest_page_mb=largest.stat().st_size / 1e6,
        search_mb=search / 1e6,
        largest_asset_mb=max(axis, default=0) / 1e6,
        axis_main_mb=sum(p.stat().st_size for p in files if p.name == "timeline-data.js") / 1e6,
    )


@dataclass(frozen=True)
class Reloads:
    """Edit -> served seconds of each edit, and the server's build CPU seconds per edit."""

    seconds: list[float]
    cpu_per_edit: float

    def cell(self) -> str:
        ordered = sorted(self.seconds)
        return f"{ordered[len(ordered) // 2]:.2f}/{ordered[-1]:.2f}"


def serve_latency(
    project: Path, edits: int = 5, env: dict[str, str] = _ENV, load: bool = False
) -> Reloads:
    """Seconds from saving an edited event title to `mkdocs serve` serving the page with it
    (what live reload then shows), for each of `edits` edits of one running server; with
    `load`, another process keeps one core busy meanwhile."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    burner = None
    events = project / "events.yaml"
    original = events.read_text(encoding="utf-8")
    try:
        page = _page_of(project / "site", "event-0")
        _wait_for(port, page, "Event 0 about", timeout=900)
        if load:
            burner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        time.sleep(1)
        cpu_before = _cpu_seconds(server.pid)
        times = []
        for edit in range(edits):
            marker = f"Edited title number {edit}"
            text = original.replace("title: Event 0 about", f"title: {marker} about", 1)
            start = time.perf_counter()
            events.write_text(text, encoding="utf-8")
            _wait_for(port, page, marker, timeout=900)
            times.append(time.perf_counter() - start)
            time.sleep(1.5)  # the next save finds the server idle, as a person's would
        cpu = (_cpu_seconds(server.pid) - cpu_before) / edits
        return Reloads(times, cpu)
    finally:
        if burner is not None:
            burner.kill()
            burner.wait()
        events.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=60)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds the main thread of a running process has used so far
    (Linux /proc): `mkdocs serve` builds in its main thread, and serves pages, watches
    files (and, after this change, deletes the last build's files) in others."""
    fields = Path(f"/proc/{pid}/task/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _page_of(site: Path, event_id: str) -> str:
    """The URL path of the page holding the event's card, found in the built site (so the
    script measures any version of the plugin, such as an older baseline)."""
    for page in sorted(site.rglob("*.html")):
        if f'id="{event_id}"' in page.read_text(encoding="utf-8"):
            path = page.relative_to(site).as_posix()
            return path.removesuffix("index.html")
    raise SystemExit(f"no page of {site} holds the card of {event_id}")


def _wait_for(port: int, path: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=30) as reply:
                if text in reply.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"`mkdocs serve` did not show {text!r} at /{path} in {timeout} s")


HEADER = (
    f"{'timeline':>10} {'events':>7} {'pages':>6} {'build s':>8} {'cpu s':>6} {'peak MB':>8} "
    f"{'site MB':>8} {'largest MB':>10} {'search MB':>9} {'axis MB':>8} {'main MB':>7} "
    f"{'reload s med/max':>16} {'cpu/edit':>8}  largest page"
)


def _row(
    name: str,
    n: int,
    seconds: float,
    cpu: float,
    peak: float,
    size: SiteSize,
    reloads: Reloads | None,
) -> str:
    reload = reloads.cell() if reloads is not None else "-"
    per_edit = f"{reloads.cpu_per_edit:.2f}" if reloads is not None else "-"
    return (
        f"{name:>10} {n:>7} {size.pages:>6} {seconds:>8.1f} {cpu:>6.1f} {peak:>8.0f} "
        f"{size.total_mb:>8.1f} {size.largest_page_mb:>10.2f} {size.search_mb:>9.1f} "
        f"{size.largest_asset_mb:>8.2f} {size.axis_main_mb:>7.2f} {reload:>16} {per_edit:>8}  "
        f"{size.largest_page}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--example", action="store_true", help="also build this repo's site")
    parser.add_argument(
        "--serve",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="also time edit -> reload under `mkdocs serve` for this size (repeatable)",
    )
    parser.add_argument("--edits", type=int, default=5, help="edits timed per served size")
    parser.add_argument(
        "--load", action="store_true", help="keep one core busy while the edits are timed"
    )
    parser.add_argument(
        "--before",
        type=Path,
        metavar="DIR",
        help="also measure the timeline package of this checkout (e.g. main before a change)",
    )
    args = parser.parse_args()
    codes: list[tuple[str, Path | None]] = [("after" if args.before else "synthetic", None)]
    if args.before:
        codes.insert(0, ("before", args.before))
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        if args.example:
            from timeline.store import load_timeline

            n = len(load_timeline(REPO / "events.yaml").events)
            site = Path(tmp) / "example-site"
            seconds, cpu, peak = build(REPO, site)
            print(_row("example", n, seconds, cpu, peak, measure(site), None), flush=True)
        for n in args.sizes:
            project = Path(tmp) / f"n{n}"
            (project / "docs").mkdir(parents=True)
            (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
            (project / "events.yaml").write_text(synthetic_events_yaml(n), encoding="utf-8")
            for name, checkout in codes:
                env = code_env(checkout)
                site = project / "site"
                if site.exists():
                    shutil.rmtree(site)
                seconds, cpu, peak = build(project, site, env)
                size = measure(site)
                reloads = (
                    serve_latency(project, args.edits, env, args.load) if n in args.serve else None
                )
                print(_row(name, n, seconds, cpu, peak, size, reloads), flush=True)
                shutil.rmtree(site)


if __name__ == "__main__":
    main()
