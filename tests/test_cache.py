"""The per-article cache: a re-run analyses only new or changed articles, and its output is
what a run without the cache writes."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cache import SETTLE_NS, ArticleCache, article_key, cache_path, content_digest
from timeline.cli import main
from timeline.model import Timeline
from timeline.store import dump_timeline, load_timeline

STORIES = {
    "ferry.txt": "The ferry to Lunde sailed for the first time on 3 March 2021, the harbour "
    "master said.\n",
    "bridge.txt": "The council opened the Varde bridge on 14 April 2021 after two years of work.\n",
    "strike.txt": "Dock workers began a strike on 9 May 2021 over night shifts.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in STORIES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return tmp_path


def _extract(folder: Path, *extra: str, out: str = "events.yaml") -> Result:
    args = ["extract", str(folder / "articles"), "--published", "2021-06-01"]
    result = CliRunner().invoke(main, [*args, "-o", str(folder / out), *extra])
    assert result.exit_code == 0, result.output
    return result


def test_a_rerun_reuses_every_unchanged_article_and_writes_the_same_file(folder: Path) -> None:
    """The second run analyses nothing again and leaves events.yaml byte for byte."""
    _extract(folder)
    first = (folder / "events.yaml").read_bytes()
    again = _extract(folder)
    assert "(3 articles unchanged since the last run)" in again.stderr
    assert "0 added, 0 refreshed, 3 unchanged" in again.stdout
    assert (folder / "events.yaml").read_bytes() == first


def test_a_changed_article_is_analysed_again(folder: Path) -> None:
    """Editing one file re-analyses that file only; its new date shows up."""
    _extract(folder)
    (folder / "articles" / "strike.txt").write_text(
        "Dock workers ended their strike on 2 June 2021.\n", encoding="utf-8"
    )
    again = _extract(folder)
    assert "(2 articles unchanged since the last run)" in again.stderr
    assert "2021-06-02" in (folder / "events.yaml").read_text(encoding="utf-8")


def test_cached_and_uncached_runs_write_the_same_timeline(folder: Path) -> None:
    """A cached re-run, a fresh cached run and a run without the cache agree."""
    _extract(folder)
    _extract(folder)
    _extract(folder, "--no-cache", out="plain.yaml")
    assert (folder / "events.yaml").read_bytes() == (folder / "plain.yaml").read_bytes()
    assert not cache_path(folder / "plain.yaml").exists()


def test_options_are_part_of_the_key(folder: Path) -> None:
    """Another publication date for the same files is another analysis, not a stale one."""
    _extract(folder)
    events = str(folder / "events.yaml")
    args = ["extract", str(folder / "articles"), "--published", "2022-06-01"]
    other = CliRunner().invoke(main, [*args, "-o", events, "--dry-run"])
    assert "unchanged since the last run" not in other.stderr


def test_a_dry_run_creates_no_cache(folder: Path) -> None:
    """A dry run writes nothing, the cache included."""
    _extract(folder, "--dry-run")
    assert not (folder / ".timeline" / "cache").exists()


def test_a_damaged_cache_is_started_afresh(folder: Path) -> None:
    """A cache file that is not a database any more is replaced, not an error."""
    _extract(folder)
    cache_path(folder / "events.yaml").write_bytes(b"not a database" * 100)
    again = _extract(folder)
    assert "unchanged since the last run" not in again.stderr
    assert sqlite3.connect(cache_path(folder / "events.yaml")).execute(
        "SELECT count(*) FROM reads"
    ).fetchone() == (3,)


def test_an_entry_that_no_longer_loads_is_a_miss(tmp_path: Path) -> None:
    """Results pickled by an older engine's classes are recomputed, never an error."""
    cache = ArticleCache(tmp_path / "c.sqlite")
    cache.put_many([("k", None, {"fine": 1})])
    with sqlite3.connect(cache.path) as db:
        db.execute("UPDATE reads SET payload = ? WHERE key = 'k'", (b"\x80\x05garbage",))
    assert cache.get("k") is None
    assert cache.get("missing") is None


def test_the_key_covers_content_inputs_and_engine() -> None:
    """Same bytes and inputs give the same key; a byte or an option more gives another."""
    text, other = content_digest(b"text"), content_digest(b"text!")
    key = article_key(text, ("a.txt", "2021-06-01"))
    assert key == article_key(text, ("a.txt", "2021-06-01"))
    assert key != article_key(other, ("a.txt", "2021-06-01"))
    assert key != article_key(text, ("a.txt", "2021-06-02"))


def test_workers_read_and_fill_the_same_cache(folder: Path) -> None:
    """With two worker processes, the second run is served from the cache as well."""
    for index in range(140):  # more than one chunk, so the pool is used
        (folder / "articles" / f"n{index:03}.txt").write_text(
            f"The museum lent painting number {index} on 5 May 2021.\n", encoding="utf-8"
        )
    _extract(folder, "--workers", "2")
    again = _extract(folder, "--workers", "2")
    assert "(143 articles unchanged since the last run)" in again.stderr


