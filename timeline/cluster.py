"""Adapter: run the per-article work on a Dask cluster (`timeline extract --engine dask`).

Only the per-article work moves (reading, cleaning, dates, sentences, titles): it is
independent per article and is the whole cost of a run. Merging and the update of
events.yaml stay in this process, unchanged, so both engines write the same file. Workers
read the inputs themselves, so on a real cluster the paths (and the cache folder, or use
`--no-cache`) must be on a file system every worker sees; URLs are fetched by the workers.

Dask is an optional dependency (`pip install "cited-timeline[dask]"`); this module is the
only one that imports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import partial

from timeline.errors import TimelineError
from timeline.extract import IN_FLIGHT_PER_WORKER, ArticleResult, ChunkWork, Runner, in_order
from timeline.ingest import ArticleInput

__all__ = ["CONNECT_TIMEOUT", "dask_runner"]

CONNECT_TIMEOUT = "20s"
"""How long to keep trying a scheduler that does not answer before saying so."""


def dask_runner(
    scheduler: str | None = None, workers: int | None = None
) -> AbstractContextManager[Runner]:
    """A runner on the Dask scheduler at `scheduler`, or on a `LocalCluster` of `workers`
    single-threaded processes started (and stopped) for the run."""
    return _connected(scheduler, workers)


@contextmanager
def _connected(scheduler: str | None, workers: int | None) -> Iterator[Runner]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise TimelineError('--engine dask needs Dask: pip install "dask[distributed]"') from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise TimelineError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=workers or 2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        slots = max(1, sum(client.nthreads().values()))

        def run(work: ChunkWork, chunks: list[list[ArticleInput]]) -> Iterator[list[ArticleResult]]:
            submit = partial(client.submit, work, pure=False)
            return in_order(submit, chunks, IN_FLIGHT_PER_WORKER * slots, client.cancel)

        yield run
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
