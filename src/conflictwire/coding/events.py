"""Events in ACLED's conventions from one article, each field with the words that support it.

An article is cut into frames: a sentence with an event trigger opens a frame; sentences that
only add to it ('Four peacekeepers were killed', 'JNIM claimed responsibility', 'the attack was
repelled') join it. Each frame gives one event, or several where ACLED's rules say so: one per
day of a date range, one per village of a list, a battle and an attack on civilians apart.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from datetime import date, timedelta

from .. import packs
from ..analyse import Analysis, analyse
from ..analyse.dates import ResolvedDate, resolve
from ..analyse.lexicon import ACTOR, CUE, TAG, Entry, Mention, lexicon
from ..gazetteer import geography
from ..gazetteer.names import ascii_fold, name_key
from ..records import Article, Event, Evidence
from ..resolve.actors import ActorPhrase, ActorRef, acled_kind, as_militia, naming, phrases, resolve_phrase, staff_of
from ..resolve.outlets import outlet_home
from ..resolve.places import (BATCH_AREAS, PlaceContext, PlaceCue, PlaceMention, find_dateline, lies_in, notable,
                              place_rules, region_prior, resolve_places)
from .background import ArticleDate, infer_article_date, is_background
from .claims import find_claims
from .quotes import find_quotes, quote_words
from .situations import (act_word, anaphoric, any_past_form, duration_days, grammar, in_seized_list,
                         states_situation, tells_in_past, topical_plural)
from .classify import ANCHORS, EVENT_TYPE, PROPERTY, REMOTE, STRATEGIC, VIOLENT, Signals, classify
from .fatalities import (CASUALTY_TAGS, SplitNote, coded_deaths, count_deaths, patterns as death_patterns,
                         split_note, with_coded_deaths)

FAMILY = {  # frames of one family continue each other; a different family opens a new event
    **{t: "violence" for t in ("attack", "clash", "operation", "kill", "dead", "injure", "abuse", "abduct", "rape",
                               "loot", "burn", "destroy")},
    **{t: "remote" for t in REMOTE},
    **{t: "demonstration" for t in ("protest", "riot", "mob", "disperse", "violent_crowd")},
    **{t: t for t in ("arrest", "defuse", "agreement", "takeover", "regain", "withdraw", "base", "change", "other")},
    "release": "agreement",
}
_QUOTED = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"")
# Where a clause begins; a bare 'after' too ('Policeman wounded after armed men seized his
# vehicle'), not 'after being struck', whose subject is the sentence's.
_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|before|after|as|then)\s+"
                     r"|\s+(?:while|whereas|but|where|when|after(?!\s+(?:being|having)\b))\s+", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BY = re.compile(r"^[^.;]{0,60}?\bby\s+$|^\s*by\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:\w+\s+){0,3}$", re.I)  # 'by' (and up to three words) before an agent
_CLAUSE_BREAK = re.compile(r",|\band\b", re.I)  # where a sentence's next clause may begin
MAX_SPLIT_DAYS = 10
RANGE_DAYS = 8  # a range of days this long is one event, not one a day (see code_frame)
NON_STATE_ARMED = (2, 3)  # inter codes of rebel groups and political militias
FREED_CHARS = 30  # how far after 'liberated' the people it frees may be named: 'liberated all 55 prisoners'
PLACE_AFTER_CHARS = 60  # ... unless a place is named after it: 'retook Boni from Ansar Dine fighters'
_LABEL = re.compile(r"\s*([A-Za-z][\w /-]{2,40}?)\s*:\s")
CROWD_KINDS = ("civilians", "protesters", "rioters")


@cache
def note_labels(languages: tuple[str, ...]) -> dict[str, str]:
    """Coders' labels (lower case) -> the sub-event type they name: the packs' labels and the
    taxonomy's own sub-event names."""
    taxonomy = packs.read("acled", "taxonomy")
    labels = {name.lower(): name for names in taxonomy["sub_events"].values() for name in names}
    for data in packs.read_all(languages, "events"):
        labels.update(data.get("labels", {}))
    return labels


@dataclass
class Frame:
    sentences: list[int]
    start: int
    end: int
    tags: set[str] = field(default_factory=set)
    inherited_from: "Frame | None" = None

    @property
    def family(self) -> str:
        return primary_family(self.tags)


