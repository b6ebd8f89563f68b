"""Articles -> merged, cited events: the extraction pipeline, serial or across processes.

Per-article work (date finding, sentences, titles, tags) is independent, so it runs in a
process pool in chunks; merging needs every candidate at once, so it runs in the parent.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from timeline.dates import find_dates
from timeline.events import Candidate, candidates_from_text
from timeline.ingest import Article
from timeline.merge import MergedEvent, merge_candidates, top_dates
from timeline.model import PartialDate, Source

__all__ = [
    "Extraction",
    "article_candidates",
    "default_workers",
    "extract_articles",
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


def article_candidates(article: Article) -> list[Candidate]:
    """Candidate events in one article; relative dates resolve against its publication date."""
    languages: tuple[str, ...] = (article.language,) if article.language else ("en",)
    if "en" not in languages:
        languages = (*languages, "en")
    mentions = find_dates(article.text, article.published, languages=languages)
    return candidates_from_text(article.id, article.text, mentions)


def _chunk_candidates(articles: list[Article]) -> list[Candidate]:
    out: list[Candidate] = []
    for article in articles:
        out.extend(article_candidates(article))
    return out


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_articles(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    top: int | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Extraction:
    """Read every article, find candidates (in `workers` processes), merge, keep the top dates.

    `on_article` sees each article as it is read (for notes such as a missing date);
    `on_done(n)` is told when n more articles are finished (for a progress bar).
    """
    result = Extraction()
    candidates: list[Candidate] = []

    def note(chunk: list[Article]) -> list[Article]:
        for article in chunk:
            result.sources.append(source_of(article))
            if on_article:
                on_article(article)
        return chunk

    if workers <= 1:
        for chunk in _chunks(articles, CHUNK_SIZE):
            candidates.extend(_chunk_candidates(note(chunk)))
            if on_done:
                on_done(len(chunk))
    else:
        candidates.extend(_parallel(articles, workers, note, on_done))
    result.candidates = len(candidates)
    events = merge_candidates(candidates)
    result.events = top_dates(events, top) if top is not None else events
    return result


def _parallel(
    articles: Iterable[Article],
    workers: int,
    note: Callable[[list[Article]], list[Article]],
    on_done: Callable[[int], None] | None,
) -> list[Candidate]:
    """Candidates from a process pool, in input order, with a bounded number of chunks queued."""
    out: list[Candidate] = []
    pending: list[tuple[int, Future[list[Candidate]]]] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in _chunks(articles, CHUNK_SIZE):
            pending.append((len(chunk), pool.submit(_chunk_candidates, note(chunk))))
            while len(pending) >= 4 * workers:
                out.extend(_collect(pending.pop(0), on_done))
        for item in pending:
            out.extend(_collect(item, on_done))
    return out


def _collect(
    item: tuple[int, Future[list[Candidate]]], on_done: Callable[[int], None] | None
) -> list[Candidate]:
    size, future = item
    found = future.result()
    if on_done:
        on_done(size)
    return found


def default_workers() -> int:
    """One worker per core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)
