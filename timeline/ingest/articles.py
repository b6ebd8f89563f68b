"""`Article` and the dispatch from inputs (files, folders, URLs) to cleaned articles.

Metadata is decided here, once, in a fixed order so the reference date of every relative
expression is explainable: publication date from the manifest or command line, then the
file's own metadata (front matter, HTML), then a date in the path or URL, else none (and a
note saying so; nothing falls back to "today").
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from timeline.errors import Problem, TimelineError
from timeline.ingest.cleanup import clean_text_counted
from timeline.ingest.fetch import fetch_url, is_url, url_scheme, web_url
from timeline.ingest.html import parse_html, sniff_charset
from timeline.ingest.language import detect_language, is_known_language, normalize_language
from timeline.ingest.manifest import check_fields, read_manifest
from timeline.ingest.markdown import has_front_matter, markdown_to_text, split_front_matter
from timeline.ingest.pubdate import date_from_path
from timeline.ingest.text import decode, read_bytes, read_text_file, strip_controls

__all__ = [
    "NO_DATE_NOTE",
    "SUPPORTED_SUFFIXES",
    "URL_LIST_SUFFIX",
    "Article",
    "ArticleInput",
    "InputPlan",
    "check_language",
    "expand_inputs",
    "iter_articles",
    "plan_inputs",
    "read_article",
    "read_input",
    "slugify",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
NO_DATE_NOTE = (
    "no publication date found; relative dates stay unresolved (add `published: YYYY-MM-DD`"
    " to its front matter, or give it in a --manifest entry or with --published)"
)
MAX_TITLE_CHARS = 300
"""An article's title or outlet is cut to this: a page's `<title>` can be megabytes, and
the title lands in events.yaml and on every page that cites the article."""


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
    dropped: tuple[tuple[str, int], ...] = ()
    """Paragraphs each cleanup filter left out (`timeline.ingest.cleanup.clean_text_counted`)."""
    mode: str = ""
    """How its relative dates are read ("auto", "news", "narrative"); "" when nothing said."""


def slugify(value: str) -> str:
    """A lowercase ASCII id: "Putin_Kim 2024" -> "putin-kim-2024"."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_GENERIC_STEMS = {"index", "default", "article", "story", "amp", "print", "content", "view"}


