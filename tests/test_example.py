"""The repository's own example timeline (events.yaml + articles/) is valid and honestly cited.

The example doubles as the project's demo site and as the extractor's reference input, so
every hand-written event must cite an article that exists and quote it word for word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.model import Precision

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "events.yaml"
ARTICLES = ROOT / "articles"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"

_FRONT_MATTER_RE = re.compile(r"\A---\n(?P<meta>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)
FRONT_MATTER_KEYS = {"title", "published", "outlet", "url", "lang"}


def _split_article(path: Path) -> tuple[dict[str, Any], str]:
    """An article's front matter (as YAML) and its Markdown body."""
    match = _FRONT_MATTER_RE.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.name}: no '---' front matter block at the top"
    meta = yaml.safe_load(match["meta"])
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, match["body"]


def _raw_events() -> dict[str, Any]:
    data = yaml.safe_load(EVENTS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _article_paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.md"))


def _citations() -> list[tuple[str, str, str]]:
    """(event id, source id, quote) for every citation in events.yaml."""
    return [
        (event["id"], cite["source"], cite.get("quote", ""))
        for event in _raw_events()["events"]
        for cite in event.get("sources", [])
    ]


def test_the_example_has_six_to_eight_articles_and_some_not_in_english() -> None:
    """The example ships 6-8 short reports, at least one of them in another language."""
    paths = _article_paths()
    assert 6 <= len(paths) <= 8
    languages = {_split_article(p)[0]["lang"] for p in paths}
    assert "en" in languages
    assert languages - {"en"}, "no article exercises multilingual extraction"


@pytest.mark.parametrize("path", _article_paths(), ids=lambda p: p.stem)
def test_every_article_has_front_matter_with_a_publication_date(path: Path) -> None:
    """Each article carries title, outlet, url, language and a real YYYY-MM-DD publication date."""
    meta, body = _split_article(path)
    assert set(meta) == FRONT_MATTER_KEYS
    assert isinstance(meta["published"], dt.date), "published must be an unquoted YYYY-MM-DD"
    assert path.stem.startswith(meta["published"].isoformat()), "file name starts with its date"
    assert meta["title"] and meta["outlet"]
    assert re.fullmatch(r"[a-z]{2}", meta["lang"])
    assert not meta["url"] or meta["url"].startswith("https://example.org/")
    assert 150 <= len(body.split()) <= 400, "a short report is 150-400 words"


def test_sources_match_the_articles_they_describe() -> None:
    """Each source in events.yaml is an article file whose front matter it repeats exactly."""
    sources = _raw_events()["sources"]
    assert sorted(s["id"] for s in sources) == [p.stem for p in _article_paths()]
    for source in sources:
        meta, _ = _split_article(ARTICLES / f"{source['id']}.md")
        assert source["title"] == meta["title"]
        assert source["outlet"] == meta["outlet"]
        assert source.get("url", "") == (meta["url"] or "")
        assert source["published"] == meta["published"]
        assert source["language"] == meta["lang"]


def test_ids_are_unique() -> None:
    """No two sources and no two events share an id."""
    data = _raw_events()
    for kind in ("sources", "events"):
        counts = Counter(item["id"] for item in data[kind])
        assert [i for i, n in counts.items() if n > 1] == [], kind


def test_every_cited_source_exists() -> None:
    """Every citation names a source listed in events.yaml."""
    known = {s["id"] for s in _raw_events()["sources"]}
    assert [(e, s) for e, s, _ in _citations() if s not in known] == []


def test_every_article_is_cited_by_some_event() -> None:
    """No article sits in articles/ without supporting at least one event."""
    cited = {s for _, s, _ in _citations()}
    assert [p.stem for p in _article_paths() if p.stem not in cited] == []


@pytest.mark.parametrize(("event_id", "source_id", "quote"), _citations())
def test_every_quote_appears_verbatim_in_the_cited_article(
    event_id: str, source_id: str, quote: str
) -> None:
    """A citation's quote is a sentence copied word for word from its article's body."""
    _, body = _split_article(ARTICLES / f"{source_id}.md")
    assert quote, f"{event_id}: citation of {source_id} has no quote"
    assert quote in body, f"{event_id}: quote not found in {source_id}"
    assert quote[0].isupper() and quote.endswith("."), "quote a whole sentence"


def test_events_show_every_precision_and_every_kind_of_ownership() -> None:
    """The example shows year, month and day dates and ranges, and the three kinds of event a
    curated timeline holds: written by hand, extracted, and extracted then edited by hand."""
    from timeline.store import load_timeline

    events = load_timeline(EVENTS).events
    assert len(events) >= 25
    assert {e.date.precision for e in events} == set(Precision)
    assert any(e.end is not None for e in events)
    hand_written = [e for e in events if e.extracted is None]
    extracted = [e for e in events if e.extracted is not None]
    assert hand_written and all(e.is_hand_edited for e in hand_written)
    assert any(not e.is_hand_edited for e in extracted), "some events are as extracted"
    assert any(e.is_hand_edited for e in extracted), "some extracted events were corrected"


def test_re_extracting_the_articles_changes_nothing(tmp_path: Path) -> None:
    """The README's first command re-runs extraction over the example: the committed
    events.yaml and ledger are already what it produces, hand edits and removals included."""
    from click.testing import CliRunner

    from timeline.cli import main

    for name in ("events.yaml", "events.ledger.json"):
        (tmp_path / name).write_bytes((ROOT / name).read_bytes())
    result = CliRunner().invoke(
        main, ["extract", str(ROOT / "articles"), "-o", str(tmp_path / "events.yaml")]
    )
    assert result.exit_code == 0, result.output
    assert " 0 added, 0 refreshed," in result.output
    assert "not re-added (removed by hand)" in result.output
    for name in ("events.yaml", "events.ledger.json"):
        assert (tmp_path / name).read_bytes() == (ROOT / name).read_bytes(), name


def test_the_example_loads_through_the_store_without_problems() -> None:
    """`timeline.store.load_timeline` accepts events.yaml and sees every event and source."""
    store = pytest.importorskip("timeline.store")
    load_timeline = getattr(store, "load_timeline", None)
    if load_timeline is None:
        pytest.skip("timeline.store.load_timeline has not landed yet")
    timeline = load_timeline(EVENTS)
    data = _raw_events()
    assert timeline.title == data["title"]
    assert [e.id for e in timeline.events] == [e["id"] for e in data["events"]]
    assert [s.id for s in timeline.sources] == [s["id"] for s in data["sources"]]


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    """Every run of `size` consecutive words, lowercased: the unit a copied passage shares."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_the_articles_share_no_passage_with_the_seed_news_articles() -> None:
    """The example reports are our own words: no eight-word run is copied from a seed article."""
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is not available")
    seeds = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    assert seeds, "the seed folder holds no articles to compare against"
    copied = {
        path.name: sorted(" ".join(run) for run in _shingles(_split_article(path)[1]) & seeds)
        for path in _article_paths()
    }
    assert {name: runs for name, runs in copied.items() if runs} == {}


def test_the_example_survives_a_canonical_rewrite() -> None:
    """Dumping the loaded example and reading it back gives the same timeline (no lost edits)."""
    store = pytest.importorskip("timeline.store")
    if not hasattr(store, "dump_timeline"):
        pytest.skip("timeline.store.dump_timeline has not landed yet")
    timeline = store.load_timeline(EVENTS)
    again, problems = store.parse_timeline(store.dump_timeline(timeline), "events.yaml")
    assert problems == []
    assert again == timeline


def test_the_example_validates_against_the_editor_schema() -> None:
    """The JSON Schema editors use accepts the example, so a fresh clone shows no squiggles."""
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = ROOT / "timeline" / "events.schema.json"
    if not schema_file.exists():
        pytest.skip("timeline/events.schema.json has not landed yet")
    schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
    # The schema describes the file as an editor sees it: dates are text, not YAML timestamps.
    data = yaml.load(EVENTS.read_text(encoding="utf-8"), Loader=_TextDateLoader)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []


def test_the_example_names_the_editor_schema_on_its_first_line() -> None:
    """events.yaml opens with the yaml-language-server line the store writes."""
    schema = pytest.importorskip("timeline.store.schema")
    first_line = EVENTS.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == schema.SCHEMA_LINE


class _TextDateLoader(yaml.SafeLoader):
    """A YAML loader that keeps dates as the text the editor sees."""


_TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_timeline_check_accepts_the_example() -> None:
    """`timeline check events.yaml` exits 0 on the example, as a user would run it."""
    from click.testing import CliRunner

    from timeline.cli import main

    if "check" not in main.commands:
        pytest.skip("the `timeline check` command has not landed yet")
    result = CliRunner().invoke(main, ["check", str(EVENTS)])
    assert result.exit_code == 0, result.output


def test_ingest_reads_the_articles_as_the_sources_describe_them() -> None:
    """The ingest stage sees each article with the id, date and language events.yaml gives it,
    and every quote survives into the cleaned text that citation offsets refer to."""
    ingest = pytest.importorskip("timeline.ingest")
    articles = {a.id: a for a in ingest.iter_articles([str(ARTICLES)])}
    data = _raw_events()
    for source in data["sources"]:
        article = articles[source["id"]]
        assert (article.published, article.language) == (source["published"], source["language"])
        assert (article.title, article.outlet) == (source["title"], source["outlet"])
    missing = [(e, s) for e, s, quote in _citations() if quote not in articles[s].text]
    assert missing == []
