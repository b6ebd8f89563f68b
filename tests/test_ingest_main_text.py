"""Main text only, for every input type: time stamps, comment sections, and the metadata
other tools write (front matter in .txt, Hugo/Jekyll keys, canonical URLs, site names)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest import NO_DATE_NOTE, plan_inputs, read_article
from timeline.ingest.cleanup import clean_text, clean_text_counted, is_stamp
from timeline.ingest.html import head_metadata
from timeline.ingest.markdown import has_front_matter

BODY = (
    "The council approved the new harbour plan on Tuesday after a long debate.\n\n"
    "Work on the northern pier is due to begin next spring, the mayor said.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "@reader42 5 novembre 2014 alle 12:51",
        "Día 09/03/2011 - 21.24h",
        "Publié le 29 août 2011 à 12h40 - Mis à jour le 29 août 2011 à 13h05",
        "JANE ROE 24/02/2011",
        "Jane Roe - Lun, 18/05/2015",
        "Viernes 25/02/2011. Actualizado 20:45h.",
        "@someone del 3 nov. ore 23.58",
    ],
)
def test_time_stamp_lines_are_stamps(line: str) -> None:
    """A comment's or byline's stamp, in any language, is recognised by its shape."""
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "The vote took place at 10:30.",
        "Prices rose by 12.50 euros.",
        "On 6 March 2011 at 15:00 the rebels attacked the port of Brega.",
        "19.00 - The ceasefire has held since 5 September, but hundreds have died since.",
        "Inflation rose 3.5% in 2011",
    ],
)
def test_sentences_with_times_are_not_stamps(line: str) -> None:
    """A sentence that mentions a time or a decimal number is article text."""
    assert not is_stamp(line)


def test_stamp_lines_are_dropped_and_counted() -> None:
    """A byline stamp above the body goes; the body stays; the count says so."""
    raw = "Harbour plan approved\n\nPublished 12/03/2024 at 10:42\n\n" + BODY
    text, title, dropped = clean_text_counted(raw)
    assert "10:42" not in text
    assert text.startswith("The council approved")
    assert title == "Harbour plan approved"
    assert dropped["stamps"] == 1


def test_a_run_of_comment_stamps_ends_the_article() -> None:
    """Three or more stamp lines with a date and a time after the body are reader comments:
    everything from the first one on is left out."""
    comments = "".join(
        f"@reader{i} {10 + i} marzo 2024 alle 1{i}:05\n\nI was there on {10 + i} March.\n\n"
        for i in range(3)
    )
    text, _ = clean_text(BODY + comments)
    assert "reader" not in text and "I was there" not in text
    assert "northern pier" in text


def test_two_stamps_are_not_a_comment_section() -> None:
    """Fewer stamps than a comment section: only the stamp lines go."""
    raw = (
        BODY
        + "Updated 12/03/2024 at 11:00\n\n"
        + "The harbour plan now goes to the regional assembly, which votes on it in May.\n\n"
    )
    text, _ = clean_text(raw)
    assert "goes to the region" in text
    assert "11:00" not in text


def test_live_blog_entries_stamped_with_a_clock_time_stay() -> None:
    """Entries that start with a clock time and run on as sentences are the article."""
    raw = BODY + "".join(
        f"1{i}.05 - The council resumed its debate on the harbour plan for the {i}th time.\n\n"
        for i in range(4)
    )
    text, _ = clean_text(raw)
    assert text.count("resumed its debate") == 4


def test_txt_front_matter_gives_the_metadata(tmp_path: Path) -> None:
    """A .txt file may open with YAML front matter too; it is not part of the text."""
    path = tmp_path / "a.txt"
    path.write_text(
        "---\npublished: 2024-03-12\noutlet: Harbour Times\nlang: en\n---\n" + BODY,
        encoding="utf-8",
    )
    article = read_article(str(path))
    assert article.published == dt.date(2024, 3, 12)
    assert article.outlet == "Harbour Times"
    assert "published" not in article.text
    assert article.text.startswith("The council approved")


def test_txt_starting_with_a_rule_has_no_front_matter(tmp_path: Path) -> None:
    """A text that only opens with a line of dashes is read as text, not refused as YAML."""
    rule = "---\nThe port council approved the budget: ten million.\n---\n"
    assert not has_front_matter(rule + BODY)
    assert has_front_matter("---\npublished: 2024-03-12\n---\n" + BODY)
    path = tmp_path / "a.txt"
    path.write_text(rule + BODY, encoding="utf-8")
    assert "northern pier" in read_article(str(path)).text


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_hugo_and_jekyll_keys_are_read(tmp_path: Path, suffix: str) -> None:
    """`date:` (with a time) is the publication date, `source` or `site_name` the outlet."""
    path = tmp_path / f"a{suffix}"
    path.write_text(
        "---\ndate: 2024-03-12T10:42:00+01:00\nsite_name: Harbour Times\n---\n" + BODY,
        encoding="utf-8",
    )
    article = read_article(str(path))
    assert article.published == dt.date(2024, 3, 12)
    assert article.outlet == "Harbour Times"
    path.write_text("---\ndate: 2024-03-12\nsource: Port Gazette\n---\n" + BODY, "utf-8")
    assert read_article(str(path)).outlet == "Port Gazette"


def test_our_own_keys_win_over_other_tools_keys(tmp_path: Path) -> None:
    """`published` beats `date`, `outlet` beats `site_name`."""
    path = tmp_path / "a.md"
    path.write_text(
        "---\ndate: 2020-01-01\npublished: 2024-03-12\nsite_name: X\noutlet: Y\n---\n" + BODY,
        encoding="utf-8",
    )
    article = read_article(str(path))
    assert (article.published, article.outlet) == (dt.date(2024, 3, 12), "Y")


def test_another_tools_unreadable_date_is_a_note_not_an_error(tmp_path: Path) -> None:
    """A `date:` that is no day (a Hugo template value) is ignored with a note."""
    path = tmp_path / "a.md"
    path.write_text("---\ndate: '{{ .Date }}'\n---\n" + BODY, encoding="utf-8")
    article = read_article(str(path))
    assert article.published is None
    assert any("date:" in note and "ignored" in note for note in article.notes)


def test_a_file_without_a_date_says_how_to_give_one(tmp_path: Path) -> None:
    """The note names the fix: a `published:` line or a manifest entry."""
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    assert read_article(str(path)).notes == (NO_DATE_NOTE,)
    assert "published: YYYY-MM-DD" in NO_DATE_NOTE and "--manifest" in NO_DATE_NOTE


def test_html_head_gives_canonical_url_and_site_name() -> None:
    """`<link rel=canonical>` beats `og:url`; `og:site_name` beats the title's suffix."""
    page = (
        "<html><head><title>Plan approved | Harbour Times</title>"
        '<meta property="og:url" content="https://example.org/og">'
        '<link rel="canonical" href="https://example.org/a?x=1&amp;y=2">'
        '<meta property="og:site_name" content="The Harbour Times"></head></html>'
    )
    assert head_metadata(page) == {
        "url": "https://example.org/a?x=1&y=2",
        "outlet": "The Harbour Times",
    }


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Plan approved – Harbour Times", "Harbour Times"),
        ("Plan approved | Harbour Times", "Harbour Times"),
        ("Harbour - plans advance", None),  # lower case: part of the headline
        ("Plan approved", None),
    ],
)
def test_html_title_suffix_names_the_outlet(title: str, outlet: str | None) -> None:
    """Without `og:site_name`, a short capitalised suffix after a separator is the outlet."""
    assert head_metadata(f"<title>{title}</title>").get("outlet") == outlet


