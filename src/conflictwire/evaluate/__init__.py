"""Evaluate: run the pipeline on texts with gold ACLED coding and score it."""
from __future__ import annotations

from pathlib import Path

from ..export.formats import event_row
from ..merge.identity import assign_ids
from ..pipeline import Batch, Options, run
from .score import Scores, read_csv, score


def evaluate(inputs: list[str], gold: Path | str, options: Options = Options(), progress=None) -> tuple[Scores, Batch]:
    batch = run(inputs, options, progress=progress)
    events = [e for r in batch.results for e in r.events]
    assign_ids(events)
    rows = [{k: str(v) for k, v in event_row(e).items()} for e in events]
    return score(read_csv(gold), rows), batch


__all__ = ["evaluate", "score", "Scores", "read_csv"]
