"""Clean: HTML to main text, site boilerplate out, title and language set."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import py3langid

from .. import packs
from .html import NoMainText, extract_page
from .text import clean_text, repeated_lines

MIN_LANGID_CHARS = 40
LANGID_CHARS = 1000  # enough for a sure answer; the identifier costs in proportion to the text
QUICK_LANGUAGE_CHARS = 600


class EmptyAfterCleaning(ValueError):
    """Nothing but boilerplate was left."""


def split_title(text: str) -> tuple[str, str]:
    """A plain-text file's first non-empty line is its title when it reads like one."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    looks_like_title = (
        0 < len(first) <= 200
        and rest.strip()
        and not first.endswith((".", "!", "?", ":", ";", ","))
        and len(first.split()) <= 30
    )
    return (first, rest.strip()) if looks_like_title else ("", text.strip())


@cache
def function_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> dict[str, frozenset[str]]:
    return {lang: frozenset(packs.read(lang, "text").get("function_words", [])) for lang in languages}


_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; short texts are too uncertain and count as English.
    Where the function words of one pack language clearly dominate, that is the answer; else
    py3langid decides (it costs about a millisecond an article)."""
    if len(text) < MIN_LANGID_CHARS:
        return "en"
    words = _WORD.findall(text[:QUICK_LANGUAGE_CHARS].lower())
    counts = sorted(((sum(w in vocabulary for w in words), lang) for lang, vocabulary in function_words().items()),
                    reverse=True)
    if len(words) >= 30 and counts and counts[0][0] >= 0.2 * len(words) and \
            (len(counts) == 1 or counts[0][0] >= 3 * counts[1][0]):
        return counts[0][1]
    return py3langid.classify(text[:LANGID_CHARS])[0]


def clean_article(article, shared_lines: frozenset[str] = frozenset()):
    """The article with its main text only. Raises NoMainText / EmptyAfterCleaning."""
    updates = {}
    text = article.text
    if article.format == "html":
        page = extract_page(text)
        text = page.text
        updates = {"title": article.title or page.title, "outlet": article.outlet or page.outlet,
                   "published": article.published or page.published, "url": article.url or page.url}
    text, removed = clean_text(text, shared_lines=shared_lines)
    if not text:
        raise EmptyAfterCleaning("only boilerplate, no article text")
    if article.format != "html" and not article.title and "\n" in text:
        title, text = split_title(text)
        updates["title"] = title
    language = article.language or detect_language(text)
    return replace(article, text=text, format="text", language=language, removed_lines=removed, **updates)


__all__ = ["clean_article", "clean_text", "repeated_lines", "split_title", "detect_language",
           "NoMainText", "EmptyAfterCleaning"]
