"""Remove site boilerplate from plain text, line by line.

trafilatura does this for HTML; plain text (copied pages, crawler output) keeps cookie notices,
comment forms, "Related News" lists, credit lines and navigation. Rules:
  * a line matching a pack's boilerplate pattern goes;
  * a "Related/Recent News" heading goes with the short headline lines under it;
  * a line mostly in another script than the article's (Arabic navigation on an English page) goes;
  * short lines repeated across several articles of one batch (an outlet's credit line) go;
  * after the last real paragraph, the trailing short lines (forms, credits) go.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .. import packs

SHORT_LINE_WORDS = 12  # headline and credit lines are shorter than this
PARAGRAPH_WORDS = 15  # a line this long is article prose
CREDIT_LINE_WORDS = 8  # a line shared by several articles is furniture only when this short


@dataclass(frozen=True)
class BoilerplateRules:
    whole_line: re.Pattern  # patterns a line must match as a whole
    inside_line: re.Pattern  # patterns written '.*X.*': searched for, which is much faster
    list_heading: re.Pattern

    def matches(self, line: str) -> bool:
        return bool(self.whole_line.fullmatch(line) or self.inside_line.search(line))


@cache
def rules(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> BoilerplateRules:
    whole: list[str] = []
    inside: list[str] = []
    headings: list[str] = []
    for data in packs.read_all(languages, "boilerplate"):
        for p in data.get("line_patterns", []):
            if p.startswith(".*") and p.endswith(".*") and len(p) > 4:
                inside.append(p[2:-2])
            else:
                whole.append(p)
        headings += data.get("list_headings", [])

    def compiled(patterns: list[str]) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)

    heading = re.compile(r"(?:%s)\s*:?" % packs.alternation(headings), re.IGNORECASE)
    return BoilerplateRules(compiled(whole), compiled(inside), heading)


MAX_BOILERPLATE_CHARS = 250  # a cookie notice or a credit line is short; a paragraph of news is not tested


def script_of(char: str) -> str:
    """A coarse script name for a letter: LATIN, ARABIC, CYRILLIC..."""
    try:
        return unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return ""


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_NON_ASCII_LETTERS = re.compile(r"[^\W\d_A-Za-z]")


def letter_scripts(text: str) -> Counter:
    """Letters per script. ASCII letters are counted in bulk: most news text is mostly ASCII."""
    counts = Counter()
    ascii_letters = sum(len(m) for m in _ASCII_LETTERS.findall(text))
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    if not text.isascii():
        counts.update(script_of(c) for c in _NON_ASCII_LETTERS.findall(text))
    return counts


def line_key(line: str) -> str:
    return " ".join(line.casefold().split())


def repeated_lines(texts: Iterable[str], min_articles: int = 2) -> frozenset[str]:
    """Short lines that occur in several articles: shared page furniture, not news."""
    seen: Counter = Counter()
    for text in texts:
        keys = {line_key(line) for line in text.splitlines() if line.strip()}
        if len(keys) > 1:  # a one-line text (a wire brief) has no page furniture
            seen.update(k for k in keys if len(k.split()) < CREDIT_LINE_WORDS)
    return frozenset(k for k, n in seen.items() if n >= min_articles)


def is_headline_list_item(line: str) -> bool:
    """A line under a 'Related News' heading: a short headline or a date, not a paragraph."""
    words = len(line.split())
    return words < 25 and not re.search(r"[.!?]\"?$", line) or words <= 4


def clean_text(text: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
               shared_lines: frozenset[str] = frozenset()) -> tuple[str, int]:
    """The text without boilerplate lines, and how many lines were removed."""
    rule = rules(languages)
    lines = text.splitlines()
    scripts = letter_scripts(text)
    main_script = scripts.most_common(1)[0][0] if scripts else ""
    keep = [True] * len(lines)
    in_list = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if rule.list_heading.fullmatch(line):
            keep[i], in_list = False, True
            continue
        if in_list:
            if is_headline_list_item(line):
                keep[i] = False
                continue
            in_list = False
        # a line in another script (a menu in Arabic on an English page); ASCII is all Latin
        own = Counter() if line.isascii() and main_script == "LATIN" else letter_scripts(line)
        foreign = sum(n for s, n in own.items() if s != main_script)
        if (len(line) <= MAX_BOILERPLATE_CHARS and rule.matches(line)
                or (own and foreign > sum(own.values()) / 2)
                or line_key(line) in shared_lines):
            keep[i] = False
    # Trailing block after the last paragraph: comment forms, credits, share buttons.
    paragraphs = [i for i, l in enumerate(lines) if keep[i] and len(l.split()) >= PARAGRAPH_WORDS]
    if paragraphs:
        for i in range(paragraphs[-1] + 1, len(lines)):
            if len(lines[i].split()) < SHORT_LINE_WORDS:
                keep[i] = False
    removed = sum(1 for i, l in enumerate(lines) if l.strip() and not keep[i])
    kept = "\n".join(l.rstrip() for i, l in enumerate(lines) if keep[i])
    return re.sub(r"\n{3,}", "\n\n", kept).strip(), removed
