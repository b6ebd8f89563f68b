"""Timeline-summarisation benchmark: do the tool's top dates and events match journalists'?

Runs the real `timeline extract` (a child process) on each `../shared/tls/*/articles/`
collection and scores the result against the collection's `reference.txt` the way the
timeline-summarisation papers do (Martschat & Markert 2017/2018), next to a mention-count
baseline computed in the same run:

- **date-F1**: the top T ranked days (T = number of reference dates), counting only days
  inside the reference's first..last date, as a set against the reference dates;
- **AR-1 F**: alignment-based ROUGE-1 F, tilse's `align_date_content_costs_many_to_one`,
  with a Unicode word tokenizer (the common ROUGE tokenizers drop accented letters);
- **events**, **noise** (share of events whose every citation comes from one source) and
  **seconds**.

The tool's ranking uses only what `events.yaml` stores: a day ranks by the `importance:` of
its most important event, then by the distinct sources and citations of its events (see
`tool_timeline`). Only events at day precision without an `end:` rank; year, month and
ranged events never stand for a day.

Run: ``python -m benchmarks.tls [--corpus DIR] [--keep DIR] [--workers N] [--only NAME ...]
[--dates FILE] [--json FILE]``. The scoring functions are pure so
`tests/test_benchmark_tls.py` can pin the metrics on hand-made inputs.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import math
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = [
    "DEFAULT_CORPUS",
    "Ranked",
    "Score",
    "SystemRun",
    "alignment_rouge1",
    "baseline_timeline",
    "collections",
    "date_f1",
    "format_table",
    "main",
    "parse_reference",
    "rouge1_approximation",
    "run_collection",
    "run_extract",
    "score_run",
    "summary_length",
    "tokenize",
    "tool_timeline",
    "top_days",
]

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "tls"

_WORD_RE = re.compile(r"[^\W_]+")
_DAY_LINE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\s*$")
_DASHES_RE = re.compile(r"-{8,}\s*$")
"""A reference's separator line; in a few files it is glued to the end of a summary line."""


# --- the metrics -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def tokenize(text: str) -> list[str]:
    """Casefolded Unicode words: letters and digits, accents kept ("Saná" -> "saná").

    ROUGE-1.5.5 and rouge-score keep only [a-z0-9], which splits "Saná" into "san" and
    drops "é" words altogether; no stemming and no stopword list, so every language is
    treated alike.
    """
    return _WORD_RE.findall(unicodedata.normalize("NFC", text).casefold())


