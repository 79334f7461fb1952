"""The main job over archives: streaming, incremental, and never stopped by one bad record."""
from conflictwire.ingest.tests.test_archives import write_warc
from conflictwire.jobs import chunks, run_job
from conflictwire.store import Store


def page(place: str, day: int) -> str:
    return (f"<html><head><title>Attack near {place}</title></head><body><article><p>On {day} June 2024, "
            f"unidentified gunmen attacked a market in {place}, in central Mali, killing {day} traders, "
            f"local officials said.</p></article></body></html>")


def test_a_grown_archive_codes_only_its_new_records(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    with Store(tmp_path / "s.duckdb") as store:
        write_warc(crawl, [("https://ex.org/1", page("Sofara", 3)), ("https://ex.org/2", page("Djenne", 4))])
        first = run_job([str(crawl)], store)
        assert first.read == 2 and first.added == 2

        write_warc(crawl, [("https://ex.org/1", page("Sofara", 3)), ("https://ex.org/2", page("Djenne", 4)),
                           ("https://ex.org/3", page("Bandiagara", 5))])
        second = run_job([str(crawl)], store)
        assert second.read == 1 and second.skipped == {"already in the store": 2}
        assert second.added == 1 and store.counts()["events"] == 3
        assert {e.location for e in store.iter_events()} == {"Sofara", "Djenne", "Bandiagara"}


def test_a_truncated_archive_keeps_the_records_before_the_break(tmp_path):
    crawl = tmp_path / "crawl.warc"
    write_warc(crawl, [("https://ex.org/1", page("Sofara", 3)), ("https://ex.org/2", page("Djenne", 4))])
    data = crawl.read_bytes()
    crawl.write_bytes(data[: len(data) * 2 // 3])  # cut inside the second record
    with Store(tmp_path / "s.duckdb") as store:
        report = run_job([str(crawl), str(tmp_path / "missing.warc")], store)
        assert report.read == 1 and store.counts()["events"] == report.added == 1
        assert [e.reason for e in report.errors if e.origin == f"{crawl}#2"] == [
            "the archive ends inside this record (truncated file)"]
        assert any(str(tmp_path / "missing.warc") in e.origin for e in report.errors)


def test_chunks_draw_lazily():
    drawn = []

    def items():
        for i in range(7):
            drawn.append(i)
            yield i

    parts = chunks(items(), 3)
    assert next(parts) == [0, 1, 2] and drawn == [0, 1, 2]
    assert list(parts) == [[3, 4, 5], [6]]
