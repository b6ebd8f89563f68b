"""Plain-text cleanup: keep the article, drop the page furniture around it.

Copied or scraped article text carries the site with it: search boxes, bylines, share and
follow buttons, comment forms, "Related" teasers of other stories, promotional blurbs and
blocks pasted twice. None of that may become a timeline event, so each paragraph is judged
by general signals (its length and sentence shape, boilerplate vocabulary, calls to action,
second-person promotion, its position before or after the body) rather than by any one
site's phrases. The body itself, short quotes included, is kept verbatim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from timeline.lang import stage_modules

__all__ = ["clean_text", "clean_text_counted", "is_stamp", "split_paragraphs"]


class Kind(Enum):
    """What a paragraph is, judged on its own (position is considered afterwards)."""

    COMMENTS = "comment form or comment section heading: the article is over"
    TEASERS = "heading of a related/popular/read-more block"
    CHROME = "page furniture: calls to action, bylines, credits, navigation, blurbs"
    SNIPPET = "a truncated teaser snippet ending in an ellipsis"
    HEADING = "a short line without sentence punctuation"
    SENTENCE = "prose"


@dataclass(frozen=True)
class Para:
    """One paragraph and the measurements the rules use."""

    text: str
    words: int
    sentence: bool
    strong: bool
    kind: Kind


# --- vocabulary -----------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"\b(?:repl(?:y|ies)|comments?|commenting|subscri(?:be[sd]?|ption|bers?)|newsletters?"
    r"|share[sd]?|sharing|follow(?:\s+us)?|sign\s*(?:up|in)|log\s*(?:in|out)|login|register"
    r"|e-?mail(?:\s+address)?|required\s+fields?|website|search(?:\s+box)?|menu|navigation"
    r"|skip\s+to|cookies?|privacy(?:\s+policy)?|terms\s+of\s+(?:use|service)|advertisements?"
    r"|advertising|sponsored|all\s+rights\s+reserved|copyright|read\s+more|continue\s+reading"
    r"|click\s+here|download|app\s+store|google\s+play|tags?|filed\s+under|posted\s+in"
    r"|categor(?:y|ies)|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest"
    r"|instagram|youtube|tiktok|rss|members?(?:hip)?|premium|unlimited\s+access|donate"
    r"|support\s+us|previous\s+(?:post|article|story)|next\s+(?:post|article|story)"
    r"|back\s+to\s+top|home(?:page)?|forums?|groups?|social)\b",
    re.IGNORECASE,
)


def _notice_words() -> re.Pattern[str]:
    """The other languages' boilerplate words (`timeline/lang/<code>/ingest.py`), one regex."""
    words = [w for module in stage_modules("ingest").values() for w in module.NOTICE_WORDS]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


