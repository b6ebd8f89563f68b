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

from timeline.ingest.language import normalize_language

__all__ = ["HtmlPage", "parse_html", "sniff_charset"]

# htmldate discards dates after `max_date`, which defaults to today; a fixed far bound keeps
# the result independent of the clock.
_MAX_DATE = "2099-12-31"
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LANG_RE = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I
)


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
    outlet = str(meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname") or "")
    return HtmlPage(
        text=text,
        title=str(meta.get("title") or "").strip(),
        published=published,
        language=language,
        outlet=outlet.strip(),
        url=str(meta.get("url") or url or ""),
    )
