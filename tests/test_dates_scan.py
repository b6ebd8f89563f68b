"""The scan's shortcuts (`timeline.dates._heads`) are exact: trying a pattern only where its
first words occur finds the same candidates as scanning every position, and the tense cues'
word sets answer as their regexes do."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from timeline.dates import _engine as engine
from timeline.dates._context import Candidate, Found
from timeline.dates._grammar import Grammar, build_grammar
from timeline.dates._heads import (
    DIGIT,
    WordMatcher,
    heads,
    language,
    literals,
    may_end_in_word,
    search_plan,
)
from timeline.dates._tense import cues_for

LANGUAGES = ("en", "es", "fr", "it", "pt", "de")

# words every pattern family starts or ends with, in every language, and noise around them
WORDS = [
    "the",
    "next",
    "morning",
    "last",
    "monday",
    "12",
    "march",
    "2019",
    "march",
    "1998",
    "on",
    "tuesday",
    "since",
    "2001",
    "fy1998",
    "mid-1990s",
    "pre-war",
    "1,500",
    "3.5",
    "20.45",
    "20",
    "h",
    "45",
    "24/12/2019",
    "2019-05-04",
    "'92",
    "nell'83",
    "l'an",
    "dernier",
    "le",
    "lendemain",
    "la",
    "veille",
    "ce",
    "soir",
    "il",
    "y",
    "a",
    "3",
    "ans",
    "hace",
    "dos",
    "años",
    "vor",
    "2",
    "jahren",
    "há",
    "anos",
    "lo",
    "stesso",
    "giorno",
    "am",
    "selben",
    "tag",
    "heuer",
    "im",
    "vorjahr",
    "del",
    "'92",
    "en",
    "97",
    "a",
    "day",
    "later",
    "that",
    "night",
    "first",
    "quarter",
    "third",
    "half",
    "spring",
    "winter",
    "weekend",
    "week",
    "of",
    "july",
    "8",
    "christmas",
    "easter",
    "week",
    "noon",
    "midday",
    "tonight",
    "yesterday",
    "tomorrow",
    "today",
    "earlier",
    "later",
    "ago",
    "after",
    "before",
    "then",
    "commonly",
    "amazement",
    "bathe",
    "asunder",
    "x5",
    "a5",
    "_5",
    "ſix",
    "六",
    "٣",
    "2nd",
    "4th",
    "1st",
    "sept",
    "mar",
    "segunda",
    "mit.",
    "dienstagabend",
    "esta",
    "noche",
    "a",
    "las",
    "21.30",
    "questa",
    "mattina",
    "esta",
    "manhã",
    "primer",
    "trimestre",
    "im",
    "jahr",
    "1998",
    "von",
    "2011",
    "bis",
    "2015",
    "entre",
    "2003",
    "y",
    "2007",
    "du",
    "19",
    "au",
    "23",
    "juillet",
    "2005/2010",
    "(1898-1976)",
    "saison",
    "2002/2003",
    "1990er",
    "jahren",
    "the",
    "1990s",
    "24",
    "years",
    "ago",
    "in",
    "two",
    "weeks",
]


def reference_candidates(text: str, grammar: Grammar) -> list[tuple[int, int, str]]:
    """The scan as it was before the shortcuts: every gate's regex over the whole text and
    every pattern searched from each next position."""
    folded = text.lower()
    same = len(folded) == len(text)
    scanned = folded if same else text
    found = []
    for spec in grammar.patterns(same):
        if spec.gate is not None and spec.gate.search(scanned) is None:
            continue
        position = 0
        while (match := spec.core.search(scanned, position)) is not None:
            position = match.start() + 1
            start = match.start()
            if spec.left is not None:
                context = spec.left.search(scanned, max(0, start - 40), start)
                if context is not None and context.start() < start:
                    start = context.start()
                elif spec.required:
                    continue
            if start > 0 and (scanned[start - 1].isalnum() or scanned[start - 1] in spec.guard):
                continue
            position = max(match.end(), position)
            found.append((start, match.end(), spec.pattern.name))
    return found


def shortcut_candidates(text: str, grammar: Grammar) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.kind) for c in engine._candidates(text, grammar)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shortcut_scan_finds_what_the_full_scan_finds(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On texts of date words, digits and look-alikes glued in random ways (inside words,
    after digits, across punctuation), both scans give the same candidates."""
    monkeypatch.setattr(engine, "SHORT_TEXT", 0)  # the shortcut even for these short texts
    grammar = build_grammar((language,))
    rng = random.Random(language)
    glue = (" ", " ", " ", "", "-", ", ", ". ", "\n", "'", "(", "/", "_")
    for _ in range(300):
        parts = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
        text = "".join(part + rng.choice(glue) for part in parts)
        if rng.random() < 0.3:
            text = text.title()
        assert shortcut_candidates(text, grammar) == reference_candidates(text, grammar), text


