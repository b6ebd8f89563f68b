"""Which clause of a sentence a date's event is: "..., when he attended", "..., which broke
out on", "the treaty that Norway signed in", "officials said the bridge opened on", one of
two joined clauses, "and again in"."""

from __future__ import annotations

import re

from timeline.events._lexicon import (
    DETERMINERS,
    NP_STOP,
    PAST_VERB,
    PAST_VERB_RE,
    SPEECH_VERBS,
    STOPWORDS,
    alternation,
    past_forms,
    word_set,
)
from timeline.events.title_lint import has_verb

__all__ = [
    "again_clause",
    "colon_clause",
    "complement_clause",
    "focus_clause",
    "relative_clause",
    "restrictive_clause",
    "subordinate_clause",
    "when_clause",
]


_COORDINATORS = alternation("COORDINATORS")

_RELATIVE_RE = re.compile(
    rf",\s*(?:{alternation('NONRESTRICTIVE_RELATIVES')})\s+"
    rf"(?P<body>[^,]+?(?:,\s*(?:{_COORDINATORS})\s+[^,]+?)*)\s*(?:,|[.!]?$)",
    re.IGNORECASE,
)
"""A side clause after a comma (", which broke out on June 25, 1950,")."""

_SECOND_PREDICATE_RE = re.compile(rf",?\s+(?:{_COORDINATORS})\s+(?=[a-z]+ed\b|[a-z]+s\b)")
"""Where a second predicate of one subject starts ("began in 1950 and ended in 1953")."""


_PREDICATE_OPENERS = word_set("PREDICATE_OPENERS")
"""First words of a joined clause with no subject of its own ("..., and then left")."""

_JOINED_CLAUSES_RE = re.compile(rf"(?:,\s+|;\s+)(?:{alternation('CLAUSE_JOINERS')})\s+|;\s+")
"""Where a second clause joins the first (", and", "; while", ";")."""


_AGAIN_RE = re.compile(
    rf",?\s+(?:{alternation('AGAIN_CONJUNCTIONS')})\s+(?P<again>{alternation('AGAIN_WORDS')})"
    r"\s+(?P<glue>(?:[a-zé]{1,6}\s+){0,3}?)",
    re.IGNORECASE,
)
"""An "and again" before a date ("and again in May 2021", "y de nuevo en")."""


_PRETERITE_RE = re.compile(
    rf"\b(?:\w{{2,}}(?:{alternation('PRETERITE_ENDINGS')})|{PAST_VERB})", re.IGNORECASE
)
"""A past verb in English or by its ending ("met", "se reunieron", "firmó")."""


def again_clause(text: str, date_text: str) -> str:
    """ "met in Oslo in April 2019 and again in May 2021": May 2021 is "met again" (the rest
    of the first clause may not hold for it), and April 2019 is the clause without it."""
    other = _AGAIN_RE.search(text) if date_text else None
    if other is None:
        return text  # no "and again" at all: no pattern built around this date (each costs
        # a compilation of the whole alternation, once per distinct date of the article)
    own = re.search(_AGAIN_RE.pattern + re.escape(date_text), text, re.IGNORECASE)
    if own:
        verb = _PRETERITE_RE.search(text, 0, own.start())
        if not verb:
            return text
        return f"{text[: verb.end()]} {own.group('again')} {date_text}{text[own.end() :]}"
    if date_text in text[: other.start()]:
        return text[: other.start()]  # the first date: "and again ..." belongs to the other
    return text


def relative_clause(text: str, date_text: str) -> str:
    """For a date inside ", which/who ..." the title is antecedent + clause:
    "Moscow backed the North in the Korean War, which broke out on June 25, 1950" ->
    "the Korean War broke out on June 25, 1950" (the date is removed later)."""
    if not date_text:
        return ""
    for match in _RELATIVE_RE.finditer(text):
        body = match.group("body")
        if date_text not in body:
            continue
        parts = _SECOND_PREDICATE_RE.split(body)
        part = next((p for p in parts if date_text in p), body)
        subject = text[: match.start()].strip()
        if len(subject.split()) > 6:
            subject = _antecedent(subject)
        if subject:
            return f"{subject} {part}"
    return ""


