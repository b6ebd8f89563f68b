"""Which way a sentence points in time, from the verbs nearest a date expression.

"He met them on Tuesday" points back, "they will meet on Friday" forward; a bare weekday
or month takes the direction of the closest tense cue in its sentence. English cues are
grammar (auxiliaries, "-ed" forms), not vocabulary, so they are written here; for other
languages a few future auxiliaries and the past participle endings play the same role.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["sentence_bounds", "tense_near"]

# Each pattern is matched against one word, or two ("going to", "a été"), at a time.
_FUTURE = re.compile(
    r"(?:will|won't|shall|[^\W\d_]*'ll|going to|gonna|is to|are to|due to|set to|expected to"
    r"|scheduled|slated|plans? to|planned|planning|intends? to|would|upcoming|next|coming"
    r"|expected|expects?|likely|should|could|might|may|must|hopes?|ahead of"
    r"|hopes? to|aims? to"
    # a plan with its preposition: "set for March 3", "due in April", "slated for May"
    r"|set for|due (?:in|on|by|for)|(?:slated|planned|scheduled|timed|earmarked) (?:for|in|on)"
    r"|expected (?:in|on|by)"
    # es/pt/fr/it/de future auxiliaries and markers
    r"|va a|van a|vamos a|irá|vai|vão|próxim[oa]|va|vont|prochaine?|prossim[oa]"
    r"|wird|werden|nächste[nrs]?|sarà|saranno"
    # Romance synthetic futures: reunirá, réunira, riunirà, reunirão
    r"|[a-zà-ÿ]{3,}(?:rá|rán|ré|remos|rà|ranno|rò|rão|ront|rons|rez|rai)"
    r"|[a-zà-ÿ]{3,}(?:era|ira))",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"(?:was|were|had|did|said|told|met|went|came|took|made|gave|began|left|held|won|lost"
    r"|brought|bought|sold|fell|rose|grew|paid|led|saw|knew|thought|found|became|ran|spent"
    r"|sent|built|struck|fought|caught|wrote|spoke|broke|chose|flew|threw|stood|kept|felt"
    r"|ago|last|earlier|since|previous|past|announced|[a-z]{3,}ed"
    # es/pt/fr/it/de past auxiliaries and participles
    r"|fue|fueron|ha|han|hab[íi]a|foi|foram|a été|était|ont|avait|è stato|sono stati"
    r"|hat|haben|war|waren|wurde|wurden|[a-zà-ÿ]{3,}(?:ado|ido|é|ée|ato|ito|ou|ó|aron|ieron))",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(
    r"(?:opens|closes|begins|starts|ends|resumes|reopens|meets|hears|convenes|arrives|leaves"
    r"|faces|hosts|launches|expires|concludes|testifies|kicks off|takes effect|goes on"
    r"|meet|resume|reopen|begin|convene|arrive|testify|expire)",
    re.IGNORECASE,
)
"""Present-tense event verbs: in news "the plant opens Saturday", "talks resume Friday" and
"the court hears the case Monday" name a coming day (a schedule), not a past one."""
_NOT_SCHEDULE = frozenset({"to", "did", "didn't", "didn’t", "not", "never", "does", "do"})
"""Words before a base form that make it something other than a scheduled present."""
_AS_PLANNED = re.compile(
    r"\b(?:as|than)\s+(?:(?:previously|originally|initially|earlier|widely)\s+)?$",
    re.IGNORECASE,
)
_FUTURE_FRAME = re.compile(
    r"\b(?:will|'ll|shall|would|to|going to)\s+(?:be|have been|have)\s+$", re.IGNORECASE
)
_ADJACENT = re.compile(r"\s+(?:(?:on|in|for|by)\s+)?$", re.IGNORECASE)
"""Only a preposition between a verb and its date: "held in April", "met on Friday"."""
_PERFECT_AFTER = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)
_PAST_FRAME = re.compile(r"\b(?:had been|had|was|were)\s+$", re.IGNORECASE)
_NOT_PAST = frozenset({"need", "indeed", "speed", "feed", "seed", "red", "bed", "hundred"})
_BEFORE_ADJECTIVE = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "still", "newly", "yet"}
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"“'(A-ZÀ-Ý0-9])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (a cheap split on end punctuation)."""
    window_start = max(0, start - 400)
    left = window_start
    for match in _BOUNDARY.finditer(text, window_start, start):
        left = match.end()
    right_match = _BOUNDARY.search(text, end, min(len(text), end + 400))
    right = right_match.start() if right_match else min(len(text), end + 400)
    return left, right


@lru_cache(maxsize=512)
def _cues(text: str, left: int, right: int) -> tuple[tuple[int, int, int], ...]:
    """(start, end, direction) of every tense cue in text[left:right], scanned once."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, left, right)]
    cues: list[tuple[int, int, int]] = []
    index = 0
    while index < len(words):
        start, end, word = words[index]
        direction = 0
        if index + 1 < len(words):
            pair = f"{word} {words[index + 1][2]}"
            direction = 1 if _FUTURE.fullmatch(pair) else -1 if _PAST.fullmatch(pair) else 0
            if direction:
                index += 1
                end = words[index][1]
        if not direction:
            direction, index, end = _scheduled(words, index, end)
        if not direction:
            if _FUTURE.fullmatch(word):
                direction = 1
            elif _PAST.fullmatch(word) and word not in _NOT_PAST:
                direction = -1
                previous = words[index - 1][2] if index > 0 else ""
                if word.endswith("ed") and previous in _BEFORE_ADJECTIVE:
                    direction = 0  # "a still unspecified date", "the revised plan": adjectives
        if direction > 0 and _AS_PLANNED.search(text, max(left, start - 16), start):
            direction = 0  # "as planned", "as previously expected": an earlier plan, no tense
        elif direction > 0 and _PERFECT_AFTER.match(text, end):
            direction = -1  # "may have been", "would have met": a past possibility
        elif direction > 0 and _PAST_FRAME.search(text, max(left, start - 14), start):
            direction = -1  # "was scheduled to", "had been due to": a past plan
        elif direction < 0 and _FUTURE_FRAME.search(text, max(left, start - 20), start):
            direction = 1  # "will be named", "to be completed": a participle in a future
        if direction:
            cues.append((start, end, direction))
        index += 1
    return tuple(cues)


def _scheduled(words: list[tuple[int, int, str]], index: int, end: int) -> tuple[int, int, int]:
    """(+1, index, end) past a scheduled present ("opens", "takes effect"), else (0, ...)."""
    word = words[index][2]
    if index + 1 < len(words) and _SCHEDULED.fullmatch(f"{word} {words[index + 1][2]}"):
        return 1, index + 1, words[index + 1][1]
    previous = words[index - 1][2] if index > 0 else ""
    if _SCHEDULED.fullmatch(word) and previous not in _NOT_SCHEDULE:
        return 1, index, end
    return 0, index, end


def tense_near(text: str, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the tense cue closest to text[start:end].

    ±2 when that cue is the word right before the date.
    """
    left, right = sentence_bounds(text, start, end)
    best_distance = 10**9
    best = 0
    adjacent = False
    for cue_start, cue_end, direction in _cues(text, left, right):
        if start <= cue_start < end:
            continue
        # a verb before the date ("will meet on Friday") governs it more often than one after
        before = cue_end <= start
        distance = start - cue_end if before else 2 * (cue_start - end) + 3
        if distance < best_distance:
            best_distance, best = distance, direction
            adjacent = before and _ADJACENT.match(text, cue_end, start) is not None
    # a verb right before the date ("ended Jan. 31", "terminated on Sept. 27") is decisive
    return best * 2 if adjacent else best
