"""Date expressions in news text, and their resolution against an anchor date.

Found: '29 December 2019', 'December 1st', 'Dec. 29', 'Apr.24-25', '11-12 March', 'August 11 and
12th', '24/09', '2019-12-29', 'on Tuesday', 'Tuesday night', 'last week', 'yesterday', 'in late May',
'in May 2024', 'in 2023', 'last year', 'the first half of 2024', 'since December 2021', 'since 5 February'.
A date without a year is the latest such date on or before the anchor (publication date).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from .. import packs
from .text import first_word, matches_from


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    kind: str  # day, days, month, year, period, weekday, relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    last_day: int | None = None  # ranges: 'December 11-12'
    last_month: int | None = None
    weekday: int | None = None
    days_before: int | None = None  # relative expressions
    precision: int = 1
    part: int | None = None  # day of month for 'early/mid/late May'; -1 = last day
    half: int | None = None  # 1 or 2: 'first half of 2024'
    relative_year: int | None = None  # 0 this year, 1 last year
    since: bool = False  # 'since December 2021': the start of a state, not an event


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    days: tuple[date, ...]  # one per day for ranges ('11-12 March' -> two days)
    precision: int  # ACLED time_precision
    assumed_year: bool = False
    swapped: bool = False  # day and month read the other way round (see _latest_on_or_before)


@dataclass(frozen=True)
class DateWords:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, int]]
    parts: dict[str, int]
    pattern: re.Pattern
    capitalised: frozenset[str]  # names only a capitalising language uses ('march' is not March)
    starters: frozenset[str]  # the words a date expression can begin with (besides digits)
    since_before: re.Pattern  # 'since' right before a date: the start of a state ('held since 5 February')
    night_before: re.Pattern  # 'the night of' right before two days: the event is on the later one
    day_before: re.Pattern  # 'on' right before a month: its day follows, even after a comma ('on August, 25')
    comma_day: re.Pattern  # ', 17th', ', 25, 2019' right after a month: the day a comma sets off from it


_DAY_JOINER = r"\s*(?:-|–|to|and|&|au|et)\s*"  # between a span's first and last day: '14-15', 'Monday and Tuesday'


@cache
def date_words(languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> DateWords:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    relative: dict[str, tuple[int, int]] = {}
    parts: dict[str, int] = {}
    since: set[str] = set()
    night: set[str] = set()
    day_before: set[str] = set()
    capital: set[str] = set()
    lower: set[str] = set()
    for data in packs.read_all(languages, "dates"):
        names = set(data.get("months", [])) | set(data.get("month_abbreviations", [])) | set(data.get("weekdays", []))
        (capital if data.get("capitalised") else lower).update(names)
        for i, name in enumerate(data.get("months", []), start=1):
            months[name] = i
        for i, name in enumerate(data.get("month_abbreviations", []), start=1):
            months.setdefault(name, i)
        for name, number in data.get("month_variants", []):
            months.setdefault(name, number)
        for i, name in enumerate(data.get("weekdays", [])):
            weekdays[name] = i
        relative.update({k: tuple(v) for k, v in data.get("relative", {}).items()})
        parts.update(data.get("month_parts", {}))
        since.update(data.get("since", []))
        night.update(data.get("night_before", []))
        day_before.update(data.get("day_before", []))
    month = packs.alternation(months)
    suffixes = "st|nd|rd|th|er"
    ordinal = rf"(?:{suffixes})?"
    part = packs.alternation(parts)
    pattern = re.compile(
        rf"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b)"
        rf"|(?P<dmy>\b(?P<d1>\d{{1,2}}){ordinal}(?:{_DAY_JOINER}(?P<d2>\d{{1,2}}){ordinal}(?:\s+(?P<dm1>{month})\.?)?)?"
        rf"\s*(?:of\s+)?(?P<dm>{month})\b\.?,?(?:\s*(?P<dy>(?:19|20)\d\d)\b)?)"
        rf"|(?P<mdy>\b(?:(?P<md_part>{part})\s*)?(?P<mm>{month})\b\.?\s*(?P<m1>\d{{1,2}}){ordinal}\b"
        rf"(?:{_DAY_JOINER}(?:(?P<mm2>{month})\.?\s*)?(?P<m2>\d{{1,2}}){ordinal}\b)?(?:,?\s*(?P<my>(?:19|20)\d\d)\b)?)"
        rf"|(?P<num>\b(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{2,4}}))?\b"
        rf"(?:{_DAY_JOINER}(?P<nd2>\d{{1,2}})/(?P<nm2>\d{{1,2}})(?:/(?P<ny2>\d{{2,4}}))?\b)?)"
        rf"|(?P<half>\b(?P<which>first|second)\s+half\s+of\s+(?:the\s+year\s+)?(?P<hy>(?:19|20)\d\d)\b)"
        rf"|(?P<monthyear>\b(?P<since1>since\s+)?(?:(?P<mp>{part})\s*)?(?:the\s+)?(?:month\s+of\s+)?(?P<mo>{month})\b\.?"
        rf"(?:\s*,?\s*(?P<moy>(?:19|20)\d\d)\b)?)"
        rf"|(?P<year>\b(?P<yprep>in|since|during|by|until|from|of|early|late|mid-?)\s+(?P<yy>(?:19|20)\d\d)\b)"
        rf"|(?P<relyear>\b(?P<ry>last|this|previous|past)\s+year\b)"
        rf"|(?P<wd>\b(?P<wlast>last\s+)?(?P<wn>{packs.alternation(weekdays)})\b(?:\s+(?:night|morning|evening|afternoon))?)"
        rf"|(?P<rel>\b(?:{packs.alternation(relative)})\b)",
        re.IGNORECASE)
    starters = {first_word(w) for w in (*months, *weekdays, *parts, *relative)} | set(
        "first second since the month in during by until from of early late mid last this previous past".split())
    since_before = re.compile(rf"\b(?:{packs.alternation(since)})\s+$", re.IGNORECASE)
    night_before = re.compile(rf"\b(?:{packs.alternation(night)})\s*\(?\s*$", re.IGNORECASE)
    day_words = re.compile(rf"\b(?:{packs.alternation(day_before)})\s+$", re.IGNORECASE)
    comma_day = re.compile(rf",\s*(?P<day>\d{{1,2}})(?P<ordinal>{suffixes})?\b(?!\s*%)"
                           rf"(?:,?\s*(?P<year>(?:19|20)\d\d)\b)?")
    return DateWords(months, weekdays, relative, parts, pattern, frozenset(capital - lower), frozenset(starters),
                     since_before, night_before, day_words, comma_day)


def _month(name: str | None, dw: DateWords) -> int | None:
    return dw.months.get(name.lower().rstrip(".")) if name else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


def find_dates(text: str, languages: tuple[str, ...] = packs.DEFAULT_LANGUAGES) -> list[DateMention]:
    dw = date_words(languages)
    out: list[DateMention] = []
    for m in matches_from(dw.pattern, text, dw.starters):
        s, e = m.span()
        while e > s and text[e - 1] in " ,.":
            e -= 1
        g = m.group
        name = g("dm") or g("mm") or g("mo") or g("wn")
        if name and name[0].islower() and name.lower().rstrip(".") in dw.capitalised and not text.isupper():
            continue
        if g("iso"):
            out.append(DateMention(s, e, "day", int(g("iy")), int(g("im")), int(g("id"))))
        elif g("dmy"):
            month = _month(g("dm"), dw)
            first_month = _month(g("dm1"), dw)
            d1, d2 = int(g("d1")), int(g("d2")) if g("d2") else None
            if not 1 <= d1 <= 31 or (d2 is not None and not 1 <= d2 <= 31):
                continue
            out.append(DateMention(s, e, "days" if d2 else "day", _year(g("dy")), first_month or month, d1,
                                   d2, month if first_month else None))
        elif g("mdy"):
            month, d1 = _month(g("mm"), dw), int(g("m1"))
            d2 = int(g("m2")) if g("m2") else None
            if not 1 <= d1 <= 31 or (d2 is not None and not 1 <= d2 <= 31) or (d2 is not None and d2 < d1 and not g("mm2")):
                d2 = None
            out.append(DateMention(s, e, "days" if d2 else "day", _year(g("my")), month, d1, d2,
                                   _month(g("mm2"), dw)))
        elif g("num"):
            day, month = int(g("nd")), int(g("nm"))
            if not (1 <= day <= 31 and 1 <= month <= 12):  # day/month, as in European and ACLED usage
                continue
            last_day, last_month = (int(g("nd2")), int(g("nm2"))) if g("nd2") else (None, None)
            if last_day is not None and not (1 <= last_day <= 31 and 1 <= last_month <= 12):
                last_day = last_month = None  # '13/02 to 17/02/2014': a range of days
            out.append(DateMention(s, e, "days" if last_day else "day", _year(g("ny") or g("ny2")), month, day,
                                   last_day, last_month if last_day and last_month != month else None))
        elif g("half"):
            out.append(DateMention(s, e, "period", int(g("hy")), precision=3, half=1 if g("which").lower() == "first" else 2))
        elif g("monthyear"):
            name = g("mo")
            if name.lower() == "may" and not (g("moy") or g("mp") or g("since1")):
                continue  # the verb 'may', not the month
            if name.lower() in ("mar", "jan", "dec", "sep", "oct", "nov", "jun", "jul", "aug", "feb", "apr") and not g("moy"):
                continue  # abbreviations alone are too ambiguous ('Mar' is also a name)
            part = dw.parts.get(g("mp").lower()) if g("mp") else None
            day = None if g("moy") or part else _comma_day(text, s, e, dw)
            if day is not None:
                out.append(DateMention(s, day.end(), "day", _year(day.group("year")), _month(name, dw),
                                       int(day.group("day"))))
                continue
            out.append(DateMention(s, e, "month", _year(g("moy")), _month(name, dw), precision=3, part=part,
                                   since=bool(g("since1"))))
        elif g("year"):
            out.append(DateMention(s, e, "year", int(g("yy")), precision=3, since=g("yprep").lower() == "since"))
        elif g("relyear"):
            out.append(DateMention(s, e, "year", precision=3, relative_year=0 if g("ry").lower() == "this" else 1))
        elif g("wd"):
            out.append(DateMention(s, e, "weekday", weekday=dw.weekdays[g("wn").lower()],
                                   days_before=7 if g("wlast") else None))
        elif g("rel"):
            before, precision = dw.relative[m.group(0).lower()]
            out.append(DateMention(s, e, "relative", days_before=before, precision=precision))
    return [replace(m, since=True) if m.kind in ("day", "days", "weekday")
            and dw.since_before.search(text, max(0, m.start - 20), m.start) else m
            for m in _overnight(text, _weekdays_joined(text, out), dw)]


def _overnight(text: str, found: list[DateMention], dw: DateWords) -> list[DateMention]:
    """'the night of 14-15 June', 'the night between Monday and Tuesday': one night, coded to the day
    it ended on, not two days."""
    out: list[DateMention] = []
    for m in found:
        last = out[-1] if out else None
        if last is not None and last.kind == m.kind == "weekday" and (m.weekday - last.weekday) % 7 == 1 and \
                re.fullmatch(_DAY_JOINER, text[last.end:m.start], re.IGNORECASE) and \
                dw.night_before.search(text, max(0, last.start - 25), last.start):
            out[-1] = replace(m, start=last.start)
        elif m.kind == "days" and dw.night_before.search(text, max(0, m.start - 25), m.start) and \
                (m.last_day == m.day + 1 and not m.last_month or m.last_month and m.last_day == 1):
            out.append(replace(m, kind="day", day=m.last_day, month=m.last_month or m.month, last_day=None,
                               last_month=None))
        else:
            out.append(m)
    return out


def _comma_day(text: str, start: int, end: int, dw: DateWords) -> re.Match | None:
    """The day a comma separates from its month: 'October, 17th' (an ordinal), 'on August, 25' (a
    word that wants a day), 'on November, 24: 8 killed'. Not 'In October, 20 soldiers died'."""
    m = dw.comma_day.match(text, end)
    if m is None or not 1 <= int(m.group("day")) <= 31:
        return None
    return m if m.group("ordinal") or dw.day_before.search(text, max(0, start - 10), start) else None


def _weekdays_joined(text: str, found: list[DateMention]) -> list[DateMention]:
    """'Saturday 9 July', 'Monday, June 3': the weekday is part of the date that follows it, not a
    second date (read alone it is the last such weekday before publication)."""
    out: list[DateMention] = []
    for m in found:
        last = out[-1] if out else None
        if last is not None and last.kind == "weekday" and m.kind in ("day", "days") and \
                re.fullmatch(r"[\s,]*", text[last.end:m.start]):
            out[-1] = replace(m, start=last.start)
        else:
            out.append(m)
    return out


SWAP_DAYS = 14  # how recent a day-month swap must make a date that otherwise lies ahead of the report
SLIP_DAYS = 31  # how far before the report a date written a year ahead of it may have meant


def _latest_on_or_before(month: int, day: int, anchor: date, year: int | None) -> tuple[date | None, bool]:
    """The day a date without a year means: the latest one on or before the report (and whether
    day and month were swapped). A date still ahead of the report this year is last year's,
    unless it reads as a day of the last two weeks with day and month swapped: 'On May 4' in a
    report of 8 April is 5 April written the other way round (4/5), not a year-old event."""
    if year is not None:
        try:
            written = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            return None, False
        if anchor is not None and year == anchor.year + 1:
            # 'On 17 October 2020' in a report of 20 October 2019: a slip of the year, when the
            # same day a year earlier is in the report's last weeks; not 'on 2 January 2020' in
            # a report of 30 December 2019, which is ahead
            earlier = date(year - 1, month, min(day, calendar.monthrange(year - 1, month)[1]))
            if anchor - timedelta(days=SLIP_DAYS) <= earlier <= anchor + timedelta(days=1):
                return earlier, False
        return written, False
    for y in (anchor.year, anchor.year - 1):
        try:
            candidate = date(y, month, min(day, calendar.monthrange(y, month)[1]))
        except ValueError:
            continue
        if candidate <= anchor + timedelta(days=1):
            return candidate, False
        swapped = _swapped(month, day, anchor)
        if swapped is not None:
            return swapped, True
    return None, False


def _swapped(month: int, day: int, anchor: date) -> date | None:
    """The day of the report's last two weeks that day and month swapped name, if any."""
    if day > 12 or day == month:
        return None
    swapped = date(anchor.year, day, min(month, calendar.monthrange(anchor.year, day)[1]))
    return swapped if anchor - timedelta(days=SWAP_DAYS) <= swapped <= anchor else None


