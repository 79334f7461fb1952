"""The benchmark's corpus: news-like articles of about 600 words, generated from templates.toml
with places from the gazetteer and armed groups from the actor pack, plus the bundled examples."""
from __future__ import annotations

import json
import random
import tomllib
from datetime import date, timedelta
from pathlib import Path

from .. import packs
from ..gazetteer import geography
from ..ingest import read_inputs
from ..records import Article, content_hash

TEMPLATES = Path(__file__).with_name("templates.toml")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TARGET_WORDS = 600
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def towns(countries: tuple[str, ...], min_population: int = 2000) -> dict[str, list[str]]:
    """Settlements of some size in each country, from the shipped gazetteer."""
    places = geography().places
    out: dict[str, list[str]] = {cc: [] for cc in countries}
    for i in range(len(places)):
        if places.pop[i] < min_population:
            continue
        place = places.place(i)
        if place.cc in out and place.is_settlement and place.name.isascii():
            out[place.cc].append(place.name)
    return {cc: sorted(set(names)) for cc, names in out.items()}


def armed_groups(regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> list[str]:
    """Names the press uses for the armed groups the actor packs know."""
    names = []
    for data in packs.read_all(regions, "actors"):
        for actor in data.get("actor", []):
            if actor.get("armed") and actor.get("inter") == 2:
                names += actor.get("aliases", [])[:3]
    return sorted(set(names))


def generated_articles(n: int, seed: int = 7) -> list[Article]:
    t = tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    by_country = towns(tuple(t["countries"]))
    groups = armed_groups()
    articles = []
    for k in range(n):
        cc = rng.choice(sorted(by_country))
        country, demonym = t["countries"][cc]
        published = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
        slots = {
            "place": rng.choice(by_country[cc]), "other_place": rng.choice(by_country[cc]), "country": country,
            "demonym": demonym, "armed": rng.choice(groups), "forces": rng.choice(t["forces"]),
            "victims": rng.choice(t["victims"]), "n": rng.randint(2, 40), "m": rng.randint(2, 9),
            "weekday": WEEKDAYS[rng.randrange(7)], "year": published.year - 1, "speaker": rng.choice(t["speakers"]),
            "role": rng.choice(t["roles"]), "outlet": rng.choice(t["outlets"]),
        }
        lead = rng.randrange(len(t["leads"]))
        sentences = rng.sample(t["follow_ups"], 4) + rng.sample(t["quotes"], 2) + rng.sample(t["numbers"], 2)
        rng.shuffle(sentences)
        sentences += rng.sample(t["background"], len(t["background"]))
        paragraphs, words = [t["leads"][lead]], 0
        while words < TARGET_WORDS and sentences:
            # paragraphs of one to three sentences, so that no paragraph repeats across the corpus
            paragraph = " ".join(sentences.pop(0) for _ in range(min(len(sentences), rng.randint(1, 3))))
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        text = "\n\n".join(paragraphs).format(**slots)
        title = t["headlines"][lead].format(**slots)
        articles.append(Article(id=f"bench-{k:06d}", text=text, title=title, outlet=slots["outlet"],
                                published=published, origin=f"generated#{k}",
                                content_hash=content_hash(title + text)))
    return articles


def example_articles() -> list[Article]:
    return [a for a in read_inputs([EXAMPLES]) if isinstance(a, Article)]


def write_jsonl(articles: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "outlet": a.outlet,
                                     "published": a.published.isoformat() if a.published else None,
                                     "url": a.url}, ensure_ascii=False) + "\n")