def _counts(sentences: Sequence[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in sentences:
        counts.update(tokenize(sentence))
    return counts


def _hits(predicted: Counter[str], reference: Counter[str]) -> int:
    """ROUGE-1 overlap with one reference: each word counts as often as both sides have it."""
    if len(predicted) > len(reference):
        predicted, reference = reference, predicted
    return sum(min(n, reference[word]) for word, n in predicted.items() if word in reference)


def rouge1_approximation(predicted: Counter[str], reference: Counter[str]) -> float:
    """ROUGE-1 F of two bags of words; tilse's content cost is one minus this."""
    hits = _hits(predicted, reference)
    if not hits:
        return 0.0
    precision = hits / sum(predicted.values())
    recall = hits / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def _distance_weight(a: dt.date, b: dt.date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _nearest(
    source: dt.date,
    source_words: Counter[str],
    targets: Sequence[tuple[dt.date, Counter[str]]],
) -> tuple[dt.date, Counter[str]]:
    """The target of least cost (1 - 1/(days apart + 1)) x (1 - ROUGE-1 F); first one on ties.

    This is tilse's many-to-one assignment: every date is aligned, independently, with the
    cheapest date on the other side, so several predicted dates may share one reference date.
    """
    best = targets[0]
    best_cost = math.inf
    for target in targets:
        date_cost = 1 - _distance_weight(source, target[0])
        cost = date_cost * (1 - rouge1_approximation(source_words, target[1])) if date_cost else 0
        if cost < best_cost:
            best, best_cost = target, cost
    return best


def alignment_rouge1(
    predicted: Mapping[dt.date, Sequence[str]], reference: Mapping[dt.date, Sequence[str]]
) -> Score:
    """AR-1 (Martschat & Markert 2017, "align+ m:1"): ROUGE-1 of date-aligned daily summaries.

    Precision aligns each predicted date with its cheapest reference date and sums the word
    overlap of the two summaries, weighted by 1/(days apart + 1), over all predicted words;
    recall does the same from each reference date over all reference words.
    """
    pred = [(date, _counts(predicted[date])) for date in sorted(predicted)]
    ref = [(date, _counts(reference[date])) for date in sorted(reference)]
    if not pred or not ref:
        return Score(0.0, 0.0)
    numerator = 0.0
    for date, words in pred:
        ref_date, ref_words = _nearest(date, words, ref)
        numerator += _distance_weight(date, ref_date) * _hits(words, ref_words)
    pred_total = sum(sum(words.values()) for _, words in pred)
    precision = numerator / pred_total if pred_total else 0.0
    numerator = 0.0
    for date, words in ref:
        pred_date, pred_words = _nearest(date, words, pred)
        numerator += _distance_weight(date, pred_date) * _hits(pred_words, words)
    ref_total = sum(sum(words.values()) for _, words in ref)
    recall = numerator / ref_total if ref_total else 0.0
    return Score(precision, recall)


def date_f1(ranked: Sequence[dt.date], reference: Collection[dt.date]) -> Score:
    """The top T ranked days inside the reference's first..last date, against its T dates."""
    if not reference:
        return Score(0.0, 0.0)
    chosen = top_days(ranked, reference)
    hits = sum(1 for day in chosen if day in reference)
    return Score(hits / len(chosen) if chosen else 0.0, hits / len(set(reference)))


def top_days(ranked: Sequence[dt.date], reference: Collection[dt.date]) -> list[dt.date]:
    """The first T distinct ranked days inside the reference's span (T = reference dates)."""
    if not reference:
        return []
    first, last = min(reference), max(reference)
    size = len(set(reference))
    chosen: list[dt.date] = []
    for day in dict.fromkeys(ranked):
        if first <= day <= last:
            chosen.append(day)
            if len(chosen) == size:
                break
    return chosen


def summary_length(reference: Mapping[dt.date, Sequence[str]]) -> int:
    """Sentences per predicted date: the reference's mean per date, rounded (news-tls's L)."""
    if not reference:
        return 1
    return max(1, round(sum(len(lines) for lines in reference.values()) / len(reference)))


def parse_reference(text: str, name: str = "reference.txt") -> dict[dt.date, list[str]]:
    """A tilse timeline: a `YYYY-MM-DD` line, summary lines, a dashed line; repeated dates join.

    Raises ValueError naming the file and line of a summary line before any date, or of an
    impossible date.
    """
    timeline: dict[dt.date, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        match = _DAY_LINE_RE.match(line)
        if match:
            try:
                day = dt.date(*(int(g) for g in match.groups()))
            except ValueError as err:
                raise ValueError(f"{name}:{number}: {err}") from None
            current = timeline.setdefault(day, [])
            continue
        glued = _DASHES_RE.search(line)
        if glued:
            line = line[: glued.start()].rstrip()
        if not line or set(line) == {"-"}:
            continue
        if current is None:
            raise ValueError(f"{name}:{number}: summary line before any date")
        current.append(line)
    return timeline


# --- the two systems' timelines -----------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    """A system's days, best first, with a daily summary and the numbers behind the rank."""

    days: list[dt.date]
    summaries: dict[dt.date, list[str]]
    scores: dict[dt.date, tuple[float, ...]]
    events: int
    noise: float
    """Share of `events` supported by one source only."""


def tool_timeline(events_yaml: Path, sentences: int) -> Ranked:
    """The extractor's timeline, ranked from what events.yaml stores.

    Days rank by the highest `importance:` among their events (the extractor's own ranking;
    0 where absent), then the distinct sources cited by the day's events, then the day's
    distinct citations (source, quote), then the earlier day. A day's summary is the text of
    its events, best first by the same counts, then file order; the first `sentences` of
    them. Events at year or month precision, and events with an `end:` (ranges), rank no day.
    """
    from timeline.model import Precision
    from timeline.store import load_timeline

    timeline = load_timeline(events_yaml)
    by_day: dict[dt.date, list[tuple[tuple[float, int, int], int, str]]] = {}
    sources: dict[dt.date, set[str]] = {}
    citations: dict[dt.date, set[tuple[str, str]]] = {}
    importance: dict[dt.date, float] = {}
    single = 0
    for index, event in enumerate(timeline.events):
        event_sources = set(event.source_ids)
        single += len(event_sources) == 1
        if event.date.precision is not Precision.DAY or event.end not in (None, event.date):
            continue
        day = event.date.first_day()
        quotes = {(c.source, c.quote) for c in event.sources}
        # a checkout older than `importance:` (run with PYTHONPATH=CHECKOUT) ranks without it
        weight = getattr(event, "importance", None) or 0.0
        key = (-weight, -len(event_sources), -len(quotes))
        by_day.setdefault(day, []).append((key, index, event.text or event.title))
        importance[day] = max(importance.get(day, 0.0), weight)
        sources.setdefault(day, set()).update(event_sources)
        citations.setdefault(day, set()).update(quotes)
    scores: dict[dt.date, tuple[float, ...]] = {
        day: (importance[day], len(sources[day]), len(citations[day])) for day in by_day
    }
    days = sorted(by_day, key=lambda d: (*(-n for n in scores[d]), d))
    summaries = {day: [text for _, _, text in sorted(by_day[day])][:sentences] for day in days}
    total = len(timeline.events)
    return Ranked(days, summaries, scores, total, single / total if total else 0.0)


def _languages(language: str) -> tuple[str, ...]:
    """The languages the extractor passes to `find_dates` (`timeline.extract`): the
    article's own."""
    from timeline.lang import article_languages

    return article_languages(language)


def baseline_timeline(folder: Path, sentences: int) -> Ranked:
    """Mention counting: each day that a resolved single-day mention names counts once per
    article; days rank by that count, then the earlier day.

    Articles are read as the extractor reads them (`timeline.ingest.iter_articles`: front
    matter, cleaned text) and dated with `find_dates(text, published, languages)` as
    `timeline.extract` calls it. A day's summary is the first `sentences` distinct sentences
    (corpus order) that mention it. Its "events" are the days mentioned; noise is the share
    of them that one article alone mentions.
    """
    from timeline.dates import find_dates
    from timeline.events import split_sentences
    from timeline.ingest import iter_articles

    counts: Counter[dt.date] = Counter()
    summaries: dict[dt.date, list[str]] = {}
    for article in iter_articles([str(folder)]):
        languages = _languages(article.language)
        mentions = find_dates(article.text, article.published, languages=languages)
        spans = split_sentences(article.text)
        starts = [s.start for s in spans]
        seen: set[dt.date] = set()
        for mention in mentions:
            if mention.precision != "day" or mention.end_value not in (None, mention.value):
                continue
            day = dt.date.fromisoformat(mention.value[:10])
            seen.add(day)
            at = bisect.bisect_right(starts, mention.start) - 1
            if at >= 0:
                text = spans[at].text
                summary = summaries.setdefault(day, [])
                if len(summary) < sentences and text not in summary:
                    summary.append(text)
        counts.update(seen)
    days = sorted(counts, key=lambda d: (-counts[d], d))
    single = sum(1 for n in counts.values() if n == 1)
    return Ranked(
        days,
        {day: summaries.get(day, []) for day in days},
        {day: (counts[day],) for day in days},
        len(counts),
        single / len(counts) if counts else 0.0,
    )


# --- running it ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SystemRun:
    """One system on one collection: its scores, size and time."""

    collection: str
    system: str
    dates: int
    date: Score
    ar1: Score
    events: int
    noise: float
    seconds: float
    chosen: list[tuple[str, bool, tuple[float, ...], str]] = field(default_factory=list)
    """The top days: (day, in the reference, rank scores, first summary sentence)."""


def score_run(
    collection: str,
    system: str,
    ranked: Ranked,
    reference: Mapping[dt.date, Sequence[str]],
    seconds: float,
) -> SystemRun:
    """Both metrics on the top T days of `ranked`, and the rows for `--dates`."""
    chosen = top_days(ranked.days, reference)
    predicted = {day: ranked.summaries[day] for day in chosen}
    rows = [
        (
            day.isoformat(),
            day in reference,
            ranked.scores[day],
            ranked.summaries[day][0] if ranked.summaries[day] else "",
        )
        for day in chosen
    ]
    return SystemRun(
        collection,
        system,
        len(reference),
        date_f1(ranked.days, reference),
        alignment_rouge1(predicted, reference),
        ranked.events,
        ranked.noise,
        seconds,
        rows,
    )


def run_extract(articles: Path, out: Path, workers: int | None) -> float:
    """`timeline extract ARTICLES -o OUT` in a child process; its wall time in seconds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)  # a kept folder must not merge into the last run's file
    out.with_name(f"{out.stem}.ledger.json").unlink(missing_ok=True)
    code = "import sys\nfrom timeline.cli import main\nmain(sys.argv[1:])\n"
    args = ["extract", str(articles), "-o", str(out)]
    if workers is not None:
        args += ["--workers", str(workers)]
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0 and not (proc.returncode == 1 and out.exists()):
        raise SystemExit(f"timeline extract {articles} failed:\n{proc.stderr}")
    if proc.returncode:  # some inputs could not be read; the rest was written
        print(f"{articles}: some inputs were skipped:\n{proc.stderr}", file=sys.stderr)
    return seconds


def collections(corpus: Path, only: Sequence[str] = ()) -> list[Path]:
    """The corpus's `NAME/` folders that hold `articles/` and `reference.txt`, sorted."""
    found = sorted(
        p for p in corpus.iterdir() if (p / "articles").is_dir() and (p / "reference.txt").is_file()
    )
    return [p for p in found if not only or p.name in only]


def run_collection(folder: Path, scratch: Path, workers: int | None) -> list[SystemRun]:
    """The tool and the baseline on one collection."""
    reference_path = folder / "reference.txt"
    reference = parse_reference(reference_path.read_text(encoding="utf-8"), str(reference_path))
    sentences = summary_length(reference)
    out = scratch / folder.name / "events.yaml"
    seconds = run_extract(folder / "articles", out, workers)
    tool = score_run(folder.name, "timeline", tool_timeline(out, sentences), reference, seconds)
    start = time.perf_counter()
    counted = baseline_timeline(folder / "articles", sentences)
    seconds = time.perf_counter() - start
    return [tool, score_run(folder.name, "mentions", counted, reference, seconds)]


_HEADER = (
    f"{'collection':<12} {'system':<9} {'T':>4} {'date-P':>7} {'date-R':>7} {'date-F1':>7} "
    f"{'AR-1 F':>7} {'events':>7} {'noise':>6} {'seconds':>8}"
)


def _row(name: str, system: str, t: float, values: Sequence[float], events: float) -> str:
    date_p, date_r, date_f, ar1, noise, seconds = values
    return (
        f"{name:<12} {system:<9} {t:>4.0f} {date_p:>7.3f} {date_r:>7.3f} {date_f:>7.3f} "
        f"{ar1:>7.3f} {events:>7.0f} {noise:>6.2f} {seconds:>8.1f}"
    )


def _values(run: SystemRun) -> list[float]:
    return [run.date.precision, run.date.recall, run.date.f1, run.ar1.f1, run.noise, run.seconds]


def format_table(runs: Sequence[SystemRun]) -> str:
    """One row per collection and system, then the mean of each system over the collections."""
    lines = [_HEADER]
    for run in runs:
        lines.append(_row(run.collection, run.system, run.dates, _values(run), run.events))
    systems = list(dict.fromkeys(run.system for run in runs))
    for system in systems:
        mine = [run for run in runs if run.system == system]
        columns = list(zip(*(_values(run) for run in mine), strict=True))
        means = [sum(column) / len(mine) for column in columns]
        dates = sum(run.dates for run in mine) / len(mine)
        events = sum(run.events for run in mine) / len(mine)
        lines.append(_row("mean", system, dates, means, events))
    return "\n".join(lines)


def _write_dates(path: Path, runs: Sequence[SystemRun]) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("collection\tsystem\trank\tday\tin_reference\tscores\tfirst_sentence\n")
        for run in runs:
            for rank, (day, hit, scores, sentence) in enumerate(run.chosen, 1):
                flat = " ".join(sentence.split())
                counts = ",".join(f"{n:g}" for n in scores)
                out.write(
                    f"{run.collection}\t{run.system}\t{rank}\t{day}\t{int(hit)}\t{counts}\t{flat}\n"
                )


def _write_json(path: Path, runs: Sequence[SystemRun]) -> None:
    rows = []
    for run in runs:
        row = asdict(run)
        row.pop("chosen")
        row["date"]["f1"] = run.date.f1
        row["ar1"]["f1"] = run.ar1.f1
        rows.append(row)
    path.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.tls",
        description="Score `timeline extract` and mention counting against reference timelines.",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="TLS corpus folder")
    parser.add_argument("--keep", type=Path, help="write (and keep) the events.yaml files here")
    parser.add_argument("--workers", type=int, help="passed to `timeline extract --workers`")
    parser.add_argument("--only", nargs="+", default=(), metavar="NAME", help="these collections")
    parser.add_argument("--dates", type=Path, help="write each system's top days (TSV) here")
    parser.add_argument("--json", type=Path, help="write the scores (JSON) here")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"{corpus}: no TLS corpus there; benchmark skipped")
        return 0
    folders = collections(corpus, args.only)
    if not folders:
        print(f"{corpus}: no collection (NAME/articles/ + NAME/reference.txt); benchmark skipped")
        return 0
    start = time.perf_counter()
    runs: list[SystemRun] = []
    with tempfile.TemporaryDirectory(prefix="tls-") as scratch:
        base: Path = args.keep or Path(scratch)
        for folder in folders:
            try:
                runs.extend(run_collection(folder, base, args.workers))
            except ValueError as err:
                print(f"error: {err}", file=sys.stderr)
                return 1
    print(format_table(runs))
    print(f"whole benchmark: {time.perf_counter() - start:.1f} s wall")
    if args.dates:
        _write_dates(args.dates, runs)
        print(f"top days written to {args.dates}")
    if args.json:
        _write_json(args.json, runs)
        print(f"scores written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
