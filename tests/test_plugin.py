"""The MkDocs plugin, through real `mkdocs build --strict` runs of mini projects."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from mkdocs.livereload import LiveReloadServer

from timeline.model import Timeline
from timeline.plugin import TimelinePlugin

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
MkdocsBuild = Callable[..., subprocess.CompletedProcess[str]]


def test_strict_build_generates_every_page_without_touching_docs(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """`plugins: [timeline]` alone builds the site strictly and writes nothing into docs/."""
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    site = plugin_project / "site"
    for page in ["index", "years/1961/index", "years/2000/index", "years/2024/index",
                 "tags/index", "tags/visit/index", "sources/index"]:  # fmt: skip
        assert (site / f"{page}.html").is_file(), page
    assert not (site / "edit").exists()  # the "How to edit" page is for `serve` by default
    assert (site / "assets" / "timeline.css").is_file()
    assert list((plugin_project / "docs").iterdir()) == []


def test_built_pages_escape_hostile_titles(plugin_project: Path, mkdocs_build: MkdocsBuild) -> None:
    """A `<script>` title reaches the HTML, the page title and the search index only as text."""
    assert mkdocs_build(plugin_project).returncode == 0
    site = plugin_project / "site"
    page = (site / "years" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "<script>window.__timelinePwned" not in page
    assert "&lt;script&gt;window.__timelinePwned" in page
    for html_file in site.rglob("*.html"):
        assert "<script>window.__timelinePwned" not in html_file.read_text(encoding="utf-8")
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"]]
    assert "Partnership pact signed at the summit" in titles
    assert not any("<script>" in t for t in titles)
    assert any("&lt;script&gt;" in t for t in titles)


def test_nav_lists_periods_and_indexes_and_project_pages(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """Without a `nav`, the plugin writes one: periods, tag index, sources, help, own pages."""
    (plugin_project / "docs" / "about.md").write_text("# About\n\nHand-written.\n")
    config = plugin_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - timeline\n", "  - timeline:\n      edit_page: true\n"))
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    home = (plugin_project / "site" / "index.html").read_text(encoding="utf-8")
    for label in ["Timeline", "1961", "2000", "2024", "Tags", "Sources", "How to edit",
                  "Documentation", "About"]:  # fmt: skip
        assert f"{label}\n" in home or f">{label}<" in home, label
    assert "tags/protest/" not in home.split('<div class="md-content"')[0]


def test_broken_events_file_fails_the_build_with_located_problems(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """A bad events.yaml stops the build with the very lines `timeline check` prints."""
    text = (plugin_project / "events.yaml").read_text(encoding="utf-8")
    broken = text.replace("date: 2000-07-19", "date: 19/07/2000").replace(
        "tags: [protest]", "tgas: [x]"
    )
    (plugin_project / "events.yaml").write_text(broken, encoding="utf-8")
    result = mkdocs_build(plugin_project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("events.yaml:")]
    assert len(lines) == 2, result.stderr
    assert any("19/07/2000" in line for line in lines)
    assert any("tgas" in line for line in lines)
    check = subprocess.run(
        [sys.executable, "-c", "from timeline.cli import main; main()", "check", "events.yaml"],
        cwd=plugin_project,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 1
    assert (check.stdout + check.stderr).splitlines() == [*lines, "2 problems found"]


def test_missing_events_file_fails_the_build_with_one_line(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """Pointing the plugin at a file that does not exist is a one-line error."""
    (plugin_project / "events.yaml").unlink()
    result = mkdocs_build(plugin_project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "events file not found" in result.stderr


def test_existing_docs_page_is_not_silently_replaced(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """A hand-written page at a generated path is an error that suggests `prefix`."""
    (plugin_project / "docs" / "index.md").write_text("# Mine\n")
    result = mkdocs_build(plugin_project)
    assert result.returncode != 0
    assert "docs/index.md already exists" in result.stderr
    assert "prefix" in result.stderr


def test_prefix_puts_the_timeline_in_a_folder_beside_own_pages(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """With `prefix: timeline`, the generated site lives under /timeline/ next to docs/index.md."""
    (plugin_project / "docs" / "index.md").write_text("# Project home\n")
    config = (plugin_project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - timeline\n", "  - timeline:\n      prefix: timeline\n")
    (plugin_project / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    site = plugin_project / "site"
    assert (site / "timeline" / "years" / "2024" / "index.html").is_file()
    assert (site / "timeline" / "assets" / "timeline.css").is_file()
    assert "Project home" in (site / "index.html").read_text(encoding="utf-8")


def test_serve_watches_the_events_file(tmp_path: Path) -> None:
    """`mkdocs serve` rebuilds when events.yaml changes: the plugin registers it for watching."""
    from mkdocs.config.defaults import MkDocsConfig

    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    plugin = TimelinePlugin()
    plugin.load_config({"events": "data/events.yaml"})
    plugin.on_config(config)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    plugin.on_serve(server, config=config, builder=lambda: None)
    assert str(tmp_path / "data" / "events.yaml") in server._watched_paths


def test_serve_looks_at_the_events_file_every_twentieth_of_a_second(tmp_path: Path) -> None:
    """Under `serve`, events.yaml is polled every 0.05 s instead of MkDocs' 0.5 s (its own
    emitter for the file is stopped), the server waits one poll, not 0.1 s, for a save's
    further changes, a save reaches the handlers of MkDocs' watch, what the first build left
    is frozen out of the cyclic collector, and `on_shutdown` stops the quick poll."""
    import gc
    import threading

    from mkdocs.config.defaults import MkDocsConfig
    from watchdog.events import FileSystemEvent, FileSystemEventHandler

    (tmp_path / "data").mkdir()
    events = tmp_path / "data" / "events.yaml"
    events.write_text("title: T\n", encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    plugin = TimelinePlugin()
    plugin.load_config({"events": "data/events.yaml"})
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_config(config)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        plugin.on_serve(server, config=config, builder=lambda: None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    quick = plugin.quick_watch
    assert quick is not None and quick.timeout == 0.05 and server.build_delay == 0.05
    assert str(events) == getattr(quick.watch, "raw_path", quick.watch.path)
    slow = [e for e in server.observer.emitters if e.watch == quick.watch]
    assert slow and all(e.stopped_event.is_set() for e in slow)
    seen = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            seen.set()

    server.observer.add_handler_for_watch(Handler(), quick.watch)
    server.observer.start()
    try:
        time.sleep(0.1)
        events.write_text("title: Changed\n", encoding="utf-8")
        assert seen.wait(10)
    finally:
        plugin.on_shutdown()
        server.observer.stop()
        server.observer.join()
    quick.join(5)
    assert not quick.is_alive()


def test_serve_sets_the_last_build_aside_instead_of_deleting_it_first(tmp_path: Path) -> None:
    """Under `serve`, the last build's files move into a hidden folder before MkDocs empties
    site/ (which keeps hidden entries), and that folder is deleted after the new build."""
    from mkdocs.config.defaults import MkDocsConfig

    site = tmp_path / "site"
    (site / "years" / "2024").mkdir(parents=True)
    (site / "years" / "2024" / "index.html").write_text("old", encoding="utf-8")
    (site / "index.html").write_text("old", encoding="utf-8")
    (site / ".keep").write_text("hidden", encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.site_dir = str(site)
    plugin = TimelinePlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_pre_build(config=config)
    left = sorted(p.name for p in site.iterdir())
    assert left[0] == ".keep" and len(left) == 2 and left[1].startswith(".timeline-old-")
    aside = site / left[1]
    assert (aside / "years" / "2024" / "index.html").read_text(encoding="utf-8") == "old"
    plugin.on_post_build(config=config)
    plugin.on_shutdown()  # waits for the deletion
    assert not aside.exists() and (site / ".keep").exists()


def test_a_dirty_serve_keeps_the_last_build_in_place(tmp_path: Path) -> None:
    """`mkdocs serve --dirty` means to keep the files: the plugin sets nothing aside."""
    from mkdocs.config.defaults import MkDocsConfig

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.site_dir = str(site)
    plugin = TimelinePlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=True)
    plugin.on_pre_build(config=config)
    assert [p.name for p in site.iterdir()] == ["index.html"]


def _serving_plugin(project: Path) -> tuple[TimelinePlugin, Any]:
    """The plugin as `mkdocs serve` sets it up for the project, and its config."""
    from mkdocs.config.defaults import MkDocsConfig

    config = MkDocsConfig(config_file_path=str(project / "mkdocs.yml"))
    plugin = TimelinePlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_config(config)
    return plugin, config


def test_error_page_lists_the_problems_check_finds(
    plugin_project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Under `serve`, the error page lists each located problem (not the count line) and the
    log says what `timeline check` says."""
    events = plugin_project / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("tags: [protest]", "tgas: [x]"), encoding="utf-8")
    line = text[: text.index("tags: [protest]")].count("\n") + 1
    plugin, config = _serving_plugin(plugin_project)
    page = plugin._generate(config)["index.md"]
    assert plugin.timeline is None
    problem = f"{events}:{line}:5: event 'protest-2024': unknown key 'tgas' (did you mean 'tags'?)"
    assert re.findall(r"<li><code>(.*?)</code></li>", page) == [problem]
    logged = [r.getMessage().removeprefix("timeline: ") for r in caplog.records]
    assert logged == [problem, "1 problem found"]


