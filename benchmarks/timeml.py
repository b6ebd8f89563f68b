"""TimeML benchmark: how well `timeline.dates.find_dates` finds and resolves dates.

Scores our engine and naive `dateparser.search.search_dates` on the same corpora, so a change
to the engine can be judged against a fixed baseline: English news (TimeBank), English
narratives (WikiWars) and news in Spanish, French, Italian, Portuguese and German (JSON lines
with character offsets). The metric (issue 3):

- gold = TIMEX3 of type DATE or TIME with a concrete calendar value (starts with 4 digits);
- a mention is correct when its span overlaps a gold span and its value equals the gold value
  (time of day stripped, compared in TimeML notation);
- a mention overlapping a gold DURATION or SET counts as a false positive; one overlapping a
  non-calendar DATE (PRESENT_REF, XXXX-...) is neutral; anything else is a false positive.

Run: ``python -m benchmarks.timeml [--corpus NAME|PATH ...] [--language CODE] [--limit N]
[--half A|B] [--no-naive] [--errors FILE] [--breakdown]``. The scoring functions are pure so
`tests/test_benchmark_timeml.py` can pin the metric itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from benchmarks.timeml_breakdown import format_breakdown

if TYPE_CHECKING:
    from timeline.dates import DateMention

__all__ = [
    "CORPORA",
    "Corpus",
    "CorpusError",
    "CorpusRun",
    "Counts",
    "Document",
    "ErrorRecord",
    "Prediction",
    "System",
    "SystemFailed",
    "SystemResult",
    "Timex",
    "classify",
    "engine_languages",
    "engine_system",
    "find_corpus",
    "format_summary",
    "format_table",
    "is_calendar",
    "load_corpus",
    "load_jsonl",
    "locate_substrings",
    "main",
    "naive_system",
    "parse_jsonl",
    "parse_timeml",
    "run_system",
    "score_document",
    "strip_time",
    "write_errors",
]

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS = SHARED / "timeml" / "TimeBank"

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
    """One document: its plain text, its creation date and its gold timexes.

    `name` locates it for messages (a .tml path, or `file.jsonl:LINE`); `id` is the record's
    own id where the corpus gives one, shown in error reports instead of the file name.
    """

    name: str
    text: str
    dct: dt.date
    timexes: tuple[Timex, ...]
    id: str = ""

    @property
    def label(self) -> str:
        """The short name error reports show: the record id, else the file name."""
        return self.id or Path(self.name).name


@dataclass(frozen=True)
class Prediction:
    """A date a system claims, located in the document text, its value in TimeML notation."""

    start: int
    end: int
    text: str
    value: str


Role = Literal["calendar", "negative", "neutral", "none"]
_ROLE_ORDER: tuple[Role, ...] = ("calendar", "negative", "neutral", "none")


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
    """Wall-clock seconds in the system's find calls."""
    cpu_seconds: float = 0.0
    """CPU seconds (user + system) of this process in those calls: steadier than wall time
    on a shared machine, where other jobs stretch the wall clock."""
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
    return _dct_value(timex.get("value", ""), f"{name}:1:1")


def _dct_value(value: str, where: str) -> dt.date:
    """A creation time "1998-02-13" (time of day allowed and ignored) as a date."""
    try:
        return dt.date.fromisoformat(strip_time(value)[:10])
    except ValueError:
        raise CorpusError(f"{where}: DCT value '{value}' is not YYYY-MM-DD") from None


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
    return [parse_timeml(_read_text(p), str(p)) for p in paths]


