"""The time axis, media, eras, sharing, URL filters and the embed view, in a real Chromium on a
site built by real `mkdocs build --strict` (issue 12).

Skips when Chromium or Playwright is missing, unless TIMELINE_REQUIRE_BROWSER=1 (CI sets it).
"""

from __future__ import annotations

import re
import struct
import textwrap
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import run_mkdocs_build
from test_browser import _luminance, _served

pytestmark = [pytest.mark.slow, pytest.mark.browser]

HOSTILE = "<script>window.__timelinePwned = 1</script> *bold*"

MKDOCS_YML = textwrap.dedent(
    """\
    site_name: Axis test timeline
    site_url: https://timeline.example.org/
    theme:
      name: material
      font: false
      palette:
        - media: "(prefers-color-scheme: light)"
          scheme: default
          toggle: {icon: material/weather-night, name: Switch to dark mode}
        - media: "(prefers-color-scheme: dark)"
          scheme: slate
          toggle: {icon: material/weather-sunny, name: Switch to light mode}
    plugins:
      - search
      - timeline
    """
)

EVENTS_YAML = textwrap.dedent(
    f"""\
    title: Axis test timeline
    eras:
      - title: "Era {HOSTILE}"
        start: 1990
        end: 1999
      - title: The summit year
        start: 2024
        end: 2024
    sources:
      - id: gazette
        outlet: Example Gazette
      - id: wire
        outlet: Example Wire
      - id: radio
        outlet: Example Radio
    events:
      - id: treaty-1961
        date: 1961
        title: Friendship treaty signed
        tags: [treaty]
      - id: wall-1991
        date: 1991-12
        title: The union is dissolved
        tags: [history]
      - id: visit-2000
        date: 2000-07-19
        end: 2000-07-20
        title: First visit by a sitting leader
        tags: [visit]
      - id: summit-2024
        date: 2024-06-19
        title: Pact signed at the summit
        text: The leaders sign a pact.
        media:
          url: images/summit.png
          alt: A square standing in for a photo of the summit
          caption: "Caption {HOSTILE}"
          credit: Example Agency
        tags: [visit, treaty]
        sources: [gazette, wire, radio]
      - id: protest-2024
        date: 2024-06
        title: Rally outside the embassy
        tags: [protest]
        sources: [gazette]
      - id: talks-2024
        date: 2024-09-02
        title: Talks in the autumn
        tags: [visit]
    """
)


def _png(width: int = 8, height: int = 8) -> bytes:
    """A small solid-colour PNG, made here (no third-party image in the repository)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x40\x51\xb5" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def make_axis_project(root: Path) -> Path:
    """A mini project with eras, an image under docs/, tags and several sources."""
    project = root / "project"
    (project / "docs" / "images").mkdir(parents=True)
    (project / "docs" / "images" / "summit.png").write_bytes(_png())
    (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (project / "events.yaml").write_text(EVENTS_YAML, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def axis_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built once by real `mkdocs build --strict`; its `site/` folder."""
    project = make_axis_project(tmp_path_factory.mktemp("axis-site"))
    result = run_mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def url(axis_site: Path) -> Iterator[str]:
    with _served(axis_site) as base:
        yield base


def _ready(page: Any) -> None:
    """Wait until the script has drawn the axes and settled the page."""
    page.wait_for_function("document.documentElement.dataset.tlReady === '1'")


def _view(page: Any) -> tuple[int, int]:
    first, last = page.locator(".tl-axis-view").get_attribute("data-view").split()
    return int(first), int(last)


def _visible_titles(page: Any) -> list[str]:
    return [
        t.rstrip("¶").strip() for t in page.locator(".tl-event:visible .tl-title").all_inner_texts()
    ]


def test_the_home_axis_draws_every_event_and_the_era_bands(page: Any, url: str) -> None:
    """The home page's axis shows one labelled mark per event and a named band per era."""
    page.goto(url)
    _ready(page)
    axis = page.locator(".tl-timeaxis")
    assert axis.is_visible()
    assert axis.locator("a.tl-mark").count() == 6
    mark = axis.locator('a.tl-mark[data-id="visit-2000"]')
    assert mark.get_attribute("aria-label") == "July 19, 2000: First visit by a sitting leader"
    bands = axis.locator(".tl-era-band title").all_text_contents()  # full names
    assert bands == [f"Era {HOSTILE}", "The summit year"]
    assert page.evaluate("typeof window.__timelinePwned") == "undefined"


