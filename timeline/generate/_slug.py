"""Stable, readable URL slugs for tags and anchors, in any script.

A tag's URL must not change when other tags are added, so a slug is a function of the tag's
own text: letters and digits of any script are kept (lowercased), Latin accents are dropped
(`Élysée` → `elysee`), everything else becomes `-`. Text with no letters at all (an emoji)
gets a short hash of the text, never a counter. A long text is cut to `MAX_SLUG_BYTES` and
keeps a hash of the whole, since file systems refuse names over 255 bytes and tags come from
untrusted articles (a run of capitalised words can become a tag).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from timeline.generate._text import clean_text

_SEPARATORS = re.compile(r"-+")
_ANCHOR_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_RESERVED = {"index"}
"""Slugs a tag may not take: `tags/index.md` is the tag index."""
MAX_SLUG_BYTES = 96
"""The longest slug in UTF-8 bytes, hash included: far below the 255-byte limit on a file
name, with room for `.html`, a collision hash and `-<hash>` suffixes."""


def _is_word_char(char: str) -> bool:
    """Letters, digits and combining marks (Devanagari vowel signs, Arabic harakat) stay."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _strip_latin_accents(text: str) -> str:
    """Drop combining marks that sit on an ASCII letter; other scripts keep theirs."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and out and out[-1].isascii() and out[-1].isalpha():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def text_hash(text: str, length: int = 8) -> str:
    """A short, stable hex digest of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """`Cold War` → `cold-war`, `ÁÉÍ` → `aei`, `روسيا` → `روسيا`, `😀` → `tag-<hash>`."""
    plain = _strip_latin_accents(clean_text(text)).lower()
    dashed = "".join(c if _is_word_char(c) else "-" for c in plain)
    out = _SEPARATORS.sub("-", dashed).strip("-")
    if len(out.encode("utf-8")) > MAX_SLUG_BYTES:
        cut = out.encode("utf-8")[: MAX_SLUG_BYTES - 9].decode("utf-8", "ignore")
        out = f"{cut.rstrip('-')}-{text_hash(text)}"
    return out or f"tag-{text_hash(text)}"


def tag_paths(tags: Iterable[str]) -> dict[str, str]:
    """A distinct file for every tag, derived from its own text.

    When tags slugify alike (`Cold War`, `cold-war`), the first in name order keeps the
    plain slug and the others add a hash of their text, so no page overwrites another.
    """
    paths: dict[str, str] = {}
    used: set[str] = set()
    for tag in sorted(set(tags), key=lambda t: (t.casefold(), t)):
        base = slug(tag)
        candidate = base
        if candidate in used or candidate in _RESERVED:
            candidate = f"{base}-{text_hash(tag, 6)}"
        n = 8
        while candidate in used:  # a hash collision between two tags: lengthen the hash
            candidate, n = f"{base}-{text_hash(tag, n)}", n + 2
        used.add(candidate)
        paths[tag] = f"tags/{candidate}.md"
    return paths


def anchor(event_id: str) -> str:
    """The event's id as an HTML anchor; ids that are not already plain slugs are slugged."""
    return event_id if _ANCHOR_RE.match(event_id) else "event-" + slug(event_id)
