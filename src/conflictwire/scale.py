"""The same stage functions on a Dask cluster: local worker processes (`--workers N`) or an
existing scheduler (`--scheduler tcp://...`, e.g. started by dask-jobqueue or dask-kubernetes).

Articles are coded in partitions on the workers (process_article is a pure function of one
article); batch-level steps (the outlets' countries, undated events' lag) and writing to the
store stay in the calling process.
"""
from __future__ import annotations

from functools import cache

from .clean import repeated_lines
from .pipeline import Batch, Options, finish_batch, process_article
from .records import Article, InputError

PARTITION = 200  # articles per task: big enough to amortise scheduling, small enough to balance


def code_partition(articles: list[Article], options: Options, shared_lines: frozenset[str]) -> list:
    return [process_article(a, options, shared_lines) for a in articles]


@cache
def client_for(workers: int, scheduler: str | None):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def dask_processor(workers: int = 2, scheduler: str | None = None, partition: int = PARTITION):
    """A drop-in for pipeline.run_articles that codes the articles on Dask workers."""
    def process(articles: list[Article], batch: Batch, options: Options = Options(), progress=None) -> Batch:
        from dask.distributed import as_completed

        client = client_for(workers, scheduler)
        shared = repeated_lines(a.text for a in articles if a.format != "html")
        parts = [articles[i:i + partition] for i in range(0, len(articles), partition)]
        futures = client.map(code_partition, parts, options=options, shared_lines=shared, pure=False)
        by_future = {f.key: i for i, f in enumerate(futures)}
        done: list[list] = [[] for _ in parts]
        for future in as_completed(futures):
            done[by_future[future.key]] = future.result()
            if progress is not None:
                for _ in range(len(done[by_future[future.key]])):
                    progress()
        for outcomes in done:  # in input order, whatever order the workers finished in
            for outcome in outcomes:
                (batch.errors if isinstance(outcome, InputError) else batch.results).append(outcome)
        finish_batch(batch, options)
        return batch
    return process
