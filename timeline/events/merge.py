"""The same event reported by several sources (or twice in one) -> one event citing all.

Candidates are compared only with candidates at the same date. Within a date they are
clustered by the content words and names they share, each word weighted by how rare it is
in the whole extraction, so that words every report repeats ("Putin", "summit") say little
and distinctive ones ("signed", "Vietnam") say a lot. A busy day then reads as a handful of
events rather than one per sentence, and unrelated events on one day stay apart.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from timeline.events._lexicon import STOPWORDS, mapping, word_set
from timeline.events.candidates import Candidate
from timeline.events.tags import MAX_TAGS, tag_key
from timeline.model import Citation, Dispute, PartialDate, Precision

__all__ = ["SIMILARITY_THRESHOLD", "MergedEvent", "merge_candidates", "name_key", "top_dates"]

SIMILARITY_THRESHOLD = 0.2
"""Cosine similarity above which two reports at one date are taken as one event."""

PAIRWISE_LIMIT = 30
"""Clusters up to this size pick their representative by pairwise similarity."""
SAME_ACTION_BONUS = 0.15
OTHER_ACTION_PENALTY = 0.2

_Vector = dict[str, float]


@dataclass(frozen=True, kw_only=True)
class MergedEvent:
    """One event with every citation that reports it, and how important it looks."""

    date: PartialDate
    end: PartialDate | None
    title: str
    text: str
    tags: tuple[str, ...]
    citations: tuple[Citation, ...]
    mentions: int
    """How many candidate sentences reported it (repeats included)."""
    weight: float | None = None
    """The importance `timeline.events.importance.rank_events` gave it; None before that."""
    planned: bool = False
    """Every report tells it as a plan: nothing says it happened yet."""
    disputed: tuple[Dispute, ...] = ()
    """Sources that put it at another day than `date`."""
    review: bool = False
    """The title failed the headline checks, or sources disagree on the date."""

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.citations))

    @property
    def importance(self) -> float:
        """`weight` once ranked; before that, distinct sources count most and extra citations
        and repeats add a little."""
        if self.weight is not None:
            return self.weight
        sources = len(self.source_ids)
        return sources + 0.5 * (len(self.citations) - sources) + 0.1 * self.mentions

    @property
    def date_key(self) -> tuple[str, str]:
        return (self.date.iso(), self.end.iso() if self.end else "")


def merge_candidates(
    candidates: Sequence[Candidate],
    *,
    threshold: float = SIMILARITY_THRESHOLD,
    language: str = "",
) -> list[MergedEvent]:
    """Cluster candidates per start date and merge each cluster into one event, in date order.

    Candidates that start on the same day (month, year) at the same precision are compared,
    so a range and a day it begins with can merge; the merged event keeps its lead's end.
    Then a cluster at a coarse date (a year, a month, a range) joins the most similar
    cluster at a finer date inside it ("2022" and "February 2022"): the finest date stated wins.
    Reports of one day in different languages join when they name the same people, places
    and numbers; a merged event takes its title from a report in `language` (the
    timeline's) when it has one.
    """
    weights = _idf(candidates)
    by_date: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        # One start date at one precision: "June 18" and "June 18-19" may be one event.
        by_date.setdefault(candidate.date.iso(), []).append(index)
    vectors = [_vector(c, weights) for c in candidates]
    norms = [_norm(v) for v in vectors]  # once per report, not once per comparison
    clusters: list[_Cluster] = []
    for indexes in by_date.values():
        group_vectors = [vectors[i] for i in indexes]
        actions = [candidates[i].actions for i in indexes]
        group_norms = [norms[i] for i in indexes]
        for members in _cluster(group_vectors, actions, threshold, group_norms):
            clusters.append(_Cluster.of([indexes[m] for m in members], candidates, vectors))
    clusters = _join_across_precisions(clusters, threshold)
    clusters = _join_across_languages(clusters, candidates)
    clusters = _join_disputed_days(clusters, candidates, threshold)
    events = []
    for cluster in clusters:
        members = sorted(cluster.members)  # citations in input order
        events.append(
            _merge(
                [candidates[i] for i in members],
                [vectors[i] for i in members],
                cluster.date,
                language,
                [norms[i] for i in members],
            )
        )
    events = _full_names_across_sources(events)
    events = _one_spelling_per_name(events, candidates, language)
    events.sort(key=lambda e: (e.date.sort_key(), -e.importance, e.title))
    return events


def _one_spelling_per_name(
    events: list[MergedEvent], candidates: Sequence[Candidate], language: str
) -> list[MergedEvent]:
    """Tags that are one name spelled the way each language or source spells it ("Moscú"
    and "Moscow", "Gadafi" and "Gaddafi": the same `name_key` word by word) show one
    spelling: the timeline language's when a report in it uses one, else the most used."""
    uses = Counter(tag for event in events for tag in event.tags)
    own = {
        tag
        for candidate in candidates
        if language and candidate.language.split("-")[0] == language
        for tag in candidate.tags
    }
    groups: dict[tuple[str, ...], list[str]] = {}
    for tag in uses:
        key = tuple(name_key(word) for word in tag.split())
        if all(len(part) >= 3 for part in key):
            groups.setdefault(key, []).append(tag)
    spelling: dict[str, str] = {}
    for forms in groups.values():
        if len(forms) > 1:
            best = max(forms, key=lambda form: (form in own, uses[form]))
            spelling.update({form: best for form in forms if _same_spelling(form, best)})
    spelling = {form: best for form, best in spelling.items() if form != best}
    if not spelling:
        return events
    return [
        replace(e, tags=tuple(dict.fromkeys(spelling.get(t, t) for t in e.tags))) for e in events
    ]


SPELLING_SIMILARITY = 0.7
"""Two spellings of one sound key are one name when their letters are this alike
("Kaddafi"/"Gadafi", "Bengazi"/"Bengasi"); sound keys alone join "Porsche" and "París"."""


def _same_spelling(one: str, other: str) -> bool:
    """Letters alike enough, accents and case aside, and neither a longer word built on
    the other ("Níger" and "Nigeria")."""
    a, b = _fold(one), _fold(other)
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and len(long) - len(short) >= 2:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= SPELLING_SIMILARITY


def _full_names_across_sources(events: list[MergedEvent]) -> list[MergedEvent]:
    """A one-word tag that ends exactly one longer name of the run, which events cite at
    least twice, is that name ("Gheddafi" is "Mu'ammar Gheddafi" when no other name ends so);
    within one article `EntityIndex` does this already."""
    uses = Counter(tag for event in events for tag in event.tags)
    endings: dict[str, set[str]] = {}
    for tag in uses:
        words = tag.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            endings.setdefault(tag_key(words[-1]), set()).add(tag)
    full: dict[str, str] = {}
    for tag in uses:
        names = endings.get(tag_key(tag), set()) if len(tag.split()) == 1 else set()
        if len(names) == 1 and uses[next(iter(names))] >= 2:
            full[tag] = next(iter(names))
    if not full:
        return events
    return [replace(e, tags=tuple(dict.fromkeys(full.get(t, t) for t in e.tags))) for e in events]


def top_dates(events: Sequence[MergedEvent], n: int) -> list[MergedEvent]:
    """Only the events at the `n` most important dates, a date ranked by its most important
    event (an importance already counts the articles reporting its day, so a sum would count
    them once per event)."""
    scores: dict[tuple[str, str], float] = {}
    for event in events:
        scores[event.date_key] = max(scores.get(event.date_key, 0.0), event.importance)
    kept = {key for key, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]}
    return [e for e in events if e.date_key in kept]


