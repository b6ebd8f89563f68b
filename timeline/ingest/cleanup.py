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

__all__ = ["clean_text", "split_paragraphs"]


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
    r"|more\s+(?:from|in|on|stories|news|articles|to\s+read)|you\s+(?:may|might)\s+(?:also\s+)?like"
    r"|recommended(?:\s+for\s+you)?|read\s+(?:more|also|next|this)|see\s+also|also\s+read"
    r"|latest(?:\s+(?:news|stories|posts|articles))?|most\s+(?:read|viewed|popular|shared)"
    r"|top\s+stories|in\s+other\s+news|editor'?s\s+picks?|what\s+to\s+read\s+next"
    r"|further\s+reading|other\s+news|don'?t\s+miss|must\s+read)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*(?:$|[,|·•/–—-])"
    r"|(?:published|updated|posted|last\s+(?:updated|modified)|date|dated|written\s+by"
    r"|author|photo(?:graph)?s?|images?|pictures?|credits?|sources?|via|reporting\s+by"
    r"|editing\s+by|edited\s+by|compiled\s+by|additional\s+reporting|with\s+inputs?)"
    r"\s*(?:on|by|from|at)?\s*:)",
    re.IGNORECASE,
)
_LABEL_WORDS = re.compile(
    r"^(?:published|updated|posted|last\s+updated|written\s+by|photo|image|credit|source)\b",
    re.IGNORECASE,
)
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

# --- shape ------------------------------------------------------------------------------------

_CLOSERS = "\"'”’»)]*"
_ELLIPSIS = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\s" + re.escape(_CLOSERS) + r"]*$")
_SENTENCE_END = re.compile(r"[.!?][" + re.escape(_CLOSERS) + r"]*$")
_SENTENCE_START = re.compile(r"^[\"'“‘«(\[—–-]?\s*[\w¿¡]", re.UNICODE)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]")
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


def _is_chrome(text: str, words: int, sentence: bool) -> bool:
    """Furniture recognisable from the paragraph alone."""
    if not any(ch.isalpha() for ch in text):
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
    plain = _unquoted(text)
    hits = len(_BOILERPLATE.findall(plain))
    you = len(_SECOND_PERSON.findall(plain))
    if words <= 6 and hits and not sentence:
        return True  # "Share post:", "Subscribe", "Follow us on X"
    imperative = _IMPERATIVE.match(plain)
    if imperative and words <= 30:
        rest = plain[imperative.end() :]
        if you or _BOILERPLATE.search(rest) or (words <= 6 and not sentence):
            return True  # "Please enter your comment!", "Sign up for our newsletter"
    if you and words <= 60 and (hits + len(_PROMO.findall(plain))) >= 2:
        return True  # "Your email address will not be published.", site blurbs
    return bool(re.match(r"^welcome\s+to\b", plain, re.IGNORECASE) and words <= 60)


def _classify(text: str) -> Para:
    words = _words(text)
    sentence = _is_sentence(text)
    strong = sentence and (words >= 12 or (words >= 8 and len(_SENTENCE_END.findall(text)) > 1))
    short_line = words <= 15 and not sentence
    if words <= 15 and _COMMENT_FORM.match(text.strip(" *")):
        kind = Kind.COMMENTS
    elif words <= 8 and _TEASER_HEADING.match(text) and (not sentence or text.endswith(":")):
        kind = Kind.TEASERS
    elif _is_chrome(text, words, sentence):
        kind = Kind.CHROME
    elif _ELLIPSIS.search(text) and words <= 60:
        kind = Kind.SNIPPET
    elif short_line or (not sentence and words <= 30):
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
    """True when a block's line breaks are hard wrapping, not paragraph breaks."""
    body = lines[:-1]
    widest = max(len(line) for line in body)
    if widest < 40 or any(len(line) < widest * 0.55 for line in body):
        return False
    if any(re.match(r"^(?:[-*•]|\d+[.)])\s", line) for line in lines):
        return False
    ended = sum(1 for line in body if _SENTENCE_END.search(line))
    return ended * 2 <= len(body)


def split_paragraphs(raw: str) -> list[str]:
    """Paragraphs of `raw`: blank lines separate them, and so do single line breaks unless
    the block is hard-wrapped prose (then its lines are joined)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", _normalize(raw)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _is_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
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


def clean_text(raw: str) -> tuple[str, str | None]:
    """(cleaned body with paragraphs separated by a blank line, title or None).

    The title is the first line when it reads as a headline (after leading furniture such as
    a search box or a section label); it is removed from the body.
    """
    paras: list[Para] = []
    seen: set[str] = set()
    for text in split_paragraphs(raw):
        key = _key(text)
        if not key or key in seen:
            continue  # repeated block: keep the first copy
        seen.add(key)
        paras.append(_classify(text))

    title: str | None = None
    kept: list[Para] = []
    dropped_before: list[bool] = []  # per kept paragraph: was furniture dropped just before it
    body_started = False
    in_teasers = False
    teaser_headline = False
    last_dropped = False

    for para in paras:
        kind = para.kind
        if kind is Kind.COMMENTS:
            if body_started:
                break  # comment forms and comments end the article
            last_dropped = True
            continue
        if kind is Kind.TEASERS:
            in_teasers, teaser_headline, last_dropped = True, False, True
            continue
        if in_teasers:
            # Teasers: headline lines, dates, snippets; a snippet follows its headline.
            if para.strong and not teaser_headline and kind is Kind.SENTENCE:
                in_teasers = False
            else:
                teaser_headline = kind is Kind.HEADING
                last_dropped = True
                continue
        if kind is Kind.CHROME:
            last_dropped = True
            continue
        if kind is Kind.SNIPPET:
            if kept and kept[-1].kind is Kind.HEADING and body_started:
                kept.pop()  # the teaser's headline goes with it
                dropped_before.pop()
            last_dropped = True
            continue
        if not body_started:
            if kind is Kind.HEADING or (not para.strong and _is_title(para)):
                if title is None and _is_title(para):
                    title = para.text
                last_dropped = True
                continue  # leading labels, decks and the headline are not body text
            body_started = para.strong or kind is Kind.SENTENCE
        kept.append(para)
        dropped_before.append(last_dropped)
        last_dropped = False

    # Position: after the body, headings with nothing under them and short lines stranded
    # between furniture (slogans, blurbs) are not article text.
    while kept and kept[-1].kind is Kind.HEADING:
        kept.pop()
        dropped_before.pop()
    if len(kept) > 1 and not kept[-1].strong and dropped_before[-1] and last_dropped:
        kept.pop()
    return "\n\n".join(p.text for p in kept), title
