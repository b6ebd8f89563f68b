"""Reading articles from text, Markdown, HTML, folders and URLs, with their metadata."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.errors import TimelineError, ValidationFailed
from timeline.ingest import NO_DATE_NOTE, date_from_path, iter_articles, read_article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
D = dt.date


# --- files ------------------------------------------------------------------------------------


def test_markdown_front_matter_gives_the_metadata() -> None:
    """Front matter fields fill the article; Markdown markup is removed from the text."""
    article = read_article(str(FIXTURES / "md" / "orchard-notes.md"))
    assert article.id == "orchard-notes"
    assert article.title == "The orchard survey"
    assert article.published == D(2018, 10, 2)
    assert article.outlet == "Field Notes"
    assert article.url == "https://fieldnotes.example/orchard-survey"
    assert article.notes == ()
    assert "**" not in article.text and "](" not in article.text
    assert article.text.startswith("The county finished its survey of old orchards on Tuesday,")


def test_markdown_front_matter_language_is_used() -> None:
    """`lang` in front matter is the article's language."""
    article = read_article(str(FIXTURES / "md" / "vendange-fr.md"))
    assert article.language == "fr"


def test_bad_front_matter_is_a_located_problem(tmp_path: Path) -> None:
    """An impossible date in front matter is reported with the file and its line."""
    page = tmp_path / "bad.md"
    page.write_text("---\ntitle: X\npublished: 2024-02-30\n---\nSome text here.\n", "utf-8")
    with pytest.raises(ValidationFailed) as info:
        read_article(str(page))
    assert str(info.value.problems[0]).startswith(f"{page}:3:1: front matter: published:")


def test_html_page_gives_text_and_metadata() -> None:
    """trafilatura finds the body, htmldate the original (not the updated) date."""
    article = read_article(str(FIXTURES / "html" / "library-fire.html"))
    assert article.title == "Library reopens a year after the fire"
    assert article.published == D(2020, 9, 8)
    assert article.language == "en"
    assert article.outlet == "Valley Courier"
    assert article.text.startswith("The town library opened its doors again on Monday")
    assert "People kept bringing us boxes" in article.text
    for furniture in ("Subscribe", "Share this", "Related", "swimming pool", "newsletter", "©"):
        assert furniture not in article.text


def test_html_dates_do_not_depend_on_the_clock(tmp_path: Path) -> None:
    """A page dated far in the future keeps its date: nothing compares it with today."""
    page = tmp_path / "future.html"
    page.write_text(
        '<html lang="en"><head><meta property="article:published_time" content="2090-05-01">'
        "</head><body><article><h1>Colony ship launches</h1><p>The first colony ship left "
        "orbit on Monday with four hundred passengers aboard, the agency said.</p></article>"
        "</body></html>",
        "utf-8",
    )
    assert read_article(str(page)).published == D(2090, 5, 1)


def test_html_declared_charset_and_detected_language() -> None:
    """A windows-1252 page decodes by its meta charset; Spanish is detected from the text."""
    article = read_article(str(FIXTURES / "html" / "mercado-es.html"))
    assert "cerrará" in article.text and "según" in article.text
    assert article.language == "es"
    assert article.published is None
    assert article.notes == (NO_DATE_NOTE,)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("latin.txt", b"Caf\xe9 opens.", "latin.txt:1:4: not valid UTF-8 (byte 0xe9 at offset 3)"),
        ("report.pdf", b"%PDF", "report.pdf: unsupported file type '.pdf'"),
    ],
)
def test_unreadable_files_fail_with_one_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    """Bad input is one line that names the file, not a traceback."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TimelineError) as info:
        read_article(str(path))
    assert str(info.value).startswith(str(tmp_path / message))
    assert "\n" not in str(info.value)


def test_missing_input_is_named(tmp_path: Path) -> None:
    """A path that does not exist is reported as such."""
    with pytest.raises(TimelineError, match=r"nowhere\.txt: no such file or folder"):
        list(iter_articles([str(tmp_path / "nowhere.txt")]))


def test_folders_are_read_recursively_sorted_skipping_hidden_and_other_files(
    tmp_path: Path,
) -> None:
    """Only supported, visible files are read, in sorted path order, ids unique."""
    body = "The committee met on Monday and agreed the plan after a long debate.\n"
    for rel in (
        "b/story.txt",
        "a/story.md",
        "a/z.html",
        ".hidden/x.txt",
        "a/.draft.txt",
        "a/notes.docx",
        "c/story.txt",
    ):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body if not rel.endswith(".html") else f"<p>{body}</p>", "utf-8")
    articles = list(iter_articles([str(tmp_path)]))
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in articles] == [
        "a/story.md",
        "a/z.html",
        "b/story.txt",
        "c/story.txt",
    ]
    assert [a.id for a in articles] == ["story", "z", "story-2", "story-3"]


def test_a_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    """An empty folder is reported rather than silently producing nothing."""
    (tmp_path / "notes.docx").write_text("x", "utf-8")
    with pytest.raises(TimelineError, match="no articles found"):
        list(iter_articles([str(tmp_path)]))


# --- publication date and language precedence ----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("https://news.example/2024/06/19/summit-story/", D(2024, 6, 19)),
        ("articles/2011-01-26/protest.txt", D(2011, 1, 26)),
        ("archive/2011_01_26_protest.html", D(2011, 1, 26)),
        ("https://news.example/world/20190305-bridge.html", D(2019, 3, 5)),
        ("https://news.example/a?date=2020-02-29", D(2020, 2, 29)),
        ("2010-05-01/notes/2011-01-26-update.txt", D(2011, 1, 26)),
        ("https://2024.example.org/story", None),
        ("articles/2024/13/45/x.txt", None),
        ("articles/report-123456789.txt", None),
        ("articles/2024/06/story.txt", None),
    ],
)
def test_date_from_path(path: str, expected: D | None) -> None:
    """Dates written in paths and URLs are found; impossible or partial ones are not."""
    assert date_from_path(path) == expected


def _md(folder: Path, name: str, front: str = "") -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    head = f"---\n{front}---\n" if front else ""
    path.write_text(f"{head}The committee met and agreed the plan after a debate.\n", "utf-8")
    return str(path)


def test_publication_date_precedence(tmp_path: Path) -> None:
    """Manifest beats command line beats front matter beats the path; else a note."""
    dated = _md(tmp_path / "2001-01-01", "story.md", "published: 2002-02-02\n")
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text("2001-01-01/story.md: 2004-04-04\n", "utf-8")
    assert read_article(dated).published == D(2002, 2, 2)
    assert read_article(dated, published=D(2003, 3, 3)).published == D(2003, 3, 3)
    [article] = iter_articles([dated], manifest=str(manifest), published=D(2003, 3, 3))
    assert article.published == D(2004, 4, 4)
    assert read_article(_md(tmp_path / "2001-01-01", "plain.md")).published == D(2001, 1, 1)
    undated = read_article(_md(tmp_path, "undated.md"))
    assert undated.published is None
    assert undated.notes == (NO_DATE_NOTE,)


def test_language_precedence(tmp_path: Path) -> None:
    """Manifest beats command line beats front matter beats detection."""
    path = _md(tmp_path, "story.md", "lang: de\n")
    assert read_article(path).language == "de"
    assert read_article(path, language="pt-BR").language == "pt"
    assert read_article(path, meta={"lang": "it"}, language="pt").language == "it"
    assert read_article(_md(tmp_path, "plain.md")).language == "en"


def test_manifest_matches_basename_and_relative_path(tmp_path: Path) -> None:
    """Manifest keys may be a file's name or its path relative to the folder read."""
    _md(tmp_path / "in" / "x", "one.md")
    _md(tmp_path / "in" / "y", "two.md")
    manifest = tmp_path / "m.yaml"
    manifest.write_text(
        "one.md: 2020-01-01\ny/two.md: {published: 2021-02-03, title: Two, outlet: Daily}\n",
        "utf-8",
    )
    one, two = iter_articles([str(tmp_path / "in")], manifest=str(manifest))
    assert one.published == D(2020, 1, 1)
    assert (two.published, two.title, two.outlet) == (D(2021, 2, 3), "Two", "Daily")


