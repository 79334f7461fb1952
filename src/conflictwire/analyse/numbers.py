"""Numbers in text: digits ('17', '7,600', '1.5 million'), words ('twenty-five', 'two hundred'),
and vague quantities ACLED turns into numbers ('dozens' = 12)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import packs
from .text import first_word, matches_from


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    vague: bool = False  # 'dozens', 'several': ACLED's conservative reading

    @property
    def int_value(self) -> int:
        return int(self.value)


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, int]
    pattern: re.Pattern
    starters: frozenset[str]  # the words a number can begin with (besides digits)


@cache
def number_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> NumberWords:
    units: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    for data in packs.read_all(languages, "numbers"):
        units.update({k: v for k, v in data.get("units", {}).items() if k not in ("a", "an", "both")})
        multipliers.update(data.get("multipliers", {}))
    vague = {k: v for k, v in packs.read("acled", "taxonomy").get("vague_numbers", {}).items()}
    words = sorted(set(units) | set(multipliers), key=len, reverse=True)
    word, vague_alt, multiplier = packs.alternation(words), packs.alternation(vague), packs.alternation(multipliers)
    pattern = re.compile(
        rf"(?P<vague>{vague_alt})(?![a-z])"
        rf"|(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?P<dmul>{multiplier}))?(?!\d)"
        rf"|(?P<words>(?:{word})(?:(?:[\s-]+|\s+and\s+)(?:{word}))*)",
        re.IGNORECASE)
    starters = frozenset(first_word(w) for w in (*units, *multipliers, *vague))
    return NumberWords(units, multipliers, vague, pattern, starters)


def words_value(text: str, nw: NumberWords) -> float | None:
    """'two hundred and fifty' -> 250; 'twenty-five' -> 25; 'a couple' -> 2."""
    phrase = " ".join(text.lower().split())
    if phrase in nw.units:  # a unit of several words
        return float(nw.units[phrase])
    total, current = 0, 0
    for token in re.split(r"[\s-]+", text.lower()):
        if token == "and" or not token:
            continue
        if token in nw.units:
            current += nw.units[token]
        elif token in nw.multipliers:
            current = max(current, 1) * nw.multipliers[token]
            if nw.multipliers[token] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return float(total + current)


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def word_numbers(run: str, offset: int, nw: NumberWords) -> list[Number]:
    """A run of number words is one number ('two hundred and fifty') or several joined by 'and'
    ('three and four'): 'and' continues a number only after a multiplier."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in _AND.finditer(run):
        if run[:m.start()].split()[-1].lower() not in nw.multipliers:
            pieces.append((start, m.start()))
            start = m.end()
    pieces.append((start, len(run)))
    out = []
    for a, b in pieces:
        value = words_value(run[a:b], nw)
        if value is not None:
            out.append(Number(offset + a, offset + b, value))
    return out


def find_numbers(text: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[Number]:
    nw = number_words(languages)
    out: list[Number] = []
    for m in matches_from(nw.pattern, text, nw.starters):
        start, end = m.span()
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalpha()):
            continue  # inside a word ('Sept', 'ten' in 'often') or a code ('G5')
        if m.group("digits"):
            value = float(m.group("digits").replace(",", ""))
            if m.group("dmul"):
                value *= (nw.multipliers.get(m.group("dmul").lower()) or 1)
            out.append(Number(start, end, value))
        elif m.group("words"):
            out.extend(word_numbers(m.group("words"), start, nw))
        else:
            out.append(Number(start, end, float(nw.vague[m.group("vague").lower()]), vague=True))
    return out