def primary_family(tags: set[str]) -> str:
    """The family of the sentence's main trigger: 'soldiers repelled an attack ... and seized
    weapons' is a battle that also seized weapons, not a seizure."""
    ranked = sorted((t for t in tags if t in FAMILY), key=lambda t: (TRIGGER_RANK.get(t, 9), t))
    return FAMILY[ranked[0]] if ranked else ""


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

    dateline: tuple[int, int] | None = None
    quoted: list[tuple[int, int]] = field(default_factory=list)
    inferred: ArticleDate | None = None  # when the article has no publication date

    def dateline_covers(self, offset: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= offset < self.dateline[1]

    @property
    def reference(self) -> date | None:
        """The day the article speaks from: its publication date, else the inferred one."""
        return self.article.published or (self.inferred.earliest if self.inferred else None)

    @property
    def text(self) -> str:
        return self.analysis.text

    def tags_in(self, start: int, end: int, layer: str = TAG) -> set[str]:
        return {e.kind for m in self.analysis.mentions_between(start, end) for e in m.entries if e.layer == layer}

    @cached_property
    def accused(self) -> frozenset[int]:
        """Where the event words naming what someone is accused of start ('arrested on charges of
        murder'): looked for once an article, as every stage asks for the event words."""
        pattern = grammar(self.languages).accusation
        return frozenset(m.start for m in self.analysis.mentions
                         if m.in_layer(TAG) and pattern.search(self.text, max(0, m.start - 30), m.start))

    @cached_property
    def seized_weapons(self) -> frozenset[int]:
        """Where weapon words name what was taken, not used: 'seized two motorbikes, arms, IEDs and
        a grenade'. A list, with no verb of its own ('seized the town and detonated an IED' used one);
        a single weapon taken or found ('discovered an IED') is the event's own."""
        g = grammar(self.languages)
        return frozenset(m.start for m in self.analysis.mentions
                         if (m.has("ied") or m.has("grenade")) and in_seized_list(self.text, m.start, g))

    @cached_property
    def label(self) -> tuple[str, int] | None:
        """A coder's label opening the text ('Movement of forces: ...'): the sub-event type it names
        and where it ends."""
        m = _LABEL.match(self.text)
        sub_event = note_labels(self.languages).get(m.group(1).strip().lower()) if m else None
        return (sub_event, m.end(1)) if sub_event else None

    @cached_property
    def split_note(self) -> SplitNote | None:
        """A coder's note that split the report's deaths between its events: read once an article."""
        return split_note(self.text, self.languages)

    @cached_property
    def denied(self) -> tuple[tuple[int, int], ...]:
        """Where the text says a fight did not happen ('no clashes were reported'): the event words
        there are no events."""
        return tuple((m.start, m.end) for m in self.analysis.mentions if m.has("no_fight"))

    @cached_property
    def frees_people(self) -> frozenset[int]:
        """Where a word of retaking names people set free, not a place: 'liberated sixteen
        prisoners', 'liberated all 55 detainees', 'three hostages were also liberated'."""
        people = [m for m in self.analysis.mentions if m.in_layer(ACTOR)
                  and not any(e.kind in ("country", "metonym") for e in m.entries)]
        places = [p.start for p in self.places]
        freed_before = grammar(self.languages).freed_before  # people before the word: its passive's subject

        def freed(m: Mention) -> bool:
            after = (0 < p.start - m.end <= FREED_CHARS and re.fullmatch(r"(?:\s+[\w'’-]+){0,3}\s+",
                                                                          self.text[m.end:p.start]) for p in people)
            before = (0 < m.start - p.end <= PLACE_AFTER_CHARS and freed_before.fullmatch(self.text, p.end, m.start)
                      and not any(p.end <= start < m.start for start in places) for p in people)
            return any(after) or any(before)
        return frozenset(m.start for m in self.analysis.mentions if m.has("regain") and freed(m)
                         and not any(0 < start - m.end <= PLACE_AFTER_CHARS for start in places))

    def anchors_in(self, start: int, end: int) -> list[Mention]:
        """The event words between two offsets (not the refiners such as 'suicide' or 'dead'), less
        what someone is accused of, what the text says did not happen and people set free."""
        return [m for m in self.analysis.mentions_between(start, end)
                if m.in_layer(TAG) and any(e.kind in ANCHORS for e in m.entries) and m.start not in self.accused
                and not any(a <= m.start < b for a, b in self.denied) and m.start not in self.frees_people
                and m.start not in self.seized_weapons]

    def main_country(self) -> str:
        counts = self.context.countries
        return counts.most_common(1)[0][0] if counts else ""


def sentence_tags(doc: Doc, i: int) -> set[str]:
    """A sentence's event triggers, leaving out those inside quotation marks: testimony tells of
    an event the article reports in its own words."""
    s = doc.analysis.sentences[i]
    return {e.kind for m in doc.anchors_in(s.start, s.end)
            if not any(a <= m.start < b for a, b in doc.quoted)
            for e in m.entries if e.layer == TAG and e.kind in ANCHORS}


AGGREGATE = 50  # a count this large next to words of totals and trends is a statistic
_STATISTIC_WORDS = re.compile(r"\b(?:data|statistics|figures|per ?cent|%)|%", re.IGNORECASE)


def statistical(doc: Doc, sentence, cues: set[str]) -> bool:
    """'ACLED data show 3,000 fatalities in the first half of 2024', 'a series of attacks killed
    over 100 soldiers': a claim about many events. A sentence that dates its event to a day or
    places it in a town is a report, whatever words of totals it uses."""
    if "statistic" not in cues and "%" not in sentence.text:
        return False
    if own_day(doc, sentence, relative=False) or placed(doc, sentence.start, sentence.end, towns_only=True):
        return False  # a report of its own day or town: 'relatives of 300 detained soldiers protested in Ouagadougou'
    big = any(sentence.start <= n.start < sentence.end and n.value >= AGGREGATE for n in doc.analysis.numbers)
    return big or bool(_STATISTIC_WORDS.search(sentence.text))


def own_day(doc: Doc, s, relative: bool = True) -> bool:
    """Whether a sentence dates something to a day: '12 March', 'on Tuesday', and unless told
    otherwise 'yesterday'."""
    return any(s.start <= d.start < s.end and (d.kind in ("day", "days", "weekday") or
                                               relative and d.kind == "relative" and d.precision == 1)
               for d in doc.analysis.dates)


def placed(doc: Doc, start: int, end: int, towns_only: bool = False, told: frozenset[str] = frozenset()) -> bool:
    """Whether the words between two offsets name where an event happened (a town, not only a
    region, if towns_only), other than the places told (name keys)."""
    return any(start <= p.start < end and p.role == "event" and (p.place is not None or not towns_only)
               and name_key(p.text) not in told for p in doc.places)


def has_own_setting(doc: Doc, i: int, frame: Frame | None = None, days: bool = True) -> bool:
    """Whether a sentence names a place (or, with days, a day) of its own: not one the frame it may
    go on named ('Clashes ... in Kouakourou. The patrol was ambushed in a forest 5km from Kouakourou')."""
    s = doc.analysis.sentences[i]
    told = frozenset(name_key(p.text) for p in doc.places if frame and frame.start <= p.start < frame.end)
    return placed(doc, s.start, s.end, told=told) or days and own_day(doc, s, relative=False)


LEAD_SENTENCES = 3  # an article's news is told in the first sentences of its body


def reported_tags(doc: Doc, i: int, lead: bool) -> set[str]:
    """A sentence's event triggers. In a long article, less a topic's plural words ('fearing
    raids') and words for what it has told ('the attacks'), and nothing at all where the
    sentence states a situation rather than reports an event (see situations.py)."""
    tags = sentence_tags(doc, i)
    if not tags or not long_form(doc):
        return tags
    s = doc.analysis.sentences[i]
    g = grammar(doc.languages)
    dated = own_day(doc, s)
    anchors = [m for m in doc.anchors_in(s.start, s.end) if dated or not anaphoric(doc.text, m, g)]
    # a topic's plural ('to protest against the rise in attacks') is no trigger, unless the
    # only one of a dated sentence ('carried out operations on 11-12 March')
    told = [m for m in anchors if not topical_plural(doc.text, m, g)]
    tags = {e.kind for m in (told if told or not dated else anchors) for e in m.entries if e.kind in tags}
    triggers = [m for m in anchors if any(e.kind in tags for e in m.entries)]
    return set() if tags and states_situation(doc.text, s, triggers, dated, lead, g) else tags


def opening_words(text: str, n: int) -> list[str]:
    """A sentence's or clause's first n words, lower case: its subject, mostly."""
    return [w.lower() for w in re.findall(r"[\w'’-]+", text)[:n]]


def told_before(doc: Doc, s, frame: Frame | None = None) -> bool:
    """'The IED was most likely planted by ...': every event word of the sentence refers back;
    or its subject does ('The operation was initiated with an airstrike ... 14 militants were
    killed': how the event told goes on), or names again a side of the frame ('Clashes between
    JNIM and a National Guard patrol ... The patrol was ambushed')."""
    g = grammar(doc.languages)
    anchors = doc.anchors_in(s.start, s.end)
    words = opening_words(s.text, 3)
    return all(anaphoric(doc.text, m, g) for m in anchors) or \
        bool(anchors) and anaphoric(doc.text, anchors[0], g) and anchors[0].start - s.start <= SUBJECT_CHARS or \
        len(words) > 1 and words[0] in g.anaphoric and (bool(set(words[1:]) & g.event_nouns)
                                                        or frame is not None and _side_again(doc, s, frame))


def news_tags(doc: Doc, s, tags: set[str]) -> set[str]:
    """A sentence's tags less those only of event words that refer back: 'Three people were
    injured in the attack' tells the injuries of the attack told, no attack of its own. All of
    them where nothing else is left, or where a month or a year dates the sentence ('... who fled
    the ambush near Boni last August' tells other news)."""
    if any(s.start <= d.start < s.end and d.kind not in ("day", "days", "weekday") for d in doc.analysis.dates):
        return tags
    g = grammar(doc.languages)
    back: set[str] = set()
    fresh: set[str] = set()
    for m in doc.anchors_in(s.start, s.end):
        (back if anaphoric(doc.text, m, g) else fresh).update(e.kind for e in m.entries)
    return tags - (back - fresh) or tags


def casualties_told(doc: Doc, s, tags: set[str], frame: Frame) -> bool:
    """Whether the sentence tells only the casualties of the frame's event: its dead, unless
    dated to another day."""
    news = news_tags(doc, s, tags)
    return news <= CASUALTY_TAGS and ("kill" not in news or not another_day(doc, s, frame))


def release_told(frame: Frame, tags: set[str]) -> bool:
    """A sentence with these tags, after the frame's abduction, tells how the captivity ended ('He
    was released five days later'): no agreement of its own, and not the abduction's day."""
    return "abduct" in frame.tags and "release" in tags and tags <= {"release", "agreement"}


def remains_told(doc: Doc, s) -> bool:
    """'Their bodies were found on March 23', 'The 8 bodies were discovered in a mass grave': the
    dead of the event told, found later (their finding is no event, its place and day not the event's)."""
    g = grammar(doc.languages)
    words = [w for w in opening_words(s.text, 3) if not w.isdigit()]
    return len(words) > 1 and words[0] in g.anaphoric and words[1] in g.remains_nouns


def _side_again(doc: Doc, s, frame: Frame) -> bool:
    """Whether a sentence's subject names again, by the same words, a side its frame named."""
    subject = next((p for p in doc.phrases if s.start <= p.start < s.start + SUBJECT_CHARS), None)
    if subject is None:
        return False
    keys = _actor_keys(subject)
    return any(frame.start <= p.start < frame.end and keys & _actor_keys(p) for p in doc.phrases)


def _actor_keys(p: ActorPhrase) -> set[tuple[str, str]]:
    """What a phrase's words name: actor kinds and names, and the cue classes of its nouns ('patrol'
    and 'convoy' are both armed targets; 'villagers' and 'village' both civilian ones)."""
    return {(e.kind, e.key) for m in p.mentions for e in m.entries}


SUBJECT_CHARS = 12  # an event word this close to a sentence's start is (in) its subject: 'The attack'


def another_day(doc: Doc, s, frame: Frame) -> bool:
    """Whether a sentence dates something to a day the frame's words do not: 'on Monday' after
    'on Monday 3 June' is the same day."""
    def days(start: int, end: int, kinds: tuple[str, ...]) -> set[date]:
        resolved = (resolve(d, doc.anchor) for d in doc.analysis.dates if start <= d.start < end and d.kind in kinds)
        return {day for r in resolved if r is not None for day in r.days}
    told = days(frame.start, frame.end, ("day", "days", "weekday"))
    weekdays = {d.weekday() for d in told}
    return bool(days(s.start, s.end, ("day", "days")) - told) or any(
        s.start <= d.start < s.end and d.kind == "weekday" and d.weekday not in weekdays for d in doc.analysis.dates)


def crowd_goes_on(doc: Doc, s, frame: Frame) -> bool:
    """'... gathered in front of the police station. They then set fire to it': a sentence whose
    subject is the crowd just told tells what the demonstration became."""
    g = grammar(doc.languages)
    words = opening_words(s.text, 2)
    return "protest" in frame.tags and bool(words) and (
        words[0] in g.crowd_pronouns or len(words) > 1 and words[1] in g.crowd_words and words[0] in g.anaphoric)


def build_frames(doc: Doc) -> list[Frame]:
    frames: list[Frame] = []
    body = 0  # sentences of the article's body so far, titles left out
    for i, s in enumerate(doc.analysis.sentences):
        title = not brief(doc) and (headline(s.text) or long_form(doc) and unterminated(s.text))
        body += not title
        tags = reported_tags(doc, i, lead=not frames and body <= LEAD_SENTENCES)
        cues = doc.tags_in(s.start, s.end, CUE)
        current = frames[-1] if frames else None
        near = current is not None and i - current.sentences[-1] <= 2
        if statistical(doc, s, cues):
            continue  # totals and trends are claims about many events (see claims.py)
        if title:
            continue  # a title or subtitle repeats the story the article tells
        if tags and not brief(doc) and all(habitual(doc, m) for m in doc.anchors_in(s.start, s.end)):
            continue  # 'The country is grappling with violence from ...': a situation, not an event
        # 'They were dispersed by police', 'Gendarmes dispersed the crowd with tear gas and shots in
        # the air': how the protest or riot just told ended
        disperses = near and current.tags & {"protest", "riot"} and "disperse" in doc.tags_in(s.start, s.end)
        if not tags:
            # (a coder's note on the count, 'The attackers suffered losses (coded as 10)', too)
            if near and (cues & {"claim", "no_casualty", "no_fight"} or disperses
                         or coded_deaths(doc.text, s.start, s.end, doc.languages)):
                current.sentences.append(i)
                current.end = s.end
                current.tags |= {"disperse"} if disperses else set()
            continue
        crowd = near and crowd_goes_on(doc, s, current) and not own_day(doc, s, relative=False)
        own_setting = has_own_setting(doc, i)
        new_setting = near and own_setting and has_own_setting(doc, i, current)  # a place or day the frame did not name
        dispersed = disperses and not own_setting
        continues = near and (
            crowd or dispersed
            or casualties_told(doc, s, tags, current)
            # 'Five militants dead, one captured': the battle's or operation's toll, not an arrest of its own
            or (current.tags & {"clash", "operation", "air"} and tags <= CASUALTY_TAGS | {"arrest"} and not new_setting)
            or ("dead" in tags and grammar(doc.languages).later_death.search(s.text))
            or release_told(current, tags)
            # 'JNIM claimed the attack on October 27': the day of the claim, not of another attack
            or ("claim" in cues and not has_own_setting(doc, i, current, days=False))
            or remains_told(doc, s)
            or (told_before(doc, s, current) and not new_setting)
            # a detail of the same kind of event; or, 'Two soldiers were killed on Saturday ... The
            # gunmen opened fire ... in the town of X', the place of one its first sentence left unplaced
            or (primary_family(tags) == current.family and (
                not own_setting
                or not placed(doc, current.start, current.end) and not another_day(doc, s, current))))
        if continues:
            current.sentences.append(i)
            current.end = s.end
            # a detail of the event: its other words ('people gathered at the market') change no type
            current.tags |= {t for t in tags if FAMILY.get(t) == current.family or t in CASUALTY_TAGS or crowd}
            current.tags |= {"disperse"} if dispersed else set()
        elif long_form(doc) and not own_setting and primary_family(tags) in {f.family for f in frames}:
            continue  # further on in an article, a detail of an event it has told ('the attackers arrived at dawn')
        else:
            frames.append(Frame([i], s.start, s.end, set(tags), inherited_from=current if near else None))
    return frames


# Which trigger word is the event's main verb: violence and remote weapons before demonstrations,
# demonstrations before political developments, a bare death word last.
TRIGGER_RANK = {**{t: 3 for t in STRATEGIC}, **{t: 0 for t in VIOLENT | REMOTE | {"release"}},
                **{t: 1 for t in ("protest", "riot", "mob")}, **{t: 2 for t in PROPERTY | {"takeover", "regain"}},
                "dead": 4, "injure": 4}


def _rank(m: Mention) -> int:
    """How high an event word ranks as a sentence's main verb (TRIGGER_RANK; 9 for none)."""
    return min(TRIGGER_RANK.get(e.kind, 9) for e in m.entries)


_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?:had|have|has|were|was)?\s*(?:\w+ly\s+)?$", re.IGNORECASE)


def trigger_of(doc: Doc, frame: Frame) -> Mention | None:
    """The event's main verb: the highest-ranked trigger, not inside a relative clause
    ('expelled French troops—forces that had battled insurgents')."""
    s = doc.analysis.sentences[frame.sentences[0]]
    anchors = doc.anchors_in(s.start, s.end)
    if not anchors:
        return None
    main = [m for m in anchors if not _RELATIVE_CLAUSE.search(doc.text[max(s.start, m.start - 30):m.start])]
    if "protest" in frame.tags:  # 'demonstrated for justice about the assassination': the march, not its topic
        main = [m for m in main if not grievance_word(doc.text, m, doc.languages)] or main
    return min(main or anchors, key=lambda m: (_rank(m), m.start))


def roles(doc: Doc, frame: Frame, trigger: Mention) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
    """Agents and patients of the trigger (see _clause_roles); the dead never act, so a phrase
    naming them is a patient ('the bodies of two herders kidnapped ... were found')."""
    agents, patients = _clause_roles(doc, frame, trigger)
    remains = [p for p in agents if any(m.has("dead") for m in p.mentions)]
    return [p for p in agents if p not in remains], remains + [p for p in patients if p not in remains]


def _clause_roles(doc: Doc, frame: Frame, trigger: Mention) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
    """Agents and patients of the trigger by its clause: subject before an active verb, object
    after; swapped for a passive one, where 'by X' names the agent."""
    sentence = doc.analysis.sentences[frame.sentences[0]]
    text = doc.text
    clause_start = sentence.start
    for m in _CLAUSE.finditer(text, sentence.start, trigger.start):
        clause_start = m.end()
    for m in grammar(doc.languages).reported_clause.finditer(text, clause_start, trigger.start):
        clause_start = m.end()  # 'Locals signalled that a Malian army patrol was ambushed': not the locals
    in_sentence = [p for p in doc.phrases if sentence.start <= p.start < sentence.end
                   and not (doc.dateline and doc.dateline[0] <= p.start < doc.dateline[1])]
    if _rank(trigger) <= 2:
        # a country named alone is where, not who: 'in Mali, gunmen attacked'
        in_sentence = [p for p in in_sentence if not all(e.kind in ("country", "metonym") for m in p.mentions
                                                         for e in m.entries) or _state_by_name(doc, p)]
    if doc.label and trigger.end <= doc.label[1]:  # 'Movement of forces: AQIM leaders enter Timbuktu'
        told = [p for p in in_sentence if p.start >= doc.label[1]]
        return told[:1], told[1:2]
    # a subject the trigger's words end in counts as before it ('the Malian air force carried out')
    before = [p for p in in_sentence if clause_start <= p.start < trigger.start]
    near = place_rules(doc.languages).near_before
    # 'blew up a bridge near the village': the village is where, not whom
    after = [p for p in in_sentence if p.start >= trigger.end and not near.search(text, sentence.start, p.start)]
    by_phrases = [p for p in after if _BY.search(text[trigger.end:p.start]) or
                  _BY_BEFORE.search(text[max(trigger.end, p.start - 30):p.start])]
    sides = _between_sides(doc, frame) if "clash" in frame.tags else None
    if sides and (all(armed_phrase(doc, side[0]) for side in sides) or all(side[0].entries("ethnic") for side in sides)
                  or all(_crowd_phrase(side[0]) for side in sides)):
        # 'clashes between suspected CMA and GATIA fighters', 'violence between Dogon and Fulani',
        # 'clashes between students'
        return sides
    # 'French airstrikes killed', 'three women died in French airstrikes': the state whose adjective
    # the event's word bears acts
    owner = [p for p in before[-1:] if not text[p.end:trigger.start].strip() and _state_adjective(doc, p)]
    if is_passive(doc, trigger, before, sentence.start):  # 'a Malian army post ... was attacked by armed men'
        captors = None if by_phrases else held_by(doc, trigger, in_sentence, sentence.start)
        agents = by_phrases[:1] or owner or _later_subject(doc, after) or _setting_owner(doc, trigger, after)
        patients = [p for p in before if p not in owner]
        if not agents and patients and armed_phrase(doc, patients[0]):
            if not state_forces(doc, patients[0]):
                agents = _previous_force(doc, frame)
            # 'militants seized two vehicles, one of the occupants was found killed', 'militants
            # entered the village, three traders were executed': the armed subject of an earlier
            # verb did it, to the passive's own subject (not 'soldiers injured in an ambush', a
            # passive itself)
            if not agents:
                clause = _passive_clause(doc, patients[0], trigger.start)
                if clause is not None:
                    agents, patients = patients[:1], [q for q in patients[1:] if q.start >= clause][-1:]
                elif _subject_of(doc, patients[0], lambda m: m.in_layer(TAG) and m.end <= trigger.start
                                 and not any(e.kind in CASUALTY_TAGS for e in m.entries)):
                    agents, patients = patients[:1], patients[1:][-1:]
        return captors or (agents, patients[:1])
    if before:
        agents = owner or before[:1]
    else:
        # no subject in the verb's clause ('..., five were found executed'): the sentence's armed
        # subject acts ('soldiers arrested six men, five were found executed')
        earlier = [p for p in in_sentence if p.end <= trigger.start]
        armed = [p for p in earlier if armed_phrase(doc, p)]
        agents = armed[:1] or earlier[-1:] or by_phrases[:1]
    # the verb's object only: later phrases belong to other clauses ('... although the ministry said')
    patients = [p for p in after if p not in agents and not (agents and _restates(doc, p, agents[0]))][:1]
    if before and not owner and not patients:
        # 'JNIM militants damaged a Barkhane vehicle by IED': the object of the verb the means served
        patients = [p for p in before[1:2] if any(m.in_layer(TAG) for m in
                                                   doc.analysis.mentions_between(before[0].end, p.start))]
    if owner and not patients:  # 'Islamist rebels flee Gao under pressure from French air strikes'
        patients = [p for p in before if p not in owner][:1]
    return agents, patients