_NOTICE = _notice_words()
_PROMO = re.compile(
    r"\b(?:welcome|discover|explore|join|community|platform|network|members?(?:hip)?"
    r"|unlimited|access|best|exclusive|free|latest|stories|articles|authors?|readers?"
    r"|journalism|support|donate|newsletter|subscribe|today|never\s+miss|don'?t\s+miss"
    r"|favou?rite|amazing|lovely|great)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_IMPERATIVE = re.compile(
    r"^(?:please|click|tap|sign\s+up|subscribe|follow|share|leave|join|get|enter|download"
    r"|read|watch|listen|support|become|discover|explore|register|log\s+in|like\s+us"
    r"|don'?t\s+miss|never\s+miss|stay\s+(?:informed|updated|connected|tuned)|save\s+my"
    r"|sign\s+in|check\s+out|find\s+out\s+more|learn\s+more|see\s+more|view\s+all"
    r"|add|post|submit|write|send|close|skip|open|accept|allow)\b",
    re.IGNORECASE,
)
_COMMENT_FORM = re.compile(
    r"^(?:(?:leave|post|add|write|submit)\s+(?:a|an|your)\s+(?:reply|comment|response)"
    r"|\d+\s+(?:comments?|replies|responses)|(?:comments?|replies|responses|discussion)"
    r"(?:\s*\(\d+\))?\s*:?$|join\s+the\s+(?:conversation|discussion)|cancel\s+reply"
    r"|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published"
    r"|you\s+must\s+be\s+logged\s+in|log\s+in\s+to\s+(?:comment|reply))",
    re.IGNORECASE,
)
_TEASER_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|posts?|news|coverage|content|reading))?"
    r"|popular(?:\s+(?:now|posts?|stories|articles?))?|trending(?:\s+now)?|more\s+like\s+this"
    r"|more\s+(?:stories|news|articles|to\s+read)|more\s+(?:from|in|on|about)(?:\s+[\w'’&-]+){1,4}"
    r"|you\s+(?:may|might)\s+(?:also\s+)?like"
    r"|recommended(?:\s+for\s+you)?|read\s+(?:more|also|next|this)|see\s+also|also\s+read"
    r"|latest(?:\s+(?:news|stories|posts|articles))?|most\s+(?:read|viewed|popular|shared)"
    r"|top\s+stories|in\s+other\s+news|editor'?s\s+picks?|what\s+to\s+read\s+next"
    r"|further\s+reading|other\s+news|don'?t\s+miss|must\s+read)"
    r"\s*(?::.*)?$",  # the whole heading, or a label before an inline teaser title
    re.IGNORECASE,
)
_NAME = r"(?-i:[A-Z])[\w.'’-]*"  # names are capitalised even though the rest ignores case
_BYLINE = re.compile(
    rf"^(?:by\s+{_NAME}(?:\s+(?:(?:and|&)\s+)?{_NAME}){{0,5}}\s*(?:$|[,|·•/–—-])"
    r"|(?:published|updated|posted|last\s+(?:updated|modified)|date|dated|written\s+by"
    r"|author|photo(?:graph)?s?|images?|pictures?|credits?|sources?|via|reporting\s+by"
    r"|editing\s+by|edited\s+by|compiled\s+by|additional\s+reporting|with\s+inputs?)"
    r"\s*(?:on|by|from|at)?\s*:"
    r"|(?:published|updated|posted|written|last\s+updated|first\s+published)\s+(?:on|by|at)\b)",
    re.IGNORECASE,
)
_LABEL_WORDS = re.compile(
    r"^(?:published|updated|posted|last\s+updated|written\s+by|photo|image|credit|source)\b",
    re.IGNORECASE,
)
_LABEL_LIST = re.compile(
    r"^(?:tags?|topics?|categor(?:y|ies)|filed\s+under|keywords?|related\s+topics|more\s+on"
    r"|posted\s+in|sections?)\s*:",
    re.IGNORECASE,
)
_EDITORIAL = re.compile(
    r"\b(?:this\s+(?:story|article|post|report)\s+(?:has\s+been|was)\s+(?:updated|corrected)"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)"
    r"|editor'?s\s+note\s*:)",
    re.IGNORECASE,
)
# "(Photo: Jane Roe/Agency)", "| Getty Images", "Photo by X/AFP" closing a caption.
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:[^()]{0,60}\b(?:photo|image|picture|credit|getty|afp|reuters|epa|ap\s+photo"
    r"|shutterstock|file\s+photo)\b[^()]{0,60})\)"
    r"|[|/]\s*(?:getty\s+images|afp|reuters|epa|ap\s+photo|shutterstock)[^.]{0,30}"
    r"|\b(?:photo|image|picture)s?\s*(?:by|:|credit:)\s*[^.]{0,60})\s*$",
    re.IGNORECASE,
)
_EMBED = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com/|\bt\.co/\w", re.IGNORECASE)
_READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?|mn)\.?\s*(?:read|reading)\b", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b", re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s[|•·»›>/]\s")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_HASHTAG = re.compile(r"^#[^\s#]")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?"
    r"|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|gmt|utc|[a-z]st"
)
_DATE_LINE = re.compile(rf"^(?:[\d\s.,:/()+-]|\b(?:{_MONTHS})\b)+$", re.IGNORECASE)
_CLOCK = re.compile(
    r"(?<![\d.,:/])(?:[01]?\d|2[0-3])\s?(?:[:h]|\.(?=\d\d\b))[0-5]\d(?![\d%])(?!\s%)\s?h?"
)
"""A clock time: "12:51", "21.24h", "12h40", "08.58" (not "3.5" or "12,40")."""
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-])")
"""A numeric day, month and year: "24/02/2011", "31/03/11", "18.05.2015"."""
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# --- shape ------------------------------------------------------------------------------------

