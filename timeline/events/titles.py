"""A sentence -> a headline: the clause its date belongs to, date phrases, attribution,
openers and quotes removed, at most 15 words cut at a clause boundary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.dates.mention import DateMention
from timeline.events._lexicon import (
    DETERMINERS,
    ENGLISH,
    NOT_ENGLISH,
    SPEECH_VERBS,
    WORD_RE,
    alternation,
    either_case,
    irregular_verbs,
    mapping,
    word_set,
)
from timeline.events.clauses import (
    again_clause,
    complement_clause,
    focus_clause,
    relative_clause,
    restrictive_clause,
    subordinate_clause,
    when_clause,
)
from timeline.events.title_lint import ends_on_particle, has_verb

_ALL_DETERMINERS = word_set("DETERMINERS")

__all__ = ["MAX_TITLE_WORDS", "capitalise", "limit_words", "make_title", "remove_date_phrase"]


MAX_TITLE_WORDS = 12


_SAME_FORM_PARTICIPLES = tuple(
    past for _, past, participle, _, _ in irregular_verbs() if participle == past
)
"""Irregular past forms that are also the participle ("had spent" reads "spent")."""

_ANCHOR_PREPOSITIONS = alternation("ANCHOR_PREPOSITIONS")
_OWNERS = f"{alternation('POSSESSIVES')}|{alternation('ARTICLES')}"
_APPROXIMATORS = alternation("APPROXIMATORS")

_SAME_DAY = rf"(?:{alternation('SAME_DETERMINERS')})\s+(?:{alternation('SAME_WORDS')})"
"""A determiner and "same" before a date ("that same day", "ese mismo miércoles")."""

_GLUE_BEFORE_RE = re.compile(
    rf"(?:\b(?:{alternation('DATE_GLUE')}|{_SAME_DAY})\s+)+$",
    re.IGNORECASE,
)
"""Words that only attach a date ("on Tuesday", "planned for next month", "later on
Wednesday", "in the early hours of Monday", "en 2019", "ese mismo miércoles"), removed
with it from titles, so no preposition or determiner is left behind."""

_GLUE_AFTER_RE = re.compile(
    rf"^\s*(?:{alternation('DAY_PARTS_AFTER')}|{alternation('DATE_GLUE_AFTER')})\b", re.IGNORECASE
)
"""A part of the day after a date ("Tuesday morning", "el 5 de marzo pasado"), removed
with it."""

_PARENS_RE = re.compile(r"\(\s*[,\s]*\)")

_APOSTROPHE_ACCENT_RE = re.compile(r"(?<![\w'’])([a-zà-ü]*)([aeiouAEIOU])['’](?=[\s,.;:!?]|$)")
"""An accent typed as an apostrophe ("e'", "divento'", "sara'"), as scraped Italian writes
it: read as the accented vowel, so the verb stays a verb once quotes are removed."""
_GRAVE = dict(zip("aeiouAEIOU", "àèìòùÀÈÌÒÙ", strict=True))


_OPENING_QUOTE_RE = re.compile(r"(?:^|\s)['‘](?=\w)")
_CLOSING_QUOTE_RE = re.compile(r"\w['’](?=[\s,.;:!?]|$)")


def _accent(match: re.Match[str]) -> str:
    """The accented vowel, unless the apostrophe closes a quotation ("the 'moderate'")."""
    openings = list(_OPENING_QUOTE_RE.finditer(match.string, 0, match.start()))
    if openings:
        opening = openings[-1]
        between = match.string[opening.end() : match.start()]
        if not _CLOSING_QUOTE_RE.search(between):
            return match.group()  # this apostrophe closes that quotation
    return match.group(1) + _GRAVE[match.group(2)]


_QUOTE_CHARS_RE = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")

_DISCOURSE_OPENERS = word_set("DISCOURSE_OPENERS")
"""First words of an opening phrase that is not the event ("According to X,", "Tras su
paso por Oslo,")."""

_TRAILING_ATTRIBUTION_RE = re.compile(
    rf",\s*(?:{SPEECH_VERBS}\b[^,]*|[^,]{{1,60}}\b{SPEECH_VERBS}(?:\s+\w+)?"
    rf"|(?:{alternation('ATTRIBUTIONS')}) [^,]+)(?:,[^,]*)?[.!]?$",
    re.IGNORECASE,
)
"""A closing attribution (", officials said", ", according to the ministry")."""

_PUNCTUATION_BREAK = r"\s*(?:[;:]|,(?!\d)|\s[–—-]\s)\s*"
"""A comma between digits is inside a number ("7,8", "5,000"), never a break."""
_PUNCTUATION_BREAK_RE = re.compile(_PUNCTUATION_BREAK)
_CLAUSE_BREAK_RE = re.compile(
    rf"{_PUNCTUATION_BREAK}|\s+(?=(?:{alternation('CLAUSE_OPENERS')})\b)", re.IGNORECASE
)
_SOFT_BREAKS = (
    word_set("SOFT_BREAK_WORDS") - word_set("DETERMINERS") - word_set("POSSESSIVE_DETERMINERS")
)
_SOFT_BREAK_RE = re.compile(rf"\s+(?=(?:{'|'.join(sorted(_SOFT_BREAKS))})\s)")
"""Where a long title may be cut: punctuation, then a new clause, then a preposition (not
the Italian "su", the Spanish "su": a cut there leaves a verb without its object)."""

_THAT_JOINS_RE = re.compile(
    rf"\b(?:{SPEECH_VERBS}(?:\s+\w+)?|{alternation('CONJUNCTION_THAT_AFTER')})\s*$", re.I
)
"""Words after which a "that" is no place to cut ("said that", "so that")."""

_TAIL_WORDS = word_set("TAIL_WORDS", ENGLISH)
_LOWERCASE_TAIL_WORDS = word_set("TAIL_WORDS", NOT_ENGLISH)
"""Function words a title never ends on: English ones in any case, those of other languages
only in lower case ("Kim Jong Un" may end on "Un")."""

_APPOSITIVE_OPENING_RE = re.compile(
    rf"^(?:The\s+)?[^,]{{0,50}}\b(?:{either_case('OPENING_APPOSITIVE_ROLES')})\b[^,]{{0,40}},\s+"
    r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}),\s+"
)
"""An opening "The Russian president, Vladimir Putin," -> "Vladimir Putin"."""

