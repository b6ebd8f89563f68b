"""Sentences with resolved dates -> candidate events (date, headline title, tags, citation).

A date in a sentence is either the time of what the sentence reports ("signed on
Wednesday") or background ("deals dating back to 1961", "since the collapse of the Soviet
Union in 1991"). Both become candidates at their own date, but a background date is titled
by the noun phrase that says what happened then, and a background date with nothing
attached ("allies since 1991") says no event at all, so it yields none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.dates.mention import DateMention
from timeline.dates.span import to_partial_dates
from timeline.model import Citation, PartialDate, Precision
from timeline.sentences import Sentence, split_sentences
from timeline.tags import EntityIndex, country_names, find_tags, tag_key

__all__ = [
    "Candidate",
    "actions_of",
    "candidates_from_text",
    "keywords_of",
    "make_title",
]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


MAX_TITLE_WORDS = 15
MIN_SENTENCE_WORDS = 4
PRONOUN_LOOKBACK = 4
"""How many sentences back a leading "He"/"She" may look for the one person named."""

_STOPWORDS = _wordset(
    """
    a an the and or but nor so yet for of to in on at by from with without into onto over
    under about against between among through across after before since during until upon
    as than then that this these those there here what which who whom whose why how when
    where while is are was were be been being am do does did doing has have had having it
    its he him his she her hers they them their theirs we us our i me my you your yours
    not no also just only very more most much many some any all both each either neither
    other such same own too can could will would shall should may might must said says say
    told according would also still even now new one two first last year years day days
    time times today yesterday tomorrow week month monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december early late morning afternoon evening night ago back dating dates
    scheduled planned expected due set going later hours
    """
)

_SYNONYMS = {
    "treaty": "agreement",
    "pact": "agreement",
    "deal": "agreement",
    "accord": "agreement",
    "partnership": "agreement",
    "document": "agreement",
    "arrive": "arriv",
    "arrival": "arriv",
    "visit": "visit",
    "welcome": "greet",
    "receive": "greet",
    "greet": "greet",
    "talk": "talk",
    "negotiation": "talk",
    "meeting": "talk",
    "summit": "talk",
    "gratitude": "thank",
    "appreciate": "thank",
    "alliance": "agreement",
    "land": "arriv",
    "reach": "arriv",
    "depart": "leav",
    "left": "leav",
    "leave": "leav",
    "met": "talk",
    "meet": "talk",
    "held": "hold",
    "made": "make",
    "took": "take",
    "gave": "give",
    "began": "begin",
    "came": "come",
    "went": "go",
    "flew": "fly",
    "fell": "fall",
    "rose": "rise",
    "sent": "send",
    "led": "lead",
    "built": "build",
    "sold": "sell",
    "brought": "bring",
    "fought": "fight",
    "broke": "break",
    "became": "become",
    "ran": "run",
    "won": "win",
    "lost": "lose",
    "spent": "spend",
    "paid": "pay",
    "struck": "strike",
}
"""Words of one happening told differently: synonyms, and irregular verbs' past forms."""

_CONTEXT_BEFORE_RE = re.compile(
    r"\b(?:(?:dating|dated|dates|date|going|goes|traced|tracing|harking|hark)\s+back\s+to"
    r"|(?:originally\s+)?(?:signed|agreed|adopted|concluded|struck)\s+in"
    r"|(?:firmad|suscrit|aprobad|adoptad|concluid)[oa]s?\s+en|que\s+se\s+remontan?\s+a"
    r"|(?<!hours\s)(?<!hour\s)(?<!end\s)(?<!start\s)(?<!beginning\s)(?<!middle\s)"
    r"(?<!half\s)(?<!part\s)(?<!summer\s)(?<!winter\s)(?<!spring\s)(?<!autumn\s)"
    r"(?<!fall\s)(?<!morning\s)(?<!evening\s)(?<!night\s)(?<!week\s)(?<!month\s)"
    r"(?<!day\s)(?<!year\s)(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)"
    r"(?<!class\s)(?<!\d\s)(?<!\d)of)\s*$",
    re.IGNORECASE,
)
"""A background date that names the noun phrase before it ("deals dating back to 1961")."""