def test_a_failed_rebuild_is_built_again_with_the_error_page(plugin_project: Path) -> None:
    """When a rebuild fails after the pages were generated, the serve loop builds once more
    with that failure on the error page; the build after that tries the timeline again."""
    plugin, _ = _serving_plugin(plugin_project)
    plugin.timeline = Timeline(title="T")
    seen: list[str | None] = []

    def build() -> None:
        seen.append(plugin.crashed.error if plugin.crashed else None)
        if len(seen) == 1:
            raise OSError(36, "File name too long")

    plugin._recovering(build)()
    assert seen[0] is None
    assert seen[1] is not None and "(OSError: [Errno 36] File name too long)" in seen[1]
    assert plugin.crashed is None


def test_a_failure_the_error_page_does_not_cure_is_left_to_mkdocs(plugin_project: Path) -> None:
    """A failure that is not the timeline's (the error page build fails too) reaches MkDocs."""
    plugin, _ = _serving_plugin(plugin_project)
    plugin.timeline = Timeline(title="T")
    calls: list[int] = []

    def build() -> None:
        calls.append(1)
        raise RuntimeError(f"broken page {len(calls)}")

    with pytest.raises(RuntimeError, match="broken page 1"):
        plugin._recovering(build)()
    assert len(calls) == 2 and plugin.crashed is None


