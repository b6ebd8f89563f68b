"""The TLS benchmark's metrics and rankings, pinned on small hand-made inputs."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.tls import (  # noqa: E402
    Score,
    alignment_rouge1,
    baseline_timeline,
    date_f1,
    main,
    parse_reference,
    summary_length,
    tokenize,
    tool_timeline,
)
from timeline.model import Citation, Event, PartialDate, Source, Timeline  # noqa: E402
from timeline.store import write_timeline  # noqa: E402


def day(n: int) -> dt.date:
    """January `n`, 2024."""
    return dt.date(2024, 1, n)


def test_tokenize_keeps_accented_letters_and_splits_at_punctuation() -> None:
    """Words are casefolded Unicode letters and digits; apostrophes and underscores split."""
    assert tokenize("Saná, l’opposition_2011 ÉTÉ!") == ["saná", "l", "opposition", "2011", "été"]


def test_date_f1_takes_top_t_days_inside_the_reference_span() -> None:
    """Days outside first..last and repeats are passed over; T is the number of reference days."""
    reference = {day(1), day(3), day(5)}
    ranked = [dt.date(2023, 12, 31), day(3), day(4), day(3), day(9), day(1), day(5)]
    score = date_f1(ranked, reference)  # chosen: Jan 3, Jan 4, Jan 1 -> 2 of 3 right
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_date_f1_with_fewer_days_than_the_reference() -> None:
    """Precision is over the days chosen, recall over the reference days."""
    score = date_f1([day(1)], {day(1), day(3), day(5)})
    assert score.precision == 1.0
    assert score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(0.5)
    assert date_f1([], {day(1)}).f1 == 0.0


def test_alignment_rouge1_on_a_toy_timeline_computed_by_hand() -> None:
    """Each date aligns with its cheapest date on the other side; overlap is weighted by
    1/(days apart + 1).

    Precision: Jan 1 -> Jan 1 (cost 0, 2 shared words); Jan 2 -> Jan 3 (cost 1/2 x (1 - 1/2)
    = 1/4 beats 1/2 for Jan 1; 1 shared word x 1/2) -> (2 + 0.5) / 5 = 1/2.
    Recall: Jan 1 -> Jan 1 (2); Jan 3 -> Jan 2 (cost 1/4 beats 2/3; 1 x 1/2) -> 2.5 / 6.
    F = 2 x 1/2 x 5/12 / (1/2 + 5/12) = 5/11.
    """
    reference = {day(1): ["Protesta en Saná hoy"], day(3): ["Saleh dimite"]}
    predicted = {day(1): ["PROTESTA en Adén"], day(2): ["Saleh huye"]}
    score = alignment_rouge1(predicted, reference)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(5 / 12)
    assert score.f1 == pytest.approx(5 / 11)


def test_alignment_rouge1_is_one_for_the_reference_itself_and_zero_when_empty() -> None:
    """A timeline identical to the reference scores 1; an empty one scores 0."""
    reference = {day(1): ["Protesta en Saná"], day(3): ["Saleh dimite", "Hadi jura"]}
    assert alignment_rouge1(reference, reference).f1 == pytest.approx(1.0)
    assert alignment_rouge1({}, reference) == Score(0.0, 0.0)


def test_parse_reference_reads_the_tilse_format() -> None:
    """Date line, summary lines, dashed line; a dashed line glued to a summary is cut off."""
    text = (
        "2011-02-02\nPrimera línea .\nSegunda línea .\n--------------------------------\n"
        "2011-03-11\nEn la capital--------------------------------\n"
        "2011-03-12\nOtra .\n--------------------------------\n"
    )
    assert parse_reference(text) == {
        dt.date(2011, 2, 2): ["Primera línea .", "Segunda línea ."],
        dt.date(2011, 3, 11): ["En la capital"],
        dt.date(2011, 3, 12): ["Otra ."],
    }
    assert summary_length(parse_reference(text)) == 1  # 4 lines / 3 dates, rounded
    with pytest.raises(ValueError, match=r"ref\.txt:1: summary line before any date"):
        parse_reference("Sin fecha .\n", "ref.txt")


def _event(ident: str, date: str, sources: list[str], end: str | None = None) -> Event:
    """An event at `date` citing each of `sources` with the quote "<ident> in <source>"."""
    return Event(
        id=ident,
        date=PartialDate.parse(date),
        end=PartialDate.parse(end) if end else None,
        title=ident,
        text=f"{ident} text",
        sources=tuple(Citation(s, f"{ident} in {s}") for s in sources),
    )


def test_tool_timeline_ranks_days_by_distinct_sources_then_citations(tmp_path: Path) -> None:
    """Days pool their events; coarse and ranged events rank no day; noise is one-source
    events over all events."""
    events = (
        _event("a", "2024-01-02", ["s1", "s1"]),  # the same quote twice: one citation
        _event("b", "2024-01-02", ["s1"]),
        _event("c", "2024-01-03", ["s1", "s2"]),
        _event("d", "2024-01-04", ["s3"]),
        _event("e", "2024-01", ["s1", "s2", "s3"]),  # month: ranks no day
        _event("f", "2024-01-05", ["s1", "s2", "s3"], end="2024-01-06"),  # range: no day
    )
    sources = tuple(Source(id=s) for s in ("s1", "s2", "s3"))
    path = tmp_path / "events.yaml"
    write_timeline(path, Timeline(title="T", sources=sources, events=events))
    ranked = tool_timeline(path, sentences=1)
    assert ranked.days == [day(3), day(2), day(4)]  # Jan 2 beats Jan 4 on citations
    assert ranked.scores == {day(3): (0, 2, 2), day(2): (0, 1, 2), day(4): (0, 1, 1)}
    assert ranked.summaries[day(3)] == ["c text"]
    assert ranked.events == 6
    assert ranked.noise == pytest.approx(3 / 6)  # a, b, d


def test_tool_timeline_ranks_days_by_stored_importance_first(tmp_path: Path) -> None:
    """A day's most important event ranks it, ahead of the counts of sources and citations."""
    events = (
        replace(_event("a", "2024-01-02", ["s1", "s2"]), importance=1.5),
        replace(_event("b", "2024-01-03", ["s1"]), importance=4.0),
        replace(_event("c", "2024-01-03", ["s2"]), importance=2.0),
    )
    sources = tuple(Source(id=s) for s in ("s1", "s2"))
    path = tmp_path / "events.yaml"
    write_timeline(path, Timeline(title="T", sources=sources, events=events))
    ranked = tool_timeline(path, sentences=1)
    assert ranked.days == [day(3), day(2)]
    assert ranked.scores[day(3)] == (4.0, 2, 2)
    assert ranked.summaries[day(3)] == ["b text"]


