"""Raw HTML blocks held back from Markdown and spliced into the page once it is rendered.

A generated page is mostly raw HTML (cards, event lists), which Markdown passes through
untouched but still parses: MkDocs scans every raw block for anchor ids, then
Python-Markdown's `html_block` preprocessor parses it again. On a 10,000-event site those two
passes were half of `mkdocs build`. With a stash, each block becomes a one-line HTML comment
in the Markdown, and the plugin puts the HTML back in place of the comment after rendering.
Without one (`timeline render`), blocks are written inline and the files build on their own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

_PLACEHOLDER = re.compile(r"<!--tl-block-(\d+)-->")
_ID = re.compile(r'<[A-Za-z][^<>]*?\sid="([^"]*)"')
"""An `id` attribute inside a start tag. Generated text cannot fake one: `<` and `>` are
escaped everywhere and `"` inside attribute values, so ` id="` only starts a real attribute."""


class HtmlStash:
    """The held-back blocks of every page, by the page's path."""

    def __init__(self) -> None:
        self._blocks: dict[str, list[str]] = {}

    def hold(self, page: str, lines: Sequence[str]) -> list[str]:
        """The Markdown lines standing in for `lines` (one raw HTML block) on `page`."""
        blocks = self._blocks.setdefault(page, [])
        blocks.append("\n".join(lines).strip("\n"))
        return [f"<!--tl-block-{len(blocks) - 1}-->", ""]

    def blocks(self, page: str) -> tuple[str, ...]:
        """`page`'s held blocks, in order (with its Markdown, all that makes the page)."""
        return tuple(self._blocks.get(page, ()))

    def restore(self, page: str, blocks: Sequence[str]) -> None:
        """Hold `blocks` for `page` again, as `blocks(page)` gave them in an earlier run (a
        page made again unchanged under `mkdocs serve`); `page` must hold none yet."""
        if page in self._blocks:
            raise ValueError(f"{page} already holds HTML blocks")
        self._blocks[page] = list(blocks)

    def release(self, page: str) -> None:
        """Forget `page`'s blocks once they are spliced in: a big site's HTML is not kept
        twice in memory."""
        self._blocks.pop(page, None)

    def pages(self) -> list[str]:
        """The paths of the pages that hold blocks."""
        return list(self._blocks)

    def splice(self, page: str, rendered: str) -> str:
        """`page`'s rendered HTML with every placeholder replaced by its block.

        Raises `LookupError` naming the missing blocks when rendering lost a placeholder (a
        Markdown extension that strips HTML comments), so no card silently disappears.
        """
        blocks = self._blocks.get(page, [])
        seen: set[int] = set()

        def _block(match: re.Match[str]) -> str:
            index = int(match.group(1))
            if index >= len(blocks):
                return match.group()
            seen.add(index)
            return blocks[index]

        out = _PLACEHOLDER.sub(_block, rendered)
        if len(seen) != len(blocks):
            missing = sorted(set(range(len(blocks))) - seen)
            raise LookupError(f"{len(missing)} of {len(blocks)} HTML blocks were lost")
        return out

    def anchor_ids(self, page: str) -> set[str]:
        """The `id`s of every element in `page`'s blocks: what links to `page#id` may target."""
        return {
            html.unescape(m.group(1))
            for block in self._blocks.get(page, [])
            for m in _ID.finditer(block)
        }