def test_key_events_are_drawn_heavier(page: Any, url: str) -> None:
    """The event with three sources is a key event: a bigger mark than a one-source event."""
    page.goto(url)
    _ready(page)
    key = page.locator('a.tl-mark[data-id="summit-2024"]')
    plain = page.locator('a.tl-mark[data-id="visit-2000"]')
    assert "tl-w3" in key.get_attribute("class")
    assert "tl-w1" in plain.get_attribute("class")
    assert key.locator("circle").get_attribute("r") > plain.locator("circle").get_attribute("r")


def test_a_month_event_spans_its_month_on_a_period_axis(page: Any, url: str) -> None:
    """On the 2024 page the axis opens on 2024, where June 2024 is a bar as wide as June."""
    page.goto(url + "years/2024/")
    _ready(page)
    first, last = _view(page)
    assert (first, last) == (19723, 20089)  # 2024-01-01 to 2025-01-01, in days since 1970
    bar = page.locator('a.tl-mark[data-id="protest-2024"] rect').bounding_box()
    day = page.locator('a.tl-mark[data-id="summit-2024"] circle').bounding_box()
    assert bar is not None and day is not None
    assert 20 < bar["width"] < 80  # a twelfth of a ~680 px wide year
    assert bar["x"] < day["x"] < bar["x"] + bar["width"]


def test_zoom_buttons_keys_and_wheel_change_the_span(page: Any, url: str) -> None:
    """+ halves the span, − doubles it, the keyboard zooms and pans, the wheel zooms."""
    page.goto(url + "years/2024/")
    _ready(page)
    first, last = _view(page)
    page.get_by_role("button", name="Zoom in").click()
    page.wait_for_function(f"document.querySelector('.tl-axis-view').dataset.view !== "
                           f"'{first} {last}'")  # fmt: skip
    a, b = _view(page)
    assert abs((b - a) - (last - first) / 2) <= 1
    page.get_by_role("button", name="Zoom out").click()
    page.wait_for_timeout(100)
    a, b = _view(page)
    assert abs((b - a) - (last - first)) <= 1
    view = page.locator(".tl-axis-view")
    view.focus()
    page.keyboard.press("+")
    page.wait_for_timeout(100)
    a, b = _view(page)
    assert b - a < last - first
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(100)
    c, d = _view(page)
    assert c > a and d - c == b - a
    view.hover()
    page.mouse.wheel(0, 400)
    page.wait_for_timeout(100)
    e, f = _view(page)
    assert f - e > d - c


def test_zooming_in_reaches_days(page: Any, url: str) -> None:
    """Zoomed all the way in the axis spans days, with day ticks."""
    page.goto(url + "years/2024/")
    _ready(page)
    page.locator(".tl-axis-view").focus()
    for _ in range(10):
        page.keyboard.press("+")
    page.wait_for_timeout(100)
    first, last = _view(page)
    assert last - first <= 7


def test_clicking_a_mark_opens_its_card_highlighted(page: Any, url: str) -> None:
    """A mark on the home axis leads to the card on its period page, scrolled to and marked."""
    page.goto(url)
    _ready(page)
    page.locator('a.tl-mark[data-id="visit-2000"]').click()
    page.wait_for_url("**/years/2000/#visit-2000")
    _ready(page)
    card = page.locator(".tl-event.tl-target")
    assert card.locator("h2, h3").first.get_attribute("id") == "visit-2000"
    assert card.is_visible()
    assert page.locator("h2#visit-2000, h3#visit-2000").is_visible()


def test_a_mark_is_reached_by_tab_and_opened_by_enter(page: Any, url: str) -> None:
    """The axis is keyboard accessible: Tab reaches a mark, Enter follows it."""
    page.goto(url + "years/2024/")
    _ready(page)
    page.locator(".tl-axis-view").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('data-id')")
    assert focused in {"protest-2024", "summit-2024", "talks-2024"}
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/years/2024/#{focused}")
    page.locator(".tl-event.tl-target").wait_for(state="visible")


