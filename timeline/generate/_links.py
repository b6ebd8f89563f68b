"""Relative URLs between generated pages, as MkDocs will lay them out."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Links:
    """Links are written as final URLs inside raw HTML, not as Markdown links to `.md` files:
    MkDocs resolving tens of thousands of Markdown links (every tag chip, every index entry)
    was the largest cost of building a big timeline. Non-ASCII path segments (tag slugs in
    any script) are percent-encoded, as MkDocs encodes them in its own URLs.
    """

    directory_urls: bool = True

    def _url_parts(self, path: str) -> tuple[list[str], str]:
        parts = path.removesuffix(".md").split("/")
        if self.directory_urls:
            return (parts[:-1] if parts[-1] == "index" else parts), ""
        return parts[:-1], parts[-1] + ".html"

    def root(self, from_path: str) -> str:
        """The relative way up from a page to the folder holding `index.md` ("" at the top),
        for files that are not pages (assets, images)."""
        here, _ = self._url_parts(from_path)
        return "../" * len(here)

    def href(self, from_path: str, to_path: str, anchor: str = "") -> str:
        fragment = f"#{_quote_anchor(anchor)}" if anchor else ""
        return _relative(self.directory_urls, from_path, to_path) + fragment


@functools.lru_cache(maxsize=1 << 16)  # a big site links the same few page pairs again and again
def _relative(directory_urls: bool, from_path: str, to_path: str) -> str:
    links = Links(directory_urls)
    here, _ = links._url_parts(from_path)
    there, name = links._url_parts(to_path)
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    steps = [".."] * (len(here) - common) + [quote(p) for p in there[common:]]
    if name:
        return "/".join([*steps, quote(name)])
    return "/".join(steps) + "/" if steps else "./"


@functools.lru_cache(maxsize=1 << 17)  # each card's anchor is linked from several pages
def _quote_anchor(anchor: str) -> str:
    return quote(anchor, safe="")
