"""`conflictwire bench web`: latency of the web app's main views over a store of synthetic events.

The store is filled by DuckDB itself (100,000 events in a second or two): plausible dates,
countries, types, actors and coordinates, each event linked to an article with evidence spans.
Requests go through the real app in-process (FastAPI's test client), so the figures are the
server's: query, rendering and serialisation, without a network.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..store import Store

# (label, path): the views an analyst opens, with and without filters
VIEWS = (
    ("map page", "/"),
    ("map points, everything", "/api/map"),
    ("map points, one country and year", "/api/map?country=Mali&start=2023-01-01&end=2023-12-31"),
    ("timeline, weekly", "/api/timeline?unit=week"),
    ("timeline, monthly, filtered", "/api/timeline?unit=month&event_type=Battles&country=Niger"),
    ("events table page", "/events"),
    ("events table, sorted, page 40", "/events?sort=-fatalities&page=40"),
    ("events API, free-text search", "/api/events?q=Menaka&size=100"),
    ("events API, actor filter", "/api/events?actor=JNIM&size=100"),
    ("aggregates by actor", "/api/aggregates?by=actor1"),
    ("event page", "/events/{event_id}"),
    ("event API", "/api/events/{event_id}"),
)

COUNTRIES = (("Mali", 466, 12.6, -8.0, 5.0), ("Burkina Faso", 854, 12.3, -1.5, 3.0), ("Niger", 562, 13.5, 2.1, 5.0))
TYPES = (("Battles", "Armed clash", "Political violence"), ("Violence against civilians", "Attack", "Political violence"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence"),
         ("Protests", "Peaceful protest", "Demonstrations"), ("Riots", "Mob violence", "Political violence"),
         ("Strategic developments", "Looting/property destruction", "Strategic developments"))
ACTORS = ("JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Military Forces of Mali (2021-)",
          "Military Forces of Burkina Faso (2022-)", "Military Forces of Niger (2023-)", "Wagner Group",
          "Unidentified Armed Group (Mali)", "Protesters (Mali)", "Dozo Communal Militia (Mali)")
PLACES = ("Menaka", "Gao", "Kidal", "Mopti", "Djibo", "Dori", "Kaya", "Tillaberi", "Ayorou", "Diffa", "Sofara", "Bamako")


def fill(db: Path, events: int, seed: int = 11) -> None:
    """A store with `events` synthetic events, one article each, and evidence for three fields."""
    with Store(db) as store:
        q = store.db
        q.execute(f"SELECT setseed({seed / 100})")
        q.execute("CREATE TEMP TABLE c AS SELECT * FROM (VALUES " + ", ".join(
            f"({i}, '{n}', {iso}, {lat}, {lon}, {spread})" for i, (n, iso, lat, lon, spread) in enumerate(COUNTRIES))
            + ") t(k, country, iso, lat, lon, spread)")
        q.execute("CREATE TEMP TABLE ty AS SELECT * FROM (VALUES " + ", ".join(
            f"({i}, '{t}', '{s}', '{d}')" for i, (t, s, d) in enumerate(TYPES)) + ") t(k, event_type, sub_event_type, disorder_type)")
        q.execute("CREATE TEMP TABLE raw AS SELECT i, floor(random() * 3)::INT AS ck, floor(random() * 6)::INT AS tk, "
                  "floor(random() * 9)::INT AS a1, floor(random() * 9)::INT AS a2, floor(random() * 12)::INT AS pk, "
                  "DATE '2019-01-01' + floor(random() * 2190)::INT AS d, floor(-ln(random() + 1e-9) * 4)::INT AS f, "
                  "random() AS u, random() AS v FROM range(?) r(i)", [events])
        actors = "[" + ", ".join(f"'{a}'" for a in ACTORS) + "]"
        places = "[" + ", ".join(f"'{p}'" for p in PLACES) + "]"
        q.execute(f"""INSERT INTO events (event_id, event_id_cnty, event_date, year, time_precision, disorder_type,
            event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction,
            civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, longitude,
            geo_precision, source, source_scale, notes, fatalities, tags, "timestamp", confidence, status)
            SELECT printf('e%09d', i), printf('X%d', i), d, year(d), 1, ty.disorder_type, ty.event_type,
                ty.sub_event_type, {actors}[a1 + 1], '', 2, {actors}[a2 + 1], '', 1, 12, '', c.iso, 'Western Africa',
                c.country, {places}[pk + 1], '', '', {places}[pk + 1], c.lat + (u - 0.5) * c.spread,
                c.lon + (v - 0.5) * c.spread, 1, 'Sahel Wire', 'National',
                'On ' || d || ', ' || {actors}[a1 + 1] || ' attacked ' || {places}[pk + 1] || ', killing ' || f || '.',
                f, '[]', 0, 0.8, 'reported'
            FROM raw JOIN c ON c.k = raw.ck JOIN ty ON ty.k = raw.tk""")
        q.execute("""INSERT INTO articles (id, content_hash, outlet, title, published, language, origin, text)
            SELECT printf('a%09d', i), printf('h%09d', i), 'Sahel Wire', 'Report ' || i, d + 1, 'en', 'synthetic',
                'On ' || d || ', gunmen attacked the village, killing ' || f || ' people, officials said.' FROM raw""")
        q.execute("INSERT INTO event_articles SELECT printf('e%09d', i), printf('a%09d', i) FROM raw")
        q.execute("""INSERT INTO evidence SELECT printf('e%09d', i), printf('a%09d', i), field, s, e, ''
            FROM raw, (VALUES ('event_date', 3, 13), ('actor1', 15, 21), ('fatalities', 56, 58)) t(field, s, e)""")


@dataclass
class Latency:
    view: str
    path: str
    p50_ms: float
    p95_ms: float
    max_ms: float


def run_web_benchmark(events: int = 100_000, repeats: int = 30, log=print) -> tuple[list[Latency], float]:
    """(latency per view, seconds to fill the store)."""
    from fastapi.testclient import TestClient

    from ..web.app import create_app

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "web.duckdb"
        started = time.perf_counter()
        fill(db, events)
        filled = time.perf_counter() - started
        log(f"{events} synthetic events stored in {filled:.1f} s")
        out = []
        with TestClient(create_app(db)) as client:
            event_id = client.get("/api/events?size=1&page=500").json()["events"][0]["event_id"]
            for label, path in VIEWS:
                url = path.format(event_id=event_id)
                response = client.get(url)  # the first request warms caches; not counted
                if response.status_code != 200:
                    raise RuntimeError(f"{url}: {response.status_code} {response.text[:200]}")
                times = []
                for _ in range(repeats):
                    started = time.perf_counter()
                    client.get(url)
                    times.append((time.perf_counter() - started) * 1000)
                times.sort()
                out.append(Latency(label, url, statistics.median(times), times[int(0.95 * (len(times) - 1))],
                                   times[-1]))
                log(f"  {label}: p95 {out[-1].p95_ms:.0f} ms")
    return out, filled