_NONRESTRICTIVE_RE = re.compile(
    rf",\s*(?:{alternation('NONRESTRICTIVE_RELATIVES')})\s+[^,]+,", re.IGNORECASE
)
_APPOSITIVE_ROLE_RE = re.compile(
    rf"(?<=[A-Z][a-z])\s*,\s+(?:{alternation('ARTICLES')})\s+[a-z][^,]{{0,40}},"
)
"""A role after a name (", the Russian leader,"): dropped from titles."""

_ROLE_BEFORE_NAME_RE = re.compile(
    rf"\b(?:(?:[A-Z][a-z]+\s+){{0,2}})(?:{alternation('ROLES_BEFORE_NAMES')})"
    r"\s+(?=[A-Z][a-z]+\s+[A-Z])"
)
"""A role before a full name ("President Vladimir Putin"): dropped from titles."""

_PLUPERFECT_RE = re.compile(
    rf"\bhad\s+(?=(?:\w{{3,}}ed|{'|'.join(_SAME_FORM_PARTICIPLES)})\b)", re.IGNORECASE
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
    text = subordinate_clause(text, focus_text)
    for mention in sorted(mentions, key=lambda m: -len(m.text)):
        masked = texts[mention.text]
        if mention.resolution == "anchored" and mention is not focus:
            text = _remove_anchored_phrase(text, masked)
        text = remove_date_phrase(text, masked, mention.precision, mark=_CUT)
    text = _tidy_cuts(text)
    text = _PARENS_RE.sub(" ", text)
    text = _PLUPERFECT_RE.sub("", text)
    text = _APOSTROPHE_ACCENT_RE.sub(_accent, text)
    text = _QUOTE_CHARS_RE.sub("", text)
    if text.lstrip()[:1] in "([" and not re.search(r"[)\]]", text):
        text = text.lstrip(" ([")  # a bracket opened before the cut, never closed
    text = _RUBRIC_RE.sub("", text)
    text = _strip_opening(_restore_verb_second(text))
    text = _DANGLING_START_RE.sub("", text)
    text = _strip_subordinator(text)
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
        rf"(?:,?\s*\b(?:{_ANCHOR_PREPOSITIONS})\s+(?:(?:{_OWNERS}|[A-Z][\w\-]*['’]s)\s+)?"
        rf"(?=\S*{re.escape(date_text[:1])}))?"
        rf"\s*(?:\b(?:{_APPROXIMATORS})\s+)?{re.escape(date_text)}[^,;.:()]*"
    )
    return re.sub(pattern, " ", text, count=1)