def test_example_site_of_this_repository_builds_strictly(
    mkdocs_build: MkdocsBuild, tmp_path: Path
) -> None:
    """The repository's own mkdocs.yml + events.yaml build with zero warnings."""
    if not (REPO / "events.yaml").is_file():
        pytest.skip("the example events.yaml is not in this checkout")
    result = mkdocs_build(REPO, "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site" / "years" / "2024" / "index.html").is_file()


def test_plugin_is_registered_as_an_entry_point() -> None:
    """`plugins: [timeline]` finds the plugin through the `mkdocs.plugins` entry point."""
    from importlib.metadata import entry_points

    found = [e for e in entry_points(group="mkdocs.plugins") if e.name == "timeline"]
    assert found, "no `timeline` entry point in the mkdocs.plugins group"
    # A stale install of the old distribution name may add a copy; every copy must be ours.
    assert {ep.load() for ep in found} == {TimelinePlugin}


def _broken_links(site: Path) -> list[str]:
    """Every relative `href` in the built site that leads to no file (or to no anchor)."""
    ids: dict[Path, set[str]] = {}
    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    for path, text in pages.items():
        ids[path] = set(re.findall(r'\sid="([^"]+)"', text))
    broken = []
    for path, text in pages.items():
        base = "file://" + path.as_posix()
        for href in re.findall(r'\shref="([^"]+)"', text):
            if urlsplit(href).scheme or href.startswith(("#", "/")):
                continue
            url, fragment = urldefrag(urljoin(base, href))
            target = Path(unquote(urlsplit(url).path))
            if target.is_dir():
                target = target / "index.html"
            fragment = unquote(fragment)
            if not target.is_file() or (fragment and target in ids and fragment not in ids[target]):
                broken.append(f"{path.relative_to(site)}: {href}")
    return broken


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_between_generated_pages_resolves(
    plugin_project: Path, mkdocs_build: MkdocsBuild, directory_urls: bool
) -> None:
    """Cards, indexes and pagers link to real pages and anchors, in both MkDocs URL styles."""
    config = plugin_project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + f"use_directory_urls: {str(directory_urls).lower()}\n",
        encoding="utf-8",
    )
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    assert _broken_links(plugin_project / "site") == []