def _previous_force(doc: Doc, frame: Frame) -> list[ActorPhrase]:
    """'French troops seize a bridge in Gao. 25 Islamists killed.': armed men killed with no one
    named as killing them, right after a sentence that tells no event of its own and whose subject
    is a state's forces, fell to those forces."""
    k = frame.sentences[0]
    if k == 0:
        return []
    previous = doc.analysis.sentences[k - 1]
    if any(_rank(m) <= 2 for m in doc.anchors_in(previous.start, previous.end)):
        return []
    first = [p for p in doc.phrases if previous.start <= p.start < previous.end][:1]
    # the subject: at most an article before it
    return [p for p in first if state_forces(doc, p) and len(doc.text[previous.start:p.start].split()) <= 1]


def _restates(doc: Doc, p: ActorPhrase, agent: ActorPhrase) -> bool:
    """'Islamist militants ambushed a vehicle, the militants shot dead the mayor': a definite generic
    phrase of the agent's own kind names the agent again, not its victim; so does the subject of
    a later act, of an armed group's kind, after a named armed group ('JNIM militants attacked the
    town, (the) militants opened fire at a school'; not 'MNLA seized Kidal from the Islamists')."""
    if p.entries("named"):
        return False
    kinds = {e.key for e in p.entries("kind")}
    if kinds and kinds <= {e.key for e in agent.entries("kind")} and _definite(doc, p):
        return True
    lx = lexicon(doc.languages, doc.regions)
    named_group = any(lx.actors.get(e.key, {}).get("inter") in NON_STATE_ARMED for e in agent.entries("named"))
    return bool(kinds) and named_group and _subject_of(doc, p, lambda m: m.in_layer(TAG)) \
        and all(lx.kinds.get(acled_kind(k), {}).get("inter") in NON_STATE_ARMED for k in kinds)


def _definite(doc: Doc, p: ActorPhrase) -> bool:
    """Whether an actor's words follow a definite article: 'the militants' names ones told before."""
    return bool(grammar(doc.languages).definite.search(doc.text, max(0, p.start - DEFINITE_CHARS), p.start))


DEFINITE_CHARS = 5  # how far before an actor's words its article may stand


def _later_subject(doc: Doc, after: list[ActorPhrase]) -> list[ActorPhrase]:
    """The subject of a later attack, strike or shelling verb of the sentence, who did what a passive
    told: 'One soldier was killed when FLM (fighters) attacked their post', '... when French special
    forces intercepted two vehicles', 'a girl was killed when the Malian air force bombed a camp'."""
    def attack(m: Mention) -> bool:
        return m.has("attack") or m.has("kill") or m.has("operation") or any(e.kind in REMOTE for e in m.entries)

    return [p for p in after if _subject_of(doc, p, attack) and not _counted_dead(doc, p, attack)][:1]


def _counted_dead(doc: Doc, p: ActorPhrase, verb_kind) -> bool:
    """'..., one militiaman killed': a number before the phrase and no object after its verb
    count the dead, not who killed them."""
    verb = _verb_after(doc, p, verb_kind)
    return verb is not None and any(0 <= p.start - n.end <= 1 for n in doc.analysis.numbers) and \
        not death_patterns(doc.languages).object_after.match(doc.text[verb.end:verb.end + 40])


VERB_CHARS = 25  # how far after an actor's words the verb it is the subject of may stand


def _verb_after(doc: Doc, p: ActorPhrase, verb_kind) -> Mention | None:
    """The first word of that kind right after p's words, or that ends them ('air force bombed')."""
    return next((m for m in doc.analysis.mentions_between(p.start, p.end + VERB_CHARS)
                 if m.end > p.end and verb_kind(m)), None)


def _subject_of(doc: Doc, p: ActorPhrase, verb_kind) -> bool:
    """Whether p is the subject of an active verb of that kind right after it (not a passive of
    its own: 'a group of 7 people were ambushed')."""
    g = grammar(doc.languages)
    verb = _verb_after(doc, p, verb_kind)
    gap = re.fullmatch(r"\s+(?:([\w'’-]+)\s+)?|", doc.text[p.end:verb.start]) if verb else None
    # the verb may come in the event's words with the subject's own ('air force bombed')
    return bool(gap) and any_past_form(doc.text[max(p.end, verb.start):verb.end].lower(), g) and \
        (gap.group(1) or "").lower() not in g.past_passive | g.present_passive | g.perfect


def _passive_clause(doc: Doc, p: ActorPhrase, passive: int) -> int | None:
    """Where the passive's own clause begins, when p is the subject of an earlier clause in the
    past: 'militants entered the village, three traders were executed' (not 'militants abducted
    last week were found dead', nor 'gunmen shot and wounded a guard but no one was killed')."""
    g = grammar(doc.languages)
    breaks = list(_CLAUSE_BREAK.finditer(doc.text, p.end, passive))
    if not breaks:
        return None
    # the new clause opens with its subject: not 'were' (an aside ends), nor a verb ('shot and
    # wounded', 'and then opened fire')
    opening = opening_words(doc.text[breaks[-1].end():breaks[-1].end() + 40], 2)
    if tells_in_past(doc.text[p.end:breaks[-1].start()], g) and opening and opening[0] not in g.past_passive \
            and not any_past_form(" ".join(opening), g):
        return breaks[-1].end()
    return None


def _setting_owner(doc: Doc, trigger: Mention, after: list[ActorPhrase]) -> list[ActorPhrase]:
    """Whose operation a passive's victims died in: 'One militant was killed during a Malian
    military operation', 'civilians killed in French air strikes', 'a leader was killed during
    the week of 11 October in a French military operation'."""
    g = grammar(doc.languages)
    return [p for p in after[:1] if (armed_phrase(doc, p) or _state_adjective(doc, p))
            and g.harm_setting_later.fullmatch(doc.text[trigger.end:p.start])]


def responder(doc: Doc, frame: Frame) -> list[ActorPhrase]:
    """Who answered the attack: the subject of 'repelled', 'fought back' ('village self-defense
    repelled the attack'), or whom it was repelled by."""
    text = doc.text
    for m in grammar(doc.languages).response.finditer(text, frame.start, frame.end):
        if re.match(r"^\s*(?:the\s+\w+\s+)?by\b", text[m.end():m.end() + 20], re.IGNORECASE):
            return [p for p in doc.phrases if m.end() <= p.start < m.end() + 40][:1]
        clause = max(frame.start, max((c.end() for c in _CLAUSE.finditer(text, frame.start, m.start())), default=0))
        return [p for p in doc.phrases if clause <= p.start and p.end <= m.start()][-1:]
    return []


def other_side(doc: Doc, frame: Frame, agents: list[ActorRef], when: date | None, country: str) -> list[ActorRef]:
    """The side that answered the attack, when it is a side of its own: a named group, state
    forces, a community's militia; not 'the villagers' (the attacked village tells their community
    better) nor 'militants' (mostly the attackers themselves)."""
    sides = {a.name for a in agents}
    found = [r for r in refs(doc, responder(doc, frame), when, country, "agent") if r.name not in sides
             and (r.named or r.armed and r.inter in (1, 8) or r.kind == "ethnic_militia")]
    return found[:1]


def held_by(doc: Doc, trigger: Mention, in_sentence: list[ActorPhrase],
            sentence_start: int) -> tuple[list[ActorPhrase], list[ActorPhrase]] | None:
    """'the army arrested 24 men who were executed', '3 people arrested by soldiers were
    executed': those killed with no one named are the captives, and the captors killed them."""
    for m in doc.analysis.mentions_between(sentence_start, trigger.start):
        if not (m.in_layer(TAG) and (m.has("arrest") or m.has("abduct"))):
            continue
        before = [p for p in in_sentence if p.end <= m.start]
        after = [p for p in in_sentence if m.end <= p.start and p.end <= trigger.start]
        if re.match(r"^\s*by\b", doc.text[m.end:m.end + 10], re.IGNORECASE):
            captors, captives = after[:1], before[-1:]  # '3 people arrested by FAMa soldiers'
        else:
            captors, captives = before[-1:], after[:1]  # 'the Malian army arrested 24 men'
        if captors and captives and armed_phrase(doc, captors[0]):
            return captors, captives
    return None


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:suspected|presumed|alleged)\s+)?$", re.IGNORECASE)


def _between_sides(doc: Doc, frame: Frame) -> tuple[list[ActorPhrase], list[ActorPhrase]] | None:
    """The two sides of 'clashes between A and B' (or 'between A and B fighters')."""
    inside = [p for p in doc.phrases if frame.start <= p.start < frame.end]
    for k, p in enumerate(inside):
        if _BETWEEN.search(doc.text[max(frame.start, p.start - 30):p.start]):
            # split where 'and' stands: 'between French troops and rebels'
            cut = next((i for i in range(1, len(p.mentions))
                        if re.search(r"\band\b|&", doc.text[p.mentions[i - 1].end:p.mentions[i].start])), 0)
            if cut:
                first, second = p.mentions[:cut], p.mentions[cut:]
                return [ActorPhrase(first, p.start, first[-1].end, p.uncertain, p.hedged)], \
                    [ActorPhrase(second, second[0].start, p.end, p.uncertain, p.hedged)]
            if k + 1 < len(inside) and \
                    re.fullmatch(r"\s+(?:and|&)\s+(?:(?:the|a|an)\s+)?", doc.text[p.end:inside[k + 1].start]):
                return [p], [inside[k + 1]]
            if _crowd_phrase(p):  # 'clashes between students of two schools': the same crowd on both sides
                return [p], [p]
    return None


def _crowd_phrase(p: ActorPhrase) -> bool:
    """A phrase of people, not of armed men: 'students', 'youths', 'residents'."""
    kinds = p.entries("kind")
    return all(e.key in CROWD_KINDS for e in kinds) and bool(kinds or p.entries("group")) and \
        not p.entries("named") and not p.entries("force")


_REDUCED_PASSIVE_AFTER = re.compile(r"^\s*(?:(?:by|in|during|near|on|at(?!\s+(?:least|most)\b)|while|when|after|following|and)\b"
                                    r"|[,.;&]|$)", re.IGNORECASE)  # 'three traders abducted & truck seized'
# 'by' a few words after a verb names its agent, unless a gerund follows ('by slitting his throat')
_BY_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s*\bby\b(?!\s+\w+ing\b)", re.IGNORECASE)
VICTIM_VERBS = {"kill", "dead", "abduct", "injure", "attack", "rape", "abuse"}
# A verb coordinated with an earlier passive shares it: 'were detained ... and (allegedly) tortured'.
_AND_PASSIVE = re.compile(r"\b(?:was|were)\s+\w+ed(?:\s+(?!\w+ed\b)[\w'’-]+){0,12}"
                          r"\s+and\s+(?:\w+ly\s+|then\s+|later\s+)?$", re.IGNORECASE)
