"""Articles -> merged, cited events: the extraction pipeline, serial or across processes.

Per-article work (reading, cleaning, date finding, sentences, titles, tags) is independent,
so the parent only lists the inputs (`expand_inputs`) and a process pool reads and analyses
them in chunks; merging needs every candidate at once, so it runs in the parent. With a
cache, the parent first serves every article whose file is unchanged since it was last
hashed (by its stat, `timeline.cache`) straight from the cache: only new and changed files
reach the workers, and a run whose inputs are all unchanged reads no article at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from timeline.cache import (
    SETTLE_NS,
    ArticleCache,
    FileStamp,
    article_key,
    content_digest,
    stamp_of,
)
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
from timeline.events.repeats import drop_repeated
from timeline.events.topic import topic_terms
from timeline.files import read_bytes
from timeline.ingest import Article, ArticleInput, check_language, read_input
from timeline.ingest.fetch import is_url
from timeline.lang import article_languages
from timeline.model import Origin, PartialDate, Source

__all__ = [
    "MAX_ARTICLE_CHARS",
    "ArticleResult",
    "ChunkWork",
    "Extraction",
    "Runner",
    "article_candidates",
    "carry_of",
    "default_workers",
    "extract_inputs",
    "in_order",
    "origin_of",
    "process_runner",
    "serial_runner",
    "source_of",
]

CHUNK_SIZE = 64
"""Articles per task sent to a worker: big enough to amortise pickling, small enough to
keep both cores busy and the progress bar moving."""


MAX_ARTICLE_CHARS = 1_000_000
"""Only this much of an article's text is searched for events: the rest of a longer one
(a book, a log, a 20 MB dump) is left out, with a note, so that one input cannot hold a run
for minutes and flood the merge with its candidates. Every stage is near-linear, but at a
few seconds per megabyte of dense prose; the longest text in the TimeML and TLS corpora is
422,510 characters. The cut falls at the last line break (else space) before the limit."""

CUT_NOTE = "only the first {kept:,} of {total:,} characters were searched for events"


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
    dated sentences that many pages repeat (`repeated`, `timeline.events.repeats`) and
    dated sentences off the collection's topic (`off-topic`)."""
    cached: int = 0
    """How many articles came from the cache instead of being analysed again."""
    before_since: int = 0
    """How many articles were left out for being published before `since`."""
    run_key: str | None = None
    """A digest of everything the run's result depends on (None without a cache)."""
    unchanged: bool = False
    """The inputs are those of the run that last wrote the output: nothing was merged."""
    carried: dict[str, str] = field(default_factory=dict)
    """Run source id -> ledger id of each article this run did not list but the timeline
    already cites, brought back from the cache so the merge sees the whole collection."""


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
    or in a story against the story's own dates (the article's `mode`, "auto" by default).

    Only the first `searched_length(article.text)` characters are read.
    """
    languages = article_languages(article.language)
    mode = as_mode(article.mode)
    text = article.text[: searched_length(article.text)]
    mentions = find_dates(text, article.published, languages=languages, mode=mode)
    return candidates_from_text(article.id, text, mentions, language=article.language)


def searched_length(text: str) -> int:
    """How much of an article's text is searched for events (`MAX_ARTICLE_CHARS`)."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return len(text)
    for separator in ("\n", " "):
        cut = text.rfind(separator, MAX_ARTICLE_CHARS // 2, MAX_ARTICLE_CHARS)
        if cut > 0:
            return cut
    return MAX_ARTICLE_CHARS


EMPTY_NOTE = "no article text found; not added as a source"


@dataclass(frozen=True)
class ArticleResult:
    """What a worker sends back for one article: small, no article text.

    `source` is None for an article without text; `error` is set when it could not be read.
    """

    source: Source | None
    path: str
    notes: tuple[str, ...]
    candidates: list[Candidate]
    error: str | None = None
    origin: Origin | None = None
    key: str | None = None
    """Its cache key, in a cached run (a fresh result is stored under it)."""
    from_cache: bool = False
    stamp: FileStamp | None = None
    """The file's stat when it was hashed, and `content` the digest of its bytes: what
    lets the next run know the file unchanged without reading it."""
    content: str | None = None
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


def _read_chunk(
    items: list[ArticleInput], *, options: _Options, cache: ArticleCache | None = None
) -> list[ArticleResult]:
    out: list[ArticleResult] = []
    for item in items:
        out.append(_cached_read(item, options, cache) if cache else _read_one(item, options))
    return out


def _cached_read(item: ArticleInput, options: _Options, cache: ArticleCache) -> ArticleResult:
    """The stored result when the file, its inputs and the engine are unchanged, else a
    fresh one carrying the key it should be stored under. The file is read once: the
    bytes hashed are the bytes analysed."""
    if is_url(item.path):
        return _read_one(item, options)
    try:
        stamp = stamp_of(os.stat(item.path))  # before reading: a change meanwhile shows
        data = read_bytes(item.path)
    except (OSError, TimelineError):
        return _read_one(item, options)  # reports the problem as an uncached read would
    digest = content_digest(data)
    key = article_key(digest, (item, options))
    stored = cache.get(key)
    if isinstance(stored, ArticleResult):
        return replace(stored, from_cache=True, key=key, stamp=stamp, content=digest)
    return replace(_read_one(item, options, data), key=key, stamp=stamp, content=digest)


def _read_one(item: ArticleInput, options: _Options, data: bytes | None = None) -> ArticleResult:
    """One article's result (from `data`, its file's bytes, when already read); a failure
    is reported as one line naming the input."""
    try:
        article = read_input(
            item,
            published=options.published,
            language=options.language,
            mode=options.mode,
            content=data,
        )
        if not article.text.strip():
            notes = tuple(n for n in article.notes if n != "no article text found")
            return ArticleResult(None, article.path, (*notes, EMPTY_NOTE), [])
        candidates = article_candidates(article)
    except ValidationFailed as exc:
        return ArticleResult(None, item.path, (), [], "\n".join(str(p) for p in exc.problems))
    except TimelineError as exc:
        message = str(exc)
        if not message.startswith(item.path):
            message = f"{item.path}: {message}"
        return ArticleResult(None, item.path, (), [], message)
    except Exception as exc:  # one bad article (or a bug it triggers) must not end a long run
        message = f"internal error ({type(exc).__name__}); please report it with this file"
        return ArticleResult(None, item.path, (), [], f"{item.path}: cannot extract: {message}")
    notes = article.notes
    kept = searched_length(article.text)
    if kept < len(article.text):
        notes = (*notes, CUT_NOTE.format(kept=kept, total=len(article.text)))
    terms = dict(topic_terms(article.text[:kept]).most_common(TOPIC_TERMS))
    return ArticleResult(
        source_of(article),
        article.path,
        notes,
        candidates,
        origin=origin_of(article),
        terms=terms,
        dropped=article.dropped,
    )


ChunkWork = Callable[[list[ArticleInput]], list[ArticleResult]]
Runner = Callable[[ChunkWork, list[list[ArticleInput]]], Iterator[list[ArticleResult]]]
"""Runs the work on each chunk of inputs somewhere and yields the results in input order.
A runner starts the first chunks when called, not when first asked for a result, so the
workers start up while the caller does other work."""


def serial_runner(
    work: ChunkWork, chunks: list[list[ArticleInput]]
) -> Iterator[list[ArticleResult]]:
    """Every chunk in this process, one after the other."""
    for chunk in chunks:
        yield work(chunk)


IN_FLIGHT_PER_WORKER = 4
"""Chunks queued per worker: enough to keep every worker busy, few enough that results
stream back to the merge instead of piling up."""


def in_order(
    submit: Callable[[list[ArticleInput]], Any],
    chunks: list[list[ArticleInput]],
    window: int,
    cancel: Callable[[list[Any]], object] = lambda pending: None,
) -> Iterator[list[ArticleResult]]:
    """The results of `submit(chunk)` (a future: anything with `.result()`) in input order,
    with at most `window` chunks in flight; `cancel` hears the futures left when stopped.
    The first `window` chunks are submitted at once, before any result is asked for."""
    waiting = iter(chunks)
    pending: deque[Any] = deque()
    try:
        for chunk in waiting:
            pending.append(submit(chunk))
            if len(pending) >= window:
                break
    except BaseException:
        cancel(list(pending))
        raise
    return _drained(submit, waiting, pending, cancel)


def _drained(
    submit: Callable[[list[ArticleInput]], Any],
    waiting: Iterator[list[ArticleInput]],
    pending: deque[Any],
    cancel: Callable[[list[Any]], object],
) -> Iterator[list[ArticleResult]]:
    try:
        while pending:
            result = pending.popleft().result()
            for chunk in waiting:  # one in for each one out
                pending.append(submit(chunk))
                break
            yield result
    finally:
        if pending:
            cancel(list(pending))


def process_runner(workers: int) -> Runner:
    """Chunks across a pool of `workers` processes."""

    def run(work: ChunkWork, chunks: list[list[ArticleInput]]) -> Iterator[list[ArticleResult]]:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
        try:
            results = in_order(
                lambda chunk: pool.submit(work, chunk), chunks, IN_FLIGHT_PER_WORKER * workers
            )
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return _Pooled(pool, results)

    return run


class _Pooled(Iterator[list[ArticleResult]]):
    """The pool's results; the pool is shut down after the last one, or at once (queued
    work dropped) when the results stop early or are closed, even before the first."""

    def __init__(self, pool: ProcessPoolExecutor, results: Iterator[list[ArticleResult]]):
        self.pool = pool
        self.results = results

    def __next__(self) -> list[ArticleResult]:
        try:
            return next(self.results)
        except StopIteration:
            self.pool.shutdown()
            raise
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        close = getattr(self.results, "close", None)
        if close is not None:
            close()
        self.pool.shutdown(wait=False, cancel_futures=True)


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
    cache: ArticleCache | None = None,
    runner: Runner | None = None,
    since: dt.date | None = None,
    carry: Mapping[str, str] | None = None,
    unchanged: Callable[[str], bool] | None = None,
    timeline_language: str = "",
) -> Extraction:
    """Read, clean and analyse the listed articles (in `workers` processes), then merge.

    `published` / `language` / `mode` apply to articles without their own; `on_note(path, message)`
    hears each article's notes (such as a missing date), in input order; `on_done(n)` is
    told when n more articles are finished. An article that cannot be read (unreadable
    file, failed download, bad front matter) is skipped: `on_error(message)` hears one
    line naming it, it is listed in `Extraction.failed`, and the run goes on. With a
    `cache`, an unchanged article's stored result is used and new results are stored.
    `runner` runs the per-article work (default: in this process for one worker, else a
    process pool; `timeline.cluster` has one for Dask). `since` leaves out articles
    published before it (articles without a date stay in). `carry` (ledger source id ->
    where its article was read, as the cache files it) names the articles the timeline
    already cites: those this run does not list are taken from the cache and merged with
    the new ones, so adding articles in batches gives what one run over all would.
    `unchanged(run_key)` is asked, when every article has a cache key, whether the run that
    last wrote the output had exactly these inputs; if so nothing is merged
    (`Extraction.unchanged`). When every file is known unchanged by its stat, it is asked
    before anything is read: a repeated run then reads no article and loads no result.
    `timeline_language` is the language events.yaml sets for itself
    (`store.read_language`): merged events take their title and text from a report in it;
    without one, from the sources' majority language.

    Sentences that pages of several days print word for word are furniture
    (`timeline.events.repeats`) and dated sentences off the collection's topic (or `topic`,
    keyphrases) give no event (`timeline.events.focus`); every event gets its importance
    (`timeline.events.importance`).
    """
    check_language(language)
    if mode is not None and mode not in MODES:
        raise TimelineError(f"mode: expected one of {', '.join(MODES)}, got '{mode}'")
    options = _Options(published, language, mode)
    result = Extraction()
    listed = {item.path if is_url(item.path) else os.path.abspath(item.path) for item in items}
    whole = (top, topic, since, timeline_language, _elsewhere(carry, listed))
    settled = cache.clock_ns() - SETTLE_NS if cache is not None else 0
    known = _known_keys(items, options, cache) if cache is not None else [None] * len(items)
    if unchanged is not None and items and None not in known:
        result.run_key = _run_key(known, whole)
        if unchanged(result.run_key):
            result.unchanged = True
            result.cached = len(items)
            return result  # the inputs of the run that wrote the file: nothing to read
    keys: list[str | None] = []
    seen: list[Origin] = []
    articles: list[tuple[str, list[Candidate], dict[str, int] | None]] = []
    """(where read, candidates, topic terms: None for an article without text) per article."""
    left = [item for item, key in zip(items, known, strict=True) if key is None]
    chunks = [list(left[i : i + CHUNK_SIZE]) for i in range(0, len(left), CHUNK_SIZE)]

    def collect(reads: list[ArticleResult]) -> None:
        if cache is not None:
            result.cached += sum(1 for r in reads if r.from_cache)
            cache.put_many(
                [
                    (r.key, _origin_key(r.origin), replace(r, key=None, stamp=None, content=None))
                    for r in reads
                    if r.key is not None and r.error is None and not r.from_cache
                ]
            )
            cache.put_digests(
                {
                    os.path.abspath(r.path): (r.stamp, r.content)
                    for r in reads
                    if r.stamp is not None
                    and r.content is not None
                    and r.error is None
                    and r.stamp.ctime < settled
                }
            )
        for read in reads:
            keys.append(read.key)
            if read.error is not None:
                result.failed.append(read.error)
                if on_error:
                    on_error(read.error)
                continue
            if read.origin is not None:
                seen.append(read.origin)  # read now, kept or not: never also carried
            if since is not None and _before(read.source, since):
                result.before_since += 1
                continue
            if read.source is not None:
                result.sources.append(read.source)
                if read.origin is not None:
                    result.origins[read.source.id] = read.origin
            if on_note:
                for message in read.notes:
                    on_note(read.path, message)
            terms = _interned(read.terms) if read.source is not None else None
            articles.append((_location(read), read.candidates, terms))
            for key, n in read.dropped:
                result.removed[key] = result.removed.get(key, 0) + n
        if on_done:
            on_done(len(reads))

    work = partial(_read_chunk, options=options, cache=cache)
    if runner is None:
        runner = serial_runner if workers <= 1 or len(chunks) <= 1 else process_runner(workers)
    started = runner(work, chunks) if chunks else iter(())  # working while stored ones load
    try:
        stored = cache.get_many(k for k in known if k is not None) if cache is not None else {}
        fresh = (read for reads in started for read in reads)
        batch: list[ArticleResult] = []
        for item, key in zip(items, known, strict=True):
            if key is None:
                batch.append(next(fresh))
            elif key in stored:
                batch.append(replace(stored.pop(key), from_cache=True, key=key))
            else:  # known, but its entry is gone or no longer loads: rare, done here
                batch.extend(work([item]))
            if len(batch) == CHUNK_SIZE:
                collect(batch)
                batch = []
        collect(batch)
        for _ in started:  # let the runner finish (and stop its workers)
            pass
    finally:
        close = getattr(started, "close", None)
        if close is not None:
            close()
    if carry and cache is not None:
        articles.extend(_carried(result, cache, carry, seen, since))
    if unchanged is not None and None not in keys:
        result.run_key = _run_key(keys, whole)
        if unchanged(result.run_key):
            result.unchanged = True
            result.candidates = sum(len(found) for _, found, _ in articles)
            return result  # the same inputs as the run that wrote the file: nothing to merge
    articles.sort(key=lambda article: article[0])  # one order, however the inputs came
    candidates = [c for _, found, _ in articles for c in found]
    documents = [terms for _, _, terms in articles if terms is not None]
    articles.clear()  # what the filters drop is freed before the merge, not after
    result.candidates = len(candidates)
    published_on = {
        source.id: source.published.first_day()
        if source.published and source.published.day
        else None
        for source in result.sources
    }
    candidates, repeated = drop_repeated(candidates, published_on)
    result.removed["repeated"] = repeated
    candidates, off_topic = focus_candidates(candidates, documents, topic)
    documents.clear()  # the articles' terms: only the focus reads them
    result.removed["off-topic"] = off_topic
    events = rank_events(
        merge_candidates(
            candidates, language=timeline_language or majority_language(result.sources)
        ),
        candidates,
        published_on,
    )
    result.events = top_dates(events, top) if top is not None else events
    return result


