"""A sentence -> a headline: the clause its date belongs to, date phrases, attribution,
openers and quotes removed, at most 15 words cut at a clause boundary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.dates.mention import DateMention
from timeline.events._lexicon import SPEECH_VERBS, WORD_RE, wordset
from timeline.events.clauses import (
    again_clause,
    complement_clause,
    focus_clause,
    relative_clause,
    restrictive_clause,
    when_clause,
)

__all__ = ["MAX_TITLE_WORDS", "capitalise", "limit_words", "make_title", "remove_date_phrase"]


MAX_TITLE_WORDS = 15


_GLUE_BEFORE_RE = re.compile(
    r"(?:\b(?:on|in|at|during|by|this|last|next|early|late|later|earlier|from|of|since|until"
    r"|through|for|after|before|around|to|till|within|throughout"
    r"|(?:in|during)\s+the\s+(?:(?:early|small|late)\s+)?(?:hours|morning|afternoon|evening|night)"
    r"\s+of|en\s+la\s+(?:madrugada|mañana|tarde|noche)\s+del?"
    r"|en|el|la|de|del|le|au|em|am|im|il|nel|para|desde|hasta|durante|antes\s+del?"
    r"|después\s+del?|pour|depuis|jusqu['’]au|avant|après|für|seit|bis|vor|nach"
    r"|(?:that|the|this|ese|esa|este|esta|aquel|aquella|ce|cette|cet|dem|diesem|jenem|quel|quello)"
    r"\s+(?:same|very|mismo|misma|même|selben|gleichen|stesso|stessa)"
    r"|ese|esa|este|esta|aquel|aquella|ce|cette|cet|dem|diesem|jenem)\s+)+$",
    re.IGNORECASE,
)
"""Words that only attach a date ("on Tuesday", "planned for next month", "later on
Wednesday", "in the early hours of Monday", "en 2019", "ese mismo miércoles"), removed
with it from titles, so no preposition or determiner is left behind."""


_GLUE_AFTER_RE = re.compile(r"^\s*(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


_PARENS_RE = re.compile(r"\(\s*[,\s]*\)")


_QUOTE_CHARS_RE = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")


_DISCOURSE_OPENERS = wordset(
    """
    according however meanwhile moreover also furthermore additionally in on at during
    after upon as although though while earlier later since following separately still
    but and so yet then afterwards this today yesterday there thus hence nevertheless
    según tras además durante después antes mientras aunque también luego entonces
    asimismo selon après pendant cependant laut nach
    """
)
"""First words of an opening phrase that is not the event ("According to X,", "Tras su
paso por Oslo,"), in English and, cheaply, Spanish, French and German."""


_TRAILING_ATTRIBUTION_RE = re.compile(
    rf",\s*(?:{SPEECH_VERBS}\b[^,]*|[^,]{{1,60}}\b{SPEECH_VERBS}(?:\s+\w+)?|according to [^,]+)"
    r"(?:,[^,]*)?[.!]?$",
    re.IGNORECASE,
)


_CLAUSE_BREAK_RE = re.compile(
    r"\s*(?:[,;:]|\s[–—-]\s)\s*|\s+(?=(?:which|who|whom|whose|while|amid|amidst|including"
    r"|that|because|although|though|whereas|as\s+part|in\s+a|in\s+an"
    r"|que|quien|quienes|cuyo|cuya|donde|mientras|porque|aunque|qui|dont|où)\b)",
    re.IGNORECASE,
)


_PUNCTUATION_BREAK_RE = re.compile(r"\s*(?:[,;:]|\s[–—-]\s)\s*")


_TAIL_WORDS = wordset(
    "a an the and or but of to in on at by for with from as than that which who his her its"
    " their this these those is are was were"
)


_FOREIGN_TAIL_WORDS = wordset(
    "de del la el los las y en un una con por para al que se su sus le les des du et à au"
    " une do da em um uma den dem und"
)
"""Function words of other languages; only lower-case ones end nothing ("Kim Jong Un" may)."""


_SOFT_BREAK_RE = re.compile(r"\s+(?=(?:in|at|for|with|by|on|to|from|over|and)\s)")


_APPOSITIVE_OPENING_RE = re.compile(
    r"^(?:The\s+)?[^,]{0,50}\b(?:[Pp]resident|[Ll]eader|[Mm]inister|[Cc]hancellor|[Ss]ecretary"
    r"|[Gg]overnor|[Mm]ayor|[Cc]hief|[Hh]ead)\b[^,]{0,40},\s+"
    r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}),\s+"
)


