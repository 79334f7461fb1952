"""Typed records passed between the pipeline stages.

ingest -> Article; clean -> Article (text cleaned); analyse -> Analysis (sentences, mentions);
code -> Event, Quote, Claim (each with Evidence); merge -> events with several sources, Story.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

# ACLED's 31 export columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
# conflictwire's own columns after ACLED's.
OWN_COLUMNS = ("event_id", "article_ids", "confidence", "status")
EVENT_COLUMNS = ACLED_COLUMNS + OWN_COLUMNS


def content_hash(text: str) -> str:
    """Hash of the text with whitespace folded: the same article saved twice hashes the same."""
    folded = " ".join(text.split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Article:
    """One input document."""

    id: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: date | None = None
    language: str = ""
    origin: str = ""  # where it was read from: path, path:line, warc record
    format: str = "text"  # "html" until the cleaner has extracted its text
    content_hash: str = ""
    removed_lines: int = 0  # boilerplate lines the cleaner dropped

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)


@dataclass(slots=True)
class InputError:
    """A file or record that could not be read, and why. The run goes on without it."""

    origin: str
    reason: str


@dataclass(slots=True, frozen=True)
class Evidence:
    """The words of an article that support one field of an event, quote or claim."""

    article_id: str
    field: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    """One event in ACLED's conventions, with conflictwire's provenance fields."""

    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: str
    inter1: int
    actor2: str = ""
    inter2: int = 0
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    event_date: date | None = None
    time_precision: int = 1
    country: str = ""
    iso: int = 0
    region: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 0
    fatalities: int = 0
    civilian_targeting: str = ""
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    reported: bool = True  # False: background, a past event the article mentions as history
    event_id: str = ""
    event_id_cnty: str = ""
    timestamp: int = 0

    @property
    def interaction(self) -> int:
        """ACLED's interaction code: both inter codes, smaller first; 0 for a missing side."""
        a, b = sorted((self.inter1, self.inter2))
        return a * 10 + b if a else b * 10

    @property
    def status(self) -> str:
        return "reported" if self.reported else "background"


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker in an article."""

    article_id: str
    speaker: str
    role: str
    text: str
    start: int
    end: int
    speaker_start: int = -1
    speaker_end: int = -1
    quote_id: str = ""
    kind: str = "direct"  # direct ("..." said X), partial (a few words in quotes), indirect (X said that ...)


@dataclass(slots=True)
class Claim:
    """A statistical claim: a number, what it counts, when and where, and who says so."""

    article_id: str
    value: float
    unit: str
    counted: str
    period: str
    place: str
    attributed_to: str
    text: str
    start: int
    end: int
    aggregate: bool = False  # sums several events ("a series of attacks killed 100")
    claim_id: str = ""


@dataclass(slots=True)
class ArticleResult:
    """What the pipeline learned from one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # assumptions made, e.g. a missing date
    countries: list[str] = field(default_factory=list)  # ISO2 codes the text itself points to
    areas: list[tuple[str, str]] = field(default_factory=list)  # (ISO2, region key) the text itself places
    place_margin: float = float("inf")  # how narrowly a place was told from a namesake elsewhere


@dataclass(slots=True)
class Story:
    """Articles from one or more outlets about the same development."""

    story_id: str
    title: str
    article_ids: list[str]
    copies: dict[str, str] = field(default_factory=dict)  # article id -> the article it copies