_CONTEXT_AFTER_RE = re.compile(
    r"\b(?P<trigger>since|after|before|until|following|like|than|desde|tras|después\s+de"
    r"|antes\s+de)\s+(?P<phrase>[^,;:()“”\"]{0,90}?)"
    r"\s*(?:\b(?:in|of|on|at|during|en|de|del|el)\s+)?$",
    re.IGNORECASE,
)
"""A background date closing a phrase that says what happened ("since the collapse ... in")."""

_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
_LIST_GLUE_RE = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|y|e|o|u|et|ou|und|oder)\s+)?$")
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
_DISCOURSE_OPENERS = _wordset(
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
_SPEECH_VERBS = (
    r"(?:said|says|say|stated|added|noted|told|reported|reports|announced|claimed|found|finds"
    r"|showed|shows|wrote|writes|confirmed|insisted|argued|explained|warned)"
)
_TRAILING_ATTRIBUTION_RE = re.compile(
    rf",\s*(?:{_SPEECH_VERBS}\b[^,]*|[^,]{{1,60}}\b{_SPEECH_VERBS}(?:\s+\w+)?|according to [^,]+)"
    r"(?:,[^,]*)?[.!]?$",
    re.IGNORECASE,
)
_SAYING_PLACE = r"(?:\s+(?:in|at|on|during|to|via|this|last|late|early|by)\b[^,]*)?"
_SAYER_RE = re.compile(
    r",\s*(?!\s)(?!(?:[Aa]nd|[Bb]ut|[Oo]r|[Ww]hile|[Aa]s|[Ss]o)\b)(?P<sayer>"
    rf"[^,]{{1,60}}?\s{_SPEECH_VERBS}(?:\s+(?:[A-Z][\w\-]*|reporters|journalists|lawmakers"
    rf"|officials|parliament|the\s+press))*{_SAYING_PLACE}"
    rf"|{_SPEECH_VERBS}\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?{_SAYING_PLACE})"
    r"[.!]?[”\"’']?\s*$"
)
"""A closing attribution (", the ministry said on Thursday"): a date in it dates the saying."""
_CLAUSE_BREAK_RE = re.compile(
    r"\s*(?:[,;:]|\s[–—-]\s)\s*|\s+(?=(?:which|who|whom|whose|while|amid|amidst|including"
    r"|that|because|although|though|whereas|as\s+part|in\s+a|in\s+an"
    r"|que|quien|quienes|cuyo|cuya|donde|mientras|porque|aunque|qui|dont|où)\b)",
    re.IGNORECASE,
)
_PUNCTUATION_BREAK_RE = re.compile(r"\s*(?:[,;:]|\s[–—-]\s)\s*")
_TAIL_WORDS = _wordset(
    "a an the and or but of to in on at by for with from as than that which who his her its"
    " their this these those is are was were"
)
_FOREIGN_TAIL_WORDS = _wordset(
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
_RELATIVE_RE = re.compile(
    r",\s*(?:who|which)\s+(?P<body>[^,]+?(?:,\s*(?:and|but)\s+[^,]+?)*)\s*(?:,|[.!]?$)",
    re.IGNORECASE,
)
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
_PRONOUN_START_RE = re.compile(r"^(?:He|She)\b")
_PAST_VERB_RE = re.compile(
    r"\b(?!(?:said|stated|added|noted|described|reported|told|called|referred|quoted|recalled"
    r"|remembered|mentioned|explained|argued|believed|claimed|insisted|warned|stressed"
    r"|emphasized|emphasised|recounted|cited|expected|hoped|feared|asked)\b)"
    r"(?:\w{3,}ed|met|held|made|took|gave|won|lost|began|came|went|struck|fell|rose|sent|led"
    r"|left|built|sold|brought|fought|broke|became|ran|flew|hit|shot|signed|spent|paid|kept"
    r"|bought|found|won|saw|chose|wrote|drove|froze|stole|spoke)\b",
    re.IGNORECASE,
)
_NP_STOP = _wordset(
    """
    to for with by on in at from as than into onto over under about against between among
    is are was were be been has have had will would could should can may might and or but
    that which who whom whose while when where said says described replacing replaced
    """
)
_DETERMINERS = _wordset("the a an their its his her our this that these those")
_FOREIGN_DETERMINERS = _wordset("el la los las un una su sus le les des une")
_ACTION_RE = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|ing)|met|held|made|took|gave|won|lost|began|came|went|struck|fell"
    r"|rose|sent|led|left|built|sold|brought|fought|broke|became|ran|flew|flies|hit|shot)\b"
)
_AUXILIARIES = _wordset("has have had is are was were will would did does do also then later")
_POSSESSIVES = _wordset("his her their its")
_WORD_RE = re.compile(r"\w[\w’'\-]*")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class _Dated:
    mention: DateMention
    date: PartialDate
    end: PartialDate | None
    kind: str  # "main" | "relative" | "background" | "statement"
    phrase: str = ""


