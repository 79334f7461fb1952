"""Stories: the articles of several outlets about one development, and syndicated copies.

Copies are found by MinHash over word shingles (datasketch's LSH: near-linear in the number of
articles). Articles belong to one story when they report the same development — an event of the
same kind, with the same named actors, in the same country — or are copies of each other; a
shared background event (Wagner's arrival in Mali in 2021, recalled by many) does not make one
story.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict

from datasketch import MinHash, MinHashLSH

from ..records import ArticleResult, Event, Story
from ..resolve.actors import without_regime

COPY_CONTAINMENT = 0.7  # share of the shorter text's word 5-shingles found in the other: a (trimmed) copy
CANDIDATE_JACCARD = 0.3  # LSH threshold for candidates, checked for containment after
SHINGLE = 5
PERMUTATIONS = 64
GENERIC = ("unidentified armed group", "civilians", "protesters", "rioters", "islamist militia", "government of")


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))}


def _minhash(shingles: set[bytes]) -> MinHash:
    # CRC-32 rather than datasketch's default SHA-1: five times faster, and the permutations
    # MinHash applies on top make up for its simplicity
    m = MinHash(num_perm=PERMUTATIONS, seed=7, hashfunc=zlib.crc32)
    m.update_batch(list(shingles))
    return m


def find_copies(results: list[ArticleResult]) -> dict[str, str]:
    """article id -> the id of the article it copies (the first published, else the first read).

    A wire story trimmed by the outlet that reprints it is still a copy: the Jaccard similarity
    MinHash estimates is turned into containment of the shorter text in the longer."""
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=PERMUTATIONS)
    order = sorted(results, key=lambda r: (r.article.published is None, str(r.article.published or ""), r.article.id))
    rank = {r.article.id: k for k, r in enumerate(order)}
    sizes: dict[str, int] = {}
    hashes: dict[str, MinHash] = {}
    copies: dict[str, str] = {}
    for r in order:
        shingles = _shingles(r.article.text)
        m = _minhash(shingles)
        sizes[r.article.id] = len(shingles)
        for other in sorted(lsh.query(m), key=rank.get):
            jaccard = m.jaccard(hashes[other])
            a, b = sizes[r.article.id], sizes[other]
            contained = jaccard * (a + b) / (1 + jaccard) / min(a, b)
            if contained >= COPY_CONTAINMENT:
                copies[r.article.id] = copies.get(other, other)
                break
        lsh.insert(r.article.id, m)
        hashes[r.article.id] = m
    return copies


def development_keys(event: Event) -> set[tuple]:
    """What makes two articles report one development. A political development: its kind, a named
    group or foreign force in it, its country (such stories run for days, dates vary). A violent
    event: its kind, day and place, as when merging reports."""
    if not event.reported:
        return set()
    if event.disorder_type == "Strategic developments":
        named = {without_regime(a) for a in (event.actor1, event.actor2)
                 if a and not without_regime(a).startswith(GENERIC + ("military forces of " + event.country.lower(),))}
        return {(event.sub_event_type, actor, event.country) for actor in named}
    if event.event_date is None or not event.location:
        return set()
    return {(event.sub_event_type, event.event_date, event.location.casefold())}


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def build_stories(results: list[ArticleResult], copies: dict[str, str] | None = None) -> list[Story]:
    """Group articles into stories; each story has a stable id from its first article."""
    ids = [r.article.id for r in results]
    parent = {i: i for i in ids}

    def union(a: str, b: str) -> None:
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    copies = find_copies(results) if copies is None else copies
    for copy, original in copies.items():
        union(copy, original)
    by_key: dict[tuple, list[str]] = defaultdict(list)
    for r in results:
        for key in {k for e in r.events for k in development_keys(e)}:
            by_key[key].append(r.article.id)
    for members in by_key.values():
        for other in members[1:]:
            union(members[0], other)
    groups: dict[str, list[ArticleResult]] = defaultdict(list)
    for r in results:
        groups[_find(parent, r.article.id)].append(r)
    stories = []
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(members, key=lambda r: (r.article.published is None, r.article.published or 0, r.article.id))
        story_id = hashlib.sha1(first.article.id.encode()).hexdigest()[:12]
        stories.append(Story(story_id, _title(members), [r.article.id for r in members],
                             {a: o for a, o in copies.items() if a in {r.article.id for r in members}}))
    return stories


def _title(members: list[ArticleResult]) -> str:
    """The development most of the story's articles report, else the first title."""
    counts: dict[str, int] = defaultdict(int)
    for r in members:
        for e in {(e.sub_event_type, e.location, e.country, e.actor1) for e in r.events if e.reported}:
            counts[e] += 1
    if counts:
        (kind, location, country, actor), n = max(counts.items(), key=lambda kv: kv[1])
        if n > 1:
            return f"{kind} in {location}, {country}: {actor.split(':')[0]}"
    return next((r.article.title for r in members if r.article.title), members[0].article.id)
