"""Text normalisation for matching, and sentence boundaries with character offsets."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import packs

# Length-preserving folding, so that offsets in the folded text are offsets in the article.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                       "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "})


def fold(text: str) -> str:
    """Lower case with quotes, dashes and spaces unified; same length as the input."""
    folded = text.translate(_FOLD).lower()
    if len(folded) != len(text):  # a few characters (e.g. 'İ') lower to two: fold char by char
        folded = "".join(c.translate(_FOLD).lower()[:1] or c for c in text)
    return folded


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@cache
def abbreviations(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> frozenset[str]:
    return frozenset(packs.words(languages, "text", "abbreviations"))


# A sentence ends at . ! ? (maybe followed by a closing quote or bracket) before white space and
# a capital, a digit or an opening quote; or at a line break.
_BOUNDARY = re.compile(r"""[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9À-Ý])|\n+""")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def abbreviation_dot(text: str, dot: int, abbrev: frozenset[str]) -> bool:
    """Whether the full stop at text[dot] ends an abbreviation or an initial ("Gen. Diarra", "U.S.
    forces"), not a sentence or clause."""
    word = _LAST_WORD.search(text, max(0, dot - 12), dot + 1)
    return bool(word) and (word.group(1).lower() in abbrev or len(word.group(1)) == 1)


def sentences(text: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[Sentence]:
    abbrev = abbreviations(languages)
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0).startswith(".") and abbreviation_dot(text, m.start(), abbrev):
            continue
        end = m.end() if not m.group(0).startswith("\n") else m.start()
        _add(out, text, start, end)
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def first_word(phrase: str) -> str:
    """How a phrase is entered among the words that can start a match: its leading letters, lower
    case ('mid-May' -> 'mid', 'an unknown number' -> 'an')."""
    token = _TOKEN.match(phrase.lower())
    return token.group() if token else ""


def matches_from(pattern: re.Pattern, text: str, starters: frozenset[str]) -> Iterator[re.Match]:
    """pattern.finditer(text), trying the pattern only where a number or one of its starter words
    begins. The date and number patterns are alternations of many words: trying them at every
    position costs several times more than this word scan."""
    end = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start >= end and (token.group()[0].isdigit() or token.group().lower() in starters):
            m = pattern.match(text, start)
            if m:
                yield m
                end = m.end()
