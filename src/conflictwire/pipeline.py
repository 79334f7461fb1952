"""The job, composed from the stage functions:

    ingest -> clean -> analyse/resolve/code (per article) -> undated dates, merge (per batch)

`process_article` is a pure function of one article, so the same code runs in one process, a
local process pool or on Dask workers (see scale.py); `finish_batch` needs the whole batch.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import packs
from .clean import EmptyAfterCleaning, NoMainText, clean_article, repeated_lines
from .coding.events import code_events
from .coding.undated import date_undated
from .ingest import read_inputs
from .records import Article, ArticleResult, InputError


@dataclass
class Options:
    languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES
    regions: tuple[str, ...] = packs.DEFAULT_REGIONS


@dataclass
class Batch:
    results: list[ArticleResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, why): known, duplicate


def process_article(article: Article, options: Options = Options(),
                    shared_lines: frozenset[str] = frozenset()) -> ArticleResult | InputError:
    """One article through clean, analyse, resolve and code. Never raises for bad content."""
    try:
        cleaned = clean_article(article, shared_lines)
    except (NoMainText, EmptyAfterCleaning) as exc:
        return InputError(article.origin or article.id, str(exc))
    result = ArticleResult(cleaned)
    result.events = code_events(cleaned, options.languages, options.regions)
    if cleaned.published is None:
        result.notes.append("no publication date: relative dates could not be resolved")
    return result


def read_batch(paths: Iterable[str], skip_hashes: frozenset[str] = frozenset()) -> tuple[list[Article], Batch]:
    """Read inputs; drop articles already stored (by content hash) or repeated within the batch."""
    batch = Batch()
    articles: list[Article] = []
    seen: set[str] = set()
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            batch.errors.append(item)
        elif item.content_hash in skip_hashes:
            batch.skipped.append((item.origin, "already in the store"))
        elif item.content_hash in seen:
            batch.skipped.append((item.origin, "same text as an earlier input"))
        else:
            seen.add(item.content_hash)
            articles.append(item)
    return articles, batch


def run_articles(articles: list[Article], batch: Batch, options: Options = Options(),
                 progress=None) -> Batch:
    shared = repeated_lines(a.text for a in articles if a.format != "html")
    for article in articles:
        outcome = process_article(article, options, shared)
        if isinstance(outcome, InputError):
            batch.errors.append(outcome)
        else:
            batch.results.append(outcome)
        if progress is not None:
            progress()
    finish_batch(batch)
    return batch


def finish_batch(batch: Batch) -> None:
    """Batch-level steps: dates of undated events from the corpus's reporting lag."""
    date_undated(batch.results)


def run(paths: Iterable[str], options: Options = Options(), skip_hashes: frozenset[str] = frozenset(),
        progress=None) -> Batch:
    articles, batch = read_batch(paths, skip_hashes)
    return run_articles(articles, batch, options, progress)


def iter_events(batch: Batch) -> Iterator:
    for result in batch.results:
        yield from result.events
