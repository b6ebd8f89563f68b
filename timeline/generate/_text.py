"""Untrusted text from events.yaml, made safe to display and inert in every layer it crosses.

Two jobs: `clean_text` drops characters that change how text *looks* without being seen
(bidi overrides that can make a title read backwards, C0/C1 controls), and the `escape_*`
helpers make what remains literal for HTML, Markdown, its extensions and Jinja.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (but tab and line breaks), bidi embeddings/overrides and isolates."""

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#|~^=:$!]")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+>])", re.MULTILINE)
_DOUBLED = re.compile(r"(?<=[-+])[-+]")
_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”"})
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def clean_text(text: str) -> str:
    """The text without bidi override/embedding/isolate controls and C0/C1 control characters.

    A right-to-left override (U+202E) can make `exe.txt` read as `txt.exe`; the page sets
    direction per element with `dir="auto"` instead, so these characters are never needed.
    """
    return _INVISIBLE.sub("", text)


def escape_text(text: str) -> str:
    """Untrusted text made inert for HTML, Markdown, its extensions and Jinja."""
    out = html.escape(clean_text(text), quote=False)
    out = _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", out)
    out = _DOUBLED.sub(lambda m: f"&#{ord(m.group())};", out)

    def _line_start(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return f"{m.group(1)}{m.group(2)}&#{ord(m.group(3))};"
        return f"{m.group(4)}&#{ord(m.group(5))};"

    return _LINE_START.sub(_line_start, out)


def escape_inline(text: str) -> str:
    """Escaped text folded onto one line (Markdown headings)."""
    return escape_text(" ".join(clean_text(text).split()))


def escape_attr(text: str) -> str:
    """Text for a double-quoted HTML attribute."""
    out = html.escape(clean_text(text), quote=True)
    return out.replace("{", "&#123;").replace("}", "&#125;")


def html_text(text: str) -> str:
    """Untrusted text inside a raw HTML block, which Markdown leaves alone: HTML-escape it
    (and the braces, for any Jinja-based post-processing), folded onto one line."""
    out = html.escape(" ".join(clean_text(text).split()), quote=False)
    return out.replace("{", "&#123;").replace("}", "&#125;")


def template_safe(text: str) -> str:
    """Text for places MkDocs' templates print unescaped (page titles, `site_name`).

    Swaps the few characters that could form markup for look-alikes, so no title can close
    `<title>` or open a tag; what a reader sees is almost unchanged.
    """
    return " ".join(clean_text(text).split()).translate(_TITLE_SAFE)


def front_matter(title: str) -> str:
    """A page title for MkDocs' templates, which print it unescaped (and unescape entities).

    The visible heading keeps the exact text; the title in front matter is `template_safe`.
    """
    return f"---\ntitle: {json.dumps(template_safe(title), ensure_ascii=False)}\n---\n\n"


def safe_url(url: str) -> str | None:
    """The URL if it is a plain web link; `javascript:` and friends are never linked, nor is
    an address Python cannot parse (`http://[::1`), which is shown as text instead."""
    url = clean_text(url).strip()
    try:
        scheme = urlsplit(url).scheme
    except ValueError:
        return None
    return url if scheme.lower() in {"http", "https"} else None


def language_attr(language: str) -> str:
    """` lang="xx"` for a well-formed BCP 47 tag (a source's language), else nothing."""
    language = language.strip()
    return f' lang="{language}"' if _LANGUAGE_TAG.match(language) else ""


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each folded onto one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
