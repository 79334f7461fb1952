"""Stable identifiers for events: the same event from the same sources keeps its id across runs."""
from __future__ import annotations

import hashlib

from ..gazetteer import geography
from ..records import Event


def event_key(event: Event) -> str:
    parts = [event.event_date.isoformat() if event.event_date else "", event.sub_event_type, event.location,
             event.admin1, event.actor1, event.actor2, ";".join(sorted(event.article_ids))]
    return "|".join(parts)


def assign_ids(events: list[Event]) -> None:
    """event_id: a hash of what the event is; event_id_cnty: ACLED's form, ISO3 + a number."""
    countries = {c.name: c.iso3 for c in geography().countries.values()}
    seen: dict[str, int] = {}
    for event in events:
        digest = hashlib.sha1(event_key(event).encode("utf-8")).hexdigest()
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        if n:  # two events identical in every field (a day-by-day split keeps dates apart)
            digest = hashlib.sha1(f"{digest}:{n}".encode()).hexdigest()
        event.event_id = digest[:16]
        event.event_id_cnty = f"{countries.get(event.country, 'XXX')}{int(digest[:8], 16) % 10**8}"
