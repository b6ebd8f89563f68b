"""Who a title's "He"/"She" or a phrase's "his" is: the person the sentence or the few
sentences before it name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events._lexicon import PAST_VERB_RE, alternation, word_set
from timeline.events.sentences import Sentence
from timeline.events.tags import EntityIndex, country_names, find_tags, tag_key

__all__ = ["PRONOUN_START_RE", "first_person", "person_in", "resolve_pronoun"]


PRONOUN_START_RE = re.compile(rf"^(?:{alternation('SUBJECT_PRONOUNS')})\b")
"""A title that starts with "He"/"She": the person it stands for is named before."""


def first_person(sentence: Sentence, index: EntityIndex) -> str:
    """The first known person named outside quotes: whom "his" most likely refers to."""
    outside_quotes = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", sentence.text)
    return _subject_person(outside_quotes, index)


def resolve_pronoun(title: str, previous: Sequence[str], index: EntityIndex) -> str:
    """ "He signed ..." -> "Kim Jong Un signed ...": the previous sentence's subject, or else
    the one person the few sentences before it name (two people leave "He" as written)."""
    if not PRONOUN_START_RE.match(title) or not previous:
        return title
    unquoted = [re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text) for text in previous]
    person = _subject_person(unquoted[-1], index)
    if not person:
        people = {tag_key(p): p for text in unquoted[:-1] for p in _people_in(text, index)}
        person = next(iter(people.values())) if len(people) == 1 else ""
    return PRONOUN_START_RE.sub(person, title, count=1) if person else title


def _people_in(text: str, index: EntityIndex) -> list[str]:
    """Every person `text` names: known people, or two- or three-word capitalised names."""
    people = set(index.people.values())
    countries = set(country_names().values())
    return [
        tag
        for tag in find_tags(text, index, limit=10)
        if tag in people
        or (
            2 <= len(tag.split()) <= 3
            and tag not in countries
            and all(w[:1].isupper() for w in tag.split())
            and tag.split()[-1].lower() not in _NOT_PERSON_HEADS
        )
    ]


_NOT_PERSON_HEADS = word_set("NOT_PERSON_HEADS")
"""Last words of capitalised names that are not people ("Korean War", "Red Square")."""


_PERSON_VERBS = word_set("PERSON_VERBS")
"""Besides past verbs, verbs after a lone name that make it a person ("Putin was")."""


def person_in(text: str, index: EntityIndex) -> str:
    """Who a side clause's "he" is: a person named in `text`, an owner ("Putin's trip") or
    a single name doing something ("Putin came")."""
    person = _subject_person(text, index)
    if person:
        return person
    countries = set(country_names().values())
    for match in re.finditer(r"\b([A-Z][\w\-]+)(?:['’]s\b|\s+(\w+))", text):
        name, verb = match.group(1), match.group(2)
        if name in countries or (match.start() == 0 and verb is None):
            continue
        if verb is None or PAST_VERB_RE.fullmatch(verb) or verb in _PERSON_VERBS:
            return name
    return ""


def _subject_person(text: str, index: EntityIndex) -> str:
    """The first person named in `text`: a known person, or a two- or three-word name."""
    people = set(index.people.values())
    countries = country_names()
    tags = find_tags(text, index, limit=10)
    for tag in sorted(tags, key=lambda t: _position(text, t)):
        words = tag.split()
        if tag in people or (
            2 <= len(words) <= 3
            and tag not in countries.values()
            and all(w[:1].isupper() for w in words)
        ):
            return tag
    return ""


def _position(text: str, tag: str) -> int:
    for part in (tag, tag.split()[-1], tag.split()[0]):
        found = text.find(part)
        if found >= 0:
            return found
    return len(text)