_OBJECT_NOUNS = mapping("DATE_STAND_INS")
"""What stands in for a date that is a verb's object ("spent Tuesday in Yakutsk")."""

_TIME_OBJECT_VERB_RE = re.compile(rf"(?:{alternation('TIME_OBJECT_VERBS')})", re.IGNORECASE)
"""Verbs that take a time as their object; after others ("signed Wednesday an agreement")
the date is an adverb and goes without a trace."""


def remove_date_phrase(text: str, date_text: str, precision: str = "day", *, mark: str = "") -> str:
    """`text` without the date phrase and the glue that attaches it; `mark` is left where
    it was (see `_tidy_cuts`)."""
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
        noun = _OBJECT_NOUNS.get(precision, _OBJECT_NOUNS["day"])
        return f"{before.rstrip()} {noun} {after.lstrip()}"
    before = _GLUE_BEFORE_RE.sub("", before)
    after = _GLUE_AFTER_RE.sub("", after)
    return (
        f"{before.rstrip()} {mark} {after.lstrip()}"
        if mark
        else f"{before.rstrip()} {after.lstrip()}"
    )


_CUT = "\u2060"
"""Where a date phrase was cut out of a title (a word joiner: never in article text)."""

_LIST_OF_CUTS_RE = re.compile(
    rf"{_CUT}(?:\s*,\s*|\s+(?:{alternation('LIST_CONJUNCTIONS')})\s+|\s+)+(?={_CUT})"
)
"""What joined the dates of a list ("2019, 2021 und 2023"), gone with them."""

_EMPTY_APPOSITION_RE = re.compile(rf",\s*(?:[^\W\d]+\s+)?{_CUT}\s*,")
"""A side phrase that was only its date (", planned for June 2024,")."""


def _tidy_cuts(text: str) -> str:
    """Remove what a cut date leaves behind: its list's commas and conjunctions, a side
    phrase that said nothing else, the prepositions, articles and calendar nouns that only
    led to it ("Fino al", "nel mese di", "En los años"); then the marks themselves."""
    text = _LIST_OF_CUTS_RE.sub("", text)
    text = _EMPTY_APPOSITION_RE.sub(" ", text)
    return _DATE_LEAD_RE.sub(_drop_date_lead, text).replace(_CUT, " ")


_DATE_LEAD_WORDS = (
    word_set("DETERMINERS")
    | word_set("TAIL_WORDS")
    | word_set("HEADLINE_BAD_STARTS")
    | word_set("PHRASE_DATE_GLUE")
    | word_set("SOFT_BREAK_WORDS")
    | word_set("NP_INNER_WORDS")
    | word_set("CALENDAR_NOUNS")
) - (
    word_set("LIST_CONJUNCTIONS")
    | word_set("COORDINATORS")
    | word_set("LEADING_JOINERS")
    | word_set("CLAUSE_OPENERS")
    | word_set("LEADING_SUBORDINATORS")
)
"""Words that can only have led to a date when the date right after them is cut."""

