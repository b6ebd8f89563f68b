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
_INTENTION = re.compile(
    r"(?:agree[sd]?|decided?|promised?|pledged?|vowed?|offer(?:ed|s)?|intend(?:s|ed)?"
    r"|hoped?|seeks?|sought|aim(?:s|ed)?|want(?:s|ed)?|proposed?|voted"
    r"|agreements?|proposals?|bids?|pacts?|deals?|promises?|pledges?|offers?) to",
    re.IGNORECASE,
)
"""An intention and its infinitive ("agreed to buy", "a plan to sell"): the act comes after
the intention, which may itself be past, so a date after the infinitive ("agreed to buy the
line in February") takes no tense from the intention: the nearest such date wins."""
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
_CAUSATIVE = frozenset(
    {
        "let",
        "lets",
        "make",
        "makes",
        "made",
        "help",
        "helps",
        "helped",
        "watch",
        "watched",
        "see",
        "saw",
        "hear",
        "heard",
    }
)
"""Verbs whose object takes a bare infinitive: "let the talks resume" is no schedule."""
_AS_PLANNED = re.compile(
    r"\b(?:as|than)[\s-]+(?:(?:previously|originally|initially|earlier|widely)\s+)?$",
    re.IGNORECASE,
)
_FUTURE_FRAME = re.compile(
    r"\b(?:will|'ll|shall|would|to|going to)\s+(?:be|have been|have)\s+$", re.IGNORECASE
)
_TERMS = re.compile(r"\b(?:effective|payable|of\s+record)\s+(?:(?:on|as\s+of)\s+)?$", re.I)
"""The terms of an announcement point ahead: "payable Dec. 7 to holders of record Nov. 16",
"resigned, effective Feb. 1"."""
_ADJACENT = re.compile(r"\s+(?:(?:on|in|for|by)\s+)?$", re.IGNORECASE)
"""Only a preposition between a verb and its date: "held in April", "met on Friday"."""
_PERFECT_AFTER = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)
_PAST_FRAME = re.compile(r"\b(?:had been|had|was|were)\s+$", re.IGNORECASE)
_PERFECT_FRAME = re.compile(r"\b(?:had been|had)\s+$", re.IGNORECASE)
_TEMPORAL_CLAUSE = re.compile(
    r"\b(?:as soon as|once|when|after|before|until|till|by the time)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
"""A temporal clause up to its verb: "as soon as trading", "when the board"."""
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
    """(start, end, direction) of every tense cue in text[left:right], scanned once.

    Direction 0 is a neutral cue: an intention's infinitive, which hides the tense of the
    intention's verb from a date after it.
    """
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, left, right)]
    cues: list[tuple[int, int, int]] = []
    prospect = -1  # end of the last cue that looks ahead from its own frame ("would", "likely to")
    index = 0
    while index < len(words):
        start, end, word = words[index]
        direction = 0
        pair = f"{word} {words[index + 1][2]}" if index + 1 < len(words) else ""
        if pair:
            direction = 1 if _FUTURE.fullmatch(pair) else -1 if _PAST.fullmatch(pair) else 0
            if direction:
                index += 1
                end = words[index][1]
        if not direction and pair and _INTENTION.fullmatch(pair):
            cues.append((start, words[index + 1][1], 0))
            prospect = words[index + 1][1]
            index += 2
            continue
        if not direction:
            direction, index, end = _scheduled(words, index, end)
        if not direction and word == "may" and text[start] == "M" and index > 0:
            index += 1
            continue  # "disclosed in May": mid-sentence, capitalised, the month and not the verb
        if not direction:
            if _FUTURE.fullmatch(word):
                direction = 1
            elif _PAST.fullmatch(word) and word not in _NOT_PAST:
                direction = -1
                previous = words[index - 1][2] if index > 0 else ""
                if word.endswith("ed") and previous in _BEFORE_ADJECTIVE:
                    direction = 0  # "a still unspecified date", "the revised plan": adjectives
        if direction < 0 and _backshifted(text, prospect, start):
            direction = 1  # "would buy as soon as trading opened Monday": a backshifted future
        framed = False
        if direction > 0 and _AS_PLANNED.search(text, max(left, start - 16), start):
            direction = 0  # "as planned", "as previously expected": an earlier plan, no tense
        elif direction > 0 and _PERFECT_AFTER.match(text, end):
            direction = -1  # "may have been", "would have met": a past possibility
        elif direction > 0 and _PAST_FRAME.search(text, max(left, start - 14), start):
            direction = -1  # "was scheduled to", "had been due to": a past plan
            framed = not _PERFECT_FRAME.search(text, max(left, start - 14), start)
        elif direction < 0 and _FUTURE_FRAME.search(text, max(left, start - 20), start):
            direction = 1  # "will be named", "to be completed": a participle in a future
        if direction:
            # the last cue looks ahead, from now or from the past ("would", "was likely to")
            prospect = end if direction > 0 or framed else -1
            cues.append((start, end, direction))
        index += 1
    return tuple(cues)


def _backshifted(text: str, prospect: int, start: int) -> bool:
    """Is the past verb at `start` a temporal clause's backshifted future? Sequence of tenses:
    "said it would buy as soon as trading opened Monday" is "will buy as soon as trading opens".

    `prospect` is where the last forward-looking cue ended ("would", "likely to", -1 if none);
    no other cue stands between them.
    """
    if prospect < 0 or start - prospect > 120:
        return False
    clause = _TEMPORAL_CLAUSE.search(text, prospect, start)
    return clause is not None


def _scheduled(words: list[tuple[int, int, str]], index: int, end: int) -> tuple[int, int, int]:
    """(+1, index, end) past a scheduled present ("opens", "takes effect"), else (0, ...)."""
    word = words[index][2]
    if index + 1 < len(words) and _SCHEDULED.fullmatch(f"{word} {words[index + 1][2]}"):
        return 1, index + 1, words[index + 1][1]
    previous = words[index - 1][2] if index > 0 else ""
    if not _SCHEDULED.fullmatch(word) or previous in _NOT_SCHEDULE:
        return 0, index, end
    if not word.endswith("s") and any(w[2] in _CAUSATIVE for w in words[max(0, index - 5) : index]):
        return 0, index, end  # "let the offensive begin Saturday": an infinitive, no present
    return 1, index, end


def tense_near(text: str, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the tense cue closest to text[start:end].

    ±2 when that cue is the word right before the date.
    """
    left, right = sentence_bounds(text, start, end)
    if _TERMS.search(text, max(left, start - 24), start):
        return 1  # a lean, not a verdict: "effective Oct. 1" said on Oct. 28 is the one past
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
