"""Filters shared by every view and API endpoint, turned into parameterised SQL over the store.

No user text is ever formatted into SQL: values go in as parameters; sort columns and
aggregation units come from fixed lists.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date

from ..store import EVENT_FIELDS

SORTABLE = {"event_date", "fatalities", "country", "admin1", "location", "event_type", "sub_event_type", "actor1",
            "actor2", "confidence", "source"}
UNITS = {"week", "month", "year", "day"}
GROUPS = {"event_type", "sub_event_type", "country", "admin1", "actor1", "source", "disorder_type", "status"}
MAX_PAGE_SIZE = 500


MAX_TEXT = 200  # characters of a free-text parameter


class BadRequest(ValueError):
    """A parameter a user can fix; the message says how."""


def search_words(q: str, name: str = "q") -> str:
    if len(q) > MAX_TEXT:
        raise BadRequest(f"{name} is too long ({MAX_TEXT} characters at most)")
    return q


@dataclass(frozen=True)
class Filters:
    start: date | None = None
    end: date | None = None
    country: str = ""
    admin1: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor: str = ""
    outlet: str = ""
    q: str = ""
    status: str = "reported"  # reported, background or all
    story: str = ""

    @classmethod
    def parse(cls, params: dict[str, str]) -> "Filters":
        """From query parameters; raises BadRequest with a clear message."""
        values: dict = {}
        for f in fields(cls):
            raw = (params.get(f.name) or "").strip()
            if not raw:
                continue
            if f.name in ("start", "end"):
                try:
                    values[f.name] = date.fromisoformat(raw)
                except ValueError:
                    raise BadRequest(f"{f.name} must be a date as YYYY-MM-DD, not {raw!r}") from None
            else:
                values[f.name] = search_words(raw, f.name)
        if values.get("status", "reported") not in ("reported", "background", "all"):
            raise BadRequest("status must be reported, background or all")
        if values.get("start") and values.get("end") and values["start"] > values["end"]:
            raise BadRequest("start is after end")
        return cls(**values)

    def query_string(self, **override) -> str:
        from urllib.parse import urlencode

        data = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}
        data.update(override)
        return urlencode({k: v for k, v in data.items() if v not in ("", None) and not (k == "status" and v == "reported")})

    def where(self, alias: str = "e") -> tuple[str, list]:
        clauses, params = [], []
        if self.start:
            clauses.append(f"{alias}.event_date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append(f"{alias}.event_date <= ?")
            params.append(self.end)
        for name in ("country", "admin1", "event_type", "sub_event_type"):
            value = getattr(self, name)
            if value:
                clauses.append(f"{alias}.{name} = ?")
                params.append(value)
        if self.actor:
            clauses.append(f"({alias}.actor1 ILIKE ? OR {alias}.actor2 ILIKE ? OR {alias}.assoc_actor_1 ILIKE ? "
                           f"OR {alias}.assoc_actor_2 ILIKE ?)")
            params += [f"%{self.actor}%"] * 4
        if self.outlet:
            clauses.append(f"{alias}.source ILIKE ?")
            params.append(f"%{self.outlet}%")
        if self.q:
            clauses.append(f"({alias}.notes ILIKE ? OR {alias}.location ILIKE ? OR {alias}.actor1 ILIKE ? "
                           f"OR {alias}.actor2 ILIKE ?)")
            params += [f"%{self.q}%"] * 4
        if self.status != "all":
            clauses.append(f"{alias}.status = ?")
            params.append(self.status)
        if self.story:
            clauses.append(f"{alias}.event_id IN (SELECT l.event_id FROM event_articles l JOIN articles a "
                           f"ON a.id = l.article_id WHERE a.story_id = ?)")
            params.append(self.story)
        return (" AND ".join(clauses) or "TRUE"), params


def check_page(page: int, size: int) -> None:
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        raise BadRequest(f"page starts at 1; size is between 1 and {MAX_PAGE_SIZE}")


def page_params(params: dict[str, str]) -> tuple[int, int, str, bool]:
    try:
        page = int(params.get("page") or 1)
        size = int(params.get("size") or 50)
    except ValueError:
        raise BadRequest("page and size must be whole numbers") from None
    check_page(page, size)
    sort = params.get("sort") or "-event_date"
    descending = sort.startswith("-")
    column = sort.lstrip("-")
    if column not in SORTABLE:
        raise BadRequest(f"sort must be one of {', '.join(sorted(SORTABLE))} (with - for descending)")
    return page, size, column, descending


def event_rows(db, filters: Filters, page: int = 1, size: int = 50, sort: str = "event_date",
               descending: bool = True) -> tuple[list[dict], int]:
    where, params = filters.where()
    total = db.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
    order = f"e.{sort} {'DESC' if descending else 'ASC'} NULLS LAST, e.event_id"
    columns = ", ".join(f'e."{c}"' for c in EVENT_FIELDS)
    rows = db.execute(f"SELECT {columns} FROM events e WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                      params + [size, (page - 1) * size]).fetchall()
    # the page's sources in a second query: a join before the LIMIT would visit every match
    ids = [r[0] for r in rows]
    sources = dict(db.execute("SELECT event_id, string_agg(article_id, ';' ORDER BY article_id) FROM event_articles "
                              "WHERE event_id IN (SELECT unnest(?)) GROUP BY 1", [ids]).fetchall()) if ids else {}
    rows = [(*r, sources.get(r[0], "")) for r in rows]
    return [dict(zip(EVENT_FIELDS + ("article_ids",), r)) for r in rows], total


MAP_POINTS = 4000  # above this many events the map gets a grid of counts, not one marker each


def map_points(db, filters: Filters) -> dict:
    where, params = filters.where()
    total = db.execute(f"SELECT count(*) FROM events e WHERE {where} AND e.latitude IS NOT NULL", params).fetchone()[0]
    if total <= MAP_POINTS:
        rows = db.execute(f"SELECT e.event_id, e.latitude, e.longitude, e.event_type, e.sub_event_type, e.fatalities, "
                          f"e.event_date, e.location, e.actor1, e.actor2 FROM events e "
                          f"WHERE {where} AND e.latitude IS NOT NULL", params).fetchall()
        keys = ("event_id", "lat", "lon", "event_type", "sub_event_type", "fatalities", "event_date", "location",
                "actor1", "actor2")
        return {"mode": "events", "total": total, "points": [dict(zip(keys, r)) for r in rows]}
    # a grid whose cell shrinks as the filter narrows: aggregation in DuckDB, a few thousand cells
    step = 0.5 if total > 50_000 else 0.25
    rows = db.execute(f"SELECT round(e.latitude / ? ) * ? AS lat, round(e.longitude / ?) * ? AS lon, count(*), "
                      f"sum(e.fatalities), mode(e.event_type) FROM events e WHERE {where} AND e.latitude IS NOT NULL "
                      f"GROUP BY 1, 2", [step, step, step, step] + params).fetchall()
    return {"mode": "grid", "total": total, "step": step,
            "points": [{"lat": r[0], "lon": r[1], "count": r[2], "fatalities": r[3], "event_type": r[4]} for r in rows]}


def timeline(db, filters: Filters, unit: str = "month") -> list[dict]:
    if unit not in UNITS:
        raise BadRequest(f"unit must be one of {', '.join(sorted(UNITS))}")
    where, params = filters.where()
    rows = db.execute(f"SELECT date_trunc('{unit}', e.event_date) AS period, e.event_type, count(*), sum(e.fatalities) "
                      f"FROM events e WHERE {where} AND e.event_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
                      params).fetchall()
    return [{"period": r[0].isoformat(), "event_type": r[1], "events": r[2], "fatalities": int(r[3] or 0)} for r in rows]


def aggregate(db, filters: Filters, by: str) -> list[dict]:
    if by not in GROUPS:
        raise BadRequest(f"by must be one of {', '.join(sorted(GROUPS))}")
    where, params = filters.where()
    rows = db.execute(f"SELECT e.{by}, count(*), sum(e.fatalities) FROM events e WHERE {where} "
                      f"GROUP BY 1 ORDER BY 2 DESC LIMIT 200", params).fetchall()
    return [{by: r[0], "events": r[1], "fatalities": int(r[2] or 0)} for r in rows]


def facets(db) -> dict[str, list[str]]:
    """The values the filter menus offer."""
    out = {}
    for column in ("country", "event_type", "sub_event_type", "admin1"):
        out[column] = [r[0] for r in db.execute(f"SELECT DISTINCT {column} FROM events WHERE {column} <> '' "
                                                f"ORDER BY 1").fetchall()]
    return out
