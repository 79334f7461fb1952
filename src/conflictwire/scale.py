"""The same stage functions on a Dask cluster: local worker processes (`--workers N`) or an
existing scheduler (`--scheduler tcp://...`, e.g. started by dask-jobqueue or dask-kubernetes).

Articles are coded in partitions on the workers (process_article is a pure function of one
article); batch-level steps (the outlets' countries, undated events' lag) and writing to the
store stay in the calling process.
"""
from __future__ import annotations

from .pipeline import Batch, Options, batch_lines, finish_batch, keep, process_article
from .records import Article

PARTITION = 200  # articles per task: big enough to amortise scheduling, small enough to balance


def code_partition(articles: list[Article], options: Options, shared_lines: frozenset[str]) -> list:
    return [process_article(a, options, shared_lines) for a in articles]


class DaskProcessor:
    """A drop-in for pipeline.run_articles that codes the articles on Dask workers. A context
    manager: the client (and the local cluster, if it started one) closes on exit."""

    def __init__(self, workers: int = 2, scheduler: str | None = None, partition: int = PARTITION):
        self.workers, self.scheduler, self.partition = workers, scheduler, partition
        self.client = None

    def __enter__(self) -> "DaskProcessor":
        from dask.distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0")
            self.client = Client(cluster)
        return self

    def __exit__(self, *exc) -> None:
        cluster = None if self.scheduler else self.client.cluster
        self.client.close()
        if cluster is not None:
            cluster.close()

    def __call__(self, articles: list[Article], batch: Batch, options: Options = Options(), progress=None) -> Batch:
        from dask.distributed import as_completed

        shared = batch_lines(articles)
        parts = [articles[i:i + self.partition] for i in range(0, len(articles), self.partition)]
        futures = self.client.map(code_partition, parts, options=options, shared_lines=shared, pure=False)
        by_future = {f.key: i for i, f in enumerate(futures)}
        done: list[list] = [[] for _ in parts]
        for future in as_completed(futures):
            done[by_future[future.key]] = future.result()
            if progress is not None:
                for _ in done[by_future[future.key]]:
                    progress()
        for outcomes in done:  # in input order, whatever order the workers finished in
            for outcome in outcomes:
                keep(batch, outcome)
        finish_batch(batch, options)
        return batch
