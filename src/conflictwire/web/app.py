"""`conflictwire serve`: a local web app and HTTP API over the store.

Read-only by default, bound to localhost. Article text and every field are untrusted: Jinja2
escapes them, and evidence highlighting escapes each piece of text it wraps. All SQL is
parameterised (see queries.py). Front-end libraries come from npm, installed by the build into
web/assets/node_modules, and are served from here: no CDN.
"""
from __future__ import annotations

import io
import json
import os
import secrets
from datetime import date, datetime, timezone
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..export.formats import event_document, event_row, geojson, write_acled_rows
from ..store import Store
from . import queries
from .queries import BadRequest, Filters

HERE = Path(__file__).resolve().parent
ASSET_PACKAGES = ("leaflet", "leaflet.markercluster", "topojson-client", "world-atlas", "swagger-ui-dist")
FIELD_COLOURS = ("actor1", "actor2", "event_type", "sub_event_type", "fatalities", "event_date", "location")


def assets_dir() -> Path:
    """Where npm installed the front-end packages (CONFLICTWIRE_ASSETS overrides)."""
    return Path(os.environ.get("CONFLICTWIRE_ASSETS", HERE / "assets" / "node_modules"))


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """The article's text, escaped, with evidence spans wrapped in <mark data-field=...>."""
    spans = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for start, end, field in spans:
        if start < pos:
            continue  # overlapping evidence: the first span keeps the words
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="ev ev-{0}" data-field="{0}" title="{0}">{1}</mark>').format(field, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def evidence_spans(events, article_id: str) -> list[tuple[int, int, str]]:
    """(start, end, field) of the words in one article that support the events' fields."""
    return [(ev.start, ev.end, ev.field) for e in events for ev in e.evidence
            if ev.article_id == article_id and ev.field != "notes"]


def web_url(url: str | None) -> str:
    """The URL if it is http(s), else nothing: an article's url is untrusted (javascript:...)."""
    return url if url and url.lower().startswith(("http://", "https://")) else ""


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def json_response(data, status: int = 200) -> Response:
    return Response(json.dumps(data, default=_json_default, ensure_ascii=False), status_code=status,
                    media_type="application/json")


