"""Read input files into Article records; a file that cannot be read becomes an InputError.

Formats: .html/.htm (text extracted later by the cleaner), .txt,
.jsonl (news-please / crawler records), .warc/.warc.gz (news crawls) and .xml/.rss/.atom feeds.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from charset_normalizer import from_bytes

from ..records import Article, InputError, content_hash

MAX_FILE_BYTES = 50 * 1024 * 1024  # one article page is never this large
MAX_LINE_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# JSONL field names accepted for each Article field, first present wins (DESIGN: input contract).
JSONL_FIELDS = {
    "text": ("text", "maintext", "content", "body"),
    "outlet": ("outlet", "source", "source_domain"),
    "published": ("published", "date_publish", "date", "published_at"),
    "title": ("title",),
    "url": ("url",),
    "language": ("language", "lang"),
}


class UnreadableInput(ValueError):
    """Raised with a message a user can act on."""


def input_kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return None


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Every readable file under the given files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, then the detected encoding."""
    if not data.strip():
        raise UnreadableInput("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableInput("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise UnreadableInput("unknown text encoding (binary file?)")
    return data.decode(best.encoding, errors="replace")


def parse_date(value: object) -> date | None:
    """An ISO 8601 date or datetime (as crawlers write them) to a date; None if absent or bad."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return datetime.utcfromtimestamp(value).date()
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return None


def read_text_file(path: Path, kind: str) -> Article:
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableInput(f"file too large ({len(data) // 1_000_000} MB > {MAX_FILE_BYTES // 1_000_000} MB)")
    text = decode(data)
    digest = content_hash(text)
    return Article(id=digest[:16], text=text, origin=str(path), content_hash=digest, format=kind)


def first_field(record: dict, name: str) -> str:
    for key in JSONL_FIELDS[name]:
        value = record.get(key)
        if value not in (None, ""):
            return value if isinstance(value, str) else str(value)
    return ""


def article_from_record(record: dict, origin: str) -> Article:
    """One JSONL / crawler record to an Article."""
    if not isinstance(record, dict):
        raise UnreadableInput("not a JSON object")
    text = first_field(record, "text")
    if not text.strip():
        raise UnreadableInput("record has no text (expected 'text', 'maintext' or 'content')")
    digest = content_hash(text)
    published_raw = first_field(record, "published")
    published = parse_date(published_raw)
    article = Article(
        id=str(record.get("id") or digest[:16]),
        text=text,
        title=first_field(record, "title"),
        url=first_field(record, "url"),
        outlet=first_field(record, "outlet"),
        published=published,
        language=first_field(record, "language"),
        origin=origin,
        content_hash=digest,
        format="html" if text.lstrip().startswith("<") and "</" in text else "text",
    )
    return article


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """One Article per line; a broken line is an error of its own and the file goes on."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                yield InputError(origin, "line too large")
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
                yield article_from_record(record, origin)
            except UnicodeDecodeError:
                yield InputError(origin, "line is not UTF-8")
            except json.JSONDecodeError as exc:
                yield InputError(origin, f"broken JSON: {exc.msg} at column {exc.colno}")
            except UnreadableInput as exc:
                yield InputError(origin, str(exc))


def read_file(path: Path) -> Iterator[Article | InputError]:
    """All articles in one file; whatever goes wrong is reported, never raised."""
    kind = input_kind(path)
    if kind is None:
        yield InputError(str(path), f"unsupported file type '{path.suffix or path.name}'")
        return
    try:
        if kind == "jsonl":
            yield from read_jsonl(path)
        elif kind == "warc":
            from .archives import read_warc

            yield from read_warc(path)
        elif kind == "feed":
            from .archives import read_feed

            yield from read_feed(path)
        else:
            yield read_text_file(path, kind)
    except UnreadableInput as exc:
        yield InputError(str(path), str(exc))
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Articles from files and folders, with an InputError for each thing that could not be read."""
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
