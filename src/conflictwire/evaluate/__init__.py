"""Evaluate: run the pipeline on texts with gold ACLED coding and score it with the definitions
of the shared scorer. Each text is its own report: nothing is merged across texts, since gold
ACLED rows are already one per event."""
from __future__ import annotations

from pathlib import Path

from ..export.formats import event_row
from ..merge.identity import assign_ids
from ..pipeline import Options, run
from .score import Scores, read_csv, score


def predict_rows(inputs: list[str], options: Options = Options(), progress=None) -> list[dict]:
    batch = run(inputs, options, progress=progress)
    events = [e for r in batch.results for e in r.events if e.reported]
    assign_ids(events)
    return [{k: str(v) for k, v in event_row(e).items()} for e in events]


def evaluate(inputs: list[str], gold: Path | str, options: Options = Options(),
             progress=None) -> tuple[Scores, list[dict]]:
    rows = predict_rows(inputs, options, progress)
    return score(read_csv(gold), rows), rows


__all__ = ["evaluate", "predict_rows", "score", "Scores", "read_csv"]