_DATE_LEAD_RE = re.compile(rf"((?:[\w’'\-]+\s+)+){_CUT}")


def _drop_date_lead(match: re.Match[str]) -> str:
    """The words before a cut, without the run of date-leading words that ends them."""
    words = match.group(1).split()
    kept = len(words)
    while kept and (
        _ELIDED_RE.sub("", words[kept - 1]).lower() in _DATE_LEAD_WORDS | {""}
        or words[kept - 1].endswith(("'", "’"))  # "dall'", "quest'": elided before the date
    ):
        if kept > 1 and words[kept - 1][:1].isupper() and words[kept - 2][:1].isupper():
            break  # the end of a name ("Kim Jong Un on Wednesday"), not an article
        kept -= 1
    if kept == len(words):
        return match.group()
    return " ".join(words[:kept]) + f" {_CUT}"


_RUBRIC_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*)?(?::\s*)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9'’/.\- ]{1,40}(?<=[A-ZÀ-ÖØ-Þ0-9])"
    r"\s*(?:\s[-–—]|:)\s+(?=\S)"
)
"""A chronology's rubric in capitals before a dash or colon ("GB - ", "FRANCE/EURO: "),
with what is left of its date ("17: "): a label, not the headline."""

_DANGLING_START_RE = re.compile(
    rf"^\s*(?:(?:{alternation('HEADLINE_BAD_STARTS')}|{alternation('DATE_GLUE')})\b\s*)+,\s*(?=\S)",
    re.IGNORECASE,
)
"""Date glue whose date was cut, left before a comma ("Between, the case went ...")."""


_ADVERBIAL_OPENERS = (word_set("HEADLINE_BAD_STARTS") | word_set("SOFT_BREAK_WORDS")) - (
    word_set("DETERMINERS", ENGLISH) | word_set("LIST_CONJUNCTIONS")
)
"""First words of an opening phrase (a preposition, "when", "after"): before a comma and
a clause with its own verb, the phrase is not the event."""


_SUBORDINATORS = word_set("LEADING_SUBORDINATORS")
_ALL_FUNCTION = word_set("DETERMINERS") | word_set("TAIL_WORDS") | word_set("HEADLINE_BAD_STARTS")


def _strip_subordinator(text: str) -> str:
    """ "Quando il servizio postale non funzionava" -> "Il servizio postale non funzionava":
    a title that is the date's subordinate clause tells its event without the conjunction."""
    first, _, rest = text.strip().partition(" ")
    if first.lower() not in _SUBORDINATORS or len(rest.split()) < 3 or not has_verb(rest):
        return text
    following = rest.split()[0]
    if first.lower() in _CLITICS and following[:1].islower() and following not in _ALL_FUNCTION:
        return text  # "Si tratta di ...": the Italian clitic, not the Spanish "if"
    clause, comma, after = rest.partition(",")
    if comma and has_verb(after):
        return text  # "When talks failed, rebels advanced": the main clause follows
    verbs = [w for w in clause.split() if w[:1].islower() and has_verb(w, by_position=False)]
    return rest if len(verbs) <= 1 else text  # "When police arrived the crowd left": two


_JOINERS = word_set("LEADING_JOINERS")


def _strip_joiner(text: str) -> str:
    """ "Que estalló el conflicto" -> "Estalló el conflicto": a conjunction that tied the
    clause to what came before it in the sentence is no part of the headline."""
    first, _, rest = text.strip().partition(" ")
    first = re.sub(r"['’]$", "", first)
    if first.lower() not in _JOINERS or len(rest.split()) < 2 or not has_verb(rest):
        return text
    return rest


