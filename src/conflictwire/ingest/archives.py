"""Readers for news archives (WARC, as in CC-NEWS) and RSS/Atom feed files, read as streams."""
from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from ..records import Article, InputError, content_hash
from .readers import MAX_FILE_BYTES, UnreadableInput, decode


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """HTML response records of a WARC file, one Article each (text extracted by the cleaner)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    with path.open("rb") as stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response":
                    continue
                headers = record.http_headers
                mime = (headers.get_header("Content-Type") or "") if headers else ""
                if "html" not in mime.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                origin = f"{path}#{number}"
                try:
                    payload = record.content_stream().read(MAX_FILE_BYTES + 1)
                    if len(payload) > MAX_FILE_BYTES:
                        raise UnreadableInput("record too large")
                    if getattr(record.raw_stream, "limit", 0) > 0:  # bytes the record declares but lacks
                        raise UnreadableInput("the archive ends inside this record (truncated file)")
                    html = decode(payload)
                except UnreadableInput as exc:
                    yield InputError(origin, str(exc))
                    continue
                digest = content_hash(html)
                found += 1
                yield Article(id=digest[:16], text=html, url=uri, origin=origin,
                              content_hash=digest, format="html")
        except ArchiveLoadFailed as exc:
            yield InputError(str(path), f"not a readable WARC archive: {exc}")
            return
    if not found:
        yield InputError(str(path), "no HTML response records in the archive")


def _entry_date(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)


def read_feed(path: Path) -> Iterator[Article | InputError]:
    """Entries of an RSS or Atom file; an entry's full content when present, else its summary."""
    import feedparser

    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableInput("file too large")
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise UnreadableInput(f"not a readable RSS/Atom feed: {feed.get('bozo_exception', 'parse error')}")
    outlet = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, start=1):
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        origin = f"{path}#{number}"
        if not body.strip():
            yield InputError(origin, "feed entry has no text")
            continue
        stamp = _entry_date(entry)
        digest = content_hash(body)
        is_html = "<" in body and ">" in body
        yield Article(
            id=entry.get("id") or digest[:16], text=body, title=entry.get("title", ""),
            url=entry.get("link", ""), outlet=outlet, published=stamp.date() if stamp else None,
            origin=origin, content_hash=digest, format="html" if is_html else "text",
        )
