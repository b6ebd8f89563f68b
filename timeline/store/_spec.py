"""The events.yaml vocabulary: which keys each mapping may hold, and what an id looks like.

The validator and the JSON Schema both read from here (a test holds the schema to these
names), so the two cannot drift apart.
"""

from __future__ import annotations

import re

__all__ = [
    "CITATION_KEYS",
    "EVENT_KEYS",
    "ID_HINT",
    "ID_RE",
    "SOURCE_KEYS",
    "TOP_KEYS",
]

TOP_KEYS = ("title", "description", "sources", "events")
SOURCE_KEYS = ("id", "title", "outlet", "url", "published", "language")
EVENT_KEYS = ("id", "date", "end", "title", "text", "tags", "sources", "locked", "extracted")
CITATION_KEYS = ("source", "quote", "start", "end")

ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$")
"""A stable slug: lowercase ASCII letters and digits, with '-', '_' or '.' inside."""
ID_HINT = "expected a slug of lowercase letters, digits, '-', '_' or '.'"
