"""Dictionary matching: every actor name, group, trigger and cue word of the packs, found in one
Aho-Corasick pass over the folded text (millions of characters a second).

Case rules per alias: an acronym ("JNIM", "FAMa", "IED") matches only as written; an alias that
starts with a capital ("Platform", "Wagner") only where the text has a capital there; a
lower-case alias in any case.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

import ahocorasick

from .. import packs
from .text import fold

ACTOR, TAG, CUE = "actor", "tag", "cue"


@dataclass(frozen=True, slots=True)
class Entry:
    layer: str  # ACTOR, TAG or CUE
    kind: str  # actor layer: named, force, adjective, nationality, country, metonym, kind, group, ethnic; else the tag
    key: str  # actor name, ISO2 code, kind, group name, or tag name
    extra: str = ""  # for "force": the force kind (a state kind of the taxonomy: military, police ...)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    def in_layer(self, layer: str) -> bool:
        return any(e.layer == layer for e in self.entries)

    def has(self, kind: str) -> bool:
        return any(e.kind == kind for e in self.entries)

    def first(self, kind: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind), None)


def case_mode(alias: str) -> str:
    """exact: acronyms, and aliases marked with a leading '=' ('=march' is never the month March);
    initial: a capitalised alias needs a capital in the text; any: lower-case aliases."""
    if alias.startswith("="):
        return "exact"
    letters = [c for c in alias if c.isalpha()]
    if " " not in alias and sum(c.isupper() for c in letters) >= 2:
        return "exact"
    if letters and alias[0].isupper():
        return "initial"
    return "any"


@dataclass(eq=False)  # one per pack selection, cached: identity is equality
class Lexicon:
    automaton: ahocorasick.Automaton
    actors: dict[str, dict]  # named actors by canonical name
    states: dict[str, dict]  # by ISO2
    kinds: dict[str, dict]  # ACLED actor kinds
    ethnic_militia_words: frozenset[str]
    acting_militia_words: frozenset[str]  # militia words only for the side that acts
    vague_numbers: dict[str, int]
    taxonomy: dict
    phrases: dict = field(default_factory=dict)
    # per description: the groups its words name and when (since, until, group)
    described: tuple[tuple[tuple[date, date, str], ...], ...] = ()
    stance_prefixes: tuple[str, ...] = ()  # 'anti-jihadist', 'pro-government': a stance, no actor

    def theater(self, iso2: str) -> str:
        """The region's country a foreign state's forces mostly fought in (the states pack's
        'theater'); '' for any other state."""
        return self.states.get(iso2, {}).get("theater", "")

    def find(self, text: str, folded: str | None = None) -> list[Mention]:
        spaced = " " + match_form(fold(text) if folded is None else folded) + " "
        found: list[Mention] = []
        for end_index, (length, options) in self.automaton.iter(spaced):
            # phrases are stored with a space either side: matches start and end at word boundaries
            start, end = end_index - length - 1, end_index - 1
            entries = tuple(e for e, mode, original in options
                            if mode == "any"
                            or (mode == "initial" and text[start].isupper())
                            or (mode == "exact" and text[start:end] == original))
            # (a stance prefix is joined by a hyphen: the slice is taken only after one)
            if entries and text[start - 1:start] == "-" and \
                    text[max(0, start - 8):start].lower().endswith(self.stance_prefixes):
                entries = tuple(e for e in entries if e.layer != ACTOR)
            if entries:
                found.append(Mention(start, end, text[start:end], entries))
        return longest_per_layer(found)


def longest_per_layer(found: list[Mention]) -> list[Mention]:
    """A longer match wins over the shorter ones it overlaps: among actor words ('JNIM militants'
    over 'militants'), and among trigger or cue words of the same tag ('counter-attack' over
    'attack'); different tags may overlap ('burned tires' is a crowd's violence and a burning).
    Taken characters are marked in one byte array per layer and tag, so checks cost no loop."""
    size = max((m.end for m in found), default=0)
    kept: list[Mention] = []
    taken: dict[tuple[str, str], bytearray] = {}
    inside = bytearray(size)  # characters of trigger words and of named actors
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        groups: dict[tuple[str, str], list[Entry]] = {}
        for e in m.entries:
            groups.setdefault((e.layer, "" if e.layer == ACTOR else e.kind), []).append(e)
        entries: list[Entry] = []
        marks_inside = False
        for group, members in groups.items():
            spans = taken.setdefault(group, bytearray(size))
            if spans.find(1, m.start, m.end) != -1:
                continue
            if group[0] == TAG and inside.find(0, m.start, m.end) == -1:
                continue  # 'strikes' inside 'air strikes' is no labour strike, nor 'Liberation' in a group's name
            spans[m.start:m.end] = b"\x01" * (m.end - m.start)
            marks_inside |= group[0] == TAG or any(e.kind == "named" for e in members)
            entries += members
        if marks_inside:  # after all its groups: one word may carry two tags ('burned tires')
            inside[m.start:m.end] = b"\x01" * (m.end - m.start)
        if entries:
            kept.append(Mention(m.start, m.end, m.text, tuple(entries)))
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


_WORD_CHARS = str.maketrans({c: " " for c in map(chr, range(0x250)) if not c.isalnum()})


def match_form(folded: str) -> str:
    """Every character that is not a letter or digit becomes a space (same length)."""
    return folded.translate(_WORD_CHARS)


# An acronym this long is also written as a name ('Minusma', 'Gatia', 'Ecowas'), as much of the
# press does; a shorter one so written is more often a word ('Fama', 'Aqim' rarely).
NAMED_ACRONYM_LETTERS = 5


def _key(phrase: str) -> str:
    """The automaton's key of a phrase: its words folded, between spaces ('' for no word)."""
    words = " ".join(match_form(fold(phrase)).split())
    return f" {words} " if words else ""


def _add(table: dict, alias: str, entry: Entry) -> None:
    for phrase in packs.expand(alias):
        mode = case_mode(phrase)
        phrase = phrase.lstrip("=")
        key = _key(phrase)
        if key:
            options = table.setdefault(key, [])
            options.append((entry, mode, phrase))
            if mode == "exact" and len(phrase) >= NAMED_ACRONYM_LETTERS and phrase.isalpha() and phrase.isupper():
                options.append((entry, mode, phrase.capitalize()))


# A leader's surname this long is also matched misspelt as the press often misspells it: one vowel
# for another ('Campaore') or two letters swapped ('Compoare'), the first letter kept. Shorter
# names so changed are too often other names.
MISSPELT_NAME_LETTERS = 7
_VOWELS = "aeiou"


def misspellings(name: str) -> set[str]:
    """The surname's variants one vowel or one swap of neighbouring letters away."""
    variants = set()
    for i in range(1, len(name)):
        if name[i] in _VOWELS:
            variants.update(name[:i] + v + name[i + 1:] for v in _VOWELS)
        if i + 1 < len(name):
            variants.add(name[:i] + name[i + 1] + name[i] + name[i + 2:])
    return variants - {name}


def _possessive(name: str) -> str:
    """A name and its possessive where the apostrophe was lost: 'Malis army', 'Compaores resignation'."""
    return name + "{,s}" if name[-1:].isalpha() and name[-1] not in "sS" else name


@cache
def lexicon(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES,
            regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> Lexicon:
    table: dict[str, list] = {}
    actors: dict[str, dict] = {}
    states: dict[str, dict] = {}
    surnames: list[tuple[str, str]] = []
    for data in packs.read_all(regions, "actors"):
        for actor in data.get("actor", []):
            actors[actor["name"]] = actor
            for alias in actor.get("aliases", []) + [actor["name"]]:
                _add(table, alias, Entry(ACTOR, "named", actor["name"]))
    taxonomy = packs.read("acled", "taxonomy")
    state_kinds = [kind for kind, spec in taxonomy.get("kinds", {}).items() if spec.get("state")]
    for data in packs.read_all(regions, "states"):
        for state in data.get("state", []):
            iso2 = state["iso2"]
            states[iso2] = state
            for alias in state.get("adjectives", []):
                _add(table, alias, Entry(ACTOR, "adjective", iso2))
            for alias in state.get("names", []):
                _add(table, _possessive(alias), Entry(ACTOR, "country", iso2))
            for alias in state.get("metonyms", []):
                _add(table, alias, Entry(ACTOR, "metonym", iso2))
            for alias in state.get("people", []):
                _add(table, _possessive(alias), Entry(CUE, "person", iso2))
                if alias.isalpha() and len(alias) >= MISSPELT_NAME_LETTERS:
                    surnames.append((alias, iso2))
            for force in state_kinds:  # a state's own names for its forces: 'FAMa', 'MOC'
                for alias in state.get(force, []):
                    _add(table, alias, Entry(ACTOR, "force", iso2, force))
    for data in packs.read_all(languages, "nationalities"):
        # a victim's nationality ('a Swiss nun'); unlike a state's adjective, no evidence of where
        # the event happened. '' for foreigners of no one country ('Europeans').
        for iso2, aliases in data.get("adjectives", {}).items():
            for alias in aliases:
                _add(table, alias, Entry(ACTOR, "nationality", iso2))
        for alias in data.get("international", []):
            _add(table, alias, Entry(ACTOR, "nationality", ""))
    militia_words: set[str] = set()
    acting_words: set[str] = set()
    stance_prefixes: set[str] = set()
    described: list[tuple[tuple[date, date, str], ...]] = []
    for data in packs.read_all(regions, "groups"):
        for description in data.get("described", []):
            for alias in description["words"]:
                _add(table, alias, Entry(ACTOR, "described", str(len(described))))
            described.append(tuple((date.fromisoformat(period.get("since", "1900-01-01")),
                                    date.fromisoformat(period.get("until", "9999-12-31")), period["group"])
                                   for period in description["periods"]))
        for name, aliases in data.get("ethnic", {}).items():
            for alias in aliases:
                _add(table, alias, Entry(ACTOR, "ethnic", name))
        militia_words.update(fold(w) for w in data.get("militia_words", []))
        acting_words.update(fold(w) for w in data.get("acting_militia_words", []))
    for data in packs.read_all(languages, "actors"):
        stance_prefixes.update(w.lower() for w in data.get("stance_prefixes", []))
        for kind, aliases in data.get("kinds", {}).items():
            for alias in aliases:
                _add(table, alias, Entry(ACTOR, "kind", kind))
        for group, aliases in data.get("groups", {}).items():
            for alias in aliases:
                _add(table, alias, Entry(ACTOR, "group", group))
    for data in packs.read_all(languages, "events"):
        for tag, aliases in data.get("tags", {}).items():
            for alias in aliases:
                _add(table, alias, Entry(TAG, tag, tag))
        for cue, aliases in data.get("cues", {}).items():
            for alias in aliases:
                _add(table, alias, Entry(CUE, cue, cue))
    spelt = set(table)
    for alias, iso2 in surnames:
        for variant in misspellings(alias):
            if _key(variant) not in spelt:  # never a way another name or word is written
                _add(table, _possessive(variant), Entry(CUE, "person", iso2))
    automaton = ahocorasick.Automaton()
    for phrase, options in table.items():
        unique = list(dict.fromkeys(options))
        automaton.add_word(phrase, (len(phrase) - 2, tuple(unique)))
    automaton.make_automaton()
    return Lexicon(automaton, actors, states, taxonomy.get("kinds", {}), frozenset(militia_words), frozenset(acting_words),
                   {fold(k): v for k, v in taxonomy.get("vague_numbers", {}).items()}, taxonomy, table,
                   tuple(described), tuple(sorted(stance_prefixes)))
