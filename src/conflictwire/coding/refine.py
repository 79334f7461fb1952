"""Trainable refinement of the rule coder's event types, from a user's own ACLED coding.

`conflictwire train --gold EXPORT.csv --out MODEL` fits a multinomial logistic regression over
sparse features of each event's words: its text (words and word pairs), the lexicon's triggers
and cues in it, and what the rules decided (sub-event type, inter codes, deaths). `--model
MODEL` then lets it overrule the rules' sub-event type where it is clearly surer; the fields
that follow from the type (event type, disorder, civilian targeting, crowd names) follow it.

Pure NumPy, CPU, seconds to train on thousands of notes. The model file is JSON (never a
pickle: a model from elsewhere must not run code). The package ships no model trained on
ACLED data.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from .. import packs
from ..analyse import analyse
from ..analyse.lexicon import lexicon
from ..records import Article, Event
from .classify import EVENT_TYPE

BUCKETS = 1 << 18  # hashed feature space
FORMAT = "conflictwire-refiner/1"
_WORD = re.compile(r"[a-z]+|\d+")


class ModelError(ValueError):
    """A model file that cannot be used; the message says why."""


def features(text: str, event: Event, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[str]:
    """What the model sees of one event: its words and word pairs, the lexicon's tags and cues
    in them, and the rule coder's decisions."""
    words = ["<n>" if w.isdigit() else w for w in _WORD.findall(text.lower())]
    out = [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    for m in analyse(text, languages).mentions:
        out += [f"{e.layer}:{e.kind}" for e in m.entries]
    out += [f"rule:{event.sub_event_type}", f"rule_type:{event.event_type}", f"inter1:{event.inter1}",
            f"inter2:{event.inter2}", f"dead:{min(event.fatalities, 3)}", f"pair:{event.inter1}-{event.inter2}"]
    return out


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode()) % BUCKETS


@dataclass
class Refiner:
    classes: list[str]
    weights: np.ndarray  # (BUCKETS, classes); sparse on disk
    bias: np.ndarray
    margin: float = 0.2  # how much surer than the rules the model must be to overrule them
    trained_on: int = 0
    languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES

    def probabilities(self, feats: list[str]) -> np.ndarray:
        rows = np.fromiter((_hash(f) for f in feats), dtype=np.int64, count=len(feats))
        scores = self.weights[rows].sum(axis=0) + self.bias
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def choose(self, text: str, event: Event) -> str:
        """The sub-event type for an event: the model's where clearly surer, else the rules'."""
        return self._decide(self.probabilities(features(text, event, self.languages)), event.sub_event_type,
                            self.margin)

    def _decide(self, p: np.ndarray, rule: str, margin: float) -> str:
        best = int(p.argmax())
        if rule not in self.classes or p[best] - p[self.classes.index(rule)] >= margin:
            return self.classes[best]
        return rule

    def accuracy(self, examples: list[Example], margin: float) -> float:
        """Share of the examples whose type is right when overruling takes this margin."""
        right = sum(self._decide(self.probabilities(e.feats), e.rule, margin) == e.label for e in examples)
        return right / len(examples)

    def refine(self, events: list[Event]) -> int:
        """Re-type events in place, each on its own words; how many changed."""
        n = 0
        for e in events:
            new = self.choose(e.notes, e)
            if new != e.sub_event_type:
                retype(e, new, self.languages)
                n += 1
        return n

    def save(self, path: Path) -> None:
        used = np.flatnonzero(np.abs(self.weights).sum(axis=1) > 1e-6)
        data = {"format": FORMAT, "classes": self.classes, "margin": self.margin, "trained_on": self.trained_on,
                "bias": self.bias.round(5).tolist(),
                "rows": used.tolist(), "weights": self.weights[used].round(5).tolist()}
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            json.dump(data, handle)


