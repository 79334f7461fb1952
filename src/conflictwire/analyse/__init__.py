"""Analyse: sentences, dictionary mentions (actors, triggers, cues), numbers and date expressions.

Everything here is dictionary and pattern matching: no statistical model runs on every sentence.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .. import packs
from .dates import DateMention, find_dates
from .lexicon import Mention, lexicon
from .numbers import Number, find_numbers
from .text import Sentence, fold, sentences


@dataclass
class Analysis:
    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    numbers: list[Number]
    dates: list[DateMention]
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]  # mentions come sorted by start

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end)."""
        return self.mentions[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def sentence_of(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return len(self.sentences) - 1

    def in_span(self, items, start: int, end: int):
        return [x for x in items if start <= x.start and x.end <= end]


def analyse(text: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
            regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> Analysis:
    folded = fold(text)
    return Analysis(
        text=text,
        sentences=sentences(text, languages),
        mentions=lexicon(languages, regions).find(text, folded),
        numbers=find_numbers(text, languages),
        dates=find_dates(text, languages),
    )


__all__ = ["Analysis", "analyse", "Mention", "Number", "DateMention", "Sentence"]
