"""Regex building blocks shared by the vocabulary and the patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alt", "either"]

_Trie = dict[str, "_Trie"]


def alt(words: Iterable[str]) -> str:
    """One regex matching any of `words`, longest first, written as a trie.

    "jan(?:uary)?" instead of "january|jan": the scanner tries one branch per letter rather
    than every word at every position, which is most of the engine's speed.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: _Trie) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def either(words: Iterable[str]) -> str:
    """The words as written, joined in order: for word lists whose order matters little but
    whose regex should read like the list ("first|second|third")."""
    return "|".join(words)
