"""The generator across languages and scripts: localised words and dates, Unicode tag slugs,
bidi-safe text, the overview chart, the tag filter and the optional edit page."""

from __future__ import annotations

import re

import pytest

from timeline.errors import Problem
from timeline.generate import nav_entries, problem_page, render_pages, slug, tag_paths
from timeline.generate._locale import locale_for
from timeline.model import Citation, Event, PartialDate, Source, Timeline


def event(eid: str, date: str, title: str = "An event", **kw: object) -> Event:
    return Event(id=eid, date=PartialDate.parse(date), title=title, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "date", "expected"),
    [
        ("en", "2024-06-19", "June 19, 2024"),
        ("es", "2024-06-19", "19 de junio de 2024"),
        ("fr", "2024-06-19", "19 juin 2024"),
        ("fr", "2024-06-01", "1er juin 2024"),
        ("de", "2024-06-19", "19. Juni 2024"),
        ("it", "2024-06-19", "19 giugno 2024"),
        ("pt", "2024-06-19", "19 de junho de 2024"),
        ("es", "2024-03", "marzo de 2024"),
        ("de", "2024-03", "März 2024"),
        ("pt-BR", "1961-12", "dezembro de 1961"),
        ("de", "1961", "1961"),
        ("ja", "2024-06-19", "June 19, 2024"),
    ],
)
def test_dates_are_written_in_the_site_language(language: str, date: str, expected: str) -> None:
    """Month names and day-month-year order follow the language; unknown ones use English."""
    assert locale_for(language).date(PartialDate.parse(date)) == expected


def _tl(*events: Event, sources: tuple[Source, ...] = ()) -> Timeline:
    return Timeline(title="T", sources=sources, events=events)


def test_spanish_site_speaks_spanish_on_every_generated_page() -> None:
    """With `es`, headings, counts, labels and dates are Spanish, and no English is left."""
    tl = _tl(
        event("a", "2024-06-19", tags=("visita",)),
        event("b", "1961", tags=("tratado",)),
        event("c", "1965", tags=("tratado",)),
    )
    pages = render_pages(tl, language="es")
    home = pages["index.md"]
    expected = ["## Panorama", "## Períodos", "## Etiquetas", "## Últimos eventos", "3 eventos del",
                "19 de junio de 2024", "Todas las etiquetas", "Años 1960"]  # fmt: skip
    for text in expected:
        assert text in home, text
    visible = re.sub(r'href="[^"]*"', "", home)
    for english in ["Periods", "Latest events", "June", "events from", "All tags", "1960s"]:
        assert english not in visible, english
    assert pages["tags/index.md"].startswith("# Etiquetas")
    assert 'title: "Etiqueta: visita"' in pages["tags/visita.md"]
    assert pages["sources.md"].startswith("# Fuentes")
    labels = [next(iter(entry)) for entry in nav_entries(tl, language="es")]
    assert labels == ["Inicio", "Cronología", "Etiquetas", "Fuentes", "Cómo editar"]


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("Cold War", "cold-war"),
        ("ÁÉÍ", "aei"),
        ("Élysée Palace", "elysee-palace"),
        ("Straße", "straße"),
        ("روسيا", "روسيا"),
        ("Россия", "россия"),
        ("中国 外交", "中国-外交"),
        ("हिंदी", "हिंदी"),
        ("  --North/South--  ", "north-south"),
    ],
)
def test_tag_slugs_keep_letters_of_any_script(tag: str, expected: str) -> None:
    """Letters of every script are kept and lowercased; Latin accents are dropped."""
    assert slug(tag) == expected


def test_tag_without_letters_gets_a_hash_of_its_text() -> None:
    """An emoji-only tag gets a short hash derived from the tag itself, the same every time."""
    assert re.fullmatch(r"tag-[0-9a-f]{8}", slug("😀"))
    assert slug("😀") == slug("😀") != slug("🎉")


def test_tag_urls_do_not_change_when_tags_are_added() -> None:
    """Adding tags (even ones that sort first) leaves every existing tag's page where it was."""
    before = tag_paths(["ÁÉÍ", "روسيا", "😀", "visit"])
    after = tag_paths(["ÁÉÍ", "روسيا", "😀", "visit", "🎉", "آسيا", "Abc", "0"])
    assert {t: after[t] for t in before} == before
    assert before["روسيا"] == "tags/روسيا.md"


def test_unicode_tag_links_are_percent_encoded_urls() -> None:
    """A chip for an Arabic tag links to its page with the path percent-encoded."""
    pages = render_pages(_tl(event("a", "2024-06-19", tags=("روسيا",))))
    assert "tags/روسيا.md" in pages
    assert 'href="../../tags/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7/"' in pages["years/2024.md"]


SPOOFS = [
    "\u202etxt.exe",
    "a\u202ab\u202cc",
    "\u2066isolated\u2069",
    "bell\x07and\x1bescape",
    "c1\x85\x9b",
]


