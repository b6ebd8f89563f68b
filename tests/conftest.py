"""Shared fixtures: a small timeline in Python, mini MkDocs projects on disk, real builds."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from timeline.events import Candidate
from timeline.model import Citation, Event, PartialDate, Source, Timeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO = Path(__file__).resolve().parents[1]

XSS_TITLE = "<script>window.__timelinePwned = 1</script> Rally *outside* the [embassy]"
"""A hostile event title: it must show as text and never run."""


@pytest.fixture
def small_timeline() -> Timeline:
    """Five events over six decades: year, month and day dates, a range, tags, sources."""
    sources = (
        Source(
            id="gazette-2024-06-19",
            title="Leaders sign a partnership pact",
            outlet="Example Gazette",
            url="https://example.org/news/pact?id=1&lang=en",
            published=PartialDate(2024, 6, 19),
        ),
        Source(id="unsafe-link", outlet="Dubious Wire", url="javascript:alert(1)"),
    )
    events = (
        Event(
            id="treaty-1961",
            date=PartialDate(1961),
            title="Friendship treaty signed",
            text="Both states promise help if either is attacked.",
            tags=("treaty", "Cold War"),
        ),
        Event(
            id="visit-2000",
            date=PartialDate(2000, 7, 19),
            title="First visit by a sitting leader",
            tags=("visit",),
        ),
        Event(
            id="train-2001",
            date=PartialDate(2001, 8),
            title="A long train journey to the capital",
            tags=("visit",),
        ),
        Event(
            id="summit-2024",
            date=PartialDate(2024, 6, 18),
            end=PartialDate(2024, 6, 19),
            title="Two-day summit in the capital",
            text="The leaders meet for talks.\n\nA new pact is signed on the second day.",
            tags=("visit", "treaty"),
            sources=(
                Citation("gazette-2024-06-19", "The pact was signed on Wednesday."),
                Citation("unsafe-link", "Nothing here should be a link."),
            ),
        ),
        Event(id="protest-2024", date=PartialDate(2024, 6), title=XSS_TITLE, tags=("protest",)),
    )
    return Timeline(
        title="A <small> test timeline",
        description="Invented events for the tests.",
        sources=sources,
        events=events,
    )


SMALL_EVENTS_YAML = textwrap.dedent(
    f"""\
    title: A small test timeline
    description: Invented events for the site tests.
    sources:
      - id: gazette
        outlet: Example Gazette
        title: Leaders sign a partnership pact
        url: https://example.org/news/pact
        published: 2024-06-19
    events:
      - id: treaty-1961
        date: 1961
        title: Friendship treaty signed
        text: Both states promise help if either is attacked.
        tags: [treaty, ÁÉÍ, روسيا, 😀]
      - id: visit-2000
        date: 2000-07-19
        title: First visit by a sitting leader
        tags: [visit]
      - id: summit-2024
        date: 2024-06-19
        title: Partnership pact signed at the summit
        text: The leaders sign a pact with a mutual-assistance clause.
        tags: [visit, treaty]
        sources:
          - source: gazette
            quote: The pact was signed on Wednesday.
      - id: protest-2024
        date: 2024-06
        title: "{XSS_TITLE}"
        tags: [protest]
    """
)
"""The same kind of timeline as an events.yaml file, for builds that read from disk."""

PLUGIN_MKDOCS_YML = textwrap.dedent(
    """\
    site_name: Test timeline
    theme:
      name: material
      font: false  # no Google Fonts request: builds and browser tests stay offline
      features: [search.highlight]
    plugins:
      - search
      - timeline
    markdown_extensions:
      - toc:
          permalink: true
    """
)


def make_plugin_project(root: Path) -> Path:
    """Write a mini MkDocs project using the plugin: mkdocs.yml, events.yaml, empty docs/."""
    project = root / "project"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(PLUGIN_MKDOCS_YML, encoding="utf-8")
    (project / "events.yaml").write_text(SMALL_EVENTS_YAML, encoding="utf-8")
    return project


def run_mkdocs_build(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the real `mkdocs build --strict` in a project folder, as a user would."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *extra],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def plugin_project(tmp_path: Path) -> Path:
    """A mini MkDocs project using the plugin, in this test's tmp_path."""
    return make_plugin_project(tmp_path)