def _interned(terms: dict[str, int]) -> dict[str, int]:
    """An article's topic terms keyed by the one string of each term: a result read back
    from the cache brings its own copy of every word, and a run holds them all until the
    merge."""
    return {sys.intern(term): count for term, count in terms.items()}


def majority_language(sources: Sequence[Source]) -> str:
    """The language most sources are in (the first such in order on a tie), or ""."""
    counts = Counter(s.language.split("-")[0].lower() for s in sources if s.language)
    return max(counts, key=lambda code: counts[code]) if counts else ""


def _carried(
    result: Extraction,
    cache: ArticleCache,
    carry: Mapping[str, str],
    seen: Sequence[Origin],
    since: dt.date | None,
) -> Iterator[tuple[str, list[Candidate], dict[str, int]]]:
    """The cached articles of `carry` this run did not read (`seen`), under run ids of their
    own; none published before `since`."""
    read_now = {_origin_key(o) for o in seen}
    places = {key.split("\0", 1)[0] for key in read_now if key}
    texts = {origin.digest for origin in seen}
    wanted = {
        key: ledger_id
        for ledger_id, key in carry.items()
        if key.split("\0", 1)[0] not in places and key.split("\0", 1)[1] not in texts
    }  # an article read again, from its place or another, is not also carried
    taken = {s.id for s in result.sources}
    for key, read in cache.by_origin(wanted):
        if not isinstance(read, ArticleResult) or read.source is None or read.origin is None:
            continue
        if since is not None and _before(read.source, since):
            continue
        run_id = read.source.id
        while run_id in taken:
            run_id += "~"
        taken.add(run_id)
        result.sources.append(replace(read.source, id=run_id))
        result.origins[run_id] = read.origin
        result.carried[run_id] = wanted[key]
        candidates = [
            replace(c, citation=replace(c.citation, source=run_id)) for c in read.candidates
        ]
        yield _location(read), candidates, read.terms