_GERMAN_FUNCTION = word_set("HEADLINE_BAD_STARTS", ("de",)) | word_set("DETERMINERS", ("de",))

_VERB_SECOND_RE = re.compile(
    rf"^\s*(?i:{alternation('VERB_SECOND_OPENERS', ('de',))})\s+"
    r"(?:[^\W\d_]+\s+)?(?:[A-ZÄÖÜ][\w\-]*\s+(?:(?i:"
    + alternation("DETERMINERS", ("de",))
    + r")\s+)?){1,3}"  # "der Wahl", "Angaben der Polizei", "dem Ministerium"
    r"(?P<verb>[a-zäöüß]+(?:\s+(?:" + alternation("REFLEXIVE_PRONOUNS") + r"))?)\s+"
    r"(?P<subject>(?:(?i:"
    + alternation("DETERMINERS", ("de",))
    + r")\s+)?(?:[A-ZÄÖÜ][\w\-]*(?:\s+|$)){1,3})"
    r"(?P<rest>.*)$"
)
"""A German attribution opener without a comma, then the verb, then the subject."""


def _restore_verb_second(text: str) -> str:
    """ "Nach Angaben der Polizei zerstreuten sich die Demonstranten friedlich" -> "die
    Demonstranten zerstreuten sich friedlich": without its opener, a German sentence puts
    its subject back before the verb."""
    match = _VERB_SECOND_RE.match(text)
    if match is None or match.group("verb").split()[0] in _GERMAN_FUNCTION:
        return text
    subject = match.group("subject").strip()
    if subject.split()[-1][:1].islower():
        return text  # the subject must end on a noun or a name
    return f"{subject} {match.group('verb')} {match.group('rest').strip()}".strip()


def _strip_opening(text: str) -> str:
    """Drop leading discourse or adverbial phrases ("According to X, ...", "However, ..."),
    also those a cut date leaves first ("Este domingo, en algunas partes de la capital,")."""
    for _ in range(3):
        bare = _strip_joiner(text.lstrip(" ,;:-–—"))  # "Pero tras el inicio, ..."
        shorter = _strip_one_opening(bare)
        if shorter == bare:
            return text
        text = shorter
    return text


def _strip_one_opening(text: str) -> str:
    match = re.match(r"\s*([^,]{0,120}),\s+(?=\S)", text)
    if not match:
        return _strip_bare_opening(text)
    opening = match.group(1).split()
    rest = text[match.end() :]
    long_enough = len(WORD_RE.findall(rest)) >= 3
    if opening and opening[0].lower() in _DISCOURSE_OPENERS and len(opening) <= 10 and long_enough:
        return rest
    phrase = _RELATIVE_RE.split(match.group(1), maxsplit=1)[0]  # "une révolte qui s'est..."
    if (
        opening
        and opening[0].lower() in _ADVERBIAL_OPENERS
        and len(opening) <= 14
        and long_enough
        and not has_verb(phrase, by_position=False)
        and has_verb(rest)
    ):
        return rest  # "Nella città di Ibb, le proteste sono culminate": the clause
    return _strip_bare_opening(text)


_RELATIVE_RE = re.compile(rf"\s(?:{alternation('CLAUSE_OPENERS')})\b", re.IGNORECASE)
"""Where a relative or subordinate clause starts inside a phrase."""


_SUBJECT_OPENERS = word_set("DETERMINERS") | DETERMINERS
MAX_OPENING_WORDS = 5
"""The longest opening phrase without a comma that a title leaves out ("En estos años")."""