@pytest.mark.parametrize("text", SPOOFS)
def test_bidi_overrides_and_control_characters_never_reach_the_page(text: str) -> None:
    """Bidi override/embedding/isolate controls and C0/C1 controls are stripped from all text."""
    source = Source(id="s", outlet=text, title=text, url="https://example.org/" + text)
    ev = event("a", "2024-06-19", text, text=text, tags=(text,),
               sources=(Citation("s", text),))  # fmt: skip
    tl = Timeline(title=text, description=text, sources=(source,), events=(ev,))
    for path, page in render_pages(tl).items():
        bad = re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", page)
        assert bad == [], path


def test_text_elements_take_their_direction_from_their_content() -> None:
    """Titles, text and quotes carry `dir="auto"`, tags are isolated, quotes get a `lang`."""
    sources = (
        Source(id="ar", outlet="صحيفة", language="ar"),
        Source(id="bad", outlet="X", language='en" onload="x'),
    )
    quotes = (Citation("ar", "اقتباس من المقال"), Citation("bad", "A quote"))
    ev = event("a", "2024", "قمة في العاصمة", text="نص الحدث", tags=("روسيا",), sources=quotes)
    page = render_pages(_tl(ev, sources=sources))["years/2024.md"]
    assert '<h2 class="tl-title" id="a" dir="auto">قمة في العاصمة' in page
    assert '<p dir="auto">نص الحدث</p>' in page
    assert re.search(r'<a class="tl-tag" href="[^"]+" dir="auto">روسيا</a>', page)
    assert '<q class="tl-quote" dir="auto" lang="ar">اقتباس من المقال</q>' in page
    assert '<q class="tl-quote" dir="auto">A quote</q>' in page


def test_home_page_overview_chart_links_each_bar_to_its_period() -> None:
    """The overview is an inline SVG with a labelled, linked bar per year that has events."""
    tl = _tl(event("a", "2020-01-02"), event("b", "2020-05"), event("c", "2023"))
    home = render_pages(tl, grouping="year")["index.md"]
    assert '<svg viewBox="0 0 600 120" role="img" aria-labelledby="tl-overview-title"' in home
    assert '<title id="tl-overview-title">Events per year</title>' in home
    bars = re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"><rect class="tl-bar"', home)
    assert bars == [("years/2020/", "2020: 2 events"), ("years/2023/", "2023: 1 event")]
    assert "<script" not in home


@pytest.mark.parametrize(
    ("years", "title", "first_label"),
    [
        ((1900, 2024), "Events per decade", "1900s: 1 event"),
        ((1200, 2024), "Events per century", "1200–1299: 1 event"),
    ],
)
def test_overview_chart_counts_decades_or_centuries_for_long_spans(
    years: tuple[int, int], title: str, first_label: str
) -> None:
    """A long timeline is charted by decade, a very long one by century, so bars stay wide."""
    tl = _tl(*(event(f"e{y}", str(y)) for y in years))
    home = render_pages(tl)["index.md"]
    assert f">{title}</title>" in home
    assert f'aria-label="{first_label}"' in home


def test_empty_timeline_has_no_chart() -> None:
    """Without events there is nothing to chart."""
    assert "<svg" not in render_pages(Timeline(title="T"))["index.md"]


def test_period_page_has_a_hidden_tag_filter_and_tagged_cards() -> None:
    """The filter bar lists the page's tags by frequency; cards carry their tag keys."""
    tl = _tl(
        event("a", "2024-01-02", tags=("Élysée", "visit")),
        event("b", "2024-02-03", tags=("visit",)),
        event("c", "2024-03-04"),
    )
    page = render_pages(tl)["years/2024.md"]
    assert '<div class="tl-filter" role="group" aria-label="Filter by tag" hidden>' in page
    chips = re.findall(r'<button type="button" class="tl-chip" data-tag="([^"]*)"', page)
    assert chips == ["", "visit", "elysee"]
    assert re.findall(r'<div class="tl-event"( data-tags="[^"]*")?>', page) == [
        ' data-tags="elysee visit"',
        ' data-tags="visit"',
        "",
    ]


def test_page_with_a_single_tag_has_no_filter() -> None:
    """A filter with one choice does nothing useful, so it is left out."""
    tl = _tl(event("a", "2024-01-02", tags=("visit",)), event("b", "2024-02-03", tags=("visit",)))
    assert "tl-filter" not in render_pages(tl)["years/2024.md"]


def test_edit_page_can_be_left_out() -> None:
    """`edit=False` drops the "How to edit" page and its nav entry."""
    tl = _tl(event("a", "2024"))
    assert "edit.md" not in render_pages(tl, edit=False)
    assert all("edit.md" not in str(entry) for entry in nav_entries(tl, edit=False))


def test_problem_page_lists_escaped_located_problems() -> None:
    """The serve-time error page shows every problem as text, markup included."""
    problems = [Problem("events.yaml", 3, 5, "title: got '<script>x</script>'")]
    page = problem_page(problems, "events.yaml")
    assert "<code>events.yaml:3:5: title: got '&lt;script&gt;x&lt;/script&gt;'</code>" in page
    assert "<script>" not in page
