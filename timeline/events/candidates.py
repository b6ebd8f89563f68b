"""One article's sentences with resolved dates -> candidate events (date, title, tags, citation).

Each date in a sentence is classified (`roles`); the sentence's report is titled by its
headline (`titles`), a background date by the noun phrase it dates (`background`), and a
sentence that dates only background may still report the day the article covers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.dates.mention import DateMention
from timeline.events._lexicon import WORD_RE
from timeline.events.background import (
    background_title,
    inherited_title,
    phrase_with_date,
    statement_title,
)
from timeline.events.keywords import actions_of, keywords_of
from timeline.events.people import PRONOUN_START_RE, first_person, person_in, resolve_pronoun
from timeline.events.plans import is_plan
from timeline.events.roles import DatedMention, DateRole, classify_date, list_of_dates
from timeline.events.sentences import Sentence, split_sentences
from timeline.events.tags import EntityIndex, find_tags
from timeline.events.title_lint import lint_title
from timeline.events.titles import limit_words, make_title
from timeline.model import Citation, PartialDate, Precision

__all__ = [
    "MAX_DATES_PER_SENTENCE",
    "MIN_SENTENCE_WORDS",
    "PRONOUN_LOOKBACK",
    "Candidate",
    "candidates_from_text",
]


MIN_SENTENCE_WORDS = 4
"""Shorter sentences (headlines, captions, "Read more") give no event."""

PRONOUN_LOOKBACK = 4
"""How many sentences back a leading "He"/"She" may look for the one person named."""

MAX_DATES_PER_SENTENCE = 16
"""A sentence naming more dates is a chronology, a schedule or a table, not the report of a
happening: it gives no event at all (its dates are still found, e.g. by `timeline dates`).
Each date's role and title read the whole sentence and every other date in it, so the work
grows with the cube of the dates in one sentence (300 dates took 17 s, 1,000 over five
minutes); the most in one sentence of the TimeML and TLS corpora is 15."""
"""How many sentences back a leading "He"/"She" may look for the one person named."""


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """One sentence's claim that something happened at a date, before merging."""

    date: PartialDate
    end: PartialDate | None
    title: str
    text: str
    tags: tuple[str, ...]
    citation: Citation
    keywords: frozenset[str]
    """Content-word stems and tag keys of the whole sentence."""
    focus: frozenset[str] = frozenset()
    """The keywords of the title: what this candidate is about, weighted more in merging."""
    actions: frozenset[str] = frozenset()
    """Stems of the title's verbs and verbal nouns ("signed", "signing" -> "sign")."""
    background: bool = False
    """True when the date is background in its sentence (titled by its noun phrase)."""
    listed: bool = False
    """True when the date is one of a list ("in 1961, 2000 and 2001")."""
    stated: bool = False
    """True when the sentence writes the day out ("on 17 February", "17/02"), not only
    a word that points at it ("yesterday", "on Saturday")."""
    planned: bool = False
    """True when the title tells a plan ("is scheduled to begin"), not a happening."""
    review: bool = False
    """True when the title fails the headline checks (`title_lint`): a person should look."""
    language: str = ""
    """The article's language ("" when unknown)."""


def _open_quotation(text: str) -> int:
    """Where the quotation still open at the end of `text` starts, or -1."""
    typographic = max(text.rfind(mark) for mark in "“«„")
    if typographic >= 0 and any(mark in text[typographic:] for mark in "”»"):
        typographic = -1
    straight = text.rfind('"') if text.count('"') % 2 else -1
    return max(typographic, straight)


def _asks(sentence: Sentence, dated: Sequence[DatedMention]) -> bool:
    """True when the sentence is a question. One that ends inside a quotation opened after
    its dates reports that the question was asked ("On 1 March she asked: 'Why?'"), even
    when the quotation goes on into the next sentence."""
    bare = sentence.text.rstrip(" ").rstrip("”\"’'» ")
    if not bare.endswith("?"):
        return False
    opened = _open_quotation(bare)
    if opened <= 0:
        return True
    quoted_from = sentence.start + opened
    return any(item.mention.start >= quoted_from for item in dated)


