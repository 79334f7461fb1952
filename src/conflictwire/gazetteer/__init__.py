"""The offline gazetteer: places, admin units and countries, with lookups by name.

Shipped data: packs/gazetteer (built by gazetteer/build.py from GeoNames, OSM and OCHA files).
A user's own additions (`conflictwire gazetteer import`) live in <data dir>/gazetteer and are
loaded with it. The parsed index is cached (pickle in the cache dir) so later loads take ~0.2 s.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import math
import os
import pickle
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .. import packs
from ..settings import cache_dir, data_dir
from .names import km_between, name_key

PACK_DIR = Path(__file__).resolve().parent.parent / "packs" / "gazetteer"
CACHE_VERSION = 4
PRIMARY = 1 << 31


@dataclass(frozen=True, slots=True)
class Place:
    index: int
    gid: str
    name: str
    lat: float
    lon: float
    cls: str
    code: str
    cc: str
    admin1: str
    admin2: str
    admin3: str
    pop: int
    sources: str

    @property
    def is_settlement(self) -> bool:
        return self.cls == "P"


@dataclass(frozen=True, slots=True)
class AdminUnit:
    cc: str
    level: int
    name: str
    admin1: str  # the admin1 a level-2 unit lies in
    seat: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    isonum: int
    name: str
    capital: str
    region: str  # ACLED's region: 'Western Africa', 'Europe'

    @property
    def continent(self) -> str:
        return "Africa" if self.region.endswith("Africa") else self.region


def user_gazetteer_dir() -> Path:
    return data_dir() / "gazetteer"


def _tsv_rows(path: Path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        next(reader, None)
        yield from reader


class Gazetteer:
    """Places as columns: arrays of numbers, small-integer codes for repeated strings, and a sorted
    list of name keys with posting lists, so that the whole index pickles and loads quickly."""

    def __init__(self, files: list[Path]):
        self.gid: list[str] = []
        self.name: list[str] = []
        self.lat, self.lon, self.pop = array("d"), array("d"), array("q")
        self.labels: list = []  # repeated values (class, code, country, admin triple, sources)
        self.attrs = array("I")  # per place: 5 indexes into labels
        label_ids: dict = {}
        postings: dict[str, list[int]] = {}
        for path in files:
            for r in _tsv_rows(path):
                i = len(self.gid)
                self.gid.append(r[0])
                self.name.append(r[1])
                self.lat.append(float(r[3]))
                self.lon.append(float(r[4]))
                self.pop.append(int(r[11] or 0))
                for value in (r[5], r[6], r[7], (r[8], r[9], r[10]), r[12]):
                    if value not in label_ids:
                        label_ids[value] = len(self.labels)
                        self.labels.append(value)
                    self.attrs.append(label_ids[value])
                # primary-name matches are flagged (high bit) so they can outrank alternate names
                primary = name_key(r[1])
                for key in {primary, *(name_key(a) for a in r[2].split("|") if a)}:
                    if key:
                        postings.setdefault(key, []).append(i | (PRIMARY if key == primary else 0))
        self.keys = sorted(postings)
        self.starts = array("I", [0])
        self.postings = array("I")
        for key in self.keys:
            self.postings.extend(postings[key])
            self.starts.append(len(self.postings))

    def __len__(self) -> int:
        return len(self.gid)

    def place(self, i: int) -> Place:
        cls, code, cc, (a1, a2, a3), sources = (self.labels[j] for j in self.attrs[5 * i: 5 * i + 5])
        return Place(i, self.gid[i], self.name[i], self.lat[i], self.lon[i], cls, code, cc, a1, a2, a3,
                     self.pop[i], sources)

    def _postings(self, key: str) -> array:
        k = bisect_left(self.keys, key)
        if k < len(self.keys) and self.keys[k] == key:
            return self.postings[self.starts[k]: self.starts[k + 1]]
        return array("I")

    @cached_property
    def _key_set(self) -> frozenset[str]:
        # built on first use, after the index is pickled: a set answers membership far faster
        # than a bisection, and respelling asks hundreds of times per unknown name
        return frozenset(self.keys)

    def has_key(self, key: str) -> bool:
        return key in self._key_set

    def lookup_key(self, key: str) -> list[tuple[Place, bool]]:
        """(place, matched on its primary name) for every place with this name key."""
        return [(self.place(p & ~PRIMARY), bool(p & PRIMARY)) for p in self._postings(key)]

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places called `name` in any spelling the sources know, the likeliest first: primary names,
        admin seats and big towns before alternate spellings and hamlets."""
        hits = [(p, primary) for p, primary in self.lookup_key(name_key(name))
                if country is None or p.cc == country]
        hits.sort(key=lambda t: (not t[1], -prominence(t[0]), t[0].gid))
        return [p for p, _ in hits]

    def nearest(self, lat: float, lon: float, country: str | None = None, max_km: float = 50.0) -> Place | None:
        """The nearest settlement to a point (a linear scan: for rare fallbacks only)."""
        best, best_d = None, max_km
        for i in range(len(self.gid)):
            if abs(self.lat[i] - lat) > 1 or abs(self.lon[i] - lon) > 1:
                continue
            place = self.place(i)
            if place.cls != "P" or (country and place.cc != country):
                continue
            d = km_between(lat, lon, place.lat, place.lon)
            if d < best_d:
                best, best_d = place, d
        return best