_FINITE_RE = re.compile(
    rf"\b(?:{alternation('FINITE_AUXILIARIES')})\b"
    rf"|\b(?!(?:{alternation('NOT_FINITE_VERBS')})\b)\w{{3,}}ed\b"
    rf"|\b(?:{'|'.join(past_forms('finite'))})\b",
    re.IGNORECASE,
)
"""A finite verb: an auxiliary, a regular past, or an irregular one."""


_RELATIVE_PRONOUNS = alternation("RELATIVE_PRONOUNS")

_RESTRICTIVE_RE = re.compile(rf"(?<=[\w’'])\s+(?P<pronoun>{_RELATIVE_PRONOUNS})\s+", re.IGNORECASE)
"""A relative clause without a comma ("the treaty that Norway signed")."""

_RELATIVE_PRONOUN_RE = re.compile(rf"\b(?:{_RELATIVE_PRONOUNS})\b")


_NOT_ANTECEDENT = word_set("NOT_ANTECEDENTS")
"""Words before "that" that take a content clause ("said that", "the news that"), not a
relative one."""


_NOT_ANTECEDENT_STOPWORDS = STOPWORDS - word_set("ANTECEDENT_TIME_NOUNS")
"""Stopwords that cannot head a relative clause (time nouns can: "the year that")."""

_DROP_IN_CLAUSE_RE = re.compile(rf"\b(?:{alternation('DROPPED_IN_CLAUSES')})\s+", re.IGNORECASE)
"""Words a relative clause loses as a headline ("that Norway had signed" -> "Norway signed")."""


def restrictive_clause(text: str, date_text: str) -> str:
    """For a date inside a relative clause without commas, the title is that clause with
    its antecedent put back: "the treaty that Norway and Iceland signed in 1961 is a model"
    -> "Norway and Iceland signed the treaty in 1961"; "the mayor who resigned in 2019 now
    teaches" -> "the mayor resigned in 2019" (the date is removed later)."""
    if not date_text:
        return ""
    at = text.find(date_text)
    for match in _RESTRICTIVE_RE.finditer(text[:at] if at >= 0 else ""):
        before = text[: match.start()]
        head = re.search(r"(\w+)\W*$", before)
        if (
            not head
            or head.group(1).lower() in _NOT_ANTECEDENT
            or head.group(1).lower() in _NOT_ANTECEDENT_STOPWORDS
        ):
            continue
        if PAST_VERB_RE.fullmatch(head.group(1)) or head.group(1).endswith("ing"):
            continue
        clause = text[match.end() :]
        if len(PAST_VERB_RE.findall(clause[: max(clause.find(date_text), 0)])) >= 2:
            continue  # "that X signed in 1961 expired last year": the main clause's date
        breaks = re.search(r"[,;:()]|\s[–—-]\s", clause[clause.find(date_text) :])
        if breaks:
            clause = clause[: clause.find(date_text) + breaks.start()]
        if date_text not in clause:
            continue
        after_date = clause.find(date_text) + len(date_text)
        finite = _FINITE_RE.search(clause, after_date)
        if finite:  # "... signed on Wednesday is the latest": the main clause goes on
            clause = clause[: finite.start()]
        antecedent = _name_phrase(before)
        if not antecedent:
            continue
        first = clause.split()[0] if clause.split() else ""
        if _FINITE_RE.fullmatch(first) or match.group("pronoun").lower() == "who":
            return f"{antecedent} {clause}".strip()
        verb = PAST_VERB_RE.search(clause)
        if not verb or verb.start() == 0 or date_text in clause[: verb.start()]:
            continue
        subject_and_verb = _DROP_IN_CLAUSE_RE.sub("", clause[: verb.end()])
        return f"{subject_and_verb} {_lower_article(antecedent)}{clause[verb.end() :]}".strip()
    return ""


