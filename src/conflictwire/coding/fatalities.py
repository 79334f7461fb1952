"""Deaths in an event's words, by ACLED's rules.

Reported deaths only: injuries never count; 'no casualties' is 0; vague words take ACLED's
conservative numbers (dozens = 12); a number is counted once even if two death words reach it;
coordinated victims add up ('three soldiers and one assailant were killed' = 4); 'a soldier was
killed' and 'killed the driver and a passenger' count their nouns.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from .. import packs
from ..analyse.lexicon import ACTOR, Mention
from ..analyse.numbers import Number, number_words, words_value
from ..analyse.text import abbreviation_dot, abbreviations
from ..gazetteer.names import name_key
from .situations import grammar

BACK_CHARS = 70  # how far before a death word its victims' number may stand
# how many words may stand between a number and the passive death word of its dead ('Two Malian
# aid workers on board a UNHCR vehicle were killed')
VICTIM_WORDS = 9
PASSIVE_BACK_CHARS = 130  # ... when they are the subject of its passive: 'six herders abducted by ... were found dead'
AHEAD_CHARS = 80  # how far after a death word its victims may run ('the chief of the X community and his three sons')
SUBSET_AFTER_CHARS = 20  # how far after a count 'including' may open its subset: '7 dead including the bomber'
CUMULATIVE_CHARS = 90  # how far before a number 'raising the toll ... to' may start
OBJECT_CHARS = 40  # how far back from a number the verb it is the object of may stand
ASIDE_CHARS = 60  # how long an aside between victims and their passive may be: 'four men, accused of theft, were'
_WORD = r"[\w'’-]+"


@dataclass(frozen=True)
class Patterns:
    """The language packs' ways of counting the dead (packs/<language>/fatalities.toml)."""
    before_death: re.Pattern  # between a number and the death word after it: 'soldiers were'
    counted_dead: re.Pattern  # '12 dead', '3 people killed'
    after_death: re.Pattern  # between a death word and its number: 'killing at least'
    list_item: re.Pattern  # one item of a list of victims up to the next: 'civilian contractor & '
    after_list: re.Pattern  # between two numbers after a death word: 'soldiers and '
    unknown_first: re.Pattern  # a victim the lexicon does not know before a list goes on: ' a mechanic and a '
    lone_first: re.Pattern  # ... or before anything else a list may go on with: ' a commander and '
    singles_between: re.Pattern  # ... with single victims between them: 'gendarmes, a customs agent, and '
    range: re.Pattern  # '6-8'
    clause_stop: re.Pattern  # see clause_stops
    abbreviations: frozenset[str]  # whose full stop ends no clause
    subset: re.Pattern  # a subset of dead counted before it: 'including a lieutenant', '(among them a child)'
    subset_word: re.Pattern  # 'including'
    death_noun: re.Pattern  # 'deaths', 'toll'
    singular_lead: re.Pattern  # 'a', 'his' before a noun at the end of a text
    one_lead: re.Pattern  # 'a ', 'the ' right before a noun at the end of a text
    singular_gap: re.Pattern  # between two singular victims: ', and his'
    singular_passive: re.Pattern  # '(agent) was reportedly' at the end of a text: its subject's head, if any
    plural_end: re.Pattern  # a noun that names several
    one_body: re.Pattern  # 'his body'
    one_pronoun: re.Pattern  # 'him'
    many_pronoun: re.Pattern  # 'all of them'
    one_subject: re.Pattern  # 'He later', 'the officer' at the end of a text
    died: re.Pattern
    object_death: re.Pattern  # 'a detainee to ', 'leaving the driver ' at the end of a text (verb or end word needed)
    one_object: re.Pattern  # 'an alleged informer' after a killing verb
    named_object: re.Pattern  # 'MSA officer Ahmed Ag Bilal' after a killing verb
    bare_object: re.Pattern  # 'forest guard' after a killing verb: a headline's singular object
    not_a_person: frozenset[str]
    things: frozenset[str]  # the subject of a passive death word that is no victim: 'an IED was neutralised'
    function_words: frozenset[str]  # the object_ends words, no head of a noun phrase: 'one of four held hostage'
    not_a_count_after: re.Pattern
    not_a_count_before: re.Pattern
    count_lead: re.Pattern  # ... unless a phrase ending in one of those words leads a count: 'resulted in 2 dead'
    participle: re.Pattern  # 'killing': after a comma, its dead follow it
    auxiliary: re.Pattern  # a word of the passive chain: 'found'
    passive_before: re.Pattern  # 'were' (+ adverbs) at the end of a text
    aside: re.Pattern  # ', accused of theft, were' at the end of a text: an aside ('first': its first word)
    relative_perfect: re.Pattern  # 'who had ' at the end of a text
    passive_end: re.Pattern  # 'were detained and later ' at the end of a text
    agent_after: re.Pattern  # 'by' within two words at the start of a text
    agent_lead: re.Pattern  # 'by' at the start of a text: 'lynched by a mob' names no victim
    restating: re.Pattern  # 'described as' between two singular nouns: one victim told twice
    captives: re.Pattern  # 'those arrested were' at the end of a text
    captive_bodies: re.Pattern  # 'their corpses'
    head_rest: re.Pattern  # the rest of a victim's noun phrase (lower case) before a list goes on: ' commander' and ...
    singular_item: re.Pattern  # ' and a civilian', ', his brother': one more victim of a list
    singular_list: re.Pattern  # 'a teacher and his brother were' at the end of a text
    predicate_after: re.Pattern  # 'was' after a death word that describes its subject
    found_after: re.Pattern  # 'was found' after a death word: its subject's body, not a description of it
    headline_after: re.Pattern  # after a headline's death word: 'Village chief killed by gunmen', '... and two wounded'
    headline_lead: re.Pattern  # what may open a headline's clause before its subject: '... and his '
    headline_gap: re.Pattern  # between a headline's subject and its death word: 'Chief of Tem reportedly killed'
    participle_lead: re.Pattern  # ', ' or ' and ' before 'killing' at the end of a text
    object_after: re.Pattern  # an object right after a death word: 'shot dead a man', 'killed the'
    partitive_after: re.Pattern  # 'of the' right after a number: 'one of the assailants' (no list item)
    of_those_told: re.Pattern  # 'of the', 'were' right after a number: 'One of the ...', 'Four were killed'
    list_joiner: re.Pattern  # ',', 'and'
    number_after_list: re.Pattern  # ' and at least ' between a singular item of a list and a number
    earlier_death: re.Pattern  # 'in response to the ', 'who had ', 'following the attack that ' before a death word
    restated: re.Pattern  # 'the ' before a number that restates an earlier count
    alternative: re.Pattern  # what opens another source's count: 'Other sources said', 'However, X claimed'
    cumulative: re.Pattern  # 'raising the death toll from eleven to ' before a number: a running total
    enumeration: re.Pattern  # 'one' opening a walk through victims counted before
    speech: re.Pattern  # a speech verb ('said'): what follows is told, not counted by the number before it
    complement: re.Pattern  # ' of the Bellah community' after a victim's noun, before ' and his three sons'


