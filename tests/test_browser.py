"""A real Chromium on a really built site: cards show, year links work, search finds events,
and a hostile `<script>` title stays text.

Skips when Chromium or Playwright is missing, unless TIMELINE_REQUIRE_BROWSER=1 (CI sets it).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

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
XSS_TEXT = "<script>window.__timelinePwned = 1</script> Rally *outside* the [embassy]"


def _chromium() -> str:
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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(small_site: Path) -> Iterator[str]:
    """The small test project built by real `mkdocs build`, served on a loopback port."""
    handler = functools.partial(_QuietHandler, directory=str(small_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def page(site_url: str) -> Iterator[Any]:
    """A fresh Chromium page (Playwright), closed after the test."""
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            tab = browser.new_page(viewport={"width": 1280, "height": 900})
            tab.set_default_timeout(15_000)
            yield tab
        finally:
            browser.close()


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