def _source_id(path_or_url: str) -> str:
    """A stable id from the file stem or the URL's last meaningful path segment."""
    if is_url(path_or_url):
        parts = urlsplit(path_or_url)
        stems = [slugify(PurePosixPath(unquote(s)).stem) for s in parts.path.split("/") if s]
        stems = [stem for stem in stems if stem]
        meaningful = [s for s in stems if s not in _GENERIC_STEMS and not s.isdigit()]
        # "/2024/06/19/story.html": no meaningful segment, but "story" beats the host name
        slug = (meaningful or stems or [""])[-1] or slugify(parts.hostname or "")
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
    mode: str | None = None,
    content: bytes | None = None,
) -> Article:
    """Read and clean one file or URL (a file from `content`, its bytes, when the caller
    has read them already).

    `meta` holds manifest fields (`title`, `published`, `url`, `outlet`, `lang`, `mode`) and
    wins over everything in the file; `published` / `language` / `mode` are command-line
    values, used when the manifest says nothing. Raises TimelineError (one line naming the
    input) when unreadable.
    """
    given, problems = check_fields(dict(meta or {}), strict=False)
    if problems:
        raise TimelineError(f"{path_or_url}: {problems[0][1]}")
    charset: str | None = None
    final_url = ""
    if is_url(path_or_url):
        if web_url(path_or_url) is None:
            raise TimelineError(f"{path_or_url}: not a valid web address; check it")
        fetched = fetch_url(path_or_url, timeout=fetch_timeout, max_bytes=max_bytes)
        data, charset, final_url = fetched.content, fetched.charset, fetched.final_url
        kind = _kind(path_or_url, fetched.content_type)
    else:
        kind = _kind(path_or_url)
        if content is None:
            _check_regular(path_or_url)
        data = read_bytes(path_or_url) if content is None else content
    if kind == "html":
        charset = charset or sniff_charset(data)
    raw = decode(data, path_or_url, charset).replace("\r\n", "\n").replace("\r", "\n")
    raw = strip_controls(raw)

    file_meta: dict[str, object] = {}
    warnings: list[Problem] = []
    if kind == "html":
        page = parse_html(raw, url=final_url or (path_or_url if is_url(path_or_url) else None))
        body, first_line, dropped = clean_text_counted(page.text)
        file_meta = {
            "title": page.title,
            "published": page.published,
            "lang": page.language,
            "outlet": page.outlet,
            "url": web_url(page.url) or "",
        }
    elif kind == "markdown":
        file_meta, md_body, _ = split_front_matter(raw, path_or_url, warnings)
        plain, heading = markdown_to_text(md_body)
        body, first_line, dropped = clean_text_counted(plain)
        if heading and not file_meta.get("title"):
            file_meta["title"] = heading
    else:
        if has_front_matter(raw):
            file_meta, raw, _ = split_front_matter(raw, path_or_url, warnings)
        body, first_line, dropped = clean_text_counted(raw)

    def pick(key: str) -> object:
        return given.get(key) or file_meta.get(key) or None

    notes: list[str] = [str(warning) for warning in warnings]
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
    title = _short(title)
    if not body.strip():
        notes.append("no article text found")
    url = str(pick("url") or web_url(final_url or path_or_url) or "")
    return Article(
        id=_source_id(path_or_url),
        path=path_or_url,
        title=title,
        text=body,
        published=date,
        language=str(lang),
        outlet=_short(str(pick("outlet") or "")),
        url=url,
        notes=tuple(notes),
        dropped=tuple((key, n) for key, n in dropped.items() if n),
        mode=str(given.get("mode") or mode or file_meta.get("mode") or ""),
    )


def _short(text: str) -> str:
    """Metadata text on one line, without controls, cut to `MAX_TITLE_CHARS`."""
    text = " ".join(strip_controls(text).split())
    return text if len(text) <= MAX_TITLE_CHARS else text[: MAX_TITLE_CHARS - 1] + "…"


URL_LIST_SUFFIX = ".urls"
"""A text file listing one URL per line (`#` starts a comment): each URL is an input."""


@dataclass
class InputPlan:
    """What a run will read, and what it will not: listed before any article is read.

    `notes` are one-line messages to show (skipped special files, dropped manifest urls,
    manifest keys matching no input); `failed` are inputs that cannot be read at all
    (missing, unsupported scheme): one line each, naming the input; `skipped` counts the
    files of other types found in folders, by suffix.
    """

    items: list[ArticleInput] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    own: set[str] = field(default_factory=set)
    """Real paths of the run's own files (its manifest): not articles, and not "skipped"."""

    def skipped_summary(self) -> str:
        """ "3 files skipped: .csv, .png" (empty when none were)."""
        count = sum(self.skipped.values())
        if not count:
            return ""
        kinds = ", ".join(sorted(self.skipped))
        return f"{count} file{'s' if count != 1 else ''} skipped: {kinds}"


def _usable(path: str, plan: InputPlan) -> bool:
    """True for a readable regular file or folder; otherwise the reason goes into `plan`
    (a FIFO or device is a note, a missing or broken input a failure)."""
    try:
        _check_regular(path)
    except _NotRegular as exc:
        plan.notes.append(str(exc))
        return False
    except TimelineError as exc:
        plan.failed.append(str(exc))
        return False
    return True


