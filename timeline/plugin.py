"""MkDocs plugin: build the timeline's pages from events.yaml at build time, in memory.

Thin glue over `timeline.store` (load + validate) and `timeline.generate` (pages): nothing
is written into `docs/`, `mkdocs serve` watches events.yaml, and a broken file fails the
build with the same `file:line:col` messages `timeline check` prints, without a traceback.
"""

from __future__ import annotations

import os
from typing import Any, cast

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from timeline.errors import TimelineError
from timeline.generate import STYLESHEET, Grouping, nav_entries, render_pages, stylesheet
from timeline.model import Timeline

__all__ = ["TimelineConfig", "TimelinePlugin"]

_REQUIRED_EXTENSIONS = ("attr_list",)


class TimelineConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs' Config is untyped
    """`plugins: - timeline: {events: events.yaml, grouping: auto, prefix: ""}`."""

    events = opt.Type(str, default="events.yaml")
    """The timeline file, relative to mkdocs.yml."""
    grouping = opt.Choice(("auto", "decade", "year", "month"), default="auto")
    prefix = opt.Type(str, default="")
    """A folder under docs/ for the generated pages ("" puts the home page at the root)."""
    docs_section = opt.Type(str, default="Documentation")
    """Nav section for your own pages when mkdocs.yml has no `nav`."""


def load_events(path: str) -> Timeline:
    """events.yaml as a validated `Timeline`; any problem becomes a `PluginError`."""
    from timeline.store import load_timeline

    if not os.path.isfile(path):
        raise PluginError(f"timeline: events file not found: {path}")
    try:
        return load_timeline(_display_path(path))
    except TimelineError as exc:
        # A header line, so every problem line below starts with its file name, as in `check`.
        raise PluginError(f"timeline: cannot build from {path}:\n{exc}") from None


def _display_path(path: str) -> str:
    """The path as problems should name it: relative to the working directory when inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


class TimelinePlugin(BasePlugin[TimelineConfig]):  # type: ignore[no-untyped-call]
    """Generates the period, tag, source, home and "how to edit" pages."""

    def __init__(self) -> None:
        self.base = "."
        self.events_path = ""
        self.timeline: Timeline | None = None

    def _grouping(self) -> Grouping:
        return cast(Grouping, self.config.grouping)  # validated by the Choice option

    def _prefix(self) -> str:
        prefix = self.config.prefix.strip("/")
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
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.timeline = load_events(self.events_path)
        prefix = self._prefix()
        pages = render_pages(
            self.timeline,
            events_path=os.path.relpath(self.events_path, self.base).replace(os.sep, "/"),
            grouping=self._grouping(),
            directory_urls=config.use_directory_urls,
        )
        own = [f.src_uri for f in files.documentation_pages()]
        generated = {prefix + path: content for path, content in pages.items()}
        generated[prefix + STYLESHEET] = stylesheet()
        for src_uri, content in generated.items():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(
                    f"timeline: docs/{src_uri} already exists and would be replaced by a "
                    "generated page; remove it or set the plugin's `prefix`"
                )
            hidden = src_uri.startswith(prefix + "tags/") and not src_uri.endswith("index.md")
            inclusion = InclusionLevel.NOT_IN_NAV if hidden else InclusionLevel.UNDEFINED
            files.append(File.generated(config, src_uri, content=content, inclusion=inclusion))
        if config.nav is None:
            config.nav = self._nav(own)
        return files

    def _nav(self, own_pages: list[str]) -> list[Any]:
        """Generated pages first, then the project's own pages in one section."""
        assert self.timeline is not None
        nav: list[Any] = nav_entries(
            self.timeline, grouping=self._grouping(), prefix=self._prefix()
        )
        if own_pages:
            nav.append({self.config.docs_section: sorted(own_pages)})
        return nav

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        server.watch(self.events_path)
        return server
