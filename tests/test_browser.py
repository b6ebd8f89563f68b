"""A real Chromium on a really built site: cards show, year links work, search finds events,
and a hostile `<script>` title stays text.

Skips when Chromium or Playwright is missing, unless TIMELINE_REQUIRE_BROWSER=1 (CI sets it).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import make_plugin_project, run_mkdocs_build

pytestmark = [pytest.mark.slow, pytest.mark.browser]

XSS_TEXT = "<script>window.__timelinePwned = 1</script> Rally *outside* the [embassy]"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def _served(site: Path) -> Iterator[str]:
    """A built site on a loopback port; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(small_site: Path) -> Iterator[str]:
    """The small test project built by real `mkdocs build`, served on a loopback port."""
    with _served(small_site) as url:
        yield url


@pytest.fixture(scope="module")
def instant_site_url(instant_site: Path) -> Iterator[str]:
    """The small project built with Material's instant navigation, served."""
    with _served(instant_site) as url:
        yield url


def test_home_links_to_a_year_page_whose_event_card_is_visible(page: Any, site_url: str) -> None:
    """From the home page, the "2024" period link opens a page showing the summit's card."""
    page.goto(site_url)
    page.locator(".md-content").get_by_role("link", name="2024", exact=True).click()
    page.wait_for_url("**/years/2024/")
    card = page.locator(".tl-event", has_text="Partnership pact signed at the summit")
    card.wait_for(state="visible")
    assert card.locator("time").first.get_attribute("datetime") == "2024-06-19"
    assert card.locator("q.tl-quote").inner_text() == "The pact was signed on Wednesday."


def test_search_finds_an_event_by_a_word_of_its_text(page: Any, site_url: str) -> None:
    """Typing into Material's search box lists the event whose text holds the word."""
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("mutual-assistance", delay=20)  # Material reacts to key events, not fill()
    result = page.locator("a.md-search-result__link", has_text="Partnership pact signed")
    result.first.wait_for(state="visible")
    result.first.click()
    page.wait_for_url(lambda url: "/years/2024/" in url and url.endswith("#summit-2024"))
    assert page.locator("h3#summit-2024").is_visible()


def test_script_in_a_title_shows_as_text_and_never_runs(page: Any, site_url: str) -> None:
    """The hostile title is visible literally and its script did not set the window flag."""
    page.goto(site_url + "years/2024/")
    heading = page.locator("h3#protest-2024")
    heading.wait_for(state="visible")
    assert heading.inner_text().rstrip("¶").strip() == XSS_TEXT
    assert page.evaluate("typeof window.__timelinePwned") == "undefined"
    page.goto(site_url + "tags/protest/")
    page.get_by_role("link", name=XSS_TEXT).wait_for(state="visible")
    assert page.evaluate("typeof window.__timelinePwned") == "undefined"


def _visible_titles(page: Any) -> list[str]:
    return [
        t.rstrip("¶").strip() for t in page.locator(".tl-event:visible .tl-title").all_inner_texts()
    ]


def test_tag_filter_shows_only_cards_with_the_chosen_tag(page: Any, site_url: str) -> None:
    """Pressing a tag chip hides the other cards; pressing it again shows them all."""
    page.goto(site_url + "years/2024/")
    bar = page.locator(".tl-filter")
    bar.wait_for(state="visible")
    assert len(_visible_titles(page)) == 2
    chip = bar.get_by_role("button", name="protest (1)")
    chip.click()
    assert chip.get_attribute("aria-pressed") == "true"
    assert _visible_titles(page) == [XSS_TEXT]
    chip.click()
    assert len(_visible_titles(page)) == 2
    assert bar.get_by_role("button", name="All (2)").get_attribute("aria-pressed") == "true"


def test_without_javascript_every_card_shows_and_the_filter_stays_hidden(
    browser: Any, site_url: str
) -> None:
    """The page is complete without scripts: no dead filter bar, every card visible."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "years/2024/")
    assert page.locator(".tl-event").count() == 2
    assert len(_visible_titles(page)) == 2
    assert not page.locator(".tl-filter").is_visible()
    context.close()


def test_tag_filter_works_after_instant_navigation(page: Any, instant_site_url: str) -> None:
    """With Material's instant navigation, a page reached by a link still gets its filter."""
    page.goto(instant_site_url)
    page.locator(".md-content").get_by_role("link", name="2024", exact=True).click()
    page.wait_for_url("**/years/2024/")
    bar = page.locator(".tl-filter")
    bar.wait_for(state="visible")
    bar.get_by_role("button", name="visit (1)").click()
    assert _visible_titles(page) == ["Partnership pact signed at the summit"]


def test_overview_bar_opens_its_period_page(page: Any, site_url: str) -> None:
    """Each bar of the home page's chart is a labelled link to the period holding its events."""
    page.goto(site_url)
    bar = page.locator('.tl-overview a[aria-label="2020s: 2 events"]')
    bar.wait_for(state="visible")
    bar.click()
    page.wait_for_url("**/years/2024/")
    page.locator(".tl-event").first.wait_for(state="visible")


def test_arabic_tag_chip_leads_to_its_page(page: Any, site_url: str) -> None:
    """A tag in Arabic script has a readable URL that opens its page."""
    page.goto(site_url + "years/1961/")
    page.locator(".tl-event a.tl-tag", has_text="روسيا").click()
    page.wait_for_url(lambda url: "/tags/" in url and "treaty" not in url)
    assert "روسيا" in page.locator("h1").inner_text()
    assert page.get_by_role("link", name="Friendship treaty signed").is_visible()


_RGB = re.compile(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)")


def _luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour (0-255 channels)."""

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _bar_contrast(page: Any) -> float:
    """Contrast ratio of the first chart bar (blended by its opacity) against the page."""
    found = page.evaluate(
        """() => {
            const bar = document.querySelector('.tl-overview .tl-bar');
            const style = getComputedStyle(bar);
            return [style.fill, style.opacity, getComputedStyle(document.body).backgroundColor];
        }"""
    )
    fill, opacity, background = found
    fg = [float(v) for v in _RGB.match(fill).groups()]  # type: ignore[union-attr]
    bg = [float(v) for v in _RGB.match(background).groups()]  # type: ignore[union-attr]
    alpha = float(opacity)
    seen = tuple(alpha * f + (1 - alpha) * b for f, b in zip(fg, bg, strict=True))
    light, dark = sorted([_luminance(seen), _luminance(tuple(bg))], reverse=True)  # type: ignore[arg-type]
    return (light + 0.05) / (dark + 0.05)


PALETTE = """\
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      toggle: {icon: material/weather-night, name: Switch to dark mode}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      toggle: {icon: material/weather-sunny, name: Switch to light mode}
"""


@pytest.fixture(scope="module")
def palette_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The small project with the light/dark palette of `timeline new`, built and served."""
    project = make_plugin_project(tmp_path_factory.mktemp("palette-site"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("plugins:", PALETTE + "plugins:", 1), encoding="utf-8")
    result = run_mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with _served(project / "site") as url:
        yield url


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_overview_bars_stand_out_from_the_page_in_light_and_dark_mode(
    browser: Any, palette_site_url: str, scheme: str
) -> None:
    """Chart bars reach WCAG's 3:1 contrast for graphics on the light and the dark scheme."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(palette_site_url)
    page.locator(".tl-overview .tl-bar").first.wait_for(state="visible")
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected
    assert _bar_contrast(page) >= 3.0
    context.close()