# --- URLs --------------------------------------------------------------------------------------

UNDATED_PAGE = (
    b"<html lang='en'><head><title>Bridge opens</title></head><body><article><h1>Bridge opens"
    b"</h1><p>The new bridge over the river opened to traffic on Tuesday after four years of "
    b"work, the city said in a statement.</p><p>Cyclists were the first to cross it.</p>"
    b"</article></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes: dict[str, tuple[int, str, bytes]] = {
            "/2019/11/05/bridge-opens/": (200, "text/html; charset=utf-8", UNDATED_PAGE),
            "/news/library": (
                200,
                "text/html",
                (FIXTURES / "html" / "library-fire.html").read_bytes(),
            ),
            "/plain": (
                200,
                "text/plain; charset=utf-8",
                b"River floods\n\nThe river rose on Monday.",
            ),
            "/huge": (200, "text/html", b"<p>" + b"word " * 20_000 + b"</p>"),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4"),
        }
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/hostname")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size cap, timeout)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_pages_are_fetched_and_dated_from_the_url(server: str) -> None:
    """A page without date metadata takes the date in its URL; the id comes from the path."""
    article = read_article(f"{server}/2019/11/05/bridge-opens/")
    assert article.id == "bridge-opens"
    assert article.published == D(2019, 11, 5)
    assert article.title == "Bridge opens"
    assert article.url == f"{server}/2019/11/05/bridge-opens/"
    assert article.text.startswith("The new bridge over the river opened")


def test_url_html_metadata_wins_over_the_url(server: str) -> None:
    """A page's own publication date beats a date in its address."""
    article = read_article(f"{server}/news/library")
    assert article.published == D(2020, 9, 8)
    assert article.id == "library"


def test_plain_text_urls_are_read_as_text(server: str) -> None:
    """A text/plain response goes through the text reader."""
    article = read_article(f"{server}/plain")
    assert (article.title, article.text) == ("River floods", "The river rose on Monday.")


@pytest.mark.parametrize(
    ("path", "kwargs", "message"),
    [
        ("/missing", {}, "HTTP 404 (not found): check the address"),
        ("/huge", {"max_bytes": 10_000}, "response is larger than 10000 bytes"),
        (
            "/slow",
            {"fetch_timeout": 0.3},
            "timed out after 0.3 s; try again later or save the page",
        ),
        ("/report.pdf", {}, "unsupported content type 'application/pdf'"),
        ("/to-file", {}, "redirected to a non-web address 'file:///etc/hostname'"),
    ],
)
def test_url_failures_are_one_line(
    server: str, path: str, kwargs: dict[str, float], message: str
) -> None:
    """HTTP errors, oversize or non-text responses, timeouts and redirects away from the web
    name the URL in one line."""
    with pytest.raises(TimelineError) as info:
        read_article(f"{server}{path}", **kwargs)  # type: ignore[arg-type]
    assert str(info.value) == f"{server}{path}: {message}"
