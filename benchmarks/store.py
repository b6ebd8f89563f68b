"""events.yaml speed: dump, parse and locate a synthetic timeline of N events.

Each event has a day date, a title, two lines of text, two tags, a citation with a quote
and offsets, and an extractor stamp (about 340 bytes of YAML), so 10,000 events make a
3.4 MB file. Times are the best of `--repeat` runs, in CPU seconds of this process and in
wall-clock seconds (the latter is noisy on a shared machine). The last line is the peak of
memory Python allocates while `parse_timeline` reads the text (tracemalloc, measured in a
separate run because tracing slows everything down).

Run: ``python -m benchmarks.store [--events N] [--repeat R]``.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable, Sequence

from timeline.model import Citation, Event, PartialDate, Source, Timeline
from timeline.store import dump_timeline, locate_events, parse_timeline

__all__ = ["build_timeline", "main"]


def build_timeline(events: int, sources: int = 200) -> Timeline:
    """A deterministic timeline of `events` events citing `sources` sources."""
    cited = tuple(
        Source(
            id=f"src-{i}",
            title=f"Article number {i}",
            outlet="Example Desk",
            url=f"https://example.org/news/{i}",
            published=PartialDate(2024, 1 + i % 12, 1 + i % 28),
            language="en",
        )
        for i in range(sources)
    )
    happenings = tuple(
        Event(
            id=f"event-{i}",
            date=PartialDate(1900 + i % 120, 1 + i % 12, 1 + i % 28),
            title=f"Something number {i} happened",
            text="A longer sentence about what happened, with detail.\nSecond line.",
            tags=("politics", f"topic-{i % 7}"),
            sources=(Citation(f"src-{i % sources}", quote=f"Quote {i}.", start=i, end=i + 9),),
            extracted="0123456789ab",
        )
        for i in range(events)
    )
    return Timeline(title="Benchmark", sources=cited, events=happenings)


def _best(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    cpu, wall = [], []
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return min(cpu), min(wall)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    timeline = build_timeline(args.events)
    text = dump_timeline(timeline)
    parsed, problems = parse_timeline(text)
    if problems or parsed != timeline:
        print("round trip failed:", *problems[:5], sep="\n")
        return 1
    print(f"{args.events} events, {len(text) / 1e6:.1f} MB of YAML")
    for name, run in (
        ("dump_timeline", lambda: dump_timeline(timeline)),
        ("parse_timeline", lambda: parse_timeline(text)),
        ("locate_events", lambda: locate_events(text)),
    ):
        cpu, wall = _best(run, args.repeat)
        print(f"{name:15} {cpu:6.2f} s CPU {wall:6.2f} s wall")
    print(f"{'peak_memory':15} {_peak(lambda: parse_timeline(text)) / 1e6:6.1f} MB parse_timeline")
    return 0


def _peak(run: Callable[[], object]) -> int:
    """Bytes allocated at the peak of `run` beyond what was allocated before it."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


if __name__ == "__main__":
    raise SystemExit(main())