@cache
def patterns(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> Patterns:
    lists = packs.lists(languages, "fatalities")
    endings = {key: "|".join(re.escape(d[key]) for d in packs.read_all(languages, "fatalities") if key in d) or "(?!)"
               for key in ("plural_ending", "participle_ending")}

    def alt(*keys: str) -> str:
        return packs.alternation({w.lower() for k in keys for phrase in lists.get(k, ()) for w in packs.expand(phrase)})

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(pattern, re.IGNORECASE)

    joiners, aux, adverbs = alt("list_joiners"), alt("auxiliaries"), alt("adverbs")
    earlier_adverbs = alt("earlier_adverbs")
    leads, plural_aux, number_leads = alt("singular_leads"), alt("plural_auxiliaries"), alt("number_leads")
    passive = rf"(?:(?:{alt('auxiliaries', 'adverbs')})\s+)*"
    # 'detained and later ', 'identified, taken away, and ' before a death word
    verb = rf"{_WORD}(?:\s+{_WORD})?"
    listed = rf"(?:{verb}\s*,\s*)*"
    chained = rf"(?:{listed}{verb},?\s+(?:{joiners})\s+(?:(?:{adverbs})\s+)*)?"
    starters = packs.alternation(number_words(languages).starters)
    # 'his younger brother' (head); a capitalised head names a place or a person, not a victim:
    # 'the village of Sofara, a soldier and a militant were killed' lists two
    noun = rf"(?:{leads})\s+(?:{_WORD}\s+){{0,3}}?((?-i:[a-z])[\w'’-]*)"
    item = rf"(?:\s*,|,?\s+(?:{joiners}))\s+{noun}(?!{_WORD})"
    one_noun = r"(?:[a-z][\w'’-]*\s+){0,3}?(?P<one>[a-z][\w'’-]*)"  # 'young pastoralist' (head)
    content_word = rf"(?!(?:{alt('object_ends')})\b)[a-z][\w'’-]*"  # a lower-case word, not 'of', 'in', 'and'
    title = rf"(?!(?:{alt('agent')})\b){content_word}"  # 'local councillor', not 'by'
    # what completes a victim's noun before the list goes on: ' of the Bellah community' ... ' and '
    complement = rf"\s+(?:{alt('complement_links')})\s+[^,;.]{{0,50}}?"
    next_item = rf"\s*,?\s+(?:{joiners})\s"
    first_head = rf"\s*(?:{leads})\s+(?:{_WORD}\s+){{0,2}}?(?P<head>{_WORD})"  # ' a young mechanic'
    speech_verbs = grammar(languages).speech - set(lists.get("adverbs", ()))  # ('4 reported killed' counts)
    return Patterns(
        before_death=compile_(rf"^(?:\s+(?:{alt('partitive')}|[\w'’/().-]+)){{0,{VICTIM_WORDS}}}?\s*(?:,\s*)?"
                              rf"(?:(?:{alt('relative')})\s+)?{passive}{chained}$"),
        counted_dead=compile_(rf"^\s*(?:(?:{alt('counted_people')})\s+)?(?:{alt('counted_dead')})"),
        after_death=compile_(rf"^\s*(?:(?:{number_leads})\s+)*$"),
        list_item=compile_(rf"^\s*[a-z][\w'’()/-]*(?:\s+[\w'’()/-]+){{0,4}}?\s*(?:,|(?:,\s*)?(?<![a-z])"
                           rf"(?:{joiners})(?![a-z]))\s*(?:at\s+least\s+)?$"),
        unknown_first=compile_(rf"^{first_head}\s*(?:,|\s(?:{joiners}))\s+(?:{leads})\s+(?:{_WORD}\s+){{0,3}}$"),
        lone_first=compile_(rf"{first_head}(?=(?:{complement})?{next_item})"),
        singles_between=compile_(rf"^[\s\w'’-]{{0,40}}?(?P<items>(?:,\s*{noun})+)"
                                 rf"(?:,\s*|\s+)(?:{joiners})\s+(?:at\s+least\s+)?$"),
        after_list=compile_(rf"^[\s\w'’-]{{0,40}}?(?:,\s*|\s+)(?:{joiners})\s+(?:at\s+least\s+)?$"
                            rf"|^\s*(?:{_WORD}\s+){{0,3}}(?:{joiners})\s+$"),
        range=compile_(rf"\s*(?:{alt('range_joiners')})\s*"),
        clause_stop=compile_(rf"[;.]|\b(?:{alt('clause_ends', 'subsets')})\b"),
        abbreviations=abbreviations(languages),
        subset_word=compile_(rf"(?:{alt('subsets')})"),
        subset=compile_(rf"\s*\([^()]*\)|,?\s*\b(?:{alt('subsets')})\b[^,;.()]*?"
                        rf"(?=\s*,|\s+(?:{aux})\b|$)"),
        death_noun=compile_(rf"^(?:{alt('death_nouns')})\b"),
        singular_lead=compile_(rf"(?:^|\s)(?:{leads})\s+(?:{_WORD}\s+){{0,3}}$"),
        one_lead=compile_(rf"(?<![\w'’-])(?:{alt('one_leads')})\s+$"),
        singular_gap=compile_(rf"\s*(?:,|(?:{joiners})|,\s*(?:{joiners}))\s+"
                              rf"(?:{_WORD}\s+){{0,3}}"),
        singular_passive=compile_(rf"(?:(?P<subject>{_WORD})\s+)?\b(?:{alt('singular_auxiliaries')})\s+"
                                  rf"(?:(?:{alt('singular_adverbs')})\s+)?{chained}(?:(?:{alt('found')})\s+)?$"),
        plural_end=compile_(rf"(?:{endings['plural_ending']}|{alt('plural_nouns')})$"),
        one_body=compile_(rf"\b(?:{alt('body_leads')})\s+(?:(?:{alt('body_adjectives')})\s+)?(?:{alt('bodies')})$"),
        one_pronoun=compile_(rf"^\s*(?:{alt('one_pronouns')})\b"),
        many_pronoun=compile_(rf"^\s*(?:(?:{alt('many_pronoun_leads')})\s+)?(?:{alt('many_pronouns')})\b"),
        one_subject=compile_(rf"(?:^|[.;,]\s*|\s)(?:{alt('one_subjects')}|(?:{alt('subject_leads')})"
                             # 'a Mauritanian Al Qaeda member': names before the head; a possessive is no head
                             rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?P<head>[a-z][\w-]*)"
                             rf"(?:(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:{alt('subject_relatives')}))?)"
                             rf"\s+(?:(?:{alt('subject_adverbs')})\s+)?$"),
        died=compile_(rf"^(?:{alt('died')})$"),
        object_death=compile_(rf"(?:\b(?P<verb>{alt('object_death_verbs')})\s+|(?<![\w'’-]))(?:{alt('one_leads')})\s+"
                              rf"{one_noun}\s+(?P<end>(?:{alt('object_death_ends')})\s+)?$"),
        one_object=compile_(rf"^\s*(?:{alt('one_leads')})\s+{one_noun}"
                            rf"(?=\s+(?:{alt('object_ends')})\b|\s*[,.;(]|\s*$)"),
        bare_object=compile_(rf"^\s+(?:{title}\s+){{0,2}}?(?P<one>{title})"
                             rf"(?=\s+(?:{alt('object_ends')})\b|\s*[,.;(]|\s*$)"),
        # a title and a person's name, no article: 'local councillor Amadou Traore'
        named_object=re.compile(rf"^\s+(?:[A-Z][\w'’-]*\s+)?(?:{title}\s+){{0,3}}?(?P<one>{title})"
                                rf"\s+[A-Z][\w'’-]+\s+(?:(?:{alt('name_particles')})\s+)?[A-Z]"),
        not_a_person=frozenset(w.lower() for w in lists.get("not_a_person", ())),
        things=frozenset(w.lower() for w in lists.get("things", ())),
        function_words=frozenset(w.lower() for w in lists.get("object_ends", ())),
        not_a_count_after=compile_(rf"^\s*(?:(?:{alt('not_a_count_after')})(?![a-z])|:\d|/\d)"),
        not_a_count_before=compile_(rf"(?<![a-z])(?:{alt('not_a_count_before')})\s*$"),
        count_lead=compile_(rf"(?<![a-z])(?:{alt('count_leads')})\s*$"),
        participle=compile_(rf"^\w+(?:{endings['participle_ending']})$"),
        auxiliary=compile_(rf"^(?:{aux})$"),
        passive_before=compile_(rf"\b(?:{aux})\s+(?:(?:{adverbs})\s+)*{listed}$"),
        aside=compile_(rf"(?P<aside>,\s*(?P<first>[^,;.\s])[^,;.]{{0,{ASIDE_CHARS}}},)\s+(?:{plural_aux})\s+"
                       rf"(?:(?:{adverbs})\s+)*$"),
        relative_perfect=compile_(rf"\b(?:{alt('relative')})\s+(?:{alt('relative_perfect')})\s+(?:(?:{adverbs})\s+)*$"),
        passive_end=compile_(rf"\b(?:{plural_aux})\s+{passive}{chained}$"),
        agent_after=compile_(rf"^(?:\s+{_WORD}){{0,2}}?\s+(?:{alt('agent')})\b"),
        agent_lead=compile_(rf"^\s*(?:{alt('agent')})\b"),
        restating=compile_(rf"\b(?:{alt('restating')})\b"),
        captives=compile_(rf"\b(?:{alt('captives')})\s+{passive}$"),
        captive_bodies=compile_(rf"\b(?:{alt('captive_bodies')})\b"),
        singular_item=compile_(item),
        head_rest=re.compile(rf"(?:\s+{content_word}){{1,2}}(?=(?:{complement})?{next_item})"),
        predicate_after=compile_(rf"^\s+(?:{alt('singular_auxiliaries', 'plural_auxiliaries')})\b"),
        found_after=compile_(rf"^\s+(?:{aux})\s+(?:(?:{adverbs})\s+)*(?:{alt('found')})\b"),
        headline_after=compile_(rf"^\s+(?:(?:{alt('headline_after')})\b"
                                rf"|(?:{alt('headline_counts')})\s+(?:{starters}|\d))|^\s*(?:[.;]|$)"),
        headline_lead=re.compile(rf"(?:^|.*[.;:,]|.*\n|.*\s(?:{joiners})\s)\s*(?:{_WORD}\s+){{0,2}}", re.S | re.I),
        headline_gap=compile_(rf"(?:\s+(?:{alt('headline_complement_links')})\s+[^,;.]{{1,40}}?)?"
                              rf"\s*(?:(?:{alt('headline_adverbs')})\s+)?"),
        participle_lead=compile_(rf"(?:,|\b(?:{alt('participle_leads')}))\s*$"),
        object_after=compile_(rf"^\s+(?:(?:{alt('object_leads')})\s+)*(?:{leads}|{starters}|\d)\b"),
        number_after_list=compile_(rf"\s*,?\s+(?:{joiners})\s+(?:(?:{number_leads}|{alt('possessives')})\s+)*"),
        list_joiner=compile_(rf",|\b(?:{joiners})\b"),
        partitive_after=compile_(rf"^\s+(?:{alt('partitive_of')})\b"),
        of_those_told=compile_(rf"^\s+(?:{alt('partitive_of')}|{plural_aux})\b"),
        enumeration=compile_(rf"\s*(?:{alt('enumeration_leads')})\b"),  # matched at a position: no '^'
        restated=compile_(rf"\b(?:{alt('restated_leads')})\s+$"),
        alternative=compile_(rf"\b(?:{alt('other_sources')})\b|\b(?:{alt('contrasts')})\b[^.;]{{0,50}}?"
                             rf"\b(?:{packs.alternation(speech_verbs)})\b"),
        cumulative=compile_(rf"\b(?:{alt('cumulative')})\b[^.;]{{0,60}}?\bto\s+(?:(?:{number_leads})\s+)?$"),
        earlier_death=compile_(rf"(?:\b(?:{alt('cause_leads')})\s+(?:(?:{alt('cause_determiners')})\s+)?"
                               rf"|\b(?:{alt('cause_noun_leads')})\s+(?:{alt('cause_determiners')})\s+"
                               rf"|\b(?:{alt('relative')})\s+(?:(?:{earlier_adverbs})\s+)?(?:{alt('earlier_perfect')})"
                               rf"\s+(?:(?:{earlier_adverbs})\s+)?"
                               rf"|\b(?:{alt('other_event_leads')})\s+[\w-]+\s+"
                               rf"(?:{alt('relative', 'earlier_perfect')})\s+)$"),
        # (a participle's phrase may follow the list: 'a soldier and a gendarme traveling on a
        # motorbike were killed'; a dash may close it: 'Three people - a trader and his son - were')
        singular_list=compile_(rf"(?<![\w'’-]){noun}((?:{item})+)"
                               rf"(?:\s+\w+{endings['participle_ending']}\b[^,;.]{{0,{ASIDE_CHARS}}}?)?"
                               rf"(?:\s+[-–—])?\s+(?:{plural_aux})\s+{passive}$"),
        complement=compile_(rf"{complement}(?={next_item})"),
        speech=compile_(rf"\b(?:{packs.alternation(speech_verbs)})\b"),
    )


