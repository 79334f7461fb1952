"""Place names in text -> gazetteer places, with ACLED's geo_precision.

1. Candidates: runs of capitalised words ('Ouro Gueladio', 'Ti-n-Edia') whose name key is in the
   gazetteer, minus anything the lexicon already knows as an actor, trigger or country.
2. Cues around each name: 'village of X' (event place, precision 1), 'near X' (2), 'X region' (an
   admin unit: a hint and a fallback at precision 3), 'from X' (an origin, not the event place).
3. Choice among same-named places: the document's countries (names, adjectives, state forces),
   admin units the text names ('(Douentza, Mopti)', 'in the Tillabéri region'), nearness to the
   other places of the text, then prominence (seats, population, sources agreeing).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from .. import packs
from ..analyse.lexicon import Mention, lexicon
from ..gazetteer import AdminUnit, Geography, Place, geography, km_between, name_key, prominence
from ..gazetteer.names import one_edit

MAX_NAME_TOKENS = 5
MAX_ACRONYM = 6
NEAR_KM = 150.0  # places this close to the text's other places are likelier readings
# Weights of the evidence for one reading of a name. The text's own countries and admin units
# weigh most, then the region the packs are about; prominence (0-5) only breaks ties.
FOCUS_PRIOR, NEAR_PRIOR = 6.0, 2.5
CONTEXT_WEIGHT = 12.0
ADMIN_HINT = 6.0
# A reading the text calls by its own name: a seat or a town of 10,000 or more by far ('Niamey' is
# the capital, not a hamlet near it that also goes by the name); a village only a little ('Kona'
# is as often Konna, the commune's seat, as the hamlet called Kona).
PRIMARY_NAME, NOTABLE_NAME = 1.0, 3.0
NEARBY = 4.0
# A reading near the place the text situates a name by ('Tabrichat near Tessalit') is likelier still:
# as much as an admin hint, for the text says where the name lies.
ANCHORED = 6.0
ANCHOR_CHARS = 30  # how far after a name its anchor may follow: 'Tin-Alakan (In-Alakam) southwest of X'
AREA_HINT = 1.0  # a region a group the text names mostly fights in: a tie-breaker, below any admin hint
# a region's share of the batch's placed reports, times this: which of two villages of one name the
# rest of the corpus makes likelier, below any hint of the text's own
BATCH_AREAS = 4.0


@dataclass(frozen=True, slots=True)
class PlaceCue:
    precision: int
    role: str  # event, admin, origin, base
    level: int = 0  # the admin level an enclosing unit's word names: 'region' 1, 'cercle' 2
    feature: str = ""  # the GeoNames feature class a word names: 'mountains' T (a landform)


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: list[Place]
    units: list[AdminUnit]
    cue: PlaceCue | None = None
    coded: bool = False  # named by a coder's note: '(coded as X ...)'
    coded_name: str = ""  # the note's name where it is longer than the gazetteer's ('Dori 7km E')
    # right after words that say a place is named ('the village of', 'near'): a place even where the
    # gazetteer lacks it ('the village of Barwagdin') or knows it only far away ('near Mandoli')
    after_place_word: bool = False
    explicit_precision: int | None = None
    # how far the chosen reading's score is ahead of the best one in another first-level unit:
    # small when nothing in the text tells two villages of one name apart
    margin: float = float("inf")
    run: tuple[int, int] | None = None  # the run of capitalised words the name was found in
    respelt: bool = False  # read as a name one letter away: no evidence for the text's other places
    place: Place | None = None  # the chosen reading
    unit: AdminUnit | None = None  # when the mention names an admin unit
    # the place the text situates this one by, right after it: 'the Tabrichat area near Tessalit'
    anchor: PlaceMention | None = None

    @property
    def role(self) -> str:
        """event: where something happened; admin: an enclosing unit; origin: where someone came
        from; base: where a force is stationed; part: a quarter of the place named next ('the
        Kabala area of Bamako')."""
        if self.unit is not None and self.place is None:
            return "admin"
        if self.cue is None or self.cue.role == "admin":
            return "event"  # 'Sabse department', a unit the admin table lacks: its seat town
        return self.cue.role

    @property
    def precision(self) -> int:
        if self.explicit_precision:
            return self.explicit_precision
        if self.place is None:
            return 3
        return self.cue.precision if self.cue and self.role == "event" else 1

    @property
    def country(self) -> str:
        if self.place is not None:
            return self.place.cc
        return self.unit.cc if self.unit else ""


@dataclass(frozen=True)
class PlaceRules:
    before: dict[str, PlaceCue]
    after: dict[str, PlaceCue]
    before_pattern: re.Pattern
    after_pattern: re.Pattern
    coded_as: re.Pattern | None
    dateline: re.Pattern | None
    not_places: frozenset[str]
    run: re.Pattern
    given_names: frozenset[str]
    titles: frozenset[str]  # 'president Issoufou', 'journalist Zongo': a person
    border_before: re.Pattern  # 'border with (the) ' at the end of a text: a neighbouring country follows
    elsewhere_after: re.Pattern  # '(-)border', "'s border", ' peacekeepers' after a country: not where it happened
    article_before: re.Pattern  # 'the ' right before a name: 'in the Soum' is the province
    unit_word: re.Pattern  # a unit's word ending a name: 'Mopti Region', 'Soum Province'
    list_gap: re.Pattern  # ', ', ' and ', ', and ', ' and in ' between two places of a list (fullmatch)
    between_before: re.Pattern  # 'between (the villages of) ' at the end of a text: two places bound one stretch
    within_gap: re.Pattern  # ' in ', "' in ", ' (', ' village in the ' between a place and its unit (fullmatch;
    # a comma may join a list)
    place_words: re.Pattern  # 'the village of ', 'near ': a place's name follows, whether the gazetteer has it or not
    near_gap: re.Pattern  # ', near ' between two places: the second is a known town beside the first (fullmatch)
    kept_name_gap: re.Pattern  # ', between ' after a name the gazetteer lacks: the event keeps that name (fullmatch)
    near_before: re.Pattern  # 'near (the) ' at the end of a text: what follows is beside the event
    establishment_before: re.Pattern  # 'restaurant ' at the end of a text: a business's name follows


@cache
def place_rules(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> PlaceRules:
    before: dict[str, PlaceCue] = {}
    after: dict[str, PlaceCue] = {}
    coded = dateline = None
    words = packs.lists(languages, "places")
    for data in packs.read_all(languages, "places"):
        before.update({k: PlaceCue(**v) for k, v in data.get("before", {}).items()})
        after.update({k: PlaceCue(**v) for k, v in data.get("after", {}).items()})
        coded = coded or data.get("coded_as")
        dateline = dateline or data.get("dateline")
    not_places = {w.lower() for w in packs.words(languages, "text", "not_places")}
    given = {w.lower() for w in packs.words(packs.DEFAULT_REGIONS, "people", "given_names")}
    titles = {w.lower() for w in packs.words(languages, "quotes", "role_words")}
    particle = packs.alternation(words.get("name_particles", []))
    det, link = packs.alternation(words.get("determiners", [])), packs.alternation(words.get("place_noun_links", []))
    nouns = packs.alternation(words.get("place_nouns", []))
    border = packs.alternation(words.get("border_words", []))
    contingent = packs.alternation(words.get("contingent_words", []))
    near = packs.alternation(words.get("near_words", []))
    word = r"[A-ZÀ-Ý][\w'’.-]*[\w]|[A-ZÀ-Ý]"
    run = re.compile(rf"(?:{word})(?:[ ](?:(?:{particle})[ -])?(?:{word}|\d{{1,2}}\b))*")
    return PlaceRules(
        before, after,
        re.compile(rf"(?<![^\W\d_])(?:{det}\s+)?(?P<key>{packs.alternation(before)})\s+(?:{det}\s+)?"
                   rf"(?:(?P<noun>{nouns})s?\s+(?:(?:{link})\s+)?)?$", re.IGNORECASE),
        re.compile(rf"^\s*(?:{packs.alternation(after)})\b", re.IGNORECASE),
        re.compile(coded) if coded else None, re.compile(dateline) if dateline else None,
        frozenset(not_places), run, frozenset(given), frozenset(titles),
        re.compile(rf"\b(?:{border})\s+(?:{packs.alternation(words.get('border_links', []))})\s+(?:{det}\s+)?$",
                   re.IGNORECASE),
        re.compile(rf"^(?:['’]s)?[\s-]*(?:{border})\b|^\s+(?:{contingent})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{det})\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?P<word>{packs.alternation(k for k, v in after.items() if v.level)})$", re.IGNORECASE),
        re.compile(rf"\s*(?:,|(?:,\s*)?(?:{packs.alternation(words.get('list_joiners', []))})"
                   rf"(?:\s+(?:{packs.alternation(words.get('list_repeats', []))})(?=\s))?)\s*", re.IGNORECASE),
        re.compile(rf"\b(?:{packs.alternation(words.get('between_words', []))})\s+(?:{det}\s+)?"
                   rf"(?:(?:{packs.alternation(words.get('between_nouns', []))})\s+(?:{link})\s+)?$", re.IGNORECASE),
        re.compile(rf"['’”]?(?:\s+(?:{nouns}))?\s*(?:\(|(?:{packs.alternation(words.get('within_links', []))})\s)\s*"
                   rf"(?:{det}\s+)?", re.IGNORECASE),
        re.compile(rf"\b(?:{packs.alternation(words.get('place_words', []))}|{near})\s+(?:{det}\s+)?", re.IGNORECASE),
        re.compile(rf"[\s,(]*(?:{near})\s*", re.IGNORECASE),
        re.compile(rf"[\s,(]*(?:{packs.alternation(words.get('kept_name_words', []))})\s+(?:{det}\s+)?",
                   re.IGNORECASE),
        re.compile(rf"\b(?:{near})\s+(?:{det}\s+)?$", re.IGNORECASE),
        re.compile(rf"\b(?:{packs.alternation(words.get('establishment_words', []))})\s+$"))


def find_dateline(text: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> tuple[int, int] | None:
    """The span of an opening dateline ('DJIBO, Burkina Faso — '), if the article has one."""
    rules = place_rules(languages)
    m = rules.dateline.match(text) if rules.dateline else None
    return (m.start("place"), m.end()) if m else None


def _after_cue(text: str, end: int, rules: PlaceRules) -> PlaceCue | None:
    m = rules.after_pattern.search(text[end:end + 20])
    return rules.after.get(m.group(0).strip().lower()) if m else None


def _cue(text: str, start: int, end: int, rules: PlaceRules) -> PlaceCue | None:
    after = _after_cue(text, end, rules)
    if after is not None and after.role in ("part", "admin"):
        return after  # 'in the Kidal region', 'in the Kabala area of Bamako': the word after says what it is
    window = text[max(0, start - 40):start]
    m = rules.before_pattern.search(window)
    if m:
        cue = rules.before.get(" ".join(m.group("key").lower().split()))
        noun = rules.after.get((m.group("noun") or "").lower())
        if cue is not None and noun is not None and cue.role == "event" and noun.precision > cue.precision:
            return PlaceCue(noun.precision, cue.role)  # 'in the area of X': a small area around X
        if cue is not None and after is not None and after.feature and cue.role == "event":
            return PlaceCue(max(cue.precision, after.precision), cue.role, feature=after.feature)  # 'in the X mountains'
        if cue is not None:
            return cue
    return after


class ActorWords:
    """Which characters belong to an actor word, each marked with the word's number: a place
    name lying wholly in one actor word ('Fulani') is no place; a longer name that merely
    contains one ('Bobo-Dioulasso' and the Bobo people) still is."""

    def __init__(self, size: int, spans: list[tuple[int, int]]):
        self.owner = [0] * size
        for k, (s, e) in enumerate(spans, start=1):
            self.owner[s:e] = [k] * (e - s)

    def cover(self, start: int, end: int) -> bool:
        k = self.owner[start] if start < len(self.owner) else 0
        return k != 0 and all(o == k for o in self.owner[start:end])


ESTABLISHMENT_CHARS = 15  # how far back the longest establishment word may start


def find_places(text: str, mentions: list[Mention], geo: Geography | None = None,
                languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
                regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> list[PlaceMention]:
    """Every place name the gazetteer knows in the text, with its cue; not yet disambiguated."""
    geo = geo or geography()
    rules = place_rules(languages)
    prior = region_prior(regions)
    # words the lexicon knows as actors are not places ('Fulani', 'Katiba Macina'), except a
    # capital standing for its government ('Bamako said'), which is a place as well
    blocked = ActorWords(len(text), [(m.start, m.end) for m in mentions
                                     if m.in_layer("actor") and any(e.kind != "metonym" for e in m.entries)])
    coded: dict[int, tuple[int, int | None]] = {}
    if rules.coded_as:
        for m in rules.coded_as.finditer(text):
            coded[m.start("name")] = (m.end("name"), int(m.group("precision")) if m.group("precision") else None)
    out: list[PlaceMention] = []
    for run in rules.run.finditer(text):
        if rules.establishment_before.search(text, max(0, run.start() - ESTABLISHMENT_CHARS), run.start()):
            continue  # 'the restaurant Aziz Istanbul': a business's name, no place in it
        tokens = [(t.start() + run.start(), t.end() + run.start()) for t in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(tokens):
            found = None
            for j in range(min(len(tokens), i + MAX_NAME_TOKENS), i, -1):
                start, end = tokens[i][0], tokens[j - 1][1]
                found = _mention(text, start, end, geo, rules, blocked, prior, _initial(text, start))
                if found is None and j - i == 1 and "-" in text[start:end]:
                    # 'Tagari-Dogon', 'Siguimara-Peulh': the village, named for one community
                    base = text[start:end].split("-")[0]
                    if blocked.cover(start + len(base) + 1, end):
                        found = _mention(text, start, start + len(base), geo, rules, blocked, prior, False)
                    if found:
                        found.end = end
                        i = j
                        break
                    # 'Ansongo-Menaka' (a road between two places): each part on its own, when
                    # every part is a place of the region's countries ('Tin-Alakan' is one name,
                    # not the hamlet 'Tin'; 'Tin-Hamma' not Tindouf and an Algerian town)
                    parts = [(start + part.start(), start + part.end())
                             for part in re.finditer(r"[^-]+", text[start:end])
                             if part.group(0)[0].isupper()]  # 'French-led': 'led' is no place
                    cue = _after_cue(text, end, rules)
                    # 'the Dori-Kaya neighbourhood of Ouagadougou': one quarter's name, not two places
                    subs = [] if cue and cue.role == "part" else \
                        [_mention(text, a, b, geo, rules, blocked, prior, False) for a, b in parts]
                    if len(subs) > 1 and all(subs) and all(
                            any(in_focus(c.cc, prior) for c in sub.candidates) or sub.units
                            for sub in subs):
                        out += subs
                    elif len(subs) > 1 and len(known := [sub for sub in subs if sub]) == 1 and \
                            not any(text[a:b].isupper() for a, b in parts) and \
                            any(_of_note(c, prior, known[0].text) and in_focus(c.cc, prior)
                                for c in known[0].candidates):
                        # 'Kati-Sananfra': a quarter the gazetteer lacks, of a town of note; 'the
                        # Zzyxqo-Tougan road': the known town at its end ('GTIA-Kaya' is a unit)
                        out.append(known[0])
                if found:
                    i = j
                    break
            if found is None:
                i += 1
            else:
                found.run = (run.start(), run.end())
                out.append(found)
    out = [m for m in out if _standalone(text, m, rules, prior)]
    out += _unlisted(text, out, rules, blocked)
    for previous, m in zip(out, out[1:]):
        if m.cue is None and previous.cue is not None and previous.cue.role == "base" and \
                rules.list_gap.fullmatch(text, previous.end, m.start):
            m.cue = previous.cue  # 'units stationed in Koro, Dinangourou and Dioungani': all three are bases
    metonyms = [(m.start, m.end) for m in mentions if m.has("metonym")]
    for m in out:
        if m.cue is None and any(s <= m.start < e for s, e in metonyms) and _subject(text, m):
            m.cue = PlaceCue(1, "actor")  # 'Moscow has restructured ...': a government, not where
    by_start = {m.start: m for m in out}
    for start, (end, precision) in coded.items():
        mention = by_start.get(start)
        if mention is None:  # a coder's name the gazetteer lacks: kept, placed by its neighbours
            mention = PlaceMention(start, end, text[start:end], [], [], PlaceCue(precision or 2, "event"))
            out.append(mention)
        mention.coded = True
        mention.explicit_precision = precision
        if end > mention.end:
            mention.coded_name = text[start:end]
    return sorted(out, key=lambda m: m.start)


def _standalone(text: str, mention: PlaceMention, rules: PlaceRules, prior: dict[str, float]) -> bool:
    """A name inside a longer capitalised name is part of that name ('Bissa Gold', 'Anglogold
    Ashanti', 'Norbert Zongo', 'in Tin Afaghout'), not a place, unless it is a town of note of the
    region ('Ouagadougou Labour Exchange'); words such as 'Airport' or 'II' are no part of a name."""
    if mention.units and not mention.candidates:
        return True
    if any(_of_note(c, prior, mention.text) for c in mention.candidates):
        return True
    if mention.run and _longer_name(text, mention, rules):
        return False
    return mention.cue is not None or mention.text[0].isupper()


def _subject(text: str, mention: PlaceMention) -> bool:
    """Whether a name may be a clause's subject or an owner: a word follows ('Bamako said',
    "Moscow's support"), and it does not close a quarter's address ('in Karpala, Ouagadougou.')."""
    return re.match(r"['’]s\b|\s+[a-z]", text[mention.end:mention.end + 3]) is not None and \
        not text[max(0, mention.start - 3):mention.start].rstrip().endswith(",")


def _longer_name(text: str, mention: PlaceMention, rules: PlaceRules) -> bool:
    """Whether the capitalised run a name was found in has other words of a name in it."""
    rest = text[mention.run[0]:mention.start] + " " + text[mention.end:mention.run[1]]
    return any(w[0].isupper() and w.lower() not in rules.not_places for w in re.findall(r"[\w'’.-]+", rest))


def _initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].strip()
    return start == 0 or before == "" or before[-1:] in ".!?\n\"'"


def _unlisted(text: str, found: list[PlaceMention], rules: PlaceRules, blocked: ActorWords) -> list[PlaceMention]:
    """Names the gazetteer lacks where the words before say a place is named ('attacked the village
    of Barwagdin'): kept with their name alone, so the event is not placed elsewhere. Names it
    knows there are marked, to be kept so too if it knows them only far away ('near Mandoli')."""
    out = []
    by_start = {f.start: f for f in found}
    for m in rules.place_words.finditer(text):
        if m.end() in by_start:
            by_start[m.end()].after_place_word = True
            continue
        run = rules.run.match(text, m.end())
        if run is None or any(f.start < run.end() and run.start() < f.end for f in found):
            continue
        name, end = _bare_name(text, run.start(), run.end())
        if name.lower() in rules.not_places or blocked.cover(run.start(), end) or \
                _person(text, run.start(), end, name, rules) or rules.elsewhere_after.match(text[end:end + 20]):
            continue  # ... nor 'near the Mali-Niger border': the countries a border divides
        out.append(PlaceMention(run.start(), end, name, [], [], _cue(text, run.start(), end, rules),
                                after_place_word=True))
    return out


def _bare_name(text: str, start: int, end: int) -> tuple[str, int]:
    """The name in text[start:end] without a possessive or closing marks, and where it ends: 'Mali’s' is Mali."""
    name = re.sub(r"['’]s$", "", text[start:end]).rstrip(".'’")
    return name, start + len(name)


_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)")  # the two characters after a name: nothing of its phrase follows


def _mention(text: str, start: int, end: int, geo: Geography, rules: PlaceRules,
             blocked: ActorWords, prior: dict[str, float], sentence_initial: bool) -> PlaceMention | None:
    name, end = _bare_name(text, start, end)
    if not name or not name[0].isalpha() or name.lower() in rules.not_places:
        return None
    ends_phrase = bool(_PHRASE_END.match(text[end:end + 2]))
    actor_word = blocked.cover(start, end)
    if actor_word and not ends_phrase:
        after = _after_cue(text, end, rules)
        if after is None or not after.feature:
            return None  # 'Fulani herders' is no place; 'the Ifoghas mountains' are, though Ifoghas is a clan
    if name.isupper() and len(name) <= MAX_ACRONYM and not text.isupper():
        return None  # 'MOC', 'CMA': an acronym, not the place some gazetteer abbreviates so
    key = name_key(name)
    if len(key) < 2:
        return None
    unit_word = rules.unit_word.search(name)
    if unit_word:  # 'Mopti Region', 'Soum Province': the unit, never the town
        base = name[:unit_word.start()]
        units = geo.admin_units(base) or units_of(geo.places.lookup(base), geo)
        if not units or _person(text, start, end, name, rules):
            return None
        level = rules.after[unit_word.group("word").lower()].level
        return PlaceMention(start, end, name, [], at_level(units, level), PlaceCue(3, "admin", level))
    candidates = geo.places.lookup(name) if geo.places.has_key(key) else []
    if not candidates and key.endswith("s") and geo.places.has_key(key[:-1]):
        # a possessive without its apostrophe ('Ouagadougous 8th district'): towns of note only
        candidates = [c for c in geo.places.lookup(name[:-1]) if _of_note(c, prior, name[:-1])]
    if key in geo.country_keys:
        # 'anti-France', 'relations with Israel': the country, not a hamlet some gazetteer calls so
        # (a capital of the same name stays: 'Djibouti')
        candidates = [c for c in candidates if c.code == "PPLC"]
        if not candidates:
            return None
    units = geo.admin_units(name) or units_of(candidates, geo)
    respell = not candidates and not units and _respellable(name)
    cue = _cue(text, start, end, rules) if candidates or units or respell else None
    if units and cue is not None and cue.role == "event" and ends_phrase \
            and rules.article_before.search(text, max(0, start - 5), start):
        cue = PlaceCue(3, "admin")  # 'in the Soum,': villages take no article, the province does ('the Kidal airport')
    if cue is not None and cue.level:
        units = at_level(units, cue.level)
    respelt = respell and cue is not None and cue.role == "event"
    if respelt:
        candidates = _respelt(key, geo, prior)
    if cue is not None and cue.feature:  # 'the Ifoghas mountains': the range, not a village so called
        candidates = [c for c in candidates if c.cls == cue.feature] or candidates
    candidates = [c for c in candidates if c.code not in UNIT_CODES]  # regions are units, not places
    if not candidates and not units or _person(text, start, end, name, rules):
        return None
    if actor_word and (cue is None or cue.role != "event" or units):
        return None  # 'clashed in Kounta.': a clan's name after 'in' that ends the phrase is its village
    if sentence_initial and cue is None and " " not in name and not units and \
            not any(_of_note(p, prior, name) for p in candidates):
        return None  # a capitalised first word that happens to be some hamlet's name
    return PlaceMention(start, end, name, candidates, units, cue, respelt=respelt)


def at_level(units: list[AdminUnit], level: int) -> list[AdminUnit]:
    """'the Kidal region' is the region, not the cercle of the same name; a word naming a level no
    unit of that name has changes nothing."""
    return [u for u in units if u.level == level] or units


def _person(text: str, start: int, end: int, name: str, rules: PlaceRules) -> bool:
    """Whether a name the gazetteer knows is a person's here: 'Mohamed Ould Beih', 'Amadou
    Koufa', 'Nigerien president Issoufou'. Asked only of names the gazetteer has."""
    before = text[max(0, start - 25):start]
    if name.split()[0].lower() in rules.given_names and re.match(r"\s+[A-Z]", text[end:end + 3]):
        return True
    if re.search(r"\b(?:[A-Z][a-z]+)\s+$", before) and before.split()[-1].lower() in rules.given_names:
        return True
    title = re.search(r"(\w+)\s+$", before)
    return bool(title and title.group(1).lower() in rules.titles)


MIN_RESPELT = 6  # shorter names one letter off another are mostly other names; only one-word names are respelt


def _respellable(name: str) -> bool:
    return len(name_key(name)) >= MIN_RESPELT and " " not in name


def _respelt(key: str, geo: Geography, prior: dict[str, float], countries: Counter | None = None) -> list[Place]:
    """The places of the region's own countries that a misspelt name means ('in Timbutku',
    'the village of Kersigane'), when only one name of theirs is one letter away, or only one
    names a town of note and begins with the same letter ('near Asongo' is Ansongo, a cercle's
    seat, not the village Songo; 'Koussouma' is not the town Boussouma). Names one letter off
    that all lie in one cercle are all kept: whichever is meant, the cercle is known."""
    found: dict[str, list[Place]] = {}
    for k in sorted(one_edit(key)):  # a set: sorted, so that ties between readings break the same way each run
        if geo.places.has_key(k):
            local = [p for p, _ in geo.places.lookup_key(k) if in_focus(p.cc, prior)
                     and (countries is None or p.cc in countries)]
            if local and local not in found.values():  # 'Tongomayle': two keys of one village
                found[k] = local
    if len(found) > 1:
        readings = [p for places in found.values() for p in places]
        if len({(p.cc, p.admin1, p.admin2) for p in readings}) == 1:
            return readings
        found = {k: places for k, places in found.items() if k[0] == key[0] and any(notable(p) for p in places)}
    return next(iter(found.values())) if len(found) == 1 else []


SEAT_CODES = {"PPLC": 1, "PPLA": 1, "PPLA2": 1}


def notable(place: Place) -> bool:
    """A town known well enough that its bare name, capitalised anywhere, means it."""
    return place.code in SEAT_CODES or place.pop >= 10_000


def _of_note(place: Place, prior: dict[str, float], name: str) -> bool:
    """A town of note in or near the region, or a world city, called by its name or a spelling
    of four letters or more ('Baba' is also a Malaysian town's other name, 'Tin' Tindouf's: no
    reason to read a capitalised first word or a part of a name as these places)."""
    return notable(place) and (place.cc in prior or place.pop >= WORLD_CITY) and (
        len(name_key(name)) > 3 or name_key(name) == name_key(place.name))
UNIT_LEVEL_OF_CODE = {"PPLA": 1, "ADM1": 1, "PPLA2": 2, "ADM2": 2}
UNIT_CODES = {"ADM1", "ADM2", "ADM1H", "ADM2H", "ADMD"}


def units_of(places: list[Place], geo: Geography) -> list[AdminUnit]:
    """Admin units named after these places' seats: 'Tillabery' (a spelling of the town) -> the
    Tillabéri region, whose unit name is spelt differently."""
    out: list[AdminUnit] = []
    for p in places:
        level = UNIT_LEVEL_OF_CODE.get(p.code)
        if level:
            out += [u for u in geo.admin_units(p.admin1 if level == 1 else p.admin2, level, p.cc)
                    if level == 1 or name_key(u.admin1) == name_key(p.admin1)]
    return out


@dataclass
class PlaceContext:
    """What the whole text says about where it is: countries and admin units it names."""

    countries: Counter = field(default_factory=Counter)
    evidence: list[str] = field(default_factory=list)  # countries the text itself points to
    admin1: set[tuple[str, str]] = field(default_factory=set)  # (cc, name)
    admin2: set[tuple[str, str]] = field(default_factory=set)
    areas: set[tuple[str, str]] = field(default_factory=set)  # (cc, admin1) where the named groups operate
    assumed: bool = False  # countries guessed from the outlet's other reports: the text names none


COUNTRY_EVIDENCE = ("country", "adjective", "force", "metonym", "person")  # mention kinds that name a country


def context_from(text: str, mentions: list[Mention], places: list[PlaceMention], prior: dict[str, float],
                 rules: PlaceRules, geo: Geography, theaters: frozenset[str]) -> PlaceContext:
    """theaters: the foreign states whose forces the region pack places in one of its countries."""
    ctx = PlaceContext()
    for m in mentions:
        # 'an American national', 'a Canadian hostage': a faraway state's adjective tells whose
        # people, not where they were; a state's forces ('French troops') tell where they fight
        keys = [(e.key, 2 if e.kind == "country" else 1) for e in m.entries if e.kind in COUNTRY_EVIDENCE
                and not (e.kind == "adjective" and e.key not in prior and e.key not in theaters)]
        if not keys or rules.border_before.search(text, max(0, m.start - 30), m.start) or \
                rules.elsewhere_after.match(text[m.end:m.end + 20]):
            continue  # 'near the border with Burkina Faso': the neighbour; 'Chadian peacekeepers': their home
        for key, weight in keys:
            ctx.countries[key] += weight
    for p in places:
        if ctx.countries and not p.respelt and _respellable(p.text) and \
                any(in_focus(c.cc, prior) for c in p.candidates) and \
                not any(c.cc in ctx.countries for c in p.candidates + p.units):
            # a village of one of the region's countries that the text puts in another: 'the
            # Malian army base in Boulikessi' (the gazetteer's Boulikessi is in Burkina Faso,
            # Mali's is spelt Boulkessi)
            p.candidates += _respelt(name_key(p.text), geo, prior, ctx.countries)
        p.candidates = [c for c in p.candidates if plausible(c, p.text, ctx, prior)]
        p.units = [u for u in p.units if u.cc in prior or u.cc in ctx.countries]
    placed = False  # another place of the text lies in one known country
    for p in places:
        ccs = {c.cc for c in p.candidates} | {u.cc for u in p.units}
        if len(ccs) == 1 and not p.respelt:
            ctx.countries[next(iter(ccs))] += 1
            placed = True
        if p.units and (p.cue is None or p.cue.role == "admin" or not p.candidates):
            for u in p.units:
                (ctx.admin1 if u.level == 1 else ctx.admin2).add((u.cc, name_key(u.name)))
    for p, q in zip(places, places[1:]):
        unit_ccs = {u.cc for u in q.units}
        if _ENCLOSING.fullmatch(text[p.end:q.start]) and len(unit_ccs) == 1 and in_focus(min(unit_ccs), prior):
            ctx.countries[min(unit_ccs)] += 1  # 'Diguel, Soum': the province after a name names its country
    for p in places:
        if p.respelt and placed and not any(c.cc in ctx.countries for c in p.candidates):
            # a name one letter off a village of a country the text's places are not in is a village
            # the gazetteer lacks: 'Talawat, 20 km from Gossi' is not Niger's Talawal
            p.candidates = []
    return ctx


@cache
def group_areas(languages: tuple[str, ...], regions: tuple[str, ...]) -> dict[str, frozenset[tuple[str, str]]]:
    """Where each named group mostly operates ('areas' of the region pack's actors, as the lexicon
    loaded them): actor name -> (cc, admin1)."""
    return {name: frozenset((a[:2], name_key(a[3:])) for a in actor["areas"])
            for name, actor in lexicon(languages, regions).actors.items() if actor.get("areas")}


@cache
def theater_states(languages: tuple[str, ...], regions: tuple[str, ...]) -> frozenset[str]:
    """The foreign states whose forces the region pack places in one of its countries (France: Mali)."""
    lx = lexicon(languages, regions)
    return frozenset(cc for cc in lx.states if lx.theater(cc))


@cache
def region_prior(regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> dict[str, float]:
    prior: dict[str, float] = {}
    for data in packs.read_all(regions, "region"):
        prior.update({cc: NEAR_PRIOR for cc in data.get("near", [])})
        prior.update({cc: FOCUS_PRIOR for cc in data.get("focus", [])})
    return prior


def in_focus(cc: str, prior: dict[str, float]) -> bool:
    """Whether a country is one of the region's own (not a neighbour)."""
    return prior.get(cc, 0.0) >= FOCUS_PRIOR


WORLD_CITY = 1_000_000  # a city this large is meant by its bare name wherever it lies


def plausible(place: Place, name: str, ctx: PlaceContext, prior: dict[str, float]) -> bool:
    """Places in the region's own countries or in countries the text names are plausible; in a
    neighbouring country only a town of note ('Abidjan'); elsewhere a capital or a world city
    called by its own name. Otherwise a word that some far-away place is called ('Orange',
    'Independence', 'Malis', 'MOC' for Montes Claros, 'Karpala' for Kerbala) would become the
    place of a Sahel event."""
    if place.cc in ctx.countries or in_focus(place.cc, prior):
        return True
    if place.cc in prior:
        return notable(place)
    return (place.code == "PPLC" or place.pop >= WORLD_CITY) and name_key(place.name) == name_key(name)


def choose(places: list[PlaceMention], ctx: PlaceContext, regions: tuple[str, ...] = packs.DEFAULT_REGIONS,
           area_prior: dict[tuple[str, str], float] | None = None) -> None:
    """Pick each mention's reading, in two rounds: first alone, then near the others. area_prior:
    each (country, region)'s share of the batch's reports."""
    total = sum(ctx.countries.values()) or 1
    prior = region_prior(regions)
    area_prior = area_prior or {}
    for _ in range(2):
        for p in places:
            scores: dict[tuple[str, str], float] = {}
            # other names' readings: the same name said twice ('between Simbi and Boni (coded as
            # Simbi)') does not vote for itself
            others = [q.place for q in places if q.place is not None and name_key(q.text) != name_key(p.text)
                      and not q.respelt]
            best, best_score, best_area = None, float("-inf"), None
            for c in p.candidates:
                area = (c.cc, name_key(c.admin1))
                score = prominence(c) + prior.get(c.cc, 0.0) + CONTEXT_WEIGHT * ctx.countries.get(c.cc, 0) / total
                if name_key(c.name) == name_key(p.text) and c.cls in ("P", "A"):
                    score += NOTABLE_NAME if notable(c) else PRIMARY_NAME
                    if ctx.assumed and notable(c) and in_focus(c.cc, prior):
                        # the outlet's usual country is a guess; a town of note of the region named
                        # outright outweighs it ('Gorom-Gorom', not the Malian hamlet so called)
                        score += CONTEXT_WEIGHT
                if area in ctx.admin1:
                    score += ADMIN_HINT
                if (c.cc, name_key(c.admin2)) in ctx.admin2:
                    score += ADMIN_HINT
                if area in ctx.areas:
                    score += AREA_HINT
                if others:  # the nearer the text's other places, the likelier: 'between Parou and Songobia'
                    score += NEARBY * _nearness(c, others)
                if p.anchor is not None and p.anchor.place is not None:
                    score += ANCHORED * _nearness(c, [p.anchor.place])
                if c.cls != "P" and c.cls != "A":
                    score -= 1.0  # a well or a camp site before a village only with other support
                score += BATCH_AREAS * area_prior.get(area, 0.0)
                scores[area] = max(score, scores.get(area, float("-inf")))
                if score > best_score:
                    best, best_score, best_area = c, score, area
            if best is not None:
                p.margin = best_score - max((v for k, v in scores.items() if k != best_area), default=float("-inf"))
            p.place = best
            p.unit = _best_unit(p, ctx, total)
            if p.unit is not None and p.place is not None and (
                    p.cue and p.cue.role == "admin" or p.place.cls == "A"):
                p.place = None  # 'the Mopti region', 'Soum province': a unit, not the town


def _nearness(place: Place, others: list[Place]) -> float:
    """1 at the nearest of the others, falling to 0 at NEAR_KM away."""
    return max(0.0, 1 - min(km_between(place.lat, place.lon, a.lat, a.lon) for a in others) / NEAR_KM)


def _best_unit(p: PlaceMention, ctx: PlaceContext, total: float) -> AdminUnit | None:
    if not p.units:
        return None
    return max(p.units, key=lambda u: (ctx.countries.get(u.cc, 0) / total, u.level == 1, bool(u.admin1)))


def resolve_places(text: str, mentions: list[Mention], geo: Geography | None = None,
                   languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
                   regions: tuple[str, ...] = packs.DEFAULT_REGIONS,
                   country_prior: dict[str, float] | None = None,
                   area_prior: dict[tuple[str, str], float] | None = None) -> tuple[list[PlaceMention], PlaceContext]:
    """Places of a text, each with its chosen reading. country_prior: where the text's source
    usually reports from, used only when the text itself names no country; area_prior: each
    (country, region)'s share of the batch's reports (see choose)."""
    geo = geo or geography()
    places = find_places(text, mentions, geo, languages, regions)
    prior = region_prior(regions)
    rules = place_rules(languages)
    ctx = context_from(text, mentions, places, prior, rules, geo, theater_states(languages, regions))
    areas = group_areas(languages, regions)
    ctx.areas = {area for m in mentions for e in m.entries if e.kind == "named" for area in areas.get(e.key, ())}
    if ctx.countries and not any(in_focus(cc, prior) for cc in ctx.countries):
        # 'French troops bombed Lere': a text that names only foreign states is likely where their
        # forces fought (the region pack's theater), not a namesake in a neighbour
        lx = lexicon(languages, regions)
        for cc, weight in list(ctx.countries.items()):
            if theater := lx.theater(cc):
                ctx.countries[theater] += weight
    ctx.evidence = sorted(ctx.countries)
    if country_prior and not ctx.countries:
        ctx.countries.update(country_prior)
        ctx.assumed = True
    places = [p for p in places if p.candidates or p.units or p.coded or p.after_place_word]
    for p, q in zip(places, places[1:]):
        if _anchors(text, p, q):
            p.anchor = q
    choose(places, ctx, regions, area_prior)
    for p, q in zip(places, places[1:]):
        if p.place is not None and q.place is not None and q.unit is not None and \
                _ENCLOSING.fullmatch(text[p.end:q.start]) and _within(p.place, q.unit):
            q.place = None  # 'Diguel, Soum': the province Diguel is in, not the village Soum
        elif p.anchor is None and _town_of(text, p, q):
            p.anchor = q
    for p in places:
        hints = [u for u in places if p.place is not None and _hint(text, p, u, rules)]
        if hints and not any(_encloses(u, p.place) for u in hints):
            # 'Tanghin locality, Loumbila department': another place of the name, inside the unit
            # and nearest its seat
            seat = hints[0].place or hints[0].unit
            inside = [c for c in p.candidates if any(_encloses(u, c) for u in hints)]
            p.place = min(inside, key=lambda c: km_between(c.lat, c.lon, seat.lat, seat.lon), default=None)
            if p.place is not None:
                continue
            # 'Diaka in Tenenkou Cercle', 'Saye in Mopti': no place of the name the gazetteer knows
            # is there; the unit places the event, a cercle or province as a small area around its seat
            for u in hints:
                if u.unit is not None and u.unit.level == 2 and not u.explicit_precision:
                    u.explicit_precision = 2
    return places, ctx


_ENCLOSING = re.compile(r"\s*[,(]\s*")  # between a name and the unit it is in: 'Diguel, Soum', 'Boni (Douentza'
HINT_CHARS = 40  # how far after a name an enclosing unit may be named: 'Diaka, in Tenenkou cercle'


def _hint(text: str, p: PlaceMention, u: PlaceMention, rules: PlaceRules) -> bool:
    """Whether u, soon after p, names the unit p lies in: a unit named as such ('Diaka in Tenenkou
    Cercle'), or a town that is a unit's seat right after 'in' or a bracket ('Saye in Mopti'; 'Camp
    Kandi in Kidal', wherever another Kandi lies); or a unit the admin table lacks, named by its
    seat town ('Tanghin locality, Loumbila department')."""
    if not 0 <= u.start - p.end <= HINT_CHARS:
        return False
    if u.unit is None:
        return u.place is not None and u.cue is not None and u.cue.role == "admin" and u.place.cc == p.place.cc
    if u.place is None:
        return u.unit.cc == p.place.cc or u.role == "admin"
    return bool(rules.within_gap.fullmatch(text[p.end:u.start]))


def _encloses(u: PlaceMention, place: Place) -> bool:
    """Whether the unit u names holds the place; a seat town's unit lies in the province or cercle
    that town does."""
    if u.unit is not None:
        return _within(place, u.unit)
    return name_key(place.admin2) == name_key(u.place.admin2)


SUBURB_KM = 15.0  # how far from a town's centre its quarters and suburbs lie


def _town_of(text: str, p: PlaceMention, q: PlaceMention) -> bool:
    """Whether q, a town of note right after p and a comma, is the town p is a quarter or suburb of
    ('in Kalaban, Bamako'), not the next place of a list."""
    return p.place is not None and q.place is not None and notable(q.place) and not notable(p.place) and \
        bool(_ENCLOSING.fullmatch(text[p.end:q.start])) and \
        km_between(p.place.lat, p.place.lon, q.place.lat, q.place.lon) <= SUBURB_KM


def lies_in(text: str, p: PlaceMention, q: PlaceMention) -> bool:
    """Whether q, right after p and a comma or bracket, is named to say where p lies ('Tanghin,
    Loumbila commune', 'Kalaban, Bamako'), not as a place of its own."""
    return p.anchor is q and bool(_ENCLOSING.fullmatch(text[p.end:q.start]))


def _anchors(text: str, p: PlaceMention, q: PlaceMention) -> bool:
    """Whether q, soon after p in one sentence, is cued as the place p lies near ('X near Y', 'X,
    11km north of Y', 'X in the area of Y') or in ('Tanghin, Loumbila commune': a unit the admin
    table lacks, named by its seat)."""
    if q.cue is not None and q.cue.role == "admin":
        return bool(_ENCLOSING.fullmatch(text[p.end:q.start]))
    return q.cue is not None and q.cue.role == "event" and q.cue.precision == 2 and \
        0 <= q.start - p.end <= ANCHOR_CHARS and not re.search(r"[.;]\s", text[p.end:q.start])


def _within(place: Place, unit: AdminUnit) -> bool:
    return name_key(place.admin1 if unit.level == 1 else place.admin2) == name_key(unit.name)