def _check_regular(path: str) -> None:
    """Refuse FIFOs, devices and sockets, which would block or never end."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            raise TimelineError(f"{path}: no such file (a broken symbolic link)") from None
        raise TimelineError(f"{path}: no such file or folder") from None
    except OSError as exc:
        raise TimelineError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise _NotRegular(f"{path}: skipped (not a regular file)")


class _NotRegular(TimelineError):
    """A FIFO, device or socket: skipped with a note, not an error."""


def _walk(folder: str, plan: InputPlan) -> Iterator[tuple[str, bool]]:
    """Supported files under `folder`, recursively and sorted (a folder's files, then its
    subfolders), hidden ones left out; each with whether it is known to be a regular file
    already (most are: the listing says so without another look at the file).

    A symbolic link to a file outside the folder is skipped with a note: an articles
    folder may come from anywhere, and a link in it must not quote `~/.ssh/id_rsa` into
    events.yaml. (Links to folders are not followed at all; name a file or folder on the
    command line to read it wherever it is.)
    """
    root = os.path.realpath(folder)
    pending = [str(Path(folder))]  # paths spelled as pathlib spells them, like before
    while pending:
        dirpath = pending.pop()
        try:
            with os.scandir(dirpath) as listing:
                entries = sorted(
                    (e for e in listing if not e.name.startswith(".")), key=lambda e: e.name
                )
        except OSError:
            continue  # as os.walk does: an unreadable folder lists nothing
        real = _real_folder(dirpath) if plan.own else ""
        prefix = "" if dirpath == "." else dirpath.rstrip(os.sep) + os.sep
        folders = []
        for entry in entries:
            path = prefix + entry.name
            link = entry.is_symlink()
            if not link and entry.is_dir():
                folders.append(path)
                continue
            if link and os.path.isdir(path):
                continue  # links to folders are not followed
            if plan.own and (os.path.realpath(path) if link else real + entry.name) in plan.own:
                continue  # the manifest kept beside the articles
            suffix = os.path.splitext(entry.name)[1].lower().rstrip(".")  # "a." has none
            if suffix not in SUPPORTED_SUFFIXES:
                key = suffix or "(no suffix)"
                plan.skipped[key] = plan.skipped.get(key, 0) + 1
                continue
            if link and not _inside(os.path.realpath(path), root):
                plan.notes.append(
                    f"{path}: skipped (a symbolic link out of {folder}; "
                    "name its target on the command line to read it)"
                )
                continue
            yield path, not link and entry.is_file(follow_symlinks=False)
        pending.extend(reversed(folders))


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def _url_list(path: str) -> Iterator[str]:
    """The URLs in a `.urls` file; a line that is not one raises a located error."""
    for number, raw in enumerate(read_text_file(path).split("\n"), start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        url = web_url(line)
        if url is None:
            raise TimelineError(f"{path}:{number}: expected an http(s) URL, got '{line}'")
        yield url


def _expand(inputs: Sequence[str], plan: InputPlan) -> Iterator[tuple[str, str | None]]:
    """(input, root folder or None) for every readable input; problems go to `plan`."""
    for item in inputs:
        if is_url(item):
            url = web_url(item)
            if url is None:
                plan.failed.append(f"{item}: not a valid web address; check it")
            else:
                yield url, None
            continue
        scheme = url_scheme(item)
        if scheme is not None and "://" in item:
            plan.failed.append(f"{item}: unsupported URL scheme '{scheme}' (use http or https)")
            continue
        if not _usable(item, plan):
            continue
        if Path(item).is_dir():
            found = 0
            for path, regular in _walk(item, plan):
                if not regular and not _usable(path, plan):
                    continue
                found += 1
                yield path, item
            if not found:
                plan.failed.append(
                    f"{item}: no articles found (looked for {', '.join(SUPPORTED_SUFFIXES)})"
                )
        elif item.lower().endswith(URL_LIST_SUFFIX):
            try:
                urls = list(_url_list(item))
            except TimelineError as exc:
                plan.failed.append(str(exc))
                continue
            for url in urls:
                yield url, None
        else:
            yield item, None


def _manifest_key(
    entries: Mapping[str, dict[str, object]], item: str, root: str | None, base: Path | None
) -> str | None:
    """The manifest entry for `item`: by URL, path as given, path relative to the walked
    folder or to the manifest's folder, then by file name."""
    if not entries:
        return None
    for key in _manifest_keys(item, root, base):
        if key in entries:
            return key
    return None


