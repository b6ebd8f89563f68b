"""The hand-read sample of `benchmarks.tls`: the best event of one random day per tenth.

Issue 10 asks for 60 of the top events read by hand, 10 per collection, random and
stratified: each collection's top T days (as `benchmarks.tls` chooses them, best first) are
cut into tenths, one day is drawn from each tenth (seeded by the collection's name), and that
day's best event (`tool_timeline`'s order) is printed with its first citation, for a person
to judge: right date, on topic, from the article's own text. The judgements are kept in
`benchmarks/tls_handread.tsv` by source id and offsets only (no corpus text in the repo).

Run after ``python -m benchmarks.tls --keep DIR``:
``python -m benchmarks.tls_sample DIR [--corpus ../shared/tls] [--seed 10]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.tls import DEFAULT_CORPUS, collections, parse_reference, tool_timeline, top_days

__all__ = ["main", "sample_days"]


def sample_days(chosen: Sequence[dt.date], name: str, seed: int = 10) -> list[tuple[int, dt.date]]:
    """(tenth, day) for one random day of each tenth of `chosen` (best first); tenths that
    hold no day (fewer than 10 days) are skipped. The draw depends on `name` and `seed` only."""
    rng = random.Random(f"{seed}-{name}")
    size = len(chosen)
    out = []
    for tenth in range(10):
        part = chosen[tenth * size // 10 : (tenth + 1) * size // 10]
        if part:
            out.append((tenth + 1, rng.choice(list(part))))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the sample of each collection kept under DIR."""
    from timeline.model import Precision
    from timeline.store import load_timeline

    parser = argparse.ArgumentParser(prog="python -m benchmarks.tls_sample")
    parser.add_argument("keep", type=Path, help="the --keep DIR of a benchmarks.tls run")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no TLS corpus here; nothing to sample", file=sys.stderr)
        return 0
    for folder in collections(args.corpus):
        events_yaml = args.keep / folder.name / "events.yaml"
        if not events_yaml.exists():
            print(f"{events_yaml}: missing (run benchmarks.tls --keep first)", file=sys.stderr)
            continue
        reference = parse_reference((folder / "reference.txt").read_text(encoding="utf-8"))
        chosen = top_days(tool_timeline(events_yaml, 1).days, reference)
        timeline = load_timeline(events_yaml)
        for tenth, day in sample_days(chosen, folder.name, args.seed):
            ranked = [
                (
                    -(e.importance or 0.0),
                    -len(set(e.source_ids)),
                    -len({(c.source, c.quote) for c in e.sources}),
                    i,
                    e,
                )
                for i, e in enumerate(timeline.events)
                if e.date.precision is Precision.DAY
                and e.end in (None, e.date)
                and e.date.first_day() == day
            ]
            best = min(ranked, key=lambda row: row[:4])[4]
            cited = best.sources[0]
            hit = "reference day" if day in reference else "not a reference day"
            print(f"{folder.name}\t{tenth}\t{day}\t{hit}\t{best.importance}\t{cited.source}")
            print(f"    {best.title}\n    {cited.quote}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
