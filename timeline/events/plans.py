"""Is a title a plan ("the trial is scheduled to begin", "viajará a Bruselas") rather than
something that happened? Such an event is `status: planned` until a source reports it done.

A plan word counts only when no past verb comes before it: "The Kremlin confirmed that
Putin will visit" reports the confirmation, which happened.
"""

from __future__ import annotations

import re

from timeline.events._lexicon import alternation
from timeline.events.title_lint import has_verb

__all__ = ["is_plan"]

_PLAN_RE = re.compile(rf"\b(?:{alternation('PLAN_PHRASES')})\b", re.IGNORECASE)


def is_plan(title: str) -> bool:
    """True when the title's first verb tells what was to happen."""
    match = _PLAN_RE.search(title)
    if match is None:
        return False
    return not has_verb(title[: match.start()], by_position=False)