_MEANS = re.compile(r"\b(?:aboard|on board|on|riding|using|with|in|from|at)\b", re.IGNORECASE)


def is_passive(doc: Doc, trigger: Mention, before: list[ActorPhrase], sentence_start: int) -> bool:
    """'was attacked', 'were killed'; and reduced forms: 'A farmer killed and a herder abducted by
    gunmen', 'Soldier killed in an ambush', 'FAMa checkpoint ... attacked last night'."""
    text = doc.text
    g = grammar(doc.languages)
    if _PASSIVE.search(text[max(sentence_start, trigger.start - 30):trigger.start]) or \
            text[trigger.start:trigger.end].lower() in g.victim_subject:
        return True
    if _AND_PASSIVE.search(text[sentence_start:trigger.start]):
        return True  # 'six men were detained by soldiers ... and allegedly tortured'
    if g.undergo.search(text, max(sentence_start, trigger.start - 30), trigger.start):
        return True  # 'a girl received 60 lashes after Islamists convicted her'
    if before and not trigger.has("clash") and any(
            any(e.kind in CASUALTY_TAGS for e in m.entries) and g.harm_setting.fullmatch(text[m.end:trigger.start])
            for m in doc.analysis.mentions_between(max(sentence_start, trigger.start - 40), trigger.start)):
        return True  # 'two peacekeepers (were) injured in an ambush': the subject is the ambush's target
    if not before or not any(e.kind in VICTIM_VERBS for e in trigger.entries):
        return False
    after = text[trigger.end:trigger.end + 40]
    by = _BY_AFTER.match(after)
    between = doc.analysis.mentions_between(trigger.end, trigger.end + by.end() - 2) if by else []
    if by and not any_past_form(by.group(0), g) and \
            not any(m.in_layer(ACTOR) for m in between):
        # 'killed by', 'given 40 lashes Monday by'; not 'an ambush initiated by', nor 'killed 40
        # militants by air strikes': an object between the verb and 'by' makes it active
        return True
    subject = before[0]
    gap = text[subject.end:trigger.start]
    # the subject's own head noun ('Malian army convoy ambushed', 'FAMa checkpoint in Boni
    # attacked'), not one it rides, uses or stands at ('militants aboard motorbikes killed',
    # 'policemen at the police station shot')
    target_noun = any(m.in_layer(CUE) and (m.has("armed_target") or m.has("vehicle"))
                      and not _MEANS.search(text[subject.start:m.start])
                      for m in doc.analysis.mentions_between(subject.start, trigger.start))
    if target_noun and not death_patterns(doc.languages).object_after.match(after):
        # 'Malian army convoy ambushed this afternoon', 'Gendarmerie post attacked around 19h'; not
        # 'the army camp sentinel shot dead an individual'
        return True
    if not _REDUCED_PASSIVE_AFTER.match(after) or len(gap.strip()) >= 3:
        return False
    if not armed_phrase(doc, subject):
        return True
    # an armed subject: 'Soldier killed in an ambush' is passive, but 'Militants attacked at
    # dawn' and 'Dozos abducted and executed two civilians' are active
    # 'Two soldiers killed and one injured in an ambush': 'and' joins another count of victims
    harmed = any(e.kind in CASUALTY_TAGS for e in trigger.entries)
    return harmed and (not re.match(r"^\s*and\b", after, re.IGNORECASE)
                       or bool(re.match(r"^\s*and\s+(?:\d+|one|two|three|four|five|another|others|several)\b",
                                        after, re.IGNORECASE)))


def armed_phrase(doc: Doc, phrase: ActorPhrase) -> bool:
    lx = lexicon(doc.languages, doc.regions)
    return state_forces(doc, phrase) or any(
        e.kind == "named" and lx.actors.get(e.key, {}).get("armed")
        or e.kind == "kind" and lx.kinds.get(acled_kind(e.key), {}).get("armed")
        for m in phrase.mentions for e in m.entries)


def state_forces(doc: Doc, phrase: ActorPhrase) -> bool:
    """'French troops', 'the gendarmerie', 'Barkhane': a state's forces, not its government."""
    kinds = lexicon(doc.languages, doc.regions).kinds
    return bool(phrase.entries("force")) or any(kinds.get(e.key, {}).get("state") and e.key != "government"
                                                for e in phrase.entries("kind"))


@cache
def unarmed_words(languages: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Words that make armed men civilians in ACLED's terms ('off-duty', 'police interpreter',
    'shot at his home'): before the actor's words, right after them (or ending them: 'MINUSMA
    contractor'), later in the clause; and lawbreakers' words ending a victim's ('suspected thieves')."""
    before = packs.alternation(packs.words(languages, "actors", "unarmed_before"))
    after = packs.alternation(packs.words(languages, "actors", "unarmed_after"))
    setting = packs.alternation(packs.words(languages, "actors", "unarmed_settings"))
    offenders = packs.alternation(packs.words(languages, "actors", "unarmed_offenders"))
    return (re.compile(rf"(?:{before})\s*(?:[\w'’-]+\s+){{0,2}}$", re.I),
            re.compile(rf"^\s*(?:{after})\b|\s(?:{after})$", re.I),
            re.compile(rf"^[^.;]{{0,{SETTING_CHARS}}}?\b(?:{setting})\b", re.I),
            re.compile(rf"\b(?:{offenders})$", re.I))


SETTING_CHARS = 60  # how far after a victim's words 'at his home' may stand


def harmed_before_answer(doc: Doc, frame: Frame, patients: list[ActorRef], answer: list[ActorRef],
                         dead: list[ActorRef]) -> bool:
    """Whether the attackers killed, wounded or abducted civilians before anyone answered them,
    with no armed man but those who answered among the dead: then the answer is a battle of its own."""
    words = grammar(doc.languages).response.search(doc.text, frame.start, frame.end)
    if words is None or not patients or not all(p.civilian for p in patients):
        return False
    harm = [m for m in doc.analysis.mentions_between(frame.start, words.start())
            if any(e.kind in CASUALTY_TAGS | {"abduct"} for e in m.entries)]
    return bool(harm) and not any(r.armed and r.name not in {a.name for a in answer} for r in dead)


def _allied_forces(agents: list[ActorRef]) -> bool:
    """Whether the agents are two or more state or foreign forces, acting together."""
    return len({a.name for a in agents}) >= 2 and all(a.inter in (1, 8) for a in agents)


def casualty_phrases(doc: Doc, frame: Frame, exclude: list[ActorPhrase]) -> list[ActorPhrase]:
    """Who the frame's dead and wounded were: the phrase right before a passive death word ('two
    Dozos killed') or right after an active one ('killing one Koglweogo member')."""
    out = []
    for m in doc.analysis.mentions_between(frame.start, frame.end):
        if not any(e.kind in CASUALTY_TAGS for e in m.entries):
            continue
        for p in doc.phrases:
            if p in exclude or p in out or not frame.start <= p.start < frame.end:
                continue
            gap_before = doc.text[p.end:m.start] if p.end <= m.start else None
            gap_after = doc.text[m.end:p.start] if p.start >= m.end else None
            if gap_before is not None and len(gap_before) < 45 and re.fullmatch(r"[^,;.]*", gap_before) or \
                    gap_after is not None and len(gap_after) < 35 and grammar(doc.languages).casualty_gap.fullmatch(gap_after):
                out.append(p)
    return out


def attack_targets(doc: Doc, frame: Frame) -> list[ActorPhrase]:
    """The phrase an attack noun names as its target ('an attack ... on a Malian army post'), and
    those who escorted the target ('a convoy escorted by the gendarmerie')."""
    g = grammar(doc.languages)
    inside = [p for p in doc.phrases if frame.start <= p.start < frame.end]
    named = [p for m in doc.analysis.mentions_between(frame.start, frame.end) if m.has("attack")
             for p in inside if m.end <= p.start < m.end + TARGET_CHARS
             and g.attack_target.search(doc.text[m.end:p.start])]
    return named + [p for p in inside if g.escort.search(doc.text, max(frame.start, p.start - TARGET_CHARS), p.start)]


TARGET_CHARS = 60  # how far after an attack noun 'on' its target may stand


def refs(doc: Doc, items: list[ActorPhrase], when: date | None, country: str, role: str) -> list[ActorRef]:
    nm = naming(lexicon(doc.languages, doc.regions))
    out: list[ActorRef] = []
    for p in items:
        found = resolve_phrase(p, nm, when, country, role)
        state = ""  # a state whose forces the phrase names by its name or adjective alone
        if _state_by_name(doc, p):
            state = p.entries("country")[0].key
        elif (role == "agent" and not found and _state_adjective(doc, p)) or \
                (not any(r.armed for r in found) and _state_post(doc, p)):
            state = p.entries("adjective")[0].key
        if state:
            force = nm.kind_actor("military", state, when, country)
            force.start, force.end, force.explicit = p.start, p.end, True
            found = [force]
        if role == "agent" and found and not any(r.named for r in found):
            found = _earlier_name(doc, p, nm, when, country) or found
        unarmed_before, unarmed_after, off_duty, offenders = unarmed_words(doc.languages)
        # (before the phrase's last words: 'a resource person of the FDS'); civilians keep their
        # origin ('a former Burkinabe soldier', 'a former Swiss engineer')
        if role == "patient" and (
                unarmed_before.search(doc.text[max(0, p.start - 30):p.mentions[-1].start])
                or unarmed_after.match(doc.text[p.end:p.end + 25])
                or unarmed_after.search(doc.text[p.start:p.end])
                or offenders.search(doc.text[p.start:p.end])
                or off_duty.match(doc.text[p.end:p.end + SETTING_CHARS + 30])):
            origin = p.origin()
            civilians = nm.kind_actor("civilians", origin[0] if origin else country, when, country)
            civilians.start, civilians.end = p.start, p.end
            civilians.assoc = [a for r in found for a in r.assoc]
            found = [civilians]
        out.extend(found)
    return out


def _state_adjective(doc: Doc, p: ActorPhrase, word=lambda m: m.in_layer(TAG)) -> bool:
    """'French air strikes', 'Malian raids': a country's adjective right before the event's word
    (or before another kind of word) names the state's forces."""
    if len(p.mentions) != 1 or not p.entries("adjective"):
        return False
    following = doc.analysis.mentions_between(p.end, p.end + 2)
    return any(word(m) and not doc.text[p.end:m.start].strip() for m in following)


_ADVERB_GAP = re.compile(r"\s+(?:\w+ly\s+)?")  # 'France (directly) attacks'
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\band|\bthen)\s*$", re.I)  # not 'in northern Mali attacked'
_BY_GAP = re.compile(r"\s+(?:\w+ly\s+)?by\s+")  # 'airstrikes (likely) by France'


def _state_by_name(doc: Doc, p: ActorPhrase) -> bool:
    """'France attacked JNIM', 'airstrikes by France': a country named alone as a clause's subject
    right before a word of violence, or as who did it, names the state's forces."""
    if len(p.mentions) != 1 or not p.entries("country") or len(p.mentions[0].entries) != 1:
        return False
    sentence = doc.analysis.sentences[doc.analysis.sentence_of(p.start)]
    after = doc.analysis.mentions_between(p.end, p.end + 12)
    if _CLAUSE_START.search(doc.text, sentence.start, p.start) and \
            any(_violent(m) and _ADVERB_GAP.fullmatch(doc.text[p.end:m.start]) for m in after):
        return True
    before = doc.analysis.mentions_between(max(0, p.start - 30), p.start)
    return any(_violent(m) and _BY_GAP.fullmatch(doc.text[m.end:p.start]) for m in before)


def _violent(m: Mention) -> bool:
    return any(e.kind in VIOLENT | REMOTE for e in m.entries)


def _state_post(doc: Doc, p: ActorPhrase) -> bool:
    """'a Malian supply convoy', 'the French base', 'a French armored vehicle': the adjective
    before a word for armed men's posts, convoys or armour."""
    return _state_adjective(doc, p, lambda m: m.in_layer(CUE) and m.has("armed_target"))


COREFERENCE_CHARS = 300  # how far back 'the militants' may look for the group the text named


def _earlier_name(doc: Doc, p: ActorPhrase, nm, when: date | None, country: str) -> list[ActorRef]:
    """'suspected JNIM militants entered the village, where the militants executed eleven people':
    a definite generic armed subject is the armed group the text named just before."""
    if not _definite(doc, p) or not armed_phrase(doc, p):
        return []
    for q in reversed([q for q in doc.phrases if p.start - COREFERENCE_CHARS <= q.start and q.end <= p.start]):
        named = [r for r in resolve_phrase(q, nm, when, country, "agent") if r.named and r.armed]
        if named:
            for r in named:
                r.start, r.end = p.start, p.end
            return named
    return []


# Words that put an event in the country named next: 'in Mali', 'in northern Mali'.
_LOCATING = re.compile(r"\b(?:in|from|to|into|of|across|within|inside|out of)\s+(?:\w+ern\s+)?$")