def _strip_bare_opening(text: str) -> str:
    """ "En esta ocasión la ceremonia estuvo exenta" -> "La ceremonia estuvo exenta": a
    leading prepositional phrase without a comma ends where a subject (an article, a name)
    or the verb starts right after its noun; the clause after it is the headline."""
    words = text.split()
    first = words[0].lower() if words else ""
    if len(words) < 5 or first not in _ADVERBIAL_OPENERS or first in _SUBJECT_OPENERS:
        return text
    for k in range(2, min(MAX_OPENING_WORDS, len(words) - 2) + 1):
        previous, word = words[k - 1], words[k]
        if previous.lower() in _PHRASE_WORDS or previous.endswith((",", ":", ";")):
            continue  # still inside the phrase ("En la", "En el conflicto de")
        opens = (
            word.lower() in _SUBJECT_OPENERS
            or (word[:1].isupper() and not previous[:1].isupper())
            or has_verb(word, by_position=False)
        )
        rest = " ".join(words[k:])
        if not opens or has_verb(" ".join(words[:k]), by_position=False):
            continue
        if has_verb(rest) and len(words) - k >= 3:
            return rest
    return text


def limit_words(title: str) -> str:
    """At most 12 words, cut at the last clause boundary that fits and keeps the verb:
    punctuation first, then a relative pronoun, then a preposition; else a phrase between
    subject and verb is left out first; never ending on a function word."""
    title = capitalise(_strip_joiner(title))
    words = title.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _trim_tail(title)
    needs_verb = has_verb(title)
    if needs_verb:
        title = _without_long_opening(title)
        words = title.split()
        if len(words) <= MAX_TITLE_WORDS:
            return _trim_tail(title)
        lean = _without_asides(title)
        if len(lean.split()) <= MAX_TITLE_WORDS:
            return _trim_tail(lean)
        cut = _boundary_cut(title, needs_verb, soft=False)
        if cut:  # "X signed a new Treaty of Friendship, ...": the clause, without its asides
            return _trim_tail(_without_asides(cut))
        title, words = lean, lean.split()
    phrases = [*_without_relative_clause(words), *_without_inner_phrase(words)]
    shorter = [" ".join(s) for s in phrases] if needs_verb else []
    cut = _boundary_cut(title, needs_verb, soft=False)
    cut = cut or next((s for s in shorter if len(s.split()) <= MAX_TITLE_WORDS), "")
    for text in shorter:  # a subject's side phrase goes before the object is cut short
        cut = cut or _boundary_cut(text, needs_verb, soft=False)
    for text in [*shorter, title]:
        cut = cut or _boundary_cut(text, needs_verb)
    if cut:
        return _trim_tail(cut)
    return _trim_tail(" ".join(words[: _whole_name_cut(words)]))


def _without_long_opening(title: str) -> str:
    """ "Ya caído el régimen, la Asociación intentó organizar una marcha" -> "La Asociación
    intentó organizar una marcha": a long title's opening phrase before a comma, with no verb
    of its own and no subject (it starts on neither an article nor a name), while a clause
    with its subject and verb follows."""
    head, comma, rest = title.partition(", ")
    words = head.split()
    if not comma or len(words) < 2 or len(rest.split()) < 4:
        return title
    first, second = words[0].lower(), words[1]
    article = _ELIDED_RE.match(first) is not None  # "L'ex-leader en fuite, a été capturé"
    if (
        article
        or first in _SUBJECT_OPENERS
        or second[:1].isupper()
        or has_verb(head, by_position=False)
    ):
        return title
    opens = rest.split()[0]
    if has_verb(opens, by_position=False) or not (
        opens.lower() in _SUBJECT_OPENERS or opens[:1].isupper()
    ):
        return title
    return capitalise(rest) if has_verb(rest) else title


_SUBJECT_RELATIVES = word_set("SUBJECT_RELATIVES")