SEAT_RANK = {"PPLC": 5, "PPLA": 4, "PPLA2": 3, "PPLA3": 2, "PPLA4": 1}


def prominence(place: Place) -> float:
    """How likely a bare mention of this name means this place, 0 to about 5: capitals and admin
    seats, settlements, population, several sources agreeing."""
    return (SEAT_RANK.get(place.code, 0) * 0.4 + (place.cls == "P") * 1.0 + math.log10(place.pop + 1) * 0.25
            + place.sources.count("+") * 0.5)


@dataclass
class Geography:
    places: Gazetteer
    admins: dict[tuple[int, str], list[AdminUnit]]  # (level, name key) -> units
    countries: dict[str, Country]  # by iso2
    country_keys: dict[str, str]  # name key of a country name -> iso2

    def admin_units(self, name: str, level: int | None = None, country: str | None = None) -> list[AdminUnit]:
        key = name_key(name)
        out = []
        for lvl in (1, 2) if level is None else (level,):
            out += [u for u in self.admins.get((lvl, key), ()) if country is None or u.cc == country]
        return out

    def seat_town(self, unit: AdminUnit) -> Place | None:
        """The town that is the unit's seat: the likeliest place of that name inside the unit."""
        admin1 = name_key(unit.name if unit.level == 1 else unit.admin1)
        for p in self.places.lookup(unit.seat, unit.cc):
            if p.cls == "P" and name_key(p.admin1) == admin1 and \
                    (unit.level == 1 or name_key(p.admin2) == name_key(unit.name)):
                return p
        return None

    def country_by_name(self, name: str) -> Country | None:
        iso2 = self.country_keys.get(name_key(name))
        return self.countries.get(iso2) if iso2 else None


def gazetteer_files() -> list[Path]:
    user = sorted(user_gazetteer_dir().glob("*.tsv.gz")) if user_gazetteer_dir().is_dir() else []
    return [PACK_DIR / "places.tsv.gz", *user]


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha1(str(CACHE_VERSION).encode())
    for region in packs.DEFAULT_REGIONS:  # admin aliases come from the region packs
        for folder in packs.pack_dirs(region):
            if (folder / "admin.toml").exists():
                h.update((folder / "admin.toml").read_bytes())
    for f in files:
        st = f.stat()
        h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _read_admins(regions: tuple[str, ...]) -> dict:
    admins: dict = {}
    for r in _tsv_rows(PACK_DIR / "admins.tsv.gz"):
        unit = AdminUnit(r[0], int(r[1]), r[2], r[3], r[4], float(r[5]), float(r[6]))
        admins.setdefault((unit.level, name_key(unit.name)), []).append(unit)
    # the press's names for admin1 units ('the East region' of Burkina Faso is Est), from the packs
    for data in packs.read_all(regions, "admin"):
        for cc, aliases in data.get("admin1_aliases", {}).items():
            for alias, name in aliases.items():
                units = [u for u in admins.get((1, name_key(name)), []) if u.cc == cc]
                bucket = admins.setdefault((1, name_key(alias)), [])
                bucket += [u for u in units if u not in bucket]
    return admins


def _read_countries() -> tuple[dict, dict]:
    countries, keys = {}, {}
    with (PACK_DIR / "countries.tsv").open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle, delimiter="\t"):
            c = Country(r["iso2"], r["iso3"], int(r["isonum"] or 0), r["name"], r["capital"], r["region"])
            countries[c.iso2] = c
            keys[name_key(c.name)] = c.iso2
    return countries, keys


@cache
def geography() -> Geography:
    """The loaded gazetteer (shipped + user additions), from the cache when it is fresh."""
    files = gazetteer_files()
    cache_file = cache_dir() / f"gazetteer-{_fingerprint(files)}.pickle"
    if cache_file.exists():
        try:
            with cache_file.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or broken cache is rebuilt below
    countries, keys = _read_countries()
    geo = Geography(Gazetteer(files), _read_admins(packs.DEFAULT_REGIONS), countries, keys)
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(geo, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_file)
        for old in cache_file.parent.glob("gazetteer-*.pickle"):
            if old != cache_file:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache dir only costs speed
    return geo


def reset_cache() -> None:
    geography.cache_clear()


__all__ = ["Place", "AdminUnit", "Country", "Gazetteer", "Geography", "geography", "reset_cache",
           "user_gazetteer_dir", "name_key", "km_between"]