@contextlib.contextmanager
def _serving(project: Path, log: Path) -> Iterator[Callable[[str, str], bool]]:
    """A real `mkdocs serve` in the project; yields `wait_for(path, text)` (60 s at most)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with log.open("w", encoding="utf-8") as errors:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )

    def page_text(path: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as r:
                return str(r.read().decode("utf-8"))
        except OSError:
            return ""

    def wait_for(path: str, text: str) -> bool:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if text in page_text(path):
                return True
            time.sleep(0.5)
        return False

    wait_for.url = lambda path: f"http://127.0.0.1:{port}/{path}"  # type: ignore[attr-defined]
    try:
        yield wait_for
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_mkdocs_serve_rebuilds_when_events_file_changes(plugin_project: Path) -> None:
    """A running `mkdocs serve` picks up an edit to events.yaml without a restart."""
    with _serving(plugin_project, plugin_project.parent / "serve.log") as wait_for:
        assert wait_for("years/2024/", "Partnership pact signed at the summit")
        events = plugin_project / "events.yaml"
        edited = events.read_text(encoding="utf-8").replace(
            "Partnership pact signed at the summit", "Pact signed after a night of talks"
        )
        events.write_text(edited, encoding="utf-8")
        assert wait_for("years/2024/", "Pact signed after a night of talks")


def test_serve_rebuilds_show_edits_and_keep_unchanged_pages_intact(plugin_project: Path) -> None:
    """After an edit under `serve` (unchanged pages reused from the last build), the edited
    page shows the edit and an untouched page is served exactly as before."""
    with _serving(plugin_project, plugin_project.parent / "serve.log") as wait_for:
        assert wait_for("years/1961/", "Friendship treaty signed")

        def page(path: str) -> str:  # without live reload's script, which counts builds
            with urllib.request.urlopen(wait_for.url(path)) as reply:  # type: ignore[attr-defined]
                return re.sub(r"livereload\([^)]*\)", "", reply.read().decode("utf-8"))

        before = page("years/1961/")
        events = plugin_project / "events.yaml"
        text = events.read_text(encoding="utf-8")
        events.write_text(text.replace("Partnership pact signed", "Pact inked"), encoding="utf-8")
        assert wait_for("years/2024/", "Pact inked at the summit")
        assert page("years/1961/") == before
        events.write_text(text.replace("Friendship treaty signed", "Treaty of friendship"))
        assert wait_for("years/1961/", "Treaty of friendship")
        assert wait_for("tags/treaty/", "Treaty of friendship")


def test_the_edit_page_is_served_but_not_published_by_default(plugin_project: Path) -> None:
    """Without `edit_page`, `mkdocs serve` shows "How to edit" to the person editing."""
    with _serving(plugin_project, plugin_project.parent / "serve.log") as wait_for:
        assert wait_for("edit/", "events.yaml")
        assert wait_for("", "How to edit")


def test_mkdocs_serve_shows_an_error_page_while_events_file_is_broken(
    plugin_project: Path,
) -> None:
    """A broken events.yaml under `serve` gives an error page listing the escaped problems
    (also logged as warnings) at the timeline's pages; fixing the file brings them back."""
    events = plugin_project / "events.yaml"
    good = events.read_text(encoding="utf-8")
    log = plugin_project.parent / "serve.log"
    with _serving(plugin_project, log) as wait_for:
        assert wait_for("years/2024/", "Partnership pact signed at the summit")
        events.write_text(good.replace("date: 2000-07-19", "date: <b>19/07</b>"), "utf-8")
        assert wait_for("years/2024/", "The timeline cannot be built")
        assert wait_for("", "events.yaml:")
        assert wait_for("", "&lt;b&gt;19/07&lt;/b&gt;")
        assert "WARNING" in log.read_text(encoding="utf-8")
        assert any(
            line.split("-  ", 1)[-1].startswith("timeline: events.yaml:") and "19/07" in line
            for line in log.read_text(encoding="utf-8").splitlines()
        ), log.read_text(encoding="utf-8")
        events.write_text(good, encoding="utf-8")
        assert wait_for("years/2024/", "Partnership pact signed at the summit")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_mkdocs_serve_starts_with_a_broken_events_file(plugin_project: Path) -> None:
    """`mkdocs serve` started on a broken file serves the error page at once, not a hang."""
    events = plugin_project / "events.yaml"
    good = events.read_text(encoding="utf-8")
    events.write_text(good.replace("tags: [protest]", "tgas: [protest]"), encoding="utf-8")
    with _serving(plugin_project, plugin_project.parent / "serve.log") as wait_for:
        assert wait_for("", "The timeline cannot be built")
        assert wait_for("", "tgas")
        events.write_text(good, encoding="utf-8")
        assert wait_for("years/2024/", "Partnership pact signed at the summit")