def _manifest_keys(item: str, root: str | None, base: Path | None) -> Iterator[str]:
    """The keys `item` may have in a manifest, in order; paths resolved only when asked."""
    yield item.replace("\\", "/").removeprefix("./")
    if is_url(item):
        return
    # the folder resolved once per folder, not every file: listing 100k files stays cheap
    resolved = _real_folder(os.path.dirname(item) or ".") + os.path.basename(item)
    for anchor in (root, base):
        if anchor is None:
            continue
        folder = _real_folder(os.fspath(anchor))
        if resolved.startswith(folder):
            yield resolved[len(folder) :].replace(os.sep, "/")
    yield os.path.basename(item)


@functools.lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    """A folder's real path with a trailing separator."""
    return os.path.join(os.path.realpath(folder), "")


@dataclass(frozen=True)
class ArticleInput:
    """One article of a run, before reading: where it is, its manifest fields, its id.

    Cheap to make and to send to another process, so a parent can list the inputs and
    workers can read, clean and analyse them.
    """

    path: str
    id: str
    meta: dict[str, object] | None = None


def plan_inputs(inputs: Sequence[str], *, manifest: str | None = None) -> InputPlan:
    """Every article the inputs name (folders walked, sorted; `.urls` files read), with
    manifest fields and an id unique within the run ("-2", "-3" for repeats), and what
    will not be read. Reads no article.

    Raises TimelineError only for a missing or bad manifest: it concerns every input.
    """
    plan = InputPlan()
    if manifest:
        plan.own.add(os.path.realpath(manifest))
    loaded = read_manifest(manifest) if manifest else None
    entries = loaded.entries if loaded else {}
    if loaded is not None:
        plan.notes.extend(str(warning) for warning in loaded.warnings)
    base = Path(manifest).parent if manifest else None
    used: dict[str, int] = {}
    matched: set[str] = set()
    for item, root in _expand(inputs, plan):
        base_id = _source_id(item)
        count = used.get(base_id, 0) + 1
        used[base_id] = count
        key = _manifest_key(entries, item, root, base)
        if key is not None:
            matched.add(key)
        plan.items.append(
            ArticleInput(
                item,
                base_id if count == 1 else f"{base_id}-{count}",
                dict(entries[key]) if key is not None else None,
            )
        )
    if loaded is not None and manifest is not None:
        for key in entries:
            if key not in matched:
                line, column = loaded.where.get(key, (1, 1))
                plan.notes.append(f"{manifest}:{line}:{column}: no input matches '{key}'")
    return plan


def expand_inputs(inputs: Sequence[str], *, manifest: str | None = None) -> list[ArticleInput]:
    """The articles of `plan_inputs`; raises TimelineError for the first input that cannot
    be listed (a missing path, an empty folder, an unsupported URL scheme)."""
    plan = plan_inputs(inputs, manifest=manifest)
    if plan.failed:
        raise TimelineError(plan.failed[0])
    return plan.items


def read_input(
    item: ArticleInput,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    fetch_timeout: float = 20.0,
    max_bytes: int = 5_000_000,
    mode: str | None = None,
    content: bytes | None = None,
) -> Article:
    """Read and clean one listed article (see `read_article`), under its run id."""
    article = read_article(
        item.path,
        meta=item.meta,
        published=published,
        language=language,
        fetch_timeout=fetch_timeout,
        max_bytes=max_bytes,
        mode=mode,
        content=content,
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
    """Raise TimelineError unless `language` is None or a code the date engine knows."""
    if language is None:
        return
    code = normalize_language(language)
    if code is None:
        raise TimelineError(f"language: expected a code like 'en', got '{language}'")
    if not is_known_language(code):
        raise TimelineError(f"language: unsupported language '{language}'")