def test_heads_are_what_every_match_starts_with() -> None:
    """A word alternation gives its first letters, a leading digit `DIGIT`, and a regex that
    may start with anything none."""
    assert heads(r"(?:jan(?:uary)?|feb(?:ruary)?)\s+(?P<d>\d+)") == ("feb", "jan")
    assert heads(r"(?P<y>\d{4})-\d\d") == (DIGIT,)
    assert heads(r"(?:the\s+)?(?:next|last)\b") == ("las", "nex", "the")
    assert heads(r"(?<=\s)(?:on\s+)?may") == ("may", "on")
    assert heads(r"\w+day") is None
    assert heads(r"(?:x|[^a])y") is None


def test_literals_are_the_shortest_strings_a_gate_matches() -> None:
    """A gate of fixed words becomes substring tests; any other gate keeps its regex."""
    assert literals(r"spring|summer|(?:sep(?:t(?:ember)?)?)") == ("sep", "spring", "summer")
    assert literals(r"week|weekend") == ("week",)
    assert literals(r"the\s+next") is None
    assert literals(r"\bend") is None


def test_language_is_every_string_a_regex_matches_in_full() -> None:
    """A finite alternation gives its whole language; a repetition gives none."""
    assert language(r"agree[sd]? to|plans? to") == frozenset(
        {"agree to", "agrees to", "agreed to", "plan to", "plans to"}
    )
    assert language(r"[a-z]{3,}ed") is None


def test_may_end_in_word_reads_a_left_context_from_its_end() -> None:
    """A left context that ends in a space or an apostrophe cannot reach into a word; one
    that may end in a letter (a hyphen-less prefix, an optional separator) can."""
    assert not may_end_in_word(r"(?:last|next)\s+")
    assert not may_end_in_word(r"l'|d'")
    assert may_end_in_word(r"fiscal\s*|mid-")
    assert may_end_in_word(r"(?:early|late)[\s-]*")


@pytest.mark.parametrize("language_code", [*LANGUAGES, ""])
def test_word_matchers_answer_as_their_regexes(language_code: str) -> None:
    """The tense cues' word sets plus leftover regex match exactly the words the cue regex
    matches in full, whatever their case or alphabet."""
    cues = cues_for((language_code,) if language_code else ())
    samples = [*WORDS, "Will", "WAS", "announced", "Ended", "irá", "sarà", "waſ", "K", "going to"]
    for name in ("future", "past", "not_cue", "intention", "scheduled"):
        matcher = getattr(cues, name)
        assert isinstance(matcher, WordMatcher)
        whole = matcher._whole
        for word in samples + [f"{a} {b}" for a, b in itertools.pairwise(samples)]:
            assert matcher.fullmatch(word) == (whole.fullmatch(word) is not None), (name, word)


def test_candidates_keep_their_groups() -> None:
    """A candidate found by the shortcut carries the same match groups as before."""
    grammar = build_grammar(("en",))
    found = engine._candidates("It closed on March 3, 1998.", grammar)
    mdy = next(c for c in found if c.kind == "mdy")
    assert isinstance(mdy, Candidate) and isinstance(mdy.match, Found)
    assert re.sub(r"\s+", " ", mdy.match.text("m")) == "march"


def test_a_regex_that_ignores_case_has_no_heads() -> None:
    """A global "(?i)" makes every head any case: the analysis gives up rather than guess."""
    assert heads(r"(?i)june") is None
    assert literals(r"(?i)june") is None
    assert language(r"(?i)june") is None


def test_a_short_text_is_scanned_whole_and_a_long_one_by_its_heads() -> None:
    """Titles and captions take one regex search per pattern (cheaper than finding heads
    first); an article's text is looked at only where its patterns' heads occur."""
    plan = search_plan(("ma", "mar"), word_start=True)
    assert engine._Starts("short title").of(plan) is None
    long_text = "x" * engine.SHORT_TEXT + " march 2019"
    assert engine._Starts(long_text).of(plan) == [engine.SHORT_TEXT + 1]


def test_a_search_plan_looks_for_each_head_once_and_for_digits_where_their_runs_start() -> None:
    """Heads that extend another add no place to look; a leading digit is any run of digits
    when a match starts a word, and a full scan when it may start mid-word."""
    assert search_plan(("ma", "mar", "nov"), word_start=True) == (("ma", "nov"), False)
    assert search_plan(("mar", DIGIT + "th"), word_start=True) == (("mar",), True)
    assert search_plan(("mar", DIGIT + "th"), word_start=False) is None
    assert search_plan(("m" + DIGIT, "ma"), word_start=False) == (("m",), False)
    assert search_plan(None, word_start=True) is None