# Every value `timeline check` accepts now builds (tests/adversarial/test_check_builds.py), so
# no real input crashes a stage any more. The failures are injected through MkDocs' own
# `hooks:` mechanism instead, with the real plugin and a real `mkdocs serve`: one raises while
# the timeline's pages are generated, one when MkDocs writes a page (as a too-long file
# name once did). Each is keyed to a marker word in an event title.
CRASH_HOOKS = """
import timeline.plugin as plugin

if not getattr(plugin, "_crash_hook", False):
    _render = plugin.render_pages

    def _crashing(timeline, *args, **kwargs):
        if any("CRASHGEN" in event.title for event in timeline.events):
            raise ValueError("injected generator failure")
        return _render(timeline, *args, **kwargs)

    plugin.render_pages = _crashing
    plugin._crash_hook = True


def on_post_page(output, page, config):
    if "CRASHWRITE" in output:
        raise OSError(36, "File name too long")
    return output
"""
CRASHES = {
    "generator": ("Partnership pact signed", "CRASHGEN pact signed"),
    "page-writing": ("Partnership pact signed", "CRASHWRITE pact signed"),
}


def _with_crash_hooks(project: Path) -> None:
    """Register the failure-injecting hooks in the project's mkdocs.yml."""
    (project / "crash_hooks.py").write_text(CRASH_HOOKS, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "hooks:\n  - crash_hooks.py\n", encoding="utf-8"
    )


@pytest.mark.parametrize("crash", CRASHES, ids=str)
def test_mkdocs_serve_shows_an_error_page_when_a_build_fails_and_recovers(
    plugin_project: Path, crash: str
) -> None:
    """Any failure of a rebuild, not only a problem `check` finds, puts the error page in the
    timeline's place instead of leaving the server stuck; fixing the file brings the pages back."""
    _with_crash_hooks(plugin_project)
    events = plugin_project / "events.yaml"
    good = events.read_text(encoding="utf-8")
    before, after = CRASHES[crash]
    log = plugin_project.parent / "serve.log"
    with _serving(plugin_project, log) as wait_for:
        assert wait_for("years/2024/", "Partnership pact signed at the summit")
        events.write_text(good.replace(before, after), encoding="utf-8")
        assert wait_for("years/2024/", "The timeline cannot be built"), log.read_text("utf-8")
        assert wait_for("", "events.yaml: the site cannot be built (")
        events.write_text(good, encoding="utf-8")
        assert wait_for("years/2024/", "Partnership pact signed at the summit")
        events.write_text(good.replace(before, after), encoding="utf-8")
        assert wait_for("", "The timeline cannot be built")
        events.write_text(good.replace("Partnership pact", "A pact"), encoding="utf-8")
        assert wait_for("years/2024/", "A pact signed at the summit")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" not in text and "appear stuck" not in text, text


def test_mkdocs_serve_starts_with_a_file_that_crashes_the_generator(plugin_project: Path) -> None:
    """`mkdocs serve` started on a file that passes `check` but crashes the generator serves
    the error page at once, then the timeline once the file is fixed."""
    _with_crash_hooks(plugin_project)
    events = plugin_project / "events.yaml"
    good = events.read_text(encoding="utf-8")
    events.write_text(good.replace(*CRASHES["generator"]), encoding="utf-8")
    log = plugin_project.parent / "serve.log"
    with _serving(plugin_project, log) as wait_for:
        assert wait_for("", "events.yaml: the site cannot be built ("), log.read_text("utf-8")
        events.write_text(good, encoding="utf-8")
        assert wait_for("years/2024/", "Partnership pact signed at the summit")
    assert "Traceback" not in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["../up", "/abs", "a/../../b", "./x", "a//b", "a\\b"])
