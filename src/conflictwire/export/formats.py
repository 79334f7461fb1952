"""The event table in ACLED's columns, and the files users take away: ACLED CSV, JSONL (with
evidence), GeoJSON and Parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from ..records import EVENT_COLUMNS, Event


def event_row(event: Event) -> dict:
    """One row in ACLED's 31 columns plus conflictwire's event_id, article_ids, confidence, status."""
    return {
        "event_id_cnty": event.event_id_cnty,
        "event_date": event.event_date.isoformat() if event.event_date else "",
        "year": event.event_date.year if event.event_date else "",
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2,
        "interaction": event.interaction,
        "civilian_targeting": event.civilian_targeting,
        "iso": event.iso or "",
        "region": event.region,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "admin3": event.admin3,
        "location": event.location,
        "latitude": f"{event.latitude:.4f}" if event.latitude is not None else "",
        "longitude": f"{event.longitude:.4f}" if event.longitude is not None else "",
        "geo_precision": event.geo_precision or "",
        "source": event.source,
        "source_scale": event.source_scale,
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": "; ".join(event.tags),
        "timestamp": event.timestamp,
        "event_id": event.event_id,
        "article_ids": ";".join(event.article_ids),
        "confidence": event.confidence,
        "status": event.status,
    }


def write_acled_rows(events: Iterable[Event], handle: TextIO) -> int:
    """ACLED CSV (header and one row an event) to an open text stream; how many events."""
    writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(event_row(event))
        n += 1
    return n


def write_acled_csv(events: Iterable[Event], path: Path | str) -> int:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        return write_acled_rows(events, handle)


def event_document(event: Event) -> dict:
    """Everything about an event, evidence included, as JSON-ready data."""
    row = event_row(event)
    row["article_ids"] = list(event.article_ids)
    row["tags"] = list(event.tags)
    row["evidence"] = [{"article_id": e.article_id, "field": e.field, "start": e.start, "end": e.end,
                        "text": e.text} for e in event.evidence]
    return row


def write_jsonl(events: Iterable[Event], path: Path | str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as handle:
        for event in events:
            handle.write(json.dumps(event_document(event), ensure_ascii=False) + "\n")
            n += 1
    return n


def geojson(events: Iterable[Event]) -> dict:
    features = []
    for event in events:
        if event.latitude is None or event.longitude is None:
            continue
        props = event_row(event)
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Iterable[Event], path: Path | str) -> int:
    data = geojson(events)
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data["features"])


def write_parquet(events: Iterable[Event], path: Path | str) -> int:
    """The event table as Parquet (DuckDB, pandas and Arrow read it directly)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    numbers = {"year": pa.int32(), "time_precision": pa.int8(), "inter1": pa.int8(), "inter2": pa.int8(),
               "interaction": pa.int16(), "iso": pa.int32(), "latitude": pa.float64(), "longitude": pa.float64(),
               "geo_precision": pa.int8(), "fatalities": pa.int32(), "timestamp": pa.int64(), "confidence": pa.float64()}
    schema = pa.schema([(c, numbers.get(c, pa.string())) for c in EVENT_COLUMNS])
    rows = [{k: (None if v == "" else (float(v) if k in ("latitude", "longitude") else v)) for k, v in event_row(e).items()}
            for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), str(path))
    return len(rows)
