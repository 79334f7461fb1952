"""One event from several reports: ACLED counts the same violent event (same day, same place,
same actors) once, listing all its sources; demonstrations likewise (same day, place and issue)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .. import packs
from ..gazetteer import km_between
from ..resolve.actors import without_regime
from ..resolve.outlets import outlet_scale, sources
from ..records import Event

SAME_PLACE_KM = 10.0
GENERIC_PREFIXES = ("unidentified armed group", "civilians", "protesters", "rioters", "islamist militia")
SCALES = ("Local partner", "Local", "Subnational", "National", "Regional", "International", "New media", "Other")


def source_scale(outlets: list[str], regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> str:
    """ACLED's source_scale: the outlets' scales, joined with '-' in ACLED's order."""
    found = {outlet_scale(part, regions) or "Other" for outlet in outlets for part in sources(outlet)}
    return "-".join(s for s in SCALES if s in found)


def _sides(event: Event) -> set[str]:
    return {without_regime(a) for a in (event.actor1, event.actor2) if a}


def same_event(a: Event, b: Event) -> bool:
    if a.event_date != b.event_date or a.disorder_type != b.disorder_type or a.country != b.country:
        return False
    if a.latitude is not None and b.latitude is not None:
        if km_between(a.latitude, a.longitude, b.latitude, b.longitude) > SAME_PLACE_KM:
            return False
    elif a.location.casefold() != b.location.casefold():
        return False
    if a.event_type != b.event_type and "Demonstrations" not in a.disorder_type:
        named_a = {s for s in _sides(a) if not s.startswith(GENERIC_PREFIXES)}
        named_b = {s for s in _sides(b) if not s.startswith(GENERIC_PREFIXES)}
        if not (named_a & named_b):
            return False
    sides_a, sides_b = _sides(a), _sides(b)
    generic = any(s.startswith(GENERIC_PREFIXES) for s in sides_a ^ sides_b)
    return bool(sides_a & sides_b) or generic


def combine(events: list[Event], regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> Event:
    """The best-attested version, with every source's articles and evidence, the most
    conservative reported death toll (a report with no figure does not lower it)."""
    best = max(events, key=lambda e: (e.confidence, bool(e.actor2), -e.geo_precision or 0))
    tolls = [e.fatalities for e in events if e.fatalities]
    outlets = list(dict.fromkeys(o for e in events for o in sources(e.source)))
    merged = replace(best, fatalities=min(tolls) if tolls else 0,
                     article_ids=list(dict.fromkeys(a for e in events for a in e.article_ids)),
                     evidence=[ev for e in events for ev in e.evidence],
                     source="; ".join(outlets), tags=list(dict.fromkeys(t for e in events for t in e.tags)),
                     reported=any(e.reported for e in events))
    merged.source_scale = source_scale(outlets, regions)
    if len({e.fatalities for e in events if e.fatalities}) > 1:
        merged.tags.append(f"sources differ on fatalities: {sorted(set(tolls))}; lowest kept")
    return merged


def merge_events(events: list[Event], regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> list[Event]:
    """Events from different articles that are one event become one; an article's own events stay
    apart (a report that codes two events means two)."""
    buckets: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        buckets[(e.event_date, e.country, e.disorder_type)].append(e)
    out: list[Event] = []
    for group in buckets.values():
        clusters: list[list[Event]] = []
        for e in group:
            home = next((c for c in clusters if all(set(e.article_ids).isdisjoint(x.article_ids) for x in c)
                         and any(same_event(e, x) for x in c)), None)
            if home is None:
                clusters.append([e])
            else:
                home.append(e)
        out.extend(c[0] if len(c) == 1 else combine(c, regions) for c in clusters)
    for e in out:
        if not e.source_scale and e.source:
            e.source_scale = source_scale([e.source], regions)
    return out