_CLOSERS = "\"'”’»)]*"
_ELLIPSIS = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\s" + re.escape(_CLOSERS) + r"]*$")
_SENTENCE_END = re.compile(r"[.!?][" + re.escape(_CLOSERS) + r"]*$")
_SENTENCE_START = re.compile(r"^[\"'“‘«(\[—–-]?\s*[\w¿¡]", re.UNICODE)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[^\W\d_])")
_GLUED_LABEL = re.compile(r"(?<=[^\W\d_]{2}[.!?])([\"”’)]?)([^\W\d_][^.!?…]{0,80})$")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_sentence(text: str) -> bool:
    """Prose shape: starts like a sentence and ends with sentence punctuation."""
    return (
        bool(_SENTENCE_START.match(text))
        and bool(_SENTENCE_END.search(text))
        and not (_ELLIPSIS.search(text))
    )


def _unquoted(text: str) -> str:
    """The text minus quotations, so a quoted "you" or "join us" is not read as promotion."""
    return _QUOTED.sub(" ", text)


def is_stamp(text: str, words: int | None = None) -> bool:
    """A time stamp line: a comment's "@name 5 novembre 2014 alle 12:51", a byline's
    "Published on … at 12h40 - Updated …", an author's "NAME 24/02/2011".

    A short paragraph that dates itself to the minute (a clock time next to a date) and is
    no sentence, or any paragraph of a few words with a numeric date and no sentence end:
    the same shape in every language, so no language's words are needed.
    """
    words = _words(text) if words is None else words
    dated = bool(_NUMERIC_DATE.search(text) or _YEAR.search(text))
    ended = bool(_SENTENCE_END.search(text))
    if words <= 25 and _CLOCK.search(text) and (dated or words <= 8):
        return not ended or (dated and words <= 8)
    return words <= 8 and bool(_NUMERIC_DATE.search(text)) and not ended


_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s*\S")
"""A note of a reference list: its date is the cited work's, not an event."""
_CODE_CHARS = frozenset("{}[]();=<>$&|\\")
_CODE_WORDS = re.compile(
    r"\b(?:function|var|let|const|return|window|document|null|true|false|px|rgba?)\b|=>|\}\s*\{"
)


def _looks_like_code(text: str) -> bool:
    """Script, JSON or CSS: braces or code words, and code punctuation in a density prose never
    has (a twentieth of the characters, or a tenth for a short line)."""
    stripped = text.strip()
    if stripped[:1] in "{[" and '":' in stripped[:200]:
        return True  # a JSON object or array ("@context", data layers)
    if "{" not in text and "}" not in text and not _CODE_WORDS.search(text):
        return False
    punctuation = sum(1 for ch in text if ch in _CODE_CHARS)
    return punctuation >= 4 and punctuation * (10 if len(text) < 80 else 20) >= len(text)