def event_country(doc: Doc, place: PlaceMention | None, actors: list[ActorRef], frame: Frame | None = None) -> str:
    if place is not None and place.country:
        return place.country
    region = region_prior(doc.regions)
    if frame is not None:  # 'the Wagner group's decision to leave Mali'
        weights: Counter = Counter()
        for m in doc.analysis.mentions_between(frame.start, frame.end):
            if m.has("country") and not doc.dateline_covers(m.start):
                before = doc.text[max(0, m.start - 22):m.start].lower()
                after = doc.text[m.end:m.end + 2]
                weight = 2.0 if _LOCATING.search(before) else 1.0
                weights[m.first("country").key] += 0.3 if after[:1] in ("’", "'") else weight  # 'Russia’s role'
        located = [cc for cc, w in weights.items() if w >= 2.0]
        if located:
            return max(located, key=lambda cc: weights[cc])
        explicit = [a.country for a in actors if a.explicit and a.country and a.inter in (1, 2, 3, 4)]
        local = [cc for cc in explicit if cc in region]
        if local:
            return local[0]  # 'the severance of Niger’s relations with France': Niger's decision
        if weights:
            return weights.most_common(1)[0][0]
    states = [a.country for a in actors if a.kind in ("military", "police", "gendarmerie") and a.inter == 1]
    homes = [a.country for a in actors if a.named and a.country]
    # forces from outside the region ('French troops', 'the French mission') fight in it: their
    # country is the event's only when nothing places it in the region
    # where the text names no country, the one assumed from the outlet comes after the groups' homes
    main = [doc.main_country()]
    local = [cc for cc in (states + homes + main if doc.context.assumed else states + main + homes) if cc in region]
    if local:
        return local[0]
    home = outlet_home(doc.article.outlet, doc.regions)
    if home in region:
        return home  # a Burkinabe outlet's 'protested against a French journal's caricatures'
    outside = states[0] if states else (doc.main_country() or (homes[0] if homes else ""))
    # 'Elysee announced the death of a Barkhane parachutist': where French forces fought
    return lexicon(doc.languages, doc.regions).theater(outside) or outside


RELATIVE = "date relative to publication"


def dates_another(doc: Doc, d, trigger: Mention | None) -> bool:
    """A month or year right after another event word than the event's own ('marched in memory
    of a journalist who was assassinated in 1998') dates that other event."""
    if trigger is None:
        return False
    words = [m for m in doc.analysis.mentions_between(max(0, d.start - HISTORY_CHARS), d.start) if m.in_layer(TAG)]
    return bool(words) and words[-1].start != trigger.start and words[-1].start > trigger.end


HISTORY_CHARS = 25  # how close before a month or year the event word it dates stands
NEWS_DAYS = 366  # a month or year further back than this before publication dates background, not the news
# which dates of a frame date it first: a day (or days, a weekday), then a relative word ('overnight'), then the rest
DATE_RANK = {"day": 0, "days": 0, "weekday": 0, "relative": 1}


def frame_dates(doc: Doc, frame: Frame, trigger: Mention | None = None) -> tuple[ResolvedDate | None, tuple[int, int] | None, str]:
    """The frame's date: its own words first, then the article's first date, else none.

    Returns the date, the words' span, and the kind of expression (relative expressions are
    re-anchored on the corpus's reporting lag later, see undated.py)."""
    sentences = doc.analysis.sentences
    later_death = grammar(doc.languages).later_death

    def claim(i: int) -> bool:
        return "claim" in doc.tags_in(sentences[i].start, sentences[i].end, CUE)
    first, *rest = frame.sentences
    # after the event is told, a claim, a death of wounds, the finding of the bodies or a hostage's
    # release dates itself ('JNIM claimed the attack on October 27', 'one peacekeeper died of his
    # wounds on November 21', 'their bodies were found on March 23'); so does a first sentence
    # whose only event word is a death it claims ('JNIM said on June 5 that 12 soldiers died')
    self_dated = {i for i in rest if claim(i) or later_death.search(sentences[i].text)
                  or remains_told(doc, sentences[i])
                  or release_told(frame, sentence_tags(doc, i))}
    if claim(first) and not sentence_tags(doc, first) - {"dead"}:
        self_dated.add(first)
    spans = [(sentences[i].start, sentences[i].end) for i in frame.sentences if i not in self_dated]
    event_dates = [d for d in doc.analysis.dates if not d.since]  # 'since 5 February' starts a state
    candidates = [d for s, e in spans for d in event_dates if s <= d.start < e]
    if not candidates and frame.inherited_from is not None:
        f = frame.inherited_from
        candidates = [d for d in event_dates if f.start <= d.start < f.end]
    if not candidates:
        first = doc.analysis.sentences[0]
        candidates = [d for d in event_dates if d.start < frame.start and d.kind in ("day", "days")
                      and d.start < first.end]
    near = trigger.start if trigger is not None else frame.start
    g = grammar(doc.languages)
    # a day before a month or year; among equals the one nearest the event's verb ('... in 2021, and
    # Malian and Wagner forces retook Kidal in 2023')
    for d in sorted(candidates, key=lambda d: (DATE_RANK.get(d.kind, 2),
                                               d.kind in ("month", "year", "period") and abs(d.start - near), d.start)):
        if d.kind in ("month", "year", "period") and (g.history_before.search(doc.text[max(0, d.start - 40):d.start])
                                                      or g.history_after.match(doc.text[d.end:d.end + 30])
                                                      or dates_another(doc, d, trigger)):
            continue  # 'the March 2012 coup', 'students who died last year'
        resolved = resolve(d, doc.anchor)
        if resolved is None or d.kind in ("month", "year", "period") and doc.article.published and \
                (doc.article.published - resolved.days[-1]).days > NEWS_DAYS:
            continue  # ('former policemen fired in 2012 demonstrated' in a 2017 report: background)
        return resolved, (d.start, d.end), d.kind
    return None, None, ""


def frame_places(doc: Doc, frame: Frame) -> list[PlaceMention]:
    """Where the frame's event happened: coders' notes first, then cued places, then any."""
    own = [p for p in doc.places if frame.start <= p.start < frame.end]
    coded = [p for p in own if p.coded]
    if coded:
        return coded[:1]
    rules = place_rules(doc.languages)
    # names the gazetteer lacks, after words that say a place is named ('the village of Barwagdin')
    unlisted = [p for p in own if p.after_place_word and p.place is None and p.unit is None and p.role == "event"]
    kept = [p for p in unlisted if p.anchor is not None and p.anchor.place is not None
            and rules.kept_name_gap.fullmatch(doc.text, p.end, p.anchor.start)
            and not rules.near_before.search(doc.text, frame.start, p.start)]
    if kept:  # 'the area of Zzyxqo, between Boni and Hombori': the name the gazetteer lacks, at Boni
        # (not 'near Zzyxqo, axis Boni-Hombori': a place only beside the event)
        return kept[:1]
    events = [p for p in own if p.role == "event" and p.place is not None]
    near_gap = rules.near_gap
    for p, q in zip(events, events[1:]):
        # 'the village of Kpendima, near Natiaboani': ACLED codes the known town nearby
        if p.anchor is q and near_gap.fullmatch(doc.text, p.end, q.start):
            return [q]
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
        list_gap = rules.list_gap
        for p in events[1:]:  # 'the villages of Sogou and Berda': one event each
            if list_gap.fullmatch(doc.text, same_list[-1].end, p.start) and not _between(doc, first) \
                    and not lies_in(doc.text, same_list[-1], p):
                same_list.append(p)
            else:
                break
        return same_list
    units = [p for p in own if p.unit is not None and p.role != "dateline"]
    if units:
        # the smallest unit named: a province before its region
        return [min(units, key=lambda p: -p.unit.level)]
    if unlisted:  # the name alone
        return unlisted[:1]
    origins = [p for p in own if p.role in ("origin", "base") and p.place is not None]
    if origins and brief(doc):
        # 'Villagers from Hamele attacked customs': with no other place, where the actors come from
        return origins[:1]
    country = event_country(doc, None, [], frame)
    foreign = country not in region_prior(doc.regions)  # a foreign force's country does not bound the search
    anywhere = [p for p in doc.places if (p.role == "dateline" or p.role == "event" and brief(doc))
                and p.place is not None and (foreign or p.place.cc == country)]
    # a brief's one place is its event's; an article's other places belong to other events
    return sorted(anywhere, key=lambda p: p.role == "dateline")[:1]


def _between(doc: Doc, place: PlaceMention) -> bool:
    return bool(place_rules(doc.languages).between_before.search(doc.text, max(0, place.start - 30), place.start))


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

    if mention.place is None and mention.unit is None and (mention.coded or mention.after_place_word):
        # a place the gazetteer lacks: its name; a coder's, the coordinates of the text's other
        # place; one said to lie between or off a known place, that place's
        if mention.coded:
            others = [p for p in doc.places if p is not mention and p.place is not None and p.role == "event"]
            ref = min(others, key=lambda p: abs(p.start - mention.start), default=None)
        else:
            ref = mention.anchor if mention.anchor and mention.anchor.place else None
        if ref is None:  # the name alone, in the event's country: no coordinates to invent
            cued = mention.cue.precision if mention.after_place_word and mention.cue else 2
            return Located(ascii_fold(mention.text), "", "", "", "", None, None,
                           mention.explicit_precision or cued, (mention.start, mention.end))
        located = locate(doc, ref, when)
        located.name, located.span = ascii_fold(mention.text), (mention.start, mention.end)
        located.precision = mention.explicit_precision or 2
        return located
    if mention.place is not None:
        p = mention.place
        a1, a2, a3 = admin_names(p.cc, p.admin1, p.admin2, p.admin3, when, doc.regions)
        # the place as the text spells it (ASCII, as ACLED writes names); coordinates and admin
        # names from the gazetteer. A town of note read one letter away is a slip of the pen
        # ('Bandigara'), a village so read is more often the coder's own spelling.
        misspelt = not geography().places.has_key(name_key(mention.text))  # respelt, or 'Kidals camp'
        gazetteer_name = mention.text.isupper() or misspelt and notable(p)  # 'DJIBO' -> 'Djibo'
        shown = mention.coded_name or (p.name if gazetteer_name else mention.text)
        return Located(ascii_fold(shown), p.cc, a1, a2, a3, p.lat, p.lon, mention.precision,
                       (mention.start, mention.end))
    u = mention.unit
    if u is None:
        return None
    precision = mention.explicit_precision or 3
    if seat := geography().seat_town(u):
        # a region or cercle alone is coded, as ACLED does, to its seat town and that town's
        # admin names: 'in the Timbuktu region' -> Timbuktu, 'the Sahel region' -> Dori
        a1, a2, a3 = admin_names(seat.cc, seat.admin1, seat.admin2, seat.admin3, when, doc.regions)
        spelt = seat in geography().places.lookup(mention.text, u.cc)
        return Located(ascii_fold(mention.text if spelt else seat.name), seat.cc, a1, a2, a3, seat.lat, seat.lon,
                       precision, (mention.start, mention.end))
    a1 = u.name if u.level == 1 else u.admin1
    a2 = u.name if u.level == 2 else ""
    a1, a2, _ = admin_names(u.cc, a1, a2, "", when, doc.regions)
    return Located(ascii_fold(u.seat), u.cc, a1, a2, "", u.lat, u.lon, precision, (mention.start, mention.end))


# Events of these kinds that name no place are coded, as ACLED does, to the capital (precision 3):
# national strikes and sit-ins, agreements, political decisions.
CROWD_EVENTS = ("Protests", "Riots")  # event types whose actor1 is a crowd
CAPITAL_TYPES = {*CROWD_EVENTS, "Strategic developments"}
# ... but not violence to property or weapons found, which happen where the armed men are.
NOT_AT_CAPITAL = {"Looting/property destruction", "Disrupted weapons use"}


def capital_of(doc: Doc, country: str, when: date | None) -> Located | None:
    from ..resolve.admin import admin_names

    info = geography().countries.get(country)
    if info is None or not info.capital:
        return None
    seats = [p for p in geography().places.lookup(info.capital, country) if p.cls == "P"]
    if not seats:
        return None
    p = min(seats, key=lambda p: (p.code != "PPLC", -p.pop))
    a1, a2, a3 = admin_names(p.cc, p.admin1, p.admin2, p.admin3, when, doc.regions)
    return Located(ascii_fold(p.name), p.cc, a1, a2, a3, p.lat, p.lon, 3, None)


