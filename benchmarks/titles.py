"""Title lint: the share of an events.yaml's titles that read as headlines (issue 11).

Each title is checked by `timeline.events.title_lint.lint_title` against its first cited
sentence (in the timeline's language, else its first source's): a finite verb, no
function word at either end, no number cut short, no date
phrase, at most 12 words. Works on any events.yaml (the example, the seeds' extraction, a
`benchmarks.tls --keep` folder's outputs).

Run: ``python -m benchmarks.titles FILE.yaml [FILE.yaml ...] [--failures] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from timeline.errors import TimelineError
from timeline.events.title_lint import TitleProblem, lint_title
from timeline.store import load_timeline

__all__ = ["LintReport", "lint_file", "main"]


@dataclass
class LintReport:
    """One file's titles: how many pass, what the others fail on."""

    path: str
    titles: int = 0
    passed: int = 0
    problems: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.passed / self.titles if self.titles else 1.0


def lint_file(path: Path) -> LintReport:
    """Lint every event title of one events.yaml."""
    timeline = load_timeline(path)
    report = LintReport(path=str(path))
    languages = {source.id: source.language for source in timeline.sources}
    for event in timeline.events:
        quote = " ".join(c.quote for c in event.sources)
        language = timeline.language or next(
            (languages[c.source] for c in event.sources if languages.get(c.source)), ""
        )
        problems = lint_title(event.title, quote, language=language)
        report.titles += 1
        if problems:
            report.problems.update(p.value for p in problems)
            report.failures.append((event.title, [p.value for p in problems]))
        else:
            report.passed += 1
    return report


def _as_json(report: LintReport) -> dict[str, object]:
    """A report as JSON; its problem counts as a plain dict (`asdict` would rebuild the
    Counter from (key, count) pairs, counting the pairs)."""
    return asdict(report) | {"problems": dict(report.problems), "share": report.share}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.titles", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path, help="events.yaml files")
    parser.add_argument("--failures", action="store_true", help="list every failing title")
    parser.add_argument("--json", type=Path, help="write the reports as JSON")
    args = parser.parse_args(argv)
    reports = []
    status = 0
    for path in args.files:
        try:
            reports.append(lint_file(path))
        except (OSError, TimelineError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
    total = sum(r.titles for r in reports)
    passed = sum(r.passed for r in reports)
    kinds = [p.value for p in TitleProblem]
    print(f"{'file':<48} {'titles':>6} {'pass':>6}  " + "  ".join(kinds))
    for report in reports:
        counts = "  ".join(f"{report.problems.get(k, 0):>{len(k)}}" for k in kinds)
        print(f"{report.path[-48:]:<48} {report.titles:>6} {report.share:>6.0%}  {counts}")
        if args.failures:
            for title, problems in report.failures:
                print(f"    {title!r}: {', '.join(problems)}")
    if len(reports) > 1:
        share = passed / total if total else 1.0
        print(f"{'all':<48} {total:>6} {share:>6.0%}")
    if args.json:
        args.json.write_text(
            json.dumps([_as_json(r) for r in reports], indent=2),
            encoding="utf-8",
        )
    return status


if __name__ == "__main__":
    raise SystemExit(main())