def candidates_from_text(
    source_id: str, text: str, mentions: Sequence[DateMention]
) -> list[Candidate]:
    """Every candidate event in one article's cleaned text, given its resolved date mentions.

    Mentions carry offsets into `text`; citations carry the sentence and its offsets.
    """
    sentences = split_sentences(text)
    index = EntityIndex.from_text(text)
    by_sentence = _assign(sentences, mentions)
    analysed = [
        [d for m in by_sentence[i] if (d := _classify(s, m, by_sentence[i]))]
        for i, s in enumerate(sentences)
    ]
    anchor = _anchor_date(analysed)
    candidates: list[Candidate] = []
    for i, sentence in enumerate(sentences):
        dated = analysed[i]
        if not dated or len(_WORD_RE.findall(sentence.text)) < MIN_SENTENCE_WORDS:
            continue
        if sentence.text.rstrip("”\"’' ").endswith("?"):
            continue  # a question reports nothing
        previous = tuple(s.text for s in sentences[max(0, i - PRONOUN_LOOKBACK) : i])
        tags = find_tags(sentence.text, index)
        keywords = keywords_of(sentence.text, tags)
        citation = Citation(source_id, sentence.text, sentence.start, sentence.end)
        found: list[Candidate] = []
        seen: set[tuple[str, str]] = set()
        for item in dated:
            key = (item.date.iso(), item.kind if item.kind == "background" else "main")
            if key in seen:
                continue
            seen.add(key)
            if item.kind == "statement":
                if any(d.kind in {"main", "relative"} for d in dated):
                    continue  # the reported content has its own date; the saying adds nothing
                title = _statement_title(sentence.text, by_sentence[i])
                title = _limit_words(_resolve_pronoun(title, previous, index))
            elif item.kind == "background":
                title = _background_title(item.phrase, tags, _first_person(sentence, index))
                if len(title.split()) < 3:
                    title = _phrase_with_date(sentence, item, by_sentence[i]) or title
            else:
                title = make_title(sentence.text, by_sentence[i], focus=item.mention)
                if _PRONOUN_START_RE.match(title) and not _PRONOUN_START_RE.match(sentence.text):
                    # a side clause's "he": the person the sentence named before the date
                    head = sentence.text[: item.mention.start - sentence.start]
                    person = _person_in(head, index)
                    if person:
                        title = _PRONOUN_START_RE.sub(person, title, count=1)
                title = _limit_words(_resolve_pronoun(title, previous, index))
            if not title:
                continue
            focus = keywords_of(title, _tags_in(title, tags))
            background = item.kind == "background"
            listed = len(_list_of(item.mention, by_sentence[i], sentence.text, sentence.start)) > 1
            found.append(
                Candidate(
                    item.date,
                    item.end,
                    title,
                    sentence.text,
                    tags,
                    citation,
                    # a background date is about its noun phrase, not the rest of the sentence
                    focus if background else keywords,
                    focus=focus,
                    actions=actions_of(title),
                    background=background,
                    listed=listed,
                )
            )
        candidates.extend(_distinct_titles(found))
        if anchor and dated and all(d.kind == "background" for d in dated):
            inherited = _inherited(sentence, dated, anchor, by_sentence[i], previous, index)
            if inherited:
                focus = keywords_of(inherited, _tags_in(inherited, tags))
                candidates.append(
                    Candidate(
                        anchor,
                        None,
                        inherited,
                        sentence.text,
                        tags,
                        citation,
                        keywords,
                        focus,
                        actions_of(inherited),
                    )
                )
    return candidates