def split_even(total: int, parts: int) -> list[int]:
    """ACLED splits fatalities evenly between the events of one report; the first take the rest."""
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def noted_shares(doc: Doc, frame: Frame, slots: list, deaths: int, shares: list[int]) -> list[int]:
    """The deaths of each of the frame's events where a coder's note split them: a place's own
    share ('in Bombou (3), Materou (3)'), else the total divided into the note's number of events
    ('fatalities spread across the two events' of a report told as one)."""
    note = doc.split_note
    if note.parts > len(slots):
        shares = split_even(deaths, note.parts)[:len(slots)]
    named = [p for p in doc.places if frame.start <= p.start < frame.end and name_key(p.text) in note.shares]
    out = []
    for (_, loc), share in zip(slots, shares):
        if loc is not None and name_key(loc.name) in note.shares:
            share = note.shares[name_key(loc.name)]
        elif len(slots) == 1 and named:  # 'the village of Materou (coded as Madougou ...)'
            share = note.shares[name_key(named[0].text)]
        out.append(share)
    return out


def grievance_word(text: str, m: Mention, languages: tuple[str, ...]) -> bool:
    """In a protest, violence named by a noun is what the crowd protests ('against the killings',
    'the anniversary of the Splendid attack'); only its own acts ('burned tyres', 'clashes
    between police and protesters') make it violent."""
    if not any(e.kind in VIOLENT | PROPERTY | {"arrest", "disperse", "dead"} for e in m.entries) or \
            any(e.kind in ("riot", "violent_crowd", "mob") for e in m.entries):
        return False  # ('against the arrest of their leader' is no intervention either)
    return not act_word(text, m, grammar(languages))


def code_frame(doc: Doc, frame: Frame) -> list[Event]:
    trigger = trigger_of(doc, frame)
    if trigger is None:
        return []
    text = doc.text
    # anchors and refiners, less the triggers of relative clauses ('troops that had battled insurgents')
    protest = "protest" in frame.tags
    tags = {e.kind for m in doc.analysis.mentions_between(frame.start, frame.end) if m.in_layer(TAG)
            and not (m is not trigger and _RELATIVE_CLAUSE.search(text[max(frame.start, m.start - 30):m.start]))
            and not (protest and grievance_word(text, m, doc.languages))
            for e in m.entries if e.layer == TAG and (e.kind not in ANCHORS or e.kind in frame.tags)}
    cues = doc.tags_in(frame.start, frame.end, CUE)
    dates, date_span, date_kind = frame_dates(doc, frame, trigger)
    when = dates.days[0] if dates else doc.anchor
    places = frame_places(doc, frame)
    agent_phrases, patient_phrases = roles(doc, frame, trigger)
    provisional = event_country(doc, places[0] if places else None, [])
    said_to_be = identified(doc, frame.start, frame.end)
    if said_to_be:
        agent_phrases, patient_phrases = (_as_identified(doc, said_to_be, phrases, when, provisional)
                                          for phrases in (agent_phrases, patient_phrases))
    agents = refs(doc, agent_phrases, when, provisional, "agent")
    patients = refs(doc, patient_phrases, when, provisional, "patient")
    country = event_country(doc, places[0] if places else None, agents + patients, frame)
    if country != provisional:
        agents = refs(doc, agent_phrases, when, country, "agent")
        patients = refs(doc, patient_phrases, when, country, "patient")
    # a thing of civilians as subject is a victim ('a minibus was hit by an IED'), and so are
    # soldiers or civilians whose vehicle hit a mine: those who plant mines are armed groups
    # ('JNIM planted an IED'); people of no armed group who act are a crowd: protesters, a mob
    if agents and all(a.kind == "civilian_objects" for a in agents) or \
            agents and tags & {"ied"} and all(a.civilian or a.inter in (1, 8) for a in agents) or \
            agents and all(a.civilian for a in agents) and tags & REMOTE:
        patients, agents = agents + patients, []
        if tags & {"ied"}:  # 'a soldier was wounded by an IED ... likely planted by JNIM militants'
            agents = [p for p in patients if p.armed and p.inter in (2, 3, 4)][:1]
            patients = [p for p in patients if p not in agents]
    # who the frame's dead and wounded were, asked by the answer's split and by the battle test below
    harmed = refs(doc, casualty_phrases(doc, frame, agent_phrases), when, country, "patient")
    responders: list[ActorRef] = []
    if "clash" in tags:  # 'attacked the village, the army repelled the attack': the army is the other side
        answer = other_side(doc, frame, agents, when, country)
        if answer and harmed_before_answer(doc, frame, patients, answer, harmed):
            # 'attacked the village and killed three villagers, Dozos intervened and routed the
            # attackers': an attack on civilians, then a battle with those who answered it
            responders, tags = answer, tags - {"clash"}
        else:
            patients = answer + [p for p in patients if p.name not in {a.name for a in answer}]
    if tags & {"kill", "attack"} and not tags & {"protest", "riot", "mob"}:
        # 'members of the Mossi community attacked Fulani, killing three': a community that kills
        # is its ethnic militia, not a mob
        nm = naming(lexicon(doc.languages, doc.regions))
        agents = [as_militia(a, nm, when, country, "") if a.civilian and any(" Ethnic Group (" in g for g in a.assoc)
                  else a for a in agents]
    crowd_agents = bool(agents) and all(a.kind in CROWD_KINDS for a in agents) and \
        not all(one_person(doc, a) for a in agents)
    # armed men among the dead make the fight a battle even where the verb's object was a village:
    # forces, named groups, a community's militia ('two Dogon militiamen were wounded'); unnamed
    # 'militants' only when forces harmed them and no people ('youths mistaken for militants'),
    # else they are mostly the attackers told again
    forces_hit_armed_men = any(a.inter in (1, 8) and a.armed for a in agents) and \
        all(r.armed or r.kind == "civilian_objects" for r in harmed + patients)
    casualties = [r for r in harmed if r.armed and (r.named or r.inter in (1, 4, 8) or forces_hit_armed_men)
                  and r.name not in {a.name for a in agents + responders}]
    if casualties and not any(p.armed for p in patients):
        patients = patients + casualties[:1]
    if "attack" in tags and not any(p.armed for p in patients):
        # 'killed in an attack by unidentified assailants on a Malian army post': the attack's target
        targets = [r for r in refs(doc, attack_targets(doc, frame), when, country, "patient")
                   if r.armed and r.name not in {a.name for a in agents}]
        patients = targets[:1] + patients
    if not any(a.named for a in agents):
        agents = claimed_by(doc, frame, when, country) or attributed(doc, frame, when, country) or agents
    all_refs = refs(doc, [p for p in doc.phrases if frame.start <= p.start < frame.end], when, country, "any")
    victim_spans = [(m.start, m.end) for m in doc.analysis.mentions_between(frame.start, frame.end)
                    if m.in_layer(ACTOR)]
    excluded = [(d.start, d.end) for d in doc.analysis.dates] + [(p.start, p.end) for p in doc.places]
    mentions = doc.analysis.mentions
    if "protest" in frame.tags:  # 'protested against the murder of their speaker': its topic's dead are not its own
        mentions = [m for m in mentions if not (frame.start <= m.start < frame.end
                                                and grievance_word(text, m, doc.languages))]

    def dead_in(start: int, end: int):
        return count_deaths(text, start, end, mentions, doc.analysis.numbers, victim_spans, excluded, doc.languages)

    deaths, counts = dead_in(frame.start, frame.end)
    if "no_casualty" in cues and not counts:
        deaths = 0
    deaths, counts = with_coded_deaths(text, frame.start, frame.end, deaths, counts, doc.languages)
    if "no_casualty" in cues:
        tags -= {"injure"}  # 'no reported injuries
    # protest words make a crowd of their subject, unless armed men take a place ('MNLA fighters
    # occupied the governor's office': a takeover, not a sit-in)
    crowd = crowd_agents or any(r.kind in ("protesters", "rioters") for r in all_refs) or \
        bool(tags & {"protest", "riot"}) and not ("takeover" in tags and any(a.armed for a in agents))
    signals = Signals(tags=tags, cues=cues, agents=agents, patients=patients, deaths=deaths, crowd=crowd,
                      main={e.kind for e in trigger.entries}, territory=any(p.place is not None for p in places),
                      foreign=any(r.inter == 8 for r in all_refs))
    labelled = bool(doc.label) and frame.start <= doc.label[1] <= frame.end
    sub_event = doc.label[0] if labelled else classify(signals)
    # a coder's label ('Arrests: ...') says the text reports an event, whatever else it tells
    if not sub_event or not labelled and not concrete(doc, frame, places, dates, deaths, agents + patients,
                                                      sub_event, trigger):
        return []
    if sub_event == "Suicide bomb" and not deaths and "foiled" not in cues:
        deaths = 1  # the bomber dies in the blast: ACLED counts him where the report counts no other dead
    massacre = civilians_killed_after(doc, frame, when, country) if sub_event == "Armed clash" else None
    if massacre:  # the battle's dead are those told before the killing of civilians that followed it
        deaths, counts = dead_in(frame.start, massacre[0].start)
    first_place = next((loc for loc in (locate(doc, p, when) for p in places) if loc is not None), None)
    actor1, actor2 = assign_actors(doc, sub_event, agents, patients, all_refs, when, country,
                                   first_place.name if first_place and first_place.precision == 1 else "",
                                   ownerless="public_works" in cues,
                                   crowd_forces=protesting_forces(doc, frame, when, country)
                                   if EVENT_TYPE[sub_event] in CROWD_EVENTS else (),
                                   intervened=bool(tags & {"disperse", "arrest"}))
    evidence_base = {
        "event_type": [(trigger.start, trigger.end)],
        "sub_event_type": [(trigger.start, trigger.end)],
        "actor1": [(actor1.start, actor1.end)] if actor1 and actor1.end else [],
        "actor2": [(actor2.start, actor2.end)] if actor2 and actor2.end else [],
        "fatalities": [(c.start, c.end) for c in counts],
        "event_date": [date_span] if date_span else [],
        "notes": [(frame.start, frame.end)],
    }
    if dates and len(dates.days) >= RANGE_DAYS:
        # 'detained between 3 and 12 June', 'an operation from 5 to 20 March': a range longer than
        # a week says when an event was, coded to its first day, not one event a day as a
        # five-day campaign is
        dates = replace(dates, days=dates.days[:1], precision=2)
    days = list(dates.days) if dates else [None]
    lasted = duration_days(text, doc.analysis.numbers, frame.start, frame.end, grammar(doc.languages), dates is not None)
    # 'on 5 May, they fought for two days': one event a day from the day the report gives; an
    # undated report is written after the fighting ended, so its days end on the assumed day (see
    # undated.py)
    if dates is None:
        first = doc.anchor - timedelta(days=lasted - 1) if doc.anchor else None
    else:
        first = days[0] if len(days) == 1 and date_span else None
    if first is not None and 1 < lasted <= MAX_SPLIT_DAYS:
        days = [first + timedelta(days=k) for k in range(lasted)]
    locations = [loc for loc in (locate(doc, p, when) for p in places) if loc is not None]
    if not locations and EVENT_TYPE[sub_event] in CAPITAL_TYPES and sub_event not in NOT_AT_CAPITAL and country:
        locations = [capital_of(doc, country, when)]
    locations = [loc for loc in locations if loc is not None] or [None]
    slots = [(d, loc) for d in days for loc in locations]
    shares = split_even(deaths, len(slots))
    if doc.split_note is not None:
        shares = noted_shares(doc, frame, slots, deaths, shares)
    # the events the sentence tells after its own, in every slot: the answer to an attack (no dead
    # of its own), a killing of civilians after a battle
    sequels = [("Armed clash", side, [0] * len(slots),
                {**evidence_base, "actor2": [(side.start, side.end)] if side.end else []}) for side in responders]
    if massacre:
        kill, victims = massacre
        killed, killed_counts = dead_in(kill.start, frame.end)
        sequels.append(("Attack", victims, split_even(killed, len(slots)),
                        {**evidence_base, "event_type": [(kill.start, kill.end)],
                         "sub_event_type": [(kill.start, kill.end)], "actor2": [(victims.start, victims.end)],
                         "fatalities": [(c.start, c.end) for c in killed_counts]}))
    events = []
    for k, ((day, loc), share) in enumerate(zip(slots, shares)):
        event = make_event(doc, sub_event, actor1, actor2, day, dates, loc, share, frame, evidence_base, country)
        if date_kind == "relative":  # weekdays name a day of the week, whenever the report was written
            event.tags.append(RELATIVE)
        if doc.inferred and date_kind in ("relative", "weekday", "") or dates and dates.assumed_year and doc.inferred:
            event.time_precision = max(event.time_precision, doc.inferred.precision)
            event.tags.append("date from the inferred article date")
        event.reported = brief(doc) or not is_background(day, history_window(doc, trigger), doc.reference, date_kind)
        events.append(event)
        for sub, other, other_shares, evidence in sequels:
            sequel = make_event(doc, sub, actor1, other, day, dates, loc, other_shares[k], frame, evidence, country)
            sequel.tags, sequel.reported = event.tags, event.reported
            events.append(sequel)
    return events


