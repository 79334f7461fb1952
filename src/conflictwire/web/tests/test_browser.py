"""The real pages in headless Chromium (Debian's `chromium`, driven by Playwright for Python).

Screenshots go to test-output/screenshots/ at the repository's root (CONFLICTWIRE_TEST_OUTPUT
overrides). Skips where Chromium or Playwright is missing, unless CONFLICTWIRE_REQUIRE_BROWSER=1
(CI), where that is an error.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from conflictwire.web.app import assets_dir, create_app

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CONFLICTWIRE_CHROMIUM", "/usr/bin/chromium")
OUTPUT = Path(os.environ.get("CONFLICTWIRE_TEST_OUTPUT", Path(__file__).resolve().parents[4] / "test-output"))


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"Chromium not found at {CHROMIUM} (apt install chromium)"
    if not (assets_dir() / "leaflet").is_dir():
        return f"front-end packages not installed in {assets_dir()} (make web-assets)"
    return None


@pytest.fixture(scope="module")
def server(web_store):
    reason = _missing()
    if reason:
        if os.environ.get("CONFLICTWIRE_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + "; CONFLICTWIRE_REQUIRE_BROWSER=1 makes this an error")
        pytest.skip(reason)
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    web = uvicorn.Server(uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not web.started:
        if time.monotonic() > deadline:
            pytest.fail("the web server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                                     args=["--no-sandbox", "--disable-gpu", "--headless"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    """A page that may only talk to our server: anything else (a CDN, a tile server) is recorded
    and refused, as it would be with the network off. JavaScript errors are recorded too."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.outside, page.errors = [], []

    def route(r):
        if r.request.url.startswith(server):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    assert not page.outside, f"the page asked for outside resources: {page.outside}"
    assert not page.errors, f"JavaScript errors: {page.errors}"
    context.close()


def shot(page, name: str) -> Path:
    folder = OUTPUT / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_map_shows_the_example_corpus_as_markers_over_local_boundaries(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#map[data-markers]")
    page.wait_for_selector("#map[data-boundaries='loaded']")
    total = int(page.inner_text("#count").split()[0])
    assert total >= 10
    assert int(page.get_attribute("#map", "data-markers")) == total
    # dense places become clusters; the rest are circle markers drawn on the canvas
    assert page.locator(".marker-cluster").count() + page.locator(".leaflet-overlay-pane canvas").count() > 0
    shot(page, "map")

    page.goto(server + "/?country=Niger")
    page.wait_for_selector("#map[data-markers]")
    assert 0 < int(page.get_attribute("#map", "data-markers")) < total
    shot(page, "map-niger")


def test_filtering_by_country_changes_the_table_and_keeps_the_filter_in_the_url(page, server):
    page.goto(server + "/events")
    everything = page.locator("#events tbody tr").count()
    countries = set(page.locator("#events tbody td.country").all_inner_texts())
    assert everything >= 10 and {"Mali", "Niger", "Burkina Faso"} <= countries

    page.select_option("select[name=country]", "Niger")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert "country=Niger" in page.url
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < everything
    assert set(page.locator("#events tbody td.country").all_inner_texts()) == {"Niger"}
    assert page.inner_text("#total").startswith(f"{rows.count()} ")
    shot(page, "events-niger")

    with page.expect_navigation():  # the filter follows to the other views
        page.click("nav a:has-text('Map')")
    assert "country=Niger" in page.url


def test_an_event_page_highlights_the_evidence_in_its_sources(page, server):
    page.goto(server + "/events?q=Tamou")
    with page.expect_navigation():
        page.locator("#events tbody tr a").first.click()
    page.wait_for_selector("article.source")
    marks = page.locator("article.source mark.ev")
    fields = {marks.nth(i).get_attribute("data-field") for i in range(marks.count())}
    assert {"event_type", "location", "fatalities"} <= fields
    assert "Tamou" in page.locator("article.source mark.ev[data-field=location]").all_inner_texts()
    shot(page, "event")


def test_timeline_draws_bars(page, server):
    page.goto(server + "/timeline?unit=month")
    page.wait_for_selector("#timeline[data-periods]")
    assert int(page.get_attribute("#timeline", "data-periods")) > 0
    assert page.locator("#timeline svg rect").count() > 0
    shot(page, "timeline")


def test_script_in_an_article_never_runs(page, server):
    page.goto(server + "/events?outlet=Evil")
    with page.expect_navigation():
        page.locator("#events tbody tr a").first.click()
    page.goto(server + "/?q=Djibo")
    page.wait_for_selector("#map[data-markers]")
    assert page.evaluate("window.__pwned") is None
    page.goto(server + "/articles/hostile-1")
    assert "window.__pwned = 3" in page.inner_text("article")
    assert page.evaluate("window.__pwned") is None
    shot(page, "hostile-article")


def test_story_and_quotes_pages(page, server):
    page.goto(server + "/stories")
    shared = page.locator("#stories tbody tr").filter(has=page.locator("td.articles:not(:text-is('1'))"))
    with page.expect_navigation():
        shared.first.locator("a").click()
    assert page.locator("section.outlet").count() >= 2
    assert page.locator("section.outlet h3").count() >= 2
    shot(page, "story")
    page.goto(server + "/quotes")
    shot(page, "quotes")
