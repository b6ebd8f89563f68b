"""Word classes and patterns that several event rules read (function words, speech verbs,
past verbs), in one place so every rule agrees on them."""

from __future__ import annotations

import re

__all__ = [
    "DETERMINERS",
    "NP_STOP",
    "PAST_VERB_RE",
    "POSSESSIVES",
    "SPEECH_VERBS",
    "STOPWORDS",
    "WORD_RE",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS = wordset(
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


SPEECH_VERBS = (
    r"(?:said|says|say|stated|added|noted|told|reported|reports|announced|claimed|found|finds"
    r"|showed|shows|wrote|writes|confirmed|insisted|argued|explained|warned)"
)


PAST_VERB_RE = re.compile(
    r"\b(?!(?:said|stated|added|noted|described|reported|told|called|referred|quoted|recalled"
    r"|remembered|mentioned|explained|argued|believed|claimed|insisted|warned|stressed"
    r"|emphasized|emphasised|recounted|cited|expected|hoped|feared|asked)\b)"
    r"(?:\w{3,}ed|met|held|made|took|gave|won|lost|began|came|went|struck|fell|rose|sent|led"
    r"|left|built|sold|brought|fought|broke|became|ran|flew|hit|shot|signed|spent|paid|kept"
    r"|bought|found|won|saw|chose|wrote|drove|froze|stole|spoke)\b",
    re.IGNORECASE,
)


NP_STOP = wordset(
    """
    to for with by on in at from as than into onto over under about against between among
    is are was were be been has have had will would could should can may might and or but
    that which who whom whose while when where said says described replacing replaced
    """
)


DETERMINERS = wordset("the a an their its his her our this that these those")


POSSESSIVES = wordset("his her their its")


WORD_RE = re.compile(r"\w[\w’'\-]*")
