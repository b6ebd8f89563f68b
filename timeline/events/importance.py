"""How important an event is: how many distinct articles report its day, and when.

A timeline a journalist would publish keeps the days many outlets reported, and the days
later articles still refer back to. So an event's importance counts *articles*, never
sentences or citations (a page that repeats a date ten times counts once):

- each article that names the event's day (in any sentence, at day precision) adds its
  weight once; the event's own distinct sources add theirs again, so within a day the
  event most sources tell leads;
- a mention made well after the day (a retrospective "on 17 February") weighs more than
  the day's own news, more still a month on when it (or most of its article) names the
  story (the day still matters), and a mention of a day still to come (a plan, a
  schedule) weighs less;
- an article's weight shrinks when it alone would name a large share of all the days the
  collection names (a year-in-review, a live blog, a comment dump);
- the number of articles published on the day or the next is a weak tie-breaker;
- a week, month or year mention never counts for a day inside it;
- within a day, an event's own sources count fully when their sentence writes the day out
  and names the story (`timeline.events.story`), less for a day only pointed at and for a
  sentence about something else: the event that leads a day tells the story, dated surely.

Events at month or year precision, and ranges, count only their own sources.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from timeline.events.candidates import Candidate
from timeline.events.merge import MergedEvent
from timeline.events.story import story_names, tells_story
from timeline.model import Precision

__all__ = [
    "DOMINANT_SHARE",
    "LASTING_BONUS",
    "LASTING_DAYS",
    "OFF_STORY_WEIGHT",
    "PLAN_WEIGHT",
    "POINTED_WEIGHT",
    "RETROSPECTIVE_BONUS",
    "RETROSPECTIVE_DAYS",
    "STORY_ARTICLE_SHARE",
    "VOLUME_WEIGHT",
    "article_weights",
    "day_support",
    "rank_events",
]

RETROSPECTIVE_DAYS = 3
"""A mention this many days or more after the day it names looks back at it."""
RETROSPECTIVE_BONUS = 0.5
"""What a looking-back mention adds to an article's one vote for a day."""
LASTING_DAYS = 30
"""A mention this many days or more after the day, written out and naming the story, says
the day still matters a month on: the days a journalist's timeline keeps."""
LASTING_BONUS = 1.0
"""What such a lasting mention adds on top of the retrospective bonus. Only for sentences
that name the story (`timeline.events.story`): a year-in-review of other stories looks back
as far. On the six benchmark collections it adds reference days to es-libya and fr-libya and
leaves the other four as they were."""
STORY_ARTICLE_SHARE = 0.5
"""An article at least this share of whose dated sentences name the story is about it: its
lasting mentions count even when their own sentence names nothing (a chronology's "25 April:
rebels take the port"). On the benchmark, shares from 0.3 to 0.6 add the same two es-libya
reference days and leave the other collections as they were."""
POINTED_WEIGHT = 0.5
"""What a day only pointed at ("yesterday", "on Saturday", "today") counts against a day
written out ("on 17 February"): reporters write out the days that matter beyond the news."""
PLAN_WEIGHT = 0.3
"""What a mention of a day after the article's publication counts: a plan, not a report."""
VOLUME_WEIGHT = 0.2
"""Weight of log(1 + articles published on the day or the next): a weak second signal."""
OFF_STORY_WEIGHT = 0.5
"""What an event's own source counts when its sentence names none of the story's names
(`timeline.events.story`): within a day, the event about the story leads. On the six
benchmark collections (`benchmarks.tls`), 0.5 leaves every date-F1 as it was and raises
AR-1 on five (leave-one-collection-out, with the pointed weight below applied too)."""
DOMINANT_SHARE = 0.15
"""No article's days may make more than this share (or 3 articles' worth, in a small
collection) of all the (article, day) votes; a bigger one is scaled down to it. At 0.1 the
cap also held down the longest real reports of es-libya and it-libya (benchmarks.tls: two
and one reference days more at 0.15, the others level; 0.2 and no cap score the same)."""


def _is_day(candidate: Candidate) -> bool:
    return candidate.date.precision is Precision.DAY and candidate.end is None


def article_weights(candidates: Sequence[Candidate]) -> dict[str, float]:
    """Each source's weight: 1, or less for a page that names a dominating share of days."""
    days: dict[str, set[dt.date]] = {}
    for candidate in candidates:
        if _is_day(candidate):
            days.setdefault(candidate.citation.source, set()).add(candidate.date.first_day())
    total = sum(len(d) for d in days.values())
    if not days:
        return {}
    share = max(DOMINANT_SHARE, 3 / len(days))
    cap = share * total
    return {source: min(1.0, cap / len(d)) if d else 1.0 for source, d in days.items()}


