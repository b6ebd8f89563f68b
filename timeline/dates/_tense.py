"""Which way a sentence points in time, from the verbs nearest a date expression.

"He met them on Tuesday" points back, "they will meet on Friday" forward; a bare weekday
or month takes the direction of the closest tense cue in its sentence. The cues are each
language's auxiliaries, verb endings and frames ("had been", "as planned"), from
`timeline/lang/<code>/dates.py`; this module holds the rules that weigh them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from timeline.dates._langdata import DateWords, date_words, every_pattern, every_word, pattern_union

__all__ = ["sentence_bounds", "tense_near"]


def _regex(field: Callable[[DateWords], str], frame: str = "{}") -> re.Pattern[str]:
    return re.compile(frame.format(every_pattern(field)), re.IGNORECASE)


# Each cue is matched against one word, or two ("going to", "a été"), at a time. The frames
# below are English and apply to every text; the future and past cues are those of the
# languages read, since one language's verb ending is another's participle (Spanish "-ré",
# French "déclaré").


@lru_cache(maxsize=16)
def _tense_cues(languages: tuple[str, ...] | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The future and past cues of `languages` (of every language when None)."""
    if languages is None:
        return _regex(lambda w: w.future_cues), _regex(lambda w: w.past_cues)
    words = [date_words(code) for code in languages]
    return (
        re.compile(pattern_union(w.future_cues for w in words), re.IGNORECASE),
        re.compile(pattern_union(w.past_cues for w in words), re.IGNORECASE),
    )


_INTENTION = _regex(lambda w: w.intentions)
"""An intention and its infinitive ("agreed to buy", "a plan to sell"): the act comes after
the intention, which may itself be past, so a date after the infinitive ("agreed to buy the
line in February") takes no tense from the intention: the nearest such date wins."""
_SCHEDULED = _regex(lambda w: w.scheduled)
"""Present-tense event verbs: in news "the plant opens Saturday", "talks resume Friday" and
"the court hears the case Monday" name a coming day (a schedule), not a past one."""
_NOT_SCHEDULE = every_word(lambda w: w.not_schedule)
"""Words before a base form that make it something other than a scheduled present."""
_CAUSATIVE = every_word(lambda w: w.causatives)
"""Verbs whose object takes a bare infinitive: "let the talks resume" is no schedule."""
_AS_PLANNED = _regex(lambda w: w.as_planned, r"\b{}$")
_FUTURE_FRAME = _regex(lambda w: w.future_frame, r"\b{}$")
_TERMS = _regex(lambda w: w.terms, r"\b{}$")
"""The terms of an announcement point ahead: "payable Dec. 7 to holders of record Nov. 16",
"resigned, effective Feb. 1"."""
_ADJACENT = _regex(lambda w: w.adjacent, r"\s+{}$")
"""Only a preposition between a verb and its date: "held in April", "met on Friday"."""
_PERFECT_AFTER = _regex(lambda w: w.perfect_after, r"\s+{}\b")
_PAST_FRAME = _regex(lambda w: w.past_frame, r"\b{}$")
_PERFECT_FRAME = _regex(lambda w: w.perfect_frame, r"\b{}$")
_TEMPORAL_CLAUSE = _regex(lambda w: w.temporal_clause, r"\b{}\s+(?:[\w'’.-]+\s+){{0,4}}$")
"""A temporal clause up to its verb: "as soon as trading", "when the board"."""
_NOT_PAST = every_word(lambda w: w.not_past)
_BEFORE_ADJECTIVE = every_word(lambda w: w.before_adjective)
_VERB_MONTHS = every_word(lambda w: w.verb_months)
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
def _cues(
    text: str, left: int, right: int, languages: tuple[str, ...] | None = None
) -> tuple[tuple[int, int, int], ...]:
    """(start, end, direction) of every tense cue in text[left:right], scanned once.

    Direction 0 is a neutral cue: an intention's infinitive, which hides the tense of the
    intention's verb from a date after it.
    """
    future, past = _tense_cues(languages)
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, left, right)]
    cues: list[tuple[int, int, int]] = []
    prospect = -1  # end of the last cue that looks ahead from its own frame ("would", "likely to")
    index = 0
    while index < len(words):
        start, end, word = words[index]
        direction = 0
        pair = f"{word} {words[index + 1][2]}" if index + 1 < len(words) else ""
        if pair:
            direction = 1 if future.fullmatch(pair) else -1 if past.fullmatch(pair) else 0
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
        if not direction and word in _VERB_MONTHS and text[start].isupper() and index > 0:
            index += 1
            continue  # "disclosed in May": mid-sentence, capitalised, the month and not the verb
        if not direction:
            if future.fullmatch(word):
                direction = 1
            elif past.fullmatch(word) and word not in _NOT_PAST:
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


def tense_near(text: str, start: int, end: int, languages: tuple[str, ...] | None = None) -> int:
    """-1 past, +1 future, 0 unknown: the tense cue closest to text[start:end], read with
    the future and past cues of `languages` (every language's when None).

    ±2 when that cue is the word right before the date.
    """
    left, right = sentence_bounds(text, start, end)
    if _TERMS.search(text, max(left, start - 24), start):
        return 1  # a lean, not a verdict: "effective Oct. 1" said on Oct. 28 is the one past
    best_distance = 10**9
    best = 0
    adjacent = False
    for cue_start, cue_end, direction in _cues(text, left, right, languages):
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
