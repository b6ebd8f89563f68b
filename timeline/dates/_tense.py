"""Which way a sentence points in time, from the verbs nearest a date expression.

"He met them on Tuesday" points back, "they will meet on Friday" forward; a bare weekday
or month takes the direction of the closest tense cue in its sentence. The cues are each
language's auxiliaries, verb endings and frames ("had been", "as planned"), from
`timeline/lang/<code>/dates.py`; this module holds the rules that weigh them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.dates._heads import WordMatcher
from timeline.dates._langdata import DateWords, date_words, pattern_union
from timeline.lang import LANGUAGES

__all__ = ["Cues", "cues_for", "is_tensed", "sentence_bounds", "tense_after", "tense_near"]


def _regex(
    languages: tuple[str, ...], field: Callable[[DateWords], str], frame: str = "{}"
) -> re.Pattern[str]:
    pattern = pattern_union(field(date_words(code)) for code in languages)
    return re.compile(frame.format(pattern), re.IGNORECASE)


def _matcher(languages: tuple[str, ...], field: Callable[[DateWords], str]) -> WordMatcher:
    return WordMatcher(_regex(languages, field))


def _words(
    languages: tuple[str, ...], field: Callable[[DateWords], Iterable[str]]
) -> frozenset[str]:
    return frozenset(word for code in languages for word in field(date_words(code)))


@dataclass(frozen=True, eq=False)
class Cues:
    """The tense cues of one tuple of languages, compiled: the article's language decides
    which verb endings count ("-ria" is a conditional in Portuguese, "Nigeria" in English).

    Each cue is matched against one word, or two ("going to", "a été"), at a time.
    """

    future: WordMatcher
    past: WordMatcher
    not_cue: WordMatcher
    """Two words that hold a cue word and are no cue: "next to" is a place, not the future."""
    intention: WordMatcher
    """An intention and its infinitive ("agreed to buy", "a plan to sell"): the act comes
    after the intention, which may itself be past, so a date after the infinitive ("agreed to
    buy the line in February") takes no tense from the intention: the nearest date wins."""
    scheduled: WordMatcher
    """Present-tense event verbs: in news "the plant opens Saturday", "talks resume Friday"
    and "the court hears the case Monday" name a coming day (a schedule), not a past one."""
    not_schedule: frozenset[str]
    """Words before a base form that make it something other than a scheduled present."""
    causative: frozenset[str]
    """Verbs whose object takes a bare infinitive: "let the talks resume" is no schedule."""
    as_planned: re.Pattern[str]
    future_frame: re.Pattern[str]
    terms: re.Pattern[str]
    """The terms of an announcement point ahead: "payable Dec. 7 to holders of record Nov.
    16", "resigned, effective Feb. 1"."""
    adjacent: re.Pattern[str]
    """Only a preposition between a verb and its date: "held in April", "met on Friday"."""
    perfect_after: re.Pattern[str]
    past_frame: re.Pattern[str]
    perfect_frame: re.Pattern[str]
    temporal_clause: re.Pattern[str]
    """A temporal clause up to its verb: "as soon as trading", "when the board"."""
    not_past: frozenset[str]
    before_adjective: frozenset[str]
    verb_months: frozenset[str]


@cache
def cues_for(languages: tuple[str, ...]) -> Cues:
    """The compiled cues of `languages` (every language with data when empty)."""
    codes = languages or LANGUAGES
    return Cues(
        future=_matcher(codes, lambda w: w.future_cues),
        past=_matcher(codes, lambda w: w.past_cues),
        not_cue=_matcher(codes, lambda w: w.not_cues),
        intention=_matcher(codes, lambda w: w.intentions),
        scheduled=_matcher(codes, lambda w: w.scheduled),
        not_schedule=_words(codes, lambda w: w.not_schedule),
        causative=_words(codes, lambda w: w.causatives),
        as_planned=_regex(codes, lambda w: w.as_planned, r"\b{}$"),
        future_frame=_regex(codes, lambda w: w.future_frame, r"\b{}$"),
        terms=_regex(codes, lambda w: w.terms, r"\b{}$"),
        adjacent=_regex(codes, lambda w: w.adjacent, r"\s+{}$"),
        perfect_after=_regex(codes, lambda w: w.perfect_after, r"\s+{}\b"),
        past_frame=_regex(codes, lambda w: w.past_frame, r"\b{}$"),
        perfect_frame=_regex(codes, lambda w: w.perfect_frame, r"\b{}$"),
        temporal_clause=_regex(
            codes, lambda w: w.temporal_clause, r"\b{}\s+(?:[\w'’.-]+\s+){{0,4}}$"
        ),
        not_past=_words(codes, lambda w: w.not_past),
        before_adjective=_words(codes, lambda w: w.before_adjective),
        verb_months=_words(codes, lambda w: w.verb_months),
    )


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"“'(A-ZÀ-Ý0-9])|\n\s*\n")