def _is_chrome(text: str, words: int, sentence: bool) -> bool:
    """Furniture recognisable from the paragraph alone."""
    if not any(ch.isalpha() for ch in text):
        return True
    if is_stamp(text, words):
        return True
    if _URL_ONLY.match(text) or _HASHTAG.match(text) or (_COPYRIGHT.search(text) and words <= 25):
        return True
    if words <= 8 and _DATE_LINE.match(text) and any(ch.isdigit() for ch in text):
        return True
    if words <= 8 and _READING_TIME.search(text):
        return True
    if words <= 15 and not _SENTENCE_END.search(text):
        if _BYLINE.match(text) or (words <= 4 and _LABEL_WORDS.match(text)):
            return True
        if text.startswith("(") and text.endswith(")"):
            return True  # "(With reporting from agencies)", "(Photo: ...)"
    if words <= 15 and _BYLINE.match(text) and ":" in text[:30]:
        return True  # "Source: Agency." and "Photo: Name."
    if words <= 20 and len(_NAV_SEPARATORS.findall(f" {text} ")) >= 2 and not sentence:
        return True  # "Home | World | Asia"
    if words > 60:
        return False  # every test below is for short paragraphs: skip their scans of a long one
    plain = _unquoted(text)
    notices = len(_NOTICE.findall(plain))
    hits = len(_BOILERPLATE.findall(plain)) + notices
    you = len(_SECOND_PERSON.findall(plain))
    if notices >= 2 and words <= 15:
        return True  # "Acepta las cookies y suscríbete", "Abonnez-vous à la newsletter"
    if words <= 6 and hits and not sentence:
        return True  # "Share post:", "Subscribe", "Follow us on X"
    if _looks_like_code(text):
        return True  # script, JSON or CSS text that a scraper kept
    if _FOOTNOTE.match(text) and words <= 60:
        return True  # "[20] Author, "Title", Outlet, 3 February 2014.": a reference list
    imperative = _IMPERATIVE.match(plain)
    if imperative and words <= 30:
        rest = plain[imperative.end() :]
        if you or _BOILERPLATE.search(rest) or (words <= 6 and not sentence):
            return True  # "Please enter your comment!", "Sign up for our newsletter"
    if you and words <= 60 and (hits + len(_PROMO.findall(plain))) >= 2:
        return True  # "Your email address will not be published.", site blurbs
    if hits >= 3 and words <= 30:
        return True  # "This article is for subscribers only. Subscribe for unlimited access."
    if words <= 40 and (_LABEL_LIST.match(text) or _EDITORIAL.search(text)):
        return True  # "Tags: …", "Topics: …", "This story has been updated …"
    if words <= 60 and _CAPTION_CREDIT.search(text):
        return True  # an image caption ending in its credit
    if words <= 25 and _EMBED.search(text):
        return True  # the attribution line of an embedded social media post
    return bool(re.match(r"^welcome\s+to\b", plain, re.IGNORECASE) and words <= 60)


def _classify(text: str) -> Para:
    words = _words(text)
    sentence = _is_sentence(text)
    sentences = len(_SENTENCE_BREAK.findall(text)) + 1
    strong = sentence and (words >= 12 or (words >= 8 and sentences > 1))
    if words <= 15 and _COMMENT_FORM.match(text.strip(" *")):
        kind = Kind.COMMENTS
    elif (
        words <= (15 if ":" in text else 8)
        and _TEASER_HEADING.match(text)
        and (not sentence or ":" in text)
    ):
        kind = Kind.TEASERS
    elif _is_chrome(text, words, sentence):
        kind = Kind.CHROME
    elif _ELLIPSIS.search(text) and words <= 60:
        kind = Kind.SNIPPET
    elif not sentence and words <= 30:
        kind = Kind.HEADING
    else:
        kind = Kind.SENTENCE
    return Para(text, words, sentence, strong, kind)


# --- splitting --------------------------------------------------------------------------------


