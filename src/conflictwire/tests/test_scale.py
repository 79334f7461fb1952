"""The Dask path: the same stage functions on worker processes give the same events."""
import pytest

from conflictwire.jobs import run_job
from conflictwire.scale import DaskProcessor
from conflictwire.store import Store

pytestmark = pytest.mark.slow


def coded(report):
    return sorted((e.event_id, e.sub_event_type, e.actor1, e.location, e.fatalities, e.event_date)
                  for e in report.events)


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0") as local:
        yield local


def test_dask_workers_code_what_one_process_codes(example_corpus, cluster):
    alone = run_job([str(example_corpus)])
    # small partitions, so that both workers get some and results come back out of order
    with DaskProcessor(scheduler=cluster.scheduler_address, partition=2) as process:
        on_dask = run_job([str(example_corpus)], process=process)
    assert coded(alone) and coded(on_dask) == coded(alone)
    assert on_dask.read == alone.read and len(on_dask.errors) == len(alone.errors)


def test_local_workers_write_the_store(example_corpus, tmp_path):
    with Store(tmp_path / "s.duckdb") as store, DaskProcessor(workers=2, partition=3) as process:
        report = run_job([str(example_corpus)], store, process=process)
        assert report.added == store.counts()["events"] > 0
