"""The store: one embedded DuckDB file holding articles, events, their links and evidence,
quotes, claims, stories and run reports.

Writes go in transactions of whole articles (an article with its events, evidence, quotes and
claims), so a killed run leaves every article either complete or absent; the next run skips the
articles already stored (by content hash) and resumes with the rest.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from ..records import Article, ArticleResult, Claim, Event, Evidence, InputError, Quote, Story

SCHEMA = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = 1
# Numbered steps after version 1: (version reached, SQL). Each runs once, in a transaction.
MIGRATIONS: list[tuple[int, str]] = []

EVENT_FIELDS = (
    "event_id", "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    "confidence", "status",
)


ARTICLE_COLUMNS = ("id", "content_hash", "url", "outlet", "title", "published", "language", "origin", "text",
                   "removed_lines", "notes", "run_id")
QUOTE_COLUMNS = ("quote_id", "article_id", "speaker", "role", "text", "span_start", "span_end", "speaker_start",
                 "speaker_end", "kind")
CLAIM_COLUMNS = ("claim_id", "article_id", "value", "unit", "counted", "period", "place", "attributed_to", "text",
                 "span_start", "span_end", "aggregate")
EVIDENCE_COLUMNS = ("event_id", "article_id", "field", "span_start", "span_end", "text")


class StoreError(RuntimeError):
    """The store file cannot be used (locked by another process, not a conflictwire store...)."""


def _event_values(e: Event) -> tuple:
    return (e.event_id, e.event_id_cnty, e.event_date, e.event_date.year if e.event_date else None,
            e.time_precision, e.disorder_type, e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1,
            e.inter1, e.actor2, e.assoc_actor_2, e.inter2, e.interaction, e.civilian_targeting, e.iso or None,
            e.region, e.country, e.admin1, e.admin2, e.admin3, e.location, e.latitude, e.longitude,
            e.geo_precision or None, e.source, e.source_scale, e.notes, e.fatalities, json.dumps(e.tags),
            e.timestamp, e.confidence, e.status)


class Store:
    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            raise StoreError(f"no store at {self.path} (run `conflictwire run` first)")
        try:
            self.db = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema -------------------------------------------------------------------------------
    def migrate(self) -> None:
        self.db.execute("BEGIN")
        try:
            self.db.execute(SCHEMA.read_text())
            row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
            if row[0] is None:
                self.db.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
            self.db.execute("COMMIT")
        except duckdb.Error:
            self.db.execute("ROLLBACK")
            raise
        version = self.version()
        for target, sql in MIGRATIONS:
            if target > version:
                self.db.execute("BEGIN")
                self.db.execute(sql)
                self.db.execute("INSERT INTO schema_version VALUES (?)", [target])
                self.db.execute("COMMIT")

    def version(self) -> int:
        return self.db.execute("SELECT max(version) FROM schema_version").fetchone()[0]

    # --- writing ------------------------------------------------------------------------------
    def known_hashes(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.db.execute("SELECT content_hash FROM articles").fetchall())

    def start_run(self, inputs: Iterable[str]) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.db.execute("INSERT INTO runs (run_id, started_at, inputs) VALUES (?, ?, ?)",
                        [run_id, datetime.now(timezone.utc).replace(tzinfo=None), json.dumps(list(map(str, inputs)))])
        return run_id

    def finish_run(self, run_id: str, read: int, skipped: int, events: int, errors: list[InputError]) -> None:
        self.db.execute("BEGIN")
        self.db.execute("UPDATE runs SET finished_at = ?, articles_read = ?, articles_skipped = ?, events_added = ? "
                        "WHERE run_id = ?", [datetime.now(timezone.utc).replace(tzinfo=None), read, skipped, events, run_id])
        if errors:
            self.db.executemany("INSERT INTO input_errors VALUES (?, ?, ?)", [(run_id, e.origin, e.reason) for e in errors])
        self.db.execute("COMMIT")

    def save_results(self, results: list[ArticleResult], events: list[Event], run_id: str = "") -> int:
        """Articles with their quotes and claims, and the (merged) events that cite them: one
        transaction, written in bulk. Events already stored under the same id gain the new links
        and evidence, their sources and the most conservative toll."""
        articles = [(a.id, a.content_hash, a.url, a.outlet, a.title, a.published, a.language, a.origin, a.text,
                     a.removed_lines, json.dumps(r.notes), run_id) for r in results for a in (r.article,)]
        quotes = [(q.quote_id, q.article_id, q.speaker, q.role, q.text, q.start, q.end, q.speaker_start,
                   q.speaker_end, q.kind) for r in results for q in r.quotes]
        claims = [(c.claim_id, c.article_id, c.value, c.unit, c.counted, c.period, c.place, c.attributed_to, c.text,
                   c.start, c.end, c.aggregate) for r in results for c in r.claims]
        self.db.execute("BEGIN")
        try:
            stored = {row[0] for row in self.db.execute(
                "SELECT event_id FROM events WHERE event_id IN (SELECT unnest(?))",
                [[e.event_id for e in events]]).fetchall()} if events else set()
            self._insert("articles", ARTICLE_COLUMNS, articles, key=0)
            self._insert("quotes", QUOTE_COLUMNS, quotes, key=0)
            self._insert("claims", CLAIM_COLUMNS, claims, key=0)
            self._insert("events", EVENT_FIELDS, [_event_values(e) for e in events if e.event_id not in stored], key=0)
            updates = [(e.event_id, e.source, e.source_scale, e.fatalities, json.dumps(e.tags), e.confidence)
                       for e in events if e.event_id in stored]
            if updates:
                self._with_rows(("event_id", "source", "source_scale", "fatalities", "tags", "confidence"), updates,
                                "UPDATE events SET source = n.source, source_scale = n.source_scale, "
                                "fatalities = n.fatalities, tags = n.tags, confidence = n.confidence "
                                "FROM incoming n WHERE events.event_id = n.event_id")
            self._insert("event_articles", ("event_id", "article_id"),
                         [(e.event_id, a) for e in events for a in e.article_ids], key=slice(0, 2))
            evidence = [(e.event_id, v.article_id, v.field, v.start, v.end, v.text) for e in events for v in e.evidence]
            if evidence:  # only spans not stored yet: a re-reported event keeps its earlier evidence once
                self._with_rows(EVIDENCE_COLUMNS, list(dict.fromkeys(evidence)),
                                "INSERT INTO evidence SELECT * FROM incoming n WHERE NOT EXISTS (SELECT 1 FROM "
                                "evidence v WHERE v.event_id = n.event_id AND v.article_id = n.article_id AND "
                                "v.field = n.field AND v.span_start = n.span_start AND v.span_end = n.span_end)")
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return sum(e.event_id not in stored for e in events)

    def _with_rows(self, columns: Iterable[str], rows: list[tuple], sql: str) -> None:
        """Run sql with the rows visible as the table `incoming` (an Arrow table: one bulk statement)."""
        columns = tuple(columns)
        incoming = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        self.db.register("incoming", incoming)
        try:
            self.db.execute(sql)
        finally:
            self.db.unregister("incoming")

    def _insert(self, table: str, columns: Iterable[str], rows: list[tuple], key) -> None:
        """Insert rows, skipping those whose key (an index or slice of the row) is already stored."""
        if not rows:
            return
        unique = list({r[key]: r for r in rows}.values())
        columns = tuple(columns)
        names = ", ".join(f'"{c}"' for c in columns)
        self._with_rows(columns, unique, f"INSERT INTO {table} ({names}) SELECT {names} FROM incoming "
                                         f"ON CONFLICT DO NOTHING")

    def save_stories(self, stories: list[Story]) -> None:
        if not stories:
            return
        self.db.execute("BEGIN")
        try:
            self._with_rows(("story_id", "title"), list({s.story_id: (s.story_id, s.title) for s in stories}.values()),
                            "INSERT INTO stories SELECT story_id, title FROM incoming "
                            "ON CONFLICT (story_id) DO UPDATE SET title = excluded.title")
            self._with_rows(("article_id", "story_id", "copy_of"),
                            [(a, s.story_id, s.copies.get(a)) for s in stories for a in s.article_ids],
                            "UPDATE articles SET story_id = n.story_id, copy_of = n.copy_of FROM incoming n "
                            "WHERE articles.id = n.article_id")
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    # --- reading ------------------------------------------------------------------------------
    def events_on(self, dates: list) -> list[Event]:
        """Stored events of these days: candidates for merging new reports into."""
        if not dates:
            return []
        return list(self.iter_events("event_date IN (SELECT unnest(?))", [list(dates)]))

    def iter_events(self, where: str = "TRUE", params: list | None = None, with_evidence: bool = True) -> Iterator[Event]:
        """Events matching a SQL condition (parameterised), oldest first."""
        columns = ", ".join(f'e."{c}"' for c in EVENT_FIELDS)
        rows = self.db.execute(
            f"SELECT {columns}, list(DISTINCT l.article_id ORDER BY l.article_id) FROM events e "
            f"LEFT JOIN event_articles l USING (event_id) WHERE {where} "
            f"GROUP BY ALL ORDER BY e.event_date, e.event_id", params or []).fetchall()
        evidence: dict[str, list[Evidence]] = {}
        if with_evidence and rows:
            ids = [r[0] for r in rows]
            for ev in self.db.execute("SELECT event_id, article_id, field, span_start, span_end, text FROM evidence "
                                      "WHERE event_id IN (SELECT unnest(?)) ORDER BY event_id, article_id, span_start",
                                      [ids]).fetchall():
                evidence.setdefault(ev[0], []).append(Evidence(*ev[1:]))
        for r in rows:
            yield row_event(dict(zip(EVENT_FIELDS, r[:-1])), [a for a in r[-1] if a], evidence.get(r[0], []))

    def article(self, article_id: str) -> dict | None:
        row = self.db.execute("SELECT id, content_hash, url, outlet, title, published, language, origin, text, "
                              "removed_lines, notes, story_id, copy_of FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return None
        keys = ("id", "content_hash", "url", "outlet", "title", "published", "language", "origin", "text",
                "removed_lines", "notes", "story_id", "copy_of")
        out = dict(zip(keys, row))
        out["notes"] = json.loads(out["notes"] or "[]")
        return out

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        return [Quote(*r) for r in self._article_rows(
            "SELECT article_id, speaker, role, text, span_start, span_end, speaker_start, speaker_end, quote_id, kind "
            "FROM quotes", article_id)]

    def claims(self, article_id: str | None = None) -> list[Claim]:
        return [Claim(*r) for r in self._article_rows(
            "SELECT article_id, value, unit, counted, period, place, attributed_to, text, span_start, span_end, "
            "aggregate, claim_id FROM claims", article_id)]

    def _article_rows(self, select: str, article_id: str | None) -> list[tuple]:
        """One table's rows in reading order, of one article or of all."""
        where = " WHERE article_id = ?" if article_id else ""
        return self.db.execute(select + where + " ORDER BY article_id, span_start",
                               [article_id] if article_id else []).fetchall()

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "quotes", "claims", "stories")}