def _statement_title(text: str, mentions: Sequence[DateMention]) -> str:
    """ "The port reopened, the ministry said on Thursday" -> "The ministry said the port
    reopened": the saying is what happened at the date, so it leads the title."""
    match = _SAYER_RE.search(text)
    if not match:
        return ""
    sayer = match.group("sayer")
    for mention in mentions:
        sayer = _remove_date_phrase(sayer, mention.text, mention.precision)
    sayer = re.sub(r"\s+", " ", sayer).strip(" ,.")
    sayer = re.sub(r"\s+(?:in|at|during|via|on)\s+(?:a|an|the)\s+[^,]*$", "", sayer)
    inverted = re.match(rf"({_SPEECH_VERBS})\s+(.+)$", sayer, re.IGNORECASE)
    if inverted:  # "said the engineers" -> "the engineers said"
        sayer = f"{inverted.group(2)} {inverted.group(1)}"
    content = make_title(text[: match.start()], [], focus=None)
    first, _, rest = content.partition(" ")
    if first in {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our"}:
        content = f"{first.lower()} {rest}"
    return _capitalise(f"{sayer} {content}")


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


def _classify(
    sentence: Sentence, mention: DateMention, siblings: list[DateMention]
) -> _Dated | None:
    """Decide whether a mention dates the sentence's report or is background, or neither."""
    try:
        date, end = to_partial_dates(mention.value, mention.end_value)
    except ValueError:
        return None
    if end is not None and (end == date or end.last_day() < date.first_day()):
        end = None  # a one-day "range", or one the engine read backwards
    if mention.resolution == "anchored":
        return _anchored(sentence, mention, date, end)
    start = _list_start(sentence, mention, siblings) - sentence.start
    local_end = mention.end - sentence.start
    sayer = _SAYER_RE.search(sentence.text)
    if sayer and sayer.start("sayer") <= start:
        return _Dated(mention, date, end, "statement")
    before = sentence.text[:start]
    after = sentence.text[local_end:]
    if _CONTEXT_BEFORE_RE.search(before):
        phrase = _noun_phrase_before(_CONTEXT_BEFORE_RE.sub("", before))
        if phrase:
            return _Dated(mention, date, end, "background", phrase)
    after_match = _CONTEXT_AFTER_RE.search(before)
    if after_match and re.match(r"\s*,\s*when\s", after):
        return _Dated(mention, date, end, "main")  # "since 2017, when he attended ..."
    if after_match:
        phrase = _clean_phrase(after_match.group("phrase"))
        if not phrase:
            if after_match.group("trigger").lower() in {"since", "desde"}:
                return None  # "since 1991": background with nothing said about it
        elif not re.search(r"\b(?:is|are|was|were|has|have|had|will)\b", phrase):
            return _Dated(mention, date, end, "background", phrase)
    if _DETERMINER_BEFORE_RE.search(before):
        following = _noun_phrase_after(after)
        if following:
            return _Dated(mention, date, end, "background", following)
    return _Dated(mention, date, end, "main")


def _anchored(
    sentence: Sentence, mention: DateMention, date: PartialDate, end: PartialDate | None
) -> _Dated | None:
    """ "24 years after his last visit" dates the visit; "the first in 24 years" dates nothing
    the sentence names, so it gives no event."""
    if not re.search(r"\b(?:after|before|since)\s*$", mention.text, re.IGNORECASE):
        return None
    following = sentence.text[mention.end - sentence.start :]
    phrase = _noun_phrase_after(following, keep_possessive=True)
    if not phrase:
        return None
    return _Dated(mention, date, end, "background", phrase)


def _list_start(sentence: Sentence, mention: DateMention, siblings: list[DateMention]) -> int:
    """Where a list of dates ("1961, 2000, and 2001") that ends with `mention` begins."""
    start = mention.start
    earlier = sorted((m for m in siblings if m.end <= mention.start), key=lambda m: -m.end)
    for other in earlier:
        gap = sentence.text[other.end - sentence.start : start - sentence.start]
        if not _LIST_GLUE_RE.match(gap):
            break
        start = other.start
    return start


def _list_of(
    mention: DateMention, mentions: Sequence[DateMention], text: str, offset: int
) -> list[DateMention]:
    """Every date of the list ("1961, 2000 and 2001") that `mention` belongs to, in order."""
    ordered = sorted(mentions, key=lambda m: m.start)
    at = next((i for i, m in enumerate(ordered) if m is mention), -1)
    if at < 0:
        return [mention]
    first = last = at
    while first > 0 and _LIST_GLUE_RE.match(
        text[ordered[first - 1].end - offset : ordered[first].start - offset]
    ):
        first -= 1
    while last + 1 < len(ordered) and _LIST_GLUE_RE.match(
        text[ordered[last].end - offset : ordered[last + 1].start - offset]
    ):
        last += 1
    return ordered[first : last + 1]


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


def _noun_phrase_before(text: str) -> str:
    words = _WORD_RE.findall(text)[-10:]
    taken: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lowered = word.lower()
        if lowered in _NP_STOP:
            break
        if lowered.endswith("ing") and taken:
            before = words[position - 1].lower() if position else ""
            if before not in _DETERMINERS:
                break  # "replacing previous deals": a verb, not a modifier like "the zoning"
        taken.append(word)
        if lowered in _DETERMINERS:
            break
    return _clean_phrase(" ".join(reversed(taken)))


def _noun_phrase_after(text: str, *, keep_possessive: bool = False) -> str:
    if not re.match(r"\s*[a-z]", text) and not re.match(r"\s*[A-Z][a-z]+\s+[a-z]", text):
        return ""
    words = _WORD_RE.findall(text[: re.search(r"[,;:.()]|$", text).start()])  # type: ignore[union-attr]
    taken: list[str] = []
    for word in words[:8]:
        lowered = word.lower()
        if lowered in _NP_STOP and lowered not in {"between", "with", "of", "and"}:
            break
        if lowered == "and" and not (taken and taken[-1][:1].isupper()):
            break
        if _PAST_VERB_RE.fullmatch(word) or lowered in {"is", "was", "will", "has"}:
            break
        taken.append(word)
    if keep_possessive and taken and taken[0].lower() in _POSSESSIVES:
        return " ".join(taken)
    return _clean_phrase(" ".join(taken))


def _clean_phrase(phrase: str) -> str:
    words = phrase.split()
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in _NP_STOP):
        words = words[1:]
    while words and words[-1].lower() in _NP_STOP | _DETERMINERS:
        words = words[:-1]
    return " ".join(words)


