"""Specifications of narratives (issue 9 §1): in a story told on its own time line, partial and
relative expressions count from the date the story established last, not from the
publication date; where a text narrates is decided per paragraph from general signals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from timeline.dates import find_dates

READ = dt.date(2024, 6, 20)  # the day the page was read or published


def story(
    name: str, text: str, *expected: tuple[str, str], mode: str = "narrative", lang: str = "en"
) -> Any:
    """A text whose dates, in order, are exactly `expected` (substring, value)."""
    return pytest.param(text, mode, lang, expected, id=f"{lang}-{mode}-{name}")


# fmt: off
STORIES = [
    story("month-after-year", "The war began in 1950. In April, the front held.",
          ("1950", "1950"), ("April", "1950-04")),
    story("day-month-takes-the-focus-year", "In June 1950 the North invaded. On 12 May the "
          "talks had failed.", ("June 1950", "1950-06"), ("12 May", "1950-05-12")),
    story("nearest-month-moves-on", "On December 7, 1941, the fleet was attacked. In January, "
          "the allies met.", ("December 7, 1941", "1941-12-07"), ("January", "1942-01")),
    story("a-year-repeating-the-day-keeps-the-day", "The fleet was attacked on December 7, "
          "1941. Losses in 1941 were heavy. In January, the allies met.",
          ("December 7, 1941", "1941-12-07"), ("1941", "1941"), ("January", "1942-01")),
    story("a-counted-look-back-leaves-the-focus", "The treaty was signed on 4 June 1920; "
          "the previous year, talks had failed. In August, the troops left.",
          ("4 June 1920", "1920-06-04"), ("the previous year", "1919"), ("August", "1920-08")),
    story("counted-days", "On 10 June 1940, Italy declared war; twelve days later France "
          "signed an armistice.", ("10 June 1940", "1940-06-10"),
          ("twelve days later", "1940-06-22")),
    story("counted-years", "The treaty was signed in 1919. Two years later the league met.",
          ("1919", "1919"), ("Two years later", "1921")),
    story("the-following-year", "The canal opened in 1914. The following year, traffic "
          "doubled.", ("1914", "1914"), ("The following year", "1915")),
    story("the-next-day-from-a-narrated-day", "The siege began in 1683. On 12 September "
          "the relief army attacked, and the next day the city was free.", ("1683", "1683"),
          ("12 September", "1683-09-12"), ("the next day", "1683-09-13")),
    story("season", "The rebels took the capital in 1911. By the summer, the old regime "
          "had fallen.", ("1911", "1911"), ("the summer", "1911-SU")),
    story("deictic-today-keeps-the-publication-date", "The fort was built in 1750. Today it "
          "is a museum.", ("1750", "1750"), ("Today", "2024-06-20")),
    story("this-week-keeps-the-publication-date", "The port opened in 1890. This week it "
          "closed.", ("1890", "1890"), ("This week", "2024-W25")),
    story("a-weekday-keeps-the-publication-date", "The port opened in 1890. It closed on "
          "Tuesday, the council said.", ("1890", "1890"), ("Tuesday", "2024-06-18")),
    story("a-span-of-years-is-no-focus", "In 1995 the town counted again; the census of "
          "1982-1990 had shown growth. In March, the results came.", ("1995", "1995"),
          ("1982-1990", "1982"), ("March", "1995-03")),
    story("french", "La guerre éclata en 1870. Le 2 septembre, l'empereur capitula.",
          ("1870", "1870"), ("2 septembre", "1870-09-02"), lang="fr"),
    story("spanish", "La guerra empezó en 1936. En noviembre, Madrid resistió. Al día "
          "siguiente del 8 de noviembre llegaron refuerzos.", ("1936", "1936"),
          ("noviembre", "1936-11"), ("8 de noviembre", "1936-11-08"), lang="es"),
    story("german", "Der Krieg begann 1914. Im August rückten die Truppen vor.",
          ("1914", "1914"), ("August", "1914-08"), lang="de"),
    # auto: a history text narrates, a news text reports
    story("auto-history", "The empire fell in 1453. Its navy had been lost in 1430. In May, "
          "the walls were breached.", ("1453", "1453"), ("1430", "1430"),
          ("May", "1430-05"), mode="auto"),
    story("auto-news", "Ministers met on Tuesday and said talks would resume in July.",
          ("Tuesday", "2024-06-18"), ("July", "2024-07"), mode="auto"),
    story("auto-news-with-one-old-date", "The minister, in office since 2009, said on Monday "
          "that the vote would be held in July.", ("2009", "2009"), ("Monday", "2024-06-17"),
          ("July", "2024-07"), mode="auto"),
    story("auto-reporting-paragraph-in-a-story", "The bridge was built in 1890 and rebuilt in "
          "1932. In May, it was closed.\n\nThe mayor said yesterday that it reopens in "
          "September.", ("1890", "1890"), ("1932", "1932"), ("May", "1932-05"),
          ("yesterday", "2024-06-19"), ("September", "2024-09"), mode="auto"),
    story("auto-chronology", "The year 2019 in review\n\n12 May: the strike began.\n3 June: "
          "talks failed.\n20 July: a deal was signed.", ("2019", "2019"),
          ("12 May", "2019-05-12"), ("3 June", "2019-06-03"), ("20 July", "2019-07-20"),
          mode="auto"),
    # news: the publication date, as before
    story("news-mode", "The war began in 1950. In April, the front held.", ("1950", "1950"),
          ("April", "2024-04"), mode="news"),
]
# fmt: on


@pytest.mark.parametrize(("text", "mode", "lang", "expected"), STORIES)
def test_stories_resolve_against_their_own_time_line(
    text: str, mode: Any, lang: str, expected: tuple[tuple[str, str], ...]
) -> None:
    """Each text's dates, in order, have the stated values in the stated mode."""
    found = [(m.text, m.value) for m in find_dates(text, READ, (lang,), mode=mode)]
    assert found == list(expected)


def test_a_story_needs_no_publication_date() -> None:
    """Without a reference, "narrative" still resolves partial dates from the story's dates;
    "auto" then keeps to absolute dates, as news always did."""
    text = "The war began in 1950. In April, the front held."
    narrated = find_dates(text, None, mode="narrative")
    assert [(m.text, m.value) for m in narrated] == [("1950", "1950"), ("April", "1950-04")]
    assert [m.text for m in find_dates(text, None)] == ["1950"]


def test_an_unknown_mode_is_refused() -> None:
    """A mode other than auto, news or narrative is a ValueError naming the choices."""
    with pytest.raises(ValueError, match="narrative"):
        find_dates("In April.", READ, mode="story")  # type: ignore[arg-type]