def is_tensed(word: str, languages: tuple[str, ...] = ()) -> bool:
    """Is `word` a verb form the tense cues of `languages` know ("disse", "haverá")?"""
    k = cues_for(languages)
    return bool(k.future.fullmatch(word) or k.past.fullmatch(word))


_REACH = 400
"""How far (in characters) a sentence is searched for its ends on each side of a date."""

LONG_SENTENCE = 4000
"""A stretch without sentence punctuation longer than this is no sentence (the longest in
the TimeML and TLS corpora is 2,448 characters): it is read in fixed blocks, so the dates
in it share their tense windows instead of each scanning a window of its own (a megabyte
of "on Monday on Monday ..." was 100,000 windows). Same bound as the event stage's
`timeline.events.sentences.MAX_SENTENCE_CHARS`."""


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (a cheap split on end punctuation), at most
    `_REACH` characters beyond the date on each side; in a stretch longer than
    `LONG_SENTENCE`, the fixed block around the date (`_block`)."""
    if _in_long_stretch(text, start, end):
        return _block(text, start, end)
    window_start = max(0, start - _REACH)
    left = window_start
    for match in _BOUNDARY.finditer(text, window_start, start):
        left = match.end()
    right_match = _BOUNDARY.search(text, end, min(len(text), end + _REACH))
    right = right_match.start() if right_match else min(len(text), end + _REACH)
    return left, right


def _in_long_stretch(text: str, start: int, end: int) -> bool:
    """Is there no sentence boundary (nor the text's edge) within `LONG_SENTENCE` characters
    on one side of text[start:end]?"""
    if len(text) <= LONG_SENTENCE:
        return False
    boundaries = _boundaries(text)
    before = bisect.bisect_left(boundaries, start) - 1
    after = bisect.bisect_left(boundaries, end)
    return (
        start > LONG_SENTENCE and (before < 0 or boundaries[before] < start - LONG_SENTENCE)
    ) or (
        end + LONG_SENTENCE < len(text)
        and (after == len(boundaries) or boundaries[after] > end + LONG_SENTENCE)
    )


@lru_cache(maxsize=4)
def _boundaries(text: str) -> list[int]:
    """Where every sentence boundary of the text starts: one scan per text, so telling an
    overlong stretch from a long sentence costs a bisection per date."""
    return [match.start() for match in _BOUNDARY.finditer(text)]


def _block(text: str, start: int, end: int) -> tuple[int, int]:
    """The window of a date in an overlong stretch: the `_REACH`-sized block it starts in
    and one block on each side, so it sees at least `_REACH` characters either way and the
    dates of one block share their window (and its scan of tense cues)."""
    left = max(0, (start // _REACH - 1) * _REACH)
    return left, min(len(text), max(left + 3 * _REACH, end))


_WORD_CACHE = 1 << 14
"""Distinct words (and word pairs) whose cue tests are remembered: a window is rescanned
for every date in it, so the same words are tested again and again; a dictionary look-up
instead of three large alternations keeps that rescan cheap."""


@lru_cache(maxsize=_WORD_CACHE)
def _direction_of(k: Cues, words: str) -> int:
    """+1 for a future cue, -1 for a past one (one word or a pair), else 0."""
    return 1 if k.future.fullmatch(words) else -1 if k.past.fullmatch(words) else 0


@lru_cache(maxsize=_WORD_CACHE)
def _is_not_cue(k: Cues, pair: str) -> bool:
    return k.not_cue.fullmatch(pair)


@lru_cache(maxsize=_WORD_CACHE)
def _is_intention(k: Cues, pair: str) -> bool:
    return k.intention.fullmatch(pair)


@lru_cache(maxsize=_WORD_CACHE)
def _is_scheduled(k: Cues, words: str) -> bool:
    return k.scheduled.fullmatch(words)


@lru_cache(maxsize=512)
def _cues(text: str, left: int, right: int, k: Cues) -> tuple[tuple[int, int, int], ...]:
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
        if pair and _is_not_cue(k, pair):
            index += 2
            continue
        if pair:
            direction = _direction_of(k, pair)
            if direction:
                index += 1
                end = words[index][1]
        if not direction and pair and _is_intention(k, pair):
            cues.append((start, words[index + 1][1], 0))
            prospect = words[index + 1][1]
            index += 2
            continue
        if not direction:
            direction, index, end = _scheduled(words, index, end, k)
        if not direction and word in k.verb_months and text[start].isupper() and index > 0:
            index += 1
            continue  # "disclosed in May": mid-sentence, capitalised, the month and not the verb
        if not direction:
            direction = _direction_of(k, word)
            if direction < 0 and word in k.not_past:
                direction = 0
            elif direction < 0:
                previous = words[index - 1][2] if index > 0 else ""
                if word.endswith("ed") and previous in k.before_adjective:
                    direction = 0  # "a still unspecified date", "the revised plan": adjectives
        if direction < 0 and _backshifted(text, prospect, start, k):
            direction = 1  # "would buy as soon as trading opened Monday": a backshifted future
        framed = False
        if direction > 0 and k.as_planned.search(text, max(left, start - 16), start):
            direction = 0  # "as planned", "as previously expected": an earlier plan, no tense
        elif direction > 0 and k.perfect_after.match(text, end):
            direction = -1  # "may have been", "would have met": a past possibility
        elif direction > 0 and k.past_frame.search(text, max(left, start - 14), start):
            direction = -1  # "was scheduled to", "had been due to": a past plan
            framed = not k.perfect_frame.search(text, max(left, start - 14), start)
        elif direction < 0 and k.future_frame.search(text, max(left, start - 20), start):
            direction = 1  # "will be named", "to be completed": a participle in a future
        if direction:
            # the last cue looks ahead, from now or from the past ("would", "was likely to")
            prospect = end if direction > 0 or framed else -1
            cues.append((start, end, direction))
        index += 1
    return tuple(cues)


def _backshifted(text: str, prospect: int, start: int, k: Cues) -> bool:
    """Is the past verb at `start` a temporal clause's backshifted future? Sequence of tenses:
    "said it would buy as soon as trading opened Monday" is "will buy as soon as trading opens".

    `prospect` is where the last forward-looking cue ended ("would", "likely to", -1 if none);
    no other cue stands between them.
    """
    if prospect < 0 or start - prospect > 120:
        return False
    clause = k.temporal_clause.search(text, prospect, start)
    return clause is not None


def _scheduled(
    words: list[tuple[int, int, str]], index: int, end: int, k: Cues
) -> tuple[int, int, int]:
    """(+1, index, end) past a scheduled present ("opens", "takes effect"), else (0, ...)."""
    word = words[index][2]
    if index + 1 < len(words) and _is_scheduled(k, f"{word} {words[index + 1][2]}"):
        return 1, index + 1, words[index + 1][1]
    previous = words[index - 1][2] if index > 0 else ""
    if not _is_scheduled(k, word) or previous in k.not_schedule:
        return 0, index, end
    if not word.endswith("s") and any(
        w[2] in k.causative for w in words[max(0, index - 5) : index]
    ):
        return 0, index, end  # "let the offensive begin Saturday": an infinitive, no present
    return 1, index, end


def tense_after(text: str, start: int, end: int, languages: tuple[str, ...] = ()) -> int:
    """-1, +1 or 0: the direction of the first tense cue after text[start:end] in its
    sentence ("until Tuesday, when he was released": -1)."""
    k = cues_for(languages)
    left, right = sentence_bounds(text, start, end)
    return next((d for s, _, d in _cues(text, left, right, k) if s >= end and d), 0)


def tense_near(text: str, start: int, end: int, languages: tuple[str, ...] = ()) -> int:
    """-1 past, +1 future, 0 unknown: the tense cue closest to text[start:end], read with
    the cues of `languages` (every language's when empty).

    ±2 when that cue is the word right before the date.
    """
    k = cues_for(languages)
    left, right = sentence_bounds(text, start, end)
    if k.terms.search(text, max(left, start - 24), start):
        return 1  # a lean, not a verdict: "effective Oct. 1" said on Oct. 28 is the one past
    best_distance = 10**9
    best = 0
    adjacent = False
    for cue_start, cue_end, direction in _cues(text, left, right, k):
        if start <= cue_start < end:
            continue
        # a verb before the date ("will meet on Friday") governs it more often than one after
        before = cue_end <= start
        distance = start - cue_end if before else 2 * (cue_start - end) + 3
        if distance < best_distance:
            best_distance, best = distance, direction
            adjacent = before and k.adjacent.match(text, cue_end, start) is not None
    # a verb right before the date ("ended Jan. 31", "terminated on Sept. 27") is decisive
    return best * 2 if adjacent else best