def _background_title(phrase: str, tags: tuple[str, ...], owner: str = "") -> str:
    words = phrase.split()
    if words and words[0].lower() in _POSSESSIVES:
        words = [f"{owner}’s", *words[1:]] if owner else words[1:]
    title = _capitalise(" ".join(words).strip(" ,.;:"))
    if not title:
        return ""
    words = title.split()
    keys = {tag_key(t) for t in tags}
    mentions_tag = any(tag_key(w) in keys for w in words) or any(
        tag_key(t) in tag_key(title) for t in tags
    )
    if len(words) < 3 and not mentions_tag:
        return title  # too bare: the caller titles it with its sentence
    return _limit_words(title)


def _phrase_with_date(sentence: Sentence, item: _Dated, mentions: list[DateMention]) -> str:
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
    determiner = re.search(r"\b(?:the|a|an)\s+$", text[:start], re.IGNORECASE)
    if determiner and item.phrase.split()[0].lower() not in _FOREIGN_DETERMINERS:
        start = determiner.start()  # not the Spanish "a" of "a los acuerdos"
    members = _list_of(item.mention, mentions, text, offset)
    if len(members) > 1 and members[0].start - offset > start:
        # "the charters of 1972, 1985 and 1999": each year's title names only that year
        span = text[start : members[0].start - offset] + item.mention.text
    else:
        span = text[start:end]
    for mention in mentions:
        if mention.resolution != "absolute" and mention.text in span:
            try:
                first, _ = to_partial_dates(mention.value)
            except ValueError:
                return ""
            span = span.replace(mention.text, first.display())
    if len(span.split()) < 3:
        return ""
    return _limit_words(_capitalise(span.strip(" ,;:")))


def _first_person(sentence: Sentence, index: EntityIndex) -> str:
    """The first known person named outside quotes: whom "his" most likely refers to."""
    outside_quotes = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", sentence.text)
    return _subject_person(outside_quotes, index)


def _anchor_date(analysed: list[list[_Dated]]) -> PartialDate | None:
    """The day the article reports on: its most often stated day-precision date, if any."""
    days = Counter(
        d.date
        for dated in analysed
        for d in dated
        if d.kind == "main" and d.end is None and d.date.precision == Precision.DAY
    )
    if not days:
        return None
    return days.most_common(1)[0][0]


