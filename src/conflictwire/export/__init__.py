"""Export: the event table as ACLED CSV, JSONL with evidence, GeoJSON, Parquet; terminal view."""
