"""Incremental extraction: a run after new articles arrive writes the file a fresh run over
all of them writes."""

from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner

from benchmarks.extract import add_articles, build_corpus
from timeline.cli import main


def test_adding_one_percent_writes_the_file_a_fresh_run_writes(tmp_path: Path) -> None:
    """A generated collection of a few hundred articles, extracted, then extracted again
    after 1 % more articles arrive (the merge recalls last run's decisions): events.yaml is
    byte for byte the one a fresh run over all the articles writes."""
    corpus = tmp_path / "corpus"
    manifest = build_corpus(corpus, 400)
    runner = CliRunner()
    grown = tmp_path / "grown.yaml"

    def extract(out: Path) -> None:
        args = ["extract", str(corpus), "--manifest", str(manifest), "-o", str(out)]
        result = runner.invoke(main, [*args, "--workers", "1"])
        assert result.exit_code == 0, result.output

    extract(grown)
    add_articles(corpus, manifest, 4)
    time.sleep(0.1)
    extract(grown)
    fresh = tmp_path / "fresh.yaml"
    extract(fresh)
    assert grown.read_bytes() == fresh.read_bytes()
