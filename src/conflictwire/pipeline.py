"""The job, composed from the stage functions:

    ingest -> clean -> analyse/resolve/code (per article) -> undated dates, merge (per batch)

`process_article` is a pure function of one article, so the same code runs in one process, a
local process pool or on Dask workers (see scale.py); `finish_batch` needs the whole batch.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from . import packs
from .clean import EmptyAfterCleaning, NoMainText, clean_article, repeated_lines
from .coding.events import Coded, code_events
from .coding.undated import date_undated
from .ingest import read_inputs
from .merge.stories import find_copies
from .records import Article, ArticleResult, InputError
from .resolve.outlets import sources
from .resolve.places import BATCH_AREAS


@dataclass(frozen=True)
class Options:
    languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES
    regions: tuple[str, ...] = packs.DEFAULT_REGIONS
    model: str | None = None  # a model from `conflictwire train` that refines the event types


@cache
def refiner(path: str):
    from .coding.refine import load_model

    return load_model(path)


MIN_OUTLET_ARTICLES = 5  # an outlet's usual country is trusted from this many articles naming one
MIN_OUTLET_SHARE = 0.6
# ... and for a report that nothing else places (its events have no country), the country named
# by more than this share of the batch's reports
MIN_MAJORITY_SHARE = 0.5
MIN_AREA_ARTICLES = 20  # a batch's regions weigh in choosing among namesakes from this many placed reports


@dataclass
class Batch:
    results: list[ArticleResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # why -> how many: already stored, a repeat
    copies: dict[str, str] = field(default_factory=dict)  # article id -> the article it copies


def code(article: Article, options: Options, country_prior: dict[str, float] | None = None,
         area_prior: dict[tuple[str, str], float] | None = None) -> Coded:
    """The coding stage: the rule coder, then the trained model's refinement if one is given."""
    coded = code_events(article, options.languages, options.regions, country_prior, area_prior)
    if options.model:
        refiner(options.model).refine(coded.events)
    return coded


def process_article(article: Article, options: Options = Options(),
                    shared_lines: frozenset[str] = frozenset()) -> ArticleResult | InputError:
    """One article through clean, analyse, resolve and code. Never raises for bad content."""
    try:
        cleaned = clean_article(article, shared_lines)
    except (NoMainText, EmptyAfterCleaning) as exc:
        return InputError(article.origin or article.id, str(exc))
    coded = code(cleaned, options)
    return ArticleResult(cleaned, coded.events, coded.quotes, coded.claims, notes=coded.notes, countries=coded.countries,
                         areas=coded.areas(), place_margin=coded.closest_call())


def usual_countries(results: list[ArticleResult]) -> tuple[dict[str, Counter], dict[str, Counter], Counter]:
    """What the articles that name a country name: by outlet as cited ('AFP; PANAPRESS'), by each
    source it cites ('AFP', 'PANAPRESS'), and in the whole batch."""
    per_outlet: dict[str, Counter] = defaultdict(Counter)
    per_source: dict[str, Counter] = defaultdict(Counter)
    overall: Counter = Counter()
    for r in results:
        if r.countries:
            shares = {cc: 1 / len(r.countries) for cc in r.countries}
            overall.update(shares)
            if r.article.outlet:
                per_outlet[r.article.outlet].update(shares)
            for source in sources(r.article.outlet):
                per_source[source].update(shares)
    return per_outlet, per_source, overall


def _usual(counts: Counter, share: float = MIN_OUTLET_SHARE) -> str:
    """The country trusted as usual: named by MIN_OUTLET_ARTICLES articles, more than the share
    of them; '' if none is."""
    if not counts:
        return ""
    total = sum(counts.values())
    top, n = counts.most_common(1)[0]
    return top if total >= MIN_OUTLET_ARTICLES and n / total > share else ""


def recode_by_batch(results: list[ArticleResult], options: Options) -> None:
    """Articles are coded again with what the batch's other reports tell about them: one that
    names no country with the country its outlet usually reports from (see assumed_country); one
    whose village has a namesake in another region that nothing in the text tells apart, with each
    region's share of the batch's reports that place their events beyond doubt (a corpus about
    central Mali's violence: its Toye is the one in Mopti, not in Segou)."""
    per_outlet, per_source, overall = usual_countries(results)
    usual, majority = _usual(overall), _usual(overall, MIN_MAJORITY_SHARE)
    areas = batch_areas(results)
    sway = BATCH_AREAS * max(areas.values(), default=0.0)
    for r in results:
        # a village's own readings weigh against all but a clear usual country of the batch; a
        # report that nothing places ('Hundreds marched for higher wages') has only the batch
        batch_country = majority if any(not e.country for e in r.events) else usual
        country, source = ("", "") if r.countries else assumed_country(r.article.outlet, per_outlet, per_source,
                                                                       batch_country)
        close = r.place_margin < sway
        if country or close:
            r.events = code(r.article, options, {country: 1.0} if country else None, areas if close else None).events
        if close:
            r.notes.append("a place with namesakes in other regions that the text does not tell apart: "
                           "read as the one in the region more of the batch's reports place events in")
        if country:
            r.notes.append(f"country assumed from {source}: {country}")


