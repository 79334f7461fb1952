"""Deaths in an event's words, by ACLED's rules.

Reported deaths only: injuries never count; 'no casualties' is 0; vague words take ACLED's
conservative numbers (dozens = 12); a number is counted once even if two death words reach it;
coordinated victims add up ('three soldiers and one assailant were killed' = 4); 'a soldier was
killed' and 'killed the driver and a passenger' count their nouns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..analyse.lexicon import Mention
from ..analyse.numbers import Number

BACK_CHARS = 70  # how far before a death word its victims' number may stand
AHEAD_CHARS = 60
# Between a number and the death word after it: its noun phrase, an auxiliary, an adverb.
_BEFORE_DEATH = re.compile(
    r"^(?:\s+(?:of\s+(?:them|whom)|[\w'’/()-]+)){0,7}?\s*(?:,\s*)?(?:(?:who|which)\s+)?"
    r"(?:(?:were|was|have been|has been|had been|are|is|being|got|reportedly|allegedly|all|also|later|"
    r"eventually|subsequently|reported|confirmed)\s+)*$", re.IGNORECASE)
# Between a death word and the number after it.
_AFTER_DEATH = re.compile(
    r"^\s*(?:of\s+|at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+|up\s+to\s+|"
    r"an\s+estimated\s+|as\s+many\s+as\s+|a\s+total\s+of\s+|approximately\s+|to\s+|the\s+lives\s+of\s+|"
    r"the\s+life\s+of\s+|reportedly\s+|at\s+)*$", re.IGNORECASE)
_PRONOUN_ONE = re.compile(r"^\s*(?:him|her)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[;.]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
# Plural nouns that never name a single victim even after 'the'.
_PLURAL_END = re.compile(r"(?:s|men|people|children|police|personnel|staff|population)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DeathCount:
    value: int
    start: int
    end: int
    vague: bool = False


def _injury_word_between(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.has("injure") and start <= m.start and m.end <= end for m in mentions)


def count_deaths(text: str, start: int, end: int, mentions: list[Mention], numbers: list[Number],
                 victim_nouns: list[tuple[int, int]]) -> tuple[int, list[DeathCount]]:
    """Total deaths in text[start:end] and the counts it was made of (for evidence).

    victim_nouns: spans of actor words (to count 'a soldier', 'the driver and a passenger')."""
    deaths = [m for m in mentions if start <= m.start < end and (m.has("kill") or m.has("dead"))
              and not m.has("injure")]
    counts: dict[tuple[int, int], DeathCount] = {}
    for d in deaths:
        for c in _counts_for(text, d, start, end, mentions, numbers, victim_nouns):
            counts.setdefault((c.start, c.end), c)
    chosen = sorted(counts.values(), key=lambda c: c.start)
    total = 0
    seen_values: dict[int, int] = {}
    for c in chosen:
        # the same number said twice ('killed 12 ... the 12 victims') counts once
        if c.value in seen_values and c.value > 1 and c.start - seen_values[c.value] > 80:
            continue
        seen_values[c.value] = c.start
        total += c.value
    return total, chosen


def _counts_for(text: str, death: Mention, start: int, end: int, mentions: list[Mention],
                numbers: list[Number], victim_nouns: list[tuple[int, int]]) -> list[DeathCount]:
    out: list[DeathCount] = []
    clause_start = max(start, death.start - BACK_CHARS)
    stop = None
    for m in _CLAUSE_STOP.finditer(text, clause_start, death.start):
        stop = m.end()
    clause_start = stop if stop is not None else clause_start
    # numbers before the death word: 'three soldiers and one assailant were killed'
    before = [n for n in numbers if clause_start <= n.start and n.end <= death.start]
    for n in reversed(before):
        if _injury_word_between(mentions, n.end, death.start):
            break
        between = text[n.end:death.start]
        if _BEFORE_DEATH.match(between) or re.match(r"^\s*(?:people\s+)?(?:dead|killed|died|deaths?|fatalities|bodies)", between, re.I):
            out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
            # coordinated: 'three soldiers and one assailant'
            continue
        if out:
            break
    if out:
        return out
    # after the death word: 'killing at least 42 people', 'killed two civilians and a soldier'
    horizon = min(end, death.end + AHEAD_CHARS)
    stop = _CLAUSE_STOP.search(text, death.end, horizon)
    horizon = stop.start() if stop else horizon
    after = [n for n in numbers if death.end <= n.start < horizon]
    prev_end = death.end
    for n in after:
        gap = text[prev_end:n.start]
        if prev_end == death.end and not _AFTER_DEATH.match(gap):
            break
        if prev_end != death.end and not re.match(r"^[\s\w'’-]{0,40}?(?:,\s*|\s+)(?:and|as well as|plus|including)\s+(?:at least\s+)?$|^\s*(?:[\w'’-]+\s+){0,3}and\s+$", gap, re.I):
            break
        if _injury_word_between(mentions, prev_end, n.start):
            break
        out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
        prev_end = n.end
    if out:
        return out
    # 'a soldier was killed', 'killed the driver and a passenger', 'killed him'
    return _singular_victims(text, death, clause_start, horizon, victim_nouns)


_SINGULAR_PASSIVE = re.compile(r"\b(?:was|has been|had been|is|got)\s+(?:reportedly\s+|allegedly\s+|also\s+|later\s+)?$",
                               re.IGNORECASE)


def _noun_groups(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Adjacent actor words are one noun phrase: 'MSA officer', 'village chief'."""
    groups: list[list[int]] = []
    for s, e in sorted(sp for sp in spans if start <= sp[0] and sp[1] <= end):
        if groups and s >= groups[-1][1] and re.fullmatch(r"[\s-]*", text[groups[-1][1]:s]):
            groups[-1][1] = max(groups[-1][1], e)
        elif not groups or s >= groups[-1][1]:
            groups.append([s, e])
    return [(s, e) for s, e in groups]


def _singular_victims(text: str, death: Mention, clause_start: int, horizon: int,
                      victim_nouns: list[tuple[int, int]]) -> list[DeathCount]:
    before = text[clause_start:death.start]
    if _SINGULAR_PASSIVE.search(before):  # 'a forest agent was killed'
        return [DeathCount(1, clause_start, death.start)]
    after = text[death.end:horizon]
    if death.has("kill") and _PRONOUN_ONE.match(after):
        m = _PRONOUN_ONE.match(after)
        return [DeathCount(1, death.end + m.start(), death.end + m.end())]
    out = []
    for noun_start, noun_end in _noun_groups(text, victim_nouns, death.end, horizon):
        noun = text[noun_start:noun_end]
        det = re.search(r"(?:^|\s)(a|an|one|the|another|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}$",
                        text[max(death.end, noun_start - 30):noun_start], re.I)
        if det and not _PLURAL_END.search(noun):
            out.append(DeathCount(1, noun_start, noun_end))
        elif out or det is None and not re.match(r"^[\s\w'’-]{0,30}$", text[death.end:noun_start]):
            break
    return out
