"""The event stage: an article's text and resolved dates -> candidate events -> merged events.

Modules in pipeline order: `sentences` (text -> sentences with offsets), `roles` (what each
date does in its sentence: `DateRole`), `titles` + `clauses` (a sentence -> a headline),
`background` (titles for background dates and statements), `people` (who "he" is), `tags`
(people, places, organisations), `keywords` (what two reports share), `candidates` (one
article -> candidate events), `merge` (candidates from every source -> one event each).
The words the rules read are language data in `timeline/lang/<code>/events.py`, merged by
`_lexicon`.
"""

from timeline.events.candidates import Candidate, candidates_from_text
from timeline.events.keywords import actions_of, keywords_of
from timeline.events.merge import SIMILARITY_THRESHOLD, MergedEvent, merge_candidates, top_dates
from timeline.events.sentences import Sentence, split_sentences
from timeline.events.tags import EntityIndex, country_names, find_tags, tag_key
from timeline.events.titles import make_title

__all__ = [
    "SIMILARITY_THRESHOLD",
    "Candidate",
    "EntityIndex",
    "MergedEvent",
    "Sentence",
    "actions_of",
    "candidates_from_text",
    "country_names",
    "find_tags",
    "keywords_of",
    "make_title",
    "merge_candidates",
    "split_sentences",
    "tag_key",
    "top_dates",
]
