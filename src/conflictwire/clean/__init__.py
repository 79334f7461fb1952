"""Clean: HTML to main text, site boilerplate out, title and language set."""
from __future__ import annotations

from dataclasses import replace
import py3langid

from .html import NoMainText, extract_page
from .text import clean_text, repeated_lines

MIN_LANGID_CHARS = 40


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


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; short texts are too uncertain and count as English."""
    if len(text) < MIN_LANGID_CHARS:
        return "en"
    return py3langid.classify(text[:2000])[0]


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
