"""ACLED's codebook distinctions as rules over an event's tags, cues and actors.

The words live in the packs (tags such as 'attack', 'ied', 'protest'); this module decides, in
the codebook's order of precedence, which sub-event type a set of tags and actors makes:
demonstrations before violence; a remote weapon before the attack it served; an attack on armed
men is a battle, on civilians violence against civilians; looting next to killing is the attack.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..resolve.actors import ActorRef

VIOLENT = {"attack", "clash", "operation", "kill", "abduct", "rape", "abuse", "injure"}
REMOTE = {"suicide", "air", "shelling", "grenade", "ied", "explosion", "chemical"}
PROPERTY = {"loot", "burn", "destroy"}
STRATEGIC = {"arrest", "defuse", "agreement", "release", "takeover", "regain", "withdraw", "base", "change", "other"}
DEMONSTRATION = {"protest", "riot", "mob"}
ANCHORS = VIOLENT | REMOTE | PROPERTY | STRATEGIC | DEMONSTRATION | {"dead"}

EVENT_TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}


@dataclass
class Signals:
    """What the coder knows about one event when it decides its type."""

    tags: set[str]
    cues: set[str] = field(default_factory=set)
    agents: list[ActorRef] = field(default_factory=list)
    patients: list[ActorRef] = field(default_factory=list)
    deaths: int = 0
    crowd: bool = False  # protesters, rioters, residents, youths act
    main: set[str] = field(default_factory=set)  # the tags of the event's main verb
    territory: bool = False  # a place (a town, a base) is named
    foreign: bool = False  # a foreign force takes part

    @property
    def hurt(self) -> bool:
        """Someone was killed or injured."""
        return bool(self.deaths) or "injure" in self.tags or "harm" in self.cues or bool(self.tags & {"kill", "rape"})

    @property
    def agent_state(self) -> bool:
        return any(a.inter == 1 or (a.inter == 8 and a.armed) for a in self.agents)

    @property
    def armed_patient(self) -> bool:
        return any(p.armed for p in self.patients)

    @property
    def fights_armed(self) -> bool:
        """Gunfire or an assault on an armed target beside a blast or shells: a battle."""
        return self.armed_patient and ("clash" in self.tags or "ambush" in self.cues)

    @property
    def people_attacked(self) -> bool:
        """Civilians as people, not their village or their trucks, were the target."""
        return any(p.civilian and p.kind != "civilian_objects" for p in self.patients)

    @property
    def communal(self) -> bool:
        """A communal or ethnic militia acts: intercommunal violence."""
        return any(a.inter == 4 for a in self.agents)

    @property
    def communities_fight(self) -> bool:
        """Two communities clash and kill ('Bissa farmers clashed with Fula herders, 7 killed'), or
        two ethnic groups fight ('fighting between Imghad and Idnane'): a battle between their
        militias, not a mob (students' or miners' brawl that wounds stays mob violence)."""
        def community(refs, ethnic: bool) -> bool:
            return bool(refs) and all(r.civilian and r.kind == "civilians" and r.assoc and
                                      (not ethnic or any(" Ethnic Group (" in g for g in r.assoc)) for r in refs)
        ethnic = not self.deaths  # without dead, only ethnic groups that burn no homes
        return "clash" in self.tags and "mob" not in self.tags and not (ethnic and self.tags & PROPERTY) and \
            community(self.agents, ethnic) and community(self.patients, ethnic)

    @property
    def civilian_patient(self) -> bool:
        return any(p.civilian for p in self.patients) or "civilian_target" in self.cues


def robbed(s: Signals) -> bool:
    """People attacked only to be robbed ('attacked a truck, the occupants were stripped of their
    belongings'): looting, unless they were also shot at or abused."""
    return "loot" in s.tags and "abuse" not in s.tags and "armed_violence" not in s.cues


def classify(s: Signals) -> str:
    """The sub-event type for these signals; '' when nothing here is an event."""
    t = s.tags
    violent = t & VIOLENT
    if "release" in t and "abduct" not in s.main and not t & (VIOLENT | PROPERTY | DEMONSTRATION):
        # 'the hostages were released after talks'; 'abducted ..., released two days later' is the
        # abduction, 'robbed the passengers and released them' the robbery
        return "Agreement"
    if t & {"protest", "riot"} and (s.crowd or "disperse" in t) and not (t & REMOTE):
        return _demonstration(s)  # a protest, also when police fire tear gas at it
    # a crowd acts when its people are no armed group and use no guns: a mob, not gunmen
    crowd_acts = s.crowd and not (s.agents and any(a.armed for a in s.agents)) and "armed_violence" not in s.cues \
        and not s.communities_fight
    if crowd_acts and (t & {"protest", "riot", "mob"} or "grievance" in s.cues or "violent_crowd" in t
                       or violent or t & PROPERTY):
        return _demonstration(s)
    if "mob" in t:
        return "Mob violence"
    if "chemical" in t:
        return "Chemical weapon"
    if "suicide" in t:
        # a bomber opening an assault on armed men, or fighting after it, makes a battle
        return "Armed clash" if s.fights_armed else "Suicide bomb"
    if t & {"ied", "explosion"} and (t & {"defuse"} or "foiled" in s.cues) and not (t & {"kill"} and s.deaths):
        return "Disrupted weapons use"
    if "air" in t and not ("clash" in t and s.armed_patient and not s.agent_state) and "ground" not in s.cues:
        return "Air/drone strike"
    # shells fired while armed men assault forces, or fight them, open a battle ('mortar fire
    # against the camp followed by gunfire')
    if "shelling" in t and not (s.fights_armed and not s.agent_state):
        return "Shelling/artillery/missile attack"
    if "grenade" in t:
        return "Grenade"
    if t & {"ied", "explosion"}:
        if "clash" in t:
            return "Armed clash"
        if "attack" in t and "ambush" in s.cues:
            # an ambush opened by a mine and followed by gunfire: a battle, unless only civilians
            # were its target ('a vehicle of marketgoers')
            return "Attack" if s.civilian_patient and not s.armed_patient else "Armed clash"
        return "Remote explosive/landmine/IED"
    if "takeover" in t or "regain" in t:
        if "no_fight" in s.cues and not s.hurt and not t & VIOLENT - {"attack"}:
            return "Non-violent transfer of territory"  # 'the MNLA claimed control over Anefis without a fight'
        if "regain" in t or s.agent_state:
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if "rape" in t:
        return "Sexual violence"
    if t & PROPERTY and not s.hurt and "abduct" not in t and not ("clash" in t or s.armed_patient) and \
            not ("attack" in t and s.people_attacked and not robbed(s)) and "fired_at" not in s.cues and \
            ("no_casualty" in s.cues or not (s.communal and "attack" in t)):
        # 'ransacked the substation'; 'attacked the village and burned shops': what was done was
        # to property. An attack on people ('attacked civilians ..., looting animals'), or a
        # militia's raid on a village of the other community, stays an attack, unless the
        # report says no one was hurt.
        return "Looting/property destruction"
    if violent - {"abduct", "rape"}:
        return _violence(s)
    if "abduct" in t:
        return "Attack" if s.hurt else "Abduction/forced disappearance"
    if t & PROPERTY:
        return "Looting/property destruction"
    return _strategic(s)


STRATEGIC_ORDER = ("arrest", "defuse", "agreement", "base", "withdraw", "change", "other")


def _strategic(s: Signals) -> str:
    """The main verb's kind of development first ('instructors arrived ..., marking a new agreement'
    is an arrival), then the others in the codebook's order."""
    t = s.tags
    for tag in [x for x in STRATEGIC_ORDER if x in s.main] + [x for x in STRATEGIC_ORDER if x in t]:
        if tag == "arrest":
            return "Attack" if s.deaths else "Arrests"  # captives killed: violence against civilians
        if tag == "defuse" and ("dead" not in t or t & REMOTE):
            return "Disrupted weapons use"  # 'bodies were discovered in a mass grave' disrupted no weapon
        if tag == "agreement":
            return "Agreement"
        if tag == "base":
            return "Headquarters or base established"
        if tag == "withdraw":
            # a force leaving a country changes its activity; handing over a town is a transfer
            return "Non-violent transfer of territory" if s.territory and not s.foreign else "Change to group/activity"
        if tag == "change":
            return "Change to group/activity"
        if tag == "other":
            return "Other"
    return _tail(s)


def _tail(s: Signals) -> str:
    t = s.tags
    if "dead" in t and s.deaths:
        return "Attack"  # bodies found: someone killed them
    if t & {"protest", "riot"}:
        return _demonstration(s)
    return ""


def _violence(s: Signals) -> str:
    """Battle or violence against civilians: both sides fighting ('clashed', 'repelled', 'fended
    off'), or armed men as the target, make a battle; unarmed victims an attack."""
    t = s.tags
    if "abduct" in t and not s.hurt and not (t & {"clash", "attack"} and s.armed_patient):
        return "Abduction/forced disappearance"  # an ambush on a patrol stays a battle
    militia_victim = any(p.armed and p.inter in (3, 4) for p in s.patients) and not any(p.civilian for p in s.patients)
    if "execution" in s.cues and "clash" not in t and not militia_victim:
        # an assassination or execution: its victim fought no one, soldier or not; a militia's
        # members are its fighters wherever they are killed ('assassinated two Koglweogo')
        return "Attack"
    if "clash" in t or s.armed_patient:
        return "Armed clash"
    if "operation" in t and not s.civilian_patient:
        return "Armed clash"  # a military operation against armed men
    return "Attack"


def _demonstration(s: Signals) -> str:
    """A crowd's event: a protest (peaceful, dispersed, or met with lethal force), a violent
    demonstration, or mob violence where violence has no protest around it."""
    t = s.tags
    protesting = bool(t & {"protest", "riot"} or "grievance" in s.cues)
    if "mob" in t or not protesting and (t & VIOLENT or t & PROPERTY or "violent_crowd" in t):
        return "Mob violence"
    state_violence = (t & {"kill", "attack"}) and s.deaths and any(a.inter == 1 for a in s.agents + s.patients)
    crowd_violence = t & {"riot", "violent_crowd", "loot", "burn", "destroy"} or \
        (t & {"attack", "clash"} and not s.agent_state and not state_violence)
    if crowd_violence:
        return "Violent demonstration"
    if state_violence:
        return "Excessive force against protesters"
    if "disperse" in t or ("arrest" in t and "protest" in t) or ("injure" in t and s.agent_state):
        return "Protest with intervention"  # dispersed, arrested, or wounded by the police
    return "Peaceful protest"
