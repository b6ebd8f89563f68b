"""Articles -> merged, cited events: the extraction pipeline, serial or across processes.

Per-article work (reading, cleaning, date finding, sentences, titles, tags) is independent,
so the parent only lists the inputs (`expand_inputs`) and a process pool reads and analyses
them in chunks; merging needs every candidate at once, so it runs in the parent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from timeline.dates import MODES, as_mode, find_dates
from timeline.errors import TimelineError, ValidationFailed
from timeline.events import (
    Candidate,
    MergedEvent,
    candidates_from_text,
    merge_candidates,
    top_dates,
)
from timeline.events.focus import focus_candidates
from timeline.events.importance import rank_events
from timeline.events.topic import topic_terms
from timeline.ingest import Article, ArticleInput, check_language, read_input
from timeline.lang import article_languages
from timeline.model import Origin, PartialDate, Source

__all__ = [
    "Extraction",
    "article_candidates",
    "default_workers",
    "extract_inputs",
    "origin_of",
    "source_of",
]

CHUNK_SIZE = 64
"""Articles per task sent to a worker: big enough to amortise pickling, small enough to
keep both cores busy and the progress bar moving."""


@dataclass
class Extraction:
    """What one run found: the sources it read and the merged events, most important kept."""

    sources: list[Source] = field(default_factory=list)
    events: list[MergedEvent] = field(default_factory=list)
    candidates: int = 0
    failed: list[str] = field(default_factory=list)
    """One line per input that could not be read (naming it); the others were extracted."""
    origins: dict[str, Origin] = field(default_factory=dict)
    """Source id -> where its article was read and a digest of its text."""
    removed: dict[str, int] = field(default_factory=dict)
    """What each filter kept out: cleanup paragraphs (`comments`, `stamps`, `furniture`)
    and dated sentences off the collection's topic (`off-topic`)."""


def source_of(article: Article) -> Source:
    """The `sources:` entry for an article."""
    published = article.published
    return Source(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=PartialDate(published.year, published.month, published.day)
        if published
        else None,
        language=article.language,
    )


def origin_of(article: Article) -> Origin:
    """Where the article was read and a digest of its text (see `timeline.update.sources`)."""
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
    return Origin(location=article.path, digest=digest)


def article_candidates(article: Article) -> list[Candidate]:
    """Candidate events in one article; relative dates resolve against its publication date,
    or in a story against the story's own dates (the article's `mode`, "auto" by default)."""
    languages = article_languages(article.language)
    mode = as_mode(article.mode)
    mentions = find_dates(article.text, article.published, languages=languages, mode=mode)
    return candidates_from_text(article.id, article.text, mentions)


EMPTY_NOTE = "no article text found; not added as a source"


@dataclass(frozen=True)
class _Read:
    """What a worker sends back for one article: small, no article text.

    `source` is None for an article without text; `error` is set when it could not be read.
    """

    source: Source | None
    path: str
    notes: tuple[str, ...]
    candidates: list[Candidate]
    error: str | None = None
    origin: Origin | None = None
    terms: dict[str, int] = field(default_factory=dict)
    """The article's most frequent topic terms (`timeline.events.topic`)."""
    dropped: tuple[tuple[str, int], ...] = ()


TOPIC_TERMS = 400
"""Terms an article sends back for the topic centroid: its most frequent ones, enough to say
what it is about, few enough to keep what a worker returns small."""


@dataclass(frozen=True)
class _Options:
    published: dt.date | None
    language: str | None
    mode: str | None = None


def _read_chunk(items: list[ArticleInput], options: _Options) -> list[_Read]:
    out: list[_Read] = []
    for item in items:
        out.append(_read_one(item, options))
    return out


def _read_one(item: ArticleInput, options: _Options) -> _Read:
    """One article's result; a failure is reported as one line naming the input."""
    try:
        article = read_input(
            item, published=options.published, language=options.language, mode=options.mode
        )
        if not article.text.strip():
            notes = tuple(n for n in article.notes if n != "no article text found")
            return _Read(None, article.path, (*notes, EMPTY_NOTE), [])
        candidates = article_candidates(article)
    except ValidationFailed as exc:
        return _Read(None, item.path, (), [], "\n".join(str(p) for p in exc.problems))
    except TimelineError as exc:
        message = str(exc)
        if not message.startswith(item.path):
            message = f"{item.path}: {message}"
        return _Read(None, item.path, (), [], message)
    except Exception as exc:  # one bad article (or a bug it triggers) must not end a long run
        message = f"internal error ({type(exc).__name__}); please report it with this file"
        return _Read(None, item.path, (), [], f"{item.path}: cannot extract: {message}")
    terms = dict(topic_terms(article.text).most_common(TOPIC_TERMS))
    return _Read(
        source_of(article),
        article.path,
        article.notes,
        candidates,
        origin=origin_of(article),
        terms=terms,
        dropped=article.dropped,
    )


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and reports one line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_inputs(
    items: Sequence[ArticleInput],
    *,
    published: dt.date | None = None,
    language: str | None = None,
    mode: str | None = None,
    workers: int = 1,
    top: int | None = None,
    topic: str | None = None,
    on_note: Callable[[str, str], None] | None = None,
    on_done: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Extraction:
    """Read, clean and analyse the listed articles (in `workers` processes), then merge.

    `published` / `language` / `mode` apply to articles without their own; `on_note(path, message)`
    hears each article's notes (such as a missing date), in input order; `on_done(n)` is
    told when n more articles are finished. An article that cannot be read (unreadable
    file, failed download, bad front matter) is skipped: `on_error(message)` hears one
    line naming it, it is listed in `Extraction.failed`, and the run goes on.

    Dated sentences off the collection's topic (or `topic`, keyphrases) give no event
    (`timeline.events.focus`); every event gets its importance (`timeline.events.importance`).
    """
    check_language(language)
    if mode is not None and mode not in MODES:
        raise TimelineError(f"mode: expected one of {', '.join(MODES)}, got '{mode}'")
    options = _Options(published, language, mode)
    result = Extraction()
    candidates: list[Candidate] = []
    documents: list[dict[str, int]] = []
    chunks = [list(items[i : i + CHUNK_SIZE]) for i in range(0, len(items), CHUNK_SIZE)]

    def collect(reads: list[_Read]) -> None:
        for read in reads:
            if read.error is not None:
                result.failed.append(read.error)
                if on_error:
                    on_error(read.error)
                continue
            if read.source is not None:
                result.sources.append(read.source)
                if read.origin is not None:
                    result.origins[read.source.id] = read.origin
            if on_note:
                for message in read.notes:
                    on_note(read.path, message)
            candidates.extend(read.candidates)
            if read.source is not None:
                documents.append(read.terms)
            for key, n in read.dropped:
                result.removed[key] = result.removed.get(key, 0) + n
        if on_done:
            on_done(len(reads))

    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            collect(_read_chunk(chunk, options))
    else:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
        try:
            pending: list[Future[list[_Read]]] = []
            for chunk in chunks:
                pending.append(pool.submit(_read_chunk, chunk, options))
                while len(pending) >= 4 * workers:
                    collect(pending.pop(0).result())
            for future in pending:
                collect(future.result())
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    result.candidates = len(candidates)
    candidates, off_topic = focus_candidates(candidates, documents, topic)
    result.removed["off-topic"] = off_topic
    published_on = {
        source.id: source.published.first_day()
        if source.published and source.published.day
        else None
        for source in result.sources
    }
    events = rank_events(merge_candidates(candidates), candidates, published_on)
    result.events = top_dates(events, top) if top is not None else events
    return result


def default_workers() -> int:
    """One worker per core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)