_LOWERED_DETERMINERS = word_set("LOWERED_OBJECT_DETERMINERS")
_NAME_JOINERS = word_set("NAME_JOINERS")


def _lower_article(phrase: str) -> str:
    """ "The treaty" in object position reads "the treaty"."""
    first, _, rest = phrase.partition(" ")
    if first in _LOWERED_DETERMINERS and rest:
        return f"{first.lower()} {rest}"
    return phrase


def _name_phrase(text: str) -> str:
    """The noun phrase ending `text`, through capitalised names joined by "of", "and" or
    commas ("the Treaty of Friendship, Good-Neighbourliness and Cooperation")."""
    words = text.split()
    taken: list[str] = []
    for position in range(len(words) - 1, max(-1, len(words) - 14), -1):
        word = words[position]
        bare = word.strip(",").lower()
        previous = words[position - 1] if position else ""
        after_name = bool(taken) and taken[-1][:1].isupper()
        if after_name and bare in _NAME_JOINERS and previous[:1].isupper():
            taken.append(word)
            continue
        if after_name and word.endswith(",") and word[:1].isupper():
            taken.append(word)  # "Friendship, Good-Neighbourliness and Cooperation"
            continue
        if bare in NP_STOP or word.endswith(",") or PAST_VERB_RE.fullmatch(word.strip(",")):
            break
        taken.append(word)
        if bare in DETERMINERS:
            break
    return " ".join(reversed(taken))


_BEFORE_WHEN_DATE_RE = re.compile(
    rf"\b(?:{alternation('BEFORE_WHEN_DATE')})(?:\s+(?:{alternation('WHEN_DATE_PREPOSITIONS')}))?\s*$",
    re.I,
)
"""Words before a date whose ", when ..." clause is the event ("since 2017, when")."""


def when_clause(text: str, date_text: str) -> str:
    """ "first trip since 2017, when he attended the summit" dates the when-clause: its
    title is that clause, "he" naming the sentence's first person."""
    if not date_text or "when" not in text:
        return ""
    match = re.search(re.escape(date_text) + r"\s*,\s*when\s+(?P<clause>[^,;:]+)", text)
    if not match or not _BEFORE_WHEN_DATE_RE.search(text[: match.start()]):
        return ""  # "entered into force on X, when ...": the main clause is the event
    clause = match.group("clause").strip()
    return clause if len(clause.split()) >= 3 else ""


_ARTICLES = alternation("ARTICLES")

_SAYER = rf"^(?P<main>.{{3,120}}?\b{SPEECH_VERBS}(?:\s+(?:{alternation('AUDIENCES')}))?)"


_COMPLEMENT_RES = (
    re.compile(_SAYER + r"(?:\s+[^\s,]+){0,4}?\s+that\s+(?P<rest>\S.*)$", re.IGNORECASE),
    re.compile(_SAYER + rf"\s+(?P<rest>(?:{_ARTICLES}|[A-Z])\S*\s.*)$"),
)
"""What was said after its sayer: a "that" clause, or a clause right after the verb."""


_PRESENT_VERB_RE = re.compile(
    rf"\b[a-z]{{3,}}\s+[a-z]{{3,}}s\s+(?:{alternation('PRESENT_VERB_OBJECTS')})\b"
)
"""A subject and a present-tense verb ("the mayor opens the ...")."""

_CLAUSE_START_RE = re.compile(rf"(?:{_ARTICLES}|[A-Z])")