def _without_relative_clause(words: list[str]) -> list[list[str]]:
    """ "Gli attivisti che da ieri occupano gli edifici hanno proclamato la repubblica" ->
    "Gli attivisti hanno proclamato la repubblica": a relative clause inside the subject,
    up to the main verb (the first verb after the clause's own that follows the head)."""
    context = " ".join(words)
    for start in range(2, len(words) - 2):
        if has_verb(" ".join(words[:start]), context=context):
            return []  # past the main verb: a relative clause of the object
        previous = words[start - 1]
        if words[start].lower() not in _SUBJECT_RELATIVES or previous.endswith(","):
            continue
        if previous.lower() in _PHRASE_WORDS or _ELIDED_RE.match(previous.lower()):
            return []  # "el complejo en el que vive": a preposition's relative
        for end in range(start + 2, len(words)):
            if words[end - 1].endswith((":", ";")):
                return []  # the clause ends before any main verb
            if not words[end][:1].islower():
                continue
            if not has_verb(" ".join(words[start:end]), context=context):
                continue  # the relative clause's own verb comes first
            clitic = words[end - 1].lower() in _CLITICS
            verb = " ".join(words[end - 1 if clitic else end : end + 1])
            if has_verb(verb, by_position=False):  # a verb wherever it stands, not "árabe"
                return [words[:start] + words[end - 1 if clitic else end :]]
        return []
    return []


_BRACKETS_RE = re.compile(r"\s*\([^()]*\)")
_ASIDE_RE = re.compile(r",\s+[^,;:()]+,(?=\s)")
"""A phrase between two commas: an apposition or an aside."""
_NAME_CONNECTORS = alternation("NAME_CONNECTORS", ("de", "es", "fr", "it", "pt"))
_NAME_RUN_RE = re.compile(
    rf"^(?:[A-ZÀ-ÖØ-Þ][\w’'\-]*\s+(?:(?:{_NAME_CONNECTORS}|al|bin)\s+)?){{1,3}}"
    r"[A-ZÀ-ÖØ-Þ][\w’'\-]*$"
)
"""A person's name in an apposition ("Anders Fogh Rasmussen", "Ursula von der Leyen")."""


def _without_asides(title: str) -> str:
    """A long title without its brackets and the comma-bounded phrases that have no verb of
    their own ("La mujer de Muamar Gadafi, Safia, y tres hijos ... entraron"), as long as
    the verb stays; when the first phrase is a role and the aside a name ("El secretario
    general de la OTAN, Anders Fogh Rasmussen, avanzó"), the name is kept instead."""
    text = _BRACKETS_RE.sub("", title)
    for match in reversed(list(_ASIDE_RE.finditer(text))):
        aside = match.group().strip(" ,()")
        if has_verb(aside, by_position=False):
            continue  # a clause of its own ("..., which killed 12, ...")
        head, tail = text[: match.start()], text[match.end() :]
        if not head.strip() or not has_verb(tail):
            continue  # the verb is before the aside: what follows is no longer its subject
        opening = "," not in head
        first = head.split()[0].lower() if head.split() else ""
        if opening and _NAME_RUN_RE.match(aside) and first in _ALL_DETERMINERS:
            text = f"{aside} {tail.lstrip()}"  # the name, not its role
        else:
            text = f"{head.rstrip()} {tail.lstrip()}"
    return re.sub(r"\s+", " ", text).strip()


def _boundary_cut(title: str, needs_verb: bool, *, soft: bool = True) -> str:
    """The longest prefix that ends at a clause boundary (or, if `soft`, before a
    preposition), fits and keeps the verb; "" if none does."""
    breaks = [(_PUNCTUATION_BREAK_RE, 4), (_CLAUSE_BREAK_RE, 4)]
    for pattern, minimum in [*breaks, (_SOFT_BREAK_RE, 6)] if soft else breaks:
        best = ""
        for match in pattern.finditer(title):
            prefix = title[: match.start()]
            after_that = title[match.end() :].lower().startswith("that")
            if after_that and _THAT_JOINS_RE.search(prefix):
                continue
            count = len(prefix.split())
            if count > MAX_TITLE_WORDS:
                break
            if count >= minimum and (not needs_verb or has_verb(prefix)):
                best = prefix
        if best:
            return best
    return ""