def _idf(candidates: Iterable[Candidate]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for candidate in candidates:
        key = (candidate.citation.source, candidate.citation.quote)
        if key in seen:
            continue
        seen.add(key)
        counts.update(candidate.keywords | candidate.focus)
    total = len(seen)
    return {word: math.log(1 + total / count) for word, count in counts.items()}


FOCUS_WEIGHT = 3.0
"""How much more a title word counts than a word elsewhere in the sentence."""


def _vector(candidate: Candidate, weights: dict[str, float]) -> _Vector:
    """The report's weighted words, in sorted order: the same words make the same vector
    (and the same sums, to the last bit) in every process, whatever the set order."""
    vector = {word: weights.get(word, 1.0) for word in sorted(candidate.keywords)}
    for word in sorted(candidate.focus):
        vector[word] = weights.get(word, 1.0) * FOCUS_WEIGHT
    return vector


def _norm(vector: _Vector) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def _cosine(
    a: _Vector, b: _Vector, norm_a: float | None = None, norm_b: float | None = None
) -> float:
    if len(a) > len(b):
        a, b, norm_a, norm_b = b, a, norm_b, norm_a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if not dot:
        return 0.0
    norm_a = _norm(a) if norm_a is None else norm_a
    norm_b = _norm(b) if norm_b is None else norm_b
    return dot / (norm_a * norm_b)


@dataclass
class _Group:
    """A cluster being built: its members, summed vector (and its norm), and actions."""

    members: list[int]
    centroid: _Vector
    norm: float
    actions: frozenset[str]

    def similarity(self, vector: _Vector, norm: float, actions: frozenset[str]) -> float:
        """Shared weighted words, nudged up when the titles report the same action
        ("signed") and down when each reports a different one ("signed" vs "thanked")."""
        score = _cosine(vector, self.centroid, norm, self.norm)
        if actions and self.actions:
            score += SAME_ACTION_BONUS if actions & self.actions else -OTHER_ACTION_PENALTY
        return score

    def absorb(self, members: list[int], vector: _Vector, actions: frozenset[str]) -> None:
        self.members.extend(members)
        _add(self.centroid, vector)
        self.norm = _norm(self.centroid)
        self.actions |= actions


def _cluster(
    vectors: list[_Vector],
    actions: list[frozenset[str]],
    threshold: float,
    norms: Sequence[float] | None = None,
) -> list[list[int]]:
    """Greedy centroid clustering, then passes joining clusters whose centroids agree
    (`norms`, the vectors' norms, when already known)."""
    groups: list[_Group] = []
    for i, vector in enumerate(vectors):
        norm = _norm(vector) if norms is None else norms[i]
        best, score = None, threshold
        for group in groups:
            similarity = group.similarity(vector, norm, actions[i])
            if similarity >= score:
                best, score = group, similarity
        if best is None:
            groups.append(_Group([i], dict(vector), norm, actions[i]))
        else:
            best.absorb([i], vector, actions[i])
    joined = True
    while joined and len(groups) > 1:
        joined = False
        kept: list[_Group] = []
        for group in groups:
            target = next(
                (
                    k
                    for k in kept
                    if k.similarity(group.centroid, group.norm, group.actions) >= threshold
                ),
                None,
            )
            if target is None:
                kept.append(group)
            else:
                target.absorb(group.members, group.centroid, group.actions)
                joined = True
        groups = kept
    return [sorted(group.members) for group in groups]


@dataclass
class _Cluster(_Group):
    """A merged group of candidates at one start date, with the span it covers."""

    date: PartialDate
    first: dt.date
    last: dt.date
    all_background: bool = False

    @classmethod
    def of(
        cls, members: list[int], candidates: Sequence[Candidate], vectors: Sequence[_Vector]
    ) -> _Cluster:
        """The cluster's span is what all members agree on: a range and a day it starts on
        give that day, so only a wholly coarse cluster can move to a finer date."""
        centroid: _Vector = {}
        actions: frozenset[str] = frozenset()
        for i in members:
            _add(centroid, vectors[i])
            actions |= candidates[i].actions
        firsts = [candidates[i].date.first_day() for i in members]
        lasts = [(candidates[i].end or candidates[i].date).last_day() for i in members]
        lead = candidates[members[0]]
        first, last = max(firsts), min(lasts)
        background = all(candidates[i].background for i in members)
        return cls(
            list(members), centroid, _norm(centroid), actions, lead.date, first, last, background
        )

    @property
    def background(self) -> bool:
        """Whether every member dates only a noun phrase ("the 1961 alliance")."""
        return self.all_background

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


COVERAGE_THRESHOLD = 0.5
"""A background noun phrase ("the 1961 alliance") joins a finer event inside its date when
that event's words cover at least this share of the phrase's weight."""


def _coverage(part: _Vector, norm: float, whole: _Vector) -> float:
    """How much of `part`'s weight `whole` shares (1.0: every word of `part` is in it)."""
    shared = sum(w * w for k, w in part.items() if k in whole)
    return shared / (norm * norm) if norm else 0.0


def _join_across_precisions(clusters: list[_Cluster], threshold: float) -> list[_Cluster]:
    """Coarse clusters (narrowest first) join the most similar cluster strictly inside them."""
    by_year: dict[int, list[_Cluster]] = {}
    for cluster in clusters:
        for year in range(cluster.first.year, cluster.last.year + 1):
            by_year.setdefault(year, []).append(cluster)
    gone: set[int] = set()
    for cluster in sorted(clusters, key=lambda c: c.days):
        if cluster.days == 1:
            continue
        best, score = None, COVERAGE_THRESHOLD if cluster.background else threshold
        seen: set[int] = set()
        for year in range(cluster.first.year, cluster.last.year + 1):
            for other in by_year.get(year, ()):
                key = id(other)
                if key in seen or key in gone or other is cluster:
                    continue
                seen.add(key)
                if not (cluster.first <= other.first and other.last <= cluster.last):
                    continue
                if other.days >= cluster.days or other.date == cluster.date:
                    continue
                if cluster.background:
                    similarity = _coverage(cluster.centroid, cluster.norm, other.centroid)
                else:
                    similarity = other.similarity(cluster.centroid, cluster.norm, cluster.actions)
                if similarity >= score:
                    best, score = other, similarity
        if best is not None:
            best.absorb(cluster.members, cluster.centroid, cluster.actions)
            gone.add(id(cluster))
    return [c for c in clusters if id(c) not in gone]


SHARED_ENTITIES = 2
"""Reports in two languages are one event when they share at least this many names and
numbers, ..."""
ENTITY_OVERLAP = 0.4
"""... and these are at least this share of the smaller report's names and numbers (two
reports, one of each group)."""

_CAPITALISED_RE = re.compile(r"(?<![\w\-])[^\W\d_a-zà-ÿ][\w\-]*")
_NOT_ENTITIES = (
    STOPWORDS
    | word_set("DETERMINERS")
    | word_set("TAIL_WORDS")
    | word_set("HEADLINE_BAD_STARTS")
    | word_set("NOT_NAMES")
)
"""Capitalised words that name nothing: sentence-initial function words, months."""

ENTITY_PREFIX = 5
"""Names match on their first letters, accents aside: "Unión" is "Union", "Soviética" is
"Soviet"; or on their sound (`name_key`)."""

_EXONYMS = {
    _key: _english
    for _name, _english in mapping("EXONYMS").items()
    for _key in [unicodedata.normalize("NFKD", _name.casefold())]
}

_SPELLINGS = (
    ("sch", "s"),
    ("sh", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("kh", "k"),
    ("ck", "k"),
    ("ow", "o"),
)
"""Letter pairs that transliterations write for one sound ("Kadhafi", "Gheddafi", "Moscow")."""

_SOUND_CLASSES = str.maketrans("cqgxzwjy", "kkkksvii")
"""Letters that languages' spellings of one name swap: c/k/q/g, s/z, v/w, i/j/y."""

NAME_KEY_LENGTH = 4
"""How many consonant sounds of a name its key keeps."""


def name_key(word: str) -> str:
    """What a name sounds like, across languages' spellings: its English name when a
    language writes it its own way ("Londres" -> "london"), else its first letter and the
    next consonant sounds ("Moscú", "Moscou", "Mosca", "Moskau", "Moscow" -> "msk";
    "Pyongyang", "Piongyang" -> "pngn"); the folded first letters when too few consonants
    are left to tell names apart ("Rom")."""
    folded = _fold(_EXONYMS.get(unicodedata.normalize("NFKD", word.casefold()), word))
    spelled = folded
    for letters, sound in _SPELLINGS:
        spelled = spelled.replace(letters, sound)
    spelled = spelled.translate(_SOUND_CLASSES)
    consonants = re.sub(r"[aeiouh]", "", spelled[1:])
    skeleton = spelled[:1] + re.sub(r"(.)\1+", r"\1", consonants)
    if len(skeleton) < 3:
        return folded[:ENTITY_PREFIX]
    return skeleton[:NAME_KEY_LENGTH]


def _fold(word: str) -> str:
    """Lower case without accents or punctuation ("Unión" -> "union")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_NUMBER_RE = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
"""A number with thousands separators of any language ("5,000", "5.000", "5 000", "7,8")."""


def _entities(candidate: Candidate) -> set[str]:
    """What a report says in any language: its capitalised words (names, and German
    nouns) and numbers ("5.000" and "5,000" alike), but not function words, month names, or
    its date's year and day, which every report of the day shares."""
    found = {
        name_key(word)
        for word in _CAPITALISED_RE.findall(candidate.text)
        if word.lower() not in _NOT_ENTITIES
    }
    own = {str(candidate.date.year), str(candidate.date.day), f"{candidate.date.day or 0:02d}"}
    for match in _NUMBER_RE.finditer(candidate.text):
        digits = re.sub(r"\D", "", match.group())
        if digits and digits not in own and len(digits) < 9:
            found.add(f"#{digits}")
    return found


def _mutual_best(scores: dict[tuple[int, int], float]) -> tuple[int, int] | None:
    """The best-scoring pair that no rival contests: a report that names the same people as
    two events of its day ("Putin" landing, "Putin" signing) joins neither. A rival as good
    that also matches the pair's other side is the same happening in a third language."""

    def score(one: int, other: int) -> float:
        return scores.get((one, other), scores.get((other, one), 0.0))

    for (one, other), best in sorted(scores.items(), key=lambda item: -item[1]):
        contested = False
        for pair, rival in scores.items():
            if pair == (one, other) or rival < best or not (one in pair or other in pair):
                continue
            third = pair[1] if pair[0] in (one, other) else pair[0]
            side = other if one in pair else one
            if not score(third, side):
                contested = True
                break
        if not contested:
            return (one, other)
    return None


def _nested(one: _Cluster, other: _Cluster) -> bool:
    """The same date, or one date inside the other ("April 2019" and "April 25, 2019")."""
    if one.date == other.date:
        return True
    inside = one.first <= other.first and other.last <= one.last
    return inside or (other.first <= one.first and one.last <= other.last)


def _matches(key: str, keys: set[str]) -> bool:
    """A name key matches an equal one, or one that begins with it or that it begins with
    ("svt" of "Soviet" and "svtk" of "Soviética"); numbers only match equal numbers."""
    if key in keys:
        return True
    if key.startswith("#") or len(key) < 3:
        return False
    return any(
        not other.startswith("#") and len(other) >= 3 and other.startswith(key[: len(other)])
        for other in keys
        if other[:1] == key[:1]
    )


def _overlap(a: set[str], b: set[str]) -> float:
    """How far two reports name the same things: shared names and numbers over the smaller
    report's, 0 below `SHARED_ENTITIES` or `ENTITY_OVERLAP`."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(1 for key in small if _matches(key, large))
    score = shared / (len(small) or 1)
    return score if shared >= SHARED_ENTITIES and score >= ENTITY_OVERLAP else 0.0


def _join_across_languages(
    clusters: list[_Cluster], candidates: Sequence[Candidate]
) -> list[_Cluster]:
    """Clusters at one date, or at a date inside the other's, whose reports are in different
    languages (words do not match across languages) join when their names and numbers
    overlap enough; the best-matching pair joins first, so distinct events of one day keep
    their own reports, and the finer date stays."""
    if len({c.language for c in candidates if c.language}) < 2:
        return clusters  # one language: its clustering has said all there is to say
    by_year: dict[int, list[_Cluster]] = {}
    for cluster in clusters:
        by_year.setdefault(cluster.first.year, []).append(cluster)
    gone: set[int] = set()
    for group in by_year.values():
        if len(group) < 2:
            continue
        info = {
            id(c): (
                {candidates[i].language for i in c.members if candidates[i].language},
                [_entities(candidates[i]) for i in c.members],
            )
            for c in group
        }
        while True:
            scores: dict[tuple[int, int], float] = {}
            for index, cluster in enumerate(group):
                for other in group[index + 1 :]:
                    if id(cluster) in gone or id(other) in gone:
                        continue
                    (mine, my_reports), (theirs, their_reports) = (
                        info[id(cluster)],
                        info[id(other)],
                    )
                    if not mine or not theirs or mine & theirs:
                        continue  # one language's clustering already kept them apart
                    if not _nested(cluster, other):
                        continue  # another day, or dates that only overlap
                    score = max(_overlap(a, b) for a in my_reports for b in their_reports)
                    if score:
                        scores[(id(cluster), id(other))] = score
            best = _mutual_best(scores)
            if best is None:
                break
            by_id = {id(c): c for c in group}
            keep, drop = by_id[best[0]], by_id[best[1]]
            if drop.days < keep.days:
                keep, drop = drop, keep  # the finer date stays ("2019-04" joins "2019-04-25")
            keep.absorb(drop.members, drop.centroid, drop.actions)
            languages, reports = info[id(keep)]
            info[id(keep)] = (languages | info[id(drop)][0], reports + info[id(drop)][1])
            gone.add(id(drop))
    return [c for c in clusters if id(c) not in gone]


DISPUTE_DAYS = 2
"""Reports of one happening this many days apart or less may be one event whose sources
disagree on the day ("arrived on the 18th" / "on the 19th")."""


def _join_disputed_days(
    clusters: list[_Cluster], candidates: Sequence[Candidate], threshold: float
) -> list[_Cluster]:
    """Day clusters close in time that report the same action, from different sources, and
    name no different place or person in their titles are one event: it stays at the day
    more sources report on (across the whole extraction), the other day is recorded as a
    dispute by `_merge`."""
    day_sources: dict[dt.date, set[str]] = {}
    for candidate in candidates:
        if candidate.date.precision == Precision.DAY:
            day = candidate.date.first_day()
            day_sources.setdefault(day, set()).add(candidate.citation.source)

    known: dict[tuple[str, int], set[str]] = {}  # per cluster, until it absorbs another

    def sources(cluster: _Cluster) -> set[str]:
        key = ("sources", id(cluster))
        if key not in known:
            known[key] = {candidates[i].citation.source for i in cluster.members}
        return known[key]

    def title_tags(cluster: _Cluster) -> set[str]:
        key = ("tags", id(cluster))
        if key not in known:
            known[key] = {
                tag_key(tag)
                for i in cluster.members
                for tag in candidates[i].tags
                if any(part in candidates[i].title for part in tag.split())
            }
        return known[key]

    def title_numbers(cluster: _Cluster) -> set[str]:
        key = ("numbers", id(cluster))
        if key not in known:
            known[key] = {
                re.sub(r"\D", "", match.group())
                for i in cluster.members
                for match in _NUMBER_RE.finditer(candidates[i].title)
            }
        return known[key]

    def same_action(one: _Cluster, other: _Cluster) -> bool:
        """The same verb, or a plan ("is scheduled to arrive") naming the other's action."""
        if one.actions & other.actions:
            return True
        for plan, done in ((one, other), (other, one)):
            if all(candidates[i].planned for i in plan.members):
                focus = set().union(*(candidates[i].focus for i in plan.members))
                if focus & done.actions:
                    return True
        return False

    def support(cluster: _Cluster) -> tuple[bool, int, int, int]:
        """What happened beats a plan; then more sources, then a busier day, then earlier."""
        day = cluster.date.first_day()
        happened = not all(candidates[i].planned for i in cluster.members)
        return (happened, len(sources(cluster)), len(day_sources.get(day, ())), -day.toordinal())

    days = sorted(
        (c for c in clusters if c.days == 1 and c.date.precision == Precision.DAY),
        key=lambda c: c.first,
    )
    gone: set[int] = set()
    for index, cluster in enumerate(days):
        for later in range(index + 1, len(days)):  # no copy of the rest: days are many
            other = days[later]
            if (other.first - cluster.first).days > DISPUTE_DAYS:
                break
            if id(cluster) in gone or id(other) in gone or other.first == cluster.first:
                continue
            if not same_action(cluster, other) or sources(cluster) & sources(other):
                continue
            mine, theirs = title_tags(cluster), title_tags(other)
            if mine - theirs and theirs - mine:
                continue  # "arrived in Pyongyang" and "arrived in Hanoi": two trips
            numbers, other_numbers = title_numbers(cluster), title_numbers(other)
            if numbers - other_numbers and other_numbers - numbers:
                continue  # "reopened pier 4" and "reopened pier 5": two happenings
            if other.similarity(cluster.centroid, cluster.norm, cluster.actions) < threshold:
                continue
            keep, drop = (
                (cluster, other) if support(cluster) >= support(other) else (other, cluster)
            )
            keep.absorb(drop.members, drop.centroid, drop.actions)
            gone.add(id(drop))
            for what in ("sources", "tags", "numbers"):
                known.pop((what, id(keep)), None)
    return [c for c in clusters if id(c) not in gone]


def _add(total: _Vector, vector: _Vector) -> None:
    for key, weight in vector.items():
        total[key] = total.get(key, 0.0) + weight


def _merge(
    members: list[Candidate],
    vectors: list[_Vector],
    date: PartialDate | None = None,
    language: str = "",
    norms: Sequence[float] | None = None,
) -> MergedEvent:
    """One event: the most typical member's title and text, every distinct citation.

    The lead is taken from the members at the cluster's own (finest) `date`, and a
    member whose title names what the sentence reports beats a background noun phrase.
    """
    if len(members) == 1:
        best = 0
    else:
        scores = _typicality(vectors, norms)
        best = max(
            range(len(members)),
            key=lambda i: (
                not language or members[i].language == language,  # the timeline's language
                date is None or members[i].date == date,
                not members[i].background,
                not members[i].planned,  # what did happen leads, not what was to
                round(scores[i], 6),
                -i,
            ),
        )
    lead = members[best]
    at_lead = {m.citation.source for m in members if m.date == lead.date}
    disputed = tuple(
        dict.fromkeys(
            Dispute(source=m.citation.source, date=m.date)
            for m in members
            if m.date.precision == Precision.DAY
            and lead.date.precision == Precision.DAY
            and m.date != lead.date
            and m.citation.source not in at_lead
            and (lead.planned or not m.planned)  # a plan's day, overtaken, is no dispute
        )
    )
    citations = list(dict.fromkeys((c.citation.source, c.citation.quote) for c in members))
    first: dict[tuple[str, str], Citation] = {}
    for member in members:
        first.setdefault((member.citation.source, member.citation.quote), member.citation)
    return MergedEvent(
        date=lead.date,
        end=lead.end,
        title=lead.title,
        text=lead.text,
        tags=_merged_tags(members),
        citations=tuple(first[key] for key in citations),
        mentions=len(members),
        planned=all(m.planned for m in members),
        disputed=disputed,
        review=lead.review or bool(disputed) or _foreign(lead, language),
    )


def _foreign(lead: Candidate, language: str) -> bool:
    """A title in another language than the timeline's: a person should translate it."""
    return bool(language and lead.language and lead.language.split("-")[0] != language)


def _typicality(vectors: list[_Vector], norms: Sequence[float] | None = None) -> list[float]:
    """How like the rest of its cluster each member is: summed similarity to the others for
    small clusters, similarity to the centroid for big ones (linear, not quadratic).

    A pair of vectors of different lengths is compared once: `_cosine` puts the shorter
    first, so both orders give the same float; equal lengths are compared both ways, as the
    sum order decides the last bit and a tie on it decides the lead."""
    if len(vectors) == 1:
        return [0.0]
    if norms is None:
        norms = [_norm(v) for v in vectors]
    if len(vectors) <= PAIRWISE_LIMIT:
        # Members with the same words (wire copy) have equal vectors: compare each pair of
        # distinct vectors once, then sum per member in the usual order.
        kinds: dict[tuple[tuple[str, float], ...], int] = {}
        kind = [kinds.setdefault(tuple(v.items()), len(kinds)) for v in vectors]
        first = {k: i for i, k in reversed(list(enumerate(kind)))}
        pair: dict[tuple[int, int], float] = {}
        for a, i in first.items():
            for b, j in first.items():
                if b < a:
                    continue
                pair[a, b] = _cosine(vectors[i], vectors[j], norms[i], norms[j])
                if a == b or len(vectors[i]) != len(vectors[j]):
                    pair[b, a] = pair[a, b]
                else:
                    pair[b, a] = _cosine(vectors[j], vectors[i], norms[j], norms[i])
        size = len(vectors)
        return [sum(pair[kind[i], kind[j]] for j in range(size) if j != i) for i in range(size)]
    centroid: _Vector = {}
    for vector in vectors:
        _add(centroid, vector)
    norm = _norm(centroid)
    return [_cosine(v, centroid, n, norm) for v, n in zip(vectors, norms, strict=True)]


def _merged_tags(members: list[Candidate]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    forms: dict[str, Counter[str]] = {}
    for member in members:
        for rank, tag in enumerate(member.tags):
            key = tag_key(tag)
            counts[key] += 1
            order.setdefault(key, rank)
            forms.setdefault(key, Counter())[tag] += 1
    ranked = sorted(counts, key=lambda k: (-counts[k], order[k]))[:MAX_TAGS]
    return tuple(forms[k].most_common(1)[0][0] for k in ranked)
