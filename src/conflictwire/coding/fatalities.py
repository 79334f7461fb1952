"""Deaths in an event's words, by ACLED's rules.

Reported deaths only: injuries never count; 'no casualties' is 0; vague words take ACLED's
conservative numbers (dozens = 12); a number is counted once even if two death words reach it;
coordinated victims add up ('three soldiers and one assailant were killed' = 4); 'a soldier was
killed' and 'killed the driver and a passenger' count their nouns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import packs
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
    r"the\s+life\s+of\s+|reportedly\s+|at\s+|a\s+reported\s+|an\s+estimated\s+)*$", re.IGNORECASE)
# one item of a list of victims, up to the separator before the next: 'civilian contractor & '
_LIST_ITEM = re.compile(r"^\s*[a-z][\w'’()/-]*(?:\s+[\w'’()/-]+){0,4}?\s*(?:,|&|\band\b|\bas well as\b|\bplus\b)\s*(?:at least\s+)?$",
                        re.IGNORECASE)
_SINGULAR_LEAD = re.compile(r"(?:^|\s)(?:a|an|one|the|another|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_ONE_BODY = re.compile(r"\b(?:his|her|the|a)\s+(?:lifeless\s+)?(?:body|corpse)$", re.IGNORECASE)
_PRONOUN_ONE = re.compile(r"^\s*(?:him|her)\b", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:-|–|to|or)\s*", re.IGNORECASE)
_PRONOUN_MANY = re.compile(r"^\s*(?:(?:all|both)\s+(?:of\s+)?)?them\b", re.IGNORECASE)
OBJECT_CHARS = 40  # how far back from a number the verb it is the object of may stand
_CLAUSE_STOP = re.compile(r"[;.]|\bbut\b|\bwhile\b|\bwhereas\b|\bincluding\b|\bamong them\b|\bof whom\b|\bamong whom\b",
                          re.IGNORECASE)
_NOUN_DEATH = re.compile(r"^(?:deaths?|toll|casualt|fatalit)", re.IGNORECASE)
# Plural nouns that never name a single victim even after 'the'.
_PLURAL_END = re.compile(r"(?:s|men|people|children|police|personnel|staff|population)$", re.IGNORECASE)
# One person as the subject of 'died' ('He later died', 'the officer died'), or the object of a
# killing verb ('executed an alleged informer').
_ONE_SUBJECT = re.compile(r"(?:^|[.;,]\s*|\s)(?:he|she|(?:the|a|an)\s+[a-z][\w'’-]*)\s+"
                          r"(?:later\s+|eventually\s+|subsequently\s+|reportedly\s+)?$", re.IGNORECASE)
_DIED = re.compile(r"^(?:died|dies|succumbed|perished|lost (?:his|her) life)$", re.IGNORECASE)
_NOT_A_PERSON = {"day", "week", "month", "year", "night", "before", "ago", "later", "earlier", "ambush", "attack",
                 "operation", "raid", "plan", "plot", "number", "total", "few", "dozen"}
_ONE_OBJECT = re.compile(r"^\s*(?:a|an|one)\s+(?:[a-z][\w'’-]*\s+){0,3}([a-z][\w'’-]*)"
                         r"(?=\s+(?:in|at|near|on|of|from|with|who|whom|against|for|while|during|after)\b|\s*[,.;(]|\s*$)",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DeathCount:
    value: int
    start: int
    end: int
    vague: bool = False


def _injury_word_between(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.has("injure") and start <= m.start and m.end <= end for m in mentions)


_COUNT_VERBS = {"kill", "dead", "injure"}


def _trigger_between(mentions: list[Mention], start: int, end: int) -> bool:
    """Another event verb stands between a number and a death word."""
    return any(start <= m.start and m.end <= end and any(e.layer == "tag" and e.kind not in _COUNT_VERBS for e in m.entries)
               for m in mentions)


# What a number that counts no one looks like: '20 km', '16 year old', '5:00', 'geoprecision 2'.
_NOT_A_COUNT_AFTER = re.compile(r"^(?:\s*(?:km|kms|kilomet|miles?|m\b|meters?|metres?|-?years?\b|-year|%|percent|per cent|"
                                r"hours?|days?|weeks?|months?|minutes?|am\b|pm\b|h\b|gmt|:\d|/\d|st\b|nd\b|rd\b|th\b|"
                                r"rounds?|shells?|rockets?|mortars?|vehicles?|motorbikes?|motorcycles?|heads? of|kg|tons?))",
                                re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(r"(?:geo-?precision|aged|age of|n°|no\.|number|route|road|rn|km|from|since|in)\s*$", re.IGNORECASE)


def counting_numbers(text: str, numbers: list[Number], excluded: list[tuple[int, int]]) -> list[Number]:
    """Numbers that can count people: not dates, ages, distances, times, years or codes."""
    out = []
    for n in numbers:
        if any(s <= n.start < e for s, e in excluded):
            continue
        if _NOT_A_COUNT_AFTER.match(text[n.end:n.end + 12]) or _NOT_A_COUNT_BEFORE.search(text[max(0, n.start - 14):n.start]):
            continue
        if not n.vague and (n.value >= 1900 and n.value <= 2100 or n.value != int(n.value)):
            continue
        out.append(n)
    return out


@cache
def _coded_patterns(languages: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(data["coded_fatalities"]) for data in packs.read_all(languages, "numbers")
                 if "coded_fatalities" in data)


def coded_deaths(text: str, start: int, end: int, languages: tuple[str, ...]) -> DeathCount | None:
    """The count a coder's note says was coded ('unknown fatalities coded as 10'), if any."""
    for pattern in _coded_patterns(languages):
        m = pattern.search(text, start, end)
        if m:
            return DeathCount(int(m.group("count")), m.start(), m.end())
    return None