def _inherited(
    sentence: Sentence,
    dated: list[_Dated],
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
    cut = _CONTEXT_BEFORE_RE.sub("", head)
    match = re.search(r",[^,]*$", cut)
    clause = cut[: match.start()] if match else cut
    clause = re.split(r"\s+(?:since|after|before|until|following)\s+", clause, maxsplit=1)[0]
    if not _PAST_VERB_RE.search(clause) or len(_WORD_RE.findall(clause)) < 4:
        return ""
    if re.search(r"\b(?:has|have|is|are|will)\b", clause, re.IGNORECASE):
        return ""  # "ties have grown closer": a state, not something that happened that day
    title = make_title(clause, [], focus=None)
    return _limit_words(_resolve_pronoun(title, previous, index))


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
    text = _again_clause(text, focus_text)
    text = (
        _when_clause(text, focus_text)
        or _relative_clause(text, focus_text)
        or _restrictive_clause(text, focus_text)
        or _NONRESTRICTIVE_RE.sub(
            "", _focus_clause(_complement_clause(text, focus_text), focus_text)
        )
    )
    for mention in sorted(mentions, key=lambda m: -len(m.text)):
        masked = texts[mention.text]
        if mention.resolution == "anchored" and mention is not focus:
            text = _remove_anchored_phrase(text, masked)
        text = _remove_date_phrase(text, masked, mention.precision)
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
    return _limit_words(_capitalise(_unmask(text)))


_MASKED_COMMA = "\u2063"


def _mask(date_text: str) -> str:
    """A date's commas ("June 25, 1950") must not read as clause boundaries."""
    return date_text.replace(",", _MASKED_COMMA)


def _unmask(text: str) -> str:
    return text.replace(_MASKED_COMMA, ",")


_AGAIN_RE = re.compile(
    r",?\s+(?:and|y|e|et|und)\s+(?P<again>again|once\s+again|once\s+more|de\s+nuevo|otra\s+vez"
    r"|nuevamente|de\s+nouveau|à\s+nouveau|wieder|erneut)\s+(?P<glue>(?:[a-zé]{1,6}\s+){0,3}?)",
    re.IGNORECASE,
)
_PRETERITE_RE = re.compile(
    r"\b(?:\w{2,}(?:aron|ieron|yeron|ó)|" + _PAST_VERB_RE.pattern[2:] + r")", re.IGNORECASE
)
"""A past verb in English or Spanish ("met", "se reunieron", "firmó")."""


def _again_clause(text: str, date_text: str) -> str:
    """ "met in Oslo in April 2019 and again in May 2021": May 2021 is "met again" (the rest
    of the first clause may not hold for it), and April 2019 is the clause without it."""
    if not date_text:
        return text
    own = re.search(_AGAIN_RE.pattern + re.escape(date_text), text, re.IGNORECASE)
    if own:
        verb = _PRETERITE_RE.search(text, 0, own.start())
        if not verb:
            return text
        return f"{text[: verb.end()]} {own.group('again')} {date_text}{text[own.end() :]}"
    other = _AGAIN_RE.search(text)
    if other and date_text in text[: other.start()]:
        return text[: other.start()]  # the first date: "and again ..." belongs to the other
    return text


def _relative_clause(text: str, date_text: str) -> str:
    """For a date inside ", which/who ..." the title is antecedent + clause:
    "Moscow backed the North in the Korean War, which broke out on June 25, 1950" ->
    "the Korean War broke out on June 25, 1950" (the date is removed later)."""
    if not date_text:
        return ""
    for match in _RELATIVE_RE.finditer(text):
        body = match.group("body")
        if date_text not in body:
            continue
        parts = re.split(r",?\s+(?:and|but)\s+(?=[a-z]+ed\b|[a-z]+s\b)", body)
        part = next((p for p in parts if date_text in p), body)
        subject = text[: match.start()].strip()
        if len(subject.split()) > 6:
            subject = _antecedent(subject)
        if subject:
            return f"{subject} {part}"
    return ""


_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b"
    r"|\b(?!(?:said|described|called|reported|told)\b)\w{3,}ed\b|\b(?:met|held|made|took|gave"
    r"|won|lost|began|came|went|struck|fell|rose|sent|led|left|built|sold|brought|fought|broke"
    r"|became|ran|flew|hit|shot|spent|paid|kept|bought|found|saw|chose|wrote|contained)\b",
    re.IGNORECASE,
)
_RESTRICTIVE_RE = re.compile(r"(?<=[\w’'])\s+(?P<pronoun>that|which|who|whom)\s+", re.IGNORECASE)
_NOT_ANTECEDENT = _wordset(
    """
    said says say told tell stated announced confirmed reported added noted argued warned
    so such now news fact idea claim claims report reports hope hopes fear fears belief
    sign signs evidence view assurance assurances
    """
)
"""Words before "that" that take a content clause ("said that", "the news that"), not a
relative one."""
_DROP_IN_CLAUSE_RE = re.compile(r"\b(?:had|last|previously|once|already)\s+", re.IGNORECASE)


