import csv
import json

from conflictwire.export.formats import event_row, write_acled_csv, write_geojson, write_jsonl, write_parquet
from conflictwire.merge.tests.test_merge import event
from conflictwire.records import ACLED_COLUMNS, Evidence


def test_acled_columns_in_order_then_our_own(tmp_path):
    e = event(evidence=[Evidence("a1", "location", 3, 11, "Gaskinde")])
    write_acled_csv([e], tmp_path / "e.csv")
    header = next(csv.reader(open(tmp_path / "e.csv")))
    assert tuple(header[:31]) == ACLED_COLUMNS and header[31:] == ["event_id", "article_ids", "confidence", "status"]
    row = event_row(e)
    assert row["interaction"] == 37 and row["disorder_type"] == "Political violence" and row["year"] == 2024


def test_jsonl_carries_evidence(tmp_path):
    e = event(evidence=[Evidence("a1", "location", 3, 11, "Gaskinde")])
    write_jsonl([e], tmp_path / "e.jsonl")
    doc = json.loads((tmp_path / "e.jsonl").read_text())
    assert doc["evidence"] == [{"article_id": "a1", "field": "location", "start": 3, "end": 11, "text": "Gaskinde"}]
    assert doc["article_ids"] == ["a1"]


def test_geojson_skips_events_without_coordinates(tmp_path):
    n = write_geojson([event(), event(latitude=None, longitude=None)], tmp_path / "e.geojson")
    data = json.loads((tmp_path / "e.geojson").read_text())
    assert n == 1 and data["features"][0]["geometry"]["coordinates"] == [-1.6, 13.9]


def test_parquet(tmp_path):
    import pyarrow.parquet as pq
    write_parquet([event()], tmp_path / "e.parquet")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 1