def _read_text(path: Path) -> str:
    """A corpus file's text; bytes that are not UTF-8 are a CorpusError naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(f"{path}: not UTF-8 text (byte {err.start})") from None


# --- reading JSON lines (the multilingual corpora) ------------------------------------------


_KINDS = {int: "an integer", str: "a string", list: "a list"}


def _field(record: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = record.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise CorpusError(f"{where}: '{key}' must be {_KINDS[kind]}")
    return value


def _jsonl_timex(record: Any, text: str, where: str) -> Timex:
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: expected an object with start, end, type, value")
    start = _field(record, "start", int, where)
    end = _field(record, "end", int, where)
    if not 0 <= start < end <= len(text):
        raise CorpusError(f"{where}: offsets {start}-{end} outside the text (0-{len(text)})")
    kind = _field(record, "type", str, where)
    value = _field(record, "value", str, where)
    return Timex(start, end, text[start:end], kind, value)


def _jsonl_document(line: str, name: str, number: int) -> Document:
    where = f"{name}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise CorpusError(f"{where}:{err.colno}: not valid JSON ({err.msg})") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{where}:1: expected one JSON object per line")
    doc_id = _field(record, "id", str, f"{where}:1")
    dct = _dct_value(_field(record, "dct", str, f"{where}:1"), f"{where}:1")
    text = _field(record, "text", str, f"{where}:1")
    timexes = _field(record, "timexes", list, f"{where}:1")
    located = [_jsonl_timex(t, text, f"{where}:1: timex {i + 1}") for i, t in enumerate(timexes)]
    located.sort(key=lambda t: (t.start, t.end))
    return Document(where, text, dct, tuple(located), doc_id)


def parse_jsonl(source: str, name: str = "<string>") -> list[Document]:
    """Documents from JSON lines `{"id", "dct", "text", "timexes": [{"start", "end", "type",
    "value"}]}`, offsets in characters of `text`; blank lines are skipped.

    Raises CorpusError with a `name:line:col: message` line for malformed input.
    """
    return [
        _jsonl_document(line, name, number)
        for number, line in enumerate(source.splitlines(), start=1)
        if line.strip()
    ]


def load_jsonl(path: Path, limit: int | None = None) -> list[Document]:
    """The documents of a .jsonl corpus file, in file order (the first `limit` if given)."""
    if not path.is_file():
        raise CorpusError(f"{path}: corpus file not found")
    documents = parse_jsonl(_read_text(path), str(path))
    if not documents:
        raise CorpusError(f"{path}: no documents")
    return documents if limit is None else documents[:limit]


# --- corpora --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """A corpus to score: a folder of .tml files or a .jsonl file, written in `language`.

    `shared` marks the corpora of `../shared`, which may be absent: they are skipped, not an
    error, when their files are missing.
    """

    name: str
    path: Path
    language: str = "en"
    shared: bool = False

    def load(self, limit: int | None = None) -> list[Document]:
        """The corpus's documents (the first `limit` if given)."""
        if self.path.suffix == ".jsonl":
            return load_jsonl(self.path, limit)
        return load_corpus(self.path, limit)


_MULTILINGUAL = ("es", "fr", "it", "pt", "de")

CORPORA: tuple[Corpus, ...] = (
    Corpus("TimeBank", DEFAULT_CORPUS, "en", shared=True),
    Corpus("WikiWars", SHARED / "timeml" / "WikiWars", "en", shared=True),
    *(
        Corpus(code, SHARED / "timeml-multilingual" / f"{code}.jsonl", code, shared=True)
        for code in _MULTILINGUAL
    ),
)