SEQUEL_CHARS = 40  # how far after 'before' or 'then' its killing word, and after that its victims, may stand


def civilians_killed_after(doc: Doc, frame: Frame, when: date | None, country: str) -> tuple[Mention, ActorRef] | None:
    """'three Dozos were killed in the fighting before the militants shot six villagers':
    the word of a killing of civilians that a battle's sentence goes on to, an event of its own, and
    who they were."""
    for word in grammar(doc.languages).sequel.finditer(doc.text, frame.start, frame.end):
        kill = next((m for m in doc.analysis.mentions_between(word.end(), min(frame.end, word.end() + SEQUEL_CHARS))
                     if m.has("kill")), None)
        if kill is None:
            continue
        victims = next((p for p in doc.phrases if kill.end <= p.start < min(frame.end, kill.end + SEQUEL_CHARS)), None)
        killed = refs(doc, [victims] if victims else [], when, country, "patient")
        if killed and killed[0].civilian:
            return kill, killed[0]
    return None


BRIEF_SENTENCES = 3  # a text this short is a report of its events, not an essay recalling them


def unterminated(text: str) -> bool:
    """A short line with no closing punctuation: in an article, a title, subtitle or caption."""
    return not text.rstrip().endswith((".", "!", "?", "\"", "”")) and len(text.split()) <= 25


def headline(text: str) -> bool:
    """An unterminated line with most words capitalised: a title even in a short text."""
    words = text.split()
    return unterminated(text) and len(words) <= 20 and sum(w[:1].isupper() for w in words) >= len(words) / 2


def brief(doc: Doc) -> bool:
    return len(doc.analysis.sentences) <= BRIEF_SENTENCES


LONG_FORM_SENTENCES = 8  # a text this long is an article, with situations and background around its news


def long_form(doc: Doc) -> bool:
    return len(doc.analysis.sentences) >= LONG_FORM_SENTENCES


def history_window(doc: Doc, trigger: Mention) -> str:
    """The words around the event's verb that may mark it as history."""
    sentence = doc.analysis.sentences[doc.analysis.sentence_of(trigger.start)]
    return doc.text[max(sentence.start, trigger.start - 80):min(sentence.end, trigger.end + 60)]


def concrete(doc: Doc, frame: Frame, places: list[PlaceMention], dates: ResolvedDate | None, deaths: int,
             actors: list[ActorRef], sub_event: str, trigger: Mention) -> bool:
    """A report of an event says where, when, who or how many died; 'the fight against
    terrorism', with none of these, is a mere mention. An article (unlike a brief) also states
    situations ('Niger continues to face threats'): there an event needs its own place, date
    or casualties, or, for a political development, named actors and no habitual wording."""
    own_place = any(frame.start <= p.start < frame.end and p.role in ("event", "admin") for p in places)
    own_date = dates is not None and dates.precision <= 2 and frame_has_date(doc, frame)
    hurt = deaths > 0 or "injure" in doc.tags_in(frame.start, frame.end)
    if brief(doc):  # a crowd's event is reported even where no side is named ('Protesters marched against ...')
        # ... and any place placed it: 'A boat travelling from Bamba to Timbuktu was attacked'
        own_place = own_place or any(frame.start <= p.start < frame.end for p in doc.places)
        return own_place or own_date or hurt or any(a.kind != "government" for a in actors) or \
            EVENT_TYPE[sub_event] in CROWD_EVENTS
    generic = habitual(doc, trigger)
    inherited = frame.inherited_from is not None
    if EVENT_TYPE[sub_event] == "Strategic developments":
        decisive = any(m.has("decisive") for m in doc.analysis.mentions_between(frame.start, frame.end))
        named = any(a.explicit and a.inter != 7 for a in actors)
        return not generic and (own_date or ((named or own_place) and decisive))
    return (own_place or own_date or hurt or inherited) and not (generic and not (own_date or hurt))


def habitual(doc: Doc, trigger: Mention) -> bool:
    """'Niger continues to face threats', 'Russia has been using ships': a situation, told with
    habitual wording just before the verb."""
    return any(m.has("generic") and (0 <= trigger.start - m.end < 40 or m.start <= trigger.start < m.end)
               for m in doc.analysis.mentions_between(max(0, trigger.start - 200), trigger.start + 1)
               if m.in_layer(CUE))


def frame_has_date(doc: Doc, frame: Frame) -> bool:
    return any(frame.start <= d.start < frame.end for d in doc.analysis.dates)


def claimed_by(doc: Doc, frame: Frame, when: date | None, country: str) -> list[ActorRef]:
    """'JNIM claimed responsibility': the claimant is the perpetrator."""
    for m in doc.analysis.mentions_between(frame.start, frame.end):
        if m.in_layer(CUE) and m.has("claim"):
            # the claimant is named in the claim's own sentence ('The camp was hit by rockets. No
            # group claimed responsibility': the camp's owner claimed nothing)
            s = next(s for s in doc.analysis.sentences if s.start <= m.start < s.end)
            near = [p for p in doc.phrases if max(frame.start, s.start) <= p.start < s.end
                    and (abs(p.end - m.start) < 60 or m.end <= p.start < m.end + 40)]
            named = [r for r in refs(doc, near, when, country, "agent") if r.named]
            if named:
                return named[:1]
    return []


def attributed(doc: Doc, frame: Frame, when: date | None, country: str) -> list[ActorRef]:
    """'The IED was most likely planted by Katiba Macina militants': a later sentence of the
    event, or a clause of its own with an attribution verb, names who did it; so do words that say
    who the unnamed attackers were ('The attackers are suspected members of the FLM')."""
    g = grammar(doc.languages)
    after = frame.sentences[-1] + 1
    # ... or the sentence after it, telling of no event of its own: 'The device was likely planted by ...'
    quiet_next = [after] if after < len(doc.analysis.sentences) and not sentence_tags(doc, after) else []
    for i in frame.sentences + quiet_next:
        s = doc.analysis.sentences[i]
        before = _BY_BEFORE if frame.sentences[0] < i <= frame.sentences[-1] else g.attribution
        by = [p for p in doc.phrases if s.start <= p.start < s.end
              and (before.search(doc.text[max(s.start, p.start - 40):p.start]) or
                   g.attribution_after.match(doc.text[p.end:s.end]))]
        named = [r for r in refs(doc, by, when, country, "agent") if r.named and r.armed]
        if named:
            return named[:1]
        for first, second in identified(doc, s.start, s.end):
            attackers = refs(doc, [first], when, country, "any")
            group = refs(doc, [second], when, country, "any")[:1]
            if attackers and attackers[-1].kind == "unidentified" and group and group[0].armed and \
                    group[0].kind != "unidentified":
                return group
    return []


def _as_identified(doc: Doc, said_to_be: list[tuple[ActorPhrase, ActorPhrase]], phrases: list[ActorPhrase],
                   when: date | None, country: str) -> list[ActorPhrase]:
    """Each phrase, or the named group it is said to be (said_to_be: see identified), where it
    names no group itself ('gunmen affiliated with JNIM', 'jihadists linked with the FLM', 'a camp
    belonging to Katiba Macina militants'): that group acts or is harmed, and is no casualty of its
    own."""
    out = []
    for p in phrases:
        q = next((q for first, q in said_to_be if first is p), None)
        if q is not None:
            unnamed, group = refs(doc, [p], when, country, "any"), refs(doc, [q], when, country, "any")
            if unnamed and not unnamed[-1].named and unnamed[-1].inter in NON_STATE_ARMED and \
                    group and group[0].armed and group[0].named:
                p = q
        out.append(p)
    return out


def identified(doc: Doc, start: int, end: int) -> list[tuple[ActorPhrase, ActorPhrase]]:
    """Pairs of neighbouring actor phrases in text[start:end] whose words between say who the first
    are, with no word of violence, protest or damage between: 'armed men believed to be affiliated
    with AQIM', 'The attackers were suspected to be Islamists' (not 'soldiers killed two members of
    JNIM')."""
    g = grammar(doc.languages)
    inside = [p for p in doc.phrases if start <= p.start < end]
    # (the words between are read before the phrases are resolved)
    return [(first, second) for first, second in zip(inside, inside[1:])
            if g.identity.match(doc.text, first.end, second.start)
            and not any(_rank(m) <= 2 for m in doc.analysis.mentions_between(first.end, second.start))]


TOPIC_CHARS = 40  # how far before an actor's words a protest's topic word may stand: 'against the '


def protesting_forces(doc: Doc, frame: Frame, when: date | None, country: str) -> tuple[ActorRef, ...]:
    """State forces who are the subject of the frame's first protest or riot word ('soldiers in
    Kati rioted', 'policemen staged a sit-in'), not those who answer the crowd ('gendarmes fired
    tear gas')."""
    word = next((m for m in doc.analysis.mentions_between(frame.start, frame.end)
                 if any(e.kind in ("protest", "riot") for e in m.entries)), None)
    if word is None:
        return ()
    subjects = refs(doc, roles(doc, frame, word)[0], when, country, "agent")
    return tuple(r for r in subjects if r.inter == 1 and r.armed and r.start < word.start)  # not 'stopped by police'


