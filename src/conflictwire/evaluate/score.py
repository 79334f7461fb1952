"""Score predicted events against gold ACLED coding, with the definitions of the shared scorer
(../shared/eval/score_acled.py): each gold event matches at most one predicted event of the same
document, best agreement first; an unmatched gold event is wrong on every field."""
from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..resolve.actors import without_regime

FIELDS = ("event_type", "sub_event_type", "actor1_loose", "actor_pair_loose", "actor1_strict", "fatalities",
          "event_date", "admin1", "admin2", "location", "km10", "km50", "interaction")
loose_actor = without_regime  # the shared scorer's 'loose' actor comparison


def squash(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").casefold())


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def distance_km(a: dict, b: dict) -> float:
    coords = [_number(a.get("latitude")), _number(a.get("longitude")), _number(b.get("latitude")), _number(b.get("longitude"))]
    if any(c is None for c in coords):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, coords)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def deaths(value) -> int:
    v = _number(value)
    return int(v) if v is not None else 0


def agreement(gold: dict, pred: dict) -> dict[str, bool]:
    d = distance_km(gold, pred)
    gold_pair = {loose_actor(gold.get("actor1")), loose_actor(gold.get("actor2"))} - {""}
    pred_pair = {loose_actor(pred.get("actor1")), loose_actor(pred.get("actor2"))} - {""}
    strict = {(pred.get("actor1") or "").strip(), (pred.get("actor2") or "").strip()}
    return {
        "event_type": squash(gold.get("event_type")) == squash(pred.get("event_type")),
        "sub_event_type": squash(gold.get("sub_event_type")) == squash(pred.get("sub_event_type")),
        "actor1_loose": loose_actor(gold.get("actor1")) in pred_pair,
        "actor_pair_loose": gold_pair == pred_pair,
        "actor1_strict": (gold.get("actor1") or "").strip() in strict,
        "fatalities": deaths(gold.get("fatalities")) == deaths(pred.get("fatalities")),
        "event_date": (gold.get("event_date") or "")[:10] == (pred.get("event_date") or "")[:10],
        "admin1": squash(gold.get("admin1")) == squash(pred.get("admin1")),
        "admin2": squash(gold.get("admin2")) == squash(pred.get("admin2")),
        "location": squash(gold.get("location")) == squash(pred.get("location")),
        "km10": d <= 10,
        "km50": d <= 50,
        "interaction": str(gold.get("interaction", "")).strip() == str(pred.get("interaction", "")).strip(),
    }


@dataclass
class Scores:
    gold_events: int
    pred_events: int
    figures: dict[str, float]
    confusions: list[tuple[int, str, str]] = field(default_factory=list)
    fatalities_mae: float | None = None
    misses: list[tuple[str, dict, dict | None, dict]] = field(default_factory=list)  # doc, gold, pred, hits

    def lines(self) -> list[str]:
        out = [f"{'gold_events':24s} {self.gold_events}", f"{'pred_events':24s} {self.pred_events}"]
        out += [f"{k:24s} {v:.3f}" for k, v in self.figures.items()]
        if self.fatalities_mae is not None:
            out.append(f"{'fatalities_mae_matched':24s} {self.fatalities_mae:.3f}")
        out.append("top confusions (gold -> pred):")
        out += [f"  {n:5d}  {g} -> {p}" for n, g, p in self.confusions[:12]]
        return out


def score(gold_rows: list[dict], pred_rows: list[dict]) -> Scores:
    pred_by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in pred_rows:
        for doc in re.split(r"[;,\s]+", p.get("article_ids") or p.get("doc_id") or ""):
            if doc:
                pred_by_doc[doc].append(p)
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold_rows:
        gold_by_doc[g["doc_id"]].append(g)
    hits: Counter = Counter()
    matched_gold = matched_pred = 0
    abs_err: list[int] = []
    confusion: Counter = Counter()
    misses = []
    for doc, golds in gold_by_doc.items():
        preds = pred_by_doc.get(doc, [])
        pairs = sorted(((sum(h.values()), gi, pi, h) for gi, g in enumerate(golds)
                        for pi, p in enumerate(preds) for h in [agreement(g, p)]), key=lambda t: -t[0])
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi, h in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched_gold += 1
            hits.update({f: int(v) for f, v in h.items()})
            abs_err.append(abs(deaths(golds[gi].get("fatalities")) - deaths(preds[pi].get("fatalities"))))
            confusion[(golds[gi].get("sub_event_type", ""), preds[pi].get("sub_event_type", ""))] += 1
            misses.append((doc, golds[gi], preds[pi], h))
        for gi, g in enumerate(golds):
            if gi not in used_g:
                confusion[(g.get("sub_event_type", ""), "<missed>")] += 1
                misses.append((doc, g, None, {f: False for f in FIELDS}))
        matched_pred += len(used_p)
    n = len(gold_rows)
    figures = {"event_recall": matched_gold / n if n else 0.0,
               "event_precision": matched_pred / len(pred_rows) if pred_rows else 0.0}
    figures.update({f: hits[f] / n if n else 0.0 for f in FIELDS})
    worst = sorted(((c, g, p) for (g, p), c in confusion.items() if g != p), reverse=True)
    return Scores(n, len(pred_rows), figures, worst, sum(abs_err) / len(abs_err) if abs_err else None, misses)


def read_csv(path: Path | str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