def _restrictive_clause(text: str, date_text: str) -> str:
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
            or head.group(1).lower()
            in (_STOPWORDS - {"time", "times", "day", "days", "year", "years", "week", "month"})
        ):
            continue
        if _PAST_VERB_RE.fullmatch(head.group(1)) or head.group(1).endswith("ing"):
            continue
        clause = text[match.end() :]
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
        verb = _PAST_VERB_RE.search(clause)
        if not verb or verb.start() == 0 or date_text in clause[: verb.start()]:
            continue
        subject_and_verb = _DROP_IN_CLAUSE_RE.sub("", clause[: verb.end()])
        return f"{subject_and_verb} {_lower_article(antecedent)}{clause[verb.end() :]}".strip()
    return ""


def _lower_article(phrase: str) -> str:
    """ "The treaty" in object position reads "the treaty"."""
    first, _, rest = phrase.partition(" ")
    if first in {"The", "A", "An", "Its", "Their", "His", "Her", "This", "That"} and rest:
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
        if after_name and bare in {"of", "and"} and previous[:1].isupper():
            taken.append(word)
            continue
        if after_name and word.endswith(",") and word[:1].isupper():
            taken.append(word)  # "Friendship, Good-Neighbourliness and Cooperation"
            continue
        if bare in _NP_STOP or word.endswith(",") or _PAST_VERB_RE.fullmatch(word.strip(",")):
            break
        taken.append(word)
        if bare in _DETERMINERS:
            break
    return " ".join(reversed(taken))


def _when_clause(text: str, date_text: str) -> str:
    """ "first trip since 2017, when he attended the summit" dates the when-clause: its
    title is that clause, "he" naming the sentence's first person."""
    if not date_text:
        return ""
    match = re.search(re.escape(date_text) + r"\s*,\s*when\s+(?P<clause>[^,;:]+)", text)
    if not match or not re.search(
        r"\b(?:since|was|is|were|are)(?:\s+(?:on|in|at))?\s*$", text[: match.start()], re.I
    ):
        return ""  # "entered into force on X, when ...": the main clause is the event
    clause = match.group("clause").strip()
    return clause if len(clause.split()) >= 3 else ""


_SAYER = (
    rf"^(?P<main>.{{3,120}}?\b{_SPEECH_VERBS}(?:\s+(?:reporters|journalists|lawmakers"
    r"|the\s+press|parliament|officials))?)"
)
_COMPLEMENT_RES = (
    re.compile(_SAYER + r"(?:\s+[^\s,]+){0,4}?\s+that\s+(?P<rest>\S.*)$", re.IGNORECASE),
    re.compile(_SAYER + r"\s+(?P<rest>(?:the|a|an|[A-Z])\S*\s.*)$"),
)
_PRESENT_VERB_RE = re.compile(r"\b[a-z]{3,}\s+[a-z]{3,}s\s+(?:the|a|an|to|its|their|his|her)\b")


def _complement_clause(text: str, date_text: str) -> str:
    """What was said, not the saying, unless the saying holds the date: "Officials said the
    bridge opened on Tuesday" -> "the bridge opened on Tuesday"; "The ministry announced on
    Monday that the mayor will visit on Friday" -> for Friday the visit, for Monday the
    announcement."""
    match = _COMPLEMENT_RES[0].match(text) or _COMPLEMENT_RES[1].match(text)
    if not match or (date_text and date_text not in match.group("rest")):
        return text
    rest = match.group("rest")
    if not re.match(r"(?:the|a|an|[A-Z])", rest) or match.group("main").count(",") > 1:
        return text
    finite = _FINITE_RE.search(rest) or _PRESENT_VERB_RE.search(rest)
    relative = re.search(r"\b(?:who|which|that|whom)\b", rest)
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
        if word.lower().strip(",") in _NP_STOP or word.endswith(","):
            break
        taken.append(word)
        if word.lower() in _DETERMINERS:
            break
    return " ".join(reversed(taken))