def assign_actors(doc: Doc, sub_event: str, agents: list[ActorRef], patients: list[ActorRef],
                  all_refs: list[ActorRef], when: date | None, country: str,
                  place: str = "", ownerless: bool = False,
                  crowd_forces: tuple[ActorRef, ...] = (), intervened: bool = False) -> tuple[ActorRef, ActorRef | None]:
    """Actor1 and actor2 of an event. ownerless: what the report says was destroyed is public
    works no one owns in ACLED's terms (a bridge, an antenna), so nothing stands for a victim;
    crowd_forces: state forces who are the subject of a protest or riot word; intervened: a
    crowd was dispersed or arrested, by whoever."""
    nm = naming(lexicon(doc.languages, doc.regions))
    if sub_event == "Armed clash":
        # both sides fight: civilians named as a side are a militia; 'clashes between A and B'
        agents = [as_militia(a, nm, when, country, place) for a in agents]
        if any(p.armed for p in patients):  # 'attacked the village, killing two policemen': the police fought
            patients = [p for p in patients if p.armed] + [p for p in patients if not p.armed]
        else:
            patients = [as_militia(p, nm, when, country, place) for p in patients]
        if not agents and len({p.name for p in patients}) >= 2:
            agents, patients = patients[:1], patients[1:]
        if len({a.name for a in agents}) >= 2 and not _allied_forces(agents) and not any(p.armed for p in patients):
            agents, patients = agents[:1], agents[1:] + patients  # 'the army and militiamen exchanged fire'
    if _allied_forces(agents):
        # 'French and Malian forces conducted a joint operation', 'Malian soldiers and Wagner fighters
        # killed ...': allies on one side, the first leading (ACLED's associated actor for the other)
        allies = [a.name for a in agents[1:] if a.name != agents[0].name]
        agents = [replace(agents[0], assoc=list(dict.fromkeys(agents[0].assoc + allies)))]
    event_type = EVENT_TYPE[sub_event]
    groups = [a for r in all_refs for a in r.assoc if r.kind in ("civilians", "protesters", "rioters")]
    if event_type in CROWD_EVENTS:
        # 'soldiers in Kati rioted': forces who protest are the crowd (its associated actor), not its
        # other side; nor are forces the crowd protests against ('against the army', 'the murder of a policeman')
        groups += [a.name for a in crowd_forces]
        topic = grammar(doc.languages).topic_before

        def faces_crowd(r: ActorRef) -> bool:
            return not any((r.start, r.end) == (a.start, a.end) for a in crowd_forces) and \
                not topic.search(doc.text, max(0, r.start - TOPIC_CHARS), r.start)
        all_refs, patients = [r for r in all_refs if faces_crowd(r)], [p for p in patients if faces_crowd(p)]
    if event_type == "Protests":
        actor1 = nm.kind_actor("protesters", country, when, country)
        actor1.assoc = list(dict.fromkeys(groups))
        source = next((r for r in all_refs if r.kind in ("protesters", "civilians")), None)
        if source:
            actor1.start, actor1.end = source.start, source.end
        state = policing(doc, next((r for r in all_refs if r.inter == 1 and r.kind != "government"), None), nm, when)
        if state is None and sub_event != "Peaceful protest" and country:
            state = nm.kind_actor("police", country, when, country)  # 'security forces intervened'
        actor2 = state if sub_event != "Peaceful protest" else None
        return actor1, actor2
    if event_type == "Riots":
        actor1 = nm.kind_actor("rioters", country, when, country)
        actor1.assoc = list(dict.fromkeys(groups))
        target = policing(doc, next((p for p in patients if p.armed), None) or
                          next((r for r in all_refs if r.inter in (1, 3, 8) and r.armed), None), nm, when)
        if target is None and sub_event == "Violent demonstration" and intervened and country:
            target = nm.kind_actor("police", country, when, country)  # '44 rioters were arrested'
        if target is None and sub_event == "Mob violence":
            crowds = [p for p in patients if p.kind in CROWD_KINDS]
            target = nm.kind_actor("rioters" if crowds and "clash" in doc.tags_in(0, len(doc.text)) else "civilians",
                                   country, when, country)
            target.assoc = [a for p in patients for a in p.assoc]
        return actor1, target
    actor1 = next((a for a in agents if not a.civilian), None)
    if event_type == "Strategic developments" and sub_event in ("Change to group/activity",
                                                                 "Non-violent transfer of territory"):
        # the group that moves leads: 'Mali has entered a new phase following the withdrawal of Wagner'
        mover = next((r for r in all_refs if r.named and r.inter in (2, 3, 4, 8)), None)
        actor1 = mover or actor1
    if actor1 is None and event_type == "Strategic developments":
        actor1 = next((r for r in all_refs if r.named or r.inter in (1, 8)), None)  # 'Wagner ... decision to leave'
    if actor1 is None and event_type == "Violence against civilians":
        # 'four villagers were executed by the army' read with the army as object: the armed side acts
        actor1 = next((p for p in patients if p.armed and not p.civilian), None)
    if actor1 is None:
        if sub_event in ("Arrests", "Disrupted weapons use"):
            actor1 = next((r for r in all_refs if r.inter == 1), None) or nm.kind_actor("police" if sub_event == "Arrests" else "military", country, when, country)
        else:
            actor1 = nm.kind_actor(_unnamed_side(sub_event, patients, all_refs), country, when, country)
    others = [p for p in patients if p is not actor1 and p.name != actor1.name]
    if event_type in ("Violence against civilians", "Explosions/Remote violence") or \
            sub_event == "Looting/property destruction":
        others = [staff_of(o, nm, when, country) for o in others]
    if event_type == "Violence against civilians":
        victims = [p for p in others if p.civilian]
        actor2 = victims[0] if victims else nm.kind_actor("civilians", country, when, country)
        if not victims:  # 'assassinated the Koglweogo chief': a civilian of the group
            actor2.assoc = [p.name for p in others if p.named] + [a for p in others for a in p.assoc]
        return actor1, actor2
    if sub_event == "Armed clash":
        armed = [p for p in others if p.armed]
        if armed:
            return actor1, armed[0]
        if actor1.inter in (1, 8):
            # forces on an operation fight the armed men the report counts ('30 militants were killed')
            foe = next((r for r in all_refs if r.armed and r.inter in NON_STATE_ARMED and r.name != actor1.name), None)
            return actor1, foe or nm.kind_actor("unidentified", country, when, country)
        state = next((r for r in all_refs if r.inter in (1, 8) and r.armed and r.name != actor1.name), None)
        return actor1, state or nm.kind_actor(_unnamed_side(sub_event, [actor1], all_refs), country, when, country)
    if sub_event == "Non-state actor overtakes territory" and not others and country:
        # a battle has two sides: a town taken from no one named was the state's ('rebels overtake Kidal')
        return actor1, nm.kind_actor("military", country, when, country)
    if not others and len(agents) > 1:
        others = [a for a in agents[1:] if a.name != actor1.name]  # 'the CMA and GATIA signed'
    # no civilian victim: 'Russian influence' is none of a decision ('militants threatened voters'
    # are of a threat), nor the faithful of the public works destroyed ('burned the mausoleums
    # beside the mosque')
    decision = event_type == "Strategic developments" and sub_event not in ("Arrests", "Looting/property destruction") \
        and not (sub_event == "Other" and actor1.armed and actor1.inter in (2, 3, 4))
    if decision or sub_event == "Looting/property destruction" and ownerless:
        others = [o for o in others if not o.civilian]
    if not others and (sub_event == "Looting/property destruction" or event_type == "Explosions/Remote violence") \
            and not actor1.civilian and not ownerless:
        # what armed men loot, destroy or shell belongs to civilians unless the report names its owner
        others = [nm.kind_actor("civilians", country, when, country)]
    return actor1, (others[0] if others else None)


def one_person(doc: Doc, ref: ActorRef) -> bool:
    """Whether a civilian actor's words name one person ('a herder', 'the farmer'): no crowd, and no
    mob however violent."""
    p = death_patterns(doc.languages)
    words = doc.text[ref.start:ref.end]
    return ref.kind == "civilians" and bool(words) and not p.plural_end.search(words) and \
        bool(p.one_lead.search(doc.text, max(0, ref.start - 12), ref.start))


def _unnamed_side(sub_event: str, other_side: list[ActorRef], all_refs: list[ActorRef]) -> str:
    """The kind of a battle's side the report leaves unnamed: a community's militia against
    another's ('clashes between the two villages left six dead'), else unidentified armed men (who
    ambush a named militia such as the Dozos, or whom the report calls gunmen)."""
    communal = sub_event == "Armed clash" and any(r.inter == 4 and not r.named for r in other_side) and \
        not any(r.kind == "unidentified" for r in all_refs)
    return "communal" if communal else "unidentified"


@cache
def crowd_control_words(languages: tuple[str, ...]) -> re.Pattern:
    """Generic words for forces, ending a phrase and not after a word of war ('military forces')."""
    words = packs.alternation(packs.words(languages, "actors", "crowd_control"))
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in packs.words(languages, "actors", "crowd_control_not_after"))
    return re.compile(rf"\b{not_after}(?:{words})$", re.I)


def policing(doc: Doc, force: ActorRef | None, nm, when: date | None) -> ActorRef | None:
    """A state's forces facing a crowd, named by a generic word ('security forces', 'Malian
    forces'), are its police."""
    if force is None or force.kind != "military" or \
            not crowd_control_words(doc.languages).search(doc.text, force.start, force.end):
        return force
    police = nm.kind_actor("police", force.country, when, force.country)
    police.start, police.end, police.inter = force.start, force.end, force.inter
    return police


def make_event(doc: Doc, sub_event: str, actor1: ActorRef, actor2: ActorRef | None, day: date | None,
               dates: ResolvedDate | None, loc, fatalities: int, frame: Frame,
               evidence_base: dict[str, list[tuple[int, int]]], country: str) -> Event:
    geo = geography()
    event_type = EVENT_TYPE[sub_event]
    taxonomy = lexicon(doc.languages, doc.regions).taxonomy
    country_code = loc.country if loc and loc.country else country
    country = geo.countries.get(country_code)
    tags: list[str] = []
    precision = dates.precision if dates else 1
    if dates is None:
        day = day or doc.anchor
        tags.append("date assumed from publication")
        precision = 2
    elif dates and dates.swapped:
        tags.append("day and month swapped: the date as written lies ahead of the report")
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
            regions: tuple[str, ...] = packs.DEFAULT_REGIONS, country_prior: dict[str, float] | None = None,
            area_prior: dict[tuple[str, str], float] | None = None) -> Doc:
    analysis = analyse(article.text, languages, regions)
    home = outlet_home(article.outlet, regions)
    places, context = resolve_places(article.text, analysis.mentions, languages=languages, regions=regions,
                                     country_prior=country_prior or ({home: 1.0} if home else None),
                                     area_prior=area_prior)
    dateline = find_dateline(article.text, languages)
    if dateline:
        for p in places:
            if dateline[0] <= p.start < dateline[1]:
                p.cue = PlaceCue(1, "dateline")
    quoted = [m.span() for m in _QUOTED.finditer(article.text)]
    inferred = None if article.published else infer_article_date(analysis, regions)
    analysis = replace(analysis, mentions=towns_taken(article.text, analysis.mentions, places, languages))
    actor_phrases = phrases(article.text, outside_names(analysis.mentions, places), languages)
    return Doc(article, analysis, places, context, actor_phrases,
               article.published or (inferred.anchor if inferred else None), languages, regions, dateline, quoted,
               inferred)


def towns_taken(text: str, mentions: list[Mention], places: list[PlaceMention],
                languages: tuple[str, ...]) -> list[Mention]:
    """The mentions, with a verb of taking whose object is a town ('MNLA rebels captured Gao',
    'French forces seized Douentza') read as the town's takeover, whatever the verb means before
    other objects (a looting, an arrest) or where the lexicon has no event for it ('took')."""
    taking = grammar(languages).taking_place
    verbs = [verb for p in places if p.place is not None and p.place.cls == "P" and p.role == "event"
             and (verb := taking.search(text, max(0, p.start - TAKING_CHARS), p.start))]
    if not verbs:
        return mentions
    taken = [Mention(v.start("verb"), v.end("verb"), v.group("verb"), (Entry(TAG, "takeover", "takeover"),))
             for v in verbs]
    starts = {m.start for m in taken}
    return sorted([m for m in mentions if m.start not in starts] + taken, key=lambda m: m.start)


TAKING_CHARS = 12  # how far before a town its verb of taking may start: 'capturing '


def outside_names(mentions: list[Mention], places: list[PlaceMention]) -> list[Mention]:
    """Mentions that are not a part of a longer place's name: the Bobo of 'Bobo-Dioulasso' is no
    ethnic group."""
    names = [(p.start, p.end) for p in places if p.place is not None or p.unit is not None]
    return [m for m in mentions
            if not any(start <= m.start and m.end <= end and end - start > m.end - m.start for start, end in names)]


@dataclass
class Coded:
    events: list[Event]
    countries: list[str]  # the countries the article's own words point to
    notes: list[str]  # what was assumed
    doc: Doc
    quotes: list = field(default_factory=list)
    claims: list = field(default_factory=list)

    def areas(self) -> list[tuple[str, str]]:
        """The (country, region)s of the places the article's own words tell apart from any other
        reading, by a margin no batch could overturn."""
        return sorted({(p.place.cc, name_key(p.place.admin1)) for p in self.doc.places
                       if p.place is not None and p.place.admin1 and p.margin >= BATCH_AREAS})

    def closest_call(self) -> float:
        """The smallest margin by which a place was told from a namesake in another region."""
        return min((p.margin for p in self.doc.places if p.place is not None), default=float("inf"))


def code_events(article: Article, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
                regions: tuple[str, ...] = packs.DEFAULT_REGIONS,
                country_prior: dict[str, float] | None = None,
                area_prior: dict[tuple[str, str], float] | None = None) -> Coded:
    """The article's events, with what it took for granted."""
    doc = prepare(article, languages, regions, country_prior, area_prior)
    events: list[Event] = []
    for frame in build_frames(doc):
        events.extend(code_frame(doc, frame))
    events = once_each(events)
    notes = [doc.inferred.reason] if doc.inferred else []
    if article.published is None and doc.inferred is None:
        notes.append("no publication date, and no date in the text to infer one from: relative dates unresolved")
    orgs = [(m.start, m.end, e.key) for m in doc.analysis.mentions for e in m.entries if e.kind == "named"]
    places = [(p.start, p.end, p.place.name if p.place else p.unit.name) for p in doc.places if p.place or p.unit]
    statistical_sentences = [i for i, s in enumerate(doc.analysis.sentences)
                             if statistical(doc, s, doc.tags_in(s.start, s.end, CUE))]
    lx = lexicon(languages, regions)
    countries = [(m.start, m.end, lx.states[e.key]["name"]) for m in doc.analysis.mentions for e in m.entries
                 if e.kind in ("country", "adjective") and e.key in lx.states]
    claims = find_claims(doc.analysis, article.id, statistical_sentences, orgs, places, countries, languages)
    quotes = find_quotes(doc.analysis, article.id, orgs, [(s, e) for s, e, _ in places], languages) \
        if speech_in(doc) else []
    return Coded(events, doc.context.evidence, notes, doc, quotes, claims)


def once_each(events: list[Event]) -> list[Event]:
    """An article that tells one event twice ('Wagner's decision to leave Mali' ... 'the departure
    of Wagner from Mali') reports it once; the second telling adds its evidence."""
    kept: dict[tuple, Event] = {}
    for e in events:
        key = (e.sub_event_type, e.actor1, e.event_date, e.location, e.reported)
        if key in kept and e.sub_event_type in SAME_ONCE:
            kept[key].evidence += [ev for ev in e.evidence if ev.field != "notes"]
            kept[key].fatalities = max(kept[key].fatalities, e.fatalities)
        else:
            kept[key] = e
    return [e for e in events if kept.get((e.sub_event_type, e.actor1, e.event_date, e.location, e.reported)) is e]


# Strategic developments are told and retold in analysis articles; violent events with the same
# key can be distinct (two attacks on one village the same day) and stay apart.
SAME_ONCE = {"Agreement", "Change to group/activity", "Headquarters or base established", "Other",
             "Non-violent transfer of territory"}


def speech_in(doc: Doc) -> bool:
    """Worth a look for quotes: quotation marks, or reported speech in an article (not a brief)."""
    return bool(doc.quoted) or (not brief(doc) and bool(quote_words(doc.languages).verbs.search(doc.text)))
