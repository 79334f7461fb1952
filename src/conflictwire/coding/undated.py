"""Dates for events whose words give none.

A report that says only 'gunmen attacked the village' happened some time before publication.
How long before is a property of the source: wire briefs run the same day, weekly digests days
later. The corpus itself tells: among its events with an explicit date, the usual gap between
the event and publication (per outlet when it has enough of them). Undated events get that gap,
with time_precision 2 (a week) and a tag saying it was estimated.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta

from ..records import ArticleResult

ASSUMED = "date assumed from publication"
RELATIVE = "date relative to publication"
MIN_OUTLET_SAMPLES = 20
MAX_LAG_DAYS = 30


def report_lags(results: list[ArticleResult]) -> tuple[int, dict[str, int]]:
    """The most common publication lag overall and per outlet: one sample per article, its first
    explicitly dated event (the days a multi-day event is split into are not samples of their own)."""
    overall: Counter = Counter()
    per_outlet: dict[str, Counter] = defaultdict(Counter)
    for result in results:
        published = result.article.published
        dated = (e for e in result.events if not (ASSUMED in e.tags or RELATIVE in e.tags or e.event_date is None
                                                  or e.time_precision != 1))
        first = next(dated, None)
        if published is None or first is None:
            continue
        lag = (published - first.event_date).days
        if 0 <= lag <= MAX_LAG_DAYS:
            overall[lag] += 1
            per_outlet[result.article.outlet][lag] += 1
    default = overall.most_common(1)[0][0] if overall else 0
    outlets = {o: c.most_common(1)[0][0] for o, c in per_outlet.items() if sum(c.values()) >= MIN_OUTLET_SAMPLES}
    return default, outlets


def date_undated(results: list[ArticleResult]) -> int:
    """Give undated events the corpus's usual publication lag; returns the lag used by default.

    'Yesterday' and 'three days ago' count from when the report was written, some time between
    the event and publication: such an event lies at least as far back as its words say, and as
    far as the corpus's events usually do ('yesterday' in a corpus whose events run three days
    before publication: three days back, not four)."""
    default, outlets = report_lags(results)
    for result in results:
        published = result.article.published
        if published is None:
            continue
        lag = outlets.get(result.article.outlet, default)
        usual = published - timedelta(days=lag)
        for event in result.events:
            if RELATIVE in event.tags and event.event_date is not None and usual < event.event_date:
                event.event_date = usual
                event.tags.append(f"relative date moved back to the corpus's usual {lag}-day reporting lag")
            if ASSUMED in event.tags:  # the days of an undated event that lasted several keep their offset
                event.event_date = usual + (event.event_date - published)
                event.time_precision = 2
                note = f"event date estimated: publication date minus the corpus's usual {lag}-day reporting lag"
                if note not in result.notes:
                    result.notes.append(note)
    return default