def test_a_shared_link_opens_scrolled_to_the_card_and_highlighted(page: Any, url: str) -> None:
    """Opening page#event scrolls the card into view (below the axis) and highlights it."""
    page.goto(url + "years/2024/#talks-2024")
    _ready(page)
    card = page.locator(".tl-event.tl-target")
    assert card.locator("h3").get_attribute("id") == "talks-2024"
    box = card.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    style = card.evaluate("el => getComputedStyle(el).boxShadow")
    assert style != "none"


def test_copy_link_copies_the_cards_stable_address(browser: Any, url: str) -> None:
    """The copy button puts page#id on the clipboard, without filters or the embed flag."""
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    page = context.new_page()
    page.goto(url + "years/2024/?tag=visit")
    _ready(page)
    button = page.get_by_role("button", name="Copy link: Talks in the autumn")
    button.click()
    page.wait_for_function("document.querySelector('button.tl-copied') !== null")
    assert page.evaluate("navigator.clipboard.readText()") == url + "years/2024/#talks-2024"
    context.close()


def test_the_card_shows_its_image_lazily_with_alt_caption_and_credit(page: Any, url: str) -> None:
    """The event's image is a lazy figure with its alt text; a hostile caption stays text."""
    page.goto(url + "years/2024/")
    figure = page.locator("figure.tl-media")
    image = figure.locator("img")
    assert image.get_attribute("alt") == "A square standing in for a photo of the summit"
    assert image.get_attribute("loading") == "lazy"
    image.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('figure.tl-media img').naturalWidth > 0")
    assert figure.locator("figcaption").inner_text() == f"Caption {HOSTILE} Example Agency"
    assert page.evaluate("typeof window.__timelinePwned") == "undefined"


def test_era_headers_stand_among_the_cards(page: Any, url: str) -> None:
    """An era's header precedes its first card on the page, with the era's dates."""
    page.goto(url + "years/2024/")
    header = page.locator("p.tl-era")
    assert header.count() == 1
    assert header.inner_text() == "The summit year 2024"
    follows = header.evaluate("el => el.nextElementSibling.querySelector('.tl-title').id")
    assert follows == "protest-2024"


def test_a_tag_in_the_url_filters_cards_axis_and_links(page: Any, url: str) -> None:
    """`?tag=visit` filters this page's cards and the whole timeline's axis, says so, and
    keeps the filter on links to other periods."""
    page.goto(url + "years/2024/?tag=visit")
    _ready(page)
    assert _visible_titles(page) == ["Pact signed at the summit", "Talks in the autumn"]
    assert page.locator(".tl-urlfilter").inner_text().startswith("Only events tagged visit")
    page.get_by_role("button", name="Show everything").click()
    page.wait_for_timeout(100)
    marks = page.locator("a.tl-mark").evaluate_all("els => els.map(e => e.dataset.id)")
    assert sorted(marks) == ["summit-2024", "talks-2024", "visit-2000"]
    pager = page.locator(".tl-pager a").first
    assert pager.get_attribute("href").endswith("?tag=visit")
    page.locator('a.tl-mark[data-id="visit-2000"]').click()
    page.wait_for_url("**/years/2000/?tag=visit#visit-2000")
    page.locator(".tl-urlfilter-clear").click()
    page.wait_for_url(re.compile(r".*/years/2000/$"))
    assert not page.locator(".tl-urlfilter").is_visible()


def test_pressing_a_chip_puts_the_tag_in_the_url(page: Any, url: str) -> None:
    """The page's tag chips and the URL agree, so a filtered view can be shared."""
    page.goto(url + "years/2024/")
    _ready(page)
    page.locator(".tl-filter").get_by_role("button", name="protest (1)").click()
    assert page.url.endswith("/years/2024/?tag=protest")
    assert _visible_titles(page) == ["Rally outside the embassy"]


def test_a_source_in_the_url_filters_across_the_timeline(page: Any, url: str) -> None:
    """`?source=gazette` keeps the events that cite that source, on the page and the axis."""
    page.goto(url + "?source=gazette")
    _ready(page)
    marks = page.locator("a.tl-mark").evaluate_all("els => els.map(e => e.dataset.id)")
    assert sorted(marks) == ["protest-2024", "summit-2024"]
    assert "Example Gazette" in page.locator(".tl-urlfilter").inner_text()


