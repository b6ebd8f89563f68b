"""The page `mkdocs serve` shows while events.yaml is broken, in place of the timeline.

A preview server that fails its build leaves the browser waiting; this page says what is
wrong instead, and the next save that fixes the file brings the real pages back.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.errors import Problem
from timeline.generate._text import html_text


def problem_page(problems: Sequence[Problem | str], events_path: str) -> str:
    """One page listing every problem (`file:line:col: message`, escaped) and what to do."""
    items = [f"<li><code>{html_text(str(p))}</code></li>" for p in problems]
    count = len(problems)
    return "\n".join(
        [
            '---\ntitle: "Timeline error"\n---\n',
            "# The timeline cannot be built",
            "",
            f'<p class="tl-count">{count} problem{"s" if count != 1 else ""} in '
            f"<code>{html_text(events_path)}</code>. Fix the file and save it: this page "
            "reloads by itself.</p>",
            "",
            '<ul class="tl-problems">',
            *items,
            "</ul>",
            "",
        ]
    )
