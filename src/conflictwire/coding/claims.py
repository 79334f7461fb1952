"""Statistical claims: a number, what it counts, for when and where, and who says so.

'ACLED ... reported fatalities climbing to 7,600 in the first half of 2024, a 190% increase from
2021' gives two claims, both attributed to ACLED (named in the sentence before: 'Their data');
'a series of attacks ... claimed the lives of over 100 soldiers' is a claim about many events,
marked aggregate, not one event with 100 deaths.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from .. import packs
from ..analyse import Analysis
from ..records import Claim

MIN_VALUE = 2
_PERCENT = re.compile(r"^\s*(?:%|per ?cent\b|percent\b)", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s*(?:%\s*)?(?:of\s+(?:the\s+)?)?((?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)(?=[\s,.;)]|$)")
_AGGREGATE = re.compile(r"\b(?:series of|several|multiple|dozens of|hundreds of) (?:\w+ ){0,2}(?:attacks|incidents|clashes|raids)"
                        r"|\b(?:in total|overall|so far|since|between .{0,30} and|first half|second half|per year|a year)\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class ClaimWords:
    counted: frozenset[str]
    attribution: tuple[re.Pattern, ...]
    pointers: re.Pattern
    areas: re.Pattern


@cache
def claim_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> ClaimWords:
    lists = packs.lists(languages, "claims")
    return ClaimWords(frozenset(lists.get("counted_nouns", [])),
                      tuple(re.compile(p) for p in lists.get("attribution", [])),
                      re.compile(rf"\b(?:{packs.alternation(lists.get('pointers', []))})\b", re.IGNORECASE),
                      re.compile(rf"\b(?:{packs.alternation(lists.get('areas', []))})\b"))


def _attribution(text: str, start: int, end: int, previous: tuple[int, int] | None, words: ClaimWords,
                 orgs: list[tuple[int, int, str]]) -> str:
    sentence = text[start:end]
    for pattern in words.attribution:
        m = pattern.search(sentence)
        if m:
            return m.group("who").strip()
    if words.pointers.search(sentence) and previous:
        # 'Their data ...': the organisation the sentence before named
        named = [name for s, e, name in orgs if previous[0] <= s < previous[1]]
        if named:
            return named[-1].split(":")[0]  # ACLED's 'ACLED: Armed Conflict ...' -> 'ACLED'
        for pattern in words.attribution:
            m = pattern.search(text[previous[0]:previous[1]])
            if m:
                return m.group("who").strip()
    return ""


def _where(text: str, s, previous: tuple[int, int] | None, places: list[tuple[int, int, str]],
           countries: list[tuple[int, int, str]], words: ClaimWords) -> list[str]:
    """The places a claim is about: its sentence's places, areas or countries, else the sentence before's."""
    for start, end in ((s.start, s.end), previous or (0, 0)):
        found = [name for a, _, name in places if start <= a < end] or \
            [m.group(0) for m in words.areas.finditer(text, start, end)] or \
            [name for a, _, name in countries if start <= a < end]
        if found:
            return found
    return []


def find_claims(analysis: Analysis, article_id: str, statistical_sentences: list[int], orgs: list[tuple[int, int, str]],
                places: list[tuple[int, int, str]], countries: list[tuple[int, int, str]] = (),
                languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[Claim]:
    """Claims in the sentences the coder judged statistical (see events.statistical)."""
    text = analysis.text
    words = claim_words(languages)
    claims: list[Claim] = []
    dates = analysis.dates
    for index in statistical_sentences:
        s = analysis.sentences[index]
        previous = (analysis.sentences[index - 1].start, analysis.sentences[index - 1].end) if index else None
        who = _attribution(text, s.start, s.end, previous, words, orgs)
        periods = [text[d.start:d.end] for d in dates if s.start <= d.start < s.end and d.kind in ("year", "period", "month")]
        since = re.search(r"\b(?:from|since) (?:19|20)\d\d\b", s.text)
        where = _where(text, s, previous, places, countries, words)
        for n in analysis.numbers:
            if not (s.start <= n.start < s.end) or n.value < MIN_VALUE or 1900 <= n.value <= 2100:
                continue
            if any(d.start <= n.start < d.end for d in dates):
                continue
            unit = "%" if _PERCENT.match(text[n.end:n.end + 10]) else ""
            counted = _counted(text, n, s.start, words, unit)
            if not counted:
                continue
            own_period = [p for p in periods if p in text[n.end:n.end + 60]] or periods
            period = own_period[0] if own_period else (since.group(0) if since and unit else "")
            if unit and since and since.start() + s.start > n.end:
                period = since.group(0)  # '190% increase from 2021': the comparison's baseline
            claims.append(Claim(article_id, n.value, unit, counted, period, ", ".join(dict.fromkeys(where)),
                                who, s.text, s.start, s.end, bool(_AGGREGATE.search(s.text)),
                                hashlib.sha1(f"{article_id}:{n.start}".encode()).hexdigest()[:16]))
    return claims


def _counted(text: str, n, sentence_start: int, words: ClaimWords, unit: str) -> str:
    """What the number counts: the noun after it ('100 Malian soldiers'), or a countable noun
    before it ('fatalities climbing to 7,600')."""
    after = _NOUN_AFTER.match(text[n.end:n.end + 60])
    if after:
        phrase = after.group(1)
        head = phrase.split()[-1].lower()
        if head in words.counted or unit:
            return phrase.strip()
    before = text[max(sentence_start, n.start - 80):n.start].lower()
    nouns = [w for w in re.findall(r"[a-z]+", before) if w in words.counted]
    return nouns[-1] if nouns else ""
