"""Actor mentions -> ACLED actors, named by the event's date and country.

Adjacent actor words form one phrase: 'presumed Katiba Macina (JNIM) militants', 'French and
Malian forces', 'JNIM and/or ISGS militants', 'Nigerien Fulani pastoralists'. A phrase gives one
or more actors; 'and/or' makes ACLED's uncertain 'X and/or Y'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .. import packs
from ..analyse.lexicon import ACTOR, Lexicon, Mention

_AND_OR = re.compile(r"\band/or\b|\bor\b", re.IGNORECASE)


@dataclass(frozen=True)
class PhraseWords:
    join: re.Pattern  # what may stand between two actor words of one phrase: ' and/or ', ' (likely '
    apposition: re.Pattern  # ', presumably ': a hedged apposition names who acts, as brackets do
    group_join: re.Pattern  # ' from the ': joins only a named group to the words before it
    hedge_before: re.Pattern  # 'suspected' before an actor's words


@cache
def phrase_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> PhraseWords:
    """The language packs' words that join actor words into a phrase (actors.toml) and hedge
    them (the hedge cues of events.toml)."""
    joins = packs.alternation({w.lower() for w in packs.words(languages, "actors", "phrase_joins")})
    hedges = packs.alternation({w.lower() for data in packs.read_all(languages, "events")
                                for phrase in data.get("cues", {}).get("hedge", []) for w in packs.expand(phrase)})
    return PhraseWords(
        re.compile(rf"^[\s,]*(?:\(|\)|-|/|'s|’s|&|,|{joins}|{hedges}|\s)*[\s,]*$", re.IGNORECASE),
        re.compile(rf"^\s*,\s*(?:{hedges})\s", re.IGNORECASE),
        re.compile(rf"^\s+(?:{packs.alternation(packs.words(languages, 'actors', 'group_joins'))})\s+$", re.IGNORECASE),
        re.compile(rf"(?:{hedges})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE))


_REGIME_YEARS = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?)\)")


def without_regime(name: str | None) -> str:
    """'Military Forces of Mali (2013-2020)' -> 'military forces of mali': the actor across regimes."""
    return re.sub(r"\s+", " ", _REGIME_YEARS.sub("", (name or "").strip())).casefold()


STATE_KINDS = ("military", "police", "gendarmerie", "forest_guards", "prison_guards", "government")


@dataclass
class ActorRef:
    """One actor as ACLED names it, with the words it came from."""

    name: str
    inter: int
    kind: str  # state kind, 'named', 'unidentified', 'islamist', 'civilians', 'protesters', ...
    country: str = ""  # ISO2 of the actor's state or nationality
    armed: bool = False
    assoc: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    hedged: bool = False
    named: bool = False  # a specific named group or state, not a generic word
    explicit: bool = False  # its state is named ('Russian instructors', 'Mali'), not assumed from context

    @property
    def civilian(self) -> bool:
        return self.inter == 7


@dataclass
class ActorPhrase:
    mentions: list[Mention]
    start: int
    end: int
    uncertain: bool  # 'X and/or Y'
    hedged: bool
    before: str = ""  # the word before the phrase, lower case: 'armed' in 'armed Peul men'
    bracketed: int | None = None  # which mention stands in brackets after another: 'Ansaroul Islam (JNIM)'

    def entries(self, kind: str):
        return [e for m in self.mentions for e in m.entries if e.kind == kind]

    def origin(self) -> list[str]:
        """Whose people the phrase names, as ISO2 codes: its states' adjectives, then nationalities
        ('a Swiss nun')."""
        return [e.key for e in self.entries("adjective") + self.entries("nationality")]


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def phrases(text: str, mentions: list[Mention],
            languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[ActorPhrase]:
    """Group adjacent actor-layer mentions into phrases."""
    words = phrase_words(languages)
    actor_mentions = [m for m in mentions if m.in_layer(ACTOR)]
    out: list[ActorPhrase] = []
    for m in actor_mentions:
        gap = text[out[-1].end:m.start] if out else ""
        joined = words.join.match(gap) or words.group_join.match(gap) and any(e.kind == "named" for e in m.entries)
        if out and m.start >= out[-1].end and joined and m.start - out[-1].end < 40 \
                and not re.search(r"\s[-–—]|[–—]", gap):  # a spaced dash ends a phrase: 'Niamey, Niger - Russian ...'
            last = out[-1]
            # 'Ansaroul Islam (JNIM)', 'an armed group (likely MNLA)', 'unknown gunmen, presumably Katiba Macina'
            if gap.strip().startswith("(") or words.apposition.match(gap):
                last.bracketed = len(last.mentions)
            last.mentions.append(m)
            last.end = m.end
            last.uncertain = last.uncertain or bool(_AND_OR.search(gap))
        else:
            hedged = bool(words.hedge_before.search(text[max(0, m.start - 40):m.start]))
            before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            out.append(ActorPhrase([m], m.start, m.end, False, hedged, before.group(1).lower() if before else ""))
    return out


@dataclass(frozen=True)
class Naming:
    """ACLED names for kinds and states at a date."""

    lexicon: Lexicon

    def regime(self, iso2: str, when: date | None) -> str:
        state = self.lexicon.states.get(iso2)
        if not state or not state.get("regimes"):
            return ""
        label = state["regimes"][0][1]
        for start, name in state["regimes"]:
            if when is None or date.fromisoformat(start) <= when:
                label = name
        return label

    def country_name(self, iso2: str) -> str:
        state = self.lexicon.states.get(iso2)
        if state:
            return state["name"]
        from ..gazetteer import geography

        country = geography().countries.get(iso2)
        return country.name if country else iso2

    def kind_actor(self, kind: str, iso2: str, when: date | None, event_country: str, group: str = "") -> ActorRef:
        spec = self.lexicon.kinds[kind]
        if spec.get("international_abroad") and iso2 and event_country and \
                continent(iso2) != continent(event_country):
            # 'a Swiss nun' kidnapped in Mali: Civilians (International), with Civilians (Switzerland)
            ref = self.kind_actor(kind, "", when, event_country, group)
            ref.country, ref.assoc = iso2, [self.kind_actor(kind, iso2, when, iso2, group).name]
            return ref
        stand_in = self.lexicon.taxonomy["no_state" if spec.get("state") else "no_country"]
        country = self.country_name(iso2) if iso2 else stand_in
        name = spec["name"].format(country=country, regime=self.regime(iso2, when), group=group).replace(" ()", "")
        inter = spec["inter"]
        if spec.get("state") and iso2 and event_country and iso2 != event_country:
            inter = self.lexicon.taxonomy.get("inter", {}).get("foreign_state", 8)
        return ActorRef(name, inter, kind, iso2, armed=bool(spec.get("armed") or spec.get("state") and kind != "government"))

    def described(self, description: int, when: date | None) -> str:
        """The group the press's words for an unnamed group mean at this date ('Tuareg rebels' in
        2012: the MNLA); '' when they name none then."""
        return next((group for since, until, group in self.lexicon.described[description]
                     if when and since <= when <= until), "")

    def named_actor(self, name: str, when: date | None) -> ActorRef:
        actor = self.lexicon.actors[name]
        parent = actor.get("member_of")
        if parent and (when is None or when >= date.fromisoformat(actor.get("member_since", "1900-01-01"))):
            ref = self.named_actor(parent, when)
            ref.assoc.append(name)
            return ref
        return ActorRef(name, actor.get("inter", 0), "named", country=actor.get("home", ""),
                        armed=bool(actor.get("armed")), named=True)


def continent(iso2: str) -> str:
    from ..gazetteer import geography

    country = geography().countries.get(iso2)
    return country.continent if country else ""


@cache
def naming(lexicon: Lexicon) -> Naming:
    return Naming(lexicon)


def acled_kind(word_kind: str) -> str:
    """The taxonomy's kind for a pack's kind of words: rebels of no named group are an
    unidentified armed group."""
    return "unidentified" if word_kind == "rebels" else word_kind


def resolve_phrase(phrase: ActorPhrase, naming_: Naming, when: date | None, event_country: str,
                   role: str = "any") -> list[ActorRef]:
    """The actors a phrase names. role 'patient' reads bare ethnic names as communities, not militias."""
    adjectives = [e.key for e in phrase.entries("adjective")]
    origin = phrase.origin()
    home = origin[0] if origin else event_country
    described = [e.key for e in phrase.entries("described")]
    named = [e.key for e in phrase.entries("named")] + [
        name for key in described if (name := naming_.described(int(key), when))]
    forces = phrase.entries("force")
    # 'Tuareg rebels' at a date the words name no group: rebels of no known group
    kinds = [e.key for e in phrase.entries("kind")] + (["rebels"] if described and not named else [])
    groups = [e.key for e in phrase.entries("group")]
    ethnic = [e.key for e in phrase.entries("ethnic")]
    countries = [e.key for e in phrase.entries("country")] + [e.key for e in phrase.entries("metonym")]
    words = f" {phrase.before} {' '.join(m.text.lower() for m in phrase.mentions)} "
    lx = naming_.lexicon
    refs: list[ActorRef] = []
    # 'Ansaroul Islam (JNIM)': a group named in brackets after another is its umbrella; after
    # unnamed men ('gunmen (presumably JNIM and/or ISGS militants)') the brackets name who they were
    outer, inner = (phrase.mentions[:phrase.bracketed], phrase.mentions[phrase.bracketed:]) \
        if phrase.bracketed is not None else (phrase.mentions, [])
    umbrella = [e.key for e in inner[0].entries if e.kind == "named"] \
        if inner and any(e.kind == "named" for m in outer for e in m.entries) else []
    for name in dict.fromkeys(umbrella + named):
        if lx.actors[name].get("inter", 0) > 0:
            refs.append(naming_.named_actor(name, when))
    if umbrella and len(refs) > 1 and refs[0].named:
        # 'Ansaroul Islam (JNIM) militants': the group in brackets acts, the one before is its part
        parts = [r.name for r in refs[1:] if r.named and r.name != refs[0].name] + [a for r in refs[1:] for a in r.assoc]
        refs[0].assoc += [a for a in dict.fromkeys(parts) if a not in refs[0].assoc]
        refs = [refs[0]] + [r for r in refs[1:] if not r.named]
    for entry in forces:
        refs.append(naming_.kind_actor(entry.extra, entry.key, when, event_country))
    own_men = _members_of_named(phrase)
    heads = list(dict.fromkeys(k for k in kinds if k in STATE_KINDS and k not in own_men))
    if heads[:1] == ["government"]:
        # 'government forces' are the military; 'the mayor, security forces' names both
        heads = [force] if (force := _government_force(phrase)) else heads
    else:
        heads = heads[:1]  # 'the army and gendarmes': ACLED names the first force
    inner_kinds = [e.key for m in inner for e in m.entries if e.kind == "kind"]
    other_kind = next((k for k in inner_kinds + kinds if k not in STATE_KINDS), None)
    if heads and not forces:
        state = [naming_.kind_actor(h, iso2, when, event_country)
                 for iso2 in (adjectives or countries or [event_country]) for h in heads]
        refs = state + refs if _state_leads(phrase, heads) else refs + state
    elif ethnic and (other_kind in ("communal", "unidentified", "islamist") or other_kind == "rioters" and role != "patient"
                     or any(f" {w} " in words for w in lx.ethnic_militia_words)
                     or role != "patient" and any(f" {w} " in words for w in lx.acting_militia_words)):
        for group in dict.fromkeys(ethnic):
            refs.append(naming_.kind_actor("ethnic_militia", event_country, when, event_country, group))
    elif other_kind and not refs:
        kind = acled_kind(other_kind)
        if kind in lx.kinds:
            refs.append(naming_.kind_actor(kind, home, when, event_country))
    elif not refs and (groups or ethnic or (not named and origin and role == "patient")):
        refs.append(naming_.kind_actor("civilians", home, when, event_country))
    elif not refs and countries and not kinds:
        for iso2 in countries:  # 'Mali severed ties with Ukraine': the states' governments
            refs.append(naming_.kind_actor("government", iso2, when, event_country))
    if ethnic and refs and refs[-1].kind in ("civilians", "civilian_objects", "protesters", "rioters"):
        refs[-1].assoc += [naming_.kind_actor("ethnic_group", refs[-1].country or event_country, when,
                                              event_country, g).name for g in dict.fromkeys(ethnic)]
    if groups and refs:
        refs[-1].assoc += group_names(groups, naming_, when, refs[-1].country or event_country)
    refs = _distinct(refs)
    explicit = bool(adjectives or countries or forces)
    for ref in refs:
        ref.start, ref.end, ref.hedged = phrase.start, phrase.end, phrase.hedged
        ref.explicit = ref.named or explicit
    if phrase.uncertain and len(refs) > 1 and len({r.name for r in refs}) > 1:
        first, *rest = refs
        first.name = " and/or ".join(dict.fromkeys(r.name for r in refs))
        first.assoc += [a for r in rest for a in r.assoc]
        refs = [first]
    return refs


def _state_leads(phrase: ActorPhrase, heads: list[str]) -> bool:
    """Whether the phrase names state forces before a named group, as two actors ('Malian soldiers
    and Wagner fighters': the forces lead, the group is their ally), not as a description of the
    group ('the military force MINUSMA')."""
    def first(found) -> int:
        return next((i for i, m in enumerate(phrase.mentions) if any(found(e) for e in m.entries)), len(phrase.mentions))
    state = first(lambda e: e.kind == "kind" and e.key in heads)
    named = first(lambda e: e.kind == "named")
    return state < named < len(phrase.mentions) and \
        phrase.mentions[named].start - phrase.mentions[named - 1].end > 1


def _members_of_named(phrase: ActorPhrase) -> set[str]:
    """The kinds that only name a named group's men: a force's word right after the group's name
    ('an MSA officer', 'MINUSMA soldiers'), not the country's forces, unless the phrase names
    those too ('the Malian military and MNLA forces')."""
    own: set[str] = set()
    other: set[str] = set()
    for before, m in zip([None, *phrase.mentions], phrase.mentions):
        member = before is not None and m.start - before.end <= 1 and any(e.kind == "named" for e in before.entries)
        (own if member else other).update(e.key for e in m.entries if e.kind == "kind")
    return own - other


def _distinct(refs: list[ActorRef]) -> list[ActorRef]:
    """'Katiba Macina (JNIM)' names JNIM twice: one actor, its associates joined."""
    out: dict[str, ActorRef] = {}
    for ref in refs:
        if ref.name in out:
            out[ref.name].assoc += [a for a in ref.assoc if a not in out[ref.name].assoc]
        else:
            out[ref.name] = ref
    return list(out.values())


def as_militia(ref: ActorRef, naming_: Naming, when: date | None, country: str, place: str) -> ActorRef:
    """Civilians who fight are a militia in ACLED's terms: their community's ethnic militia
    ('Fulani Ethnic Militia (Mali)') or their village's communal militia."""
    if not ref.civilian:
        return ref
    suffix = " Ethnic Group ("
    ethnic = [a.split(suffix)[0] for a in ref.assoc if suffix in a]
    if ethnic:
        militia = naming_.kind_actor("ethnic_militia", ref.country or country, when, country, ethnic[0])
    elif place:
        militia = naming_.kind_actor("local_militia", ref.country or country, when, country, place)
    else:
        militia = naming_.kind_actor("communal", ref.country or country, when, country)
    militia.start, militia.end = ref.start, ref.end
    return militia


def staff_of(ref: ActorRef, naming_: Naming, when: date | None, country: str) -> ActorRef:
    """A civilian organisation harmed ('gunmen robbed an ICRC team') is its staff: civilians of
    the country, the organisation their associated actor. So is a government's office or official
    ('burned the mayor's office'): unarmed, civilians in ACLED's terms."""
    if not (ref.civilian and ref.named or ref.kind == "government"):
        return ref
    staff = naming_.kind_actor("civilians", country, when, country)
    staff.assoc, staff.start, staff.end = list(dict.fromkeys([ref.name] + ref.assoc)), ref.start, ref.end
    return staff


def _government_force(phrase: ActorPhrase) -> str | None:
    """The state force a word right after 'government' names: 'government forces', 'government
    troops' are the military, not the government ('the mayor, security forces' stays two)."""
    for a, b in zip(phrase.mentions, phrase.mentions[1:]):
        if b.start - a.end <= 1 and any(e.key == "government" for e in a.entries):
            force = next((e.key for e in b.entries if e.kind == "kind" and e.key in STATE_KINDS), None)
            if force:
                return force
    return None


def group_names(groups: list[str], naming_: Naming, when: date | None, iso2: str) -> list[str]:
    out = []
    country = naming_.country_name(iso2) if iso2 else naming_.lexicon.taxonomy["no_country"]
    for g in dict.fromkeys(groups):
        if g.startswith("kind:"):
            out.append(naming_.kind_actor(g[5:], iso2, when, iso2).name)
        else:
            out.append(f"{g} ({country})")
    return out
