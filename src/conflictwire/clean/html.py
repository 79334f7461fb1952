"""Main text and metadata of an HTML page, with trafilatura."""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from ..ingest.readers import parse_date


class NoMainText(ValueError):
    """The page has no article text (an index page, an error page, a broken file)."""


@dataclass(slots=True)
class PageText:
    text: str
    title: str
    outlet: str
    published: object  # date | None
    url: str


def extract_page(html: str) -> PageText:
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # trafilatura raises lxml's many errors on broken pages
        raise NoMainText(f"HTML could not be parsed: {exc}") from exc
    if doc is None or not (doc.text or "").strip():
        raise NoMainText("no main text found in the HTML page")
    text, title = doc.text.strip(), (doc.title or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()  # the headline is kept as the title, not repeated in the body
    return PageText(text=text, title=title, outlet=doc.sitename or doc.hostname or "",
                    published=parse_date(doc.date), url=doc.url or "")