def test_a_relative_canonical_link_is_not_a_source_url() -> None:
    """Only an absolute http(s) address can stand for the article elsewhere."""
    page = '<link rel="canonical" href="/a"><meta property="og:url" content="https://e.org/b">'
    assert head_metadata(page) == {"url": "https://e.org/b"}


def test_a_manifest_inside_the_folder_is_not_a_skipped_file(tmp_path: Path) -> None:
    """The manifest beside the articles is the run's own file, not an unread input."""
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "published.yaml").write_text("a.txt:\n  published: 2024-03-12\n", "utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    plan = plan_inputs([str(tmp_path)], manifest=str(tmp_path / "published.yaml"))
    assert plan.skipped == {".png": 1}
    assert plan_inputs([str(tmp_path)]).skipped == {".png": 1, ".yaml": 1}


@pytest.mark.parametrize(
    "line",
    [
        "var x = {a: 1, b: [2, 3]}; window.dataLayer.push(x);",
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}',
        ".article-body p { margin: 0 0 1em; color: rgba(0,0,0,.8); }",
    ],
)
def test_script_json_and_css_text_is_furniture(line: str) -> None:
    """Code a scraper kept never reaches the article text."""
    assert clean_text(BODY + line + "\n\n" + BODY.replace("council", "board"))[0].count("{") == 0


@pytest.mark.parametrize(
    "line",
    [
        "Acepta las cookies y suscríbete para seguir leyendo.",
        "Abonnez-vous à notre newsletter",
        "Iscriviti alla newsletter",
        "Assine a newsletter",
    ],
)
def test_notices_in_other_languages_are_furniture(line: str) -> None:
    """Cookie, newsletter and subscription calls are known by each language's words."""
    text, _ = clean_text(BODY + line + "\n\n" + BODY.replace("council", "board"))
    assert line not in text and "board approved" in text


def test_prose_with_brackets_is_not_code() -> None:
    """Parentheses and semicolons in a sentence are prose."""
    line = "The index fell (to 3,400) on Monday; the lowest level since [2009], traders said."
    assert line in clean_text(BODY + line + "\n\n")[0]


def test_reference_list_notes_are_furniture() -> None:
    """A numbered note citing a work and its date is no article text."""
    note = '[20] "Harbours of the North", by Jane Roe, Port Review, 3 February 2014.'
    text, _ = clean_text(BODY + note + "\n\n" + BODY.replace("council", "board"))
    assert note not in text and "board approved" in text
