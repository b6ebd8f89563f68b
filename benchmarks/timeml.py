"""TimeBank benchmark: how well `timeline.dates.find_dates` finds and resolves news dates.

Scores our engine and naive `dateparser.search.search_dates` on the same TimeML corpus, so a
change to the engine can be judged against a fixed baseline. The metric (issue 3):

- gold = TIMEX3 of type DATE or TIME with a concrete calendar value (starts with 4 digits);
- a mention is correct when its span overlaps a gold span and its value equals the gold value
  (time of day stripped, compared in TimeML notation);
- a mention overlapping a gold DURATION or SET counts as a false positive; one overlapping a
  non-calendar DATE (PRESENT_REF, XXXX-...) is neutral; anything else is a false positive.

Run: ``python -m benchmarks.timeml [--corpus DIR] [--limit N] [--no-naive] [--errors FILE]``.
The scoring functions are pure so `tests/test_benchmark_timeml.py` can pin the metric itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from timeline.dates import DateMention

__all__ = [
    "CorpusError",
    "Counts",
    "Document",
    "ErrorRecord",
    "Prediction",
    "System",
    "SystemFailed",
    "SystemResult",
    "Timex",
    "classify",
    "engine_system",
    "format_table",
    "is_calendar",
    "load_corpus",
    "locate_substrings",
    "main",
    "naive_system",
    "parse_timeml",
    "run_system",
    "score_document",
    "strip_time",
]

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "timeml" / "TimeBank"

_CALENDAR_RE = re.compile(r"^\d{4}")
_DATE_TYPES = frozenset({"DATE", "TIME"})
_NOT_DATE_TYPES = frozenset({"DURATION", "SET"})


class CorpusError(Exception):
    """A corpus file that cannot be read; the message is one `file:line:col: ...` line."""


class SystemFailed(Exception):
    """A system under test raised on a document; the message names the system and file."""


@dataclass(frozen=True)
class Timex:
    """A gold TIMEX3 located in the plain text of `<TEXT>`."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    """One TimeML file: the plain text of `<TEXT>`, its creation date and its gold timexes."""

    name: str
    text: str
    dct: dt.date
    timexes: tuple[Timex, ...]


@dataclass(frozen=True)
class Prediction:
    """A date a system claims, located in the document text, its value in TimeML notation."""

    start: int
    end: int
    text: str
    value: str


Role = Literal["calendar", "negative", "neutral", "none"]


@dataclass
class Counts:
    """Tallies from which span and value precision/recall are computed.

    `predicted` excludes neutral mentions; `gold` is the number of calendar gold timexes.
    """

    predicted: int = 0
    span_correct: int = 0
    value_correct: int = 0
    gold: int = 0
    gold_spanned: int = 0
    gold_matched: int = 0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.span_correct += other.span_correct
        self.value_correct += other.value_correct
        self.gold += other.gold
        self.gold_spanned += other.gold_spanned
        self.gold_matched += other.gold_matched

    @property
    def span_prf(self) -> tuple[float, float, float]:
        return _prf(self.span_correct, self.predicted, self.gold_spanned, self.gold)

    @property
    def value_prf(self) -> tuple[float, float, float]:
        return _prf(self.value_correct, self.predicted, self.gold_matched, self.gold)


@dataclass(frozen=True)
class ErrorRecord:
    """One false positive ("FP") or false negative ("FN"), with context for error analysis."""

    kind: Literal["FP", "FN"]
    doc: str
    offset: int
    text: str
    predicted: str
    gold: str
    gold_type: str
    sentence: str


@dataclass
class SystemResult:
    """A system's totals over a corpus."""

    name: str
    counts: Counts = field(default_factory=Counts)
    seconds: float = 0.0
    chars: int = 0
    errors: list[ErrorRecord] = field(default_factory=list)

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("inf")


def _prf(precise: int, predicted: int, recalled: int, gold: int) -> tuple[float, float, float]:
    precision = precise / predicted if predicted else 0.0
    recall = recalled / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- reading TimeML -------------------------------------------------------------------------


def strip_time(value: str) -> str:
    """A TimeML value without its time of day: "1998-08-07TMO" -> "1998-08-07"."""
    return value.split("T", 1)[0]