def test_the_source_picker_filters_cards_axis_and_url(page: Any, url: str) -> None:
    """A period page's source picker is a labelled select: choosing a source by keyboard
    filters the cards and the axis and puts `?source=` in the URL; "All sources" clears it."""
    page.goto(url + "years/2024/")
    _ready(page)
    picker = page.get_by_label("Filter by source")
    assert picker.is_visible()
    options = picker.locator("option").all_inner_texts()
    assert options == [
        "All sources",
        "Example Gazette (2)",
        "Example Radio (1)",
        "Example Wire (1)",
    ]
    picker.focus()
    picker.select_option("wire")
    assert page.url.endswith("/years/2024/?source=wire")
    assert _visible_titles(page) == ["Pact signed at the summit"]
    marks = page.locator("a.tl-mark").evaluate_all("els => els.map(e => e.dataset.id)")
    assert marks == ["summit-2024"]
    assert "Example Wire" in page.locator(".tl-urlfilter").inner_text()
    picker.select_option("")
    assert page.url.endswith("/years/2024/")
    assert len(_visible_titles(page)) == 3


def test_the_sources_page_links_each_source_to_the_filtered_timeline(page: Any, url: str) -> None:
    """Each cited source links to the whole timeline filtered to its events."""
    page.goto(url + "sources/")
    page.get_by_role("link", name="Its events on the timeline").nth(1).click()
    page.wait_for_url("**/?source=radio")
    _ready(page)
    marks = page.locator("a.tl-mark").evaluate_all("els => els.map(e => e.dataset.id)")
    assert marks == ["summit-2024"]


def test_the_axis_asks_no_other_host_for_anything(page: Any, url: str) -> None:
    """No CDN, web font or library from elsewhere: every request the home and a period page
    make while their axes draw, zoom and load, goes to the site itself."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(url)
    _ready(page)
    page.locator(".tl-axis-button[data-zoom='in']").first.click()
    page.goto(url + "years/2024/?tag=visit")
    _ready(page)
    assert page.locator("a.tl-mark").count() > 0
    elsewhere = [a for a in asked if not a.startswith(url)]
    assert asked and not elsewhere, elsewhere


def test_the_embed_view_has_no_navigation_chrome(page: Any, url: str) -> None:
    """`?embed=1` shows the timeline without header, tabs, sidebars or footer."""
    page.goto(url + "?embed=1")
    _ready(page)
    assert page.locator(".tl-timeaxis").is_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    link = page.locator(".tl-periods a").first.get_attribute("href")
    assert link.endswith("?embed=1")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axis_marks_stand_out_in_light_and_dark_mode(browser: Any, url: str, scheme: str) -> None:
    """Marks reach WCAG's 3:1 contrast for graphics against the axis on both schemes."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    _ready(page)
    fill, background = page.evaluate(
        """() => [getComputedStyle(document.querySelector('.tl-w1 .tl-mark-shape')).fill,
                  getComputedStyle(document.querySelector('.tl-timeaxis')).backgroundColor]"""
    )
    rgb = re.compile(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)")
    fg = tuple(float(v) for v in rgb.match(fill).groups())  # type: ignore[union-attr]
    bg = tuple(float(v) for v in rgb.match(background).groups())  # type: ignore[union-attr]
    light, dark = sorted([_luminance(fg), _luminance(bg)], reverse=True)  # type: ignore[arg-type]
    assert (light + 0.05) / (dark + 0.05) >= 3.0
    context.close()


