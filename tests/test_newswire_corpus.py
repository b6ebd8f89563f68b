"""The held-out newswire TimeML corpus (benchmarks/newswire) is well-formed and plausible gold.

These tests check the annotation, not the engine: every file reads with the TimeBank reader,
every TIMEX3 value is valid TimeML, weekday names agree with their dates, and the corpus is
large and varied enough to measure the engine on unseen text.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.timeml import Document, Timex, is_calendar, parse_timeml  # noqa: E402

CORPUS = ROOT / "benchmarks" / "newswire"
FILES = sorted(CORPUS.glob("*.tml"))

_DATE = (
    r"(?:\d{4}|XXXX)"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?"
    r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE|WD))?"
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
)
_TIME = r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|MI|AF|EV|NI|DT)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?=.)(?:{_AMOUNT}[YMWDQ])*(?:T(?=.)(?:{_AMOUNT}[HMS])+)?"
_DATE_VALUE = re.compile(rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|\d{{2,3}}|{_DATE})$")
_TIME_VALUE = re.compile(rf"^{_DATE}{_TIME}$")
_DURATION_VALUE = re.compile(rf"^{_DURATION}$")
_SET_VALUE = re.compile(rf"^(?:{_DURATION}|{_DATE}(?:{_TIME})?)$")
_PATTERNS = {
    "DATE": _DATE_VALUE,
    "TIME": _TIME_VALUE,
    "DURATION": _DURATION_VALUE,
    "SET": _SET_VALUE,
}
_MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN"}
_MODS |= {"EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def _read(path: Path) -> Document:
    return parse_timeml(path.read_text(encoding="utf-8"), path.name)


def _timex_elements(path: Path) -> list[ET.Element]:
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    text = root.find("TEXT")
    assert text is not None
    return list(text.iter("TIMEX3"))


def _calendar_problem(value: str) -> str | None:
    """Why a concrete value names no real calendar date, week or month (None if it does)."""
    date = value.split("T", 1)[0]
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date):
        try:
            dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as err:
            return str(err)
    elif m := re.fullmatch(r"(\d{4})-(\d{2})", date):
        if not 1 <= int(m[2]) <= 12:
            return f"month {m[2]} out of range"
    elif m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-.+)?", date):
        try:
            dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError as err:
            return str(err)
    return None


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    """Every document of the corpus, read with the benchmark's own reader."""
    return [_read(p) for p in FILES]


def test_corpus_has_at_least_40_documents_and_300_timexes(corpus: list[Document]) -> None:
    """The corpus is big enough for a value-F1 within a few points to mean something."""
    assert len(corpus) >= 40
    assert sum(len(d.timexes) for d in corpus) >= 300


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_document_parses_with_the_timebank_reader(path: Path) -> None:
    """Each file reads with `parse_timeml`, and its timex offsets point at the timex text."""
    document = _read(path)
    assert document.timexes
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_document_is_short_newswire_dated_by_its_id(path: Path) -> None:
    """Each story runs 120 to 300 words and its DCT is the date in its DOCID and file name."""
    document = _read(path)
    assert 120 <= len(document.text.split()) <= 300
    stamp = re.fullmatch(r"NW(\d{8})\.\d{4}", path.stem)
    assert stamp is not None
    assert document.dct == dt.datetime.strptime(stamp[1], "%Y%m%d").date()
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    assert root.findtext("DOCID") == path.stem


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_timex_value_is_well_formed_timeml(path: Path) -> None:
    """Values follow the TIMEX3 grammar for their type and name real dates; mods are valid."""
    elements = _timex_elements(path)
    tids = [e.get("tid") for e in elements]
    assert len(set(tids)) == len(tids), "duplicate tid"
    for element in elements:
        kind, value = element.get("type", ""), element.get("value", "")
        label = f"{path.name}: {element.text!r} {kind} {value!r}"
        assert kind in _PATTERNS, label
        assert _PATTERNS[kind].match(value), label
        assert _calendar_problem(value) is None, label
        assert element.get("mod", "START") in _MODS, label


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_weekday_named_dates_fall_on_that_weekday(path: Path) -> None:
    """A DATE or TIME whose text names a weekday has a day value on that weekday."""
    for timex in _read(path).timexes:
        named = _WEEKDAY_RE.search(timex.text)
        if timex.type not in ("DATE", "TIME") or named is None:
            continue
        day = dt.date.fromisoformat(timex.value[:10])
        assert _WEEKDAYS[day.weekday()] == named[1].lower(), f"{path.name}: {timex}"


def test_relative_day_words_agree_with_the_creation_date(corpus: list[Document]) -> None:
    """Bare "today", "yesterday" and "tomorrow" resolve against the DCT as TimeBank does."""
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
    checked = 0
    for document in corpus:
        for timex in document.timexes:
            word = timex.text.lower()
            if timex.type == "DATE" and word in offsets:
                expected = document.dct + dt.timedelta(days=offsets[word])
                assert timex.value == expected.isoformat(), f"{document.name}: {timex}"
                checked += 1
    assert checked >= 40


def _values(corpus: list[Document], kind: str) -> list[str]:
    return [t.value for d in corpus for t in d.timexes if t.type == kind]


@pytest.mark.parametrize(
    ("kind", "pattern", "minimum"),
    [
        ("DATE", r"^\d{4}-\d{2}-\d{2}$", 100),
        ("DATE", r"^\d{4}$", 40),
        ("DATE", r"^\d{4}-W\d{2}$", 10),
        ("DATE", r"^\d{4}-Q\d$", 15),
        ("DATE", r"^\d{4}-(SP|SU|FA|WI)$", 8),
        ("DATE", r"^\d{3}$", 4),
        ("DATE", r"^PRESENT_REF$", 15),
        ("DATE", r"^PAST_REF$", 3),
        ("TIME", r"T", 20),
        ("DURATION", r"^P", 50),
        ("SET", r".", 10),
    ],
)
def test_corpus_mixes_the_timex_kinds_news_uses(
    corpus: list[Document], kind: str, pattern: str, minimum: int
) -> None:
    """Days, years, weeks, quarters, seasons, decades, references, times, durations and sets
    all appear often enough to be measured."""
    assert sum(1 for v in _values(corpus, kind) if re.search(pattern, v)) >= minimum


def test_calendar_gold_is_the_majority(corpus: list[Document]) -> None:
    """Most timexes are calendar gold under the benchmark's metric, as in TimeBank."""
    timexes: list[Timex] = [t for d in corpus for t in d.timexes]
    calendar = [t for t in timexes if t.type in ("DATE", "TIME") and is_calendar(t.value)]
    assert len(calendar) >= 300
    assert len(calendar) / len(timexes) > 0.6


@pytest.mark.parametrize(
    "trap",
    [r"\bmay\b", r"\d,\d{3}", r"\b1 of \d\b", r"-minute\b"],
)
def test_traps_appear_in_the_text(corpus: list[Document], trap: str) -> None:
    """The text contains the look-alikes a date finder must not take for dates."""
    assert any(re.search(trap, d.text) for d in corpus)


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "2021-W53", "1998-Q5", "P", "PT"])
def test_value_checks_reject_impossible_values(value: str) -> None:
    """The grammar and calendar checks used above do reject impossible values."""
    pattern = _DURATION_VALUE if value.startswith("P") else _DATE_VALUE
    assert not pattern.match(value) or _calendar_problem(value) is not None
