import csv
import io

import pytest
from fastapi.testclient import TestClient

from conflictwire.records import EVENT_COLUMNS
from conflictwire.web.app import create_app, highlight


@pytest.fixture(scope="module")
def client(web_store):
    with TestClient(create_app(web_store)) as c:
        yield c


def events(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_are_paged_filtered_and_sorted(client):
    everything = events(client, size=500)
    assert everything["total"] == len(everything["events"]) >= 10
    assert {e["country"] for e in everything["events"]} >= {"Mali", "Burkina Faso", "Niger"}

    first, second = events(client, size=3, page=1), events(client, size=3, page=2)
    assert len(first["events"]) == 3 and first["total"] == everything["total"]
    assert not {e["event_id"] for e in first["events"]} & {e["event_id"] for e in second["events"]}

    niger = events(client, country="Niger", size=500)
    assert niger["total"] == sum(e["country"] == "Niger" for e in everything["events"]) > 0
    assert all(e["country"] == "Niger" for e in niger["events"])

    by_deaths = [e["fatalities"] for e in events(client, sort="-fatalities", size=500)["events"]]
    assert by_deaths == sorted(by_deaths, reverse=True)

    june = events(client, start="2024-06-01", end="2024-06-30", size=500)["events"]
    assert june and all("2024-06-01" <= e["event_date"] <= "2024-06-30" for e in june)

    battles = events(client, event_type="Battles", size=500)["events"]
    assert battles and {e["event_type"] for e in battles} == {"Battles"}
    assert all("Military Forces of Niger" in (e["actor1"] + e["actor2"])
               for e in events(client, actor="forces of niger", size=500)["events"])
    assert events(client, outlet="Sahel Wire", size=500)["total"] > 0
    assert events(client, q="Bamako", size=500)["total"] > 0
    assert events(client, q="no such words anywhere", size=500)["total"] == 0


def test_event_by_id_carries_its_evidence_and_sources(client):
    event_id = events(client, q="Tamou")["events"][0]["event_id"]
    event = client.get(f"/api/events/{event_id}").json()
    assert event["location"] == "Tamou" and event["fatalities"] > 0
    fields = {ev["field"] for ev in event["evidence"]}
    assert {"event_type", "location", "fatalities"} <= fields
    assert event["article_ids"]
    assert client.get("/api/events/nope").status_code == 404


def test_downloads_cover_the_whole_filter_as_acled_csv_and_geojson(client):
    total = events(client, country="Mali")["total"]
    response = client.get("/api/events", params={"country": "Mali", "format": "csv", "size": 1})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and list(rows[0]) == list(EVENT_COLUMNS)
    geo = client.get("/api/events", params={"country": "Mali", "format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) <= total
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])


def test_map_timeline_aggregates_and_facets(client):
    points = client.get("/api/map").json()
    assert points["mode"] == "events" and points["total"] == len(points["points"]) > 0
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points["points"])

    months = client.get("/api/timeline", params={"unit": "month"}).json()
    assert months and sum(r["events"] for r in months) <= events(client)["total"]
    weeks = client.get("/api/timeline", params={"unit": "week", "country": "Niger"}).json()
    assert sum(r["events"] for r in weeks) == sum(r["events"] for r in
                                                   client.get("/api/timeline", params={"unit": "year", "country": "Niger"}).json())

    by_country = client.get("/api/aggregates", params={"by": "country"}).json()
    assert sum(r["events"] for r in by_country) == events(client)["total"]
    facets = client.get("/api/facets").json()
    assert "Mali" in facets["country"] and "Battles" in facets["event_type"]


def test_articles_stories_quotes_and_claims(client):
    articles = client.get("/api/articles", params={"size": 100}).json()
    ids = {a["id"] for a in articles["articles"]}
    assert "hostile-1" in ids and articles["total"] == len(ids)
    article = client.get("/api/articles/hostile-1").json()
    assert "gunmen attacked" in article["text"] and article["events"]
    assert client.get("/api/articles/nope").status_code == 404

    stories = client.get("/api/stories").json()
    story = next(s for s in stories if s["articles"] > 1)
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert len(detail["articles"]) == story["articles"]
    assert all("missing" in column and "events" in column for column in detail["articles"])

    assert isinstance(client.get("/api/quotes", params={"q": "said"}).json(), list)
    assert isinstance(client.get("/api/claims").json(), list)


