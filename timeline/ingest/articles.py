"""`Article` and the dispatch from inputs (files, folders, URLs) to cleaned articles.

Metadata is decided here, once, in a fixed order so the reference date of every relative
expression is explainable: publication date from the manifest or command line, then the
file's own metadata (front matter, HTML), then a date in the path or URL, else none (and a
note saying so; nothing falls back to "today").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from timeline.errors import TimelineError
from timeline.ingest.cleanup import clean_text
from timeline.ingest.fetch import fetch_url, is_url
from timeline.ingest.html import parse_html, sniff_charset
from timeline.ingest.language import detect_language, normalize_language
from timeline.ingest.manifest import check_fields, load_manifest
from timeline.ingest.markdown import markdown_to_text, split_front_matter
from timeline.ingest.pubdate import date_from_path
from timeline.ingest.text import decode, read_bytes

__all__ = [
    "NO_DATE_NOTE",
    "SUPPORTED_SUFFIXES",
    "Article",
    "iter_articles",
    "read_article",
    "slugify",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
NO_DATE_NOTE = "no publication date found; relative dates stay unresolved"


@dataclass(frozen=True)
class Article:
    """One cleaned article; citation offsets downstream refer to `text`."""

    id: str
    path: str
    title: str
    text: str
    published: dt.date | None
    language: str
    outlet: str = ""
    url: str = ""
    notes: tuple[str, ...] = ()


def slugify(value: str) -> str:
    """A lowercase ASCII id: "Putin_Kim 2024" -> "putin-kim-2024"."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_GENERIC_STEMS = {"index", "default", "article", "story", "amp", "print", "content", "view"}


def _source_id(path_or_url: str) -> str:
    """A stable id from the file stem or the URL's last meaningful path segment."""
    if is_url(path_or_url):
        parts = urlsplit(path_or_url)
        segments = [unquote(s) for s in parts.path.split("/") if s]
        while segments and slugify(PurePosixPath(segments[-1]).stem) in _GENERIC_STEMS:
            segments.pop()
        stem = PurePosixPath(segments[-1]).stem if segments else ""
        slug = slugify(stem) or slugify(parts.hostname or "")
    else:
        slug = slugify(Path(path_or_url).stem)
    return slug or "article"


def _kind(path_or_url: str, content_type: str | None = None) -> str:
    """ "html", "markdown" or "text", from a response's content type or the file suffix."""
    if content_type:
        if "html" in content_type or content_type.endswith("xml"):
            return "html"
        if "markdown" in content_type:
            return "markdown"
        if content_type.startswith("text/"):
            return "text"
        raise TimelineError(f"{path_or_url}: unsupported content type '{content_type}'")
    if is_url(path_or_url):
        path = urlsplit(path_or_url).path
        return "markdown" if path.lower().endswith((".md", ".markdown")) else "html"
    ext = PurePosixPath(path_or_url.replace("\\", "/")).suffix.lower()
    if ext in (".html", ".htm"):
        return "html"
    if ext in (".md", ".markdown"):
        return "markdown"
    if ext == ".txt":
        return "text"
    raise TimelineError(
        f"{path_or_url}: unsupported file type '{ext or '(none)'}' "
        f"(expected {', '.join(SUPPORTED_SUFFIXES)})"
    )


def read_article(
    path_or_url: str,
    *,
    meta: Mapping[str, object] | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    fetch_timeout: float = 20.0,
    max_bytes: int = 5_000_000,
) -> Article:
    """Read and clean one file or URL.

    `meta` holds manifest fields (`title`, `published`, `url`, `outlet`, `lang`) and wins over
    everything in the file; `published` / `language` are command-line values, used when the
    manifest says nothing. Raises TimelineError (one line naming the input) when unreadable.
    """
    given, problems = check_fields(dict(meta or {}), strict=False)
    if problems:
        raise TimelineError(f"{path_or_url}: {problems[0][1]}")
    charset: str | None = None
    final_url = ""
    if is_url(path_or_url):
        fetched = fetch_url(path_or_url, timeout=fetch_timeout, max_bytes=max_bytes)
        data, charset, final_url = fetched.content, fetched.charset, fetched.final_url
        kind = _kind(path_or_url, fetched.content_type)
    else:
        kind = _kind(path_or_url)
        data = read_bytes(path_or_url)
    if kind == "html":
        charset = charset or sniff_charset(data)
    raw = decode(data, path_or_url, charset).replace("\r\n", "\n").replace("\r", "\n")

    file_meta: dict[str, object] = {}
    if kind == "html":
        page = parse_html(raw, url=final_url or (path_or_url if is_url(path_or_url) else None))
        body, first_line = clean_text(page.text)
        file_meta = {
            "title": page.title,
            "published": page.published,
            "lang": page.language,
            "outlet": page.outlet,
            "url": page.url if is_url(page.url) else "",
        }
    elif kind == "markdown":
        file_meta, md_body, _ = split_front_matter(raw, path_or_url)
        plain, heading = markdown_to_text(md_body)
        body, first_line = clean_text(plain)
        if heading and not file_meta.get("title"):
            file_meta["title"] = heading
    else:
        body, first_line = clean_text(raw)

    def pick(key: str) -> object:
        return given.get(key) or file_meta.get(key) or None

    notes: list[str] = []
    date = given.get("published") or published or file_meta.get("published")
    if date is None:
        date = date_from_path(final_url or path_or_url)
    if date is None:
        notes.append(NO_DATE_NOTE)
    assert date is None or isinstance(date, dt.date)

    lang = given.get("lang") or normalize_language(language) or file_meta.get("lang")
    if not lang:
        lang = detect_language(body)
    title = str(pick("title") or first_line or "")
    if title and body.startswith(title):
        # The headline was repeated as the first paragraph (an HTML <h1> in the text).
        rest = body[len(title) :]
        if rest.startswith("\n\n") or not rest:
            body = rest.lstrip("\n")
    if not body.strip():
        notes.append("no article text found")
    url = str(pick("url") or (final_url or path_or_url if is_url(path_or_url) else ""))
    return Article(
        id=_source_id(path_or_url),
        path=path_or_url,
        title=title,
        text=body,
        published=date,
        language=str(lang),
        outlet=str(pick("outlet") or ""),
        url=url,
        notes=tuple(notes),
    )