_NONRESTRICTIVE_RE = re.compile(r",\s*(?:who|which)\s+[^,]+,", re.IGNORECASE)


_APPOSITIVE_ROLE_RE = re.compile(r"(?<=[A-Z][a-z])\s*,\s+(?:the|a|an)\s+[a-z][^,]{0,40},")


_ROLE_BEFORE_NAME_RE = re.compile(
    r"\b(?:(?:[A-Z][a-z]+\s+){0,2})(?:President|Prime Minister|Chancellor|Premier|leader|"
    r"President|Minister|Secretary|Governor|Mayor|King|Queen)\s+(?=[A-Z][a-z]+\s+[A-Z])"
)


_PLUPERFECT_RE = re.compile(
    r"\bhad\s+(?=(?:\w{3,}ed|spent|met|held|made|sent|led|left|built|sold|brought|fought|won"
    r"|lost|struck|hit|shot|paid|said|told|found|heard|kept|bought|taught)\b)",
    re.IGNORECASE,
)
"""A headline tells what happened: "had spent" reads "spent" (same form for these verbs)."""


def make_title(
    sentence: str, mentions: Sequence[DateMention], focus: DateMention | None = None
) -> str:
    """A headline for a sentence: date phrases and attribution trimmed, ≤ 15 words.

    `mentions` carry offsets into the article; only their text is used here, so a sentence
    quoted on its own works too. `focus` is the mention whose event the title is about:
    when it sits in a side clause ("the war, which broke out on June 25, 1950, ...") or in
    one of two joined clauses, the title is that clause.
    """
    texts = {m.text: _mask(m.text) for m in mentions}
    if focus is not None:
        texts.setdefault(focus.text, _mask(focus.text))
    text = sentence
    for original, masked in texts.items():
        text = text.replace(original, masked)
    focus_text = texts[focus.text] if focus is not None else ""
    text = again_clause(text, focus_text)
    text = (
        when_clause(text, focus_text)
        or relative_clause(text, focus_text)
        or restrictive_clause(text, focus_text)
        or _NONRESTRICTIVE_RE.sub("", focus_clause(complement_clause(text, focus_text), focus_text))
    )
    for mention in sorted(mentions, key=lambda m: -len(m.text)):
        masked = texts[mention.text]
        if mention.resolution == "anchored" and mention is not focus:
            text = _remove_anchored_phrase(text, masked)
        text = remove_date_phrase(text, masked, mention.precision)
    text = _PARENS_RE.sub(" ", text)
    text = _PLUPERFECT_RE.sub("", text)
    text = _QUOTE_CHARS_RE.sub("", text)
    text = _strip_opening(text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text))
    text = _TRAILING_ATTRIBUTION_RE.sub("", text)
    text = _APPOSITIVE_OPENING_RE.sub(r"\g<name> ", text)
    text = _APPOSITIVE_ROLE_RE.sub("", text)
    text = _ROLE_BEFORE_NAME_RE.sub("", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:.!-–—")
    return limit_words(capitalise(_unmask(text)))


_MASKED_COMMA = "\u2063"


def _mask(date_text: str) -> str:
    """A date's commas ("June 25, 1950") must not read as clause boundaries."""
    return date_text.replace(",", _MASKED_COMMA)


def _unmask(text: str) -> str:
    return text.replace(_MASKED_COMMA, ",")


def _remove_anchored_phrase(text: str, date_text: str) -> str:
    """ "marking his return exactly 24 years after his last visit" -> "marking his return"."""
    pattern = (
        r"(?:,?\s*\b(?:during|on|in|at|for|with|as|after)\s+"
        r"(?:(?:his|her|their|its|the|a|an|[A-Z][\w\-]*['’]s)\s+)?(?=\S*"
        + re.escape(date_text[:1])
        + r"))?"
        r"\s*(?:\b(?:exactly|nearly|almost|about|some|just|over|more than|less than)\s+)?"
        + re.escape(date_text)
        + r"[^,;.:()]*"
    )
    return re.sub(pattern, " ", text, count=1)


_OBJECT_NOUNS = {
    "day": "the day",
    "week": "the week",
    "month": "the month",
    "season": "the season",
    "quarter": "the quarter",
    "year": "the year",
    "decade": "the decade",
}
"""What stands in for a date that is a verb's object ("spent Tuesday in Yakutsk")."""


_TIME_OBJECT_VERB_RE = re.compile(
    r"(?:spen[dt]|spends|spending|pass(?:ed|es)?|marked|marks|celebrated|celebrates"
    r"|commemorated|devoted|dedicated|chose|picked|declared|named|designated)",
    re.IGNORECASE,
)
"""Verbs that take a time as their object; after others ("signed Wednesday an agreement")
the date is an adverb and goes without a trace."""


def remove_date_phrase(text: str, date_text: str, precision: str = "day") -> str:
    if not date_text:
        return text
    position = text.find(date_text)
    if position < 0:
        return text
    before = text[:position]
    after = text[position + len(date_text) :]
    possessive = re.match(r"['’]s\b", after)
    if possessive:  # "Wednesday's pact" -> "the pact"
        return f"{before.rstrip()} the {after[possessive.end() :].lstrip()}"
    verb = re.search(r"\b(\w+)\s+$", before)
    if verb and _TIME_OBJECT_VERB_RE.fullmatch(verb.group(1)):
        # "Putin spent Tuesday in Yakutsk": the date is an object; keep a noun in its place
        return f"{before.rstrip()} {_OBJECT_NOUNS.get(precision, 'the day')} {after.lstrip()}"
    before = _GLUE_BEFORE_RE.sub("", before)
    after = _GLUE_AFTER_RE.sub("", after)
    return f"{before.rstrip()} {after.lstrip()}"


def _strip_opening(text: str) -> str:
    """Drop a leading discourse or adverbial phrase ("According to X, ...", "However, ...")."""
    match = re.match(r"\s*([^,]{0,80}),\s+(?=\S)", text)
    if not match:
        return text
    opening = match.group(1).split()
    if opening and opening[0].lower() in _DISCOURSE_OPENERS and len(opening) <= 10:
        rest = text[match.end() :]
        if len(WORD_RE.findall(rest)) >= 3:
            return rest
    return text


def limit_words(title: str) -> str:
    """At most 15 words, cut at the last clause boundary that fits: punctuation first, then
    a relative pronoun, then a preposition; never ending on a function word."""
    words = title.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _trim_tail(title)
    for pattern, minimum in (
        (_PUNCTUATION_BREAK_RE, 4),
        (_CLAUSE_BREAK_RE, 4),
        (_SOFT_BREAK_RE, 6),
    ):
        best = ""
        for match in pattern.finditer(title):
            prefix = title[: match.start()]
            after_that = title[match.end() :].lower().startswith("that")
            if after_that and re.search(
                rf"\b(?:{SPEECH_VERBS}(?:\s+\w+)?|so|such|now)\s*$", prefix, re.I
            ):
                continue
            count = len(prefix.split())
            if count > MAX_TITLE_WORDS:
                break
            if count >= minimum:
                best = prefix
        if best:
            return _trim_tail(best)
    return _trim_tail(" ".join(words[:MAX_TITLE_WORDS]))


def _trim_tail(title: str) -> str:
    head, comma, last = title.rstrip(" ,;:.").rpartition(",")
    if comma and len(last.split()) == 1 and len(head.split()) >= 4:
        title = head  # a dangling ", beginning" left by a removed date phrase
    words = title.rstrip(" ,;:.").split()
    while len(words) > 1 and (
        words[-1].lower().strip(",;:") in _TAIL_WORDS
        or words[-1].strip(",;:") in _FOREIGN_TAIL_WORDS
    ):
        words.pop()
    return " ".join(words).rstrip(" ,;:.")


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