def find_corpus(argument: str, language: str | None = None) -> Corpus:
    """The corpus a `--corpus` argument names: one of CORPORA by name (any case), else a path.

    A path's language is `language` if given, else its file stem when that is a language code
    of CORPORA ("es.jsonl"), else English.
    """
    for corpus in CORPORA:
        if argument.lower() == corpus.name.lower():
            return corpus
    path = Path(argument)
    name = path.stem if path.suffix == ".jsonl" else path.resolve().name
    known = {c.language for c in CORPORA}
    return Corpus(name, path, language or (path.stem if path.stem in known else "en"))


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
        near = min(
            (t for t in document.timexes if _overlaps_timex(prediction, t)),
            key=lambda t: _ROLE_ORDER.index(_role(t)),
            default=None,
        )
        errors.append(
            ErrorRecord(
                "FP",
                document.label,
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
                    document.label,
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


def engine_languages(language: str) -> tuple[str, ...]:
    """The languages the pipeline gives the engine for an article in `language`
    (`timeline.lang.article_languages`, as `timeline.extract.article_candidates` calls it)."""
    from timeline.lang import article_languages

    return article_languages(language)


def _engine_find(languages: tuple[str, ...], text: str, dct: dt.date) -> object:
    from timeline.dates import find_dates

    return find_dates(text, dct, languages=languages)  # type: ignore[no-untyped-call,unused-ignore]


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


def engine_system(language: str = "en") -> System:
    """Our engine as the pipeline calls it: `find_dates(text, dct, languages=(language,))`."""
    return System(
        "timeline", functools.partial(_engine_find, engine_languages(language)), _engine_convert
    )


def _naive_find(language: str, text: str, dct: dt.date) -> object:
    from dateparser.search import search_dates

    base = dt.datetime(dct.year, dct.month, dct.day)
    return search_dates(text, languages=[language], settings={"RELATIVE_BASE": base})


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


def naive_system(language: str = "en") -> System:
    """The baseline: `search_dates(text, languages=[language], settings={'RELATIVE_BASE':
    dct})`; it returns datetimes, so every value is rendered as YYYY-MM-DD."""
    return System("search_dates", functools.partial(_naive_find, language), _naive_convert)


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
        started, cpu = time.perf_counter(), time.process_time()
        found = _call(system, document)
        result.seconds += time.perf_counter() - started
        result.cpu_seconds += time.process_time() - cpu
        counts, errors = score_document(document, system.convert(document.text, found))
        result.counts.add(counts)
        result.errors.extend(errors)
    return result


# --- reporting ------------------------------------------------------------------------------


_HEADER = (
    f"{'engine':<14}{'span-P':>7}{'span-R':>7}{'span-F1':>8}"
    f"{'value-P':>9}{'value-R':>8}{'value-F1':>9}{'chars/s':>10}{'seconds':>9}{'cpu-s':>8}"
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
            f"{r.chars_per_second:>10,.0f}{r.seconds:>9.2f}{r.cpu_seconds:>8.2f}"
        )
    if len(results) == 2 and results[0].seconds > 0 and results[1].seconds > 0:
        line = f"speed-up: {results[1].seconds / results[0].seconds:.1f}x wall"
        if results[0].cpu_seconds > 0 and results[1].cpu_seconds > 0:
            line += f", {results[1].cpu_seconds / results[0].cpu_seconds:.1f}x CPU"
        lines.append(line)
    return "\n".join(lines)


@dataclass(frozen=True)
class CorpusRun:
    """One corpus scored: its documents and each system's result on them."""

    corpus: Corpus
    documents: Sequence[Document]
    results: Sequence[SystemResult]


def format_summary(runs: Sequence[CorpusRun]) -> str:
    """One row per corpus: size, the engine's value-P/R, each system's value-F1, speed-up in
    wall-clock and in CPU time."""
    names = list(dict.fromkeys(r.name for run in runs for r in run.results))
    engine = names[0] if names else ""
    lines = [
        f"summary: value-F1 per corpus (value-P and value-R of {engine})",
        f"{'corpus':<12}{'lang':<6}{'docs':>5}{'gold':>7}{'value-P':>9}{'value-R':>9}"
        + "".join(f"{name:>14}" for name in names)
        + (f"{'speed-up':>10}{'cpu x':>8}" if len(names) > 1 else ""),
    ]
    for run in runs:
        by_name = {r.name: r for r in run.results}
        gold = sum(1 for d in run.documents for t in d.timexes if _role(t) == "calendar")
        first = by_name.get(engine)
        precision, recall, _ = first.counts.value_prf if first else (0.0, 0.0, 0.0)
        row = f"{run.corpus.name:<12}{run.corpus.language:<6}{len(run.documents):>5}{gold:>7,}"
        row += f"{precision:>9.3f}{recall:>9.3f}" if first else f"{'-':>9}{'-':>9}"
        for name in names:
            result = by_name.get(name)
            row += f"{result.counts.value_prf[2]:>14.3f}" if result else f"{'-':>14}"
        if len(names) > 1:
            last = by_name.get(names[-1])
            if first and last and first.seconds > 0 and last.seconds > 0:
                row += f"{last.seconds / first.seconds:>9.1f}x"
            else:
                row += f"{'-':>10}"
            if first and last and first.cpu_seconds > 0 and last.cpu_seconds > 0:
                row += f"{last.cpu_seconds / first.cpu_seconds:>7.1f}x"
            else:
                row += f"{'-':>8}"
        lines.append(row)
    return "\n".join(lines)


def write_errors(path: Path, runs: Sequence[CorpusRun]) -> None:
    """Every false positive and false negative as tab-separated lines, one header line; the
    doc column is `corpus/document`."""
    columns = "engine\tkind\tdoc\toffset\ttext\tpredicted\tgold\tgold_type\tsentence"
    lines = [columns]
    for run in runs:
        for r in run.results:
            for e in r.errors:
                cells = [
                    r.name,
                    e.kind,
                    f"{run.corpus.name}/{e.doc}",
                    str(e.offset),
                    e.text,
                    e.predicted,
                    e.gold,
                    e.gold_type,
                    e.sentence,
                ]
                lines.append("\t".join(" ".join(c.split()) for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    names = ", ".join(c.name for c in CORPORA)
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.timeml",
        description="Score timeline.dates.find_dates and naive search_dates on TimeML corpora.",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="NAME|PATH",
        help=f"a corpus by name ({names}; default: all) or a folder of .tml files or a "
        ".jsonl file; repeat for several",
    )
    parser.add_argument(
        "--language",
        default=None,
        help="language of a --corpus PATH (default: the .jsonl file's stem if a language "
        "code, else en)",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument(
        "--half",
        choices=("A", "B"),
        default=None,
        help="only alternate documents: A the 1st, 3rd, 5th ..., B the 2nd, 4th ... (to check "
        "that a rule found on one half holds on the other)",
    )
    parser.add_argument("--no-naive", action="store_true", help="skip the search_dates baseline")
    parser.add_argument("--errors", type=Path, default=None, help="write FP/FN rows (TSV) here")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="print the engine's FN/FP counts by gold value shape and text cue per corpus",
    )
    return parser


def _score(
    corpus: Corpus, documents: Sequence[Document], naive: bool
) -> tuple[list[SystemResult], bool]:
    """Each system's result on the corpus, and whether every system ran cleanly."""
    systems = [engine_system(corpus.language)]
    if naive:
        systems.append(naive_system(corpus.language))
    results: list[SystemResult] = []
    clean = True
    for system in systems:
        try:
            results.append(run_system(system, documents))
        except NotImplementedError as err:
            print(f"{system.name}: not available ({err})", file=sys.stderr)
        except SystemFailed as err:
            print(f"error: {err}", file=sys.stderr)
            clean = False
    return results, clean


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    corpora = [find_corpus(a, args.language) for a in args.corpus] if args.corpus else list(CORPORA)
    status = 0
    runs: list[CorpusRun] = []
    for corpus in corpora:
        if corpus.shared and not corpus.path.exists():
            print(f"skipped {corpus.name}: {corpus.path} is not available", file=sys.stderr)
            continue
        try:
            documents = corpus.load(args.limit)
        except (CorpusError, OSError) as err:
            print(f"error: {err}", file=sys.stderr)
            status = 1
            continue
        if args.half is not None:
            documents = documents[0 if args.half == "A" else 1 :: 2]
        results, clean = _score(corpus, documents, not args.no_naive)
        status = status if clean else 1
        if runs:
            print()
        print(format_table(documents, results, corpus.name), flush=True)
        if args.breakdown:
            for result in results[:1]:
                title = f"{corpus.name}, {result.name} errors"
                print(format_breakdown(title, result.errors, corpus.language), flush=True)
        runs.append(CorpusRun(corpus, documents, results))
    if len(runs) > 1:
        print()
        print(format_summary(runs))
    if not runs and status == 0:
        print("nothing scored: no corpus available")
    if args.errors is not None and runs:
        write_errors(args.errors, runs)
        print(f"errors written to {args.errors}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
