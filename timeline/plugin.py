"""MkDocs plugin: build the timeline's pages from events.yaml at build time, in memory.

Thin glue over `timeline.store` (load + validate) and `timeline.generate` (pages): nothing
is written into `docs/`, and a broken file fails `mkdocs build` with the same
`file:line:col` messages `timeline check` prints, without a traceback. Under `mkdocs serve`
a broken file does not stop the preview: an error page listing the problems takes the
timeline's place until the file is fixed, and live reload brings the real pages back. The
same goes for any other failure of a rebuild (a generator bug on a value `check` accepted, a
file name the disk refuses): MkDocs alone would keep the last site and "appear stuck".

The generated pages' raw HTML (cards, event lists) is held back from Markdown and spliced
into the rendered page (`HtmlStash`): MkDocs and Python-Markdown would otherwise parse it
twice, which was half the build of a 10,000-event timeline.

Under `mkdocs serve`, a rebuild after an edit re-renders only the generated pages whose
content changed (`_PageCache`): the others keep the HTML of the last build, as long as the
navigation and mkdocs.yml are the same. MkDocs still visits every page, but an unchanged one
costs no Markdown and no theme rendering.
"""

from __future__ import annotations

import contextlib
import gc
import html
import os
import posixpath
import re
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, cast
from urllib.parse import quote, urljoin

import jinja2
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from watchdog.observers.api import EventEmitter, ObservedWatch
from watchdog.observers.polling import PollingEmitter

from timeline.errors import Problem, TimelineError, ValidationFailed, format_problems
from timeline.generate import (
    FEED_FILES,
    SCRIPT,
    STYLESHEET,
    Grouping,
    HtmlStash,
    SearchEntry,
    ShareCard,
    axis_files,
    event_links,
    nav_entries,
    problem_page,
    render_pages,
    script,
    share_metadata,
    stylesheet,
    template_safe,
)
from timeline.model import Timeline
from timeline.store import ParseCache

__all__ = ["TimelineConfig", "TimelinePlugin"]

_REQUIRED_EXTENSIONS = ("attr_list",)
log = get_plugin_logger(__name__)


class _Prefix(opt.Type[str]):
    """A folder inside docs/: relative, without `..`, `.` or backslashes."""

    def __init__(self) -> None:
        super().__init__(str, default="")

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value).strip()
        if not text:
            return ""
        parts = text.rstrip("/").split("/")
        if (
            text.startswith("/")
            or "\\" in text
            or re.match(r"^[A-Za-z]:", text)
            or any(p in {"", ".", ".."} for p in parts)
        ):
            raise ValidationError(
                f"prefix must be a relative folder inside docs/ like 'timeline', got {text!r}"
            )
        return "/".join(parts)


class TimelineConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs' Config is untyped
    """`plugins: - timeline: {events: events.yaml, grouping: auto, prefix: "", feeds: true,
    review_marks: false}`."""

    events = opt.Type(str, default="events.yaml")
    """The timeline file, relative to mkdocs.yml."""
    grouping = opt.Choice(("auto", "decade", "year", "month"), default="auto")
    prefix = _Prefix()
    """A folder under docs/ for the generated pages ("" puts the home page at the root)."""
    docs_section = opt.Type(str, default="Documentation")
    """Nav section for your own pages when mkdocs.yml has no `nav`."""
    edit_page = opt.Optional(opt.Type(bool))
    """The "How to edit" page: by default only under `mkdocs serve` (the person editing sees
    it, a published site's readers do not); true or false to say so for every build."""
    review_marks = opt.Type(bool, default=False)
    """Mark events to review and disputed dates on the cards (for curators; off to publish)."""
    feeds = opt.Type(bool, default=True)
    """Publish Atom and RSS feeds of the newest events (`feed.atom.xml`, `feed.rss.xml`)."""


_CACHED_TEMPLATE = "timeline-cached-page.html"
"""An empty template for pages whose HTML comes from the serve cache: rendering the theme's
template (with the whole navigation) is the cost the cache saves."""