def assumed_country(outlet: str | None, per_outlet: dict[str, Counter], per_source: dict[str, Counter],
                    batch_usual: str) -> tuple[str, str]:
    """The country a report that names none is most likely of, and whose reports tell so: its
    outlet's usual country; else the one all its sources with a usual country share ('AFP;
    PANAPRESS'); else the batch's (a corpus about one country: its reports that name none are most
    likely of it too). ('', '') when none is trusted."""
    own = _usual(per_outlet.get(outlet, Counter())) if outlet else ""
    usual = {own} if own else {_usual(per_source.get(o, Counter())) for o in sources(outlet)} - {""}
    if len(usual) == 1:
        return usual.pop(), "the outlet's other reports"
    return (batch_usual, "the batch's other reports") if batch_usual else ("", "")


def batch_areas(results: list[ArticleResult]) -> dict[tuple[str, str], float]:
    """Each (country, region)'s share of the reports whose own words place them, once there are
    MIN_AREA_ARTICLES of them."""
    counts: Counter = Counter()
    for r in results:
        counts.update({area: 1 / len(r.areas) for area in r.areas})
    total = sum(counts.values())
    return {area: n / total for area, n in counts.items()} if total >= MIN_AREA_ARTICLES else {}


def read_new(paths: Iterable[str], batch: Batch, skip_hashes: frozenset[str] = frozenset()) -> Iterator[Article]:
    """Articles from the inputs, streamed; unreadable inputs, articles already stored (by content
    hash) and repeats within the run go to the batch's errors and skipped instead."""
    seen: set[str] = set()
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            batch.errors.append(item)
        elif item.content_hash in skip_hashes:
            batch.skipped["already in the store"] += 1
        elif item.content_hash in seen:
            batch.skipped["same text as an earlier input"] += 1
        else:
            seen.add(item.content_hash)
            yield item


def read_batch(paths: Iterable[str], skip_hashes: frozenset[str] = frozenset()) -> tuple[list[Article], Batch]:
    """All new articles of the inputs at once (see read_new)."""
    batch = Batch()
    return list(read_new(paths, batch, skip_hashes)), batch


def batch_lines(articles: list[Article]) -> frozenset[str]:
    """Lines the batch's plain-text articles repeat (boilerplate the cleaner drops)."""
    return repeated_lines(a.text for a in articles if a.format != "html")


def keep(batch: Batch, outcome: ArticleResult | InputError) -> None:
    (batch.errors if isinstance(outcome, InputError) else batch.results).append(outcome)


def run_articles(articles: list[Article], batch: Batch, options: Options = Options(),
                 progress=None) -> Batch:
    shared = batch_lines(articles)
    for article in articles:
        keep(batch, process_article(article, options, shared))
        if progress is not None:
            progress()
    finish_batch(batch, options)
    return batch


def date_copies(results: list[ArticleResult], copies: dict[str, str], options: Options) -> None:
    """A copy that carries no publication date was published when its original was."""
    by_id = {r.article.id: r for r in results}
    for copy_id, original_id in copies.items():
        copy, original = by_id.get(copy_id), by_id.get(original_id)
        if copy and original and copy.article.published is None and original.article.published:
            copy.article.published = original.article.published
            coded = code(copy.article, options)
            copy.events, copy.claims = coded.events, coded.claims
            copy.notes = [f"publication date taken from the article it copies ({original_id})"]


def finish_batch(batch: Batch, options: Options = Options()) -> None:
    """Batch-level steps: syndicated copies and their dates; outlets' usual countries for texts
    that name none and the batch's regions for villages with namesakes; dates of undated events
    from the corpus's reporting lag."""
    batch.copies = find_copies(batch.results)
    date_copies(batch.results, batch.copies, options)
    recode_by_batch(batch.results, options)
    date_undated(batch.results)


def run(paths: Iterable[str], options: Options = Options(), skip_hashes: frozenset[str] = frozenset(),
        progress=None) -> Batch:
    articles, batch = read_batch(paths, skip_hashes)
    return run_articles(articles, batch, options, progress)


def iter_events(batch: Batch) -> Iterator:
    for result in batch.results:
        yield from result.events
