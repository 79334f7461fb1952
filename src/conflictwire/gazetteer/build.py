"""Build the gazetteer pack shipped with the package from public GeoNames, OSM and OCHA files.

    python -m conflictwire.gazetteer.build SOURCES_DIR [OUT_DIR]

SOURCES_DIR holds geonames/ (country dumps, admin code tables, cities15000, countryInfo),
osm/*_places.tsv and ocha-mali/settlements.tsv, as ../shared/data/gazetteer does. The output is
deterministic for the same inputs:
  places.tsv.gz     one row per place: names, coordinates, feature class, country, admin1/2/3 names
  admins.tsv.gz     admin units with the coordinates of their seat (for region-only reports)
  admin_codes.tsv.gz GeoNames admin1/admin2 code -> name, so users can import any GeoNames dump
  countries.tsv     ISO codes, names, ACLED region
Admin names come from OCHA (Mali) or GeoNames codes; where a source gives none (most villages),
from the nearest places that have them — there are no boundary polygons offline.
"""
from __future__ import annotations

import csv
import gzip
import io
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .. import packs
from .names import admin_name, ascii_fold, is_latin, km_between, name_key

# GeoNames feature classes/codes kept: settlements, admin units, sites (camps, bases, airports),
# areas and forests, wells and lakes, wadis, waterholes and landforms (ACLED places Sahelian
# events at hills and wadis no village is named after: 2% of the dev events). Streams are left
# out: line features. A landform or a site ranks below a village of the same name (places.choose).
KEEP_CLASSES = {"P", "A"}
KEEP_CODES = {
    "CMP", "CMPRF", "MILB", "INSM", "AIRP", "AIRF", "AIRB", "FT", "PSTB", "PSTC", "PRN", "MKT", "MN",
    "MNAU", "MNQ", "DAM", "BDG",  # sites: camps, bases, airports, posts, markets, (gold) mines
    "LCTY", "AREA", "RGN", "RESF", "RESW", "RESN", "PRK", "OAS",  # areas, reserves, parks
    "FRST", "FRSTF",  # forests
    "WLL", "WLLS", "LK", "LKI",  # wells and lakes
    "WAD", "WADS", "WTRH", "WTRHS", "DUNE", "DUNES", "HLL", "HLLS", "VAL", "DPR",  # wadis, waterholes, landforms
    "MT", "MTS",  # mountains: 'the Ifoghas mountains' (see landform_names)
}
SKIP_CODES = {"PCLI", "PCLD", "PCLIX", "PCLS", "PPLH", "PPLQ", "PPLW"}
SEAT_WEIGHT = 8.0  # see nearest_vote
# Admin units that name a district's seat or area: their GeoNames codes are kept up to date,
# unlike those of the villages around them (see relabel_split_districts)
ANCHOR_CODES = {"ADM2", "ADM3", "PPLC", "PPLA", "PPLA2", "PPLA3"}
STALE_SHARE = 0.2  # at most this share of a district's villages coded in it: their codes predate it
STALE_MIN = 20  # ... among at least this many
OCHA_SEATS = {"National Capital": "PPLC", "Admin1 Capital": "PPLA", "Admin2 Capital": "PPLA2", "Admin3 Capital": "PPLA3"}
SEAT_ORDER = ("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4")
MERGE_KM = 5.0  # same name key within this distance: one place with several sources
OSM_KINDS = {"city": "PPL", "town": "PPL",  # OSM size classes, not admin seats
             "village": "PPL", "hamlet": "PPL", "suburb": "PPLX",
             "quarter": "PPLX", "neighbourhood": "PPLX", "locality": "LCTY",
             "isolated_dwelling": "PPL", "farm": "PPL", "aerodrome": "AIRP"}
OSM_FILES = {"benin": "BJ", "burkina-faso": "BF", "chad": "TD", "ghana": "GH", "guinea": "GN",
             "ivory-coast": "CI", "mali": "ML", "mauritania": "MR", "niger": "NE", "nigeria": "NG",
             "senegal-and-gambia": "SN", "togo": "TG"}
COLUMNS = ("gid", "name", "alt", "lat", "lon", "cls", "code", "cc", "admin1", "admin2", "admin3",
           "pop", "src")