def _location(read: ArticleResult) -> str:
    """Where an article was read, as one ordering of a collection across runs."""
    if read.origin is None:
        return read.path
    return read.origin.location if is_url(read.origin.location) else os.path.abspath(read.path)


def _known_keys(
    items: Sequence[ArticleInput], options: _Options, cache: ArticleCache
) -> list[str | None]:
    """Each item's cache key when its file is as it was when last hashed (same stat), else
    None: read nothing, hash nothing."""
    filed = cache.digests()
    out: list[str | None] = []
    for item in items:
        entry = None if is_url(item.path) else filed.get(os.path.abspath(item.path))
        key = None
        if entry is not None:
            try:
                same = stamp_of(os.stat(item.path)) == entry[0]
            except OSError:
                same = False
            if same:
                key = article_key(entry[1], (item, options))
        out.append(key)
    return out


def _elsewhere(carry: Mapping[str, str] | None, listed: set[str]) -> list[tuple[str, str]]:
    """The articles of `carry` at places this run does not list (those it may carry), in
    one order. What the cache holds for them was stored before the ledger that names them
    was written, so their ledger entries stand for it."""
    return sorted((i, key) for i, key in (carry or {}).items() if key.split("\0")[0] not in listed)


def _run_key(keys: Sequence[str | None], options: object) -> str:
    """What a run's merge depends on: every article's cache key in order, and the options
    applied to the whole collection (with the articles it may carry)."""
    digest = hashlib.sha256(repr(options).encode())
    for key in keys:
        digest.update(f"{key}\n".encode())
    return digest.hexdigest()


def _before(source: Source | None, since: dt.date) -> bool:
    published = source.published if source is not None else None
    if published is None or published.day is None or published.month is None:
        return False
    return dt.date(published.year, published.month, published.day) < since


def _origin_key(origin: Origin | None, folder: str = "") -> str | None:
    """How the cache finds an article again by where it was read (a file relative to
    `folder`, default the working folder) and what it said."""
    if origin is None:
        return None
    location = origin.location
    if not is_url(location):
        location = os.path.abspath(os.path.join(folder, location))
    return f"{location}\0{origin.digest}"


def carry_of(records: Mapping[str, Origin], folder: str) -> dict[str, str]:
    """`extract_inputs`' `carry` from the sources an events.yaml's ledger records (source id
    -> where it was read, relative to `folder`, the folder of events.yaml, and its digest)."""
    keys = {source_id: _origin_key(origin, folder) for source_id, origin in records.items()}
    return {source_id: key for source_id, key in keys.items() if key}


def default_workers() -> int:
    """One worker per core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)