def test_the_axis_fits_a_phone(browser: Any, url: str) -> None:
    """At a phone's width the axis fits the screen and the page does not scroll sideways."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True)
    page = context.new_page()
    page.goto(url + "years/2024/")
    _ready(page)
    box = page.locator(".tl-axis-svg").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 360
    page.locator('a.tl-mark[data-id="summit-2024"]').tap()
    page.wait_for_url("**/years/2024/#summit-2024")
    context.close()


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The project built with Material's instant navigation (pages swapped without reload)."""
    project = make_axis_project(tmp_path_factory.mktemp("axis-instant"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("font: false", "font: false\n  features: [navigation.instant]"))
    result = run_mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with _served(project / "site") as base:
        yield base


def test_the_axis_is_drawn_after_instant_navigation(page: Any, instant_url: str) -> None:
    """A period page reached through Material's instant navigation gets its own axis."""
    page.goto(instant_url)
    _ready(page)
    page.locator(".tl-periods").get_by_role("link", name="2024", exact=True).click()
    page.wait_for_url("**/years/2024/")
    page.wait_for_function(
        "document.querySelector('.tl-axis-view') &&"
        " document.querySelector('.tl-axis-view').dataset.view === '19723 20089'"
    )
    assert page.locator("a.tl-mark").count() >= 3


BIG_EVENTS = 6_000
"""More than `AXIS_INLINE`: the axis data of this timeline comes in parts."""


@pytest.fixture(scope="module")
def big_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `mkdocs build --strict` of a timeline too big for one axis data file."""
    project = tmp_path_factory.mktemp("big-axis") / "project"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    lines = ["title: Big timeline", "sources:"]
    lines += ["  - id: s0", "    outlet: Even Gazette", "  - id: s1", "    outlet: Odd Wire"]
    lines.append("events:")
    for i in range(BIG_EVENTS):
        date = f"{1900 + i % 120}-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        tag = ("war", "peace", "trade")[i % 3]
        lines += [
            f"  - id: e{i}",
            f"    date: {date}",
            f"    title: Event {i}",
            f"    tags: [{tag}]",
            f"    sources: [s{i // 120 % 2}]",  # both sources in every year
        ]
    (project / "events.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / "assets" / "timeline-axis" / "4.js").exists()
    with _served(project / "site") as base:
        yield base


def _parts_loaded(page: Any) -> list[str]:
    return sorted(page.evaluate("Object.keys(window.timelineAxisParts || {})"))


def test_a_big_timeline_s_home_axis_draws_its_histogram_without_loading_parts(
    page: Any, big_url: str
) -> None:
    """The home view holds every event: bars from the histogram, no part loaded."""
    page.goto(big_url)
    _ready(page)
    view = page.locator(".tl-axis-view")
    assert view.get_attribute("data-count") == str(BIG_EVENTS)
    assert page.locator("rect.tl-density").count() > 10
    assert _parts_loaded(page) == []


def test_a_big_timeline_s_period_axis_loads_only_the_parts_it_shows(
    page: Any, big_url: str
) -> None:
    """A year page's axis loads the part(s) of its year and draws every card's mark."""
    page.goto(big_url + "years/1950/")
    _ready(page)
    page.wait_for_selector("a.tl-mark")
    cards = page.locator(".tl-event .tl-title").evaluate_all("els => els.map(e => e.id)")
    marks = page.locator("a.tl-mark").evaluate_all("els => els.map(e => e.dataset.id)")
    assert len(cards) == BIG_EVENTS // 120 and set(cards) <= set(marks)
    assert 1 <= len(_parts_loaded(page)) <= 2


def test_a_filter_on_a_big_timeline_counts_only_its_events(page: Any, big_url: str) -> None:
    """With `?tag=`, the home axis loads the parts and counts the tagged events alone."""
    page.goto(big_url + "?tag=war")
    _ready(page)
    page.wait_for_function(
        f"document.querySelector('.tl-axis-view').dataset.count === '{BIG_EVENTS // 3}'"
    )
    assert _parts_loaded(page) == ["0", "1", "2"]


def test_a_big_timeline_loads_its_sources_only_for_a_source_filter(page: Any, big_url: str) -> None:
    """The home page and a period page's source picker (named from the page's cards) load
    no sources file; `?source=` loads it, counts that source's events on the whole axis and
    names the source in the filter note."""
    page.goto(big_url + "years/1950/")
    _ready(page)
    options = page.get_by_label("Filter by source").locator("option").all_inner_texts()
    assert options == ["All sources", "Even Gazette (25)", "Odd Wire (25)"]
    assert page.evaluate("window.timelineAxisSources === undefined")
    page.goto(big_url + "?source=s1")
    _ready(page)
    page.wait_for_function(
        f"document.querySelector('.tl-axis-view').dataset.count === '{BIG_EVENTS // 2}'"
    )
    assert "Odd Wire" in page.locator(".tl-urlfilter").inner_text()
    assert page.evaluate("window.timelineAxisSources.length") == 2