def test_baseline_counts_each_day_once_per_article(tmp_path: Path) -> None:
    """A day named twice in one article counts once; a month or a range counts never."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\npublished: 2011-03-20\nlang: es\n---\n\n"
        "El 18 de marzo de 2011 murieron 45 manifestantes en Saná. "
        "El 18 de marzo de 2011 fue el día más sangriento. "
        "En febrero de 2011 empezaron las protestas.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\npublished: 2011-03-21\nlang: es\n---\n\n"
        "Los disparos del 18 de marzo de 2011 dejaron 45 muertos. "
        "El Gobierno dimitió el 20 de marzo de 2011.\n",
        encoding="utf-8",
    )
    ranked = baseline_timeline(folder, sentences=2)
    assert ranked.days == [dt.date(2011, 3, 18), dt.date(2011, 3, 20)]
    assert ranked.scores[dt.date(2011, 3, 18)] == (2,)
    assert ranked.summaries[dt.date(2011, 3, 18)] == [
        "El 18 de marzo de 2011 murieron 45 manifestantes en Saná.",
        "El 18 de marzo de 2011 fue el día más sangriento.",
    ]
    assert (ranked.events, ranked.noise) == (2, 0.5)


def test_main_skips_cleanly_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No corpus folder: a message and exit status 0, nothing run."""
    assert main(["--corpus", str(tmp_path / "missing")]) == 0
    assert "benchmark skipped" in capsys.readouterr().out


def test_the_hand_read_sample_takes_one_day_from_each_tenth() -> None:
    """Of 25 ranked days, tenth k (days 2.5(k-1) .. 2.5k) gives exactly one day, drawn the
    same way on every run; 4 days give 4 tenths (the others are empty)."""
    from benchmarks.tls_sample import sample_days

    chosen = [day(n) for n in range(1, 26)]
    sample = sample_days(chosen, "toy")
    assert [tenth for tenth, _ in sample] == list(range(1, 11))
    for tenth, picked in sample:
        assert picked in chosen[(tenth - 1) * 25 // 10 : tenth * 25 // 10]
    assert sample == sample_days(chosen, "toy")
    assert len(sample_days(chosen[:4], "toy")) == 4


def test_the_hand_read_sample_skips_cleanly_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No corpus folder: one line on stderr and exit status 0, as the benchmark does."""
    from benchmarks.tls_sample import main as sample_main

    assert sample_main([str(tmp_path), "--corpus", str(tmp_path / "absent")]) == 0
    assert "no TLS corpus" in capsys.readouterr().err
