"""The events.yaml speed benchmark runs and round-trips its synthetic timeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.store import build_timeline, main  # noqa: E402


def test_the_benchmark_reports_each_stage(capsys: pytest.CaptureFixture[str]) -> None:
    """A small run prints the size and a timing line per stage, and exits 0."""
    assert main(["--events", "50", "--repeat", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("50 events, ")
    assert [line.split()[0] for line in lines[1:]] == [
        "dump_timeline",
        "parse_timeline",
        "locate_events",
        "peak_memory",
    ]


def test_the_synthetic_timeline_is_deterministic() -> None:
    """Two builds are equal, so timings compare like with like."""
    assert build_timeline(20) == build_timeline(20)
