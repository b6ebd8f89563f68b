"""HTML pages: main text and metadata via trafilatura, the original publication date via
htmldate, the language from the `lang` attribute.

trafilatura already drops navigation, footers and comment sections; its text still goes
through `clean_text` afterwards, because share blocks and teasers often sit inside the
article element.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html import unescape

from timeline.ingest.language import normalize_language

__all__ = ["HtmlPage", "head_metadata", "parse_html", "sniff_charset"]

# htmldate discards dates after `max_date`, which defaults to today; a fixed far bound keeps
# the result independent of the clock.
_MAX_DATE = "2099-12-31"
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LANG_RE = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I
)
_HEAD_CHARS = 65_536
"""Where a page's head metadata is looked for: the head is first, and a page is untrusted."""
_TAG_RE = re.compile(r"<(?:link|meta)\b[^>]*>", re.I)
_ATTR_RE = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_ABSOLUTE_RE = re.compile(r"https?://[^\s/]", re.I)
_TITLE_RE = re.compile(r"<title\b[^>]*>([^<]{1,1000})</title>", re.I)
_TITLE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+([A-Z0-9][^|–—\s]*(?:\s[^|–—\s]+){0,3})\s*$")
"""The outlet at the end of a page title: "Headline – Outlet", "Headline | Outlet"."""


def head_metadata(html: str) -> dict[str, str]:
    """`url` (`<link rel=canonical>`, else `og:url`) and `outlet` (`og:site_name`, else the
    `<title>` suffix after " – ", " | " or " - ") from the page's head; absent when unknown.
    """
    head = html[:_HEAD_CHARS]
    canonical = og_url = site = ""
    for tag in _TAG_RE.finditer(head):
        attrs = {
            m.group(1).lower(): unescape(m.group(2) or m.group(3) or m.group(4) or "").strip()
            for m in _ATTR_RE.finditer(tag.group())
        }
        rel = attrs.get("rel", "").lower().split()
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if not _ABSOLUTE_RE.match(attrs.get("href") or attrs.get("content") or ""):
            attrs.pop("href", None)
            if key == "og:url":
                continue
        if "canonical" in rel and attrs.get("href") and not canonical:
            canonical = attrs["href"]
        elif key == "og:url" and attrs.get("content") and not og_url:
            og_url = attrs["content"]
        elif key == "og:site_name" and attrs.get("content") and not site:
            site = attrs["content"]
    if not site:
        title = _TITLE_RE.search(head)
        suffix = _TITLE_SUFFIX_RE.search(unescape(title.group(1)).strip()) if title else None
        site = suffix.group(1).strip() if suffix else ""
    out = {"url": canonical or og_url, "outlet": site}
    return {key: value for key, value in out.items() if value}


@dataclass(frozen=True)
class HtmlPage:
    """What one HTML document yields before cleanup."""

    text: str
    title: str
    published: dt.date | None
    language: str | None
    outlet: str
    url: str


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` (or http-equiv), else None."""
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def parse_html(html: str, url: str | None = None) -> HtmlPage:
    """Extract the article text (paragraphs separated by blank lines) and its metadata."""
    import htmldate
    import trafilatura

    meta: dict[str, object] = {}
    # Precision first (less furniture); recall when that finds nothing on a sparse page.
    for precise in (True, False):
        raw = trafilatura.extract(
            html,
            url=url,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=precise,
            favor_recall=not precise,
            date_extraction_params={"original_date": True, "max_date": _MAX_DATE},
        )
        meta = json.loads(raw) if raw else {}
        if meta.get("text"):
            break
    text = str(meta.get("text") or "")
    # trafilatura puts one paragraph per line; the rest of the pipeline expects blank lines.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    found = htmldate.find_date(
        html, extensive_search=False, original_date=True, url=url, max_date=_MAX_DATE
    )
    published = dt.date.fromisoformat(found) if found else None
    lang_match = _LANG_RE.search(html[:4096])
    language = normalize_language(lang_match.group(1)) if lang_match else None
    head = head_metadata(html)
    outlet = str(
        head.get("outlet")
        or meta.get("sitename")
        or meta.get("source-hostname")
        or meta.get("hostname")
        or ""
    )
    return HtmlPage(
        text=text,
        title=str(meta.get("title") or "").strip(),
        published=published,
        language=language,
        outlet=outlet.strip(),
        url=str(head.get("url") or meta.get("url") or url or ""),
    )