def row_event(row: dict, article_ids: list[str], evidence: list[Evidence]) -> Event:
    """A stored row back into an Event."""
    return Event(
        event_type=row["event_type"], sub_event_type=row["sub_event_type"], disorder_type=row["disorder_type"],
        actor1=row["actor1"] or "", inter1=row["inter1"] or 0, actor2=row["actor2"] or "", inter2=row["inter2"] or 0,
        assoc_actor_1=row["assoc_actor_1"] or "", assoc_actor_2=row["assoc_actor_2"] or "",
        event_date=row["event_date"], time_precision=row["time_precision"] or 1, country=row["country"] or "",
        iso=row["iso"] or 0, region=row["region"] or "", admin1=row["admin1"] or "", admin2=row["admin2"] or "",
        admin3=row["admin3"] or "", location=row["location"] or "", latitude=row["latitude"], longitude=row["longitude"],
        geo_precision=row["geo_precision"] or 0, fatalities=row["fatalities"] or 0,
        civilian_targeting=row["civilian_targeting"] or "", source=row["source"] or "",
        source_scale=row["source_scale"] or "", notes=row["notes"] or "", tags=json.loads(row["tags"] or "[]"),
        article_ids=article_ids, evidence=evidence, confidence=row["confidence"] or 0.0,
        reported=row["status"] != "background", event_id=row["event_id"], event_id_cnty=row["event_id_cnty"] or "",
        timestamp=row["timestamp"] or 0,
    )


__all__ = ["Store", "StoreError", "row_event", "Article"]
