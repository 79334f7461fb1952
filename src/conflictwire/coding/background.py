"""News or history: which events an article reports, and which it recalls as background.

Also dates an article that has no publication date from its own words: the latest full date
it gives, and the dated developments it mentions (packs/<region>/history.toml) — an article
that reports Wagner's withdrawal from Mali as news was written after June 2025; one that says
"Bazoum was overthrown last year" in 2024.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .. import packs
from ..analyse import Analysis
from ..analyse.dates import resolve

BACKGROUND_DAYS = 60  # an event this long before the article's date is history, not news
_HISTORY_WORDS = re.compile(r"\b(?:in (?:19|20)\d\d|last year|(?:two|three|four|five|several) years ago|previously|"
                            r"initially|originally|formerly|at the time|back in|since (?:19|20)\d\d|years? earlier|"
                            r"in the past|decades? ago|had (?:\w+ly )?(?:\w+ed|been|taken|left|supported|entered|driven|fought))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Development:
    what: str
    day: date
    patterns: tuple[re.Pattern, ...]


@cache
def developments(regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> tuple[Development, ...]:
    out = []
    for data in packs.read_all(regions, "history"):
        for item in data.get("event", []):
            out.append(Development(item["what"], date.fromisoformat(item["date"]),
                                   tuple(re.compile(p, re.IGNORECASE) for p in item["patterns"])))
    return tuple(out)


@dataclass(frozen=True)
class ArticleDate:
    """When an undated article was written, as far as its words tell."""

    earliest: date
    anchor: date  # the day relative expressions count from
    precision: int
    reason: str


def infer_article_date(analysis: Analysis, regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> ArticleDate | None:
    text = analysis.text
    earliest, reasons, year_hint = None, [], None
    for d in analysis.dates:
        if d.year and d.kind in ("day", "days", "month", "period", "year"):
            resolved = resolve(d, None)
            if resolved and (earliest is None or resolved.days[-1] > earliest):
                earliest = resolved.days[-1]
                reasons = [f"latest date it gives: {text[d.start:d.end]!r}"]
    for dev in developments(regions):
        for pattern in dev.patterns:
            m = pattern.search(text)
            if not m:
                continue
            after = text[m.end():m.end() + 40].lower()
            if "last year" in after:
                year_hint = dev.day.year + 1
                reasons.append(f"{dev.what} ({dev.day.year}) was 'last year'")
            elif earliest is None or dev.day > earliest:
                earliest = dev.day
                reasons = [f"it mentions {dev.what} ({dev.day.isoformat()})"]
            break
    if year_hint and (earliest is None or earliest.year < year_hint):
        earliest = date(year_hint, 1, 1)
        return ArticleDate(earliest, date(year_hint, 7, 1), 3,
                           "no publication date: dated to " + str(year_hint) + " because " + "; ".join(reasons))
    if earliest is None:
        return None
    return ArticleDate(earliest, earliest, 3, f"no publication date: written on or after {earliest.isoformat()} "
                                              f"({'; '.join(reasons)})")


def is_background(event_day: date | None, frame_text: str, reference: date | None,
                  date_kind: str = "") -> bool:
    """History: dated well before the article; or told with words of history ('in 2021',
    'previously', 'had supported') and no date of its own from this week."""
    if event_day is not None and reference is not None and event_day < reference - timedelta(days=BACKGROUND_DAYS):
        return True
    if date_kind in ("day", "days", "weekday", "relative"):
        return False
    return bool(_HISTORY_WORDS.search(frame_text))
