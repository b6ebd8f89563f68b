"""`timeline extract --engine dask`: the per-article work on a real Dask LocalCluster, the
merge and the update unchanged, so both engines write the same events.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import cluster
from timeline.cli import main

pytest.importorskip("dask.distributed")

PLACES = ["Lunde", "Varde", "Holm", "Stavn", "Kleiv", "Brekke", "Odde"]
VERBS = ["opened a ferry line to", "closed the school in", "paved the road to", "flooded"]


def _corpus(folder: Path, size: int) -> Path:
    folder.mkdir()
    for index in range(size):
        place = PLACES[index % len(PLACES)]
        verb = VERBS[index % len(VERBS)]
        day = 1 + index % 27
        (folder / f"a{index:04}.txt").write_text(
            f"The county {verb} {place} on {day} March 2021, officials said. "
            f"The plan dates back to {1990 + index % 20}.\n",
            encoding="utf-8",
        )
    return folder


def _extract(folder: Path, out: Path, *extra: str) -> None:
    args = ["extract", str(folder), "--published", "2021-04-01", "-o", str(out), "--no-cache"]
    result = CliRunner().invoke(main, [*args, *extra])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_dask_and_the_process_pool_write_the_same_file(tmp_path: Path) -> None:
    """Same corpus, a LocalCluster of two workers and two local processes: same bytes."""
    corpus = _corpus(tmp_path / "articles", 300)
    _extract(corpus, tmp_path / "local.yaml", "--workers", "2")
    _extract(corpus, tmp_path / "dask.yaml", "--engine", "dask", "--workers", "2")
    local = (tmp_path / "local.yaml").read_bytes()
    assert local.count(b"\n  - id: ") > 300  # the sources and the events they gave
    assert (tmp_path / "dask.yaml").read_bytes() == local


def test_a_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    """`--scheduler` without `--engine dask` is a usage error, not silently ignored."""
    corpus = _corpus(tmp_path / "articles", 2)
    result = CliRunner().invoke(
        main, ["extract", str(corpus), "--scheduler", "tcp://127.0.0.1:1", "-o", "e.yaml"]
    )
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output


def test_an_unreachable_scheduler_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scheduler nobody answers at is a one-line error naming it, and nothing written."""
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    corpus = _corpus(tmp_path / "articles", 2)
    out = tmp_path / "e.yaml"
    args = ["extract", str(corpus), "--engine", "dask", "-o", str(out)]
    result = CliRunner().invoke(main, [*args, "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "tcp://127.0.0.1:9: cannot reach the Dask scheduler" in result.output
    assert not out.exists()