def resolve(mention: DateMention, anchor: date | None) -> ResolvedDate | None:
    """Concrete day(s) for a date mention; None when it cannot be placed (no year and no anchor)."""
    m = mention
    if m.kind in ("day", "days"):
        if m.year is None and anchor is None:
            return None
        first, swapped = _latest_on_or_before(m.month, m.day, anchor, m.year) if anchor or m.year else (None, False)
        if first is None:
            return None
        if swapped:
            return ResolvedDate((first,), 1, assumed_year=True, swapped=True)
        days = [first]
        if m.last_day:
            last_month = m.last_month or m.month
            try:
                last = date(first.year + (last_month < m.month), last_month, m.last_day)
            except ValueError:
                last = first
            while days[-1] < last and len(days) < 31:
                days.append(days[-1] + timedelta(days=1))
        return ResolvedDate(tuple(days), 1, assumed_year=m.year is None)
    if m.kind == "weekday":
        if anchor is None:
            return None
        back = (anchor.weekday() - m.weekday) % 7 + (m.days_before or 0)
        return ResolvedDate((anchor - timedelta(days=back),), 1)
    if m.kind == "relative":
        if anchor is None:
            return None
        return ResolvedDate((anchor - timedelta(days=m.days_before),), m.precision)
    if m.kind == "month":
        year = m.year
        if year is None:
            if anchor is None:
                return None
            year = anchor.year if m.month <= anchor.month else anchor.year - 1
        last = calendar.monthrange(year, m.month)[1]
        day = 15 if m.part is None else (last if m.part == -1 else m.part)
        return ResolvedDate((date(year, m.month, day),), 3, assumed_year=m.year is None)
    if m.kind == "period":
        return ResolvedDate((date(m.year, 4 if m.half == 1 else 10, 1),), 3)
    if m.kind == "year":
        year = m.year if m.year else (anchor.year - m.relative_year if anchor else None)
        if year is None:
            return None
        return ResolvedDate((date(year, 7, 1),), 3)
    return None