def _vote(day: dt.date, published: dt.date | None) -> float:
    """One article's vote for a day, by when it names it relative to its publication."""
    if published is None:
        return 1.0
    gap = (published - day).days
    if gap < 0:
        return PLAN_WEIGHT
    if gap >= RETROSPECTIVE_DAYS:
        return 1.0 + RETROSPECTIVE_BONUS
    return 1.0


def _story_articles(candidates: Sequence[Candidate], about: Mapping[str, bool]) -> set[str]:
    """The sources whose dated sentences name the story at least `STORY_ARTICLE_SHARE` of
    the time (each distinct sentence once)."""
    told: dict[str, list[bool]] = {}
    for source, quote in {(c.citation.source, c.citation.quote) for c in candidates}:
        told.setdefault(source, []).append(about[quote])
    return {s for s, flags in told.items() if sum(flags) >= STORY_ARTICLE_SHARE * len(flags)}


def day_support(
    candidates: Sequence[Candidate],
    published: Mapping[str, dt.date | None],
    weights: Mapping[str, float] | None = None,
    names: frozenset[str] | None = None,
) -> dict[dt.date, float]:
    """Each day's score: every article naming it votes once (its best vote), weighted.

    A sentence that several articles print word for word (wire copy, a teaser) votes once,
    for the first article that has it. `names` are the story's (`story_names` of the
    candidates when not given): a lasting mention counts more only when it, or most of its
    article, names the story.
    """
    weights = article_weights(candidates) if weights is None else weights
    names = story_names(candidates) if names is None else names
    about = {quote: tells_story(quote, names) for quote in {c.citation.quote for c in candidates}}
    on_story = _story_articles(candidates, about)
    first: dict[str, str] = {}
    votes: dict[tuple[dt.date, str], float] = {}
    for candidate in candidates:
        if not _is_day(candidate):
            continue
        day = candidate.date.first_day()
        source = first.setdefault(candidate.citation.quote, candidate.citation.source)
        on = published.get(source)
        vote = _vote(day, on)
        if not candidate.stated:
            vote *= POINTED_WEIGHT
        elif (
            on is not None
            and (on - day).days >= LASTING_DAYS
            and (about[candidate.citation.quote] or source in on_story)
        ):
            vote += LASTING_BONUS
        key = (day, source)
        votes[key] = max(votes.get(key, 0.0), vote)
    support: dict[dt.date, float] = {}
    for (day, source), vote in votes.items():
        support[day] = support.get(day, 0.0) + vote * weights.get(source, 1.0)
    volume = Counter(day for day in published.values() if day is not None)
    for day in support:
        issued = volume[day] + volume[day + dt.timedelta(days=1)]
        support[day] += VOLUME_WEIGHT * math.log1p(issued)
    return support


def _citation_quality(
    candidates: Sequence[Candidate], names: frozenset[str]
) -> dict[tuple[str, str, str], float]:
    """(source, quote, date) -> how surely that sentence tells the story at that date: 1, less
    for a day only pointed at (`POINTED_WEIGHT`) and for another story (`OFF_STORY_WEIGHT`)."""
    about: dict[str, bool] = {}
    quality: dict[tuple[str, str, str], float] = {}
    for candidate in candidates:
        quote = candidate.citation.quote
        if quote not in about:
            about[quote] = tells_story(quote, names)
        value = 1.0 if about[quote] else OFF_STORY_WEIGHT
        if _is_day(candidate) and not candidate.stated:
            value *= POINTED_WEIGHT
        key = (candidate.citation.source, quote, candidate.date.iso())
        quality[key] = max(quality.get(key, 0.0), value)
    return quality


def rank_events(
    events: Sequence[MergedEvent],
    candidates: Sequence[Candidate],
    published: Mapping[str, dt.date | None],
) -> list[MergedEvent]:
    """The events with their importance set (rounded to 0.01), in the same order."""
    weights = article_weights(candidates)
    names = story_names(candidates)
    support = day_support(candidates, published, weights, names)
    quality = _citation_quality(candidates, names)
    finest: dict[tuple[str, str], set[str]] = {}
    for candidate in candidates:
        key = (candidate.citation.source, candidate.citation.quote)
        finest.setdefault(key, set()).add(candidate.date.iso())
    out = []
    for event in events:
        # A coarse citation ("in March") may tell the same happening as a day's event and
        # join it, but it never counts for the day: only citations that name the date do.
        date = event.date.iso()
        sources: dict[str, float] = {}
        for c in event.citations:
            if date in finest.get((c.source, c.quote), {date}):
                value = quality.get((c.source, c.quote, date), 1.0)
                sources[c.source] = max(sources.get(c.source, 0.0), value)
        score = sum(weights.get(source, 1.0) * value for source, value in sources.items())
        if event.date.precision is Precision.DAY and event.end is None:
            score += support.get(event.date.first_day(), 0.0)
        out.append(replace(event, weight=round(score, 2)))
    return out
