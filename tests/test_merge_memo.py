"""The merge's memo: a day whose reports are unchanged is decided as last run decided it
only while no comparison of it could go the other way, so an incremental run writes what a
fresh run writes."""

from __future__ import annotations

import math
import random
import time
from pathlib import Path

from click.testing import CliRunner

from benchmarks.extract import add_articles, build_corpus
from timeline.cli import main
from timeline.events import Candidate, merge_candidates
from timeline.events.memo import MergeMemo, stands
from timeline.events.merge import _clustered, _lead, _Vector
from timeline.model import Citation, PartialDate

WORDS = [f"w{i}" for i in range(10)]
ACTIONS = ["signed", "opened", "visited"]


def _perturbed(weights: dict[str, float], rng: random.Random, tolerance: float) -> dict[str, float]:
    """Each weight moved by a factor in [1/s, s], s chosen so that (hi/lo)² stays under
    `tolerance` (capped: a decision that stands whatever happens is tried at a factor 3)."""
    spread = min(tolerance, 9.0) ** 0.25 * (1 - 1e-6)
    return {w: v * rng.uniform(1 / spread, spread) for w, v in weights.items()}


def _day(rng: random.Random) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    size = rng.randint(2, 9)
    words = [frozenset(rng.sample(WORDS, rng.randint(1, 4))) for _ in range(size)]
    actions = [frozenset(rng.sample(ACTIONS, rng.randint(0, 1))) for _ in range(size)]
    return words, actions


def _vectors(words: list[frozenset[str]], weights: dict[str, float]) -> list[_Vector]:
    return [{w: weights[w] for w in sorted(found)} for found in words]


def test_a_day_clusters_alike_for_any_weights_within_its_tolerance() -> None:
    """Random days, clustered at random weights, cluster the same way after every weight
    moves within the tolerance the first clustering reported."""
    rng = random.Random(13)
    tried = 0
    for _ in range(400):
        words, actions = _day(rng)
        weights = {w: rng.uniform(0.3, 4.0) for w in WORDS}
        tolerance = [math.inf]
        clusters = _clustered(_vectors(words, weights), actions, 0.2, None, tolerance)
        if tolerance[0] <= 1.0:
            continue
        for _ in range(5):
            moved = _perturbed(weights, rng, tolerance[0])
            assert _clustered(_vectors(words, moved), actions, 0.2, None, None) == clusters
            tried += 1
    assert tried > 500


def _candidate(source: str, words: frozenset[str], day: int = 10) -> Candidate:
    text = " ".join(sorted(words))
    return Candidate(
        date=PartialDate(2024, 3, day),
        end=None,
        title=text,
        text=text,
        tags=(),
        citation=Citation(source, f"{source}: {text}"),
        keywords=words,
        focus=frozenset(sorted(words)[:1]),
    )


def test_a_lead_is_chosen_alike_for_any_weights_within_its_tolerance() -> None:
    """The most typical member of random clusters stays the lead while the weights move
    within the tolerance its choice reported."""
    rng = random.Random(5)
    tried = 0
    for _ in range(300):
        words, _ = _day(rng)
        members = [_candidate(f"s{i}", found) for i, found in enumerate(words)]
        weights = {w: rng.uniform(0.3, 4.0) for w in WORDS}
        best, tolerance = _lead(members, _vectors(words, weights), None, "", None)
        if tolerance <= 1.0:
            continue
        for _ in range(5):
            moved = _perturbed(weights, rng, tolerance)
            assert _lead(members, _vectors(words, moved), None, "", None)[0] == best
            tried += 1
    assert tried > 300


def test_a_close_comparison_has_a_tolerance_near_one() -> None:
    """A similarity just above the threshold stands only for a small move of the weights;
    one far above it, or two similarities of 0, for any."""
    assert 1.0 < stands(0.2001, 0.0, 0.0, 0.2) < 1.001
    assert stands(0.9, 0.0, 0.0, 0.2) > 4
    assert stands(0.0, 0.2, 0.0, 0.0) == math.inf


def test_a_memo_gives_the_events_a_fresh_merge_gives() -> None:
    """Reports of many days merged with last run's memo, after some reports are added and
    every weight has moved: the same events as a merge without memo, and most days were
    recalled, not compared again."""
    rng = random.Random(3)
    vocabulary = [f"v{i}" for i in range(60)]
    before = [
        _candidate(f"s{i}", frozenset(rng.sample(vocabulary, 3)), day=1 + i % 28)
        for i in range(300)
    ]
    memo = MergeMemo()
    assert merge_candidates(before, memo=memo) == merge_candidates(before)
    after = before + [
        _candidate(f"n{i}", frozenset(rng.sample(vocabulary, 3)), day=1 + i % 3) for i in range(6)
    ]
    again = MergeMemo(previous=memo.kept)
    assert merge_candidates(after, memo=again) == merge_candidates(after)
    assert again.reused > again.decided > 0


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