def _focus_clause(text: str, date_text: str) -> str:
    """Of two joined clauses ("X happened on A, and Y happened on B") the one with the date,
    if it has a subject of its own."""
    if not date_text:
        return text
    clauses = re.split(r"(?:,\s+|;\s+)(?:and|but|while|whereas)\s+|;\s+", text)
    if len(clauses) < 2:
        return text
    for index, clause in enumerate(clauses):
        if date_text in clause:
            if index == 0:
                return clause
            first = clause.split()[0] if clause.split() else ""
            if (
                _PAST_VERB_RE.fullmatch(first)
                or first.endswith("ed")
                or first.lower() in _AUXILIARIES
            ):
                return text  # "..., and ended in ...": no subject of its own
            return clause
    return text


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


def _remove_date_phrase(text: str, date_text: str, precision: str = "day") -> str:
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
        if len(_WORD_RE.findall(rest)) >= 3:
            return rest
    return text


def _limit_words(title: str) -> str:
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
                rf"\b(?:{_SPEECH_VERBS}(?:\s+\w+)?|so|such|now)\s*$", prefix, re.I
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


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _resolve_pronoun(title: str, previous: Sequence[str], index: EntityIndex) -> str:
    """ "He signed ..." -> "Kim Jong Un signed ...": the previous sentence's subject, or else
    the one person the few sentences before it name (two people leave "He" as written)."""
    if not _PRONOUN_START_RE.match(title) or not previous:
        return title
    unquoted = [re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text) for text in previous]
    person = _subject_person(unquoted[-1], index)
    if not person:
        people = {tag_key(p): p for text in unquoted[:-1] for p in _people_in(text, index)}
        person = next(iter(people.values())) if len(people) == 1 else ""
    return _PRONOUN_START_RE.sub(person, title, count=1) if person else title


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


_NOT_PERSON_HEADS = _wordset(
    """
    war square palace union council ministry republic island airport university party army
    house street bank church court agency office committee summit treaty declaration
    cosmodrome sea river city region province state states kingdom nations embassy
    """
)
"""Last words of capitalised names that are not people ("Korean War", "Red Square")."""


def _person_in(text: str, index: EntityIndex) -> str:
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
        if verb is None or _PAST_VERB_RE.fullmatch(verb) or verb in {"came", "went", "was"}:
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


_EVENT_VERB_RE = re.compile(
    r"\b(?:took|take|takes|taking|taken)\s+place\b|\b(?:was|were|is|are|be|been)\s+held\b",
    re.IGNORECASE,
)
"""Verbs that only say something happened ("took place", "was held"): no action of their
own, so "the summit took place" and "the leaders met" can be one event."""


def actions_of(title: str) -> frozenset[str]:
    """What a title says happened: stems of its verbs and verbal nouns, not of speech verbs."""
    found: set[str] = set()
    title = _EVENT_VERB_RE.sub(" ", title)
    for match in _ACTION_RE.finditer(title):
        word = match.group().lower()
        if word in _STOPWORDS or re.fullmatch(_SPEECH_VERBS, word):
            continue
        found.add(_stem(word))
    return frozenset(found)


def keywords_of(text: str, tags: Sequence[str] = ()) -> frozenset[str]:
    """Content-word stems and tag keys: what two reports of one event tend to share."""
    words: set[str] = set()
    for index, match in enumerate(_WORD_RE.finditer(text)):
        raw = match.group()
        if raw[:1].isupper() and (index or any(raw in tag.split() for tag in tags)):
            continue  # part of a name: the tags stand for it
        word = raw.lower().strip("’'-")
        if len(word) < 3 or word in _STOPWORDS or word.isdigit():
            continue
        words.add(_stem(word))
    words.update(f"#{tag_key(t)}" for t in tags)
    return frozenset(words)


def _stem(word: str) -> str:
    for suffix, replacement in (
        ("ation", ""),  # "invitation" and "invited" -> "invit"
        ("’s", ""),
        ("'s", ""),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return _SYNONYM_INDEX.get(word, word)


def _stem_plain(word: str) -> str:
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_SYNONYM_INDEX = {
    form: canonical for base, canonical in _SYNONYMS.items() for form in (base, _stem_plain(base))
}