def test_prefix_outside_docs_is_a_one_line_config_error(
    plugin_project: Path, mkdocs_build: MkdocsBuild, prefix: str
) -> None:
    """A `prefix` that is not a relative folder inside docs/ stops the build before writing."""
    config = plugin_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - timeline\n", f"  - timeline:\n      prefix: {json.dumps(prefix)}\n"),
        encoding="utf-8",
    )
    result = mkdocs_build(plugin_project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "prefix must be a relative folder inside docs/" in result.stderr
    assert not (plugin_project / "up").exists()
    assert not (plugin_project / "site").exists()


def test_theme_language_localises_the_generated_pages(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """With `theme.language: es`, pages say `lang="es"` and the timeline's words are Spanish."""
    config = plugin_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  name: material\n", "  name: material\n  language: es\n"))
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    home = (plugin_project / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es"' in home
    for text in ["Períodos", "Últimos eventos", "19 de junio de 2024", "Cronología"]:
        assert text in home, text
    assert "Latest events" not in home and "June 19" not in home


def test_edit_page_false_publishes_no_editing_instructions(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """`edit_page: false` leaves out the "How to edit" page and its nav entry."""
    config = plugin_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - timeline\n", "  - timeline:\n      edit_page: false\n"))
    result = mkdocs_build(plugin_project)
    assert result.returncode == 0, result.stderr
    site = plugin_project / "site"
    assert not (site / "edit").exists()
    assert "How to edit" not in (site / "index.html").read_text(encoding="utf-8")


def test_gh_deploy_pushes_the_built_site_to_a_gh_pages_branch(
    plugin_project: Path, tmp_path: Path
) -> None:
    """`mkdocs gh-deploy` builds with the plugin and publishes to gh-pages (a local remote)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    remote = tmp_path / "remote.git"

    def git(*args: str, cwd: Path = plugin_project) -> str:
        done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    git("init", "-q", "--bare", str(remote), cwd=tmp_path)
    git("init", "-q", "-b", "main")
    git("commit", "-q", "--allow-empty", "-m", "start")
    git("remote", "add", "origin", str(remote))
    deploy = subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--force"],
        cwd=plugin_project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert deploy.returncode == 0, deploy.stderr
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    assert {"index.html", "years/2024/index.html", "assets/timeline.css"} <= set(published)


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ("years/2024.md#summit-2024", None),
        ("sources.md#source-gazette", None),
        ("years/2024.md#tl-2024-06", None),
        ("years/2024.md#no-such-event", "does not contain an anchor '#no-such-event'"),
    ],
)
def test_anchor_validation_knows_the_anchors_of_generated_pages(
    plugin_project: Path, mkdocs_build: MkdocsBuild, link: str, problem: str | None
) -> None:
    """With `validation: {anchors: warn}`, links into cards and sources pass; a typo fails."""
    config = plugin_project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "validation:\n  anchors: warn\n", encoding="utf-8"
    )
    (plugin_project / "docs" / "notes.md").write_text(
        f"# Notes\n\nSee [this]({link}).\n", encoding="utf-8"
    )
    result = mkdocs_build(plugin_project)
    if problem is None:
        assert result.returncode == 0, result.stderr
        assert "WARNING" not in result.stderr
    else:
        assert result.returncode != 0
        assert problem in result.stderr


def test_cards_reach_the_built_page_and_the_search_index(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """Each card's heading, text and quote are in the page and indexed by search, once."""
    assert mkdocs_build(plugin_project).returncode == 0
    site = plugin_project / "site"
    page = (site / "years" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "<!--tl-block-" not in page
    assert page.count('<h3 class="tl-title" id="summit-2024" dir="auto">') == 1
    assert "The pact was signed on Wednesday." in page
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    summit = [d for d in index["docs"] if d["location"] == "years/2024/#summit-2024"]
    assert len(summit) == 1
    assert "mutual-assistance" in summit[0]["text"]


def test_an_extension_that_strips_comments_fails_the_build_in_one_line(
    plugin_project: Path, mkdocs_build: MkdocsBuild
) -> None:
    """`pymdownx.striphtml` would drop the cards' placeholders: the build says so, no traceback."""
    config = plugin_project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "  - pymdownx.striphtml\n", encoding="utf-8"
    )
    result = mkdocs_build(plugin_project)
    assert result.returncode != 0
    assert "HTML blocks were lost while Markdown rendered" in result.stderr
    assert "strip_comments: false" in result.stderr
    assert "Traceback" not in result.stderr