def test_limit_reads_only_the_first_inputs(folder: Path) -> None:
    """`--limit 2` reads the first two articles in input order and says how many it left."""
    result = _extract(folder, "--limit", "2")
    assert result.stderr.startswith("2 articles,")
    assert "1 inputs beyond --limit not read" in result.stderr
    text = (folder / "events.yaml").read_text(encoding="utf-8")
    assert "bridge" in text and "ferry" in text and "strike" not in text


def test_since_leaves_out_older_articles(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--since` keeps articles published that day or later, and counts the others."""
    monkeypatch.chdir(folder)
    (folder / "articles" / "old.md").write_text(
        "---\npublished: 2020-01-05\n---\nThe old pier closed on 2 January 2020.\n",
        encoding="utf-8",
    )
    (folder / "articles" / "new.md").write_text(
        "---\npublished: 2021-03-05\n---\nThe new pier opened on 2 March 2021.\n",
        encoding="utf-8",
    )
    args = ["extract", str(folder / "articles" / "old.md"), str(folder / "articles" / "new.md")]
    result = CliRunner().invoke(main, [*args, "--since", "2021-01-01", "-o", "e.yaml"])
    assert result.exit_code == 0, result.output
    assert "1 articles published before --since left out" in result.stderr
    assert "2021-03-02" in Path("e.yaml").read_text(encoding="utf-8")
    assert "2020-01-02" not in Path("e.yaml").read_text(encoding="utf-8")


def test_a_bad_since_is_one_line(folder: Path) -> None:
    """`--since` takes YYYY-MM-DD, like `--published`."""
    args = ["extract", str(folder / "articles"), "--since", "last week"]
    result = CliRunner().invoke(main, [*args, "-o", str(folder / "e.yaml")])
    assert result.exit_code != 0
    assert "--since: expected YYYY-MM-DD, got 'last week'" in result.output


def _content(path: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    """An events.yaml's events (date, title, citations) and source ids, whatever their
    ids and order in the file."""
    timeline = load_timeline(path)
    events = sorted(
        (e.date.iso(), e.title, tuple(sorted((c.source, c.quote) for c in e.sources)))
        for e in timeline.events
    )
    return events, sorted(s.id for s in timeline.sources)


def _reports(folder: Path, count: int) -> list[str]:
    """`count` short reports; each happening is told by three of them in other words."""
    names = []
    for index in range(count):
        happening = index // 3
        day = 1 + happening % 27
        verb = ["reopened", "inspected", "renamed"][happening % 3]
        lead = ["Officials said", "The mayor confirmed", "Residents learned"][index % 3]
        name = f"r{index:03}.txt"
        (folder / name).write_text(
            f"{lead} that the town {verb} pier number {happening} on {day} March 2021.\n",
            encoding="utf-8",
        )
        names.append(name)
    return names


def test_two_batches_give_what_one_run_gives(tmp_path: Path) -> None:
    """Extracting the new files only, after a first batch, merges them with the cached
    first batch: the same events and sources as one run over everything."""
    everything = tmp_path / "all"
    everything.mkdir()
    names = _reports(everything, 30)
    options = ["--published", "2021-04-01"]
    runner = CliRunner()
    runner.invoke(main, ["extract", str(everything), *options, "-o", str(tmp_path / "once.yaml")])
    first, second = names[::2], names[1::2]  # every happening is split across the batches
    batches = tmp_path / "batches.yaml"
    for batch in (first, second):
        paths = [str(everything / name) for name in batch]
        result = runner.invoke(main, ["extract", *paths, *options, "-o", str(batches)])
        assert result.exit_code == 0, result.output
    assert "(+15 already in the timeline, from the cache)" in result.stderr
    assert _content(batches) == _content(tmp_path / "once.yaml")


def test_a_source_removed_by_hand_is_not_brought_back(tmp_path: Path) -> None:
    """A source a person deleted (with its events) stays deleted when the next batch
    comes, although the cache still holds it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    names = _reports(folder, 6)
    events = tmp_path / "events.yaml"
    options = ["--published", "2021-04-01", "-o", str(events)]
    runner = CliRunner()
    runner.invoke(main, ["extract", *(str(folder / n) for n in names[:3]), *options])
    text = events.read_text(encoding="utf-8")
    timeline = load_timeline(events)
    doomed = timeline.sources[0].id
    kept = [e for e in timeline.events if all(c.source != doomed for c in e.sources)]
    edited = Timeline(timeline.title, sources=timeline.sources[1:], events=kept)
    events.write_text(dump_timeline(edited), encoding="utf-8")
    assert doomed in text and doomed not in events.read_text(encoding="utf-8")
    result = runner.invoke(main, ["extract", *(str(folder / n) for n in names[3:]), *options])
    assert result.exit_code == 0, result.output
    assert doomed not in [s.id for s in load_timeline(events).sources]


def test_a_rerun_with_the_same_inputs_merges_nothing(folder: Path) -> None:
    """Same files, options and events.yaml as the run that wrote it: nothing to merge."""
    _extract(folder)
    first = (folder / "events.yaml").read_bytes()
    again = _extract(folder)
    assert "nothing to merge again" in again.stderr
    assert "0 added, 0 refreshed, 3 unchanged" in again.stdout
    assert (folder / "events.yaml").read_bytes() == first


def test_a_hand_edit_since_the_last_run_means_a_real_merge(folder: Path) -> None:
    """Once a person changed events.yaml, a re-run merges again (and keeps the edit)."""
    _extract(folder)
    events = folder / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "# checked by the desk\n", "utf-8")
    again = _extract(folder)
    assert "nothing to merge again" not in again.stderr
    assert "0 added, 0 refreshed, 3 unchanged" in again.stdout
    assert events.read_text(encoding="utf-8").endswith("# checked by the desk\n")


def test_other_options_mean_a_real_merge(folder: Path) -> None:
    """`--top`, `--title` or another file list is another run, not a repeat."""
    _extract(folder)
    for extra in (["--top", "1"], ["--title", "Harbour"]):
        assert "nothing to merge again" not in _extract(folder, *extra).stderr


def test_since_leaves_out_carried_articles_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older article the timeline cites, read again under `--since`, is left out, not
    brought back from the cache."""
    monkeypatch.chdir(tmp_path)
    for name, day in (("old.md", "2020-01-05"), ("new.md", "2024-03-05")):
        Path(name).write_text(
            f"---\npublished: {day}\n---\nThe pier reopened on {day[8:]} "
            f"{'January' if day < '2021' else 'March'} {day[:4]}.\n",
            encoding="utf-8",
        )
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "old.md", "new.md", "-o", "e.yaml"]).exit_code == 0
    again = runner.invoke(
        main, ["extract", "old.md", "new.md", "--since", "2024-01-01", "-o", "e.yaml"]
    )
    assert again.exit_code == 0, again.output
    assert "already in the timeline" not in again.stderr
    assert "1 articles published before --since left out" in again.stderr


def _settle() -> None:
    """Wait until files written so far are old enough for their stat to be trusted."""
    time.sleep(SETTLE_NS / 1e9 + 0.2)


def test_a_repeat_of_settled_files_loads_no_result(folder: Path) -> None:
    """Files unchanged since they were hashed are known by their stat: a repeat needs no
    stored result (here deleted) and prints what the run printed, notes included."""
    (folder / "articles" / "pier.md").write_text(
        "---\nurl: javascript:alert(1)\n---\nThe pier reopened on 2 May 2021.\n",
        encoding="utf-8",
    )
    _settle()
    first = _extract(folder)
    with sqlite3.connect(cache_path(folder / "events.yaml")) as db:
        db.execute("DELETE FROM reads")
    again = _extract(folder)
    assert "nothing to merge again (4 articles unchanged since the last run)" in again.stderr
    assert again.stdout == first.stdout.replace("4 added", "0 added").replace(
        "0 unchanged", "4 unchanged"
    ).replace("4 new sources", "0 new sources")
    notes = [line for line in first.stderr.splitlines() if "pier.md" in line]
    assert notes and all(line in again.stderr.splitlines() for line in notes)


def test_an_edit_that_keeps_size_and_modification_time_is_seen(folder: Path) -> None:
    """A same-size rewrite with its modification time put back still counts as a change
    (the change time moves), so the new text is analysed."""
    strike = folder / "articles" / "strike.txt"
    _settle()
    _extract(folder)
    before = strike.stat()
    text = strike.read_text(encoding="utf-8").replace("9 May", "8 May")
    strike.write_text(text, encoding="utf-8")
    os.utime(strike, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert strike.stat().st_size == before.st_size
    _extract(folder)
    assert "2021-05-08" in (folder / "events.yaml").read_text(encoding="utf-8")


def test_files_written_just_before_a_run_are_hashed_again(folder: Path) -> None:
    """A file changed within `SETTLE_NS` of a run is not known by its stat next time: a
    change in the same clock tick could have left the stat as it was."""
    _extract(folder)
    with sqlite3.connect(cache_path(folder / "events.yaml")) as db:
        assert db.execute("SELECT count(*) FROM files").fetchone() == (0,)


def test_a_run_after_a_run_reads_the_file_it_wrote_from_the_cache(folder: Path) -> None:
    """The file a run wrote is kept as read back; the next run (one more article) gives
    what a run that parses the file gives."""
    _extract(folder)
    _extract(folder, "--no-cache", out="plain.yaml")
    (folder / "articles" / "fair.txt").write_text(
        "The spring fair opened on 20 May 2021.\n", encoding="utf-8"
    )
    _extract(folder)
    _extract(folder, "--no-cache", out="plain.yaml")
    assert (folder / "events.yaml").read_bytes() == (folder / "plain.yaml").read_bytes()
    with sqlite3.connect(cache_path(folder / "events.yaml")) as db:
        assert db.execute("SELECT count(*) FROM parsed").fetchone() == (1,)