def is_calendar(value: str) -> bool:
    """True for a gold calendar value as the issue defines it: it starts with four digits.

    Values such as "1989-WXX" count too, although no engine that names a concrete week can
    match them; the benchmark follows the issue's definition rather than an easier one.
    """
    return bool(_CALENDAR_RE.match(strip_time(value)))


def _flatten(element: ET.Element, parts: list[str], timexes: list[Timex], offset: int) -> int:
    """Append the element's text to `parts`, recording TIMEX3 offsets; return the new offset."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _flatten(child, parts, timexes, offset)
        if child.tag == "TIMEX3":
            text = "".join(child.itertext())
            timexes.append(
                Timex(start, offset, text, child.get("type", ""), child.get("value", ""))
            )
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def _parse_dct(root: ET.Element, name: str) -> dt.date:
    timex = root.find("DCT/TIMEX3")
    if timex is None:
        raise CorpusError(f"{name}:1:1: no <DCT><TIMEX3 value=...> creation time")
    value = timex.get("value", "")
    try:
        return dt.date.fromisoformat(strip_time(value)[:10])
    except ValueError:
        raise CorpusError(f"{name}:1:1: DCT value '{value}' is not YYYY-MM-DD") from None


def parse_timeml(source: str, name: str = "<string>") -> Document:
    """Read one TimeML document: plain `<TEXT>`, DCT and every TIMEX3 with plain-text offsets.

    Raises CorpusError with a `name:line:col: message` line for malformed input.
    """
    try:
        root = ET.fromstring(source)
    except ET.ParseError as err:
        line, column = err.position
        reason = str(err).split(":", 1)[0]
        where = f"{name}:{line}:{column + 1}"
        raise CorpusError(f"{where}: not well-formed TimeML ({reason})") from None
    dct = _parse_dct(root, name)
    text_element = root.find("TEXT")
    if text_element is None:
        raise CorpusError(f"{name}:1:1: no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _flatten(text_element, parts, timexes, 0)
    return Document(name, "".join(parts), dct, tuple(timexes))


def load_corpus(directory: Path, limit: int | None = None) -> list[Document]:
    """Every `*.tml` file in `directory`, in name order (the first `limit` if given)."""
    if not directory.is_dir():
        raise CorpusError(f"{directory}: corpus directory not found")
    paths = sorted(directory.glob("*.tml"))
    if not paths:
        raise CorpusError(f"{directory}: no .tml files")
    if limit is not None:
        paths = paths[:limit]
    return [parse_timeml(p.read_text(encoding="utf-8"), str(p)) for p in paths]


# --- scoring --------------------------------------------------------------------------------


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _overlaps_timex(prediction: Prediction, timex: Timex) -> bool:
    return _overlaps(prediction.start, prediction.end, timex.start, timex.end)


def classify(prediction: Prediction, timexes: Sequence[Timex]) -> Role:
    """What the prediction overlaps, by priority: a calendar gold, a DURATION/SET gold, a
    non-calendar DATE/TIME gold (neutral), or nothing."""
    roles = {
        _role(t) for t in timexes if _overlaps(prediction.start, prediction.end, t.start, t.end)
    }
    for role in ("calendar", "negative", "neutral"):
        if role in roles:
            return role
    return "none"


def _role(timex: Timex) -> Role:
    if timex.type in _NOT_DATE_TYPES:
        return "negative"
    if timex.type in _DATE_TYPES:
        return "calendar" if is_calendar(timex.value) else "neutral"
    return "none"


def _sentence(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence around [start, end), whitespace collapsed, for an error report."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n\n"))
    left = 0 if left < 0 else left + 2
    rights = [i for mark in (". ", "? ", "! ", "\n\n") if (i := text.find(mark, end)) >= 0]
    right = min(rights) + 1 if rights else len(text)
    sentence = " ".join(text[left:right].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def score_document(
    document: Document, predictions: Iterable[Prediction]
) -> tuple[Counts, list[ErrorRecord]]:
    """Counts and errors for one document's predictions under the issue-3 metric.

    Each gold timex is matched by at most one prediction and each prediction matches at most
    one gold; predictions are taken in text order, each to the first free equal-valued gold
    it overlaps.
    """
    golds = [t for t in document.timexes if _role(t) == "calendar"]
    counts = Counts(gold=len(golds))
    errors: list[ErrorRecord] = []
    matched: set[int] = set()
    spanned: set[int] = set()
    for prediction in sorted(predictions, key=lambda p: (p.start, p.end)):
        role = classify(prediction, document.timexes)
        if role == "neutral":
            continue
        counts.predicted += 1
        overlapping = [
            i
            for i, g in enumerate(golds)
            if _overlaps(prediction.start, prediction.end, g.start, g.end)
        ]
        if overlapping:
            counts.span_correct += 1
            spanned.update(overlapping)
        value = strip_time(prediction.value)
        hit = next(
            (i for i in overlapping if i not in matched and strip_time(golds[i].value) == value),
            None,
        )
        if hit is not None:
            matched.add(hit)
            counts.value_correct += 1
            continue
        near = next((t for t in document.timexes if _overlaps_timex(prediction, t)), None)
        errors.append(
            ErrorRecord(
                "FP",
                document.name,
                prediction.start,
                prediction.text,
                prediction.value,
                near.value if near else "",
                near.type if near else "",
                _sentence(document.text, prediction.start, prediction.end),
            )
        )
    counts.gold_spanned = len(spanned)
    counts.gold_matched = len(matched)
    for i, gold in enumerate(golds):
        if i not in matched:
            errors.append(
                ErrorRecord(
                    "FN",
                    document.name,
                    gold.start,
                    gold.text,
                    "",
                    gold.value,
                    gold.type,
                    _sentence(document.text, gold.start, gold.end),
                )
            )
    return counts, errors


# --- systems --------------------------------------------------------------------------------


@dataclass(frozen=True)
class System:
    """A date finder under test: `find` is the timed call, `convert` (untimed) locates its
    output in the text as predictions."""

    name: str
    find: Callable[[str, dt.date], object]
    convert: Callable[[str, object], list[Prediction]]


def _engine_find(text: str, dct: dt.date) -> object:
    from timeline.dates import find_dates

    return find_dates(text, dct, languages=("en",))  # type: ignore[no-untyped-call,unused-ignore]


def _engine_convert(text: str, found: object) -> list[Prediction]:

    assert isinstance(found, list)
    mentions: list[DateMention] = found
    return [p for m in mentions for p in mention_predictions(m)]


def mention_predictions(mention: DateMention) -> list[Prediction]:
    """A mention claims its value and, for a range ("Aug. 26 to Oct. 20"), its end too.

    Each claim is scored on its own: TimeML annotates the two ends as two timexes, and an end
    that matches no gold is a false positive like any other claim.
    """
    claims = [mention.value] + ([mention.end_value] if mention.end_value else [])
    return [Prediction(mention.start, mention.end, mention.text, v) for v in claims]


def engine_system() -> System:
    """Our engine, `timeline.dates.find_dates(text, dct, languages=("en",))`."""
    return System("timeline", _engine_find, _engine_convert)


def _naive_find(text: str, dct: dt.date) -> object:
    from dateparser.search import search_dates

    base = dt.datetime(dct.year, dct.month, dct.day)
    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def locate_substrings(text: str, substrings: Sequence[str]) -> list[tuple[int, int] | None]:
    """Offsets of each substring, searching forward in order from the previous one's end
    (then from the start of the text); None where a substring cannot be found."""
    located: list[tuple[int, int] | None] = []
    cursor = 0
    for sub in substrings:
        at = text.find(sub, cursor)
        if at < 0:
            at = text.find(sub)
        if at < 0 or not sub:
            located.append(None)
            continue
        located.append((at, at + len(sub)))
        cursor = at + len(sub)
    return located


def _naive_convert(text: str, found: object) -> list[Prediction]:
    pairs: list[tuple[str, dt.datetime]] = found or []  # type: ignore[assignment]
    spans = locate_substrings(text, [sub for sub, _ in pairs])
    return [
        Prediction(span[0], span[1], sub, when.date().isoformat())
        for (sub, when), span in zip(pairs, spans, strict=True)
        if span is not None
    ]


def naive_system() -> System:
    """The baseline: `search_dates(text, languages=['en'], settings={'RELATIVE_BASE': dct})`;
    it returns datetimes, so every value is rendered as YYYY-MM-DD."""
    return System("search_dates", _naive_find, _naive_convert)


def _call(system: System, document: Document) -> object:
    """The system's find call; its crash becomes a one-line SystemFailed naming the file."""
    try:
        return system.find(document.text, document.dct)
    except NotImplementedError:
        raise
    except Exception as err:
        where = Path(document.name).name
        raise SystemFailed(f"{system.name} failed on {where}: {type(err).__name__}: {err}") from err


