import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conflictwire.ingest import read_inputs
from conflictwire.records import Article, InputError

PAGE = ("<html><head><title>Attack near Gao</title></head><body><article><p>Unidentified gunmen attacked "
        "a market near Gao on Monday, killing two traders, local officials said.</p></article></body></html>")


def write_warc(path, pages):
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
        # a non-HTML record is skipped
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x/img.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=headers))


def test_warc_html_records_become_articles(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", [("https://example.org/a", PAGE), ("https://example.org/b", PAGE + " ")])
    items = list(read_inputs([tmp_path / "crawl.warc.gz"]))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.url for a in articles] == ["https://example.org/a", "https://example.org/b"]
    assert all(a.format == "html" for a in articles)


def test_broken_warc_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "broken.warc").write_bytes(b"this is not a warc file at all")
    items = list(read_inputs([tmp_path / "broken.warc"]))
    assert any(isinstance(i, InputError) for i in items)


def test_rss_feed_entries(tmp_path):
    (tmp_path / "feed.rss").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Wire</title>
        <item><title>Clash in Menaka</title><link>https://ex.org/1</link><pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate>
        <description>Soldiers clashed with militants near Menaka on Sunday.</description></item>
        <item><title>Empty</title><link>https://ex.org/2</link><description></description></item>
        </channel></rss>""", encoding="utf-8")
    items = list(read_inputs([tmp_path / "feed.rss"]))
    article = next(i for i in items if isinstance(i, Article))
    assert article.outlet == "Sahel Wire" and article.published.isoformat() == "2024-06-03"
    assert any(isinstance(i, InputError) and "no text" in i.reason for i in items)
