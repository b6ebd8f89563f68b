"""Titles for dates that are not the sentence's own report: a background date's noun
phrase ("the 1961 treaty"), a statement's saying ("the ministry said ..."), and the report
a sentence gives at the article's day when its own dates are only background."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.dates.mention import DateMention
from timeline.dates.span import to_partial_dates
from timeline.events._lexicon import (
    NOT_ENGLISH,
    PAST_VERB_RE,
    POSSESSIVES,
    SPEECH_VERBS,
    WORD_RE,
    alternation,
    word_set,
)
from timeline.events.people import resolve_pronoun
from timeline.events.roles import CONTEXT_BEFORE_RE, SAYER_RE, DatedMention, list_of_dates
from timeline.events.sentences import Sentence
from timeline.events.tags import EntityIndex, tag_key
from timeline.events.titles import capitalise, limit_words, make_title, remove_date_phrase
from timeline.model import PartialDate

__all__ = ["background_title", "inherited_title", "phrase_with_date", "statement_title"]


_FOREIGN_DETERMINERS = word_set("DETERMINERS", NOT_ENGLISH)
"""Determiners of other languages: before them an "a" is no English article ("a los")."""

_FOREIGN_FUNCTION = (
    word_set("DETERMINERS", NOT_ENGLISH) | word_set("TAIL_WORDS", NOT_ENGLISH)
) - word_set("TAIL_WORDS", ("en",))
"""Words that show a phrase is not English ("del", "della", "des")."""

_ARTICLE_BEFORE_RE = re.compile(rf"\b(?:{alternation('ARTICLES')})\s+$", re.IGNORECASE)
"""An English article right before a phrase."""

_SAYING_VENUE_RE = re.compile(
    rf"\s+(?:{alternation('SAYING_VENUES')})\s+(?:{alternation('ARTICLES')})\s+[^,]*$"
)
"""Where a saying was made (" in a statement"), dropped from its title."""

_LOWERED_DETERMINERS = word_set("LOWERED_CONTENT_DETERMINERS")

_TIME_CONJUNCTION_RE = re.compile(rf"\s+(?:{alternation('TIME_CONJUNCTIONS')})\s+")
"""Where a sentence's report ends and its background starts ("..., since ...")."""

_STATE_AUXILIARY_RE = re.compile(rf"\b(?:{alternation('STATE_AUXILIARIES')})\b", re.IGNORECASE)
"""An auxiliary of a state or a plan ("ties have grown"), not of a day's happening."""


def statement_title(text: str, mentions: Sequence[DateMention]) -> str:
    """ "The port reopened, the ministry said on Thursday" -> "The ministry said the port
    reopened": the saying is what happened at the date, so it leads the title."""
    match = SAYER_RE.search(text)
    if not match:
        return ""
    sayer = match.group("sayer")
    for mention in mentions:
        sayer = remove_date_phrase(sayer, mention.text, mention.precision)
    sayer = re.sub(r"\s+", " ", sayer).strip(" ,.")
    sayer = _SAYING_VENUE_RE.sub("", sayer)
    inverted = re.match(rf"({SPEECH_VERBS})\s+(.+)$", sayer, re.IGNORECASE)
    if inverted:  # "said the engineers" -> "the engineers said"
        sayer = f"{inverted.group(2)} {inverted.group(1)}"
    content = make_title(text[: match.start()], [], focus=None)
    first, _, rest = content.partition(" ")
    if first in _LOWERED_DETERMINERS:
        content = f"{first.lower()} {rest}"
    return capitalise(f"{sayer} {content}")


def background_title(phrase: str, tags: tuple[str, ...], owner: str = "") -> str:
    words = phrase.split()
    if words and words[0].lower() in POSSESSIVES:
        words = [f"{owner}’s", *words[1:]] if owner else words[1:]
    title = capitalise(" ".join(words).strip(" ,.;:"))
    if not title:
        return ""
    words = title.split()
    keys = {tag_key(t) for t in tags}
    mentions_tag = any(tag_key(w) in keys for w in words) or any(
        tag_key(t) in tag_key(title) for t in tags
    )
    if len(words) < 3 and not mentions_tag:
        return title  # too bare: the caller titles it with its sentence
    return limit_words(title)


def phrase_with_date(sentence: Sentence, item: DatedMention, mentions: list[DateMention]) -> str:
    """A bare noun ("Accords") says little; the words from it to its date do ("Accords
    dating back to 1979", "The zoning rules of 1972"). A date that is only a possessive
    ("Wednesday's pact") gives the sentence's own headline instead."""
    text = sentence.text
    offset = sentence.start
    local = item.mention.start - offset
    if re.match(r"['’]s\b", text[item.mention.end - offset :]):
        return make_title(text, mentions, focus=item.mention)
    found = re.search(
        r"\b" + r"\W+".join(re.escape(w) for w in item.phrase.split()) + r"\b", text, re.I
    )
    if not found:
        return ""
    start = min(found.start(), local)
    end = max(found.end(), item.mention.end - offset)
    determiner = _ARTICLE_BEFORE_RE.search(text[:start])
    if determiner and item.phrase.split()[0].lower() not in _FOREIGN_DETERMINERS:
        start = determiner.start()  # not the Spanish "a" of "a los acuerdos"
    members = list_of_dates(item.mention, mentions, text, offset)
    if len(members) > 1 and members[0].start - offset > start:
        # "the charters of 1972, 1985 and 1999": each year's title names only that year
        span = text[start : members[0].start - offset] + item.mention.text
    else:
        span = text[start:end]
    foreign = any(w.lower() in _FOREIGN_FUNCTION for w in WORD_RE.findall(span))
    for mention in mentions:
        if foreign:
            break  # "el rezo del viernes": the date shown is English, the phrase is not
        if mention.resolution != "absolute" and mention.text in span:
            try:
                first, _ = to_partial_dates(mention.value)
            except ValueError:
                return ""
            span = span.replace(mention.text, first.display())
    if len(span.split()) < 3:
        return ""
    return limit_words(capitalise(span.strip(" ,;:")))


def inherited_title(
    sentence: Sentence,
    dated: list[DatedMention],
    anchor: PartialDate,
    mentions: list[DateMention],
    previous: Sequence[str],
    index: EntityIndex,
) -> str:
    """A title for the reported event in a sentence that dates only its background.

    "The leaders signed a pact, replacing deals dating back to 1961" reports the signing at
    the day the article covers; its own dates belong to the older deals.
    """
    first = min(d.mention.start for d in dated) - sentence.start
    head = sentence.text[:first]
    cut = CONTEXT_BEFORE_RE.sub("", head)
    match = re.search(r",[^,]*$", cut)
    clause = cut[: match.start()] if match else cut
    clause = _TIME_CONJUNCTION_RE.split(clause, maxsplit=1)[0]
    if not PAST_VERB_RE.search(clause) or len(WORD_RE.findall(clause)) < 4:
        return ""
    if _STATE_AUXILIARY_RE.search(clause):
        return ""  # "ties have grown closer": a state, not something that happened that day
    title = make_title(clause, [], focus=None)
    return limit_words(resolve_pronoun(title, previous, index))