@dataclass(frozen=True, slots=True)
class DeathCount:
    value: int
    start: int
    end: int
    vague: bool = False
    weak: bool = False  # a victim likely counted already: 'killed a trader and set his body on fire'
    partial: bool = False  # a coder's count of the deaths the text gives no number for


def _injury_word_between(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.has("injure") and start <= m.start and m.end <= end for m in mentions)


CASUALTY_TAGS = frozenset({"kill", "dead", "injure"})  # the words of a count of dead and wounded


def _event_verbs(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Event words (not the count's own death and injury words) in text[start:end]."""
    return [m for m in mentions if start <= m.start and m.end <= end
            and any(e.layer == "tag" and e.kind not in CASUALTY_TAGS for e in m.entries)]


def _outside(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> str:
    """text[start:end] without the spans cut out of it."""
    pieces, at = [], start
    for s, e in cuts:
        if start <= s and e <= end:
            pieces.append(text[at:s])
            at = e
    return "".join(pieces) + text[at:end]


def _victims_passive(text: str, verb: Mention, number_end: int, death_start: int, p: Patterns) -> bool:
    """An event verb between the victims' number and the death word that is part of the victims'
    own passive clause: 'four men were detained and later executed', 'six herders abducted by
    gunmen two days earlier were found dead', 'four were found executed'."""
    if p.auxiliary.match(verb.text):
        return True
    before, after = text[number_end:verb.start], text[verb.end:death_start]
    if p.passive_before.search(before) or p.relative_perfect.search(before):
        return True  # the death word then ends a passive chain (checked by the caller)
    return bool(re.fullmatch(rf"(?:\s+{_WORD}){{1,3}}\s+", before) and p.agent_after.match(after))


def _stops(pattern: re.Pattern, text: str, start: int, end: int, p: Patterns) -> Iterator[re.Match]:
    """The pattern's matches in text[start:end], but not the full stop of 'Gen.' or 'Lt. Col.'."""
    return (m for m in pattern.finditer(text, start, end)
            if not (m.group() == "." and abbreviation_dot(text, m.start(), p.abbreviations)))


def clause_stops(text: str, start: int, end: int, p: Patterns) -> Iterator[re.Match]:
    """Where clauses end in text[start:end] ('3 relatives of Gen. Gamou were killed': not at 'Gen.')."""
    return _stops(p.clause_stop, text, start, end, p)


def counting_numbers(text: str, numbers: list[Number], excluded: list[tuple[int, int]], p: Patterns) -> list[Number]:
    """Numbers that can count people: not dates, ages, distances, times, years or codes."""
    out = []
    for n in numbers:
        if any(s <= n.start < e for s, e in excluded):
            continue
        if p.not_a_count_after.match(text[n.end:n.end + 12]) or \
                (p.not_a_count_before.search(text[max(0, n.start - 14):n.start]) and
                 not p.count_lead.search(text[max(0, n.start - 20):n.start])):
            continue
        if not n.vague and (n.value >= 1900 and n.value <= 2100 or n.value != int(n.value)):
            continue
        out.append(n)
    return out


@cache
def _coded_patterns(languages: tuple[str, ...]) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    return tuple((re.compile(data["coded_fatalities"]),
                  re.compile(rf"\b(?:{packs.alternation(data.get('coded_unknown_part', []))})\b", re.I))
                 for data in packs.read_all(languages, "numbers") if "coded_fatalities" in data)


UNKNOWN_PART_CHARS = 20  # how far before a coder's note its 'unknown' may stand: 'Unknown fatalities coded as 10'


def coded_deaths(text: str, start: int, end: int, languages: tuple[str, ...]) -> DeathCount | None:
    """The count a coder's note says was coded ('unknown fatalities coded as 10'), if any."""
    for pattern, unknown in _coded_patterns(languages):
        m = pattern.search(text, start, end)
        if m:
            partial = bool(unknown.search(text, max(start, m.start() - UNKNOWN_PART_CHARS), m.end()))
            return DeathCount(int(m.group("count")), m.start(), m.end(), partial=partial)
    return None


def with_coded_deaths(text: str, start: int, end: int, deaths: int, counts: list[DeathCount],
                      languages: tuple[str, ...]) -> tuple[int, list[DeathCount]]:
    """The deaths of text[start:end] once a coder's note is read: its count replaces the text's,
    or, a note on the unknown dead, adds to those counted before it ('one soldier was killed ...
    unknown fatalities coded as 3': 4), not to a vague word it codes ('killed tens (coded as 10)')."""
    coded = coded_deaths(text, start, end, languages)
    if coded is None:
        return deaths, counts
    known = [c for c in counts if not c.vague and c.end <= coded.start] if coded.partial else []
    return coded.value + sum(c.value for c in known), [coded] + known


@dataclass(frozen=True)
class SplitNote:
    """A coder's note that split a report's deaths between the events it was coded as."""
    parts: int  # into how many events; 0 where the note does not say
    shares: dict[str, int]  # a place's name key -> its share, where the note gives them


@cache
def _split_patterns(languages: tuple[str, ...]) -> tuple[tuple[re.Pattern, tuple[re.Pattern, ...]], ...]:
    return tuple((re.compile(data["split_note"]), tuple(re.compile(p) for p in data.get("split_shares", [])))
                 for data in packs.read_all(languages, "numbers") if "split_note" in data)


SPLIT_SHARES_CHARS = 200  # how far after 'fatalities split between' a note lists each place's share


def split_note(text: str, languages: tuple[str, ...]) -> SplitNote | None:
    """'fatalities split between three events ... in Bombou (3), Materou (3), Bore (1)', 'fatalities
    spread across the two events': how the coder divided the report's deaths."""
    nw = number_words(languages)
    for note, share_patterns in _split_patterns(languages):
        m = note.search(text)
        if m is None:
            continue
        word = m.group("parts") or ""
        parts = int(word) if word.isdigit() else int(words_value(word, nw) or 0)
        tail = text[m.start():m.end() + SPLIT_SHARES_CHARS]
        shares = {name_key(s.group("name")): int(s.group("count")) for p in share_patterns for s in p.finditer(tail)}
        return SplitNote(parts, shares)
    return None


def count_deaths(text: str, start: int, end: int, mentions: list[Mention], numbers: list[Number],
                 victim_nouns: list[tuple[int, int]], excluded: list[tuple[int, int]] = (),
                 languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> tuple[int, list[DeathCount]]:
    """Total deaths in text[start:end] and the counts it was made of (for evidence).

    victim_nouns: spans of actor words (to count 'a soldier', 'the driver and a passenger');
    excluded: spans whose numbers count nothing (dates, place names)."""
    p = patterns(languages)
    numbers = counting_numbers(text, numbers, list(excluded), p)
    deaths = [m for m in mentions if start <= m.start < end and (m.has("kill") or m.has("dead"))
              and not m.has("injure") and not p.earlier_death.search(text, max(start, m.start - 40), m.start)]
    counts: dict[tuple[int, int], DeathCount] = {}
    for d in deaths:
        for c in _counts_for(text, d, start, end, mentions, numbers, victim_nouns, p):
            counts.setdefault((c.start, c.end), c)
    for bodies in p.captive_bodies.finditer(text, start, end):
        # 'arrested nine men near Bidi, their corpses were found near Bani': the captives' number
        if (c := _captives_count(text, start, bodies.start(), mentions, numbers, p)) is not None:
            counts.setdefault((c.start, c.end), c)
    chosen = [replace(c, weak=True) if p.cumulative.search(text, max(start, c.start - CUMULATIVE_CHARS), c.start)
              else c for c in sorted(counts.values(), key=lambda c: c.start)]
    if any(not c.weak for c in chosen):
        chosen = [c for c in chosen if not c.weak]
    parts = _breakdowns(text, chosen)
    total = 0
    seen_values: dict[int, int] = {}
    alternatives = [(m.start(), _sentence_end(text, m.end(), end, p))
                    for m in p.alternative.finditer(text, start, end)] if len(chosen) > 1 else []
    for k, c in enumerate(chosen):
        if k in parts:
            continue  # '17 killed ..., 14 by summary execution while 3 succumbed': the 17 told again by parts
        if total and any(s <= c.start < e and chosen[0].start < s for s, e in alternatives):
            continue  # another source's count of the dead told first
        # the same number said again in the sentence or restated ('killed 12 ... the 12 victims')
        # counts once; said of others in another sentence ('two children ... Two civilians') it counts
        if c.value in seen_values and c.value > 1 and c.start - seen_values[c.value] > 80 and (
                p.restated.search(text, max(0, c.start - 12), c.start) or "." not in text[seen_values[c.value]:c.start]):
            continue
        if total >= c.value and "." in text[chosen[0].start:c.start] and p.of_those_told.match(text[c.end:c.end + 20]):
            # 'At least two ... were killed. One of the Islamists killed was ...': one of those two;
            # 'Six soldiers were killed ... Four were killed at the post': four of those six
            continue
        if total and c.value >= total and "." in text[chosen[0].start:c.start] and \
                p.subset_word.search(text, c.end, c.end + SUBSET_AFTER_CHARS):
            # 'killed at least six people ... 7 dead including the bomber': a later total that
            # takes in the earlier dead
            seen_values[c.value] = c.start
            total = c.value
            continue
        seen_values[c.value] = c.start
        total += c.value
    return total, chosen


_CLAUSE_MARK = re.compile(r"[,;.:(]")  # between a total and its parts: they stand in a later clause


def _breakdowns(text: str, counts: list[DeathCount]) -> set[int]:
    """Positions of counts that, two or more in a row and in a later clause, add up to the count
    right before them: its parts, not more dead (not '3 soldiers and 2 civilians ... 1 soldier')."""
    parts: set[int] = set()
    for i, whole in enumerate(counts[:-2]):
        if not _CLAUSE_MARK.search(text, whole.end, counts[i + 1].start):
            continue
        running = 0
        for j in range(i + 1, len(counts)):
            running += counts[j].value
            if running >= whole.value:
                if running == whole.value and j > i + 1:
                    parts.update(range(i + 1, j + 1))
                break
    return parts


_SENTENCE_STOP = re.compile(r"[.;](?=\s|$)")


def _sentence_end(text: str, at: int, end: int, p: Patterns) -> int:
    """Where the sentence going on at text[at] ends."""
    stop = next(_stops(_SENTENCE_STOP, text, at, end, p), None)
    return stop.end() if stop else end


def _counts_before(text: str, death: Mention, clause_start: int, mentions: list[Mention], numbers: list[Number],
                   victim_nouns: list[tuple[int, int]], subsets: list[tuple[int, int]], p: Patterns) -> list[DeathCount]:
    """The numbers before a death word that count its dead: 'three soldiers and one assailant
    were killed', not 'fired on two traders, killing one'."""
    if p.participle.match(death.text) and p.participle_lead.search(text[clause_start:death.start]):
        return []
    before = [n for n in numbers if clause_start <= n.start and n.end <= death.start
              and not any(s <= n.start < e for s, e in subsets)]
    # '2 armed men shot dead a policeman': a number before an active death word with an object counts its authors
    obj = p.object_after.match(text[death.end:death.end + AHEAD_CHARS])
    active = death.has("kill") and obj is not None and not p.passive_before.search(text, clause_start, death.start) \
        and not _injury_word_between(mentions, death.end, death.end + obj.end() + OBJECT_CHARS)  # 'killed two wounded'
    out: list[DeathCount] = []
    for i in reversed(range(len(before))):
        n = before[i]
        partitive = text[before[i - 1].end:n.start] if i else ""
        if not out and p.partitive_after.match(partitive) and len(partitive.split()) <= 2:
            continue  # 'One of the three soldiers succumbed': the one, not the three
        # an event word right after the number is the noun it counts ('four suicide bombers were
        # killed'); so is an actor's noun, and a word inside a compound describes it ('two
        # anti-coup protesters were killed')
        verbs = [v for v in _event_verbs(mentions, n.end, death.start)
                 if text[n.end:v.start].strip() and not v.in_layer(ACTOR) and not text[:v.start].endswith("-")]
        own_passive = bool(verbs) and all(_victims_passive(text, v, n.end, death.start, p) for v in verbs) \
            and bool(p.passive_end.search(text[n.end:death.start]))
        if _injury_word_between(mentions, n.end, death.start) or (verbs and not own_passive):
            break  # '20 armed men attacked ..., killing': the number counts the attackers
        if not out and death.start - n.start > BACK_CHARS and not own_passive:
            break  # (a list's further items may stand further back)
        if out:  # coordinated: '5 guards, 1 gendarme & 6 assailants killed'
            if p.range.fullmatch(text[n.end:out[-1].start]):  # '6-8 killed': the conservative figure
                out[-1] = DeathCount(min(n.int_value, out[-1].value), n.start, out[-1].end, True)
                continue
            partitive = p.partitive_after.match(text[out[-1].end:out[-1].end + 20])  # 'one of the assailants'
            wounded = _injury_word_between(mentions, max(clause_start, n.start - OBJECT_CHARS), n.start)
            if p.list_item.match(text[n.end:out[-1].start]) and not partitive and not wounded:
                out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
                continue
            break
        between = _outside(text, n.end, death.start, subsets)
        if p.death_noun.match(death.text) and between.strip():
            break  # 'threatened five hostages with death': 'death' counts only right after a number
        if active and not own_passive:
            break
        if p.speech.search(between):
            break  # 'One villager said he believed the killing was a warning': the speaker, not a dead
        if own_passive or p.before_death.match(between) or p.counted_dead.match(between):
            out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
    if out:
        # '2 gendarmes and a civilian were killed': the singular victims listed after the numbers
        tail = _outside(text, out[0].end, death.start, subsets)
        chain = p.passive_before.search(tail)
        items = [m for m in p.singular_item.finditer(tail, 0, chain.start() if chain else len(tail))
                 if not p.plural_end.search(m.group(1))]
        first = min(c.start for c in out)
        out += [DeathCount(1, out[0].end, death.start) for _ in items]
        # ... and before them: 'a priest and five worshippers were killed'
        boundary = first
        for noun_start, noun_end in reversed(_noun_groups(text, victim_nouns, clause_start, first)):
            gap = text[noun_end:boundary]
            joined = p.number_after_list.fullmatch(gap) if boundary == first else p.singular_gap.fullmatch(gap)
            if not joined or p.plural_end.search(text[noun_start:noun_end]) or \
                    not p.singular_lead.search(text, clause_start, noun_start):
                break
            out.append(DeathCount(1, noun_start, noun_end))
            boundary = noun_start
    return out


def _subset_of_dead(mentions: list[Mention], start: int, at: int) -> bool:
    """Whether the subset opened at `at` is of dead a death word told before it in its clause
    ('17 men were killed including several whose bodies were thrown in a well': no new count),
    not of wounded ('four soldiers wounded including one who later succumbed')."""
    deaths = [m.start for m in mentions if start <= m.start < at and (m.has("kill") or m.has("dead"))]
    return bool(deaths) and not _injury_word_between(mentions, max(deaths), at)


def _counts_for(text: str, death: Mention, start: int, end: int, mentions: list[Mention],
                numbers: list[Number], victim_nouns: list[tuple[int, int]], p: Patterns) -> list[DeathCount]:
    clause_start = max(start, death.start - PASSIVE_BACK_CHARS)
    # 'four young men, accused of theft, were killed', '9 traders, most of whom were Bozo, were
    # killed': an aside between the victims and their passive is cut out, unless it is a list's
    # next item ('two soldiers, three gendarmes, were')
    aside = p.aside.search(text, clause_start, death.start)
    asides = [aside.span("aside")] if aside and not any(n.start == aside.start("first") for n in numbers) else []
    stops = [m for m in clause_stops(text, clause_start, death.start, p)
             if not any(s <= m.start() < e for s, e in asides)]
    ends = [m.end() for m in stops if not p.subset_word.fullmatch(m.group())]
    clause_start = ends[-1] if ends else clause_start
    # a subset of the dead is cut out: 'four soldiers (including a lieutenant) were killed' counts
    # four; where nothing before it counts the dead ('four soldiers wounded including one who
    # later succumbed'), the subset is the count
    subsets = [(m.start(), m.end()) for m in p.subset.finditer(text, clause_start, death.start)] + asides
    out = _counts_before(text, death, clause_start, mentions, numbers, victim_nouns, subsets, p)
    subset_words = [m.end() for m in stops if m.end() > clause_start and p.subset_word.fullmatch(m.group())]
    if not out and subset_words and not _subset_of_dead(mentions, clause_start, subset_words[-1]):
        clause_start = subset_words[-1]
        out = _counts_before(text, death, clause_start, mentions, numbers, victim_nouns, [], p)
    if out:
        return out
    # after the death word: 'killing at least 42 people', 'killed two civilians and a soldier'
    horizon = min(end, death.end + AHEAD_CHARS)
    stop = next(clause_stops(text, death.end, horizon, p), None)
    horizon = stop.start() if stop else horizon
    after = [n for n in numbers if death.end <= n.start < horizon]
    prev_end = death.end
    for n in after:
        gap = text[prev_end:n.start]
        injured = _injury_word_between(mentions, prev_end, n.start)
        if prev_end == death.end and not p.after_death.match(gap):
            # 'killed a retired catechist and three other worshippers'
            singles, single_end = _singular_nouns(text, death.end, n.start, mentions, victim_nouns, p)
            single_end = _past_complement(text, single_end, p)
            if not singles or not p.number_after_list.fullmatch(text[single_end:n.start]):
                break
            out += singles
        if prev_end != death.end and not p.after_list.match(gap):
            mixed = p.singles_between.match(gap)  # 'killing two gendarmes, a customs agent, and four civilians'
            if mixed is None or injured:
                break
            at = prev_end + mixed.start("items")
            out += [DeathCount(1, at + m.start(1), at + m.end(1))
                    for m in re.finditer(r",\s*([^,]+)", mixed.group("items"))]
        if injured:
            break
        joiner = p.list_joiner.search(text, n.end, horizon)
        if prev_end != death.end and _injury_word_between(mentions, n.end, joiner.start() if joiner else horizon):
            break  # 'the death of one Dozo and three Koglweogo and a dozen wounded'
        out.append(DeathCount(n.int_value, n.start, n.end, n.vague))
        prev_end = n.end
    if out:
        return out + _singular_after(text, out[-1].end, horizon, mentions, victim_nouns, p)
    if death.has("kill") and p.many_pronoun.match(text[death.end:horizon]) or \
            p.captives.search(text[max(start, death.start - BACK_CHARS):death.start]):
        # 'arrested nine men ... and executed them', '... those arrested were found dead'
        if (c := _captives_count(text, start, death.start, mentions, numbers, p)) is not None:
            return [c]
    # 'a soldier was killed', 'killed the driver and a passenger', 'killed him'
    return _singular_victims(text, death, clause_start, horizon, mentions, victim_nouns, p)


def _captives_count(text: str, start: int, at: int, mentions: list[Mention], numbers: list[Number],
                    p: Patterns) -> DeathCount | None:
    """The number an earlier verb took as its object ('arrested nine men') or made the subject of
    its passive ('nine men were abducted') before text[at]."""
    def taken(n: Number) -> bool:
        if _event_verbs(mentions, max(start, n.start - OBJECT_CHARS), n.start):
            return True
        verbs = _event_verbs(mentions, n.end, min(at, n.end + OBJECT_CHARS))
        return bool(verbs) and bool(p.passive_end.search(text, n.end, verbs[0].start))
    objects = [n for n in numbers if start <= n.start and n.end <= at and taken(n)]
    if not objects:
        return None
    n = objects[-1]
    return DeathCount(n.int_value, n.start, n.end, n.vague)


def _singular_after(text: str, number_end: int, horizon: int, mentions: list[Mention],
                    victim_nouns: list[tuple[int, int]], p: Patterns) -> list[DeathCount]:
    """Single victims that end a list of counted ones: 'killing two soldiers and a child'."""
    counted = next(iter(_noun_groups(text, victim_nouns, number_end, horizon)), None)  # 'two soldiers'
    if counted is None or not re.fullmatch(r"[\s\w'’-]{0,25}", text[number_end:counted[0]]):
        return []
    gap = text[counted[1]:horizon]
    joiner = p.list_joiner.match(text, counted[1] + len(gap) - len(gap.lstrip()))
    if joiner is None or p.enumeration.match(text, joiner.end()):
        return []
    singles, _ = _singular_nouns(text, joiner.end(), horizon, mentions, victim_nouns, p)
    if not singles or not p.singular_lead.match(text, joiner.end(), singles[0].start):
        return []  # 'killed four herders and seized a herd of livestock': another verb's object
    if all(j.group() == "," for j in p.list_joiner.finditer(text, counted[1], singles[-1].start)):
        return []  # a list ends with 'and': 'killing four soldiers, the defence ministry said' has none
    return [c for c in singles if not _injury_word_between(mentions, counted[1], c.start)
            and not _wounded_after(text, c.end, mentions, p)]


def _wounded_after(text: str, end: int, mentions: list[Mention], p: Patterns) -> bool:
    """'... and a gendarme was wounded': the subject of its own passive of injury."""
    injured = next((m for m in mentions if m.has("injure") and end <= m.start < end + 30), None)
    words = text[end:injured.start].split() if injured else []
    return bool(words) and len(words) <= 3 and bool(p.auxiliary.match(words[0]))


def _headline_items(text: str, start: int, death_start: int, p: Patterns) -> list[re.Match] | None:
    """The singular victims listed between a headline's subject and its death word (' and his
    guide'), if only they and the words a headline allows stand there; None otherwise."""
    items, at = [], start
    while item := p.singular_item.match(text, at, death_start):
        items.append(item)
        at = item.end()
    return items if p.headline_gap.fullmatch(text, at, death_start) else None


def _noun_groups(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Adjacent actor words are one noun phrase: 'MSA officer', 'village chief'."""
    groups: list[list[int]] = []
    for s, e in sorted(sp for sp in spans if start <= sp[0] and sp[1] <= end):
        if groups and s >= groups[-1][1] and re.fullmatch(r"[\s-]*", text[groups[-1][1]:s]):
            groups[-1][1] = max(groups[-1][1], e)
        elif not groups or s >= groups[-1][1]:
            groups.append([s, e])
    return [(s, e) for s, e in groups]


def _singular_nouns(text: str, start: int, end: int, mentions: list[Mention], victim_nouns: list[tuple[int, int]],
                    p: Patterns) -> tuple[list[DeathCount], int]:
    """The singular victims listed from start ('the driver and a passenger'), and where they end."""
    out = []
    previous = start
    for noun_start, noun_end in _noun_groups(text, victim_nouns, start, end):
        if noun_start < previous:
            continue  # inside the complement of the victim before it
        gap = text[previous:noun_start]
        lead = p.singular_lead.search(gap)
        if previous == start:
            if not re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,4}", gap) or p.agent_lead.match(gap):
                break
            first = p.unknown_first.match(gap)  # 'killed a mechanic and a trader'
            if first and _one_person(first.group("head"), p):
                out.append(DeathCount(1, start + first.start("head"), start + first.end("head")))
        elif not p.singular_gap.fullmatch(gap) or p.restating.search(gap) or \
                _event_verbs(mentions, previous, noun_start) or _injury_word_between(mentions, previous, noun_start):
            # 'a teacher suspected of being a militant in Kaya', 'a woman and wounding her son',
            # 'a man and seized his livestock', 'an individual, described as a commander': one victim
            break
        noun = text[noun_start:noun_end]
        if lead is None or p.plural_end.search(noun) or p.one_body.search(text, previous, noun_end):
            break  # 'killed the chief and his body was mutilated': his body is no second victim
        rest = p.head_rest.match(text, noun_end)  # 'a GATIA commander and his associate'
        if rest and not p.plural_end.search(rest.group()):
            noun_end = rest.end()
        out.append(DeathCount(1, noun_start, noun_end))
        previous = _past_complement(text, noun_end, p)
    if not out and (first := p.lone_first.match(text, start, end)) and _one_person(first.group("head"), p):
        # 'killed a commander and ten of his men': a head the lexicon does not know, a list going on
        out.append(DeathCount(1, first.start("head"), first.end("head")))
        previous = first.end("head")
    return out, previous


def _past_complement(text: str, at: int, p: Patterns) -> int:
    """Where a victim's noun phrase ends: after ' of the Bellah community' when the list goes on."""
    complement = p.complement.match(text, at)
    return complement.end() if complement else at


def _one_person(head: str, p: Patterns) -> bool:
    """Whether a noun phrase's head word names one person: not 'herders', nor 'day' ('killed a day later')."""
    return not p.plural_end.search(head) and head.lower() not in p.not_a_person | p.function_words


DIED_SUBJECT_CHARS = 60  # how far before 'died' its one subject may start: 'the national guard who was wounded later'


def _singular_victims(text: str, death: Mention, clause_start: int, horizon: int, mentions: list[Mention],
                      victim_nouns: list[tuple[int, int]], p: Patterns) -> list[DeathCount]:
    before = text[clause_start:death.start]
    passive = p.singular_passive.search(before)
    if passive and (passive.group("subject") or "").lower() not in p.things:
        # 'a forest agent was killed', 'a trader was abducted and shot dead'; not 'an IED was neutralised'
        return [DeathCount(1, clause_start, death.start)]
    listed = p.singular_list.search(before)  # 'a teacher and his brother were shot dead'
    if listed:
        items = list(p.singular_item.finditer(listed.group(2)))
        if not any(p.plural_end.search(head) for head in [listed.group(1), *(m.group(1) for m in items)]):
            return [DeathCount(1 + len(items), clause_start + listed.start(), clause_start + listed.end())]
    if p.one_body.search(text[max(clause_start, death.start - 12):death.end]):  # 'his body was found'
        return [DeathCount(1, death.start, death.end, weak=True)]
    after = text[death.end:horizon]
    if death.has("kill") and (pronoun := p.one_pronoun.match(after)):
        return [DeathCount(1, death.end + pronoun.start(), death.end + pronoun.end())]
    subject = p.one_subject.search(text, max(clause_start, death.start - DIED_SUBJECT_CHARS), death.start) \
        if death.has("dead") and p.died.match(death.text) else None
    if subject and not (subject.group("head") and p.plural_end.search(subject.group("head"))):
        return [DeathCount(1, death.start, death.end)]  # 'He later died of his injuries', 'the officer died'
    one = p.object_death.search(text, clause_start, death.start)  # 'beat a detainee to death'
    if one and (one.group("verb") or one.group("end")) and not _event_verbs(mentions, one.start("one"), death.start) \
            and _one_person(one.group("one"), p):
        return [DeathCount(1, one.start("one"), one.end("one"))]
    if (death.has("kill") or death.has("dead")) and p.headline_after.match(after):
        # a headline's passive: 'Village chief killed by gunmen', 'Soldier reportedly killed near
        # Boni', 'Driver presumed dead.', '... abducted and his driver found dead.'
        # ... and the single victims listed after its subject: 'Teacher, his wife and a neighbour shot dead by gunmen'
        subject, items = next(((g, i) for g in _noun_groups(text, victim_nouns, clause_start, death.start)
                               if (i := _headline_items(text, g[1], death.start, p)) is not None), (None, []))
        heads = [text[subject[0]:subject[1]], *(item.group(1) for item in items)] if subject else []
        if subject and not any(p.plural_end.search(head) for head in heads) and \
                p.headline_lead.fullmatch(text[clause_start:subject[0]]):
            # 'The individual assassinated was ...': a definite subject may be one already counted
            definite = bool(p.restated.search(text, clause_start, subject[0]))
            return [DeathCount(len(heads), subject[0], items[-1].end() if items else subject[1], weak=definite)]
    if death.has("kill") and p.predicate_after.match(after):
        one = p.object_death.search(text, clause_start, death.start) if p.found_after.match(after) else None
        if one and _one_person(one.group("one"), p):
            return [DeathCount(1, one.start("one"), one.end("one"))]  # 'the corpse of a villager shot dead was found'
        # 'The individual assassinated was a local activist': what follows describes the subject,
        # most often one counted before
        return [DeathCount(1, death.start, death.end, weak=True)]
    out, at = _singular_nouns(text, death.end, horizon, mentions, victim_nouns, p)
    if not out and death.has("kill"):
        # 'shot dead a member of the civil protection', 'executed an informer', 'killed councillor Amadou Traore'
        one = p.one_object.match(after) or p.named_object.match(after)
        if one is None and (bare := p.bare_object.match(after)) and \
                any(s <= death.end + bare.start("one") < e for s, e in victim_nouns):
            one = bare  # 'Armed men killed forest guard': no article, but a word for a person
        if one and _one_person(one.group("one"), p):
            # 'the emir' named before ('40 Islamists killed, including the emir ... troops claim
            # they killed the emir'): one of those counted
            told = p.restated.search(text, death.end, death.end + one.start("one")) and \
                re.search(rf"\b{re.escape(one.group('one'))}\b", text[:death.start], re.IGNORECASE)
            out.append(DeathCount(1, death.end + one.start("one"), death.end + one.end("one"), weak=bool(told)))
            at = death.end + one.end("one")
    # ... and the single victims listed after them that the lexicon does not know: 'killed a
    # policeman and a bystander'
    while out and (item := p.singular_item.match(text, _past_complement(text, at, p), horizon)):
        # the head and the word after it name a person: not 'and the next day', 'and the accidental death'
        head = list(re.finditer(_WORD, text[item.start(1):item.end(1) + 20]))[:2]
        if not _one_person(item.group(1), p) or p.not_a_person & {w.group().lower() for w in head[1:]} or \
                any(m.in_layer("tag") for m in mentions if at <= m.start < item.start(1) + head[-1].end()):
            break
        out.append(DeathCount(1, item.start(1), item.end(1)))
        at = item.end()
    return out