def run_system(system: System, documents: Sequence[Document]) -> SystemResult:
    """Score a system over the documents, timing only its find calls (after one warm-up)."""
    result = SystemResult(system.name, chars=sum(len(d.text) for d in documents))
    if documents:
        _call(system, documents[0])
    for document in documents:
        started = time.perf_counter()
        found = _call(system, document)
        result.seconds += time.perf_counter() - started
        counts, errors = score_document(document, system.convert(document.text, found))
        result.counts.add(counts)
        result.errors.extend(errors)
    return result


# --- reporting ------------------------------------------------------------------------------


_HEADER = (
    f"{'engine':<14}{'span-P':>7}{'span-R':>7}{'span-F1':>8}"
    f"{'value-P':>9}{'value-R':>8}{'value-F1':>9}{'chars/s':>10}{'seconds':>9}"
)


def format_table(
    documents: Sequence[Document], results: Sequence[SystemResult], corpus: str = "TimeBank"
) -> str:
    """The benchmark's printed report: corpus size, one row per system, the speed-up."""
    chars = sum(len(d.text) for d in documents)
    gold = sum(1 for d in documents for t in d.timexes if _role(t) == "calendar")
    lines = [
        f"{corpus}: {len(documents)} docs, {chars:,} chars, {gold:,} calendar gold timexes",
        _HEADER,
    ]
    for r in results:
        sp, sr, sf = r.counts.span_prf
        vp, vr, vf = r.counts.value_prf
        lines.append(
            f"{r.name:<14}{sp:>7.3f}{sr:>7.3f}{sf:>8.3f}{vp:>9.3f}{vr:>8.3f}{vf:>9.3f}"
            f"{r.chars_per_second:>10,.0f}{r.seconds:>9.2f}"
        )
    if len(results) == 2 and results[0].seconds > 0 and results[1].seconds > 0:
        lines.append(f"speed-up: {results[1].seconds / results[0].seconds:.1f}x")
    return "\n".join(lines)