@pytest.mark.parametrize("path, params, message", [
    ("/api/events", {"start": "last tuesday"}, "start must be a date"),
    ("/api/events", {"start": "2024-06-30", "end": "2024-06-01"}, "start is after end"),
    ("/api/events", {"page": "0"}, "page starts at 1"),
    ("/api/events", {"size": "100000"}, "size is between"),
    ("/api/events", {"size": "many"}, "whole numbers"),
    ("/api/events", {"sort": "notes; DROP TABLE events"}, "sort must be one of"),
    ("/api/events", {"format": "xml"}, "format must be"),
    ("/api/events", {"status": "secret"}, "status must be"),
    ("/api/events", {"country": "x" * 300}, "too long"),
    ("/api/timeline", {"unit": "fortnight"}, "unit must be one of"),
    ("/api/aggregates", {"by": "notes"}, "by must be one of"),
    ("/api/articles", {"size": "0"}, "size is between"),
    ("/api/articles", {"page": "one"}, "page"),
    ("/api/quotes", {"q": "q" * 300}, "too long"),
])
def test_bad_parameters_get_400_with_a_clear_message(client, path, params, message):
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_bad_filters_on_pages_get_an_error_page(client):
    response = client.get("/events", params={"start": "yesterday"})
    assert response.status_code == 400 and "start must be a date" in response.text


def test_script_in_article_text_is_escaped_everywhere(client):
    event_id = events(client, outlet="Evil")["events"][0]["event_id"]
    for path in (f"/events/{event_id}", "/articles/hostile-1", "/events?outlet=Evil", "/stories"):
        html = client.get(path).text
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html, path
    page = client.get("/articles/hostile-1").text
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page


def test_highlight_escapes_inside_and_outside_the_marks():
    text = "<b>Gunmen</b> killed 5 <i>civilians</i>"
    html = str(highlight(text, [(3, 9, "actor1"), (21, 22, "fatalities"), (5, 12, "actor2")]))
    assert html.startswith("&lt;b&gt;")
    assert '<mark class="ev ev-actor1" data-field="actor1" title="actor1">Gunmen</mark>' in html
    assert '<mark class="ev ev-fatalities" data-field="fatalities" title="fatalities">5</mark>' in html
    assert "actor2" not in html  # overlaps actor1's span, which keeps the words
    assert "<i>" not in html and "&lt;i&gt;civilians&lt;/i&gt;" in html


def test_openapi_lists_every_endpoint_and_docs_are_served_locally(client):
    schema = client.get("/api/openapi.json").json()
    assert set(schema["paths"]) >= {"/api/events", "/api/events/{event_id}", "/api/map", "/api/timeline",
                                    "/api/aggregates", "/api/facets", "/api/articles", "/api/articles/{article_id}",
                                    "/api/stories", "/api/stories/{story_id}", "/api/quotes", "/api/claims",
                                    "/api/events/{event_id}/flags"}
    docs = client.get("/api/docs").text
    assert "/assets/swagger-ui-dist/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_pages_render(client):
    for path in ("/", "/timeline?unit=week", "/events", "/stories", "/quotes?q=a", "/claims", "/articles/hostile-1"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<title>" in response.text


def test_the_server_is_read_only_by_default(client):
    event_id = events(client)["events"][0]["event_id"]
    response = client.post(f"/api/events/{event_id}/flags", json={"flag": "wrong"})
    assert response.status_code == 405 and "read-only" in response.json()["error"]


def test_flags_need_writes_enabled_and_the_token(web_store, tmp_path):
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(web_store, db)
    with TestClient(create_app(db, allow_writes=True, token="s3cret")) as writer:
        event_id = writer.get("/api/events").json()["events"][0]["event_id"]
        url = f"/api/events/{event_id}/flags"
        assert writer.post(url, json={"flag": "wrong"}).status_code == 401
        assert writer.post(url, json={"flag": "wrong"}, headers={"Authorization": "Bearer nope"}).status_code == 401
        auth = {"Authorization": "Bearer s3cret"}
        assert writer.post(url, json={"flag": "bogus"}, headers=auth).status_code == 400
        assert writer.post(url, content=b"not json", headers=auth).status_code == 400
        assert writer.post("/api/events/nope/flags", json={"flag": "wrong"}, headers=auth).status_code == 404
        response = writer.post(url, json={"flag": "wrong", "note": "actor is the army"}, headers=auth)
        assert response.status_code == 201
        assert writer.get(f"/api/events/{event_id}").json()["flags"] == [{"flag": "wrong", "note": "actor is the army"}]