ACLED_REGIONS = {  # ACLED's region column; UN M49 sub-regions for Africa, continents elsewhere
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW LS NA ZA SZ",
    "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
}
CONTINENT_REGIONS = {"AF": "Africa", "EU": "Europe", "AS": "Asia", "NA": "North America",
                     "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}


@dataclass
class SourcePlace:
    """A place as one source gives it, mutable while the sources are merged; written out, it
    becomes a row of the runtime `Place` table."""

    gid: str
    name: str
    lat: float
    lon: float
    cls: str
    code: str
    cc: str
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    pop: int = 0
    alt: set[str] = field(default_factory=set)
    src: set[str] = field(default_factory=set)
    a1_code: str = ""
    a2_code: str = ""


def read_tsv(path: Path, header: bool = True):
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if header:
            next(rows, None)
        yield from rows


def admin_tables(geonames: Path) -> tuple[dict[str, str], dict[str, str]]:
    """GeoNames admin code -> ASCII name without unit words ('ML.04' -> 'Mopti')."""
    a1 = {r[0]: admin_name(r[2] or r[1]) for r in read_tsv(geonames / "admin1CodesASCII.txt", False) if len(r) > 2}
    a2 = {r[0]: admin_name(r[2] or r[1]) for r in read_tsv(geonames / "admin2Codes.txt", False) if len(r) > 2}
    return a1, a2


def alternate_names(raw: str, name: str) -> set[str]:
    out = set()
    for alt in raw.split(","):
        alt = alt.strip()
        if 2 <= len(alt) <= 60 and is_latin(alt) and not any(ch.isdigit() for ch in alt) and alt != name:
            out.add(alt)
    return out


@cache
def _landform_head() -> re.Pattern:
    heads, particles = (packs.words(("gazetteer",), "landforms", key) for key in ("heads", "particles"))
    return re.compile(rf"(?:{packs.alternation(heads)})\s+(?:(?:{packs.alternation(particles)})[\s-]*)?"
                      rf"(?P<rest>[A-ZÀ-Ý].{{3,}})")


def landform_names(names: set[str]) -> set[str]:
    """What reports call a landform without the generic word its names begin with: 'Adrar des
    Ifôghas' -> 'Ifôghas' (the words: packs/gazetteer/landforms.toml)."""
    return {m.group("rest") for name in names if (m := _landform_head().fullmatch(name))}


def read_geonames(path: Path, a1: dict, a2: dict, only_populated: bool = False):
    for r in read_tsv(path, False):
        if len(r) < 15:
            continue
        cls, code = r[6], r[7]
        if only_populated and cls != "P":
            continue
        if code in SKIP_CODES or not (cls in KEEP_CLASSES or code in KEEP_CODES):
            continue
        cc = r[8]
        a1_code = f"{cc}.{r[10]}" if f"{cc}.{r[10]}" in a1 else ""  # '00' and stale codes: unknown
        a2_code = f"{a1_code}.{r[11]}" if f"{a1_code}.{r[11]}" in a2 else ""
        name = r[1] if is_latin(r[1]) else r[2]  # a non-Latin primary name: its ASCII form
        if not any(c.isalpha() for c in name):
            continue
        place = SourcePlace(gid=f"gn:{r[0]}", name=name, lat=float(r[4]), lon=float(r[5]), cls=cls, code=code,
                            cc=cc, admin1=a1.get(a1_code, ""), admin2=a2.get(a2_code, ""),
                            pop=int(r[14] or 0),
                            alt=alternate_names(r[3], name) | ({n for n in (r[1], r[2]) if is_latin(n)} - {name}),
                            src={"geonames"}, a1_code=a1_code, a2_code=a2_code)
        yield place


def read_osm(path: Path, cc: str):
    for r in read_tsv(path):
        if len(r) < 8 or not r[3].strip() or r[6] not in ("place", "aeroway"):
            continue
        code = OSM_KINDS.get(r[7])
        if code is None:
            continue
        pop = r[8].replace(",", "").split(".")[0] if len(r) > 8 else ""
        alt = {n for n in (r[4], r[5]) if n and n != r[3] and is_latin(n)}
        yield SourcePlace(gid=f"osm:{r[0]}", name=r[3].strip(), lat=float(r[1]), lon=float(r[2]),
                          cls="S" if code == "AIRP" else ("L" if code == "LCTY" else "P"), code=code, cc=cc,
                          pop=int(pop) if pop.isdigit() else 0, alt=alt, src={"osm"})


def unmangle(text: str) -> str:
    """UTF-8 read as Latin-1 somewhere upstream ('MÃ©naka' -> 'Ménaka')."""
    if "Ã" in text or "Â" in text:
        try:
            return text.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return text
    return text


def read_ocha_mali(path: Path):
    for r in read_tsv(path):
        if len(r) < 18 or not r[3].strip():
            continue
        r = [unmangle(v) for v in r]
        alt = {n for n in (r[5], r[6], r[7]) if n and n.strip() and n != r[3]}
        yield SourcePlace(gid=f"ocha:{r[4]}", name=r[3].strip(), lat=float(r[2]), lon=float(r[1]), cls="P",
                          code=OCHA_SEATS.get(r[9], "PPL"),
                          cc="ML", admin2=admin_name(r[14]), admin3=ascii_fold(r[16]).strip(),
                          alt=alt, src={"ocha"})


class Grid:
    """Points bucketed in 0.25-degree cells, for nearest-neighbour queries without numpy."""

    CELL = 0.25

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list] = defaultdict(list)

    def cell(self, lat: float, lon: float) -> tuple[int, int]:
        return int(lat // self.CELL), int(lon // self.CELL)

    def add(self, lat: float, lon: float, item) -> None:
        self.cells[self.cell(lat, lon)].append((lat, lon, item))

    def near(self, lat: float, lon: float, rings: int = 2):
        ci, cj = self.cell(lat, lon)
        for i in range(ci - rings, ci + rings + 1):
            for j in range(cj - rings, cj + rings + 1):
                yield from self.cells.get((i, j), ())


def merge_places(places: list[SourcePlace]) -> list[SourcePlace]:
    """Same name key, same country, within MERGE_KM: one place; earlier sources win on fields."""
    kept: list[SourcePlace] = []
    index: dict[tuple[str, str], list[SourcePlace]] = defaultdict(list)
    for place in places:
        # its own name first, then its other names in a fixed order: the place it joins must not
        # depend on how a set of names happens to be ordered in this process
        own = name_key(place.name)
        keys = [own] + sorted({name_key(a) for a in place.alt} - {own})
        target = None
        for key in keys:
            for other in index.get((place.cc, key), ()):
                if km_between(place.lat, place.lon, other.lat, other.lon) <= MERGE_KM:
                    target = other
                    break
            if target:
                break
        if target is None:
            kept.append(place)
            target = place
        else:
            target.alt |= ({place.name} | place.alt) - {target.name}
            target.src |= place.src
            target.pop = max(target.pop, place.pop)
            if place.cls == "P" and target.cls not in ("P", "A"):
                target.cls, target.code = "P", place.code  # a camp or a well another source calls a village
            if place.code in SEAT_ORDER and (target.code not in SEAT_ORDER
                                             or SEAT_ORDER.index(place.code) < SEAT_ORDER.index(target.code)):
                target.code = place.code  # a seat stays a seat whichever source came first
            for attr in ("admin1", "admin2", "admin3", "a1_code"):
                if not getattr(target, attr) and getattr(place, attr):
                    setattr(target, attr, getattr(place, attr))
        for key in keys:
            if key:
                index[(place.cc, key)].append(target)
    return kept


def nearest_vote(place: SourcePlace, grid: Grid, attr: str, k: int, same_admin1: bool) -> str:
    """The admin name most of the k nearest labelled points carry, nearer points weighing more."""
    for rings in (2, 8, 40):  # widen the search in the empty desert north
        near = sorted(((km_between(place.lat, place.lon, la, lo), q) for la, lo, q in grid.near(place.lat, place.lon, rings)
                       if not same_admin1 or q.admin1 == place.admin1), key=lambda t: t[0])[:k]
        if near:
            votes: Counter = Counter()
            for d, q in near:
                # a district's centroid or seat speaks for the whole district
                weight = SEAT_WEIGHT if q.code in ("ADM2", "PPLA2") else 1.0
                votes[getattr(q, attr)] += weight / (d + 1.0)
            return votes.most_common(1)[0][0]
    return ""


def relabel_split_districts(places: list[SourcePlace]) -> None:
    """A district split off after GeoNames coded its villages (Burkina Faso's 1996 provinces:
    Loroum, Zondoma, Banwa) shows as one whose seat and centroid are nearest to many villages
    of which hardly any carry its code; those villages take the district of their nearest
    seats and centroids."""
    mapped = {p.cc for p in places if p.code == "ADM2"} - {"ML"}  # countries whose full dump we have
    anchors: dict[str, Grid] = defaultdict(Grid)
    for p in places:
        if p.cc in mapped and p.admin2 and p.code in ANCHOR_CODES:
            anchors[p.cc].add(p.lat, p.lon, p)
    voted = [(p, nearest_vote(p, anchors[p.cc], "admin2", 3, True)) for p in places
             if p.cc in anchors and p.admin2 and p.code not in ANCHOR_CODES]
    coded: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for p, district in voted:
        coded[(p.cc, district)][p.admin2 == district] += 1
    stale = {d for d, c in coded.items() if c.total() >= STALE_MIN and c[True] <= STALE_SHARE * c.total()}
    for p, district in voted:
        if (p.cc, district) in stale:
            p.admin2 = district


def assign_admins(places: list[SourcePlace], adm2_points: list[SourcePlace]) -> None:
    """admin1 from GeoNames codes; admin2/admin3 from OCHA in Mali, from district centroids elsewhere.

    A village's district is the vote of the coded places around it, once the codes that predate a
    split are corrected (relabel_split_districts: Loroum's villages are still coded Yatenga).
    """
    by_country: dict[str, Grid] = defaultdict(Grid)
    for p in places:
        if p.admin1 and p.a1_code:
            by_country[p.cc].add(p.lat, p.lon, p)
    for p in places:
        if not p.a1_code and p.cc in by_country:
            p.admin1 = nearest_vote(p, by_country[p.cc], "admin1", 5, False)
    relabel_split_districts(places)
    ocha, districts = Grid(), defaultdict(Grid)
    for p in places:
        if "ocha" in p.src and p.gid.startswith("ocha:"):
            ocha.add(p.lat, p.lon, p)
        elif p.cc != "ML" and p.admin2:
            districts[p.cc].add(p.lat, p.lon, p)
    for d in adm2_points:
        districts[d.cc].add(d.lat, d.lon, d)
    for p in places:
        if p.cc == "ML":
            if not p.gid.startswith("ocha:"):
                p.admin2 = nearest_vote(p, ocha, "admin2", 3, False)
                p.admin3 = nearest_vote(p, ocha, "admin3", 3, False)
        elif p.cc in districts and not (p.admin2 and p.code.startswith("PPLA")):
            p.admin2 = nearest_vote(p, districts[p.cc], "admin2", 5, True) or nearest_vote(p, districts[p.cc], "admin2", 1, False)
    # Where OCHA draws the admin2 map (Mali), one hierarchy: each cercle lies in the region most
    # of its places are coded in. A village's own GeoNames admin1 code can predate a split
    # (Anefis: Gao, though its cercle is Kidal's).
    surveyed = {p.cc for p in places if p.gid.startswith("ocha:")}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for p in places:
        if p.cc in surveyed and p.admin2 and p.a1_code:
            votes[(p.cc, p.admin2)][p.admin1] += 1
    for p in places:
        if (p.cc, p.admin2) in votes:
            p.admin1 = votes[(p.cc, p.admin2)].most_common(1)[0][0]


def mark_commune_seats(places: list[SourcePlace]) -> None:
    """The village a commune is named after is its seat (Madougou, in the commune of Madougou),
    which a bare mention of the name most likely means: no source flags all of them."""
    for p in places:
        if p.cls == "P" and p.code not in SEAT_ORDER and p.admin3 and name_key(p.name) == name_key(p.admin3):
            p.code = "PPLA3"


def seat_of(name: str, members: list[SourcePlace], seat_codes: tuple[str, ...]) -> SourcePlace:
    """An admin unit's seat: the coded seat, else the town of the same name, else the largest
    settlement, else the largest place (a mountain has no population to rank by)."""
    def best(candidates):
        return max(candidates, key=lambda p: (p.pop, len(p.src), p.gid)) if candidates else None
    key = name_key(name)
    return (best([p for p in members if p.code in seat_codes])
            or best([p for p in members if p.cls == "P" and name_key(p.name) == key])
            or best([p for p in members if p.cls == "P"])
            or best(members))


def admin_units(places: list[SourcePlace]) -> list[tuple]:
    """(cc, level, name, parent admin1, seat name, lat, lon) for every admin1 and admin2 named."""
    groups: dict[tuple, list[SourcePlace]] = defaultdict(list)
    for p in places:
        if p.admin1:
            groups[(p.cc, 1, p.admin1, "")].append(p)
        if p.admin2:
            groups[(p.cc, 2, p.admin2, p.admin1)].append(p)
    units = []
    for (cc, level, name, parent), members in groups.items():
        seat = seat_of(name, members, ("PPLC", "PPLA") if level == 1 else ("PPLA2",))
        units.append((cc, level, name, parent, seat.name, round(seat.lat, 5), round(seat.lon, 5)))
    return sorted(units)


def write_tsv_gz(path: Path, header: tuple, rows) -> None:
    raw = io.StringIO()
    writer = csv.writer(raw, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writerow(header)
    writer.writerows(rows)
    # mtime=0 so that the same inputs give a byte-identical file
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as out:
        out.write(raw.getvalue().encode("utf-8"))


def countries(geonames: Path) -> list[tuple]:
    region_of = {cc: region for region, ccs in ACLED_REGIONS.items() for cc in ccs.split()}
    rows = []
    for r in read_tsv(geonames / "countryInfo.txt", False):
        if not r or r[0].startswith("#") or len(r) < 9:
            continue
        rows.append((r[0], r[1], r[2], r[4], r[5], region_of.get(r[0], CONTINENT_REGIONS.get(r[8], ""))))
    return sorted(rows)


def build(sources: Path, out: Path) -> dict[str, int]:
    geonames = sources / "geonames"
    a1, a2 = admin_tables(geonames)
    places: list[SourcePlace] = []
    country_files = sorted(p for p in geonames.glob("??.txt"))
    # Order matters for merging: OCHA (best admin names for Mali) first, then GeoNames, then OSM.
    if (sources / "ocha-mali" / "settlements.tsv").exists():
        places += read_ocha_mali(sources / "ocha-mali" / "settlements.tsv")
    for path in country_files:
        places += read_geonames(path, a1, a2)
    for path in sorted((sources / "osm").glob("*_places.tsv")):
        cc = OSM_FILES.get(path.name.removesuffix("_places.tsv"))
        if cc:
            places += read_osm(path, cc)
    covered = {p.stem for p in country_files}
    places += [p for p in read_geonames(geonames / "cities15000.txt", a1, a2, only_populated=True)
               if p.cc not in covered]
    places = merge_places(places)
    for p in places:
        if p.cls == "T":  # after merging: a range joins no town by the town's name ('Mont de Savé')
            p.alt |= landform_names(p.alt | {p.name}) - {p.name}
    adm2_points = [SourcePlace(gid=p.gid, name=p.name, lat=p.lat, lon=p.lon, cls="A", code="ADM2", cc=p.cc,
                               admin1=p.admin1, admin2=admin_name(p.name))
                   for p in places if p.code == "ADM2" and p.admin1]
    assign_admins(places, adm2_points)
    mark_commune_seats(places)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for p in sorted(places, key=lambda p: p.gid):
        alt = sorted(a for a in p.alt if a and "|" not in a and "\t" not in a)
        rows.append((p.gid, p.name, "|".join(alt), f"{p.lat:.5f}", f"{p.lon:.5f}", p.cls, p.code, p.cc,
                     p.admin1, p.admin2, p.admin3, p.pop, "+".join(sorted(p.src))))
    write_tsv_gz(out / "places.tsv.gz", COLUMNS, rows)
    units = admin_units(places)
    write_tsv_gz(out / "admins.tsv.gz", ("cc", "level", "name", "admin1", "seat", "lat", "lon"), units)
    write_tsv_gz(out / "admin_codes.tsv.gz", ("code", "name"), sorted({**a1, **a2}.items()))
    with (out / "countries.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(("iso2", "iso3", "isonum", "name", "capital", "region"))
        writer.writerows(countries(geonames))
    return {"places": len(rows), "admin_units": len(units)}


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print(__doc__)
        raise SystemExit(2)
    out = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parent.parent / "packs" / "gazetteer"
    counts = build(Path(args[0]), out)
    print(f"gazetteer: {counts['places']} places, {counts['admin_units']} admin units -> {out}")


if __name__ == "__main__":
    main()