def write_errors(path: Path, results: Sequence[SystemResult]) -> None:
    """Every false positive and false negative as tab-separated lines, one header line."""
    columns = "engine\tkind\tdoc\toffset\ttext\tpredicted\tgold\tgold_type\tsentence"
    lines = [columns]
    for r in results:
        for e in r.errors:
            cells = [
                r.name,
                e.kind,
                Path(e.doc).name,
                str(e.offset),
                e.text,
                e.predicted,
                e.gold,
                e.gold_type,
                e.sentence,
            ]
            lines.append("\t".join(" ".join(c.split()) for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.timeml",
        description="Score timeline.dates.find_dates and naive search_dates on TimeBank.",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="TimeML folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--no-naive", action="store_true", help="skip the search_dates baseline")
    parser.add_argument("--errors", type=Path, default=None, help="write FP/FN rows (TSV) here")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    try:
        documents = load_corpus(args.corpus, args.limit)
    except (CorpusError, OSError, UnicodeDecodeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    systems = [engine_system()] + ([] if args.no_naive else [naive_system()])
    results: list[SystemResult] = []
    for system in systems:
        try:
            results.append(run_system(system, documents))
        except NotImplementedError as err:
            print(f"{system.name}: not available ({err})", file=sys.stderr)
        except SystemFailed as err:
            print(f"error: {err}", file=sys.stderr)
    print(format_table(documents, results, args.corpus.resolve().name))
    if args.errors is not None:
        write_errors(args.errors, results)
        print(f"errors written to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