_PHRASE_START = (word_set("SOFT_BREAK_WORDS") | word_set("NP_INNER_WORDS")) - (
    word_set("ARTICLES")
    | word_set("COORDINATORS")
    | word_set("LIST_CONJUNCTIONS")
    | word_set("DETERMINERS")  # the Spanish "su" is the Italian "on"
)
"""Words that open a phrase a long title may leave out (prepositions)."""


_CLITICS = word_set("REFLEXIVE_CLITICS")
_JOINING = word_set("COORDINATORS") | word_set("LIST_CONJUNCTIONS")
_PHRASE_WORDS = _PHRASE_START | _SUBJECT_OPENERS | word_set("HEADLINE_BAD_STARTS")
"""Words after which a phrase goes on (a preposition, an article)."""


def _without_inner_phrase(words: list[str]) -> list[list[str]]:
    """ "The treaty on comprehensive strategic partnership between Russia and North Korea
    entered into force" -> "The treaty on comprehensive strategic partnership entered into
    force": the title without a run from a preposition of the subject up to its verb, longest
    first (each run is one whole phrase)."""
    found: list[list[str]] = []
    for start in range(2, len(words)):  # a one-word head is a quantifier ("Miles de personas")
        if words[start].lower() not in _PHRASE_START or words[start - 1].endswith(","):
            continue
        if has_verb(" ".join(words[:start])):
            break  # past the verb: what follows is its object, not part of the subject
        for end in range(start + 1, len(words)):
            if has_verb(" ".join(words[start:end])):
                break  # the verb stays
            after = words[end + 1] if end + 1 < len(words) else ""
            if words[end].lower() in _JOINING and after[:1].islower():
                break  # "la mujer de X y tres hijos" is two subjects ("between X and Y" one)
            if (
                words[end].lower() in _SUBJECT_OPENERS
                and words[end - 1].lower() not in _PHRASE_START
                and end > start + 1
            ):
                break  # a new noun phrase, not the preposition's object: the subject
            if words[end][:1].isupper() and words[end - 1][:1].isupper():
                continue  # never split a name
            joined = " ".join(words[:start] + words[end : end + 1])
            if has_verb(joined, context=" ".join(words)):
                clitic = words[end - 1].lower() in _CLITICS  # "se manifestaron" stays whole
                found.append(words[:start] + words[end - 1 if clitic else end :])
                break
    return sorted(found, key=len, reverse=True)


def _whole_name_cut(words: list[str]) -> int:
    """Where to cut a title with no phrase boundary: before a name run that the limit would
    split ("Kim Il | Sung"), never after a dangling number."""
    cut = MAX_TITLE_WORDS
    while cut > 3 and words[cut][:1].isupper() and words[cut - 1][:1].isupper():
        cut -= 1
    return cut if cut > 3 else MAX_TITLE_WORDS


_ELIDED_RE = re.compile(r"^(?:[dljmtsnc]|qu)['’]")
"""An elided article or preposition ("d'une", "l'"): what follows decides the word."""


def _trim_tail(title: str) -> str:
    head, comma, last = title.rstrip(" ,;:.").rpartition(",")
    inside_number = head[-1:].isdigit() and last[:1].isdigit()
    lone_verb = has_verb(last, by_position=False) and not has_verb(head)
    if (
        comma
        and not inside_number
        and len(last.split()) == 1
        and len(head.split()) >= 4
        and not lone_verb
    ):
        title = head  # a dangling ", beginning" left by a removed date phrase
    words = title.rstrip(" ,;:.").split()
    while (
        len(words) > 1
        and not ends_on_particle(words)
        and (
            words[-1].lower().strip(",;:") in _TAIL_WORDS
            or _ELIDED_RE.sub("", words[-1].strip(",;:[(")) in _LOWERCASE_TAIL_WORDS
        )
    ):
        words.pop()
    return " ".join(words).rstrip(" ,;:.")


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
