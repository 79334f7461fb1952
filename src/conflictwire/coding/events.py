"""Events in ACLED's conventions from one article, each field with the words that support it.

An article is cut into frames: a sentence with an event trigger opens a frame; sentences that
only add to it ('Four peacekeepers were killed', 'JNIM claimed responsibility', 'the attack was
repelled') join it. Each frame gives one event, or several where ACLED's rules say so: one per
day of a date range, one per village of a list, a battle and an attack on civilians apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .. import packs
from ..analyse import Analysis, analyse
from ..analyse.dates import ResolvedDate, resolve
from ..analyse.lexicon import ACTOR, CUE, TAG, Mention, lexicon
from ..gazetteer import geography
from ..gazetteer.names import ascii_fold
from ..records import Article, Event, Evidence
from ..resolve.actors import ActorPhrase, ActorRef, naming, phrases, resolve_phrase
from ..resolve.places import PlaceContext, PlaceMention, resolve_places
from .classify import ANCHORS, EVENT_TYPE, REMOTE, Signals, classify
from .fatalities import count_deaths

CASUALTY_ONLY = {"kill", "dead"}
FAMILY = {  # frames of one family continue each other; a different family opens a new event
    **{t: "violence" for t in ("attack", "clash", "kill", "dead", "abduct", "rape", "loot", "burn", "destroy")},
    **{t: "remote" for t in REMOTE},
    **{t: "demonstration" for t in ("protest", "riot", "mob")},
    **{t: t for t in ("arrest", "defuse", "agreement", "takeover", "regain", "withdraw", "base", "change", "other")},
}
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BY = re.compile(r"^[^.;]{0,60}?\bby\s+$|^\s*by\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$", re.IGNORECASE)
MAX_SPLIT_DAYS = 10


@dataclass
class Frame:
    sentences: list[int]
    start: int
    end: int
    tags: set[str] = field(default_factory=set)
    inherited_from: "Frame | None" = None

    @property
    def family(self) -> str:
        families = [FAMILY[t] for t in self.tags if t in FAMILY]
        return families[0] if families else ""


@dataclass
class Doc:
    """One article, analysed and resolved: what every frame of it reads from."""

    article: Article
    analysis: Analysis
    places: list[PlaceMention]
    context: PlaceContext
    phrases: list[ActorPhrase]
    anchor: date | None
    languages: tuple[str, ...]
    regions: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.analysis.text

    def tags_in(self, start: int, end: int, layer: str = TAG) -> set[str]:
        return {e.kind for m in self.analysis.mentions if start <= m.start < end
                for e in m.entries if e.layer == layer}

    def main_country(self) -> str:
        counts = self.context.countries
        return counts.most_common(1)[0][0] if counts else ""


def sentence_tags(doc: Doc, i: int) -> set[str]:
    s = doc.analysis.sentences[i]
    return doc.tags_in(s.start, s.end) & ANCHORS


def has_own_setting(doc: Doc, i: int) -> bool:
    s = doc.analysis.sentences[i]
    own_place = any(s.start <= p.start < s.end and p.role == "event" for p in doc.places)
    own_date = any(s.start <= d.start < s.end and d.kind in ("day", "days", "weekday") for d in doc.analysis.dates)
    return own_place or own_date


def build_frames(doc: Doc) -> list[Frame]:
    frames: list[Frame] = []
    for i, s in enumerate(doc.analysis.sentences):
        tags = sentence_tags(doc, i)
        cues = doc.tags_in(s.start, s.end, CUE)
        current = frames[-1] if frames else None
        near = current is not None and i - current.sentences[-1] <= 2
        if not tags:
            if near and ("claim" in cues or "no_casualty" in cues):
                current.sentences.append(i)
                current.end = s.end
            continue
        continues = near and (
            tags <= CASUALTY_ONLY
            or ("claim" in cues and not has_own_setting(doc, i))
            or ({FAMILY.get(t) for t in tags} <= {current.family, "violence"} and current.family == "violence"
                and not has_own_setting(doc, i)))
        if continues:
            current.sentences.append(i)
            current.end = s.end
            current.tags |= tags
        else:
            frames.append(Frame([i], s.start, s.end, set(tags), inherited_from=current if near else None))
    return frames


def trigger_of(doc: Doc, frame: Frame) -> Mention | None:
    s = doc.analysis.sentences[frame.sentences[0]]
    anchors = [m for m in doc.analysis.mentions if s.start <= m.start < s.end and m.in_layer(TAG)
               and any(e.kind in ANCHORS for e in m.entries)]
    if not anchors:
        return None
    primary = [m for m in anchors if not all(e.kind in ("dead",) for e in m.entries)]
    return (primary or anchors)[0]


def roles(doc: Doc, frame: Frame, trigger: Mention) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
    """Agents and patients of the trigger: subject before an active verb, object after; swapped
    for a passive one, where 'by X' names the agent."""
    sentence = doc.analysis.sentences[frame.sentences[0]]
    text = doc.text
    in_sentence = [p for p in doc.phrases if sentence.start <= p.start < sentence.end]
    before = [p for p in in_sentence if p.end <= trigger.start]
    after = [p for p in in_sentence if p.start >= trigger.end]
    passive = bool(_PASSIVE.search(text[max(sentence.start, trigger.start - 30):trigger.start]))
    by_phrases = [p for p in after if _BY.search(text[trigger.end:p.start]) or
                  re.search(r"\bby\s+(?:\w+\s+){0,3}$", text[max(trigger.end, p.start - 30):p.start], re.I)]
    if passive:
        return by_phrases[:1], before[-1:]
    agents = before[-1:] if before else by_phrases[:1]
    patients = [p for p in after if p not in agents][:2]
    return agents, patients


def refs(doc: Doc, items: list[ActorPhrase], when: date | None, country: str, role: str) -> list[ActorRef]:
    nm = naming(lexicon(doc.languages, doc.regions))
    out: list[ActorRef] = []
    for p in items:
        out.extend(resolve_phrase(p, nm, when, country, role))
    return out


def event_country(doc: Doc, place: PlaceMention | None, actors: list[ActorRef]) -> str:
    if place is not None and place.country:
        return place.country
    states = [a.country for a in actors if a.kind in ("military", "police", "gendarmerie") and a.inter == 1]
    return states[0] if states else doc.main_country()


def frame_dates(doc: Doc, frame: Frame) -> tuple[ResolvedDate | None, tuple[int, int] | None]:
    """The frame's date: its own words first, then the article's first date, else none."""
    claim_sentences = {i for i in frame.sentences if "claim" in doc.tags_in(
        doc.analysis.sentences[i].start, doc.analysis.sentences[i].end, CUE) and not sentence_tags(doc, i) - {"dead"}}
    spans = [(doc.analysis.sentences[i].start, doc.analysis.sentences[i].end) for i in frame.sentences
             if i not in claim_sentences]
    candidates = [d for s, e in spans for d in doc.analysis.dates if s <= d.start < e and not d.since]
    if not candidates and frame.inherited_from is not None:
        f = frame.inherited_from
        candidates = [d for d in doc.analysis.dates if f.start <= d.start < f.end and not d.since]
    if not candidates:
        first = doc.analysis.sentences[0]
        candidates = [d for d in doc.analysis.dates if d.start < frame.start and d.kind in ("day", "days")
                      and d.start < first.end]
    for d in sorted(candidates, key=lambda d: (d.kind not in ("day", "days", "weekday", "relative"), d.start)):
        resolved = resolve(d, doc.anchor)
        if resolved is not None:
            return resolved, (d.start, d.end)
    return None, None


def frame_places(doc: Doc, frame: Frame) -> list[PlaceMention]:
    """Where the frame's event happened: coders' notes first, then cued places, then any."""
    own = [p for p in doc.places if frame.start <= p.start < frame.end]
    coded = [p for p in own if p.coded]
    if coded:
        return coded[:1]
    events = [p for p in own if p.role == "event" and p.place is not None]
    if not events and frame.inherited_from is not None:
        f = frame.inherited_from
        events = [p for p in doc.places if f.start <= p.start < f.end and p.role == "event" and p.place is not None]
    main = doc.main_country()
    if main and any(p.place.cc == main for p in events):
        # 'Malian soldiers ... in the Boulekessi area near Douentza': a reading in another country
        # loses to one in the country the text is about
        events = [p for p in events if p.place.cc == main]
    if events:
        first = events[0]
        same_list = [first]
        for p in events[1:]:  # 'the villages of Sogou and Berda': one event each
            if _LIST_JOIN.match(doc.text[same_list[-1].end:p.start]) and not _between(doc, first):
                same_list.append(p)
            else:
                break
        return same_list
    units = [p for p in own if p.unit is not None]
    if units:
        # the smallest unit named: a province before its region
        return [min(units, key=lambda p: -p.unit.level)]
    anywhere = [p for p in doc.places if p.role == "event" and p.place is not None]
    return anywhere[:1]


def _between(doc: Doc, place: PlaceMention) -> bool:
    return bool(re.search(r"\bbetween\s+(?:the\s+)?(?:villages?\s+of\s+)?$", doc.text[max(0, place.start - 30):place.start], re.I))


@dataclass
class Located:
    name: str
    country: str
    admin1: str
    admin2: str
    admin3: str
    lat: float | None
    lon: float | None
    precision: int
    span: tuple[int, int] | None


def locate(doc: Doc, mention: PlaceMention | None, when: date | None) -> Located | None:
    if mention is None:
        return None
    from ..resolve.admin import admin_names

    if mention.place is not None:
        p = mention.place
        a1, a2, a3 = admin_names(p.cc, p.admin1, p.admin2, p.admin3, when, doc.regions)
        # the place as the text spells it (ASCII, as ACLED writes names); coordinates and admin
        # names from the gazetteer
        return Located(ascii_fold(mention.text), p.cc, a1, a2, a3, p.lat, p.lon, mention.precision,
                       (mention.start, mention.end))
    u = mention.unit
    if u is None:
        return None
    a1 = u.name if u.level == 1 else u.admin1
    a2 = u.name if u.level == 2 else ""
    a1, a2, _ = admin_names(u.cc, a1, a2, "", when, doc.regions)
    return Located(ascii_fold(u.seat), u.cc, a1, a2, "", u.lat, u.lon, mention.explicit_precision or 3,
                   (mention.start, mention.end))


def split_even(total: int, parts: int) -> list[int]:
    """ACLED splits fatalities evenly between the events of one report; the first take the rest."""
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def code_frame(doc: Doc, frame: Frame) -> list[Event]:
    trigger = trigger_of(doc, frame)
    if trigger is None:
        return []
    text = doc.text
    tags = set(frame.tags)
    cues = doc.tags_in(frame.start, frame.end, CUE)
    dates, date_span = frame_dates(doc, frame)
    when = dates.days[0] if dates else doc.anchor
    places = frame_places(doc, frame)
    agent_phrases, patient_phrases = roles(doc, frame, trigger)
    provisional = event_country(doc, places[0] if places else None, [])
    agents = refs(doc, agent_phrases, when, provisional, "agent")
    patients = refs(doc, patient_phrases, when, provisional, "patient")
    # civilians do not wage war: a civilian 'agent' of violence is its victim ('a minibus was hit')
    if agents and all(a.civilian for a in agents) and tags & (ANCHORS - {"protest", "riot", "mob"}):
        patients, agents = agents + patients, []
    country = event_country(doc, places[0] if places else None, agents + patients)
    if country != provisional:
        agents = refs(doc, agent_phrases, when, country, "agent")
        patients = refs(doc, patient_phrases, when, country, "patient")
        if agents and all(a.civilian for a in agents) and tags & (ANCHORS - {"protest", "riot", "mob"}):
            patients, agents = agents + patients, []
    claimed = claimed_by(doc, frame, when, country)
    if claimed and (not agents or all(not a.named for a in agents)):
        agents = claimed
    all_refs = refs(doc, [p for p in doc.phrases if frame.start <= p.start < frame.end], when, country, "any")
    victim_spans = [(m.start, m.end) for m in doc.analysis.mentions
                    if m.in_layer(ACTOR) and frame.start <= m.start < frame.end]
    deaths, counts = count_deaths(text, frame.start, frame.end, doc.analysis.mentions, doc.analysis.numbers,
                                  victim_spans)
    if "no_casualty" in cues and not counts:
        deaths = 0
    crowd = any(r.kind in ("protesters", "rioters") for r in all_refs) or bool(tags & {"protest", "riot"})
    signals = Signals(tags=tags, cues=cues, agents=agents, patients=patients, deaths=deaths, crowd=crowd)
    sub_event = classify(signals)
    if not sub_event:
        return []
    actor1, actor2 = assign_actors(doc, sub_event, agents, patients, all_refs, when, country)
    evidence_base = {
        "event_type": [(trigger.start, trigger.end)],
        "sub_event_type": [(trigger.start, trigger.end)],
        "actor1": [(actor1.start, actor1.end)] if actor1 and actor1.end else [],
        "actor2": [(actor2.start, actor2.end)] if actor2 and actor2.end else [],
        "fatalities": [(c.start, c.end) for c in counts],
        "event_date": [date_span] if date_span else [],
        "notes": [(frame.start, frame.end)],
    }
    days = list(dates.days) if dates else [None]
    if len(days) > MAX_SPLIT_DAYS:
        days = [days[len(days) // 2]]
    locations = [locate(doc, p, when) for p in places] or [None]
    locations = [loc for loc in locations if loc is not None] or [None]
    slots = [(d, loc) for d in days for loc in locations]
    shares = split_even(deaths, len(slots))
    events = []
    for (day, loc), share in zip(slots, shares):
        event = make_event(doc, sub_event, actor1, actor2, day, dates, loc, share, frame, evidence_base)
        events.append(event)
    return events


def claimed_by(doc: Doc, frame: Frame, when: date | None, country: str) -> list[ActorRef]:
    """'JNIM claimed responsibility': the claimant is the perpetrator."""
    for m in doc.analysis.mentions:
        if frame.start <= m.start < frame.end and m.in_layer(CUE) and m.has("claim"):
            near = [p for p in doc.phrases if frame.start <= p.start < frame.end and abs(p.end - m.start) < 60
                    or (m.end <= p.start < m.end + 40)]
            named = [r for r in refs(doc, near, when, country, "agent") if r.named]
            if named:
                return named[:1]
    return []


def assign_actors(doc: Doc, sub_event: str, agents: list[ActorRef], patients: list[ActorRef],
                  all_refs: list[ActorRef], when: date | None, country: str) -> tuple[ActorRef, ActorRef | None]:
    nm = naming(lexicon(doc.languages, doc.regions))
    event_type = EVENT_TYPE[sub_event]
    groups = [a for r in all_refs for a in r.assoc if r.kind in ("civilians", "protesters", "rioters")]
    if event_type == "Protests":
        actor1 = nm.kind_actor("protesters", country, when, country)
        actor1.assoc = list(dict.fromkeys(groups))
        source = next((r for r in all_refs if r.kind in ("protesters", "civilians")), None)
        if source:
            actor1.start, actor1.end = source.start, source.end
        state = next((r for r in all_refs if r.inter == 1 and r.kind != "government"), None)
        actor2 = state if sub_event != "Peaceful protest" else None
        return actor1, actor2
    if event_type == "Riots":
        actor1 = nm.kind_actor("rioters", country, when, country)
        actor1.assoc = list(dict.fromkeys(groups))
        target = next((p for p in patients if p.kind not in ("rioters", "protesters")), None)
        if sub_event == "Mob violence" and (target is None or target.armed is False):
            target = nm.kind_actor("civilians", country, when, country)
            target.assoc = [a for p in patients for a in p.assoc]
        return actor1, target
    actor1 = next((a for a in agents if not a.civilian), None)
    if actor1 is None:
        if sub_event in ("Arrests", "Disrupted weapons use"):
            actor1 = next((r for r in all_refs if r.inter == 1), None) or nm.kind_actor("police" if sub_event == "Arrests" else "military", country, when, country)
        else:
            actor1 = next((p for p in patients if p.armed and p.inter != 1 and sub_event not in ("Armed clash",)), None) \
                or nm.kind_actor("unidentified", country, when, country)
    others = [p for p in patients if p is not actor1 and p.name != actor1.name]
    if event_type == "Violence against civilians":
        victims = [p for p in others if p.civilian]
        actor2 = victims[0] if victims else nm.kind_actor("civilians", country, when, country)
        if not victims:
            actor2.assoc = [a for p in others for a in p.assoc]
        return actor1, actor2
    if sub_event == "Armed clash":
        armed = [p for p in others if p.armed]
        if armed:
            return actor1, armed[0]
        if actor1.inter in (1, 8):
            return actor1, nm.kind_actor("unidentified", country, when, country)
        state = next((r for r in all_refs if r.inter in (1, 8) and r.armed and r.name != actor1.name), None)
        return actor1, state or nm.kind_actor("unidentified", country, when, country)
    return actor1, (others[0] if others else None)


def make_event(doc: Doc, sub_event: str, actor1: ActorRef, actor2: ActorRef | None, day: date | None,
               dates: ResolvedDate | None, loc, fatalities: int, frame: Frame,
               evidence_base: dict[str, list[tuple[int, int]]]) -> Event:
    geo = geography()
    event_type = EVENT_TYPE[sub_event]
    taxonomy = lexicon(doc.languages, doc.regions).taxonomy
    country_code = loc.country if loc else (actor1.country if actor1.inter == 1 else doc.main_country())
    country = geo.countries.get(country_code)
    tags: list[str] = []
    precision = dates.precision if dates else 1
    if day is None:
        day = doc.anchor
        tags.append("date assumed from publication")
        precision = 2
    elif dates and dates.assumed_year:
        tags.append("year from publication date")
    event = Event(
        event_type=event_type, sub_event_type=sub_event, disorder_type=taxonomy["disorder"][event_type],
        actor1=actor1.name, inter1=actor1.inter, assoc_actor_1="; ".join(dict.fromkeys(actor1.assoc)),
        actor2=actor2.name if actor2 else "", inter2=actor2.inter if actor2 else 0,
        assoc_actor_2="; ".join(dict.fromkeys(actor2.assoc)) if actor2 else "",
        event_date=day, time_precision=precision,
        country=country.name if country else "", iso=country.isonum if country else 0,
        region=country.region if country else "",
        admin1=loc.admin1 if loc else "", admin2=loc.admin2 if loc else "", admin3=loc.admin3 if loc else "",
        location=loc.name if loc else "", latitude=loc.lat if loc else None, longitude=loc.lon if loc else None,
        geo_precision=loc.precision if loc else 0, fatalities=fatalities,
        civilian_targeting="Civilian targeting" if actor2 is not None and actor2.civilian and event_type in (
            "Violence against civilians", "Explosions/Remote violence", "Riots") else "",
        source=doc.article.outlet, notes=doc.text[frame.start:frame.end][:1000], tags=tags,
        article_ids=[doc.article.id],
    )
    spans = dict(evidence_base)
    if loc and loc.span:
        for f in ("location", "admin1", "admin2", "latitude", "longitude"):
            spans[f] = [loc.span]
    event.evidence = [Evidence(doc.article.id, f, s, e, doc.text[s:e]) for f, ss in spans.items() for s, e in ss if e > s]
    event.confidence = confidence(event, actor1, actor2, loc)
    return event


def confidence(event: Event, actor1: ActorRef, actor2: ActorRef | None, loc) -> float:
    """A rough 0-1 score: how much of the event the words pinned down."""
    score = 0.4
    score += 0.2 if actor1.end else 0.0
    score += 0.15 if loc is not None and loc.precision == 1 else (0.08 if loc is not None else 0.0)
    score += 0.15 if "date assumed from publication" not in event.tags else 0.0
    score += 0.1 if not actor1.hedged else 0.0
    return round(min(score, 1.0), 2)


def prepare(article: Article, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
            regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> Doc:
    analysis = analyse(article.text, languages, regions)
    places, context = resolve_places(article.text, analysis.mentions, languages=languages, regions=regions)
    return Doc(article, analysis, places, context, phrases(article.text, analysis.mentions),
               article.published, languages, regions)


def code_events(article: Article, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
                regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> list[Event]:
    doc = prepare(article, languages, regions)
    events: list[Event] = []
    for frame in build_frames(doc):
        events.extend(code_frame(doc, frame))
    return events