def _expand(inputs: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """(input, root folder or None): folders walked recursively in sorted order, hidden
    files and folders skipped, only supported suffixes."""
    for item in inputs:
        if is_url(item):
            yield item, None
            continue
        path = Path(item)
        if path.is_dir():
            found = 0
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for filename in sorted(filenames):
                    if filename.startswith(".") or not filename.lower().endswith(
                        SUPPORTED_SUFFIXES
                    ):
                        continue
                    found += 1
                    yield str(Path(dirpath, filename)), item
            if not found:
                raise TimelineError(
                    f"{item}: no articles found (looked for {', '.join(SUPPORTED_SUFFIXES)})"
                )
        elif path.exists():
            yield item, None
        else:
            raise TimelineError(f"{item}: no such file or folder")


def _manifest_entry(
    entries: Mapping[str, dict[str, object]], item: str, root: str | None, base: Path | None
) -> dict[str, object] | None:
    """The manifest entry for `item`: by URL, path as given, path relative to the walked
    folder or to the manifest's folder, then by file name."""
    if not entries:
        return None
    candidates = [item.replace("\\", "/").removeprefix("./")]
    if not is_url(item):
        path = Path(item)
        for anchor in (Path(root) if root else None, base):
            if anchor is None:
                continue
            with contextlib.suppress(ValueError):  # not under that folder
                candidates.append(path.resolve().relative_to(anchor.resolve()).as_posix())
        candidates.append(path.name)
    for key in candidates:
        if key in entries:
            return entries[key]
    return None


@dataclass(frozen=True)
class ArticleInput:
    """One article of a run, before reading: where it is, its manifest fields, its id.

    Cheap to make and to send to another process, so a parent can list the inputs and
    workers can read, clean and analyse them.
    """

    path: str
    id: str
    meta: dict[str, object] | None = None


def expand_inputs(inputs: Sequence[str], *, manifest: str | None = None) -> list[ArticleInput]:
    """Every article the inputs name (folders walked, sorted), with manifest fields and an id
    unique within the run ("-2", "-3" for repeats). Reads no article.

    Raises TimelineError for a missing input, an empty folder or a bad manifest.
    """
    entries = load_manifest(manifest) if manifest else {}
    base = Path(manifest).parent if manifest else None
    used: dict[str, int] = {}
    out: list[ArticleInput] = []
    for item, root in _expand(inputs):
        base_id = _source_id(item)
        count = used.get(base_id, 0) + 1
        used[base_id] = count
        meta = _manifest_entry(entries, item, root, base)
        out.append(
            ArticleInput(
                item,
                base_id if count == 1 else f"{base_id}-{count}",
                dict(meta) if meta is not None else None,
            )
        )
    return out


def read_input(
    item: ArticleInput,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    fetch_timeout: float = 20.0,
    max_bytes: int = 5_000_000,
) -> Article:
    """Read and clean one listed article (see `read_article`), under its run id."""
    article = read_article(
        item.path,
        meta=item.meta,
        published=published,
        language=language,
        fetch_timeout=fetch_timeout,
        max_bytes=max_bytes,
    )
    return article if article.id == item.id else replace(article, id=item.id)


def iter_articles(
    inputs: Sequence[str],
    *,
    manifest: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    fetch_timeout: float = 20.0,
    max_bytes: int = 5_000_000,
) -> Iterator[Article]:
    """Articles from files, folders (recursive, sorted) and URLs, in input order.

    Ids are unique within one run: a repeated id gets "-2", "-3", ….
    """
    check_language(language)
    for item in expand_inputs(inputs, manifest=manifest):
        yield read_input(
            item,
            published=published,
            language=language,
            fetch_timeout=fetch_timeout,
            max_bytes=max_bytes,
        )


def check_language(language: str | None) -> None:
    """Raise TimelineError unless `language` is None or a code like "en"."""
    if language is not None and normalize_language(language) is None:
        raise TimelineError(f"language: expected a code like 'en', got '{language}'")