@dataclass
class _PageCache:
    """Under `serve`: each generated page's content and final HTML from the last build."""

    context: object = None
    """What every page's HTML also depends on (navigation, mkdocs.yml): a change empties it."""
    content: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    html: dict[str, str] = field(default_factory=dict)
    anchors: dict[str, set[str]] = field(default_factory=dict)
    """The ids each page's HTML blocks hold (what links may target)."""
    reused: set[str] = field(default_factory=set)
    """The pages of the build under way that take their HTML from the cache."""

    def start(self, context: object) -> None:
        if context != self.context:
            self.context, self.content, self.html, self.anchors = context, {}, {}, {}
        self.reused = set()

    def reuse(self, src_uri: str, content: tuple[str, tuple[str, ...]]) -> bool:
        """Whether the page is unchanged since the last build and its HTML can be reused."""
        unchanged = self.content.get(src_uri) == content and src_uri in self.html
        self.content[src_uri] = content
        if unchanged:
            self.reused.add(src_uri)
        else:
            self.html.pop(src_uri, None)
            self.anchors.pop(src_uri, None)
        return unchanged


class _TemplateCode(jinja2.BytecodeCache):
    """Under `serve`: the theme's compiled templates, kept across rebuilds. MkDocs makes a
    new Jinja environment for every build, which compiles every template again (a third of
    a second for Material); Jinja checks each template's source before reusing its code."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


@dataclass(frozen=True)
class _Failure:
    """Why the timeline's pages cannot be built, kept typed until the plugin prints it."""

    problems: tuple[Problem, ...] = ()
    """Located problems in events.yaml, as `timeline check` finds them."""
    error: str = ""
    """A failure without a location: the file cannot be read, or building the pages failed."""
    missing: bool = False
    """The events file does not exist (`error` says which)."""

    def items(self) -> list[Problem | str]:
        """What the error page lists: every problem, then the unlocated failure."""
        return [*self.problems, *([self.error] if self.error else [])]

    def log_lines(self) -> list[str]:
        """The lines `timeline check` would print (problems, then their count)."""
        if self.problems:
            return format_problems(list(self.problems)).splitlines()
        return [self.error]

    def report(self, path: str) -> str:
        """The whole message of a failed `mkdocs build`: a header, so every problem line below
        starts with its file name, as in `check`; a missing file is one line."""
        if self.missing:
            return self.error
        return "\n".join([f"timeline: cannot build from {path}:", *self.log_lines()])


def load_events(path: str) -> Timeline:
    """events.yaml as a validated `Timeline`; any problem becomes a `PluginError`."""
    outcome = _read_events(path)
    if isinstance(outcome, Timeline):
        return outcome
    raise PluginError(outcome.report(path))


def _read_events(path: str, cache: ParseCache | None = None) -> Timeline | _Failure:
    """The timeline, or why there is none; under `serve`, `cache` keeps unchanged events."""
    from timeline.store import load_timeline

    if not os.path.isfile(path):
        return _Failure(error=f"timeline: events file not found: {path}", missing=True)
    try:
        return load_timeline(_display_path(path), cache)
    except ValidationFailed as exc:
        return _Failure(problems=tuple(exc.problems))
    except TimelineError as exc:
        return _Failure(error=str(exc))


def _crash(events: str, exc: Exception) -> _Failure:
    """A failure no check foresaw, in one line (the traceback goes to `mkdocs serve -v`)."""
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())
    return _Failure(error=f"{events}: the site cannot be built ({detail})")


def _display_path(path: str) -> str:
    """The path as problems should name it: relative to the working directory when inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _share_tags(card: ShareCard, page: Page, config: MkDocsConfig) -> str:
    """The `<meta>` tags of a page's link preview, every value escaped (article text)."""
    from timeline.generate import clean_text

    image = card.image
    if image and "://" not in image:  # a path under docs/: previews need an absolute address
        image = urljoin(config.site_url, image) if config.site_url else ""
    title = clean_text(page.title or config.site_name)
    pairs = [
        ("property", "og:type", "website"),
        ("property", "og:site_name", clean_text(config.site_name)),
        ("property", "og:title", title),
        ("property", "og:description", card.description),
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", card.description),
    ]
    if page.canonical_url:
        pairs.append(("property", "og:url", page.canonical_url))
    if image:
        pairs += [("property", "og:image", image), ("name", "twitter:image", image)]
    return "".join(
        f'<meta {kind}="{key}" content="{html.escape(value, quote=True)}">\n'
        for kind, key, value in pairs
    )