def count_deaths(text: str, start: int, end: int, mentions: list[Mention], numbers: list[Number],
                 victim_nouns: list[tuple[int, int]], excluded: list[tuple[int, int]] = ()) -> tuple[int, list[DeathCount]]:
    """Total deaths in text[start:end] and the counts it was made of (for evidence).

    victim_nouns: spans of actor words (to count 'a soldier', 'the driver and a passenger');
    excluded: spans whose numbers count nothing (dates, place names)."""
    numbers = counting_numbers(text, numbers, list(excluded))
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
        if _injury_word_between(mentions, n.end, death.start) or _trigger_between(mentions, n.end, death.start):
            break  # '20 armed men attacked ..., killing': the number counts the attackers
        if out:  # coordinated: '5 guards, 1 gendarme & 6 assailants killed'
            if _RANGE.fullmatch(text[n.end:out[-1].start]):  # '6-8 killed': the conservative figure
                out[-1] = DeathCount(min(n.int_value, out[-1].value), n.start, out[-1].end, True)
                continue
            if _LIST_ITEM.match(text[n.end:out[-1].start]):
                out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
                continue
            break
        between = text[n.end:death.start]
        if _NOUN_DEATH.match(death.text) and between.strip():
            break  # 'threatened five hostages with death': 'death' counts only right after a number
        if _BEFORE_DEATH.match(between) or re.match(r"^\s*(?:people\s+)?(?:dead|killed|died|deaths?|fatalities|bodies)", between, re.I):
            out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
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
    if death.has("kill") and _PRONOUN_MANY.match(text[death.end:horizon]):
        # 'arrested nine men ... and executed them': the earlier verb's counted object
        objects = [n for n in numbers if start <= n.start and n.end <= death.start
                   and _trigger_between(mentions, max(start, n.start - OBJECT_CHARS), n.start)]
        if objects:
            return [DeathCount(objects[-1].int_value, objects[-1].start, objects[-1].end, objects[-1].vague)]
    # 'a soldier was killed', 'killed the driver and a passenger', 'killed him'
    return _singular_victims(text, death, clause_start, horizon, victim_nouns)


_SINGULAR_PASSIVE = re.compile(r"\b(?:was|has been|had been|is|got)\s+"
                               r"(?:reportedly\s+|allegedly\s+|also\s+|later\s+)?(?:found\s+)?$",
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
    if _ONE_BODY.search(text[max(clause_start, death.start - 12):death.end]):  # 'his body was found'
        return [DeathCount(1, death.start, death.end)]
    after = text[death.end:horizon]
    if death.has("kill") and _PRONOUN_ONE.match(after):
        m = _PRONOUN_ONE.match(after)
        return [DeathCount(1, death.end + m.start(), death.end + m.end())]
    if death.has("dead") and _DIED.match(death.text) and \
            _ONE_SUBJECT.search(text[max(clause_start, death.start - 40):death.start]):
        return [DeathCount(1, death.start, death.end)]  # 'He later died of his injuries', 'the officer died'
    out = []
    previous = death.end
    for noun_start, noun_end in _noun_groups(text, victim_nouns, death.end, horizon):
        gap = text[previous:noun_start]
        lead = _SINGULAR_LEAD.search(gap)
        if previous == death.end:
            if not re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,4}", gap):
                break
        elif not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:[\w'’-]+\s+){0,3}", gap, re.IGNORECASE):
            break  # 'a teacher suspected of being a militant in Kaya': one victim
        noun = text[noun_start:noun_end]
        if lead is None or _PLURAL_END.search(noun):
            break
        out.append(DeathCount(1, noun_start, noun_end))
        previous = noun_end
    if not out and death.has("kill"):
        one = _ONE_OBJECT.match(after)  # 'shot dead a member of the civil protection', 'executed an informer'
        if one and not _PLURAL_END.search(one.group(1)) and one.group(1).lower() not in _NOT_A_PERSON:
            out.append(DeathCount(1, death.end + one.start(1), death.end + one.end(1)))
    return out