def retype(event: Event, sub_event: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> None:
    """Give an event another sub-event type and what follows from it: event type, disorder,
    civilian targeting, and the crowd's name where demonstrators become rioters or back."""
    taxonomy = lexicon(languages).taxonomy
    event.sub_event_type = sub_event
    event.event_type = EVENT_TYPE[sub_event]
    event.disorder_type = taxonomy["disorder"][event.event_type]
    crowd = {"Protests": "protesters", "Riots": "rioters"}.get(event.event_type)
    if crowd and event.inter1 in (5, 6):
        kind = taxonomy["kinds"][crowd]
        event.actor1, event.inter1 = kind["name"].format(country=event.country), kind["inter"]
    civilian_side = event.inter2 == 7
    event.civilian_targeting = "Civilian targeting" if civilian_side and event.event_type in (
        "Violence against civilians", "Explosions/Remote violence", "Riots") else ""
    event.tags.append("type refined by the trained model")


def load_model(path: Path | str) -> Refiner:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: not a conflictwire model ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{path}: not a {FORMAT} model file")
    unknown = [c for c in data["classes"] if c not in EVENT_TYPE]
    if unknown:
        raise ModelError(f"{path}: unknown sub-event types {unknown}")
    weights = np.zeros((BUCKETS, len(data["classes"])), dtype=np.float32)
    if data["rows"]:
        weights[np.asarray(data["rows"])] = np.asarray(data["weights"], dtype=np.float32)
    return Refiner(data["classes"], weights, np.asarray(data["bias"], dtype=np.float32), float(data["margin"]),
                   int(data.get("trained_on", 0)))


# --- training ---------------------------------------------------------------------------------
@dataclass
class Example:
    feats: list[str]
    label: str  # the user's sub-event type
    rule: str  # the rule coder's


MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
HELD_OUT = 5  # one example in five is held out to choose the margin


def fit(examples: list[Example], epochs: int = 8, seed: int = 7, margin: float | None = None) -> Refiner:
    """The model for these examples. Without a margin, it is chosen on held-out examples: the
    one that gets most of them right when the model may overrule the rules only by that margin
    (the rules are often right, and a model trained on a few thousand notes is often unsure)."""
    if not examples:
        raise ModelError("no training examples: the gold file has no usable rows")
    if margin is None:
        held = [e for k, e in enumerate(examples) if k % HELD_OUT == 0]
        trial = _fit([e for k, e in enumerate(examples) if k % HELD_OUT], epochs, seed, 0.0) if held else None
        margin = max(MARGINS, key=lambda m: (trial.accuracy(held, m), m)) if len(held) >= 10 else MARGINS[-1]
    return _fit(examples, epochs, seed, margin)


def _fit(examples: list[Example], epochs: int, seed: int, margin: float, rate: float = 0.5,
         l2: float = 1e-5) -> Refiner:
    """Multinomial logistic regression by AdaGrad over the hashed features."""
    classes = sorted({e.label for e in examples})
    index = {c: k for k, c in enumerate(classes)}
    weights = np.zeros((BUCKETS, len(classes)), dtype=np.float32)
    squares = np.full((BUCKETS, len(classes)), 1e-6, dtype=np.float32)
    bias = np.zeros(len(classes), dtype=np.float32)
    rows = [np.unique(np.fromiter((_hash(f) for f in e.feats), dtype=np.int64)) for e in examples]
    labels = np.array([index[e.label] for e in examples])
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for i in rng.permutation(len(examples)):
            r = rows[i]
            scores = weights[r].sum(axis=0) + bias
            p = np.exp(scores - scores.max())
            p /= p.sum()
            p[labels[i]] -= 1.0  # gradient of the log loss wrt the scores
            grad = p[None, :] + l2 * weights[r]
            squares[r] += grad ** 2
            weights[r] -= rate * grad / np.sqrt(squares[r])
            bias -= 0.1 * p
    return Refiner(classes, weights, bias, margin, trained_on=len(examples))


def gold_rows(gold: Path, texts: Path | None = None) -> Iterator[tuple[str, dict]]:
    """(text, coding) per row of an ACLED export: texts from its `notes` column, or, for files in
    the dev-set layout, from a JSONL file of {id, text} matched on `doc_id`."""
    with gold.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"sub_event_type", "event_date"} - set(reader.fieldnames or ())
        if missing:
            raise ModelError(f"{gold}: not an ACLED export (no {', '.join(sorted(missing))} column)")
        if "notes" not in (reader.fieldnames or ()) and texts is None:
            raise ModelError(f"{gold}: no notes column; give the texts with --texts FILE.jsonl")
        by_id = {}
        if texts is not None:
            with texts.open(encoding="utf-8") as lines:
                by_id = {r["id"]: r["text"] for r in map(json.loads, lines)}
        for row in reader:
            text = row.get("notes") or by_id.get(row.get("doc_id", ""), "")
            if text and row["sub_event_type"] in EVENT_TYPE:
                yield text, row


def training_examples(rows: Iterable[tuple[str, dict]], languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
                      progress=None) -> list[Example]:
    """One example per gold event: the rule coder's reading of its text beside ACLED's type. A
    text the rules find no event in still teaches the model (as rule 'none')."""
    from .events import code_events

    examples = []
    for text, row in rows:
        try:
            published = date.fromisoformat(row["event_date"])
        except ValueError:
            published = None
        coded = code_events(Article(id="train", text=text, published=published), languages)
        same_day = [e for e in coded.events if e.reported]
        event = same_day[0] if same_day else Event("", "none", "", "", 0)
        examples.append(Example(features(text, event, languages), row["sub_event_type"], event.sub_event_type))
        if progress is not None:
            progress()
    return examples
