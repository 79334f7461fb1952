import subprocess
import sys

import pytest

from conflictwire.jobs import run_job
from conflictwire.records import ArticleResult
from conflictwire.conftest import article
from conflictwire.store import Store, StoreError

TEXT_A = "On 3 June 2024, suspected jihadists attacked the village of Sofara in central Mali, killing four civilians."
TEXT_B = ("Gunmen attacked Sofara, a village of central Mali, on 3 June 2024, killing four civilians and wounding two, "
          "residents said.")


def write(tmp_path, name, text, published="2024-06-04", outlet="Sahel Wire"):
    import json
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"id": name, "text": text, "published": published, "outlet": outlet}) + "\n")
    return path


def test_run_saves_and_rerun_adds_nothing(tmp_path):
    inputs = [str(write(tmp_path, "a", TEXT_A))]
    with Store(tmp_path / "s.duckdb") as store:
        first = run_job(inputs, store)
        counts = store.counts()
        second = run_job(inputs, store)
        assert first.added == 1 and counts["articles"] == 1 and counts["events"] == 1
        assert second.read == 0 and second.skipped == {"already in the store": 1}
        assert store.counts() == counts


def test_a_second_outlets_report_joins_the_stored_event(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        run_job([str(write(tmp_path, "a", TEXT_A))], store)
        report = run_job([str(write(tmp_path, "b", TEXT_B, outlet="Reuters"))], store)
        assert report.added == 0
        (event,) = list(store.iter_events())
        assert event.article_ids == ["a", "b"] and event.source == "Sahel Wire; Reuters"
        assert {e.article_id for e in event.evidence} == {"a", "b"}


def test_a_failed_write_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        result = ArticleResult(article("Gunmen attacked Sofara.", id="x"))
        broken = ArticleResult(article("Another text.", id="y"))
        broken.quotes = ["not a quote"]  # makes the write fail midway
        with pytest.raises(Exception):
            store.save_results([result, broken], [], "run")
        assert store.counts()["articles"] == 0


def test_schema_version_and_read_only_opening(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.version() == 1
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.counts()["events"] == 0
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_a_store_another_process_writes_to_is_a_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="cannot open"):
            Store(path)
    finally:
        holder.kill()