def complement_clause(text: str, date_text: str) -> str:
    """What was said, not the saying, unless the saying holds the date: "Officials said the
    bridge opened on Tuesday" -> "the bridge opened on Tuesday"; "The ministry announced on
    Monday that the mayor will visit on Friday" -> for Friday the visit, for Monday the
    announcement."""
    match = _COMPLEMENT_RES[0].match(text) or _COMPLEMENT_RES[1].match(text)
    if not match or (date_text and date_text not in match.group("rest")):
        return text
    rest = match.group("rest")
    if not _CLAUSE_START_RE.match(rest) or match.group("main").count(",") > 1:
        return text
    finite = _FINITE_RE.search(rest) or _PRESENT_VERB_RE.search(rest)
    relative = _RELATIVE_PRONOUN_RE.search(rest)
    if not finite or len(rest[: finite.start()].split()) > 8:
        return text  # "announced the new budget on Tuesday": an object, not a clause
    if relative and relative.start() < finite.start():
        return text
    return rest


def _antecedent(text: str) -> str:
    """The noun phrase that ends `text` (what a following "which" refers to)."""
    words = text.split()
    taken: list[str] = []
    for word in reversed(words[-8:]):
        if word.lower().strip(",") in NP_STOP or word.endswith(","):
            break
        taken.append(word)
        if word.lower() in DETERMINERS:
            break
    return " ".join(reversed(taken))


_COLON_RE = re.compile(r"(?<!\d):\s+(?![\"“«‘'])")
"""A colon that opens a statement of its own (not a clock time, not a quotation)."""


def colon_clause(text: str, date_text: str) -> str:
    """ "Il Rais ha ospitato conferenze: qui, nel 1999, i leader decisero" -> for 1999 the
    part after the colon, when both sides are clauses with their own verbs."""
    if not date_text:
        return text
    parts = _COLON_RE.split(text)
    if len(parts) < 2 or not has_verb(parts[0], by_position=False):
        return text  # a label or a rubric before the colon ("Ucraina: le notizie")
    for part in parts[1:]:
        clause = part.replace(date_text, " ")
        if date_text in part and len(part.split()) >= 5 and has_verb(clause):
            return part
    return text


def focus_clause(text: str, date_text: str) -> str:
    """Of two joined clauses ("X happened on A, and Y happened on B") the one with the date,
    if it has a subject of its own."""
    if not date_text:
        return text
    text = colon_clause(text, date_text)
    clauses = _JOINED_CLAUSES_RE.split(text)
    if len(clauses) < 2:
        return text
    for index, clause in enumerate(clauses):
        if date_text in clause:
            if index == 0:
                return clause
            first = clause.split()[0] if clause.split() else ""
            if (
                PAST_VERB_RE.fullmatch(first)
                or first.endswith("ed")
                or first.lower() in _PREDICATE_OPENERS
            ):
                return text  # "..., and ended in ...": no subject of its own
            return clause
    return text


_SUBORDINATE_RE = re.compile(
    rf"^\s*(?:{alternation('LEADING_SUBORDINATORS')})\s+(?P<clause>[^,;]+?)\s*,\s*(?P<main>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""A sentence that opens with a subordinate clause ("While talks went on, rebels
advanced")."""


_LEAD_JOINER_RE = re.compile(rf"^\s*(?:{alternation('LEADING_JOINERS')})\s+", re.IGNORECASE)


def _without_lead(text: str, date_text: str) -> str:
    """ "10 gennaio 2015 - Mentre X, Y" and "Pero mientras X, Y" open with the subordinate
    clause too: a dateline that is only the date, and a joiner, come off first."""
    text = text.strip()
    if text.startswith(date_text):
        rest = text[len(date_text) :]
        separator = re.match(r"\s*[-–—:,]\s*", rest)
        if separator:
            text = rest[separator.end() :]
    return _LEAD_JOINER_RE.sub("", text, count=1)


def subordinate_clause(text: str, date_text: str) -> str:
    """Of "While X, Y" the clause the date is in: X (without its conjunction) when the date
    is there, else Y. "Mentre il re ha annunciato domenica il voto, i sauditi aspettano" ->
    "il re ha annunciato domenica il voto"."""
    if not date_text:
        return text
    match = _SUBORDINATE_RE.match(_without_lead(text, date_text))
    if not match:
        return text
    if date_text in match.group("clause"):
        return match.group("clause")
    return match.group("main")
