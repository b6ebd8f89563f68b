"""The story's names: the proper names most of a collection's articles use.

A collection is about one story, and its reports name it: the country, the leader, the
capital ("Yemen", "Saleh", "Sanaa"). Pages also carry other stories (another country's
uprising, a year-in-review), whose sentences name other people and places. Which event of a
day leads is then told by whether its sentence names the story at all; TF-IDF similarity
(`timeline.events.topic`) cannot say it as sharply, since the other stories share the
story's vocabulary ("protests", "president", "regime").

A name is a capitalised word that does not open a sentence or a quotation; a name is the
story's when at least `NAME_SHARE` as many articles use it as the commonest name. Words are
casefolded and cut to `PREFIX` letters, so "Yemen", "yemení" and "yéménite" are one
(adjectives of a place are lower case in most languages). No language data: capitals mark
names in every language the tool reads (German nouns too, but few of them are in most
articles of a collection); the languages' `NOT_NAMES` (English months and weekdays,
"However") and stopwords are never names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from timeline.events._lexicon import STOPWORDS, word_set
from timeline.events.candidates import Candidate

__all__ = [
    "MIN_ARTICLES",
    "NAME_SHARE",
    "PREFIX",
    "names_in",
    "story_names",
    "tells_story",
]

NAME_SHARE = 0.5
"""A name is the story's when at least this share of the commonest name's articles use it.
On the benchmark collections (`benchmarks.tls`) it keeps 4-6 names each: the country, its
leader, the capital (and, in Italian, capitalised common nouns such as "Paese")."""

PREFIX = 5
"""Letters a word keeps: enough to tell names apart, few enough to fold "Yemen"/"yemení"."""

MIN_LETTERS = 3
"""Shorter capitalised words are initials or articles."""

MIN_ARTICLES = 3
"""With fewer articles there is no collection to speak of: every sentence tells the story."""

_NOT_NAMES = word_set("NOT_NAMES") | STOPWORDS
"""Capitalised words that are no names (months and weekdays in English, "However")."""

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_OPENERS = frozenset('.!?:"«“„')
"""A word after one of these opens a sentence or a quotation: its capital says nothing."""


def _fold(word: str) -> str:
    return word.casefold()[:PREFIX]


def _last_part(word: str) -> str:
    """ "l'Égypte" -> "Égypte", "Portavel's" -> "Portavel": the longest part around
    apostrophes (an elided article or a possessive falls away)."""
    return max(re.split("['’]", word), key=len)


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` follows an opener, spaces apart (looked at from the word
    back, not by copying all the text before it for each word)."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in _OPENERS


def names_in(text: str) -> set[str]:
    """The folded names of `text`: capitalised words that open neither it nor a quotation."""
    out: set[str] = set()
    for index, match in enumerate(_WORD_RE.finditer(text)):
        word = _last_part(match.group())
        if len(word) < MIN_LETTERS or not word[0].isupper() or index == 0:
            continue
        if word.casefold() in _NOT_NAMES:
            continue
        if _opens(text, match.start()):
            continue
        out.add(_fold(word))
    return out


def _words(text: str) -> set[str]:
    return {_fold(_last_part(w)) for w in _WORD_RE.findall(text) if len(w) >= MIN_LETTERS}


def story_names(candidates: Sequence[Candidate]) -> frozenset[str]:
    """The story's folded names, from the collection's dated sentences (every article
    counts a name once); empty for fewer than `MIN_ARTICLES` articles."""
    by_source: dict[str, set[str]] = {}
    for candidate in candidates:
        names = by_source.setdefault(candidate.citation.source, set())
        names |= names_in(candidate.citation.quote)
    if len(by_source) < MIN_ARTICLES:
        return frozenset()
    articles: Counter[str] = Counter()
    for names in by_source.values():
        articles.update(names)
    if not articles:
        return frozenset()
    top = max(articles.values())
    return frozenset(name for name, n in articles.items() if n >= NAME_SHARE * top)


def tells_story(text: str, names: Iterable[str]) -> bool:
    """True when `text` uses one of the story's names (in any case), or there are none."""
    wanted = set(names)
    return not wanted or not _words(text).isdisjoint(wanted)
