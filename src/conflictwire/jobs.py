"""The main job and its report: read inputs, run the pipeline in chunks, merge new reports into
stored events, save. Used by `conflictwire run` and `extract`, locally or on Dask."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from .merge.events import combine, merge_events, same_event
from .merge.identity import assign_ids
from .merge.stories import build_stories
from .pipeline import Batch, Options, read_new, run_articles
from .records import Event, InputError
from .store import Store

CHUNK = 2000  # articles per transaction: a killed run loses at most one chunk's work


@dataclass
class JobReport:
    """What a run did. Counts only, so that a run over years of archives stays small; the events
    themselves are kept when asked (extract, tests), else they are in the store."""

    read: int = 0
    skipped: Counter = field(default_factory=Counter)
    errors: list[InputError] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_count: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_country: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    stories: int = 0
    quotes: int = 0
    claims: int = 0
    added: int = 0
    notes: Counter = field(default_factory=Counter)
    store: Path | None = None

    def count(self, events: list[Event], keep: bool) -> None:
        self.event_count += len(events)
        if keep:
            self.events += events
        for e in events:
            self.by_type[e.event_type or "(unknown)"] += 1
            self.by_country[e.country or "(unknown)"] += 1
            self.actors.update({a for a in (e.actor1, e.actor2) if a})


def absorb_stored(events: list[Event], store: Store) -> list[Event]:
    """New reports of events already in the store take the stored event's id and sources."""
    stored = store.events_on(sorted({e.event_date for e in events if e.event_date}))
    out = []
    for e in events:
        match = next((s for s in stored if same_event(e, s) and set(s.article_ids).isdisjoint(e.article_ids)), None)
        if match is None:
            out.append(e)
            continue
        merged = combine([match, e])
        merged.event_id, merged.event_id_cnty = match.event_id, match.event_id_cnty
        out.append(merged)
    return out


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to size items, drawn lazily: an archive is never read whole into memory."""
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        yield part


def run_job(paths: list[str], store: Store | None = None, options: Options = Options(),
            progress: Callable[[], None] | None = None, process: Callable | None = None,
            chunk_size: int = CHUNK, keep_events: bool | None = None) -> JobReport:
    """Run the pipeline over the inputs; with a store, save as it goes and skip what it holds.

    process: how a chunk of articles is coded (default: in this process; scale.py passes Dask).
    keep_events: keep the events in the report (default: only when there is no store)."""
    keep = store is None if keep_events is None else keep_events
    report = JobReport(store=store.path if store else None)
    reading = Batch()  # collects unreadable and skipped inputs as the stream goes by
    articles = read_new(paths, reading, store.known_hashes() if store else frozenset())
    report.skipped, report.errors = reading.skipped, reading.errors
    run_id = store.start_run(paths) if store else ""
    for part in chunks(articles, chunk_size):
        done = (process or run_articles)(part, Batch(), options, progress)
        report.errors.extend(done.errors)
        report.read += len(done.results)
        events = merge_events([e for r in done.results for e in r.events], options.regions)
        assign_ids(events)
        stories = build_stories(done.results, done.copies)
        if store is not None:
            events = absorb_stored(events, store)
            report.added += store.save_results(done.results, events, run_id)
            store.save_stories(stories)
        report.count(events, keep)
        report.stories += len(stories)
        report.quotes += sum(len(r.quotes) for r in done.results)
        report.claims += sum(len(r.claims) for r in done.results)
        for r in done.results:
            report.notes.update(r.notes)
    if store is not None:
        store.finish_run(run_id, report.read, sum(report.skipped.values()), report.added, report.errors)
    return report