MkdocsBuild = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def mkdocs_build() -> MkdocsBuild:
    """`run_mkdocs_build` as a fixture."""
    return run_mkdocs_build


@pytest.fixture(scope="session")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini project built once by real `mkdocs build --strict`; the `site/` folder."""
    project = make_plugin_project(tmp_path_factory.mktemp("small-site"))
    result = run_mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def instant_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini project built with Material's instant navigation (pages swapped by XHR)."""
    project = make_plugin_project(tmp_path_factory.mktemp("instant-site"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[search.highlight]", "[search.highlight, navigation.instant]"))
    result = run_mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


# --- extract runs racing or killed (tests/adversarial) ---

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


def _run_cli(args: list[str], log: str) -> None:
    """A child's body: the real command, its output in `log`, its exit status kept."""
    from timeline.cli import main

    sys.stdout = sys.stderr = open(log, "w", encoding="utf-8")  # noqa: SIM115
    main.main(args=args, prog_name="timeline")


@dataclass(frozen=True)
class ExtractRuns:
    """`timeline extract` runs into one events.yaml, each of a one-event article."""

    root: Path

    @property
    def events(self) -> Path:
        return self.root / "events.yaml"

    def article(self, name: str, number: int) -> Path:
        """An article whose event (and source id `name`) no other article has."""
        folder = self.root / "articles"
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}.md"
        path.write_text(
            f"---\ntitle: Harbour note {name}\npublished: 2021-12-01\n---\n\n"
            f"The ferry Skerry{name} made its maiden crossing to Port{name} "
            f"on {1 + number % 27} {_MONTHS[number % len(_MONTHS)]} {1900 + number}.\n",
            encoding="utf-8",
        )
        return path

    def run(self, article: Path) -> str:
        """A run to the end, in this process; its output."""
        from click.testing import CliRunner

        from timeline.cli import main

        result = CliRunner().invoke(main, ["extract", str(article), "-o", str(self.events)])
        assert result.exit_code == 0, result.output
        return result.output

    def start(self, article: Path) -> multiprocessing.Process:
        """A run in a forked process (imports are warm: it takes milliseconds), its output
        in `log(article)`."""
        args = ["extract", str(article), "-o", str(self.events)]
        context = multiprocessing.get_context("fork")
        process = context.Process(target=_run_cli, args=(args, str(self.log_path(article))))
        process.start()
        return process

    def log_path(self, article: Path) -> Path:
        return self.root / f"{article.stem}.log"

    def output(self, article: Path) -> str:
        return self.log_path(article).read_text(encoding="utf-8")


@pytest.fixture
def extract_runs(tmp_path: Path) -> ExtractRuns:
    """An events.yaml made by one run (so the next runs merge), and a way to start more."""
    runs = ExtractRuns(tmp_path)
    runs.run(runs.article("seed", 99))
    return runs


def day_candidate(source: str, quote: str) -> Candidate:
    """A candidate of 10 March 2024 quoting `quote` from `source`: the unit of the
    collection-level filters (furniture, topic focus)."""
    return Candidate(
        date=PartialDate(2024, 3, 10),
        end=None,
        title=quote,
        text=quote,
        tags=(),
        citation=Citation(source, quote),
        keywords=frozenset(),
    )


# A real browser for the site's end-to-end tests (test_browser*.py).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """Debian's Chromium for Playwright; skips (or fails under TIMELINE_REQUIRE_BROWSER=1)
    when it or Playwright is missing."""
    path = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    required = os.environ.get("TIMELINE_REQUIRE_BROWSER") == "1"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if required:
            pytest.fail("TIMELINE_REQUIRE_BROWSER=1 but playwright is not installed")
        pytest.skip("playwright is not installed")
    if not Path(path).is_file():
        if required:
            pytest.fail(f"TIMELINE_REQUIRE_BROWSER=1 but no Chromium at {path}")
        pytest.skip(f"no Chromium at {path}")
    return path


@pytest.fixture
def browser() -> Iterator[Any]:
    """A Chromium (Playwright), closed after the test."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any) -> Any:
    """A fresh page at desktop width."""
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    tab.set_default_timeout(15_000)
    return tab