def _config_text(config: MkDocsConfig) -> str:
    """mkdocs.yml as it is now: the cache keeps no page across a change to it."""
    try:
        with open(config.config_file_path or "", encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return ""


def _nav_paths(nav: list[Any]) -> list[str]:
    """Every page path in a MkDocs `nav` structure."""
    found: list[str] = []
    for item in nav:
        values = item.values() if isinstance(item, dict) else [item]
        for value in values:
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, list):
                found += _nav_paths(value)
    return found


def _search_entries_list(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    """The entry list of Material's search index, if that search plugin is on (MkDocs' own
    search plugin cannot skip a page: it indexes the pages itself)."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        entries = getattr(index, "entries", None)
        if isinstance(entries, list) and hasattr(index, "create_entry_for_section"):
            return entries
    return None


def _theme_language(config: MkDocsConfig) -> str:
    """The theme's `language` (Material's option), "en" when the theme has none."""
    try:
        language = config.theme["language"]
    except KeyError:
        return "en"
    return str(language or "en")


_EVENTS_POLL = 0.05
"""Seconds between two looks at events.yaml under `serve` (MkDocs looks every 0.5 s: a
quarter of a second, on average, of every edit's wait). One file's `stat` costs nothing."""


def _watch_quickly(server: LiveReloadServer, path: str) -> EventEmitter | None:
    """`server.watch(path)`, polled every `_EVENTS_POLL` seconds; returns the emitter that
    polls it, for `on_shutdown` to stop (None when MkDocs' own already polls as often).

    MkDocs has no option for the poll interval, which its watchdog observer gives to every
    watch it makes. So the watch is made as usual (MkDocs' handler, which asks for a
    rebuild), and its slow emitter is replaced by a quicker one feeding the same observer's
    queue for the same watch: `PollingEmitter(queue, watch, timeout=...)`, the observer's
    `emitters` and `event_queue`, and `stop()` are watchdog's public API."""
    server.watch(path)
    observer = server.observer
    target = os.path.abspath(path)
    slow = [e for e in list(observer.emitters) if _watched(e.watch) == target]
    if len(slow) != 1 or slow[0].timeout <= _EVENTS_POLL or observer.is_alive():
        return None
    quick = PollingEmitter(observer.event_queue, slow[0].watch, timeout=_EVENTS_POLL)
    try:
        quick.start()  # its first look at the file: it must exist (else MkDocs' emitter stays)
    except OSError:
        return None
    slow[0].stop()  # it is not started yet: when the observer starts it, it ends at once
    return quick


def _watched(watch: ObservedWatch) -> str:
    """The path a watch was made for (watchdog 7 polls a file's folder and keeps the file's
    own path as `raw_path`; earlier versions poll the file itself)."""
    return str(getattr(watch, "raw_path", watch.path))


def _freeze_what_lasts() -> None:
    """Called once the first `serve` build is done: collect its garbage, then move every
    object left (the events read, the cards and pages kept for the next build, compiled
    templates: millions of objects at 10,000 events) out of the cyclic collector's reach
    (`gc.freeze`). Each rebuild's collections then scan only what that rebuild made, instead
    of sweeping the kept objects again and again. Frozen objects are still freed by
    reference counting when a rebuild replaces them (the timeline's objects hold no cycles)."""
    gc.collect()
    gc.freeze()


def _set_aside(site_dir: str) -> str | None:
    """Move the last build's files into a new hidden folder of `site_dir`, and return it
    (None when there is nothing to move). MkDocs empties site/ before each build but leaves
    hidden entries; under `serve` on a busy disk, removing a big site's folders one by one
    was a third of the wait for an edit to show, and a rename per top-level entry is
    instant. The folder is deleted once the build is done (`_delete_later`)."""
    try:
        entries = [e for e in os.listdir(site_dir) if not e.startswith(".")]
        if not entries:
            return None
        aside = tempfile.mkdtemp(prefix=".timeline-old-", dir=site_dir)
    except OSError:
        return None
    for entry in entries:
        with contextlib.suppress(OSError):  # MkDocs removes what is left, as always
            os.replace(os.path.join(site_dir, entry), os.path.join(aside, entry))
    return aside


def _delete_later(folder: str) -> threading.Thread:
    """Delete `folder` in a background thread (its files are nobody's any more)."""
    thread = threading.Thread(
        target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, daemon=True
    )
    thread.start()
    return thread


class TimelinePlugin(BasePlugin[TimelineConfig]):  # type: ignore[no-untyped-call]
    """Generates the period, tag, source, home and "how to edit" pages."""

    def __init__(self) -> None:
        self.base = "."
        self.events_path = ""
        self.timeline: Timeline | None = None
        self.serving = False
        self.dirty = False
        self.quick_watch: EventEmitter | None = None
        self.aside: str | None = None
        """Under `serve`: the last build's files, set aside while this one is made."""
        self.deleting: list[threading.Thread] = []
        self.last_pages: list[str] = []
        """Paths of the last good build, so a broken file's error page shows at all of them."""
        self.built_pages: list[str] = []
        """Paths of the timeline's pages in the build under way; good once it has finished."""
        self.stash = HtmlStash()
        self.search: dict[str, list[SearchEntry]] = {}
        self.listed: set[str] = set()
        self.built_uris: set[str] = set()
        """src_uri of every generated page of the build under way (none for an error page)."""
        """The generated pages the navigation lists."""
        """src_uri → what the site search indexes for that generated page."""
        self.stashed: dict[str, str] = {}
        """src_uri → the generator's path, for the pages whose HTML blocks are in `stash`."""
        self.shares: dict[str, ShareCard] = {}
        """src_uri → the page's link preview (Open Graph and Twitter card metadata)."""
        self.cache = _PageCache()
        self.parsed = ParseCache()
        self.templates = _TemplateCode()
        self.feeds: tuple[object, dict[str, str]] = (None, {})
        """Under `serve`: the feeds of the last build and everything they were made from."""
        """Under `serve`: the events and sources of the last read, by their text."""
        self.memo: dict[object, Any] = {}
        self.memo_context: object = None
        self.crashed: _Failure | None = None
        """Under `serve`, a rebuild that failed after its pages were generated: the next build
        shows it on the error page instead of the timeline."""

    # on_startup keeps this instance across `mkdocs serve` rebuilds (MkDocs >= 1.4).
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Under `serve`, the last build's files go aside instead of being deleted one by
        one while the reader waits (a `--dirty` serve keeps them, as it means to)."""
        if self.serving and not self.dirty:
            self.aside = _set_aside(config.site_dir)

    def on_shutdown(self) -> None:
        """Stop the quick watch, and let the deletion finish before MkDocs removes site/."""
        if self.quick_watch is not None:
            self.quick_watch.stop()
            self.quick_watch = None
        for thread in self.deleting:
            thread.join()
        self.deleting = []

    def _grouping(self) -> Grouping:
        return cast(Grouping, self.config.grouping)  # validated by the Choice option

    def _edit_page(self) -> bool:
        edit = self.config.edit_page
        return self.serving if edit is None else bool(edit)

    def _prefix(self) -> str:
        prefix = self.config.prefix
        return f"{prefix}/" if prefix else ""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.base = os.path.dirname(config.config_file_path or "") or "."
        self.events_path = os.path.normpath(os.path.join(self.base, self.config.events))
        for name in _REQUIRED_EXTENSIONS:  # section headings carry explicit ids
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        css = self._prefix() + STYLESHEET
        if css not in config.extra_css:
            config.extra_css.append(css)
        js = self._prefix() + SCRIPT
        if js not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(js)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        # The pages are made of many small objects and no cycles: a full collection in the
        # middle (scanning every kept event, card and page) costs as much as a rebuild's
        # generation after an edit, so the cyclic collector waits until it is done.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._files(files, config)
        finally:
            if enabled:
                gc.enable()

    def _files(self, files: Files, config: MkDocsConfig) -> Files:
        self.stash = HtmlStash()
        self.search = {}
        generated = self._generate(config)
        prefix = self._prefix()
        self.search = {prefix + path: entries for path, entries in self.search.items()}
        self.stashed = {prefix + path: path for path in self.stash.pages()}
        generated = {prefix + path: content for path, content in generated.items()}
        generated[prefix + STYLESHEET] = stylesheet()
        generated[prefix + SCRIPT] = script()
        self.shares = {}
        if self.timeline is not None:
            axis = axis_files(
                self.timeline,
                grouping=self._grouping(),
                directory_urls=config.use_directory_urls,
                language=_theme_language(config),
                memo=self._memo(config) if self.serving else None,
            )
            generated.update({prefix + path: text for path, text in axis.items()})
            shares = share_metadata(
                self.timeline, grouping=self._grouping(), language=_theme_language(config)
            )
            self.shares = {prefix + path: card for path, card in shares.items()}
            self._check_media(files)
        generated.update({prefix + path: text for path, text in self._feeds(config).items()})
        own = [f.src_uri for f in files.documentation_pages()]
        nav = self._nav(own, _theme_language(config))
        self.listed = set(_nav_paths(nav))
        self.built_uris = (
            {u for u in generated if u.endswith(".md")} if self.timeline is not None else set()
        )
        for src_uri, content in generated.items():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(
                    f"timeline: docs/{src_uri} already exists and would be replaced by a "
                    "generated page; remove it or set the plugin's `prefix`"
                )
            files.append(
                File.generated(config, src_uri, content=content, inclusion=self._inclusion(src_uri))
            )
        if config.nav is None:
            config.nav = nav
        if self.serving:
            title = self.timeline.title if self.timeline is not None else None
            self.cache.start((repr(config.nav), repr(own), _config_text(config), title))
        return files

    # Before other plugins see the Markdown: an unchanged page under `serve` becomes empty
    # Markdown with an empty template, and gets its last HTML back in `on_post_page`.
    @event_priority(100)
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        src_uri = page.file.src_uri
        if not self.serving or self.timeline is None or src_uri not in self.built_uris:
            return markdown
        path = self.stashed.get(src_uri)
        blocks = self.stash.blocks(path) if path is not None else ()
        if not self.cache.reuse(src_uri, (markdown, blocks)):
            return markdown
        page.meta["template"] = _CACHED_TEMPLATE
        return ""

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.serving:
            env.loader = jinja2.ChoiceLoader(
                [jinja2.DictLoader({_CACHED_TEMPLATE: ""}), env.loader]
            )
            env.bytecode_cache = self.templates
        return env

    def _generate(self, config: MkDocsConfig) -> dict[str, str]:
        """The timeline's pages; under `serve`, the error page when they cannot be built."""
        if self.crashed is not None:
            self.timeline = None
            return self._problem_pages(self.crashed)
        outcome = _read_events(self.events_path, self.parsed if self.serving else None)
        if isinstance(outcome, Timeline):
            try:
                generated = self._pages(outcome, config)
            except Exception as exc:
                if not self.serving:
                    raise
                log.debug("the pages could not be generated", exc_info=True)
                outcome = _crash(_display_path(self.events_path), exc)
                self.stash = HtmlStash()
            else:
                self.timeline = outcome
                self.built_pages = list(generated)
                return generated
        if not self.serving:
            raise PluginError(outcome.report(self.events_path))
        self.timeline = None
        return self._problem_pages(outcome)

    def _feeds(self, config: MkDocsConfig) -> dict[str, str]:
        """The Atom and RSS files, linking to the cards under `site_url` (relative links,
        which readers resolve against the feed's address, when it is not set)."""
        if self.timeline is None or not self.config.feeds:
            return {}
        from timeline.feed import export_atom, export_rss, newest_events

        timeline = self.timeline
        newest = newest_events(timeline)
        links = event_links(
            timeline,
            grouping=self._grouping(),
            directory_urls=config.use_directory_urls,
            only={event.id for event, _ in newest},
        )
        site_url = (config.site_url or "").rstrip("/")
        base = f"{site_url}/{self._prefix()}" if site_url else ""
        known = {s.id: s for s in timeline.sources}
        cited = [known.get(s) for event, _ in newest for s in event.source_ids]
        key = (timeline.title, timeline.description, base, newest, links, cited)
        if self.serving and self.feeds[0] == key:  # what a save elsewhere leaves as it was
            return self.feeds[1]
        feeds = {
            FEED_FILES["atom"]: export_atom(
                timeline, site_url=base, links=links, feed_path=FEED_FILES["atom"], newest=newest
            ),
            FEED_FILES["rss"]: export_rss(
                timeline, site_url=base, links=links, feed_path=FEED_FILES["rss"], newest=newest
            ),
        }
        if self.serving:
            self.feeds = (key, feeds)
        return feeds

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """Every page names the feeds in its head, so browsers and readers find them; under
        `serve`, a generated page's HTML is kept for the next rebuild, or taken from it. Pages
        with a link preview get its Open Graph and Twitter card metadata."""
        src_uri = page.file.src_uri
        if src_uri in self.cache.reused:
            return self.cache.html[src_uri]
        output = self._with_share_tags(self._with_feeds(output, page), page, config)
        if src_uri in self.built_uris:
            page.content = None  # written out: a big site's pages are not all held at once
            if self.serving:
                self.cache.html[src_uri] = output
        return output

    def _with_feeds(self, output: str, page: Page) -> str:
        if self.timeline is None or not self.config.feeds or "</head>" not in output:
            return output
        title = html.escape(template_safe(self.timeline.title), quote=True)
        tags = "".join(
            f'<link rel="alternate" type="{kind}" title="{title}" '
            f'href="{html.escape(get_relative_url(self._prefix() + path, page.url))}">'
            for kind, path in (
                ("application/atom+xml", FEED_FILES["atom"]),
                ("application/rss+xml", FEED_FILES["rss"]),
            )
        )
        return output.replace("</head>", tags + "</head>", 1)

    def _pages(self, timeline: Timeline, config: MkDocsConfig) -> dict[str, str]:
        return render_pages(
            timeline,
            events_path=os.path.relpath(self.events_path, self.base).replace(os.sep, "/"),
            grouping=self._grouping(),
            directory_urls=config.use_directory_urls,
            language=_theme_language(config),
            edit=self._edit_page(),
            stash=self.stash,
            review=self.config.review_marks,
            prefix=self.config.prefix,
            search=self.search,
            memo=self._memo(config) if self.serving else None,
        )

    def _memo(self, config: MkDocsConfig) -> dict[object, Any]:
        """Under `serve`, the cards of the last build, kept while the language, the grouping
        and the URL style stay the same (and not growing without bound)."""
        context = (
            _theme_language(config),
            config.use_directory_urls,
            self._grouping(),
            self.config.review_marks,
            self.config.prefix,
        )
        if context != self.memo_context or len(self.memo) > 1_000_000:
            self.memo, self.memo_context = {}, context
        return self.memo

    def _check_media(self, files: Files) -> None:
        """An image path under docs/ that names no file is a warning (`--strict` fails)."""
        assert self.timeline is not None
        for event in self.timeline.events:
            url = event.media.url if event.media is not None else ""
            if url and "://" not in url and files.get_file_from_path(url.split("?")[0]) is None:
                log.warning(
                    f"{_display_path(self.events_path)}: event '{event.id}': media: url: "
                    f"no file docs/{url}"
                )

    def _with_share_tags(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """Open Graph and Twitter card metadata, so a shared link shows a preview card."""
        card = self.shares.get(page.file.src_uri)
        if card is None or "</head>" not in output:
            return output
        tags = _share_tags(card, page, config)
        head = output.index("</head>")
        return output[:head] + tags + output[head:]

    # Before every other plugin (Material's privacy and typeset plugins, then search in
    # on_page_context), so they all see the cards, as they would without the stash.
    @event_priority(100)
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """The rendered page with its held-back HTML blocks spliced in, their ids registered
        so MkDocs' anchor validation knows `years/2024/#summit-2024` exists."""
        path = self.stashed.get(page.file.src_uri)
        if path is None:
            return html
        src_uri = page.file.src_uri
        if src_uri in self.cache.reused:  # its ids are those of the build that rendered it
            anchors = self.cache.anchors.get(src_uri)
            if anchors is None:
                anchors = self.cache.anchors[src_uri] = self.stash.anchor_ids(path)
            page.present_anchor_ids = anchors
            return html
        try:
            html = self.stash.splice(path, html)
        except LookupError as exc:
            raise PluginError(
                f"timeline: {exc} while Markdown rendered {page.file.src_uri}: a Markdown "
                "extension removed the HTML comments that mark their places (for "
                "pymdownx.striphtml, set strip_comments: false)"
            ) from None
        anchors = self.stash.anchor_ids(path)
        if self.serving:
            self.cache.anchors[src_uri] = anchors
        page.present_anchor_ids = (page.present_anchor_ids or set()) | anchors
        self.stash.release(path)
        return html

    # Before the search plugins (priority 0): Material's skips a page whose meta says
    # `search: exclude` and gets the timeline's own entries instead of parsing the page.
    @event_priority(50)
    def on_page_context(
        self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> Any:
        """Index the timeline's pages from the events: lean, and no HTML to parse."""
        entries = self.search.get(page.file.src_uri)
        index = _search_entries_list(config) if entries is not None else None
        if entries is None or index is None:
            return context
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        for entry in entries:
            fragment = f"#{quote(entry.anchor, safe='')}" if entry.anchor else ""
            index.append(
                {"location": page.url + fragment, "title": entry.title, "text": entry.text}
            )
        return context

    def _problem_pages(self, failure: _Failure) -> dict[str, str]:
        """The error page at the home page and at every page of the last good build."""
        for line in failure.log_lines():
            log.warning(line)
        page = problem_page(failure.items(), _display_path(self.events_path))
        paths = [p for p in self.last_pages if p.endswith(".md")] or ["index.md"]
        return dict.fromkeys(["index.md", *paths], page)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Only a finished build's pages may get the error page: one whose pages could not be
        written (a file name the disk refuses) would fail again the same way."""
        if self.timeline is not None:
            self.last_pages = self.built_pages
        self._let_go_of_aside()  # the new site is written: the reader need not wait

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build still lets go of the files it set aside."""
        self._let_go_of_aside()

    def _let_go_of_aside(self) -> None:
        """Delete the files set aside before this build in the background, forgetting the
        deletions already done."""
        if self.aside is not None:
            self.deleting = [t for t in self.deleting if t.is_alive()]
            self.deleting.append(_delete_later(self.aside))
            self.aside = None

    def _inclusion(self, src_uri: str) -> InclusionLevel:
        """Tag pages are reached from the tag index, not listed in the nav; so are the
        other pages while the error page stands in for them."""
        rel = posixpath.relpath(src_uri, self.config.prefix or ".")
        if self.timeline is None:
            return InclusionLevel.UNDEFINED if rel == "index.md" else InclusionLevel.NOT_IN_NAV
        if rel.startswith("tags/") and rel != "tags/index.md":
            return InclusionLevel.NOT_IN_NAV
        if rel.startswith(("years/", "sources/")) and src_uri not in self.listed:
            return InclusionLevel.NOT_IN_NAV  # further months of a year, further source lists
        return InclusionLevel.UNDEFINED

    def _nav(self, own_pages: list[str], language: str) -> list[Any]:
        """Generated pages first, then the project's own pages in one section."""
        nav: list[Any]
        if self.timeline is None:
            nav = [{"Timeline error": self._prefix() + "index.md"}]
        else:
            nav = nav_entries(
                self.timeline,
                grouping=self._grouping(),
                prefix=self._prefix(),
                language=language,
                edit=self._edit_page(),
            )
        own: list[Any] = [{self.config.docs_section: sorted(own_pages)}] if own_pages else []
        return [*nav, *own]

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Watch events.yaml closely, wait one poll (not 0.1 s) for a save's further changes,
        and keep what the first build made out of the cyclic collector's sweeps."""
        self.quick_watch = _watch_quickly(server, self.events_path)
        if self.quick_watch is not None:
            server.build_delay = min(server.build_delay, _EVENTS_POLL)
        if self.serving:  # not under `serve --clean`, which builds as `mkdocs build` would
            server.builder = self._recovering(server.builder)
            _freeze_what_lasts()
        return server

    def _recovering(self, build: Callable[[], None]) -> Callable[[], None]:
        """The serve loop's rebuild, made to show the error page when a build of the timeline
        fails after its pages were generated (MkDocs writing them, Markdown or another plugin
        reading them): it builds once more with the error page in the timeline's place. A
        failure the error page does not cure is not the timeline's: MkDocs reports it."""

        def rebuild() -> None:
            try:
                build()
            except Exception as exc:
                if self.timeline is None:
                    raise
                log.debug("the site could not be built", exc_info=True)
                self.crashed = _crash(_display_path(self.events_path), exc)
                try:
                    build()
                except Exception:
                    raise exc from None
                finally:
                    self.crashed = None

        return rebuild
