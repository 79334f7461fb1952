"""`conflictwire bench`: the pipeline's speed and memory beside spaCy's small NER model, in one run.

Each measurement runs in its own process (measure.py) on the same corpus, one after the other,
so the figures are comparable and each peak memory is that measurement's own. The ratio to
spaCy is the figure that holds across machines; articles/s depend on the machine.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import example_articles, generated_articles, write_jsonl


@dataclass
class Measurement:
    name: str
    seconds: float
    articles: int
    words: int
    peak_mib: float
    load_seconds: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def measure(kind: str, corpus: Path, words: int, *args: str) -> Measurement:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}  # one core for the model too: a fair comparison
    done = subprocess.run([sys.executable, "-m", "conflictwire.benchmark.measure", kind, str(corpus), *args],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark step {kind} failed:\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Measurement(kind, data.pop("seconds"), data.pop("articles"), words, data.pop("peak_mib"),
                       data.pop("load_seconds"), data)


def corpus_words(path: Path) -> int:
    return sum(len(((r.get("title") or "") + " " + r["text"]).split())
               for r in map(json.loads, path.open(encoding="utf-8")))


@dataclass
class BenchResult:
    corpus_articles: int
    corpus_words: int
    pipeline: Measurement
    spacy: Measurement
    stages: dict[str, float]
    dask: list[Measurement]
    dev: Measurement | None

    @property
    def ratio(self) -> float:
        """How many times faster the whole pipeline is than spaCy's small NER model alone."""
        return self.pipeline.per_second / self.spacy.per_second

    def as_dict(self) -> dict:
        def m(x: Measurement | None) -> dict | None:
            return None if x is None else {"seconds": round(x.seconds, 3), "articles": x.articles,
                                           "articles_per_second": round(x.per_second, 1),
                                           "words_per_second": round(x.words_per_second),
                                           "peak_mib": round(x.peak_mib), "load_seconds": round(x.load_seconds, 2),
                                           **{k: v for k, v in x.extra.items() if k != "stages"}}
        return {"corpus": {"articles": self.corpus_articles, "words": self.corpus_words},
                "pipeline": m(self.pipeline), "spacy_ner": m(self.spacy), "ratio_to_spacy_ner": round(self.ratio, 2),
                "stages_seconds_profiled": {k: round(v, 3) for k, v in self.stages.items()},
                "dask": [{"workers": int(x.name.split(":")[1]), **m(x)} for x in self.dask],
                "dev_set": m(self.dev)}


def run_benchmark(articles: int = 1000, dask_workers: tuple[int, ...] = (1, 2), dev: Path | None = None,
                  gold: Path | None = None, seed: int = 7, log=print) -> BenchResult:
    """articles: generated articles (the bundled examples are added); dev/gold: the ACLED dev
    texts and coding, timed end to end as `conflictwire eval` runs them."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        write_jsonl(example_articles() + generated_articles(articles, seed), corpus)
        words = corpus_words(corpus)
        n = sum(1 for _ in corpus.open())
        log(f"corpus: {n} articles, {words} words ({words / n:.0f} per article)")
        log("pipeline, one process ...")
        pipeline = measure("pipeline", corpus, words)
        log("spaCy en_core_web_sm NER, one process ...")
        spacy = measure("spacy", corpus, words)
        log("per-stage profile ...")
        stages = measure("profile", corpus, words).extra["stages"]
        scaled = []
        for w in dask_workers:
            log(f"Dask, {w} worker{'s' if w > 1 else ''} ...")
            scaled.append(measure("dask", corpus, words, str(w)))
            scaled[-1].name = f"dask:{w}"
        dev_run = None
        if dev is not None and gold is not None:
            log("ACLED dev set end to end ...")
            dev_run = measure("dev", dev, corpus_words(dev), str(gold))
    return BenchResult(n, words, pipeline, spacy, stages, scaled, dev_run)