def candidates_from_text(
    source_id: str, text: str, mentions: Sequence[DateMention], *, language: str = ""
) -> list[Candidate]:
    """Every candidate event in one article's cleaned text, given its resolved date mentions.

    `language` (the article's) lets merging tell reports in other languages apart.

    Mentions carry offsets into `text`; citations carry the sentence and its offsets.
    """
    sentences = split_sentences(text)
    index = EntityIndex.from_text(text)
    by_sentence = [
        dates if len(dates) <= MAX_DATES_PER_SENTENCE else []
        for dates in _assign(sentences, mentions)
    ]
    analysed = [
        [d for m in by_sentence[i] if (d := classify_date(s, m, by_sentence[i]))]
        for i, s in enumerate(sentences)
    ]
    anchor = _anchor_date(analysed)
    candidates: list[Candidate] = []
    for i, sentence in enumerate(sentences):
        dated = analysed[i]
        if not dated or len(WORD_RE.findall(sentence.text)) < MIN_SENTENCE_WORDS:
            continue
        if _asks(sentence, dated):
            continue  # a question reports nothing
        previous = tuple(s.text for s in sentences[max(0, i - PRONOUN_LOOKBACK) : i])
        tags = find_tags(sentence.text, index)
        keywords = keywords_of(sentence.text, tags)
        citation = Citation(
            source=source_id, quote=sentence.text, start=sentence.start, end=sentence.end
        )
        found: list[Candidate] = []
        seen: set[tuple[str, DateRole]] = set()
        for item in dated:
            background = item.role is DateRole.BACKGROUND
            key = (item.date.iso(), DateRole.BACKGROUND if background else DateRole.MAIN)
            if key in seen:
                continue
            seen.add(key)
            if item.role is DateRole.STATEMENT:
                if any(d.role is DateRole.MAIN for d in dated):
                    continue  # the reported content has its own date; the saying adds nothing
                title = statement_title(sentence.text, by_sentence[i])
                title = limit_words(resolve_pronoun(title, previous, index))
            elif background:
                title = background_title(item.phrase, tags, first_person(sentence, index))
                if len(title.split()) < 3:
                    title = phrase_with_date(sentence, item, by_sentence[i]) or title
            else:
                title = make_title(sentence.text, by_sentence[i], focus=item.mention)
                if PRONOUN_START_RE.match(title) and not PRONOUN_START_RE.match(sentence.text):
                    # a side clause's "he": the person the sentence named before the date
                    head = sentence.text[: item.mention.start - sentence.start]
                    person = person_in(head, index)
                    if person:
                        title = PRONOUN_START_RE.sub(person, title, count=1)
                title = limit_words(resolve_pronoun(title, previous, index))
            if not title:
                continue
            focus = keywords_of(title, _tags_in(title, tags))
            listed = (
                len(list_of_dates(item.mention, by_sentence[i], sentence.text, sentence.start)) > 1
            )
            found.append(
                Candidate(
                    date=item.date,
                    end=item.end,
                    title=title,
                    text=sentence.text,
                    tags=tags,
                    citation=citation,
                    # a background date is about its noun phrase, not the rest of the sentence
                    keywords=focus if background else keywords,
                    focus=focus,
                    actions=actions_of(title),
                    background=background,
                    listed=listed,
                    stated=_writes_day(item.mention.text),
                    planned=is_plan(title),
                    review=bool(lint_title(title, sentence.text, language=language)),
                    language=language,
                )
            )
        candidates.extend(_distinct_titles(found))
        if anchor and dated and all(d.role is DateRole.BACKGROUND for d in dated):
            inherited = inherited_title(sentence, dated, anchor, by_sentence[i], previous, index)
            if inherited:
                focus = keywords_of(inherited, _tags_in(inherited, tags))
                candidates.append(
                    Candidate(
                        date=anchor,
                        end=None,
                        title=inherited,
                        text=sentence.text,
                        tags=tags,
                        citation=citation,
                        keywords=keywords,
                        focus=focus,
                        actions=actions_of(inherited),
                        planned=is_plan(inherited),
                        review=bool(lint_title(inherited, sentence.text, language=language)),
                        language=language,
                    )
                )
    return candidates


_CLOCK_RE = re.compile(r"\b\d{1,2}\s*[:h]\s*\d{2}\b|\b\d{1,2}\s*(?:am|pm|h)\b", re.IGNORECASE)
"""A clock time ("10:30", "15h30", "8 h 45", "9 am"); "17.02" is a day, so no point."""


def _writes_day(text: str) -> bool:
    """Whether a date mention writes its day out ("17 February", "17/02"): a digit that is
    not part of a clock time ("at 10:30", "dalle 15h00" point at the day they name)."""
    return any(char.isdigit() for char in _CLOCK_RE.sub("", text))


def _tags_in(title: str, tags: tuple[str, ...]) -> tuple[str, ...]:
    """The sentence's tags that the title still names (cheaper than tagging it again)."""
    return tuple(t for t in tags if any(part in title for part in t.split()))


def _assign(sentences: list[Sentence], mentions: Sequence[DateMention]) -> list[list[DateMention]]:
    out: list[list[DateMention]] = [[] for _ in sentences]
    ordered = sorted(mentions, key=lambda m: m.start)
    i = 0
    for mention in ordered:
        while i < len(sentences) and sentences[i].end <= mention.start:
            i += 1
        if i < len(sentences) and sentences[i].start <= mention.start < sentences[i].end:
            out[i].append(mention)
    return out


def _distinct_titles(found: list[Candidate]) -> list[Candidate]:
    """One sentence's events at different dates never share a title: a list of dates
    ("elections were held in 2014 and 2018") names each event's own date."""
    dates: dict[str, set[str]] = {}
    for candidate in found:
        if candidate.listed:
            dates.setdefault(candidate.title, set()).add(candidate.date.iso())
    out = []
    for candidate in found:
        if candidate.listed and len(dates[candidate.title]) > 1:
            title = f"{candidate.title} ({_display(candidate.date, candidate.end)})"
            candidate = replace(candidate, title=title)
        out.append(candidate)
    return out


def _display(date: PartialDate, end: PartialDate | None) -> str:
    return f"{date.display()} – {end.display()}" if end else date.display()


def _anchor_date(analysed: list[list[DatedMention]]) -> PartialDate | None:
    """The day the article reports on: its most often stated day-precision date, if any."""
    days = Counter(
        d.date
        for dated in analysed
        for d in dated
        if d.role is DateRole.MAIN and d.end is None and d.date.precision == Precision.DAY
    )
    if not days:
        return None
    return days.most_common(1)[0][0]