def _normalize(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    return re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", text)


def _is_wrapped(lines: list[str]) -> bool:
    """True when a block of 3+ lines has the even width and unfinished line ends of prose
    wrapped at a fixed column (each line then is not a paragraph of its own)."""
    body = lines[:-1]
    if len(lines) < 3 or any(re.match(r"^(?:[-*•]|\d+[.)])\s", line) for line in lines):
        return False
    widest = max(len(line) for line in body)
    if widest < 50 or any(len(line) < widest * 0.6 for line in body):
        return False
    ended = sum(1 for line in body if _SENTENCE_END.search(line))
    return ended * 2 <= len(body)


def _continues(line: str, following: str) -> bool:
    """A line break inside a sentence: the next line starts in lower case, or this line
    stops on a comma or a hyphen."""
    if _SENTENCE_END.search(line):
        return False
    return following[:1].islower() or bool(re.search(r"[,;(–-]$", line))


def split_paragraphs(raw: str) -> list[str]:
    """Paragraphs of `raw`: blank lines separate them, and so do single line breaks unless
    the break falls inside a sentence (hard-wrapped prose, whose lines are joined)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", _normalize(raw)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_wrapped(lines):
            out.append(" ".join(lines))
            continue
        current = lines[0]
        for line in lines[1:]:
            if _continues(current, line):
                current = f"{current} {line}"
            else:
                out.append(current)
                current = line
        out.append(current)
    return [_unglue(p) for p in out]


def _unglue(text: str) -> str:
    """Cut a label glued to the last sentence ("…both deny.Related Topic"): scraped link
    text that lost its line break; a sentence never continues without a space."""
    match = _GLUED_LABEL.search(text)
    if match and _words(match.group(2)) <= 8 and not _SENTENCE_END.search(match.group(2)):
        return text[: match.start(2)].rstrip()
    return text


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _is_title(para: Para) -> bool:
    """A headline: one short line that is not a sentence ending in a full stop."""
    text = para.text
    return (
        para.kind in (Kind.HEADING, Kind.SENTENCE)
        and 2 <= para.words <= 30
        and len(text) <= 220
        and not re.search(r"[.:;,][" + re.escape(_CLOSERS) + r"]*$", text)
    )


# --- the pass ---------------------------------------------------------------------------------

_SITE_VOICE = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)


_AUTHOR_BIO = re.compile(
    r"^(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}\s+(?:is|was|has\s+been)\s+(?:an?|the)"
    r"\s+(?:[\w-]+\s+){0,5}(?:correspondent|reporter|journalist|writer|editor|columnist"
    r"|contributor|author|producer|analyst|blogger|freelancer)\b",
    re.IGNORECASE,
)


def _is_promo(para: Para) -> bool:
    """Site voice or second person selling something ("Join our community of readers"), or
    the author's biography ("Jane Roe is a senior correspondent …")."""
    plain = _unquoted(para.text)
    if _AUTHOR_BIO.match(plain):
        return True
    voice = _SECOND_PERSON.search(plain) or _SITE_VOICE.search(plain)
    return bool(voice) and len(_PROMO.findall(plain)) + len(_BOILERPLATE.findall(plain)) >= 3


_NAME_LINE = re.compile(r"^(?:(?-i:[A-Z])[\w'’.-]+\s*){2,4}$")


def _headline_above(candidates: list[tuple[int, str]], meta_index: int) -> str:
    """The headline a byline or dateline belongs to.

    The line right above it, unless that line is the author's bare name; and when the line
    above that is a shorter headline-shaped line, that one is the headline and the longer
    line its deck (summary).
    """
    pos = len(candidates) - 1
    index, text = candidates[pos]
    if pos > 0 and index == meta_index - 1 and _NAME_LINE.match(text):
        pos -= 1
        index, text = candidates[pos]
    if pos > 0:
        above, above_text = candidates[pos - 1]
        if above == index - 1 and _words(above_text) < _words(text):
            return above_text
    return text


def _is_meta_line(text: str) -> bool:
    """Bylines, datelines and reading times: they follow a headline, so they point to it."""
    words = _words(text)
    return words <= 15 and bool(
        _BYLINE.match(text) or _READING_TIME.search(text) or _DATE_LINE.match(text)
    )


COMMENT_STAMPS = 3
"""Time stamps (a date and a clock time) on their own lines that make a comment section."""


def _comment_section(paras: list[Para]) -> int:
    """Where reader comments start: the first of `COMMENT_STAMPS` or more stamp lines that
    carry both a date and a clock time ("@name 5 novembre 2014 alle 12:51"), or -1.

    A live blog stamps its entries with a clock time alone (the day is said once), and its
    entries run on the stamp's line, so its updates are not taken for comments.
    """
    body = next((i for i, p in enumerate(paras) if p.strong and p.kind is Kind.SENTENCE), None)
    if body is None:
        return -1
    stamps = [
        i
        for i, para in enumerate(paras)
        if i > body
        and para.kind is Kind.CHROME
        and _CLOCK.search(para.text)
        and (_NUMERIC_DATE.search(para.text) or _YEAR.search(para.text) or para.words <= 8)
        and is_stamp(para.text, para.words)
    ]
    return stamps[0] if len(stamps) >= COMMENT_STAMPS else -1


def clean_text(raw: str) -> tuple[str, str | None]:
    """(cleaned body with paragraphs separated by a blank line, title or None).

    The title is the article's first line when it reads as a headline (after leading
    furniture such as a search box or a section label, and preferring the line right above
    a byline); it is removed from the body.
    """
    body, title, _ = clean_text_counted(raw)
    return body, title


def clean_text_counted(raw: str) -> tuple[str, str | None, dict[str, int]]:
    """`clean_text`, plus how many paragraphs each filter dropped: `comments` (the reader
    comment section), `stamps` (time stamp lines), `furniture` (everything else)."""
    paras: list[Para] = []
    seen: set[str] = set()
    for text in split_paragraphs(raw):
        key = _key(text)
        if not key or key in seen:
            continue  # a repeated block: keep the first copy
        seen.add(key)
        paras.append(_classify(text))

    keep = [False] * len(paras)
    furniture = [False] * len(paras)
    lead_titles: list[tuple[int, str]] = []  # (paragraph index, headline-shaped text)
    byline_title: str | None = None
    body_started = False
    in_teasers = False
    teaser_headline = False
    end = len(paras)

    comments_from = _comment_section(paras)
    for i, para in enumerate(paras):
        kind = para.kind
        if i == comments_from and body_started:
            end = i  # reader comments, each under its time stamp, end the article
            break
        if kind is Kind.COMMENTS and body_started:
            end = i  # comment forms and the comments under them end the article
            break
        if kind in (Kind.COMMENTS, Kind.TEASERS):
            in_teasers = kind is Kind.TEASERS
            teaser_headline = False
            furniture[i] = True
            continue
        if in_teasers:
            # Teaser blocks: headline, maybe a date, then a snippet; a full paragraph that
            # does not follow a teaser headline means the article resumed.
            if para.strong and kind is Kind.SENTENCE and not teaser_headline:
                in_teasers = False
            else:
                teaser_headline = kind is Kind.HEADING
                furniture[i] = True
                continue
        if kind is Kind.CHROME:
            furniture[i] = True
            if (
                not body_started
                and byline_title is None
                and lead_titles
                and _is_meta_line(para.text)
            ):
                byline_title = _headline_above(lead_titles, i)
            continue
        if kind is Kind.SNIPPET:
            furniture[i] = True
            if body_started and i and keep[i - 1] and paras[i - 1].kind is Kind.HEADING:
                keep[i - 1], furniture[i - 1] = False, True  # the teaser's headline
            continue
        if not body_started:
            if kind is Kind.HEADING or (not para.strong and _is_title(para)):
                if _is_title(para):
                    lead_titles.append((i, para.text))
                continue  # leading labels, decks and the headline are not body text
            body_started = True
        keep[i] = True

    # The tail: after the last real paragraph, headings with nothing under them, promotion
    # and short lines stranded between furniture (slogans) are not article text.
    kept = [i for i in range(end) if keep[i]]
    last_body = max((i for i in kept if paras[i].strong and not _is_promo(paras[i])), default=-1)
    for i in kept:
        para = paras[i]
        stranded = i > 0 and furniture[i - 1] and (i + 1 >= end or furniture[i + 1])
        in_tail = i > last_body
        if (para.kind is Kind.HEADING and (stranded or in_tail)) or (
            in_tail and (_is_promo(para) or (stranded and not para.strong))
        ):
            keep[i], furniture[i] = False, True
    for i in reversed(kept):  # trailing headings, once their stranded followers are gone
        if keep[i] and paras[i].kind is Kind.HEADING:
            keep[i] = False
        elif keep[i]:
            break

    title = byline_title or (lead_titles[0][1] if lead_titles else None)
    dropped = {"comments": len(paras) - end, "stamps": 0, "furniture": 0}
    for i in range(end):
        if not keep[i] and paras[i].text != title:
            stamp = paras[i].kind is Kind.CHROME and is_stamp(paras[i].text, paras[i].words)
            dropped["stamps" if stamp else "furniture"] += 1
    return "\n\n".join(paras[i].text for i in range(end) if keep[i]), title, dropped
