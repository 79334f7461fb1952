"""Situations are not events. An article reports its news and around it states situations:
"Attacks on schools have forced the closure of 300 classrooms", "Local militias have multiplied",
"Many families now sleep in the town centre, fearing raids". A brief (an ACLED note, a wire
flash) is all report; in an article a sentence reports an event only when it says when, or
tells it in the simple past ('gunmen attacked', 'soldiers were killed').

The grammar is the language pack's (packs/<language>/grammar.toml): past forms, auxiliaries,
words of a period, counting words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import packs
from ..analyse.lexicon import Mention
from ..analyse.numbers import number_words

_WORDS = re.compile(r"[\w’'-]+")
PRONOUNS = frozenset({"he", "she", "it", "we", "they", "i", "you"})
TOPIC_WINDOW, PAST_TOPIC_WINDOW = 4, 3  # words before a violence word searched for a topic word


@dataclass(frozen=True)
class Grammar:
    irregular_past: frozenset[str]
    not_past: frozenset[str]
    perfect: frozenset[str]
    past_passive: frozenset[str]
    present_passive: frozenset[str]
    participle_phrase: frozenset[str]
    relative: frozenset[str]
    anaphoric: frozenset[str]
    event_nouns: frozenset[str]
    remains_nouns: frozenset[str]
    topic_links: frozenset[str]
    topic_clauses: frozenset[str]
    crowd_words: frozenset[str]
    crowd_pronouns: frozenset[str]
    day_units: frozenset[str]
    duration_before: frozenset[str]
    duration_after: frozenset[str]
    victim_subject: frozenset[str]  # 'went missing': an event word whose subject is its victim
    speech: frozenset[str]
    one_day_of_many: re.Pattern  # 'third (consecutive) day'
    period: re.Pattern
    plural_counts: re.Pattern
    casualty_gap: re.Pattern  # what may stand between 'killing' and the dead: 'at least two'
    response: re.Pattern  # 'repelled', 'fought back'
    accusation: re.Pattern  # 'on charges of' just before an event word
    later_death: re.Pattern  # 'he later succumbed to his wounds'
    history_before: re.Pattern  # 'since' before a month or year: history
    history_after: re.Pattern  # 'coup' after a month or year: history
    harm_setting: re.Pattern  # ' in an ' between 'injured' and 'ambush'
    harm_setting_later: re.Pattern  # ' and 20 arrested during a ': the same, after more words of its clause
    attribution: re.Pattern  # 'planted by' (+ up to three words) at the end of a text
    identity: re.Pattern  # ' (are suspected) members of the ' between unnamed attackers and their group
    attack_target: re.Pattern  # ' by unidentified assailants on a ' between 'attack' and its target
    escort: re.Pattern  # 'escorted by the ' at the end of a text: the armed men who guard a target follow
    undergo: re.Pattern  # 'received 60 ' at the end of a text: its subject is the victim of what follows
    freed_before: re.Pattern  # ' taken the day before were also ' between people set free and 'liberated'
    reported_clause: re.Pattern  # 'signalled that ': what follows is told by a source, its own clause
    attribution_after: re.Pattern  # ' who planted' at the start of a text: the words before did the event
    definite: re.Pattern  # 'the ' at the end of a text: the actor words after it name one told before
    seized_list: re.Pattern  # 'seized two motorbikes, arms, ' at the end of a text: weapons next were taken
    topic_before: re.Pattern  # 'against the ' at the end of a text: the phrase next is a protest's topic
    reduced_relative_after: re.Pattern  # ' in ' after 'people arrested': the participle tells of the noun before it
    taking_place: re.Pattern  # 'captured ' at the end of a text (the verb: group 'verb'): a town named next was taken
    sequel: re.Pattern  # 'before', 'and then': what follows in the sentence happened after what it told


SEIZED_LIST_CHARS = 100  # how long a list of what was taken may run before a weapon in it
SEIZING_WORD_CHARS = 15  # ... and its word of taking before it: 'confiscated'
SETTING_LATER_CHARS = 60  # how many characters of its clause may stand between a harm word and its setting


@cache
def grammar(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> Grammar:
    lists = {key: {w.lower() for phrase in phrases for w in packs.expand(phrase)}
             for key, phrases in packs.lists(languages, "grammar").items()}
    speech = {v.lower() for v in packs.words(languages, "quotes", "speech_verbs")}

    def alternation(key: str) -> re.Pattern:
        return re.compile(r"\b(?:%s)\b" % packs.alternation(lists.get(key, ())), re.IGNORECASE)

    def before_words(key: str, words: int) -> re.Pattern:
        """One of the key's words and up to this many more at the end of a text: 'planted by (the) '."""
        return re.compile(rf"\b(?:{packs.alternation(lists.get(key, ()))})\s+(?:[\w'’-]+\s+){{0,{words}}}$",
                          re.IGNORECASE)

    numbers = number_words(languages)
    accused = packs.alternation(lists.get("accusation", ()))
    history = packs.alternation(lists.get("history_before", ()))
    past_events = packs.alternation(lists.get("history_after", ()))
    past_adjectives = packs.alternation(lists.get("history_after_adjectives", ()))
    harm_setting = packs.alternation(lists.get("harm_setting", ()))
    articles = packs.alternation(lists.get("articles", ()))
    sides = packs.alternation(lists.get("harm_setting_sides", ()))
    setting = rf"\s+(?:{harm_setting})\s+(?:(?:{articles})\s+)?(?:[\w'’-]+\s+)?(?:(?:{sides})\s+)?"
    gap = packs.alternation(lists.get("casualty_gap", set()) | set(numbers.units) | set(numbers.multipliers))
    return Grammar(*(frozenset(lists.get(k, ())) for k in ("irregular_past", "not_past", "perfect", "past_passive",
                                                            "present_passive", "participle_phrase", "relative",
                                                            "anaphoric", "event_nouns", "remains_nouns", "topic_links",
                                                            "topic_clauses", "crowd_words", "crowd_pronouns",
                                                            "day_units", "duration_before", "duration_after",
                                                            "victim_subject")),
                   frozenset(speech),
                   re.compile(rf"\b(?:{packs.alternation(lists.get('day_ordinals', ()))})\s+"
                              rf"(?:(?:{packs.alternation(lists.get('day_ordinal_adjectives', ()))})\s+)?"
                              rf"(?:{packs.alternation(lists.get('day_units', ()))})\b", re.IGNORECASE),
                   alternation("period"), alternation("plural_counts"),
                   re.compile(rf"\s*(?:(?:{gap}|\d+|[\d,]+)[\s-]*)*", re.IGNORECASE), alternation("response"),
                   re.compile(rf"\b(?:{accused})\s+(?:the\s+)?$", re.IGNORECASE), alternation("later_death"),
                   re.compile(rf"(?:{history})\s+(?:the\s+)?(?:\w+\s+){{0,2}}$", re.IGNORECASE),
                   re.compile(rf"^\s*(?:(?:{past_adjectives})\s+)?(?:{past_events})\b", re.IGNORECASE),
                   re.compile(setting, re.IGNORECASE),
                   re.compile(rf"[^,;:.()]{{0,{SETTING_LATER_CHARS}}}?{setting}", re.IGNORECASE),
                   before_words("attribution", 3),
                   re.compile(rf"[^.;:]*?\b(?:{packs.alternation(lists.get('identity', ()))})\s+"
                              rf"(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE),
                   re.compile(rf"^[^,;.]*?\b(?:{packs.alternation(lists.get('attack_target', ()))})\s+"
                              rf"(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE),
                   before_words("escort", 1),
                   before_words("undergo", 2),
                   re.compile(rf"(?:(?:\s+[\w'’,-]+){{0,8}}?\s+(?:{packs.alternation(lists.get('past_passive', ()))})"
                              rf"(?:\s+[\w'’-]+)?)?\s+", re.IGNORECASE),
                   re.compile(rf"\b(?:{packs.alternation(speech | lists.get('report_verbs', set()))})\s+"
                              rf"(?:{packs.alternation(packs.words(languages, 'quotes', 'reported_clause'))})\s+|"
                              rf"\b(?:{packs.alternation(packs.words(languages, 'quotes', 'bare_clause_verbs'))})"
                              rf"\s+(?!to\b)", re.IGNORECASE),
                   re.compile(rf"^\s*(?:{packs.alternation(lists.get('attribution_after', ()))})\b", re.IGNORECASE),
                   re.compile(rf"\b(?:{packs.alternation(lists.get('definite', ()))})\s+$", re.IGNORECASE),
                   re.compile(rf"\b(?:{packs.alternation(lists.get('seizing', ()))})\b"
                              rf"(?P<items>[^.;:()]{{0,{SEIZED_LIST_CHARS}}})$", re.IGNORECASE),
                   re.compile(rf"\b(?:{packs.alternation(lists.get('topic_links', ()))})\s+(?:(?:{articles})\s+)?$",
                              re.IGNORECASE),
                   re.compile(rf"\s+(?:{packs.alternation(lists.get('reduced_relative_after', ()))})\b", re.IGNORECASE),
                   re.compile(rf"\b(?P<verb>{packs.alternation(lists.get('taking_place', ()))})\s+$", re.IGNORECASE),
                   alternation("sequel"))


def tells_in_past(text: str, g: Grammar) -> bool:
    """Whether a clause has a finite verb in the simple past, its own ('attacked', 'were killed'),
    not a participle ('groups linked to'), a perfect ('have killed'), a relative clause's verb
    ('the junta that took power') or a speech verb ('officials said')."""
    words = [w.lower() for w in _WORDS.findall(text)]
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in g.past_passive and i + 1 < len(words) and _participle(after, g):
            return True  # 'were killed', 'was abducted'
        if not past_form(word, g) or word in g.speech:
            continue
        if before in g.perfect or before in g.present_passive or before in g.past_passive:
            continue
        if before in g.relative or (i > 1 and words[i - 2] in g.relative and before.endswith("ly")):
            continue
        if after in g.participle_phrase and before not in PRONOUNS:
            continue  # 'fuel shortages caused by attacks': a participle phrase, no finite verb
        return True
    return False


def past_form(word: str, g: Grammar) -> bool:
    return word in g.irregular_past or (word.endswith("ed") and len(word) > 4 and word not in g.not_past)


def in_seized_list(text: str, at: int, g: Grammar) -> bool:
    """Whether a list of what was taken runs up to `at` ('seized two motorbikes, arms, ' before
    'IEDs'): a comma and no verb of its own ('seized the town and detonated' used what follows)."""
    listed = g.seized_list.search(text, max(0, at - SEIZED_LIST_CHARS - SEIZING_WORD_CHARS), at)
    return listed is not None and "," in listed["items"] and not any_past_form(listed["items"], g)


def any_past_form(text: str, g: Grammar) -> bool:
    """Whether any word of the text is a verb's past form: 'seized two motorbikes, arms' has one."""
    return any(past_form(w.lower(), g) for w in _WORDS.findall(text))


def _participle(word: str, g: Grammar) -> bool:
    return past_form(word, g) or word.endswith("en") and len(word) > 4


# Where a clause ends: a semicolon or colon, or a comma before a relative or an apposition
# ('..., a country where they have been engaged since 2021').
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:(?:a|an|the)\s+[^,]{0,40}?\b)?(?:where|which|who|whose|when)\b", re.IGNORECASE)


def clause_of(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end] within [lo, hi)."""
    left = max([m.end() for m in _CLAUSE_END.finditer(text, lo, start)] or [lo])
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end, hi)), hi)
    return left, right


def states_situation(text: str, sentence, triggers: list[Mention], own_day: bool, lead: bool, g: Grammar) -> bool:
    """A sentence of an article that states a situation: no day of its own and either words of a
    period in a trigger's clause ('since January', 'now', 'for weeks') or no simple past. The
    article's lead may tell its news in the present perfect ('Gunmen have killed 12 villagers')."""
    if own_day:
        return False
    for t in triggers:
        left, right = clause_of(text, t.start, t.end, sentence.start, sentence.end)
        if g.period.search(text, left, right):
            return True
    return not tells_in_past(sentence.text, g) and not lead


def topical_plural(text: str, trigger: Mention, g: Grammar) -> bool:
    """'the attacks showed that ...', 'fearing raids', 'fuel shortages caused by attacks': a
    plural trigger word with no count before it and no verb after it names a topic, not events
    the article reports ('two attacks', 'clashes broke out' do report)."""
    word = trigger.text.lower()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    before = text[max(0, trigger.start - 30):trigger.start]
    if g.plural_counts.search(before.split(",")[-1]):
        return False
    following = _WORDS.findall(text[trigger.end:trigger.end + 40])[:2]
    verbs = [w.lower() for w in following if w.lower() not in ("also", "then", "later", "reportedly")]
    return not (verbs and (past_form(verbs[0], g) or verbs[0] in g.past_passive))


def anaphoric(text: str, trigger: Mention, g: Grammar) -> bool:
    """'the attacks', 'this attack', 'the latest clashes': a trigger noun that refers back to
    something the article has told (or to a topic), not a new event."""
    before = _WORDS.findall(text[max(0, trigger.start - 25):trigger.start])
    return bool(before) and before[-1].lower() in g.anaphoric


def act_word(text: str, m: Mention, g: Grammar) -> bool:
    """Whether a trigger word tells an act ('burned', 'clashes between police and protesters')
    rather than names the topic of a protest: a topic word shortly before it in its clause
    ('against the killings', 'the anniversary of the attack', 'a rise in attacks'); for a verb
    in the past, a subordinate clause's opening ('after police killed a man')."""
    clause = re.split(r"[,;:(]", text[max(0, m.start - 60):m.start])[-1]
    words = [w.lower() for w in _WORDS.findall(clause)]
    if past_form(m.text.lower().split()[0], g):
        by = re.match(r"\s+by\s+(?:the\s+)?([\w-]+)", text[m.end:m.end + 40])
        auxiliary = [w for w in words if not w.endswith("ly")][-1:]  # 'were (violently) dispersed by police'
        reduced = by and by.group(1).lower() not in g.crowd_words and not (auxiliary and auxiliary[0] in g.past_passive)
        # 'people arrested in their area', 'fighters detained since May': not '20 protesters arrested in Kaya',
        # nor a verb with no passive ('opponents clashed following a march')
        reduced = reduced or bool(words) and words[-1] not in g.crowd_words | g.past_passive and \
            not m.has("clash") and bool(g.reduced_relative_after.match(text, m.end))
        # 'territory seized by armed groups': a reduced relative clause names the grievance
        return not reduced and not any(w in g.topic_clauses for w in words[-PAST_TOPIC_WINDOW:])
    return not any(w in g.topic_links for w in words[-TOPIC_WINDOW:])


def duration_days(text: str, numbers, start: int, end: int, g: Grammar, dated: bool = True) -> int:
    """How many days an event lasted by its own words ('for two days', 'a four-day sit-in',
    'three days of clashes'); 1 where it says none, or tells one day of them ('clashed for a third
    day'). An undated report of 'a three-day sit-in' announces it: only its first day is told."""
    if g.one_day_of_many.search(text, start, end):
        return 1
    for n in numbers:
        if not start <= n.start < end or not 2 <= n.value <= 31 or n.vague:
            continue
        unit = re.match(r"\s*-?\s*([a-z]+)\b(?:\s*-?\s*([a-z]+))?", text[n.end:n.end + 20], re.IGNORECASE)
        if not unit or unit.group(1).lower() not in g.day_units:
            continue
        before = _WORDS.findall(text[max(start, n.start - 15):n.start])
        hyphen = text[n.end:n.end + 2].startswith("-")
        if hyphen and dated or (before and before[-1].lower() in g.duration_before) or \
                (unit.group(2) or "").lower() in g.duration_after:
            return int(n.value)
    return 1