def create_app(db_path: Path | str, allow_writes: bool = False, token: str | None = None) -> FastAPI:
    app = FastAPI(title="conflictwire", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Sourced, geocoded conflict events in ACLED's conventions, with their evidence, "
                              "quotes, claims and stories. Every list endpoint takes the same filters.")
    store = Store(db_path, read_only=not allow_writes)
    app.state.store = store
    app.state.token = token or (secrets.token_urlsafe(24) if allow_writes else None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["field_colours"] = FIELD_COLOURS
    templates.env.filters["web_url"] = web_url
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for package in ASSET_PACKAGES:
        folder = assets_dir() / package
        if folder.is_dir():
            app.mount(f"/assets/{package}", StaticFiles(directory=str(folder)), name=package)

    def db():
        return store.db.cursor()

    def api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        if api(request):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return templates.TemplateResponse(request, "error.html", {"message": str(exc), "filters": Filters()},
                                          status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": detail or "invalid request"}, status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if api(request):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"message": exc.detail, "filters": Filters()},
                                          status_code=exc.status_code)

    def page(request: Request, name: str, **context) -> HTMLResponse:
        filters = Filters.parse(dict(request.query_params))
        with db() as cur:
            facets = queries.facets(cur)
        return templates.TemplateResponse(request, name, {"filters": filters, "facets": facets, **context})

    # --- pages --------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        return page(request, "map.html", title="Map")

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request):
        unit = request.query_params.get("unit", "month")
        if unit not in queries.UNITS:
            raise BadRequest(f"unit must be one of {', '.join(sorted(queries.UNITS))}")
        return page(request, "timeline.html", title="Timeline", unit=unit)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request):
        params = dict(request.query_params)
        filters = Filters.parse(params)
        number, size, sort, descending = queries.page_params(params)
        with db() as cur:
            rows, total = queries.event_rows(cur, filters, number, size, sort, descending)
        return page(request, "events.html", title="Events", rows=rows, total=total, page=number, size=size,
                    sort=sort, descending=descending, pages=max(1, -(-total // size)))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        event = _event(event_id)
        articles = []
        with db() as cur:
            for article_id in event.article_ids:
                article = _article(article_id)
                spans = evidence_spans([event], article_id)
                articles.append({**article, "html": highlight(article["text"], spans),
                                 "fields": sorted({s[2] for s in spans})})
            related = _related(cur, event)
        return page(request, "event.html", title=f"{event.sub_event_type}, {event.location}", event=event,
                    row=event_row(event), articles=articles, related=related, flags=_flags(event_id))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        article = _article(article_id)
        events = _article_events(article_id)
        spans = evidence_spans(events, article_id)
        quotes = store.quotes(article_id)
        spans += [(q.start, q.end, "quote") for q in quotes]
        return page(request, "article.html", title=article["title"] or article_id, article=article, events=events,
                    html=highlight(article["text"], spans), quotes=quotes, claims=store.claims(article_id))

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request):
        with db() as cur:
            stories = _stories(cur)
        return page(request, "stories.html", title="Stories", stories=stories)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        return page(request, "story.html", title="Story", story=_story(story_id))

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request):
        q = request.query_params.get("q", "")
        return page(request, "quotes.html", title="Quotes", quotes=_quotes(q), q=q)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(request: Request):
        q = request.query_params.get("q", "")
        return page(request, "claims.html", title="Claims", claims=_claims(q), q=q)

    @app.get("/api/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/api/openapi.json", title="conflictwire API",
                                   swagger_js_url="/assets/swagger-ui-dist/swagger-ui-bundle.js",
                                   swagger_css_url="/assets/swagger-ui-dist/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    # --- API ----------------------------------------------------------------------------------
    @app.get("/api/events", summary="Events matching the filters, paged; JSON, ACLED CSV or GeoJSON")
    def api_events(request: Request, format: str = "json"):
        params = dict(request.query_params)
        filters = Filters.parse(params)
        number, size, sort, descending = queries.page_params(params)
        if format not in ("json", "csv", "geojson"):
            raise BadRequest("format must be json, csv or geojson")
        if format != "json":  # downloads take the whole filter, not one page
            events = list(store.iter_events(*filters.where(), with_evidence=False))
            if format == "csv":
                buffer = io.StringIO()
                write_acled_rows(events, buffer)
                return Response(buffer.getvalue(), media_type="text/csv",
                                headers={"Content-Disposition": 'attachment; filename="events.csv"'})
            return Response(json.dumps(geojson(events), default=_json_default), media_type="application/geo+json",
                            headers={"Content-Disposition": 'attachment; filename="events.geojson"'})
        with db() as cur:
            rows, total = queries.event_rows(cur, filters, number, size, sort, descending)
        return json_response({"total": total, "page": number, "size": size, "events": rows})

    @app.get("/api/events/{event_id}", summary="One event with its evidence")
    def api_event(event_id: str):
        return json_response({**event_document(_event(event_id)), "flags": _flags(event_id)})

    @app.get("/api/map", summary="Points for the map: events, or a grid of counts when there are many")
    def api_map(request: Request):
        with db() as cur:
            return json_response(queries.map_points(cur, Filters.parse(dict(request.query_params))))

    @app.get("/api/timeline", summary="Events and fatalities per day, week, month or year, by event type")
    def api_timeline(request: Request, unit: str = "month"):
        with db() as cur:
            return json_response(queries.timeline(cur, Filters.parse(dict(request.query_params)), unit))

    @app.get("/api/aggregates", summary="Events and fatalities grouped by a field")
    def api_aggregates(request: Request, by: str = "event_type"):
        with db() as cur:
            return json_response(queries.aggregate(cur, Filters.parse(dict(request.query_params)), by))

    @app.get("/api/facets", summary="The values the filters can take")
    def api_facets():
        with db() as cur:
            return json_response(queries.facets(cur))

    @app.get("/api/articles", summary="Articles, newest first, paged")
    def api_articles(page: int = 1, size: int = 50, q: str = ""):
        queries.check_page(page, size)
        q = queries.search_words(q)
        match = "title ILIKE ? OR text ILIKE ?"
        with db() as cur:
            total = cur.execute(f"SELECT count(*) FROM articles WHERE {match}", [f"%{q}%"] * 2).fetchone()[0]
            rows = cur.execute(f"SELECT id, title, outlet, published, url, story_id, copy_of FROM articles "
                               f"WHERE {match} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                               [f"%{q}%", f"%{q}%", size, (page - 1) * size]).fetchall()
        keys = ("id", "title", "outlet", "published", "url", "story_id", "copy_of")
        return json_response({"total": total, "page": page, "size": size,
                              "articles": [dict(zip(keys, r)) for r in rows]})

    @app.get("/api/articles/{article_id:path}", summary="One article with its text, events, quotes and claims")
    def api_article(article_id: str):
        article = _article(article_id)
        events = [event_row(e) for e in _article_events(article_id, with_evidence=False)]
        return json_response({**article, "events": events, "quotes": [_slots(q) for q in store.quotes(article_id)],
                              "claims": [_slots(c) for c in store.claims(article_id)]})

    @app.get("/api/stories", summary="Stories: articles of several outlets about one development")
    def api_stories():
        with db() as cur:
            return json_response(_stories(cur))

    @app.get("/api/stories/{story_id}", summary="One story, outlet by outlet")
    def api_story(story_id: str):
        return json_response(_story(story_id, html=False))

    @app.get("/api/quotes", summary="Quotes, searchable by speaker or words")
    def api_quotes(q: str = ""):
        return json_response(_quotes(q))

    @app.get("/api/claims", summary="Statistical claims, searchable")
    def api_claims(q: str = ""):
        return json_response(_claims(q))

    @app.post("/api/events/{event_id}/flags", summary="Flag an event for review (needs --allow-writes and the token)")
    async def api_flag(event_id: str, request: Request):
        if not allow_writes:
            raise HTTPException(405, "this server is read-only; start it with --allow-writes")
        if not secrets.compare_digest(request.headers.get("authorization", ""), f"Bearer {app.state.token}"):
            raise HTTPException(401, "a write needs 'Authorization: Bearer <token>'")
        _event(event_id)
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise BadRequest("the body must be a JSON object: {\"flag\": \"...\", \"note\": \"...\"}")
        flag, note = str(body.get("flag", "")).strip(), str(body.get("note", "")).strip()
        if flag not in ("reviewed", "wrong", "duplicate", "needs-check"):
            raise BadRequest("flag must be reviewed, wrong, duplicate or needs-check")
        store.db.execute("INSERT INTO event_flags VALUES (?, ?, ?, ?)",
                         [event_id, flag, note[:2000], datetime.now(timezone.utc).replace(tzinfo=None)])
        return json_response({"event_id": event_id, "flag": flag}, status=201)

    # --- helpers ------------------------------------------------------------------------------
    def _event(event_id: str):
        events = list(store.iter_events("e.event_id = ?", [event_id]))
        if not events:
            raise HTTPException(404, f"no event {event_id!r}")
        return events[0]

    def _article_events(article_id: str, with_evidence: bool = True) -> list:
        return list(store.iter_events("e.event_id IN (SELECT event_id FROM event_articles WHERE article_id = ?)",
                                      [article_id], with_evidence=with_evidence))

    def _flags(event_id: str) -> list[dict]:
        with db() as cur:
            rows = cur.execute("SELECT flag, note FROM event_flags WHERE event_id = ? ORDER BY created_at",
                               [event_id]).fetchall()
        return [{"flag": flag, "note": note} for flag, note in rows]

    def _article(article_id: str) -> dict:
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return article

    def _related(cur, event) -> list:
        if event.latitude is None or event.event_date is None:
            return []
        rows = cur.execute(
            "SELECT event_id, event_date, sub_event_type, location, actor1, fatalities FROM events "
            "WHERE event_id <> ? AND event_date BETWEEN ? - INTERVAL 7 DAY AND ? + INTERVAL 7 DAY "
            "AND abs(latitude - ?) < 0.5 AND abs(longitude - ?) < 0.5 ORDER BY event_date LIMIT 20",
            [event.event_id, event.event_date, event.event_date, event.latitude, event.longitude]).fetchall()
        keys = ("event_id", "event_date", "sub_event_type", "location", "actor1", "fatalities")
        return [dict(zip(keys, r)) for r in rows]

    def _stories(cur) -> list[dict]:
        rows = cur.execute("SELECT s.story_id, s.title, count(a.id), string_agg(DISTINCT a.outlet, '; '), "
                           "min(a.published), max(a.published) FROM stories s JOIN articles a USING (story_id) "
                           "GROUP BY ALL ORDER BY max(a.published) DESC NULLS LAST, s.story_id").fetchall()
        keys = ("story_id", "title", "articles", "outlets", "first", "last")
        return [dict(zip(keys, r)) for r in rows]

    def _story(story_id: str, html: bool = True) -> dict:
        with db() as cur:
            head = cur.execute("SELECT title FROM stories WHERE story_id = ?", [story_id]).fetchone()
            if head is None:
                raise HTTPException(404, f"no story {story_id!r}")
            ids = [r[0] for r in cur.execute("SELECT id FROM articles WHERE story_id = ? ORDER BY published, id",
                                             [story_id]).fetchall()]
        columns, everything = [], {}
        for article_id in ids:
            article = store.article(article_id)
            events = []
            for event in _article_events(article_id):
                row = everything.setdefault(event.event_id, event_row(event))
                # the merged event keeps one death toll; each outlet's own words for it are shown beside
                said = [ev.text for ev in event.evidence if ev.article_id == article_id and ev.field == "fatalities"]
                events.append({**row, "fatalities_said": said[0] if said else ""})
            columns.append({"article": {k: v for k, v in article.items() if k != "text" or not html},
                            "events": events,
                            "quotes": [_slots(q) for q in store.quotes(article_id)],
                            "claims": [_slots(c) for c in store.claims(article_id)]})
        for c in columns:  # what each outlet leaves out that the others report
            own = {e["event_id"] for e in c["events"]}
            c["missing"] = [row for event_id, row in everything.items() if event_id not in own]
        return {"story_id": story_id, "title": head[0], "articles": columns}

    def _search(q: str, sql: str, keys: tuple[str, ...]) -> list[dict]:
        """Rows of a search whose three ILIKE parameters all take the user's words."""
        with db() as cur:
            rows = cur.execute(sql, [f"%{queries.search_words(q)}%"] * 3).fetchall()
        return [dict(zip(keys, r)) for r in rows]

    def _quotes(q: str) -> list[dict]:
        return _search(q, "SELECT q.quote_id, q.article_id, q.speaker, q.role, q.text, q.kind, a.outlet, a.published "
                          "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker ILIKE ? "
                          "OR q.text ILIKE ? OR q.role ILIKE ? ORDER BY a.published DESC NULLS LAST LIMIT 500",
                       ("quote_id", "article_id", "speaker", "role", "text", "kind", "outlet", "published"))

    def _claims(q: str) -> list[dict]:
        return _search(q, "SELECT c.claim_id, c.article_id, c.value, c.unit, c.counted, c.period, c.place, "
                          "c.attributed_to, c.text, c.aggregate, a.outlet FROM claims c JOIN articles a "
                          "ON a.id = c.article_id WHERE c.counted ILIKE ? OR c.text ILIKE ? OR c.attributed_to "
                          "ILIKE ? ORDER BY c.value DESC LIMIT 500",
                       ("claim_id", "article_id", "value", "unit", "counted", "period", "place", "attributed_to",
                        "text", "aggregate", "outlet"))

    return app


def _slots(obj) -> dict:
    return {k: getattr(obj, k) for k in obj.__slots__}
